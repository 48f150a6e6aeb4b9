<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>“%1”不是有效的卡號：請使用 4 至 32 個英文字母或數字。</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The option --%1 needs a value.</source>
            <translation>選項 --%1 需要一個值。</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>未知的選項 --%1。</translation>
        </message>
        <message>
            <source>Database %1 is ready (schema %2).</source>
            <translation>資料庫 %1 已就緒（結構版本 %2）。</translation>
        </message>
        <message>
            <source>The database is sound: no problems found.</source>
            <translation>資料庫完好：未發現問題。</translation>
        </message>
        <message>
            <source>Problems found:</source>
            <translation>發現以下問題：</translation>
        </message>
        <message>
            <source>--members, --months and --seed take whole numbers.</source>
            <translation>--members、--months 和 --seed 只接受整數。</translation>
        </message>
        <message>
            <source>Demo shop created: %1 members, %2 purchases.</source>
            <translation>已建立示範商店：%1 位會員，%2 筆消費。</translation>
        </message>
        <message>
            <source>Give the rules file: rules set FILE.json</source>
            <translation>請指定規則檔案：rules set FILE.json</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>無法讀取 %1：%2</translation>
        </message>
        <message>
            <source>The new rules are in force from now on; past purchases keep their points.</source>
            <translation>新規則即刻生效；過去消費的點數維持不變。</translation>
        </message>
        <message>
            <source>No member has the card %1.</source>
            <translation>沒有卡號為 %1 的會員。</translation>
        </message>
        <message>
            <source>No member has the phone number %1.</source>
            <translation>沒有手機號碼為 %1 的會員。</translation>
        </message>
        <message>
            <source>Name the member by number, --card or --phone.</source>
            <translation>請以會員編號、--card 或 --phone 指定會員。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>多餘的參數“%1”。</translation>
        </message>
        <message>
            <source>--gender must be m, f or u.</source>
            <translation>--gender 必須為 m、f 或 u。</translation>
        </message>
        <message>
            <source>--birthday must be a date like 1990-05-17.</source>
            <translation>--birthday 必須是日期，例如 1990-05-17。</translation>
        </message>
        <message>
            <source>--referrer must be a member number.</source>
            <translation>--referrer 必須是會員編號。</translation>
        </message>
        <message>
            <source>--consent must be yes or no.</source>
            <translation>--consent 必須為 yes 或 no。</translation>
        </message>
        <message>
            <source>Registered %1: member %2, card %3.</source>
            <translation>已註冊 %1：會員編號 %2，卡號 %3。</translation>
        </message>
        <message>
            <source>Give a phone number, its last 4 digits, a card number or a name to find.</source>
            <translation>請提供要搜尋的手機號碼、手機號碼末 4 碼、卡號或姓名。</translation>
        </message>
        <message>
            <source>--limit must be a number from 1 to 1000.</source>
            <translation>--limit 必須是 1 至 1000 之間的數字。</translation>
        </message>
        <message>
            <source>No member matches "%1".</source>
            <translation>沒有符合“%1”的會員。</translation>
        </message>
        <message>
            <source>%1 (member %2, card %3)</source>
            <translation>%1（會員編號 %2，卡號 %3）</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>手機號碼：%1</translation>
        </message>
        <message>
            <source>Tier: %1, points: %2</source>
            <translation>等級：%1，點數：%2</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消費 %1 即可升級為 %2</translation>
        </message>
        <message>
            <source>Birthday: %1</source>
            <translation>生日：%1</translation>
        </message>
        <message>
            <source>--amount is required (the shelf total in yuan, e.g. 128.50).</source>
            <translation>必須提供 --amount（標價合計，以元為單位，例如 128.50）。</translation>
        </message>
        <message>
            <source>--redeem-points must be a whole number of points.</source>
            <translation>--redeem-points 必須是整數點數。</translation>
        </message>
        <message>
            <source>Purchase %1: %2, discount %3, paid %4, +%5 points (balance %6).</source>
            <translation>消費 %1：%2，折扣 %3，實付 %4，+%5 點（餘額 %6）。</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>已升級為 %1！</translation>
        </message>
        <message>
            <source>Give the number of the purchase to void.</source>
            <translation>請提供要作廢的消費編號。</translation>
        </message>
        <message>
            <source>--reason is required: say why the purchase is voided.</source>
            <translation>必須提供 --reason：請說明作廢該筆消費的原因。</translation>
        </message>
        <message>
            <source>Purchase %1 voided: %2 points taken back, %3 returned, balance %4.</source>
            <translation>消費 %1 已作廢：扣回 %2 點，退還 %3 點，餘額 %4。</translation>
        </message>
        <message>
            <source>Usage: memberdesk-cli [--db PATH] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] COMMAND ...</source>
            <translation>用法：memberdesk-cli [--db 路徑] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] 指令 ...</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>指令：</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>選項 %1 需要一個值。</translation>
        </message>
        <message>
            <source>Unknown language "%1": use zh_CN, zh_TW or en.</source>
            <translation>未知的語言“%1”：請使用 zh_CN、zh_TW 或 en。</translation>
        </message>
        <message>
            <source>--now must look like 2026-05-01T14:30:00, not "%1".</source>
            <translation>--now 的格式應為 2026-05-01T14:30:00，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run memberdesk-cli help for the list.</source>
            <translation>未知的指令“%1”。執行 memberdesk-cli help 查看指令清單。</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was given.</source>
            <translation>未指定資料庫檔案。</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是資料夾，不是資料庫檔案。</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>資料庫 %1 不存在。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法建立資料夾 %1。</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk database (it is not an SQLite file).</source>
            <translation>%1 不是會員管家資料庫（它不是 SQLite 檔案）。</translation>
        </message>
        <message>
            <source>The database %1 is read-only. Check the file's permissions or copy it to a writable folder.</source>
            <translation>資料庫 %1 為唯讀。請檢查檔案權限，或將其複製到可寫入的資料夾。</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>無法開啟資料庫 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not a usable database: %2</source>
            <translation>%1 不是可用的資料庫：%2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk database.</source>
            <translation>%1 是其他程式的 SQLite 資料庫，不是會員管家資料庫。</translation>
        </message>
        <message>
            <source>This database was written by a newer version of MemberDesk (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</source>
            <translation>此資料庫由較新版本的會員管家寫入（結構版本 %1；目前版本最高支援 %2）。請安裝新版本；檔案未做任何變更。</translation>
        </message>
        <message>
            <source>The database has an older schema (%1); open it once with MemberDesk to upgrade it.</source>
            <translation>資料庫的結構版本較舊（%1），請先用會員管家開啟一次以完成升級。</translation>
        </message>
        <message>
            <source>Cannot prepare the database: %1</source>
            <translation>無法初始化資料庫：%1</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
            <translation>將資料庫升級至結構版本 %1 失敗，未做任何變更：%2</translation>
        </message>
        <message>
            <source>the database is busy: another MemberDesk window or program is writing to it. Try again in a moment.</source>
            <translation>資料庫忙碌中：另一個會員管家視窗或程式正在寫入。請稍後再試。</translation>
        </message>
        <message>
            <source>the database is read-only (check the file and folder permissions).</source>
            <translation>資料庫為唯讀（請檢查檔案及資料夾的權限）。</translation>
        </message>
        <message>
            <source>the disk is full.</source>
            <translation>磁碟已滿。</translation>
        </message>
        <message>
            <source>the database file is damaged. Restore the latest backup.</source>
            <translation>資料庫檔案已損毀。請還原最近的備份。</translation>
        </message>
        <message>
            <source>the file cannot be opened (check that the folder exists and is writable).</source>
            <translation>無法開啟檔案（請檢查資料夾是否存在且可寫入）。</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The demo needs from 1 to 5,000,000 members.</source>
            <translation>示範資料的會員數必須介於 1 至 5,000,000 之間。</translation>
        </message>
        <message>
            <source>The demo covers from 1 to 120 months.</source>
            <translation>示範資料的月數必須介於 1 至 120 之間。</translation>
        </message>
        <message>
            <source>The demo only fills an empty database; this one already has members. Use a new file with --db.</source>
            <translation>示範資料只能寫入空白資料庫，此資料庫已有會員。請用 --db 指定新的檔案。</translation>
        </message>
        <message>
            <source>Cannot prepare the demo: %1</source>
            <translation>無法準備示範資料：%1</translation>
        </message>
        <message>
            <source>Writing the demo failed: %1</source>
            <translation>寫入示範資料失敗：%1</translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>--now must be a local time like 2026-03-15T10:00:00.</source>
            <translation>--now 必須是本地時間，例如 2026-03-15T10:00:00。</translation>
        </message>
        <message>
            <source>MemberDesk is already open on this database (%1, process %2 on %3). Use that window, or close it first.</source>
            <translation>會員管家已在使用此資料庫（%1，%3 上的處理程序 %2）。請使用該視窗，或先將其關閉。</translation>
        </message>
        <message>
            <source>The member database could not be opened:
%1

%2</source>
            <translation>無法開啟會員資料庫：
%1

%2</translation>
        </message>
    </context>
    <context>
        <name>IntegrityChecker</name>
        <message>
            <source>Check could not run: %1</source>
            <translation>無法執行檢查：%1</translation>
        </message>
        <message>
            <source>… and more of the same.</source>
            <translation>……還有更多同類問題。</translation>
        </message>
        <message>
            <source>Broken reference in table %1 (row %2) to %3.</source>
            <translation>資料表 %1（列 %2）中有指向 %3 的無效參照。</translation>
        </message>
        <message>
            <source>Member %1: points balance does not equal the ledger (%2).</source>
            <translation>會員 %1：點數餘額與點數明細不一致（%2）。</translation>
        </message>
        <message>
            <source>Ledger entry %1: more points were consumed than it granted (%2).</source>
            <translation>點數明細 %1：已使用的點數多於其發放的點數（%2）。</translation>
        </message>
        <message>
            <source>Ledger entry %1: allocated beyond its amount (%2).</source>
            <translation>點數明細 %1：分配的點數超出其數額（%2）。</translation>
        </message>
        <message>
            <source>Member %1: cached visits/spend do not match the purchases (%2).</source>
            <translation>會員 %1：快取的來店次數/消費額與消費紀錄不一致（%2）。</translation>
        </message>
        <message>
            <source>Purchase %1 does not add up (%2).</source>
            <translation>消費 %1 的金額計算不一致（%2）。</translation>
        </message>
        <message>
            <source>Purchase %1 points at a void (%2) that is not its own.</source>
            <translation>消費 %1 指向一筆不屬於它的作廢紀錄（%2）。</translation>
        </message>
        <message>
            <source>Void of purchase %1 (%2) is not recorded on the purchase.</source>
            <translation>消費 %1 的作廢紀錄（%2）未記載於該筆消費上。</translation>
        </message>
        <message>
            <source>Purchase %1: points earned do not match the ledger (%2).</source>
            <translation>消費 %1：獲得的點數與點數明細不一致（%2）。</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyRules</name>
        <message>
            <source>Regular</source>
            <translation>一般會員</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>銀卡</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>金卡</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>鑽石</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等級 %1</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>累計實付消費</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>近 12 個月實付消費</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 必須是整數。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in the rules.</source>
            <translation>規則中有未知的欄位“%1”。</translation>
        </message>
        <message>
            <source>tiers must be a list.</source>
            <translation>tiers 必須是清單。</translation>
        </message>
        <message>
            <source>%1 must be an object with name, threshold_fen, discount_bp and points_multiplier_pct.</source>
            <translation>%1 必須是包含 name、threshold_fen、discount_bp 和 points_multiplier_pct 的物件。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in %2.</source>
            <translation>%2 中有未知的欄位“%1”。</translation>
        </message>
        <message>
            <source>%1.threshold_fen is missing.</source>
            <translation>缺少 %1.threshold_fen。</translation>
        </message>
        <message>
            <source>tier_basis must be "paid_12m" or "paid_lifetime".</source>
            <translation>tier_basis 必須為 "paid_12m" 或 "paid_lifetime"。</translation>
        </message>
        <message>
            <source>earn_basis must be "paid" or "profit".</source>
            <translation>earn_basis 必須為 "paid" 或 "profit"。</translation>
        </message>
        <message>
            <source>expiry.mode must be "end_of_month_after" or "never".</source>
            <translation>expiry.mode 必須為 "end_of_month_after" 或 "never"。</translation>
        </message>
        <message>
            <source>%1 is out of range.</source>
            <translation>%1 超出範圍。</translation>
        </message>
        <message>
            <source>tiers: a programme has 2 to 8 tiers (this one has %1).</source>
            <translation>tiers：會員方案須有 2 至 8 個等級（目前為 %1 個）。</translation>
        </message>
        <message>
            <source>%1.name is empty.</source>
            <translation>%1.name 為空。</translation>
        </message>
        <message>
            <source>%1.name is longer than 20 characters.</source>
            <translation>%1.name 超過 20 個字元。</translation>
        </message>
        <message>
            <source>%1.name "%2" is used twice.</source>
            <translation>%1.name “%2”被使用了兩次。</translation>
        </message>
        <message>
            <source>tiers[0].threshold_fen must be 0: every member starts in the first tier.</source>
            <translation>tiers[0].threshold_fen 必須為 0：每位會員都從第一個等級開始。</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be higher than the tier before it.</source>
            <translation>%1.threshold_fen 必須高於前一個等級。</translation>
        </message>
        <message>
            <source>%1.discount_bp must be from 0 to 9999 (under 100 %).</source>
            <translation>%1.discount_bp 必須介於 0 至 9999 之間（低於 100%）。</translation>
        </message>
        <message>
            <source>%1.points_multiplier_pct must be from 0 to 1000.</source>
            <translation>%1.points_multiplier_pct 必須介於 0 至 1000 之間。</translation>
        </message>
        <message>
            <source>tier_grace_months must be from 0 to 120.</source>
            <translation>tier_grace_months 必須介於 0 至 120 之間。</translation>
        </message>
        <message>
            <source>points_per_yuan must be from 0 to 1000.</source>
            <translation>points_per_yuan 必須介於 0 至 1000 之間。</translation>
        </message>
        <message>
            <source>birthday_multiplier_pct must be from 100 to 1000.</source>
            <translation>birthday_multiplier_pct 必須介於 100 至 1000 之間。</translation>
        </message>
        <message>
            <source>expiry.months must be from 1 to 120.</source>
            <translation>expiry.months 必須介於 1 至 120 之間。</translation>
        </message>
        <message>
            <source>redeem_points_per_yuan must be from 0 to 100000.</source>
            <translation>redeem_points_per_yuan 必須介於 0 至 100000 之間。</translation>
        </message>
        <message>
            <source>redeem_max_percent must be from 0 to 100.</source>
            <translation>redeem_max_percent 必須介於 0 至 100 之間。</translation>
        </message>
        <message>
            <source>referral_bonus_points must be from 0 to 1000000.</source>
            <translation>referral_bonus_points 必須介於 0 至 1000000 之間。</translation>
        </message>
        <message>
            <source>default_margin_bp must be from 0 to 10000.</source>
            <translation>default_margin_bp 必須介於 0 至 10000 之間。</translation>
        </message>
    </context>
    <context>
        <name>MemberService</name>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation>請輸入會員姓名。</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %n character(s).</source>
            <translation>
                <numerusform>姓名超過 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>姓名包含控制字元。</translation>
        </message>
        <message>
            <source>The phone number %1 already belongs to %2 (card %3).</source>
            <translation>手機號碼 %1 已屬於 %2（卡號 %3）。</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>卡號 %1 的檢查碼錯誤，可能是輸入錯誤。</translation>
        </message>
        <message>
            <source>The card %1 already belongs to %2.</source>
            <translation>卡號 %1 已屬於 %2。</translation>
        </message>
        <message>
            <source>The birthday is in the future.</source>
            <translation>生日不能是未來的日期。</translation>
        </message>
        <message>
            <source>The birthday is before 1900.</source>
            <translation>生日早於 1900 年。</translation>
        </message>
        <message>
            <source>A member cannot refer themselves.</source>
            <translation>會員不能推薦自己。</translation>
        </message>
        <message>
            <source>There is no member with number %1 to be the referrer.</source>
            <translation>沒有編號為 %1 的會員可作為推薦人。</translation>
        </message>
        <message>
            <source>%1 was referred (directly or not) by this member: referrals cannot go round in a circle.</source>
            <translation>%1 是由此會員（直接或間接）推薦的：推薦關係不能形成循環。</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>舊系統編號超過 64 個字元。</translation>
        </message>
        <message>
            <source>The external reference %1 is already used by member %2.</source>
            <translation>舊系統編號 %1 已被會員 %2 使用。</translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %n character(s).</source>
            <translation>
                <numerusform>備註超過 %n 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <source>The member was not saved: %1</source>
            <translation>會員未儲存：%1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>該會員已應本人要求匿名化，無法再編輯。</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>The amount is empty.</source>
            <translation>未填寫金額。</translation>
        </message>
        <message>
            <source>"%1" has more than two decimals.</source>
            <translation>“%1”的小數超過兩位。</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan.</source>
            <translation>“%1”不是以元為單位的金額。</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Only the owner may do this. Ask the owner to sign in.</source>
            <translation>只有店長可以執行此操作。請店長登入。</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>未填寫手機號碼。</translation>
        </message>
        <message>
            <source>"%1" contains characters that are not part of a phone number.</source>
            <translation>“%1”含有電話號碼不允許的字元。</translation>
        </message>
        <message>
            <source>"%1" is not a valid mobile number.</source>
            <translation>“%1”不是有效的手機號碼。</translation>
        </message>
        <message>
            <source>"%1" is not a valid phone number: a mobile has 11 digits, a landline needs its area code.</source>
            <translation>“%1”不是有效的電話號碼：手機號碼為 11 位數字，市話需加區碼。</translation>
        </message>
    </context>
    <context>
        <name>PointsLedger</name>
        <message>
            <source>A points credit must be positive.</source>
            <translation>點數入帳必須為正數。</translation>
        </message>
        <message>
            <source>A points debit must be positive.</source>
            <translation>點數扣除必須為正數。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseService</name>
        <message>
            <source>This member was anonymised on request; record the sale without a member.</source>
            <translation>該會員已應本人要求匿名化，請以非會員方式記錄此筆消費。</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>金額必須大於零。</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase. Check for a typing mistake.</source>
            <translation>金額 %1 超過單筆消費上限 %2。請檢查是否輸入錯誤。</translation>
        </message>
        <message>
            <source>The gross profit cannot be larger than the amount.</source>
            <translation>毛利不能大於金額。</translation>
        </message>
        <message>
            <source>Points to redeem cannot be negative.</source>
            <translation>折抵點數不能為負數。</translation>
        </message>
        <message>
            <source>Points cannot be used as cash in this programme.</source>
            <translation>本會員方案不支援點數折抵。</translation>
        </message>
        <message numerus="yes">
            <source>The member has only %n point(s) available.</source>
            <translation>
                <numerusform>該會員僅有 %n 點可用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>本次消費最多可使用 %n 點（金額的 %1%）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Give a reason for voiding the purchase.</source>
            <translation>請填寫作廢該筆消費的原因。</translation>
        </message>
        <message>
            <source>There is no purchase with number %1.</source>
            <translation>沒有編號為 %1 的消費。</translation>
        </message>
        <message>
            <source>Purchase %1 was already voided on %2 (%3).</source>
            <translation>消費 %1 已於 %2 作廢（%3）。</translation>
        </message>
    </context>
    <context>
        <name>RulesService</name>
        <message>
            <source>The rules file is not a JSON object: %1 (at character %2).</source>
            <translation>規則檔案不是 JSON 物件：%1（位於第 %2 個字元）。</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Cannot start writing: %1</source>
            <translation>無法開始寫入：%1</translation>
        </message>
        <message>
            <source>Saving failed; nothing was changed: %1</source>
            <translation>儲存失敗，未做任何變更：%1</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CounterPage</name>
        <message>
            <source>Scan card / phone / last 4 digits / name, then Enter  (F2)</source>
            <translation>掃卡 / 手機號碼 / 手機末 4 碼 / 姓名，再按 Enter（F2）</translation>
        </message>
        <message>
            <source>&amp;Register (F3)</source>
            <translation>註冊會員(&amp;R)（F3）</translation>
        </message>
        <message>
            <source>Edit member (Ctrl+E)</source>
            <translation>編輯會員（Ctrl+E）</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 點</translation>
        </message>
        <message>
            <source>No member found for "%1". Press F3 to register a new member.</source>
            <translation>找不到“%1”對應的會員。按 F3 註冊新會員。</translation>
        </message>
        <message>
            <source>Registered %1, card %2.</source>
            <translation>已註冊 %1，卡號 %2。</translation>
        </message>
        <message>
            <source>Open a member first.</source>
            <translation>請先開啟一位會員。</translation>
        </message>
        <message>
            <source>Member saved.</source>
            <translation>會員資料已儲存。</translation>
        </message>
        <message numerus="yes">
            <source>Recorded: paid %1, +%n point(s) (balance %2).</source>
            <translation>
                <numerusform>已記錄：實付 %1，+%n 點（餘額 %2）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>已升級為 %1！請向會員道賀。</translation>
        </message>
        <message numerus="yes">
            <source>Purchase %1 voided: %n point(s) taken back, balance %2.</source>
            <translation>
                <numerusform>消費 %1 已作廢：扣回 %n 點，餘額 %2。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::MainWindow</name>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>Counter  F2</source>
            <translation>櫃檯  F2</translation>
        </message>
        <message>
            <source>Members  F4</source>
            <translation>會員  F4</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>店長</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>店員</translation>
        </message>
        <message>
            <source>%1 · %2 · database %3</source>
            <translation>%1 · %2 · 資料庫 %3</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>檔案(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>設定(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>結束(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>會員(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Find member</source>
            <translation>搜尋會員(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Register member…</source>
            <translation>註冊會員(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Edit member…</source>
            <translation>編輯會員(&amp;E)…</translation>
        </message>
        <message>
            <source>Member &amp;list</source>
            <translation>會員清單(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>說明(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About MemberDesk</source>
            <translation>關於會員管家(&amp;A)</translation>
        </message>
        <message>
            <source>About MemberDesk</source>
            <translation>關於會員管家</translation>
        </message>
        <message>
            <source>&lt;h3&gt;MemberDesk&lt;/h3&gt;&lt;p&gt;Member loyalty for small shops: tiers, points, care.&lt;/p&gt;&lt;p&gt;Database: %1 (schema version %2)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;會員管家&lt;/h3&gt;&lt;p&gt;小店會員經營：等級、點數、關懷。&lt;/p&gt;&lt;p&gt;資料庫：%1（結構版本 %2）&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberCard</name>
        <message>
            <source>Scan a member card or type a phone number, the last 4 digits of a phone, a card number or a name.</source>
            <translation>請掃描會員卡，或輸入手機號碼、手機號碼末 4 碼、卡號或姓名。</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>入會日期</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近來店</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>來店次數</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化會員）</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>今天生日！</translation>
        </message>
        <message>
            <source>Birthday this week</source>
            <translation>本週生日</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>本月生日</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n 點</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % off</source>
            <translation>減 %1%</translation>
        </message>
        <message>
            <source>No discount</source>
            <translation>無折扣</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2：%1</translation>
        </message>
        <message>
            <source>Top tier reached.</source>
            <translation>已達最高等級。</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消費 %1 即可升級為 %2</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>從未</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberDialog</name>
        <message>
            <source>Edit member</source>
            <translation>編輯會員</translation>
        </message>
        <message>
            <source>Register a member</source>
            <translation>註冊會員</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 0013 8000</source>
            <translation>手機或市話，例如 138 0013 8000</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>未填寫</translation>
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
            <translation>YYYY-MM-DD，例如 1990-03-15</translation>
        </message>
        <message>
            <source>Scan a card, or leave empty to create a number</source>
            <translation>掃描會員卡，或留空自動產生卡號</translation>
        </message>
        <message>
            <source>Referrer's card or phone (optional)</source>
            <translation>推薦人的卡號或手機號碼（選填）</translation>
        </message>
        <message>
            <source>Agrees to receive offers and invitations</source>
            <translation>同意接收優惠及活動邀請</translation>
        </message>
        <message>
            <source>Number in a previous system (optional)</source>
            <translation>舊系統中的編號（選填）</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>姓名(&amp;N) *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>手機號碼(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>性別(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>生日(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Card number</source>
            <translation>卡號(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>推薦人(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Old system number</source>
            <translation>舊系統編號(&amp;O)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a date. Type it as YYYY-MM-DD, e.g. 1990-03-15.</source>
            <translation>生日“%1”不是有效日期。請依 YYYY-MM-DD 格式輸入，例如 1990-03-15。</translation>
        </message>
        <message>
            <source>No member has the card or phone %1.</source>
            <translation>沒有卡號或手機號碼為 %1 的會員。</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>推薦人：%1</translation>
        </message>
        <message>
            <source>Open that member</source>
            <translation>開啟該會員</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberListModel</name>
        <message>
            <source>Never</source>
            <translation>從未</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近來店</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MembersPage</name>
        <message>
            <source>Filter by name, phone or card</source>
            <translation>依姓名、手機號碼或卡號篩選</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>全部等級</translation>
        </message>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在櫃檯開啟(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln 位會員</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchaseList</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>實付</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>作廢消費(&amp;V)…</translation>
        </message>
        <message>
            <source>Reverse the selected purchase (a reversal is recorded, nothing is deleted)</source>
            <translation>作廢所選消費（新增一筆作廢紀錄，不會刪除任何資料）</translation>
        </message>
        <message>
            <source>Latest purchases</source>
            <translation>最近消費</translation>
        </message>
        <message numerus="yes">
            <source>(+%n point(s) used)</source>
            <translation>
                <numerusform>（+%n 點折抵）</numerusform>
            </translation>
        </message>
        <message>
            <source>Voided: %1</source>
            <translation>已作廢：%1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Void purchase</source>
            <translation>作廢消費</translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchasePanel</name>
        <message>
            <source>Record a purchase</source>
            <translation>記錄消費</translation>
        </message>
        <message>
            <source>Shelf total in yuan, e.g. 128.50</source>
            <translation>標價合計（元），例如 128.50</translation>
        </message>
        <message>
            <source> points</source>
            <translation> 點</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>選填</translation>
        </message>
        <message>
            <source>Record (Enter)</source>
            <translation>記錄（Enter）</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>金額(&amp;A)</translation>
        </message>
        <message>
            <source>Pay with &amp;points</source>
            <translation>使用點數折抵(&amp;P)</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>備註(&amp;O)</translation>
        </message>
        <message>
            <source>Member discount</source>
            <translation>會員折扣</translation>
        </message>
        <message>
            <source>Paid with points</source>
            <translation>點數折抵</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>應付</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>獲得點數</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>最多 %1</translation>
        </message>
        <message>
            <source>−%1 (%2, %3 % off)</source>
            <translation>−%1（%2，減 %3%）</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message numerus="yes">
            <source>−%1 (%n point(s))</source>
            <translation>
                <numerusform>−%1（%n 點）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n point(s)</source>
            <translation>
                <numerusform>+%n 點</numerusform>
            </translation>
        </message>
        <message>
            <source>(birthday bonus)</source>
            <translation>（生日加碼）</translation>
        </message>
        <message>
            <source>→ upgrades to %1</source>
            <translation>→ 升級為 %1</translation>
        </message>
        <message>
            <source>Type the amount first.</source>
            <translation>請先輸入金額。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>跟隨系統</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>瀏覽…</translation>
        </message>
        <message>
            <source>Member database</source>
            <translation>會員資料庫</translation>
        </message>
        <message>
            <source>MemberDesk database (*.db);;All files (*)</source>
            <translation>會員管家資料庫 (*.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>目前開啟：%1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>語言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Database file</source>
            <translation>資料庫檔案(&amp;D)</translation>
        </message>
        <message>
            <source>The change takes effect when MemberDesk starts again. Restart now?</source>
            <translation>變更將在會員管家重新啟動後生效。要立即重新啟動嗎？</translation>
        </message>
    </context>
    <context>
        <name>md::ui::VoidPurchaseDialog</name>
        <message>
            <source>Void purchase</source>
            <translation>作廢消費</translation>
        </message>
        <message>
            <source>Void the purchase of %1 on %2 (paid %3)?</source>
            <translation>要作廢 %2 這筆 %1 的消費（實付 %3）嗎？</translation>
        </message>
        <message>
            <source>Reason (required), e.g. wrong amount, goods returned</source>
            <translation>原因（必填），例如金額輸入錯誤、退貨</translation>
        </message>
        <message>
            <source>A reversal is recorded; the purchase stays in the history.</source>
            <translation>將記錄一筆沖銷，原消費紀錄仍保留在歷史中。</translation>
        </message>
        <message numerus="yes">
            <source>The %n point(s) it earned are taken back.</source>
            <translation>
                <numerusform>該筆消費獲得的 %n 點將被扣回。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n point(s) it used are given back.</source>
            <translation>
                <numerusform>該筆消費使用的 %n 點將退還。</numerusform>
            </translation>
        </message>
    </context>
</TS>
