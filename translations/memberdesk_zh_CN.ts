<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>“%1”不是有效的卡号：请使用 4 到 32 位字母或数字。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The option --%1 needs a value.</source>
            <translation>选项 --%1 需要一个值。</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>未知选项 --%1。</translation>
        </message>
        <message>
            <source>Database %1 is ready (schema %2).</source>
            <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
        </message>
        <message>
            <source>The database is sound: no problems found.</source>
            <translation>数据库完好：未发现问题。</translation>
        </message>
        <message>
            <source>Problems found:</source>
            <translation>发现以下问题：</translation>
        </message>
        <message>
            <source>--members, --months and --seed take whole numbers.</source>
            <translation>--members、--months 和 --seed 只接受整数。</translation>
        </message>
        <message>
            <source>Demo shop created: %1 members, %2 purchases.</source>
            <translation>已创建演示店铺：%1 位会员，%2 笔消费。</translation>
        </message>
        <message>
            <source>Give the rules file: rules set FILE.json</source>
            <translation>请指定规则文件：rules set FILE.json</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>The new rules are in force from now on; past purchases keep their points.</source>
            <translation>新规则即时生效；以往消费的积分保持不变。</translation>
        </message>
        <message>
            <source>No member has the card %1.</source>
            <translation>没有卡号为 %1 的会员。</translation>
        </message>
        <message>
            <source>No member has the phone number %1.</source>
            <translation>没有手机号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Name the member by number, --card or --phone.</source>
            <translation>请用会员编号、--card 或 --phone 指定会员。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <source>--gender must be m, f or u.</source>
            <translation>--gender 必须为 m、f 或 u。</translation>
        </message>
        <message>
            <source>--birthday must be a date like 1990-05-17.</source>
            <translation>--birthday 必须是日期，如 1990-05-17。</translation>
        </message>
        <message>
            <source>--referrer must be a member number.</source>
            <translation>--referrer 必须是会员编号。</translation>
        </message>
        <message>
            <source>--consent must be yes or no.</source>
            <translation>--consent 必须为 yes 或 no。</translation>
        </message>
        <message>
            <source>Registered %1: member %2, card %3.</source>
            <translation>已登记 %1：会员编号 %2，卡号 %3。</translation>
        </message>
        <message>
            <source>Give a phone number, its last 4 digits, a card number or a name to find.</source>
            <translation>请提供要查找的手机号、手机号后 4 位、卡号或姓名。</translation>
        </message>
        <message>
            <source>--limit must be a number from 1 to 1000.</source>
            <translation>--limit 必须是 1 到 1000 之间的数字。</translation>
        </message>
        <message>
            <source>No member matches "%1".</source>
            <translation>没有与“%1”匹配的会员。</translation>
        </message>
        <message>
            <source>%1 (member %2, card %3)</source>
            <translation>%1（会员编号 %2，卡号 %3）</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>手机号：%1</translation>
        </message>
        <message>
            <source>Tier: %1, points: %2</source>
            <translation>等级：%1，积分：%2</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消费 %1 可升级为 %2</translation>
        </message>
        <message>
            <source>Birthday: %1</source>
            <translation>生日：%1</translation>
        </message>
        <message>
            <source>--amount is required (the shelf total in yuan, e.g. 128.50).</source>
            <translation>必须提供 --amount（标价合计，单位为元，如 128.50）。</translation>
        </message>
        <message>
            <source>--redeem-points must be a whole number of points.</source>
            <translation>--redeem-points 必须是整数积分。</translation>
        </message>
        <message>
            <source>Purchase %1: %2, discount %3, paid %4, +%5 points (balance %6).</source>
            <translation>消费 %1：%2，折扣 %3，实付 %4，+%5 积分（余额 %6）。</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>已升级为 %1！</translation>
        </message>
        <message>
            <source>Give the number of the purchase to void.</source>
            <translation>请提供要撤销的消费编号。</translation>
        </message>
        <message>
            <source>--reason is required: say why the purchase is voided.</source>
            <translation>必须提供 --reason：请说明撤销该消费的原因。</translation>
        </message>
        <message>
            <source>Purchase %1 voided: %2 points taken back, %3 returned, balance %4.</source>
            <translation>消费 %1 已撤销：扣回 %2 积分，退还 %3 积分，余额 %4。</translation>
        </message>
        <message>
            <source>Usage: memberdesk-cli [--db PATH] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] COMMAND ...</source>
            <translation>用法：memberdesk-cli [--db 路径] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] 命令 ...</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>命令：</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>选项 %1 需要一个值。</translation>
        </message>
        <message>
            <source>Unknown language "%1": use zh_CN, zh_TW or en.</source>
            <translation>未知语言“%1”：请使用 zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>--now must look like 2026-05-01T14:30:00, not "%1".</source>
            <translation>--now 的格式应为 2026-05-01T14:30:00，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run memberdesk-cli help for the list.</source>
            <translation>未知命令“%1”。运行 memberdesk-cli help 查看命令列表。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was given.</source>
            <translation>未指定数据库文件。</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>数据库 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk database (it is not an SQLite file).</source>
            <translation>%1 不是会员管家数据库（它不是 SQLite 文件）。</translation>
        </message>
        <message>
            <source>The database %1 is read-only. Check the file's permissions or copy it to a writable folder.</source>
            <translation>数据库 %1 为只读。请检查文件权限，或将其复制到可写的文件夹。</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>无法打开数据库 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a usable database: %2</source>
            <translation>%1 不是可用的数据库：%2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk database.</source>
            <translation>%1 是其他程序的 SQLite 数据库，不是会员管家数据库。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of MemberDesk (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</source>
            <translation>此数据库由更新版本的会员管家写入（结构版本 %1；当前版本最高支持 %2）。请安装新版本；文件未作任何更改。</translation>
        </message>
        <message>
            <source>The database has an older schema (%1); open it once with MemberDesk to upgrade it.</source>
            <translation>数据库的结构版本较旧（%1），请先用会员管家打开一次以完成升级。</translation>
        </message>
        <message>
            <source>Cannot prepare the database: %1</source>
            <translation>无法初始化数据库：%1</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
            <translation>将数据库升级到结构版本 %1 失败，未做任何更改：%2</translation>
        </message>
        <message>
            <source>the database is busy: another MemberDesk window or program is writing to it. Try again in a moment.</source>
            <translation>数据库正忙：另一个会员管家窗口或程序正在写入。请稍后重试。</translation>
        </message>
        <message>
            <source>the database is read-only (check the file and folder permissions).</source>
            <translation>数据库为只读（请检查文件和文件夹的权限）。</translation>
        </message>
        <message>
            <source>the disk is full.</source>
            <translation>磁盘已满。</translation>
        </message>
        <message>
            <source>the database file is damaged. Restore the latest backup.</source>
            <translation>数据库文件已损坏。请恢复最近的备份。</translation>
        </message>
        <message>
            <source>the file cannot be opened (check that the folder exists and is writable).</source>
            <translation>无法打开文件（请检查文件夹是否存在且可写）。</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The demo needs from 1 to 5,000,000 members.</source>
            <translation>演示数据的会员数必须在 1 到 5,000,000 之间。</translation>
        </message>
        <message>
            <source>The demo covers from 1 to 120 months.</source>
            <translation>演示数据的月数必须在 1 到 120 之间。</translation>
        </message>
        <message>
            <source>The demo only fills an empty database; this one already has members. Use a new file with --db.</source>
            <translation>演示数据只能写入空数据库，此数据库已有会员。请用 --db 指定一个新文件。</translation>
        </message>
        <message>
            <source>Cannot prepare the demo: %1</source>
            <translation>无法准备演示数据：%1</translation>
        </message>
        <message>
            <source>Writing the demo failed: %1</source>
            <translation>写入演示数据失败：%1</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>--now must be a local time like 2026-03-15T10:00:00.</source>
            <translation>--now 必须是本地时间，如 2026-03-15T10:00:00。</translation>
        </message>
        <message>
            <source>MemberDesk is already open on this database (%1, process %2 on %3). Use that window, or close it first.</source>
            <translation>会员管家已在使用此数据库（%1，%3 上的进程 %2）。请使用那个窗口，或先将其关闭。</translation>
        </message>
        <message>
            <source>The member database could not be opened:
%1

%2</source>
            <translation>无法打开会员数据库：
%1

%2</translation>
        </message>
    </context>
    <context>
        <name>IntegrityChecker</name>
        <message>
            <source>Check could not run: %1</source>
            <translation>无法执行检查：%1</translation>
        </message>
        <message>
            <source>… and more of the same.</source>
            <translation>……还有更多同类问题。</translation>
        </message>
        <message>
            <source>Broken reference in table %1 (row %2) to %3.</source>
            <translation>表 %1（行 %2）中有指向 %3 的无效引用。</translation>
        </message>
        <message>
            <source>Member %1: points balance does not equal the ledger (%2).</source>
            <translation>会员 %1：积分余额与积分流水不一致（%2）。</translation>
        </message>
        <message>
            <source>Ledger entry %1: more points were consumed than it granted (%2).</source>
            <translation>积分流水 %1：已消耗的积分多于其发放的积分（%2）。</translation>
        </message>
        <message>
            <source>Ledger entry %1: allocated beyond its amount (%2).</source>
            <translation>积分流水 %1：分摊的积分超出其数额（%2）。</translation>
        </message>
        <message>
            <source>Member %1: cached visits/spend do not match the purchases (%2).</source>
            <translation>会员 %1：缓存的到店次数/消费额与消费记录不一致（%2）。</translation>
        </message>
        <message>
            <source>Purchase %1 does not add up (%2).</source>
            <translation>消费 %1 的金额计算不一致（%2）。</translation>
        </message>
        <message>
            <source>Purchase %1 points at a void (%2) that is not its own.</source>
            <translation>消费 %1 指向了一条不属于它的撤销记录（%2）。</translation>
        </message>
        <message>
            <source>Void of purchase %1 (%2) is not recorded on the purchase.</source>
            <translation>消费 %1 的撤销记录（%2）未登记在该消费上。</translation>
        </message>
        <message>
            <source>Purchase %1: points earned do not match the ledger (%2).</source>
            <translation>消费 %1：获得的积分与积分流水不一致（%2）。</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyRules</name>
        <message>
            <source>Regular</source>
            <translation>普通会员</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>银卡</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>钻石</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>累计实付消费</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>近 12 个月实付消费</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 必须是整数。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in the rules.</source>
            <translation>规则中有未知字段“%1”。</translation>
        </message>
        <message>
            <source>tiers must be a list.</source>
            <translation>tiers 必须是列表。</translation>
        </message>
        <message>
            <source>%1 must be an object with name, threshold_fen, discount_bp and points_multiplier_pct.</source>
            <translation>%1 必须是包含 name、threshold_fen、discount_bp 和 points_multiplier_pct 的对象。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in %2.</source>
            <translation>%2 中有未知字段“%1”。</translation>
        </message>
        <message>
            <source>%1.threshold_fen is missing.</source>
            <translation>缺少 %1.threshold_fen。</translation>
        </message>
        <message>
            <source>tier_basis must be "paid_12m" or "paid_lifetime".</source>
            <translation>tier_basis 必须为 "paid_12m" 或 "paid_lifetime"。</translation>
        </message>
        <message>
            <source>earn_basis must be "paid" or "profit".</source>
            <translation>earn_basis 必须为 "paid" 或 "profit"。</translation>
        </message>
        <message>
            <source>expiry.mode must be "end_of_month_after" or "never".</source>
            <translation>expiry.mode 必须为 "end_of_month_after" 或 "never"。</translation>
        </message>
        <message>
            <source>%1 is out of range.</source>
            <translation>%1 超出范围。</translation>
        </message>
        <message>
            <source>tiers: a programme has 2 to 8 tiers (this one has %1).</source>
            <translation>tiers：会员方案须有 2 到 8 个等级（当前为 %1 个）。</translation>
        </message>
        <message>
            <source>%1.name is empty.</source>
            <translation>%1.name 为空。</translation>
        </message>
        <message>
            <source>%1.name is longer than 20 characters.</source>
            <translation>%1.name 超过 20 个字符。</translation>
        </message>
        <message>
            <source>%1.name "%2" is used twice.</source>
            <translation>%1.name “%2”被使用了两次。</translation>
        </message>
        <message>
            <source>tiers[0].threshold_fen must be 0: every member starts in the first tier.</source>
            <translation>tiers[0].threshold_fen 必须为 0：每位会员都从第一个等级开始。</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be higher than the tier before it.</source>
            <translation>%1.threshold_fen 必须高于前一个等级。</translation>
        </message>
        <message>
            <source>%1.discount_bp must be from 0 to 9999 (under 100 %).</source>
            <translation>%1.discount_bp 必须在 0 到 9999 之间（低于 100%）。</translation>
        </message>
        <message>
            <source>%1.points_multiplier_pct must be from 0 to 1000.</source>
            <translation>%1.points_multiplier_pct 必须在 0 到 1000 之间。</translation>
        </message>
        <message>
            <source>tier_grace_months must be from 0 to 120.</source>
            <translation>tier_grace_months 必须在 0 到 120 之间。</translation>
        </message>
        <message>
            <source>points_per_yuan must be from 0 to 1000.</source>
            <translation>points_per_yuan 必须在 0 到 1000 之间。</translation>
        </message>
        <message>
            <source>birthday_multiplier_pct must be from 100 to 1000.</source>
            <translation>birthday_multiplier_pct 必须在 100 到 1000 之间。</translation>
        </message>
        <message>
            <source>expiry.months must be from 1 to 120.</source>
            <translation>expiry.months 必须在 1 到 120 之间。</translation>
        </message>
        <message>
            <source>redeem_points_per_yuan must be from 0 to 100000.</source>
            <translation>redeem_points_per_yuan 必须在 0 到 100000 之间。</translation>
        </message>
        <message>
            <source>redeem_max_percent must be from 0 to 100.</source>
            <translation>redeem_max_percent 必须在 0 到 100 之间。</translation>
        </message>
        <message>
            <source>referral_bonus_points must be from 0 to 1000000.</source>
            <translation>referral_bonus_points 必须在 0 到 1000000 之间。</translation>
        </message>
        <message>
            <source>default_margin_bp must be from 0 to 10000.</source>
            <translation>default_margin_bp 必须在 0 到 10000 之间。</translation>
        </message>
    </context>
    <context>
        <name>MemberService</name>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation>请输入会员姓名。</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %n character(s).</source>
            <translation>
                <numerusform>姓名超过 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>姓名包含控制字符。</translation>
        </message>
        <message>
            <source>The phone number %1 already belongs to %2 (card %3).</source>
            <translation>手机号 %1 已属于 %2（卡号 %3）。</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>卡号 %1 的校验位错误，可能是输错了。</translation>
        </message>
        <message>
            <source>The card %1 already belongs to %2.</source>
            <translation>卡号 %1 已属于 %2。</translation>
        </message>
        <message>
            <source>The birthday is in the future.</source>
            <translation>生日不能是将来的日期。</translation>
        </message>
        <message>
            <source>The birthday is before 1900.</source>
            <translation>生日早于 1900 年。</translation>
        </message>
        <message>
            <source>A member cannot refer themselves.</source>
            <translation>会员不能推荐自己。</translation>
        </message>
        <message>
            <source>There is no member with number %1 to be the referrer.</source>
            <translation>不存在编号为 %1 的会员，无法作为推荐人。</translation>
        </message>
        <message>
            <source>%1 was referred (directly or not) by this member: referrals cannot go round in a circle.</source>
            <translation>%1 是由该会员（直接或间接）推荐的：推荐关系不能形成循环。</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>旧系统编号超过 64 个字符。</translation>
        </message>
        <message>
            <source>The external reference %1 is already used by member %2.</source>
            <translation>旧系统编号 %1 已被会员 %2 使用。</translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %n character(s).</source>
            <translation>
                <numerusform>备注超过 %n 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>The member was not saved: %1</source>
            <translation>会员未保存：%1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>该会员已应本人要求匿名化，无法再编辑。</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>The amount is empty.</source>
            <translation>未填写金额。</translation>
        </message>
        <message>
            <source>"%1" has more than two decimals.</source>
            <translation>“%1”的小数超过两位。</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan.</source>
            <translation>“%1”不是以元为单位的金额。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Only the owner may do this. Ask the owner to sign in.</source>
            <translation>只有店主可以执行此操作。请让店主登录。</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>未填写手机号。</translation>
        </message>
        <message>
            <source>"%1" contains characters that are not part of a phone number.</source>
            <translation>“%1”中含有电话号码不允许的字符。</translation>
        </message>
        <message>
            <source>"%1" is not a valid mobile number.</source>
            <translation>“%1”不是有效的手机号。</translation>
        </message>
        <message>
            <source>"%1" is not a valid phone number: a mobile has 11 digits, a landline needs its area code.</source>
            <translation>“%1”不是有效的电话号码：手机号为 11 位数字，座机需加区号。</translation>
        </message>
    </context>
    <context>
        <name>PointsLedger</name>
        <message>
            <source>A points credit must be positive.</source>
            <translation>积分入账必须为正数。</translation>
        </message>
        <message>
            <source>A points debit must be positive.</source>
            <translation>积分扣减必须为正数。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseService</name>
        <message>
            <source>This member was anonymised on request; record the sale without a member.</source>
            <translation>该会员已应本人要求匿名化，请按非会员记录此笔消费。</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase. Check for a typing mistake.</source>
            <translation>金额 %1 超过单笔消费上限 %2。请检查是否输错。</translation>
        </message>
        <message>
            <source>The gross profit cannot be larger than the amount.</source>
            <translation>毛利不能大于金额。</translation>
        </message>
        <message>
            <source>Points to redeem cannot be negative.</source>
            <translation>抵现积分不能为负数。</translation>
        </message>
        <message>
            <source>Points cannot be used as cash in this programme.</source>
            <translation>本会员方案不支持积分抵现。</translation>
        </message>
        <message numerus="yes">
            <source>The member has only %n point(s) available.</source>
            <translation>
                <numerusform>该会员仅有 %n 积分可用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>本次消费最多可使用 %n 积分（金额的 %1%）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Give a reason for voiding the purchase.</source>
            <translation>请填写撤销该消费的原因。</translation>
        </message>
        <message>
            <source>There is no purchase with number %1.</source>
            <translation>不存在编号为 %1 的消费。</translation>
        </message>
        <message>
            <source>Purchase %1 was already voided on %2 (%3).</source>
            <translation>消费 %1 已于 %2 撤销（%3）。</translation>
        </message>
    </context>
    <context>
        <name>RulesService</name>
        <message>
            <source>The rules file is not a JSON object: %1 (at character %2).</source>
            <translation>规则文件不是 JSON 对象：%1（位于第 %2 个字符）。</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Cannot start writing: %1</source>
            <translation>无法开始写入：%1</translation>
        </message>
        <message>
            <source>Saving failed; nothing was changed: %1</source>
            <translation>保存失败，未做任何更改：%1</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CounterPage</name>
        <message>
            <source>Scan card / phone / last 4 digits / name, then Enter  (F2)</source>
            <translation>扫卡 / 手机号 / 手机号后 4 位 / 姓名，再按 Enter（F2）</translation>
        </message>
        <message>
            <source>&amp;Register (F3)</source>
            <translation>登记会员(&amp;R)（F3）</translation>
        </message>
        <message>
            <source>Edit member (Ctrl+E)</source>
            <translation>编辑会员（Ctrl+E）</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 积分</translation>
        </message>
        <message>
            <source>No member found for "%1". Press F3 to register a new member.</source>
            <translation>未找到“%1”对应的会员。按 F3 登记新会员。</translation>
        </message>
        <message>
            <source>Registered %1, card %2.</source>
            <translation>已登记 %1，卡号 %2。</translation>
        </message>
        <message>
            <source>Open a member first.</source>
            <translation>请先打开一位会员。</translation>
        </message>
        <message>
            <source>Member saved.</source>
            <translation>会员信息已保存。</translation>
        </message>
        <message numerus="yes">
            <source>Recorded: paid %1, +%n point(s) (balance %2).</source>
            <translation>
                <numerusform>已记录：实付 %1，+%n 积分（余额 %2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>已升级为 %1！请向会员道贺。</translation>
        </message>
        <message numerus="yes">
            <source>Purchase %1 voided: %n point(s) taken back, balance %2.</source>
            <translation>
                <numerusform>消费 %1 已撤销：扣回 %n 积分，余额 %2。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::MainWindow</name>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>Counter  F2</source>
            <translation>收银台  F2</translation>
        </message>
        <message>
            <source>Members  F4</source>
            <translation>会员  F4</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店主</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>店员</translation>
        </message>
        <message>
            <source>%1 · %2 · database %3</source>
            <translation>%1 · %2 · 数据库 %3</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>会员(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Find member</source>
            <translation>查找会员(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Register member…</source>
            <translation>登记会员(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Edit member…</source>
            <translation>编辑会员(&amp;E)…</translation>
        </message>
        <message>
            <source>Member &amp;list</source>
            <translation>会员列表(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About MemberDesk</source>
            <translation>关于会员管家(&amp;A)</translation>
        </message>
        <message>
            <source>About MemberDesk</source>
            <translation>关于会员管家</translation>
        </message>
        <message>
            <source>&lt;h3&gt;MemberDesk&lt;/h3&gt;&lt;p&gt;Member loyalty for small shops: tiers, points, care.&lt;/p&gt;&lt;p&gt;Database: %1 (schema version %2)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;会员管家&lt;/h3&gt;&lt;p&gt;小店会员管理：等级、积分、关怀。&lt;/p&gt;&lt;p&gt;数据库：%1（结构版本 %2）&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberCard</name>
        <message>
            <source>Scan a member card or type a phone number, the last 4 digits of a phone, a card number or a name.</source>
            <translation>请扫描会员卡，或输入手机号、手机号后 4 位、卡号或姓名。</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>入会日期</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近到店</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>到店次数</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化会员）</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>今天生日！</translation>
        </message>
        <message>
            <source>Birthday this week</source>
            <translation>本周生日</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>本月生日</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 积分</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % off</source>
            <translation>优惠 %1%</translation>
        </message>
        <message>
            <source>No discount</source>
            <translation>无折扣</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2：%1</translation>
        </message>
        <message>
            <source>Top tier reached.</source>
            <translation>已达最高等级。</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消费 %1 可升级为 %2</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>从未</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberDialog</name>
        <message>
            <source>Edit member</source>
            <translation>编辑会员</translation>
        </message>
        <message>
            <source>Register a member</source>
            <translation>登记会员</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 0013 8000</source>
            <translation>手机或座机，如 138 0013 8000</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, e.g. 1990-03-15</source>
            <translation>YYYY-MM-DD，如 1990-03-15</translation>
        </message>
        <message>
            <source>Scan a card, or leave empty to create a number</source>
            <translation>扫描会员卡，或留空自动生成卡号</translation>
        </message>
        <message>
            <source>Referrer's card or phone (optional)</source>
            <translation>推荐人的卡号或手机号（选填）</translation>
        </message>
        <message>
            <source>Agrees to receive offers and invitations</source>
            <translation>同意接收优惠和活动邀请</translation>
        </message>
        <message>
            <source>Number in a previous system (optional)</source>
            <translation>旧系统中的编号（选填）</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>手机号(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>性别(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>生日(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Card number</source>
            <translation>卡号(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>推荐人(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Old system number</source>
            <translation>旧系统编号(&amp;O)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a date. Type it as YYYY-MM-DD, e.g. 1990-03-15.</source>
            <translation>生日“%1”不是有效日期。请按 YYYY-MM-DD 格式输入，如 1990-03-15。</translation>
        </message>
        <message>
            <source>No member has the card or phone %1.</source>
            <translation>没有卡号或手机号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>推荐人：%1</translation>
        </message>
        <message>
            <source>Open that member</source>
            <translation>打开该会员</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberListModel</name>
        <message>
            <source>Never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手机号</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近到店</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MembersPage</name>
        <message>
            <source>Filter by name, phone or card</source>
            <translation>按姓名、手机号或卡号筛选</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在收银台打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln 位会员</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchaseList</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>撤销消费(&amp;V)…</translation>
        </message>
        <message>
            <source>Reverse the selected purchase (a reversal is recorded, nothing is deleted)</source>
            <translation>撤销所选消费（记录一笔冲正，不删除任何数据）</translation>
        </message>
        <message>
            <source>Latest purchases</source>
            <translation>最近消费</translation>
        </message>
        <message numerus="yes">
            <source>(+%n point(s) used)</source>
            <translation>
                <numerusform>（+%n 积分抵现）</numerusform>
            </translation>
        </message>
        <message>
            <source>Voided: %1</source>
            <translation>已撤销：%1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Void purchase</source>
            <translation>撤销消费</translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchasePanel</name>
        <message>
            <source>Record a purchase</source>
            <translation>记录消费</translation>
        </message>
        <message>
            <source>Shelf total in yuan, e.g. 128.50</source>
            <translation>标价合计（元），如 128.50</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 积分</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <source>Record (Enter)</source>
            <translation>记录（Enter）</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金额(&amp;A)</translation>
        </message>
        <message>
            <source>Pay with &amp;points</source>
            <translation>使用积分抵现(&amp;P)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Member discount</source>
            <translation>会员折扣</translation>
        </message>
        <message>
            <source>Paid with points</source>
            <translation>积分抵现</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>应付</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>最多 %1</translation>
        </message>
        <message>
            <source>−%1 (%2, %3 % off)</source>
            <translation>−%1（%2，优惠 %3%）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message numerus="yes">
            <source>−%1 (%n point(s))</source>
            <translation>
                <numerusform>−%1（%n 积分）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n point(s)</source>
            <translation>
                <numerusform>+%n 积分</numerusform>
            </translation>
        </message>
        <message>
            <source>(birthday bonus)</source>
            <translation>（生日奖励）</translation>
        </message>
        <message>
            <source>→ upgrades to %1</source>
            <translation>→ 升级为 %1</translation>
        </message>
        <message>
            <source>Type the amount first.</source>
            <translation>请先输入金额。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Member database</source>
            <translation>会员数据库</translation>
        </message>
        <message>
            <source>MemberDesk database (*.db);;All files (*)</source>
            <translation>会员管家数据库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>当前打开：%1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Database file</source>
            <translation>数据库文件(&amp;D)</translation>
        </message>
        <message>
            <source>The change takes effect when MemberDesk starts again. Restart now?</source>
            <translation>更改将在会员管家重新启动后生效。现在重新启动吗？</translation>
        </message>
    </context>
    <context>
        <name>md::ui::VoidPurchaseDialog</name>
        <message>
            <source>Void purchase</source>
            <translation>撤销消费</translation>
        </message>
        <message>
            <source>Void the purchase of %1 on %2 (paid %3)?</source>
            <translation>要撤销 %2 的这笔 %1 消费（实付 %3）吗？</translation>
        </message>
        <message>
            <source>Reason (required), e.g. wrong amount, goods returned</source>
            <translation>原因（必填），如金额输错、退货</translation>
        </message>
        <message>
            <source>A reversal is recorded; the purchase stays in the history.</source>
            <translation>将记录一笔冲正，原消费记录仍保留在历史中。</translation>
        </message>
        <message numerus="yes">
            <source>The %n point(s) it earned are taken back.</source>
            <translation>
                <numerusform>该笔消费获得的 %n 积分将被扣回。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n point(s) it used are given back.</source>
            <translation>
                <numerusform>该笔消费使用的 %n 积分将退还。</numerusform>
            </translation>
        </message>
    </context>
</TS>
