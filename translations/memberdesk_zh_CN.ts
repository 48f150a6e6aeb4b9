<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisWindow</name>
        <message>
            <source>The reference date is not a valid date.</source>
            <translation>基准日期不是有效日期。</translation>
        </message>
        <message>
            <source>The window must be 1 to 36500 days long (not %1).</source>
            <translation>统计区间须为 1 到 36500 天（当前为 %1）。</translation>
        </message>
        <message>
            <source>No purchases between %1 and %2: there is nothing to analyse in this window.</source>
            <translation>%1 至 %2 期间没有消费记录，没有可分析的数据。</translation>
        </message>
    </context>
    <context>
        <name>AudienceBuilder</name>
        <message>
            <source>The date the guest list is evaluated on is not valid.</source>
            <translation>来宾名单的评估日期无效。</translation>
        </message>
        <message>
            <source>Did not consent to marketing</source>
            <translation>未同意接收营销信息</translation>
        </message>
        <message>
            <source>Anonymised on request</source>
            <translation>已应本人要求匿名化</translation>
        </message>
        <message>
            <source>Removed from the list by hand</source>
            <translation>已手动从名单中移除</translation>
        </message>
        <message>
            <source>No seat left (capacity reached)</source>
            <translation>已无空位（已达人数上限）</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>AudienceFilter</name>
        <message>
            <source>The saved guest list is damaged ("%1" is not a list).</source>
            <translation>已保存的来宾名单已损坏（“%1”不是列表）。</translation>
        </message>
        <message>
            <source>The saved guest list is damaged ("%1" holds a value that is not a member number).</source>
            <translation>已保存的来宾名单已损坏（“%1”中有不是会员编号的值）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a whole number).</source>
            <translation>已保存的来宾筛选条件已损坏（“%1”不是整数）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a date).</source>
            <translation>已保存的来宾筛选条件已损坏（“%1”不是日期）。</translation>
        </message>
        <message>
            <source>Tier %1 does not exist.</source>
            <translation>等级 %1 不存在。</translation>
        </message>
        <message>
            <source>The minimum spend cannot be negative.</source>
            <translation>最低消费额不能为负数。</translation>
        </message>
        <message>
            <source>The spending period must be from 1 to %1 days.</source>
            <translation>消费统计期必须为 1 到 %1 天。</translation>
        </message>
        <message>
            <source>The minimum probability of still being a customer must be from 0 to 1.</source>
            <translation>仍为活跃客户的最低概率必须在 0 到 1 之间。</translation>
        </message>
        <message>
            <source>The birthday month must be from 1 to 12.</source>
            <translation>生日月份必须在 1 到 12 之间。</translation>
        </message>
        <message>
            <source>"Last visit after" must be at least two days before "last visit before", or nobody can match.</source>
            <translation>“最近到店晚于”的日期必须比“最近到店早于”至少早两天，否则没有会员能符合条件。</translation>
        </message>
        <message>
            <source>The minimum number of referrals cannot be negative.</source>
            <translation>最少推荐人数不能为负数。</translation>
        </message>
        <message>
            <source>Member %1 is both added and removed by hand.</source>
            <translation>会员 %1 同时被手动添加和手动移除。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a list).</source>
            <translation>已保存的来宾筛选条件已损坏（“%1”不是列表）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" holds a value that is not a tier).</source>
            <translation>已保存的来宾筛选条件已损坏（“%1”中有不是等级的值）。</translation>
        </message>
        <message>
            <source>Unknown loyalty type "%1" (friends, butterflies, barnacles, strangers).</source>
            <translation>未知的忠诚类型“%1”（friends、butterflies、barnacles、strangers）。</translation>
        </message>
        <message>
            <source>Unknown customer segment "%1" (champions, loyal, new, potential, at_risk, hibernating).</source>
            <translation>未知的客户分群“%1”（champions、loyal、new、potential、at_risk、hibernating）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a number).</source>
            <translation>已保存的来宾筛选条件已损坏（“%1”不是数字）。</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Automatic backup</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <source>Backup folder changed</source>
            <translation>备份文件夹已更改</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>已从备份恢复</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>已完成备份</translation>
        </message>
        <message>
            <source>Complaint handled</source>
            <translation>投诉已处理</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>投诉已登记</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <translation>投诉已解决</translation>
        </message>
        <message>
            <source>Member list exported</source>
            <translation>会员名单已导出</translation>
        </message>
        <message>
            <source>Members exported</source>
            <translation>会员已导出</translation>
        </message>
        <message>
            <source>Purchases exported</source>
            <translation>消费记录已导出</translation>
        </message>
        <message>
            <source>Gift added</source>
            <translation>礼品已添加</translation>
        </message>
        <message>
            <source>Gift changed</source>
            <translation>礼品已修改</translation>
        </message>
        <message>
            <source>Gift redeemed</source>
            <translation>礼品已兑换</translation>
        </message>
        <message>
            <source>Members imported</source>
            <translation>会员已导入</translation>
        </message>
        <message>
            <source>Purchases imported</source>
            <translation>消费记录已导入</translation>
        </message>
        <message>
            <source>Daily points expiry and tier review</source>
            <translation>每日积分过期处理与等级复核</translation>
        </message>
        <message>
            <source>Member anonymised</source>
            <translation>会员已匿名化</translation>
        </message>
        <message>
            <source>Member note changed</source>
            <translation>会员备注已修改</translation>
        </message>
        <message>
            <source>Points adjusted by hand</source>
            <translation>积分已手动调整</translation>
        </message>
        <message>
            <source>Purchase voided</source>
            <translation>消费已撤销</translation>
        </message>
        <message>
            <source>Loyalty rules changed</source>
            <translation>会员方案规则已修改</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <source>Account locked after failed sign-ins</source>
            <translation>登录失败次数过多，账号已锁定</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登录</translation>
        </message>
        <message>
            <source>Tier review</source>
            <translation>等级复核</translation>
        </message>
        <message>
            <source>Account added</source>
            <translation>账号已添加</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>账号已停用</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>账号已启用</translation>
        </message>
        <message>
            <source>Password or PIN changed</source>
            <translation>密码或 PIN 码已更改</translation>
        </message>
        <message>
            <source>Backups and restores (all)</source>
            <translation>备份与恢复（全部）</translation>
        </message>
        <message>
            <source>Complaints (all)</source>
            <translation>投诉（全部）</translation>
        </message>
        <message>
            <source>Exports (all)</source>
            <translation>导出（全部）</translation>
        </message>
        <message>
            <source>Gifts (all)</source>
            <translation>礼品（全部）</translation>
        </message>
        <message>
            <source>Imports (all)</source>
            <translation>导入（全部）</translation>
        </message>
        <message>
            <source>Member data (all)</source>
            <translation>会员资料（全部）</translation>
        </message>
        <message>
            <source>Sign-ins (all)</source>
            <translation>登录（全部）</translation>
        </message>
        <message>
            <source>Accounts (all)</source>
            <translation>账号（全部）</translation>
        </message>
        <message>
            <source>%1* (all)</source>
            <translation>%1*（全部）</translation>
        </message>
        <message>
            <source>Event guest list saved</source>
            <translation>活动来宾名单已保存</translation>
        </message>
        <message>
            <source>Event guest list exported</source>
            <translation>活动来宾名单已导出</translation>
        </message>
        <message>
            <source>Guest checked in</source>
            <translation>来宾已签到</translation>
        </message>
        <message>
            <source>Event created</source>
            <translation>活动已创建</translation>
        </message>
        <message>
            <source>Event deleted</source>
            <translation>活动已删除</translation>
        </message>
        <message>
            <source>Event changed</source>
            <translation>活动已修改</translation>
        </message>
        <message>
            <source>Invitations printed</source>
            <translation>邀请函已打印</translation>
        </message>
        <message>
            <source>Guests invited</source>
            <translation>已邀请来宾</translation>
        </message>
        <message>
            <source>Invitation withdrawn</source>
            <translation>邀请已撤回</translation>
        </message>
        <message>
            <source>Loyalty-type thresholds changed</source>
            <translation>忠诚类型阈值已修改</translation>
        </message>
        <message>
            <source>Invitation text changed</source>
            <translation>邀请函文字已修改</translation>
        </message>
        <message>
            <source>Store logo changed</source>
            <translation>店铺标志已更换</translation>
        </message>
        <message>
            <source>Events (all)</source>
            <translation>活动（全部）</translation>
        </message>
    </context>
    <context>
        <name>AuditQuery</name>
        <message>
            <source>The end of the time range is before its start.</source>
            <translation>时间范围的结束早于开始。</translation>
        </message>
        <message>
            <source>Show between 1 and %1 entries at a time.</source>
            <translation>每次可显示 1 到 %1 条记录。</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%2 的 %1 消费，%3</translation>
        </message>
        <message>
            <source>%1 (No. %2)</source>
            <translation>%1（%2 号）</translation>
        </message>
        <message>
            <source>Insight thresholds</source>
            <translation>会员分析阈值</translation>
        </message>
        <message>
            <source>%1 → %2 at the tier review; %3 %4</source>
            <translation>等级复核：%1 → %2；%3 %4</translation>
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
            <source>%1 → %2 after a change of the programme</source>
            <translation>会员方案调整后：%1 → %2</translation>
        </message>
        <message>
            <source>Lapsed credits expired: %1; members reviewed: %2; tiers changed: %3</source>
            <translation>到期作废积分 %1 笔；复核会员 %2 位；等级变动 %3 个</translation>
        </message>
        <message>
            <source>%1 account “%2”</source>
            <translation>%1账号“%2”</translation>
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
            <source>%1; old backups removed: %2</source>
            <translation>%1；删除旧备份 %2 个</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Backup failed</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>The automatic backup could not be written:
%1

The database itself is fine. Check the backup folder (is the USB stick plugged in?) under Shop ▸ Backups and lock.</source>
            <translation>无法写入自动备份：
%1

数据库本身没有问题。请在“店铺 ▸ 备份与锁定”中检查备份文件夹（U 盘插好了吗？）。</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>正在备份，备份完成后关闭…</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>已完成备份</translation>
        </message>
        <message numerus="yes">
            <source>MemberDesk closes in %Ln second(s).</source>
            <translation>
                <numerusform>会员管家将在 %Ln 秒后关闭。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>文件 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是文件。</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk backup (it is not an SQLite database).</source>
            <translation>%1 不是会员管家备份（它不是 SQLite 数据库）。</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 已损坏，无法读取：%2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk backup.</source>
            <translation>%1 是其他程序的 SQLite 数据库，不是会员管家备份。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 已损坏（%2）。</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of MemberDesk (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
            <translation>%1 由更新版本的会员管家创建（结构版本 %2；当前版本最高支持 %3）。请安装新版本后再恢复。</translation>
        </message>
        <message>
            <source>%1 holds no MemberDesk data.</source>
            <translation>%1 中没有会员管家数据。</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name for the backup.</source>
            <translation>%1 是文件夹：请为备份指定文件名。</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the database itself.</source>
            <translation>备份不能覆盖数据库本身。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>无法创建文件夹 %1。</translation>
        </message>
        <message>
            <source>The backup to %1 failed: %2</source>
            <translation>备份到 %1 失败：%2</translation>
        </message>
        <message>
            <source>The backup to %1 was written but failed its check, so it was deleted: %2</source>
            <translation>备份 %1 已写入，但未通过校验，因此已删除：%2</translation>
        </message>
        <message>
            <source>schema version differs</source>
            <translation>结构版本不一致</translation>
        </message>
        <message>
            <source>Cannot write %1 (check that the folder is writable).</source>
            <translation>无法写入 %1（请检查文件夹是否可写）。</translation>
        </message>
        <message>
            <source>Give a file name for the backup.</source>
            <translation>请指定备份文件名。</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation>无法写入文件夹 %1。</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>未恢复任何数据：%1</translation>
        </message>
        <message>
            <source>Nothing was restored: that file is the database in use.</source>
            <translation>未恢复任何数据：该文件就是正在使用的数据库。</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be kept as %1.</source>
            <translation>未恢复任何数据：无法将当前数据库保留为 %1。</translation>
        </message>
        <message>
            <source>Restoring failed; the database was not changed: %1</source>
            <translation>恢复失败，数据库未作任何更改：%1</translation>
        </message>
        <message>
            <source>The restored database could not be opened, so the previous one was put back: %1</source>
            <translation>无法打开恢复后的数据库，已换回原来的数据库：%1</translation>
        </message>
        <message>
            <source>The database was restored, but its audit log could not be completed: %1</source>
            <translation>数据库已恢复，但操作日志未能完整记录：%1</translation>
        </message>
        <message>
            <source>The database itself may be damaged: close MemberDesk and start it again, and it is checked completely before anything else is written.</source>
            <translation>数据库本身可能已损坏：请关闭会员管家并重新启动，启动时会先完整检查数据库，然后才会写入任何数据。</translation>
        </message>
        <message>
            <source>%1 in the backup folder is a backup of another database with the same name, so it was left as it is and this database was not backed up. Give each database a backup folder of its own.</source>
            <translation>备份文件夹中的 %1 是另一个同名数据库的备份，因此保持原样未动，本数据库这次没有备份。请为每个数据库设置各自的备份文件夹。</translation>
        </message>
        <message>
            <source>%1 exists and is not a MemberDesk backup, so it was not replaced. Choose another file name.</source>
            <translation>%1 已存在，且不是会员管家的备份，因此没有覆盖它。请换一个文件名。</translation>
        </message>
    </context>
    <context>
        <name>Barcode</name>
        <message>
            <source>There is nothing to put in the QR code.</source>
            <translation>没有可放入二维码的内容。</translation>
        </message>
        <message>
            <source>There is no number to put in the barcode.</source>
            <translation>没有可放入条形码的号码。</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode: only letters, digits and ordinary punctuation can.</source>
            <translation>“%1”无法打印为 Code 128 条形码：只支持字母、数字和常用标点符号。</translation>
        </message>
        <message>
            <source>“%1” is too long for a barcode (at most 80 characters).</source>
            <translation>“%1”过长，无法生成条形码（最多 80 个字符）。</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode.</source>
            <translation>“%1”无法打印为 Code 128 条形码。</translation>
        </message>
        <message numerus="yes">
            <source>The text is too long for a QR code (%Ln character(s)).</source>
            <translation>
                <numerusform>文字过长，无法生成二维码（%Ln 个字符）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BgNbd</name>
        <message>
            <source>There are no customers with purchases to fit the model on.</source>
            <translation>还没有任何顾客有消费记录，无法建立模型。</translation>
        </message>
        <message>
            <source>The purchase summary of member %1 is inconsistent (x=%2, t_x=%3, T=%4).</source>
            <translation>会员 %1 的消费汇总数据不一致（x=%2，t_x=%3，T=%4）。</translation>
        </message>
        <message>
            <source>Too little history to predict: all purchases fall on the calibration end.</source>
            <translation>历史数据太少，无法预测：所有消费都发生在建模截止日当天。</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history (the optimiser stopped without a best fit); no predictions are made. More purchase history usually helps.</source>
            <translation>BG/NBD 模型无法根据现有消费记录得出稳定结果（计算在找到最佳拟合前就停止了），因此不做预测。通常积累更多消费记录后会有改善。</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history; no predictions are made.</source>
            <translation>BG/NBD 模型无法根据现有消费记录得出稳定结果，因此不做预测。</translation>
        </message>
        <message>
            <source>The prediction horizon must be zero or more.</source>
            <translation>预测期长度不能为负数。</translation>
        </message>
        <message>
            <source>Expected purchases cannot be computed for these model parameters (the hypergeometric function is out of range).</source>
            <translation>按当前模型参数无法计算预计消费次数（超几何函数超出计算范围）。</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to predict: %Ln customer(s) came back for a second purchase day; at least 2 are needed.</source>
            <translation>
                <numerusform>历史数据太少，无法预测：只有 %Ln 位顾客在另一天再次消费，至少需要 2 位。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPurchaseWriter</name>
        <message>
            <source>Writing the purchases failed (%1): %2</source>
            <translation>写入消费记录失败（%1）：%2</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be added.</source>
            <translation>会员 %1 已应本人要求匿名化，无法为其添加消费记录。</translation>
        </message>
        <message>
            <source>The amount %1 is outside 0 to %2.</source>
            <translation>金额 %1 不在 0 到 %2 之间。</translation>
        </message>
    </context>
    <context>
        <name>BusyNotice</name>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
    </context>
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>“%1”不是有效的卡号：请使用 4 到 32 位字母或数字。</translation>
        </message>
    </context>
    <context>
        <name>CareList</name>
        <message>
            <source>Birthday today</source>
            <translation>今天生日</translation>
        </message>
        <message>
            <source>Birthday on %1</source>
            <translation>%1 过生日</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消费 %1 可升级为 %2</translation>
        </message>
        <message>
            <source>Follow-up due today</source>
            <translation>今天需回访</translation>
        </message>
        <message>
            <source>Follow-up due since %1</source>
            <translation>回访已逾期（应于 %1 回访）</translation>
        </message>
        <message>
            <source>last time: %1</source>
            <translation>上次：%1</translation>
        </message>
        <message>
            <source>"%1" is not a care list row.</source>
            <translation>“%1”不是关怀清单中的条目。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message numerus="yes">
            <source>Birthday today (%Ln year(s) old)</source>
            <translation>
                <numerusform>今天生日（%Ln 岁）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) expire after %1</source>
            <translation>
                <numerusform>%Ln 积分将于 %1 后过期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open complaint(s), the oldest from %1</source>
            <translation>
                <numerusform>%Ln 件未解决的投诉，最早一件提出于 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) in 6 months, none for %1 days</source>
            <translation>
                <numerusform>近 6 个月消费 %Ln 次，已 %1 天未到店</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CareRecords</name>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>到店</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; nothing more is recorded about them.</source>
            <translation>该会员已应本人要求匿名化，不再记录其任何信息。</translation>
        </message>
        <message>
            <source>Unknown channel "%1": use one of %2.</source>
            <translation>未知的回访方式“%1”：请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>A follow-up cannot be recorded in the future; set the next follow-up date instead.</source>
            <translation>不能记录未来时间的回访；请改为设置下次回访日期。</translation>
        </message>
        <message>
            <source>The next follow-up date must be after the day of this one.</source>
            <translation>下次回访日期必须晚于本次回访的日期。</translation>
        </message>
        <message>
            <source>Describe the complaint.</source>
            <translation>请描述投诉内容。</translation>
        </message>
        <message>
            <source>Complaint %1 was already resolved on %2.</source>
            <translation>投诉 %1 已于 %2 解决。</translation>
        </message>
        <message>
            <source>Complaint %1 was already marked handled on %2.</source>
            <translation>投诉 %1 已于 %2 标记为已处理。</translation>
        </message>
        <message>
            <source>Say how the complaint was resolved.</source>
            <translation>请说明投诉是如何解决的。</translation>
        </message>
        <message>
            <source>There is no complaint with number %1.</source>
            <translation>不存在编号为 %1 的投诉。</translation>
        </message>
        <message numerus="yes">
            <source>The outcome is longer than %Ln character(s).</source>
            <translation>
                <numerusform>回访结果超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>描述超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>备注超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The resolution is longer than %Ln character(s).</source>
            <translation>
                <numerusform>处理结果超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message>
            <source>Write down the outcome of the follow-up (even "no answer").</source>
            <translation>请填写回访结果（即使是“无人接听”）。</translation>
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
        <message>
            <source>Name the member with --member ID, --card C or --phone P.</source>
            <translation>请用 --member ID、--card C 或 --phone P 指定会员。</translation>
        </message>
        <message>
            <source>  [done]</source>
            <translation>  [已完成]</translation>
        </message>
        <message>
            <source>Give the key of the care list row (as care list shows it).</source>
            <translation>请提供关怀清单条目的代码（与 care list 显示的一致）。</translation>
        </message>
        <message>
            <source>%1 is on the list again.</source>
            <translation>%1 已重新放回清单。</translation>
        </message>
        <message>
            <source>%1 marked done.</source>
            <translation>%1 已标记为完成。</translation>
        </message>
        <message>
            <source>--next must be a date like 2026-05-01.</source>
            <translation>--next 必须是日期，如 2026-05-01。</translation>
        </message>
        <message>
            <source>--time must look like 2026-05-01T14:30:00.</source>
            <translation>--time 的格式应为 2026-05-01T14:30:00。</translation>
        </message>
        <message>
            <source>Follow-up %1 recorded.</source>
            <translation>回访 %1 已记录。</translation>
        </message>
        <message>
            <source>No follow-ups yet.</source>
            <translation>还没有回访记录。</translation>
        </message>
        <message>
            <source>--text is required: what is the complaint about?</source>
            <translation>必须提供 --text：投诉的内容是什么？</translation>
        </message>
        <message>
            <source>Complaint %1 opened.</source>
            <translation>投诉 %1 已登记。</translation>
        </message>
        <message>
            <source>Give the number of the complaint.</source>
            <translation>请提供投诉编号。</translation>
        </message>
        <message>
            <source>--resolution is required: how was it resolved?</source>
            <translation>必须提供 --resolution：是如何解决的？</translation>
        </message>
        <message>
            <source>Complaint %1 resolved.</source>
            <translation>投诉 %1 已解决。</translation>
        </message>
        <message>
            <source>Complaint %1 marked handled.</source>
            <translation>投诉 %1 已标记为已处理。</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未解决</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>No complaints.</source>
            <translation>没有投诉。</translation>
        </message>
        <message>
            <source>--offset and --limit take whole numbers.</source>
            <translation>--offset 和 --limit 只接受整数。</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>line %1, %2</source>
            <translation>第 %1 行，%2</translation>
        </message>
        <message>
            <source>Give exactly one file to import.</source>
            <translation>请只指定一个要导入的文件。</translation>
        </message>
        <message>
            <source>--delimiter must be auto, comma, semicolon, tab or whitespace.</source>
            <translation>--delimiter 必须为 auto、comma、semicolon、tab 或 whitespace。</translation>
        </message>
        <message>
            <source>--header must be auto, yes or no.</source>
            <translation>--header 必须为 auto、yes 或 no。</translation>
        </message>
        <message>
            <source>--duplicates must be skip or merge.</source>
            <translation>--duplicates 必须为 skip 或 merge。</translation>
        </message>
        <message>
            <source>--member-ref must be auto, id, card, phone or external.</source>
            <translation>--member-ref 必须为 auto、id、card、phone 或 external。</translation>
        </message>
        <message>
            <source>--create-members and --member-ref apply to purchase imports only.</source>
            <translation>--create-members 和 --member-ref 仅适用于导入消费记录。</translation>
        </message>
        <message>
            <source>--duplicates applies to member imports only.</source>
            <translation>--duplicates 仅适用于导入会员。</translation>
        </message>
        <message>
            <source>Dry run, nothing was written.</source>
            <translation>试运行，未写入任何数据。</translation>
        </message>
        <message>
            <source>%1 member(s) imported, %2 merged, %3 skipped, %4 row(s) with errors.</source>
            <translation>已导入 %1 位会员，合并 %2 位，跳过 %3 位，%4 行有错误。</translation>
        </message>
        <message>
            <source>%1 purchase(s) imported (%2 of zero value), %3 member(s) created, %4 skipped, %5 row(s) with errors.</source>
            <translation>已导入 %1 笔消费（其中 %2 笔金额为零），新建 %3 位会员，跳过 %4 笔，%5 行有错误。</translation>
        </message>
        <message>
            <source>Give exactly one file to write.</source>
            <translation>请只指定一个要写入的文件。</translation>
        </message>
        <message>
            <source>%1 row(s) written to %2.</source>
            <translation>已将 %1 行写入 %2。</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01, not "%2".</source>
            <translation>--%1 必须是日期，如 2026-05-01，而不是“%2”。</translation>
        </message>
        <message>
            <source>--%1 must be a whole number above 0.</source>
            <translation>--%1 必须是大于 0 的整数。</translation>
        </message>
        <message>
            <source>--unit must be day or week.</source>
            <translation>--unit 必须为 day 或 week。</translation>
        </message>
        <message>
            <source>--loyalty-threshold must be a number of 0 or more.</source>
            <translation>--loyalty-threshold 必须是大于或等于 0 的数字。</translation>
        </message>
        <message>
            <source>Members who bought between %1 and %2: %3</source>
            <translation>%1 至 %2 期间有消费的会员：%3</translation>
        </message>
        <message>
            <source>RFM segments:</source>
            <translation>RFM 客群分类：</translation>
        </message>
        <message>
            <source>Loyalty types:</source>
            <translation>忠诚类型：</translation>
        </message>
        <message>
            <source>20/80: nobody paid anything in this window.</source>
            <translation>20/80：此期间内没有任何消费。</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in weeks: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD 模型：基于 %1 位顾客（其中 %2 位曾再次光顾）截至 %3 的数据，以周为单位：r = %4，alpha = %5，a = %6，b = %7，对数似然 %8。</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in days: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD 模型：基于 %1 位顾客（其中 %2 位曾再次光顾）截至 %3 的数据，以天为单位：r = %4，alpha = %5，a = %6，b = %7，对数似然 %8。</translation>
        </message>
        <message>
            <source>Gamma-Gamma spend on %1 customers: p = %2, q = %3, v = %4.</source>
            <translation>Gamma-Gamma 消费金额模型（%1 位顾客）：p = %2，q = %3，v = %4。</translation>
        </message>
        <message>
            <source>--horizon is required (the number of days or weeks to predict).</source>
            <translation>必须提供 --horizon（要预测的天数或周数）。</translation>
        </message>
        <message>
            <source>--horizon must be a whole number of days or weeks above 0.</source>
            <translation>--horizon 必须是大于 0 的整数（天数或周数）。</translation>
        </message>
        <message>
            <source>--member must be a member number.</source>
            <translation>--member 必须是会员编号。</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>预测值超出范围。</translation>
        </message>
        <message>
            <source>There is no member %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Member %1 has no purchases on or before %2: there is nothing to predict from.</source>
            <translation>会员 %1 在 %2（含）之前没有消费记录，无法预测。</translation>
        </message>
        <message>
            <source>--threshold must be a probability above 0 and at most 1, e.g. 0.3.</source>
            <translation>--threshold 必须是大于 0 且不超过 1 的概率，如 0.3。</translation>
        </message>
        <message>
            <source>Member %1: spent %2, last came %3, still a customer with probability %4.</source>
            <translation>会员 %1：已消费 %2，最近一次到店 %3，仍会继续光顾的概率为 %4。</translation>
        </message>
        <message>
            <source>--%1 takes a whole number, not "%2".</source>
            <translation>--%1 只接受整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>Maintenance already ran on %1 (use --force to run it again).</source>
            <translation>%1 已执行过例行维护（如需再次执行，请使用 --force）。</translation>
        </message>
        <message>
            <source>Maintenance for %1: %2 expiry entries, %3 members reviewed, %4 tiers lowered.</source>
            <translation>%1 例行维护：%2 条积分过期记录，复核 %3 位会员，降级 %4 位。</translation>
        </message>
        <message>
            <source>--points is required (e.g. 200 or -50).</source>
            <translation>必须提供 --points（如 200 或 -50）。</translation>
        </message>
        <message>
            <source>--reason is required: say why the points are adjusted.</source>
            <translation>必须提供 --reason：请说明调整积分的原因。</translation>
        </message>
        <message>
            <source>Points of member %1 adjusted by %2: balance %3.</source>
            <translation>会员 %1 的积分已调整 %2：余额 %3。</translation>
        </message>
        <message>
            <source>--stock must be from 0 to %1.</source>
            <translation>--stock 必须在 0 到 %1 之间。</translation>
        </message>
        <message>
            <source>--active takes yes or no.</source>
            <translation>--active 只接受 yes 或 no。</translation>
        </message>
        <message>
            <source>--name and --points (the price in points) are required.</source>
            <translation>必须提供 --name 和 --points（兑换所需积分）。</translation>
        </message>
        <message>
            <source>Gift %1 added: %2 for %3 points, %4 in stock.</source>
            <translation>已添加礼品 %1：%2，需 %3 积分，库存 %4。</translation>
        </message>
        <message>
            <source>Give the number of the gift to edit.</source>
            <translation>请提供要编辑的礼品编号。</translation>
        </message>
        <message>
            <source>Gift %1 saved.</source>
            <translation>礼品 %1 已保存。</translation>
        </message>
        <message>
            <source>%1  %2  %3 points  stock %4%5
</source>
            <translation>%1  %2  %3 积分  库存 %4%5
</translation>
        </message>
        <message>
            <source>  (not offered)</source>
            <translation>  （已下架）</translation>
        </message>
        <message>
            <source>The gift catalogue is empty.</source>
            <translation>礼品目录为空。</translation>
        </message>
        <message>
            <source>Give the number of the gift to hand out.</source>
            <translation>请提供要兑换的礼品编号。</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points: balance %3, %4 left in stock.</source>
            <translation>已兑换 %1，扣除 %2 积分：余额 %3，库存剩余 %4。</translation>
        </message>
        <message>
            <source>--repeat takes a whole number from 1 to 100.</source>
            <translation>--repeat 只接受 1 到 100 之间的整数。</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded.</source>
            <translation>%1 无数据：没有任何会员消费、登记或积分变动记录。</translation>
        </message>
        <message>
            <source>%1 (computed in %2 ms)</source>
            <translation>%1（计算耗时 %2 毫秒）</translation>
        </message>
        <message>
            <source>  average ticket %1</source>
            <translation>  客单价 %1</translation>
        </message>
        <message>
            <source>  %1 active members, %2 new, repeat-purchase rate %3 %</source>
            <translation>  活跃会员 %1 位，新会员 %2 位，复购率 %3%</translation>
        </message>
        <message>
            <source>  points issued %1, redeemed %2, expired %3; outstanding %4 (liability %5)</source>
            <translation>  积分发放 %1，兑换 %2，过期 %3；积分余额 %4（负债 %5）</translation>
        </message>
        <message>
            <source>  %1 new VIPs, %2 members at risk</source>
            <translation>  新晋 VIP %1 位，有流失风险的会员 %2 位</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out report.pdf.</source>
            <translation>必须提供 --out：要写入的 PDF 文件，如 --out report.pdf。</translation>
        </message>
        <message>
            <source>Rendering a report needs the graphics libraries, which could not start.</source>
            <translation>生成报告需要图形库，但图形库无法启动。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>There was no data in that month; the report says so.</source>
            <translation>该月没有数据，报告中已注明。</translation>
        </message>
        <message>
            <source>Report summaries rebuilt (%1 rows differed before).</source>
            <translation>报表汇总数据已重建（重建前有 %1 行不一致）。</translation>
        </message>
        <message>
            <source>Give the backup file: backup FILE</source>
            <translation>请指定备份文件：backup FILE</translation>
        </message>
        <message>
            <source>Backup written and verified: %1 (%2 bytes).</source>
            <translation>备份已写入并校验：%1（%2 字节）。</translation>
        </message>
        <message>
            <source>Today's backup is already in %1.</source>
            <translation>今天的备份已在 %1 中。</translation>
        </message>
        <message>
            <source>Give the backup file: restore FILE</source>
            <translation>请指定备份文件：restore FILE</translation>
        </message>
        <message>
            <source>Restored from %1. The previous database was kept as %2.</source>
            <translation>已从 %1 恢复。原数据库已保留为 %2。</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01 or a time like 2026-05-01T14:30:00, not "%2".</source>
            <translation>--%1 必须是日期（如 2026-05-01）或时间（如 2026-05-01T14:30:00），而不是“%2”。</translation>
        </message>
        <message>
            <source>--limit, --offset and --user take whole numbers.</source>
            <translation>--limit、--offset 和 --user 只接受整数。</translation>
        </message>
        <message>
            <source>%1 of %2 entries.</source>
            <translation>共 %2 条，显示 %1 条。</translation>
        </message>
        <message>
            <source>Give the number of the member to anonymise.</source>
            <translation>请提供要匿名化的会员编号。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised; their purchases stay in the totals.</source>
            <translation>会员 %1 已匿名化；其消费仍计入统计总额。</translation>
        </message>
        <message>
            <source>--%1 must be a local time like 2026-12-05T18:30, not "%2".</source>
            <translation>--%1 必须是本地时间，例如 2026-12-05T18:30，而不是“%2”。</translation>
        </message>
        <message>
            <source>Give the number of the event (see event list).</source>
            <translation>请提供活动编号（参见 event list）。</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
        </message>
        <message>
            <source>--%1 takes a member number, not "%2".</source>
            <translation>--%1 需要会员编号，而不是“%2”。</translation>
        </message>
        <message>
            <source>There is no tier "%1". The tiers are: %2.</source>
            <translation>没有“%1”这个等级。现有等级：%2。</translation>
        </message>
        <message>
            <source>--type must be friends, butterflies, barnacles or strangers, not "%1".</source>
            <translation>--type 必须为 friends、butterflies、barnacles 或 strangers，而不是“%1”。</translation>
        </message>
        <message>
            <source>--segment must be champions, loyal, new, potential, at_risk or hibernating, not "%1".</source>
            <translation>--segment 必须为 champions、loyal、new、potential、at_risk 或 hibernating，而不是“%1”。</translation>
        </message>
        <message>
            <source>--min-p-alive must be a number from 0 to 1, e.g. 0.6.</source>
            <translation>--min-p-alive 必须是 0 到 1 之间的数，例如 0.6。</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>必须提供 --%1。</translation>
        </message>
        <message>
            <source>Event %1 planned: "%2", %3 to %4.</source>
            <translation>已安排活动 %1：“%2”，%3 至 %4。</translation>
        </message>
        <message>
            <source>Choose --upcoming or --past, not both.</source>
            <translation>请选择 --upcoming 或 --past，不能同时使用。</translation>
        </message>
        <message>
            <source>event list takes no arguments besides --upcoming or --past.</source>
            <translation>event list 除 --upcoming 或 --past 外不接受其他参数。</translation>
        </message>
        <message>
            <source>%1  %2  %3  invited %4, attended %5%6</source>
            <translation>%1  %2  %3  邀请 %4 人，出席 %5 人%6</translation>
        </message>
        <message>
            <source>(past)</source>
            <translation>（已结束）</translation>
        </message>
        <message>
            <source>No events.</source>
            <translation>没有活动。</translation>
        </message>
        <message>
            <source>Guests in total: %1 (already invited before: %2).</source>
            <translation>来宾总数：%1（此前已邀请：%2）。</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>已排除：</translation>
        </message>
        <message>
            <source>Give --card or --phone, not both.</source>
            <translation>请提供 --card 或 --phone，不能同时提供。</translation>
        </message>
        <message>
            <source>Give the code of the invitation's QR code (MD1.…), or --card / --phone with --event.</source>
            <translation>请提供邀请函二维码中的代码（MD1.…），或将 --card / --phone 与 --event 一起使用。</translation>
        </message>
        <message>
            <source>--event takes the number of the event being checked in.</source>
            <translation>--event 需要提供要签到的活动编号。</translation>
        </message>
        <message>
            <source>--card and --phone need --event: the event being checked in.</source>
            <translation>--card 和 --phone 需要配合 --event 使用：指定要签到的活动。</translation>
        </message>
        <message>
            <source>"%1": invited %2, attended %3.</source>
            <translation>“%1”：邀请 %2 人，出席 %3 人。</translation>
        </message>
        <message>
            <source>They spent %1 per member: %2 expected from the attendees anyway.</source>
            <translation>他们人均消费 %1：即到场来宾本来也会消费的预期金额为 %2。</translation>
        </message>
        <message>
            <source>Cost %1, extra revenue %2.</source>
            <translation>成本 %1，额外收入 %2。</translation>
        </message>
        <message>
            <source>Return on cost: %1%</source>
            <translation>投资回报率：%1%</translation>
        </message>
        <message>
            <source>Provisional: the week after the event ends on %1.</source>
            <translation>暂定：活动后一周的跟踪期至 %1 结束。</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8, gbk, big5 or utf-16.</source>
            <translation>--encoding 必须是 auto、utf-8、gbk、big5 或 utf-16。</translation>
        </message>
        <message>
            <source>Give the event number: event invitations EVENT_ID --out FILE.pdf.</source>
            <translation>请提供活动编号：event invitations EVENT_ID --out FILE.pdf。</translation>
        </message>
        <message>
            <source>"%1" is not an event number.</source>
            <translation>“%1”不是活动编号。</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out invitations.pdf.</source>
            <translation>必须提供 --out：要写入的 PDF 文件，例如 --out invitations.pdf。</translation>
        </message>
        <message>
            <source>Unknown layout "%1": use a4, a4-4up or a6.</source>
            <translation>未知的版式“%1”：请使用 a4、a4-4up 或 a6。</translation>
        </message>
        <message>
            <source>Rendering invitations needs the graphics libraries, which could not start.</source>
            <translation>生成邀请函需要图形库，但图形库无法启动。</translation>
        </message>
        <message>
            <source>No predictions: %1</source>
            <translation>未做任何预测：%1</translation>
        </message>
        <message>
            <source>The stored insight is for a later date (%1); it was kept.</source>
            <translation>已保存的会员分析日期较晚（%1），已予以保留。</translation>
        </message>
        <message>
            <source>No member insight has been computed yet; run `insight refresh`.</source>
            <translation>尚未进行会员分析；请运行 `insight refresh`。</translation>
        </message>
        <message>
            <source>The last insight computation (%1) failed: %2</source>
            <translation>最近一次会员分析（%1）失败：%2</translation>
        </message>
        <message>
            <source>--member must be a member id.</source>
            <translation>--member 必须是会员编号。</translation>
        </message>
        <message>
            <source>Member %1: %2, %3 (R %4, F %5, M %6).</source>
            <translation>会员 %1：%2，%3（R %4，F %5，M %6）。</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>无预测：%1</translation>
        </message>
        <message>
            <source>--members, --months, --purchases and --seed take whole numbers.</source>
            <translation>--members、--months、--purchases 和 --seed 必须是整数。</translation>
        </message>
        <message>
            <source>--purchases takes a number of purchases from 1.</source>
            <translation>--purchases 必须是不小于 1 的消费笔数。</translation>
        </message>
        <message>
            <source>--months takes a number of months from 1 to 120.</source>
            <translation>--months 必须是 1 到 120 之间的月数。</translation>
        </message>
        <message>
            <source>Use --create-members to create unknown members.</source>
            <translation>如需为未知会员新建档案，请使用 --create-members。</translation>
        </message>
        <message>
            <source>Upgrading the database from schema %1 to %2…</source>
            <translation>正在将数据库从结构版本 %1 升级到 %2…</translation>
        </message>
        <message numerus="yes">
            <source>Demo shop created: %1 members, %2 purchases over %Ln month(s) (visit rates × %3).</source>
            <translation>
                <numerusform>演示店铺已创建：%1 位会员，%Ln 个月内共 %2 笔消费（到店频率 × %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to do today.</source>
            <translation>
                <numerusform>今日待办 %Ln 项。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would invite %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>将邀请 %Ln 位会员参加“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invited %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>已邀请 %Ln 位会员参加“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>beyond --limit: %Ln member(s)</source>
            <translation>
                <numerusform>超出 --limit：%Ln 位会员</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attendees bought %Ln time(s) for %1 during the event and %2 in the following 7 days.</source>
            <translation>
                <numerusform>出席者在活动期间消费 %Ln 次，共 %1；活动结束后 7 天内消费 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1": %Ln guest(s) invited, %2 checked in.</source>
            <translation>
                <numerusform>“%1”：已邀请 %Ln 位来宾，%2 位已签到。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>……另有 %Ln 条。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>20/80: the top %Ln member(s) brought %1 of the spend; %2 of them could become VIPs.</source>
            <translation>
                <numerusform>20/80：消费最多的 %Ln 位会员贡献了 %1 的消费额；其中 %2 位有望成为 VIP。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln week(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>预计未来 %Ln 周内，全部 %1 位顾客合计再来消费 %2 天次（金额约 %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln day(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>预计未来 %Ln 天内，全部 %1 位顾客合计再来消费 %2 天次（金额约 %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln week(s), worth about %4.</source>
            <translation>
                <numerusform>会员 %1：仍会继续光顾的概率为 %2；预计未来 %Ln 周内有 %3 天来消费，金额约 %4。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln day(s), worth about %4.</source>
            <translation>
                <numerusform>会员 %1：仍会继续光顾的概率为 %2；预计未来 %Ln 天内有 %3 天来消费，金额约 %4。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming:</source>
            <translation>
                <numerusform>%Ln 位高价值会员可能已不再光顾：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member insight as of %1 (%Ln member(s), computed %2):</source>
            <translation>
                <numerusform>截至 %1 的会员分析（%Ln 位会员，计算于 %2）：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln member(s), %2</source>
            <translation>
                <numerusform>%1：%Ln 位会员，%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1 has no purchases in the %Ln day(s) up to %2.</source>
            <translation>
                <numerusform>会员 %1 在截至 %2 的 %Ln 天内没有消费。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still a customer with probability %1; %2 expected in the next %Ln week(s).</source>
            <translation>
                <numerusform>仍是顾客的概率为 %1；预计未来 %Ln 周内消费 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln invitation(s) for “%1” to %2</source>
            <translation>
                <numerusform>已将“%1”的 %Ln 份邀请函写入 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln page(s), %1).</source>
            <translation>
                <numerusform>（%Ln 页，%1）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) of anonymised members were left out.</source>
            <translation>
                <numerusform>已略过 %Ln 份属于已匿名化会员的邀请函。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  member sales %1 in %Ln purchase(s)</source>
            <translation>
                <numerusform>  会员销售额 %1，共 %Ln 笔消费</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the monthly report for %1 to %2 (%Ln page(s)).</source>
            <translation>
                <numerusform>已将 %1 的月度报告写入 %2（共 %Ln 页）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup written and verified: %1 (%2 bytes); %Ln old backup(s) removed.</source>
            <translation>
                <numerusform>备份已写入并校验：%1（%2 字节）；已删除 %Ln 个旧备份。</numerusform>
            </translation>
        </message>
        <message>
            <source>The option --%1 was given more than once.</source>
            <translation>选项 --%1 重复给出了多次。</translation>
        </message>
        <message>
            <source>--%1 cannot be after today (%2): only what has happened can be analysed.</source>
            <translation>--%1 不能晚于今天（%2）：只能分析已经发生的数据。</translation>
        </message>
        <message>
            <source>Name the member one way only: by number, --card or --phone.</source>
            <translation>请只用一种方式指定会员：会员编号、--card 或 --phone。</translation>
        </message>
        <message>
            <source>The option %1 was given more than once.</source>
            <translation>选项 %1 重复给出了多次。</translation>
        </message>
        <message>
            <source>No command given. Run memberdesk-cli help for the list.</source>
            <translation>没有给出命令。运行 memberdesk-cli help 查看命令列表。</translation>
        </message>
        <message>
            <source>"%1" needs one of: %2. Run memberdesk-cli help for the list.</source>
            <translation>“%1”后面需要一个子命令：%2。运行 memberdesk-cli help 查看完整列表。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) were already recorded (same member, time and amount) and were skipped.</source>
            <translation>
                <numerusform>%Ln 笔消费已经记录过（会员、时间和金额都相同），已跳过。</numerusform>
            </translation>
        </message>
        <message>
            <source>The day's points expiry and tier review did not run: %1</source>
            <translation>当天的积分过期处理和等级复核未能执行：%1</translation>
        </message>
        <message>
            <source>The day's maintenance ran first: %1 expiry entries, %2 tiers lowered.</source>
            <translation>已先执行当天的例行维护：%1 条积分过期记录，%2 个等级下调。</translation>
        </message>
        <message>
            <source>Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
            <translation>请指定日期格式，如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy。</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2: `restore %1` puts it in place (purchases after that day must be entered again).</source>
            <translation>最新的可用备份是 %2 的 %1：用 `restore %1` 即可恢复（此日之后的消费需要重新录入）。</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>查找失败：%1</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>已跳过：</translation>
        </message>
    </context>
    <context>
        <name>ClvModels</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>建模截止日不是有效日期。</translation>
        </message>
        <message>
            <source>There are no purchases yet: lifetime value needs purchase history.</source>
            <translation>还没有消费记录：预测顾客终身价值需要消费历史。</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>建模截止日 %1 早于第一笔消费（%2）。</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1（第 %2 列）</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>第 %1 列</translation>
        </message>
        <message>
            <source>--map needs FIELD=COLUMN (e.g. amount=3 or phone=手机), not "%1".</source>
            <translation>--map 的格式应为 FIELD=COLUMN（字段=列，如 amount=3 或 phone=手机），而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in --map. The fields are: %2.</source>
            <translation>--map 中有未知字段“%1”。可用字段为：%2。</translation>
        </message>
        <message>
            <source>Column numbers in --map start at 1 (got %1).</source>
            <translation>--map 中的列号从 1 开始（收到的是 %1）。</translation>
        </message>
        <message>
            <source>--map %1=%2 names a column, but the file has no header: use the column number.</source>
            <translation>--map %1=%2 指定的是列名，但文件没有表头：请改用列号。</translation>
        </message>
        <message>
            <source>--map %1=%2: the file has no column "%2". Its columns are: %3.</source>
            <translation>--map %1=%2：文件中没有“%2”列。现有的列为：%3。</translation>
        </message>
        <message>
            <source>The file has no column that names the member (member_ref, 会员号, card or phone). Use --map member_ref=COLUMN.</source>
            <translation>文件中没有用于识别会员的列（member_ref、会员号、card 或 phone）。请使用 --map member_ref=COLUMN 指定。</translation>
        </message>
        <message>
            <source>The file has no column for "%1" (a header such as %2). Use --map %1=COLUMN.</source>
            <translation>文件中没有“%1”列（表头如 %2）。请使用 --map %1=COLUMN 指定。</translation>
        </message>
        <message>
            <source>"%1" is not a gender (use m, f, 男 or 女).</source>
            <translation>“%1”不是有效的性别（请使用 m、f、男 或 女）。</translation>
        </message>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>“%1”不是有效的是/否值。</translation>
        </message>
        <message>
            <source>Points, tier and totals are not imported: they are rebuilt from the purchases (import the purchase history after the members).</source>
            <translation>积分、等级和累计金额不导入：它们会根据消费记录重新计算（请在导入会员之后导入消费记录）。</translation>
        </message>
        <message>
            <source>Points and tier are not imported: each purchase earns them by the current loyalty rules.</source>
            <translation>积分和等级不导入：每笔消费按当前会员方案重新计算。</translation>
        </message>
        <message numerus="yes">
            <source>--map %1=%2: the file has only %Ln column(s).</source>
            <translation>
                <numerusform>--map %1=%2：文件只有 %Ln 列。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>导出已取消，未写入任何文件。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file starts with a UTF-8 byte order mark, but %1 was asked for. Use --encoding utf-8 (or auto).</source>
            <translation>文件以 UTF-8 字节顺序标记开头，但指定的编码是 %1。请使用 --encoding utf-8（或 auto）。</translation>
        </message>
        <message>
            <source>The file starts with a UTF-16 byte order mark, but %1 was asked for.</source>
            <translation>文件以 UTF-16 字节顺序标记开头，但指定的编码是 %1。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-16.</source>
            <translation>第 %1 行不是有效的 UTF-16。</translation>
        </message>
        <message>
            <source>The file has no UTF-16 byte order mark; save it again as "Unicode text" or as UTF-8.</source>
            <translation>文件没有 UTF-16 字节顺序标记；请重新另存为“Unicode 文本”或 UTF-8。</translation>
        </message>
        <message>
            <source>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16 without a byte order mark).</source>
            <translation>第 %1 行包含 NUL 字节：这不是文本文件（或者是没有字节顺序标记的 UTF-16 文件）。</translation>
        </message>
        <message>
            <source>Line %1 is not valid GBK/GB18030 text.</source>
            <translation>第 %1 行不是有效的 GBK/GB18030 文本。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 while the rest of the file is: the file mixes encodings or is damaged. Fix that line, or save the whole file in one encoding.</source>
            <translation>第 %1 行不是有效的 UTF-8，而文件其余部分是：文件混用了多种编码或已损坏。请修正该行，或将整个文件以同一种编码保存。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8. If the file came from Excel, try --encoding gbk.</source>
            <translation>第 %1 行不是有效的 UTF-8。如果文件来自 Excel，请尝试 --encoding gbk。</translation>
        </message>
        <message>
            <source>The quote opened on line %1 is never closed.</source>
            <translation>第 %1 行开始的引号没有闭合。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than 1 GB; split it into smaller files.</source>
            <translation>%1 超过 1 GB，请拆分成较小的文件。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <source>Line %1 is not valid Big5 text.</source>
            <translation>第 %1 行不是有效的 Big5 文本。</translation>
        </message>
        <message>
            <source>Line %1 is neither UTF-8, GBK nor Big5 text. Save the file as UTF-8 and try again.</source>
            <translation>第 %1 行既不是 UTF-8，也不是 GBK 或 Big5 文本。请将文件另存为 UTF-8 后重试。</translation>
        </message>
        <message numerus="yes">
            <source>Field %1 is longer than %Ln character(s).</source>
            <translation>
                <numerusform>第 %1 个字段超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record has more than %Ln field(s).</source>
            <translation>
                <numerusform>该记录的字段超过 %Ln 个。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerSummaries</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>建模截止日不是有效日期。</translation>
        </message>
        <message>
            <source>There are no purchases to learn from yet.</source>
            <translation>还没有可供分析的消费记录。</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>建模截止日 %1 早于第一笔消费（%2）。</translation>
        </message>
    </context>
    <context>
        <name>DailyMaintenance</name>
        <message>
            <source>Today's points expiry was stopped after %1 of %2 lapsed credits; the rest is done at the next run.</source>
            <translation>今天的积分过期处理在 %2 笔中的第 %1 笔后停止；其余部分在下次运行时完成。</translation>
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
        <name>DatabaseUpgrade</name>
        <message>
            <source>Upgrading the member database for this version of MemberDesk…</source>
            <translation>正在为此版本的会员管家升级会员数据库…</translation>
        </message>
        <message>
            <source>Schema %1 to %2. A large shop's database can take a minute: please wait, and leave the computer on. If it is interrupted, nothing is lost and the upgrade runs again at the next start.</source>
            <translation>数据结构版本 %1 → %2。大店的数据库可能需要一分钟左右，请稍候，不要关闭电脑。即使中途中断也不会丢失数据，下次启动时会重新升级。</translation>
        </message>
    </context>
    <context>
        <name>DateReader</name>
        <message>
            <source>"%1" is not a date (write it as 2024-05-17, 2024/5/17 or 20240517).</source>
            <translation>“%1”不是有效日期（请写成 2024-05-17、2024/5/17 或 20240517）。</translation>
        </message>
        <message>
            <source>"%1" does not match the date format %2.</source>
            <translation>“%1”与日期格式 %2 不符。</translation>
        </message>
        <message>
            <source>The date %1 is out of range.</source>
            <translation>日期 %1 超出范围。</translation>
        </message>
        <message>
            <source>"%1": day and month cannot be told apart.</source>
            <translation>“%1”：无法区分日和月。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Give the file's date format (day/month/year or month/day/year).</source>
            <translation>请指定文件的日期格式（日/月/年 或 月/日/年）。</translation>
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
        <message>
            <source>The demo could not reach exactly %1 purchases.</source>
            <translation>演示数据无法恰好生成 %1 笔消费。</translation>
        </message>
        <message>
            <source>The demo's purchase target must be from 1 to 200,000,000 (0: no target).</source>
            <translation>演示的消费笔数目标必须在 1 到 200,000,000 之间（0 表示不设目标）。</translation>
        </message>
        <message>
            <source>The demo made %1 purchases instead of the %2 planned.</source>
            <translation>演示数据生成了 %1 笔消费，而不是计划的 %2 笔。</translation>
        </message>
        <message numerus="yes">
            <source>The demo's %1 members cannot make %2 purchases over %Ln month(s): from %3 to %4 can be made. Choose another number of purchases, members or months.</source>
            <translation>
                <numerusform>演示的 %1 位会员无法在 %Ln 个月内产生 %2 笔消费：可生成的范围是 %3 到 %4 笔。请换一个消费笔数、会员数或月数。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillDown</name>
        <message>
            <source>A weekday runs from Monday to Sunday and an hour from 0 to 23.</source>
            <translation>星期须为周一到周日，小时须为 0 到 23。</translation>
        </message>
        <message>
            <source>The number of top spenders cannot be negative.</source>
            <translation>消费最高会员的人数不能为负数。</translation>
        </message>
        <message>
            <source>Unknown kind of list.</source>
            <translation>未知的列表类型。</translation>
        </message>
        <message>
            <source>No month was given.</source>
            <translation>未指定月份。</translation>
        </message>
        <message>
            <source>A list starts at row 0 and shows zero or more rows.</source>
            <translation>列表从第 0 行开始，显示零行或多行。</translation>
        </message>
        <message>
            <source>Member purchases of %1</source>
            <translation>%1 的会员消费</translation>
        </message>
        <message>
            <source>New members who bought in %1</source>
            <translation>%1 有消费的新会员</translation>
        </message>
        <message>
            <source>Returning members who bought in %1</source>
            <translation>%1 有消费的老会员</translation>
        </message>
        <message>
            <source>Members at %1 at the end of %2</source>
            <translation>%2 末等级为 %1 的会员</translation>
        </message>
        <message>
            <source>Purchases at %1 in %2</source>
            <translation>%2 等级为 %1 的消费</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln biggest spender(s) of %1</source>
            <translation>
                <numerusform>%1 消费最高的 %Ln 位会员</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 purchases, %2:00–%3:00, %4</source>
            <comment>weekday, hour range, month</comment>
            <translation>%1 %2:00–%3:00 的消费，%4</translation>
        </message>
        <message>
            <source>Purchase time</source>
            <translation>消费时间</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>消费时等级</translation>
        </message>
        <message>
            <source>Paid (yuan)</source>
            <translation>实付（元）</translation>
        </message>
        <message>
            <source>Purchase number</source>
            <translation>消费编号</translation>
        </message>
        <message>
            <source>Purchases in the month</source>
            <translation>本月消费笔数</translation>
        </message>
        <message>
            <source>Sales in the month (yuan)</source>
            <translation>本月销售额（元）</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>Last purchase in the month</source>
            <translation>当月最近一次消费</translation>
        </message>
    </context>
    <context>
        <name>EventCheckIn</name>
        <message>
            <source>This invitation is for "%1" on %2, not for "%3".</source>
            <translation>此邀请函适用于 %2 的“%1”，而不是“%3”。</translation>
        </message>
        <message>
            <source>This invitation is for another event that no longer exists, not for "%1".</source>
            <translation>此邀请函适用于另一个已不存在的活动，而不是“%1”。</translation>
        </message>
        <message>
            <source>The invitation could not be read.</source>
            <translation>无法读取邀请函。</translation>
        </message>
        <message>
            <source>%1's invitation to "%2" was withdrawn.</source>
            <translation>已撤回 %1 参加“%2”的邀请函。</translation>
        </message>
        <message>
            <source>This invitation to "%1" was withdrawn.</source>
            <translation>“%1”的这份邀请函已撤回。</translation>
        </message>
        <message>
            <source>Scan a member card or type a phone number.</source>
            <translation>请扫描会员卡或输入手机号。</translation>
        </message>
        <message>
            <source>No member has the card or phone number "%1".</source>
            <translation>没有卡号或手机号为“%1”的会员。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化会员）</translation>
        </message>
        <message>
            <source>%1 is not invited to "%2".</source>
            <translation>%1 未受邀参加“%2”。</translation>
        </message>
        <message>
            <source>%1 already checked in at %2.</source>
            <translation>%1 已于 %2 签到。</translation>
        </message>
        <message>
            <source>%1 already checked in at %2 (recorded by %3).</source>
            <translation>%1 已于 %2 签到（由 %3 登记）。</translation>
        </message>
        <message>
            <source>Check-in for "%1" opens at %2.</source>
            <translation>“%1”的签到将于 %2 开始。</translation>
        </message>
        <message>
            <source>"%1" ended on %2; check-in is closed.</source>
            <translation>“%1”已于 %2 结束，签到已关闭。</translation>
        </message>
        <message>
            <source>Welcome, %1 (%2)!</source>
            <translation>欢迎，%1（%2）！</translation>
        </message>
    </context>
    <context>
        <name>EventInvitationDocument</name>
        <message>
            <source>The invitation text of “%1” cannot be used:
%2</source>
            <translation>“%1”的邀请函文字无法使用：
%2</translation>
        </message>
        <message>
            <source>“%1” has no invitations yet: invite guests first.</source>
            <translation>“%1”还没有邀请函：请先邀请来宾。</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has no invitations left to print: its %Ln guest(s) were anonymised.</source>
            <translation>
                <numerusform>“%1”已没有可打印的邀请函：其 %Ln 位来宾均已匿名化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventInvitations</name>
        <message>
            <source>"%1" ended on %2; invitations can no longer be sent.</source>
            <translation>“%1”已于 %2 结束，无法再发送邀请函。</translation>
        </message>
        <message>
            <source>The number of guests to invite must be at least 1.</source>
            <translation>邀请人数至少为 1。</translation>
        </message>
        <message>
            <source>The guest list has not been loaded yet.</source>
            <translation>来宾名单尚未加载。</translation>
        </message>
        <message>
            <source>Member %1 has no invitation to this event.</source>
            <translation>会员 %1 没有此活动的邀请函。</translation>
        </message>
        <message>
            <source>Member %1 has already checked in; the invitation is kept as the record of attendance.</source>
            <translation>会员 %1 已签到；邀请函将保留作为出席记录。</translation>
        </message>
    </context>
    <context>
        <name>EventRoi</name>
        <message>
            <source>There is no comparable group of members who were not invited; the whole revenue of the attendees is counted as gained.</source>
            <translation>没有可作对比的未受邀会员群体；到场来宾的全部收入都计为新增收入。</translation>
        </message>
        <message>
            <source>The event cost nothing, so a return on its cost cannot be computed.</source>
            <translation>该活动没有费用，因此无法计算投资回报率。</translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) who matched the guest filter but were not invited.</source>
            <translation>
                <numerusform>对照组：符合来宾筛选条件、同意接收营销信息但未受邀的 %Ln 位会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) of the attendees' tiers who were not invited.</source>
            <translation>
                <numerusform>对照组：与出席者同等级、同意接收营销信息但未受邀的 %Ln 位会员。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventService</name>
        <message>
            <source>The saved guest filter could not be read: %1</source>
            <translation>无法读取已保存的来宾筛选条件：%1</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>请填写活动标题。</translation>
        </message>
        <message>
            <source>Choose when the event starts.</source>
            <translation>请选择活动开始时间。</translation>
        </message>
        <message>
            <source>Choose when the event ends.</source>
            <translation>请选择活动结束时间。</translation>
        </message>
        <message>
            <source>The event must end after it starts (it starts %1, ends %2).</source>
            <translation>活动的结束时间必须晚于开始时间（开始：%1，结束：%2）。</translation>
        </message>
        <message>
            <source>The cost cannot be negative.</source>
            <translation>费用不能为负数。</translation>
        </message>
        <message>
            <source>The cost is implausibly high; enter it in yuan (at most ¥100,000,000).</source>
            <translation>费用高得不合理；请以元为单位输入（最多 ¥100,000,000）。</translation>
        </message>
        <message>
            <source>The capacity must be from 1 to %1 guests, or left empty for no limit.</source>
            <translation>人数上限必须为 1 到 %1 位来宾；留空表示不限。</translation>
        </message>
        <message>
            <source>There is no event with number %1.</source>
            <translation>没有编号为 %1 的活动。</translation>
        </message>
        <message numerus="yes">
            <source>The title is longer than %Ln character(s).</source>
            <translation>
                <numerusform>标题超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The place is longer than %Ln character(s).</source>
            <translation>
                <numerusform>地点超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>描述超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The offer is longer than %Ln character(s).</source>
            <translation>
                <numerusform>优惠内容超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The invitation text is longer than %Ln character(s).</source>
            <translation>
                <numerusform>邀请函文字超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s) are already invited; the capacity cannot be lower than that.</source>
            <translation>
                <numerusform>已邀请 %Ln 位来宾，名额不能少于此数。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" has %Ln invitation(s); an event with invitations is kept as the record of what it cost and brought. Change its date or title instead.</source>
            <translation>
                <numerusform>“%1”已有 %Ln 份邀请函；发出过邀请函的活动会保留下来，作为其成本和收益的记录。请改为修改其日期或标题。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GammaGamma</name>
        <message>
            <source>The spend model did not converge on this history (the optimiser stopped without a best fit); no values are predicted.</source>
            <translation>消费金额模型无法根据现有消费记录得出稳定结果（计算在找到最佳拟合前就停止了），因此不预测金额。</translation>
        </message>
        <message>
            <source>The spend model did not converge on this history; no values are predicted.</source>
            <translation>消费金额模型无法根据现有消费记录得出稳定结果，因此不预测金额。</translation>
        </message>
        <message>
            <source>The spend model has no finite mean (q ≤ 1); average spend cannot be predicted.</source>
            <translation>消费金额模型的平均值不存在（q ≤ 1），无法预测平均消费额。</translation>
        </message>
        <message>
            <source>The discount rate must be zero or more.</source>
            <translation>折现率不能为负数。</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>预测值超出范围。</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to model spend: %Ln customer(s) have repeat purchases with a value; at least 2 are needed.</source>
            <translation>
                <numerusform>历史数据太少，无法建立消费金额模型：只有 %Ln 位顾客有带金额的重复消费，至少需要 2 位。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftCatalog</name>
        <message>
            <source>Give the gift a name.</source>
            <translation>请填写礼品名称。</translation>
        </message>
        <message>
            <source>The points price must be from 1 to %1.</source>
            <translation>兑换所需积分必须在 1 到 %1 之间。</translation>
        </message>
        <message>
            <source>The stock must be from 0 to %1.</source>
            <translation>库存必须在 0 到 %1 之间。</translation>
        </message>
        <message>
            <source>There is no gift with number %1.</source>
            <translation>不存在编号为 %1 的礼品。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be used.</source>
            <translation>该会员已应本人要求匿名化，无法使用其积分。</translation>
        </message>
        <message>
            <source>"%1" is no longer offered.</source>
            <translation>“%1”已下架。</translation>
        </message>
        <message>
            <source>"%1" is out of stock.</source>
            <translation>“%1”已无库存。</translation>
        </message>
        <message numerus="yes">
            <source>The gift's name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>礼品名称超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" costs %2 points; %3 has only %Ln point(s) available.</source>
            <translation>
                <numerusform>“%1”需要 %2 积分，而 %3 只有 %Ln 积分可用。</numerusform>
            </translation>
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
        <name>Honorific</name>
        <message>
            <source>Mr %1</source>
            <extracomment>A man's name with the polite form of address; Chinese puts 先生 after the name: "%1先生".</extracomment>
            <translation>%1先生</translation>
        </message>
        <message>
            <source>Ms %1</source>
            <extracomment>A woman's name with the polite form of address; Chinese puts 女士 after the name: "%1女士".</extracomment>
            <translation>%1女士</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewReader</name>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
    </context>
    <context>
        <name>ImportRows</name>
        <message>
            <source>Line %1 (the header): %2</source>
            <translation>第 %1 行（表头）：%2</translation>
        </message>
        <message>
            <source>The row has %1 column(s) where %2 are expected; check its quotes and delimiters.</source>
            <translation>该行有 %1 列，应为 %2 列；请检查引号和分隔符。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>导入已取消，未写入任何数据。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>The computation was stopped.</source>
            <translation>计算已停止。</translation>
        </message>
        <message>
            <source>The prediction horizon must be at least one week.</source>
            <translation>预测期长度至少须为一周。</translation>
        </message>
        <message>
            <source>The lifetime-value model gave no usable prediction.</source>
            <translation>终身价值模型未得出可用的预测结果。</translation>
        </message>
    </context>
    <context>
        <name>InsightThresholds</name>
        <message>
            <source>The profit threshold cannot be negative.</source>
            <translation>利润阈值不能为负数。</translation>
        </message>
        <message>
            <source>The loyalty threshold must be zero or more.</source>
            <translation>忠诚度阈值必须大于或等于零。</translation>
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
        <message>
            <source>Gift redemption %1 does not match its points entry (%2).</source>
            <translation>礼品兑换记录 %1 与对应的积分流水不一致（%2）。</translation>
        </message>
        <message>
            <source>Tier %1: the kept member count does not match a recount (%2).</source>
            <translation>等级 %1：保存的会员人数与重新统计的结果不一致（%2）。</translation>
        </message>
        <message>
            <source>Spend bucket %1 (month, lowest fen): the kept members/spend do not match a recount of the month's member summaries (%2).</source>
            <translation>消费分档 %1（月份，最低金额/分）：保存的会员数/消费额与按当月会员汇总重新统计的结果不一致（%2）。</translation>
        </message>
    </context>
    <context>
        <name>InvitationRenderer</name>
        <message>
            <source>INVITATION</source>
            <comment>small heading above the invitation's headline</comment>
            <translation>邀请函</translation>
        </message>
        <message>
            <source>Scan at the door to check in</source>
            <translation>入场时出示二维码签到</translation>
        </message>
        <message>
            <source>%1 member</source>
            <comment>tier line on the invitation, e.g. 金卡会员</comment>
            <translation>%1会员</translation>
        </message>
        <message>
            <source>A4, one per page</source>
            <translation>A4，每页一张</translation>
        </message>
        <message>
            <source>A4, four cards per page (with crop marks)</source>
            <translation>A4，每页四张（带裁切线）</translation>
        </message>
        <message>
            <source>A6 postcard</source>
            <translation>A6 明信片</translation>
        </message>
        <message>
            <source>There are no invitations to print: invite members to the event first.</source>
            <translation>没有可打印的邀请函：请先邀请会员参加活动。</translation>
        </message>
        <message>
            <source>The invitation text cannot be used:
%1</source>
            <translation>邀请函文字无法使用：
%1</translation>
        </message>
        <message>
            <source>The invitation for %1 has no check-in code. Invite the member again.</source>
            <translation>%1 的邀请函没有签到码。请重新邀请该会员。</translation>
        </message>
        <message>
            <source>The check-in code for %1 cannot be printed: %2</source>
            <translation>无法打印 %1 的签到码：%2</translation>
        </message>
        <message>
            <source>The card number of %1 cannot be printed: %2</source>
            <translation>无法打印 %1 的卡号：%2</translation>
        </message>
        <message>
            <source>Wang Fang</source>
            <comment>a typical member name shown in the invitation preview (王芳)</comment>
            <translation>王芳</translation>
        </message>
        <message>
            <source>Gold</source>
            <comment>sample tier name in the invitation preview (金卡)</comment>
            <translation>金卡</translation>
        </message>
        <message>
            <source>Cannot write the invitations (is the folder writable and the file not open elsewhere?).</source>
            <translation>无法写入邀请函（请确认文件夹可写入，且文件未在其他程序中打开）。</translation>
        </message>
        <message>
            <source>Cannot add a page to the invitations.</source>
            <translation>无法为邀请函添加新页面。</translation>
        </message>
        <message>
            <source>Printing the invitations was cancelled.</source>
            <translation>已取消打印邀请函。</translation>
        </message>
        <message>
            <source>Cannot finish writing the invitations.</source>
            <translation>无法完成邀请函的写入。</translation>
        </message>
        <message>
            <source>Choose a file to save the invitations to.</source>
            <translation>请选择用于保存邀请函的文件。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>文件夹 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name ending in .pdf.</source>
            <translation>%1 是文件夹：请提供以 .pdf 结尾的文件名。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>%1 — invitations</source>
            <translation>%1 — 邀请函</translation>
        </message>
    </context>
    <context>
        <name>InvitationTemplate</name>
        <message>
            <source>Line %1: “}” closes nothing. Write }} to print a brace.</source>
            <translation>第 %1 行：“}”前面没有对应的左大括号。如需在邀请函中显示大括号，请写 }}。</translation>
        </message>
        <message>
            <source>Line %1: “{” is not closed. Write {{ to print a brace, or finish the placeholder, e.g. {name}.</source>
            <translation>第 %1 行：“{”没有闭合。如需在邀请函中显示大括号，请写 {{；否则请补全占位符，例如 {name}。</translation>
        </message>
        <message>
            <source>Line %1: “{}” is an empty placeholder. Use one of %2.</source>
            <translation>第 %1 行：“{}”是空的占位符。请使用以下之一：%2。</translation>
        </message>
        <message>
            <source>Line %1: unknown placeholder {%2}. Use one of %3.</source>
            <translation>第 %1 行：未知的占位符 {%2}。请使用以下之一：%3。</translation>
        </message>
        <message>
            <source>Member's name</source>
            <translation>会员姓名</translation>
        </message>
        <message>
            <source>Member's tier</source>
            <translation>会员等级</translation>
        </message>
        <message>
            <source>Member's card number</source>
            <translation>会员卡号</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <source>Event date</source>
            <translation>活动日期</translation>
        </message>
        <message>
            <source>Event time (start–end)</source>
            <translation>活动时间（开始–结束）</translation>
        </message>
        <message>
            <source>Event place</source>
            <translation>活动地点</translation>
        </message>
        <message>
            <source>The offer for guests</source>
            <translation>嘉宾专享优惠</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>店名</translation>
        </message>
        <message>
            <source>You are invited: {event}

Dear {honorific} {name},

Thank you for your loyalty to {store}. As one of our valued {tier} members, you are warmly invited to an event held for our best customers.

&gt; Date: {date}
&gt; Time: {time}
&gt; Place: {place}
&gt; Your offer: {offer}

We look forward to seeing you.</source>
            <comment>default invitation template; keep the {placeholders} as they are (their order may change), keep the "&gt; " at the start of the detail lines</comment>
            <translation>诚邀您参加：{event}

尊敬的{name}{honorific}：

感谢您一直以来对{store}的支持。您是本店尊贵的会员（{tier}），我们诚挚地邀请您参加专为重要顾客举办的活动。

&gt; 日期：{date}
&gt; 时间：{time}
&gt; 地点：{place}
&gt; 您的专属优惠：{offer}

期待您的光临。</translation>
        </message>
        <message>
            <source>The invitation text is empty. Write it, or restore the default text.</source>
            <translation>邀请函文字为空。请填写内容，或恢复默认文字。</translation>
        </message>
        <message>
            <source>Mr</source>
            <comment>honorific for a man (先生)</comment>
            <translation>先生</translation>
        </message>
        <message>
            <source>Ms</source>
            <comment>honorific for a woman (女士)</comment>
            <translation>女士</translation>
        </message>
        <message>
            <source>Mx</source>
            <comment>neutral honorific when the member's gender is unknown (贵宾)</comment>
            <translation>贵宾</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of dates</comment>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <comment>a range of times on one day</comment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of times ending on another day</comment>
            <translation>%1 至 %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more problem(s).</source>
            <translation>
                <numerusform>…另有 %Ln 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <source>Mr / Ms, by gender</source>
            <translation>先生/女士（按性别）</translation>
        </message>
    </context>
    <context>
        <name>InvitationToken</name>
        <message>
            <source>This is not a MemberDesk invitation code (it may be damaged or misread). Scan it again or look the guest up by card or phone.</source>
            <translation>这不是会员管家的邀请码（可能已损坏或识别有误）。请重新扫描，或按卡号或手机号查找来宾。</translation>
        </message>
        <message>
            <source>This invitation code is not valid: it was not issued by this shop or was altered.</source>
            <translation>此邀请码无效：不是本店发出的，或已被篡改。</translation>
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
        <message>
            <source>%1.name must be text.</source>
            <translation>%1.name 必须是文本。</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be from 0 to %2.</source>
            <translation>%1.threshold_fen 必须在 0 到 %2 之间。</translation>
        </message>
        <message>
            <source>expiry must be an object with mode (and months).</source>
            <translation>expiry 必须是包含 mode（及 months）的对象。</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyTypes</name>
        <message>
            <source>The loyalty threshold must be a number.</source>
            <translation>忠诚度阈值必须是数字。</translation>
        </message>
        <message>
            <source>Friends</source>
            <translation>知己</translation>
        </message>
        <message>
            <source>Butterflies</source>
            <translation>蝴蝶</translation>
        </message>
        <message>
            <source>Barnacles</source>
            <translation>藤壶</translation>
        </message>
        <message>
            <source>Strangers</source>
            <translation>过客</translation>
        </message>
        <message>
            <source>Keep them close: thank them personally, reward their loyalty and invite them to member events.</source>
            <translation>重点维系：亲自表达感谢，回馈他们的忠诚，并邀请他们参加会员活动。</translation>
        </message>
        <message>
            <source>Enjoy them while they are here: make well-timed offers when they visit, but do not spend much on keeping them.</source>
            <translation>来了就好好把握：他们光顾时适时推出优惠，但不必花太多成本去挽留。</translation>
        </message>
        <message>
            <source>Grow their basket: suggest add-ons and higher-margin goods rather than deeper discounts.</source>
            <translation>提高客单价：推荐搭配商品和利润更高的商品，而不是加大折扣。</translation>
        </message>
        <message>
            <source>Serve them well at the counter but spend no marketing money on them.</source>
            <translation>在收银台用心服务，但不必为他们投入营销费用。</translation>
        </message>
    </context>
    <context>
        <name>MemberAdvice</name>
        <message>
            <source>Among your best customers lately, but not regular: thank them and make a well-timed offer when they visit; do not spend much on keeping them.</source>
            <translation>最近是您的最佳顾客之一，但并不固定光顾：表示感谢，来店时适时给优惠；不必在留住他们上多花钱。</translation>
        </message>
        <message>
            <source>They come often and spend a lot, on thin margins: thank them personally and steer them to higher-margin goods rather than deeper discounts.</source>
            <translation>来得勤、花得多，但利润薄：亲自致谢，引导他们选购利润更高的商品，而不是给更大的折扣。</translation>
        </message>
        <message>
            <source>Buying a lot lately, on thin margins and without a habit yet: thank them at the counter, without extra discounts.</source>
            <translation>最近买得多，但利润薄、还没养成习惯：在柜台表示感谢即可，不另加折扣。</translation>
        </message>
        <message>
            <source>Coming often lately, which is new for them: welcome it with a well-timed offer rather than a lasting discount.</source>
            <translation>最近来得勤，这对他们是新变化：用一次适时的优惠鼓励，而不是长期折扣。</translation>
        </message>
        <message>
            <source>They come often but spend little: serve them well and suggest add-ons; spend no marketing money on them.</source>
            <translation>来得勤但花得少：服务好并推荐加购；不必在他们身上花营销费用。</translation>
        </message>
        <message>
            <source>Recent, but small and occasional: serve them well at the counter; general promotions only, no offer of their own.</source>
            <translation>最近来过，但消费少且不常来：在柜台服务好即可；只参加普通促销，不单独给优惠。</translation>
        </message>
        <message>
            <source>A valued regular who has not come lately: contact them personally; a win-back offer is worth it.</source>
            <translation>重要的老顾客最近没来：请亲自联系，值得给一份挽回优惠。</translation>
        </message>
        <message>
            <source>A good spender who comes and goes has not come lately: one well-timed offer at most; do not chase them.</source>
            <translation>消费高但来去不定的顾客最近没来：最多发一次时机合适的优惠，不必追着挽回。</translation>
        </message>
        <message>
            <source>A loyal small spender who has not come lately: a friendly reminder is enough, not a deep discount.</source>
            <translation>常来但消费不多的顾客最近没来：友好地提醒一下就够了，不必给大折扣。</translation>
        </message>
        <message>
            <source>Not seen lately, and never worth much marketing: include them in general promotions only.</source>
            <translation>最近没来，且一向不值得多投入营销：只纳入普通促销即可。</translation>
        </message>
        <message>
            <source>A good customer who has gone quiet: a personal call may bring them back.</source>
            <translation>曾经的好顾客已沉寂一段时间：亲自打个电话，也许能把他们请回来。</translation>
        </message>
        <message>
            <source>One visit so far: too early to tell whether they come back.</source>
            <translation>目前只来过一次：还无法判断是否会再来。</translation>
        </message>
    </context>
    <context>
        <name>MemberImporter</name>
        <message>
            <source>The name is empty.</source>
            <translation>未填写姓名。</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>姓名包含控制字符。</translation>
        </message>
        <message>
            <source>The birthday %1 is in the future.</source>
            <translation>生日 %1 是将来的日期。</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>卡号 %1 的校验位错误，可能是输错了。</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>旧系统编号超过 64 个字符。</translation>
        </message>
        <message>
            <source>The phone, card and external reference belong to different members (%1); fix the row.</source>
            <translation>手机号、卡号和旧系统编号分别属于不同的会员（%1），请修正该行。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request and cannot be updated.</source>
            <translation>会员 %1 已应本人要求匿名化，无法更新。</translation>
        </message>
        <message>
            <source>Line %1: the member was not updated: %2</source>
            <translation>第 %1 行：会员未更新：%2</translation>
        </message>
        <message>
            <source>Line %1: the member was not saved: %2</source>
            <translation>第 %1 行：会员未保存：%2</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>备注超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>未导入任何数据：%Ln 行有错误（严格模式）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The member is marked as anonymised in the file; nothing personal is left to import.</source>
            <translation>文件中该会员已标记为匿名化；没有可导入的个人信息。</translation>
        </message>
        <message>
            <source>The phone %1 is on an earlier row of this file.</source>
            <translation>手机号 %1 已出现在本文件前面的行中。</translation>
        </message>
        <message>
            <source>Member %1 already has the phone %2.</source>
            <translation>会员 %1 已使用手机号 %2。</translation>
        </message>
        <message>
            <source>The card %1 is on an earlier row of this file.</source>
            <translation>卡号 %1 已出现在本文件前面的行中。</translation>
        </message>
        <message>
            <source>Member %1 already has the card %2.</source>
            <translation>会员 %1 已使用卡号 %2。</translation>
        </message>
        <message>
            <source>The external reference %1 is on an earlier row of this file.</source>
            <translation>旧系统编号 %1 已出现在本文件前面的行中。</translation>
        </message>
        <message>
            <source>Member %1 already has the external reference %2.</source>
            <translation>会员 %1 已使用旧系统编号 %2。</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightSource</name>
        <message>
            <source>Segments and loyalty types cannot be computed: %1</source>
            <translation>无法计算客户分群和忠诚类型：%1</translation>
        </message>
        <message>
            <source>there are no purchases yet.</source>
            <translation>还没有任何消费记录。</translation>
        </message>
        <message>
            <source>The probability of still being a customer cannot be computed: %1</source>
            <translation>无法计算仍为活跃客户的概率：%1</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightStore</name>
        <message>
            <source>The insight snapshot has no valid date.</source>
            <translation>客户洞察快照没有有效日期。</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightText</name>
        <message>
            <source>No insight yet: it is computed once a day and on the Insight page.</source>
            <translation>尚无会员分析结果：系统每天自动计算一次，也可在“会员分析”页面计算。</translation>
        </message>
        <message>
            <source>No insight: %1</source>
            <translation>无会员分析结果：%1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>RFM scores (1–5): recency %1, frequency %2, spend %3.</source>
            <translation>RFM 评分（1–5）：最近消费 %1，消费频率 %2，消费金额 %3。</translation>
        </message>
        <message>
            <source>%1 % likely to still be a customer</source>
            <translation>仍是顾客的概率：%1%</translation>
        </message>
        <message>
            <source>No prediction yet.</source>
            <translation>暂无预测。</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>无预测：%1</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>截至 %1</translation>
        </message>
        <message>
            <source>%1 · as of %2</source>
            <translation>%1 · 截至 %2</translation>
        </message>
        <message>
            <source>The insight could not be read: %1</source>
            <translation>无法读取会员分析结果：%1</translation>
        </message>
        <message numerus="yes">
            <source>No purchases in the %Ln day(s) up to %1.</source>
            <translation>
                <numerusform>截至 %1 的 %Ln 天内没有消费。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 % likely to still be a customer · %2 expected in the next %Ln week(s)</source>
            <translation>
                <numerusform>仍是顾客的概率：%1% · 预计未来 %Ln 周内消费 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected visits in the next %Ln week(s): %1.</source>
            <translation>
                <numerusform>未来 %Ln 周的预计到店次数：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Bought since the analysis of %1; the next analysis includes it.</source>
            <translation>%1 的分析之后有新消费；下次分析时会计入。</translation>
        </message>
    </context>
    <context>
        <name>MemberRows</name>
        <message>
            <source>(anonymised)</source>
            <translation>（已匿名化）</translation>
        </message>
        <message>
            <source>No file was given to export to.</source>
            <translation>未指定要导出到的文件。</translation>
        </message>
        <message>
            <source>Every exported row needs one value per figure column.</source>
            <translation>导出的每一行都必须在每个数值列中各有一个值。</translation>
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
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
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
        <message>
            <source>The member was not saved: %1</source>
            <translation>会员未保存：%1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>该会员已应本人要求匿名化，无法再编辑。</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>备注超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberTimeline</name>
        <message>
            <source>A timeline page holds 1 to 1000 items.</source>
            <translation>时间线每页可显示 1 到 1000 条记录。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Purchase %1 (voided)</source>
            <translation>消费 %1（已撤销）</translation>
        </message>
        <message>
            <source>Purchase %1</source>
            <translation>消费 %1</translation>
        </message>
        <message>
            <source>Amount %1</source>
            <translation>金额 %1</translation>
        </message>
        <message>
            <source>member discount %1</source>
            <translation>会员折扣 %1</translation>
        </message>
        <message>
            <source>Purchase %1 voided</source>
            <translation>消费 %1 已撤销</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>获得积分</translation>
        </message>
        <message>
            <source>purchase %1</source>
            <translation>消费 %1</translation>
        </message>
        <message>
            <source>Points used as cash</source>
            <translation>积分抵现</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>积分扣回</translation>
        </message>
        <message>
            <source>purchase %1 voided</source>
            <translation>消费 %1 已撤销</translation>
        </message>
        <message>
            <source>Points given back</source>
            <translation>积分退还</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>积分过期</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>积分调整</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>推荐奖励</translation>
        </message>
        <message>
            <source>a referred member's first purchase</source>
            <translation>被推荐会员的首次消费</translation>
        </message>
        <message>
            <source>Gift: %1</source>
            <translation>礼品：%1</translation>
        </message>
        <message>
            <source>Points imported</source>
            <translation>积分导入</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>有效期至 %1</translation>
        </message>
        <message>
            <source>never expire</source>
            <translation>永不过期</translation>
        </message>
        <message>
            <source>Tier: %1</source>
            <translation>等级：%1</translation>
        </message>
        <message>
            <source>Tier: %1 → %2</source>
            <translation>等级：%1 → %2</translation>
        </message>
        <message>
            <source>Reached with purchase %1</source>
            <translation>由消费 %1 达成</translation>
        </message>
        <message>
            <source>Purchase %1 was voided</source>
            <translation>消费 %1 已被撤销</translation>
        </message>
        <message>
            <source>Tier review: lifetime paid spend %1</source>
            <translation>等级复核：累计实付消费 %1</translation>
        </message>
        <message>
            <source>Tier review: paid spend in the last 12 months %1</source>
            <translation>等级复核：近 12 个月实付消费 %1</translation>
        </message>
        <message>
            <source>The programme no longer has the former tier</source>
            <translation>会员方案中已没有原来的等级</translation>
        </message>
        <message>
            <source>Follow-up (%1)</source>
            <translation>回访（%1）</translation>
        </message>
        <message>
            <source>next follow-up %1</source>
            <translation>下次回访 %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>经办人：%1</translation>
        </message>
        <message>
            <source>%1 (by %2)</source>
            <translation>%1（经办人：%2）</translation>
        </message>
        <message>
            <source>Complaint %1 opened</source>
            <translation>投诉 %1 已登记</translation>
        </message>
        <message>
            <source>Complaint %1 handled</source>
            <translation>投诉 %1 已处理</translation>
        </message>
        <message>
            <source>Complaint %1 resolved</source>
            <translation>投诉 %1 已解决</translation>
        </message>
        <message>
            <source>Note changed</source>
            <translation>备注已修改</translation>
        </message>
        <message>
            <source>Note changed by %1</source>
            <translation>%1 修改了备注</translation>
        </message>
        <message>
            <source>(note cleared)</source>
            <translation>（备注已清空）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) used</source>
            <translation>
                <numerusform>%Ln 积分抵现</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a detail</comment>
            <translation>，</translation>
        </message>
        <message>
            <source>Note written at registration</source>
            <translation>登记时填写的备注</translation>
        </message>
        <message>
            <source>Note written at registration by %1</source>
            <translation>登记时由 %1 填写的备注</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入会</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>卡号 %1</translation>
        </message>
        <message>
            <source>referred by a member since anonymised</source>
            <translation>推荐人已匿名化</translation>
        </message>
        <message>
            <source>referred by %1</source>
            <translation>推荐人 %1</translation>
        </message>
        <message>
            <source>Added to MemberDesk</source>
            <translation>加入会员管家</translation>
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
        <message>
            <source>"%1" is not an amount in yuan: write decimals with a point (12.50); a comma may only separate thousands (1,234.50).</source>
            <translation>“%1”不是有效的金额（元）：小数请用小数点（12.50）；逗号只能用作千位分隔（1,234.50）。</translation>
        </message>
    </context>
    <context>
        <name>MonthlyFigures</name>
        <message>
            <source>The month must look like 2026-04, not "%1".</source>
            <translation>月份格式应为 2026-04，而不是“%1”。</translation>
        </message>
        <message>
            <source>No month was given.</source>
            <translation>未指定月份。</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReport</name>
        <message>
            <source>MMMM yyyy</source>
            <comment>the report's month (Qt date format)</comment>
            <translation>yyyy年M月</translation>
        </message>
        <message>
            <source>By paid spend in the month; tier as of today.</source>
            <translation>按当月实付消费额排序；等级为当前等级。</translation>
        </message>
        <message>
            <source>#</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费笔数</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>消费额</translation>
        </message>
        <message>
            <source>Nobody bought this month.</source>
            <translation>本月没有会员消费。</translation>
        </message>
        <message>
            <source>New VIPs</source>
            <translation>新晋 VIP</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month; the highest %1 are listed.</source>
            <translation>
                <numerusform>本月共有 %Ln 次等级升级，下面列出升级后等级最高的 %1 次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month.</source>
            <translation>
                <numerusform>本月共有 %Ln 次等级升级。</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原等级</translation>
        </message>
        <message>
            <source>To</source>
            <translation>升至</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>本月没有会员升级。</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>有流失风险的会员</translation>
        </message>
        <message>
            <source>At least 3 purchases in the 180 days before month end and none in its last 42 days; most valuable first.</source>
            <translation>月底前 180 天内至少消费 3 次，但最后 42 天内没有消费；按价值从高到低排列。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) at risk; the %1 most valuable are listed.</source>
            <translation>
                <numerusform>共有 %Ln 位会员有流失风险，下面列出价值最高的 %1 位。</numerusform>
            </translation>
        </message>
        <message>
            <source>Purchases (180 d)</source>
            <translation>消费笔数（180 天）</translation>
        </message>
        <message>
            <source>Spend (180 d)</source>
            <translation>消费额（180 天）</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消费</translation>
        </message>
        <message>
            <source>No member matches: nobody seems to be drifting away.</source>
            <translation>没有符合条件的会员：目前没有会员显出流失迹象。</translation>
        </message>
        <message>
            <source>%1 — monthly review %2</source>
            <translation>%1 — 月度回顾 %2</translation>
        </message>
        <message>
            <source>Cannot write the report (is the folder writable and the file not open elsewhere?).</source>
            <translation>无法写入报告（请确认文件夹可写，且该文件未被其他程序打开）。</translation>
        </message>
        <message>
            <source>Cannot add a page to the report.</source>
            <translation>无法向报告添加页面。</translation>
        </message>
        <message>
            <source>Cannot finish writing the report.</source>
            <translation>无法完成报告的写入。</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <source>Sales and members over 13 months</source>
            <translation>近 13 个月销售额与会员</translation>
        </message>
        <message>
            <source>Who buys, and when</source>
            <translation>谁在消费，何时消费</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <source>%1 · Monthly review · %2</source>
            <translation>%1 · 月度回顾 · %2</translation>
        </message>
        <message>
            <source>Generated %1</source>
            <translation>生成于 %1</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>月度回顾</translation>
        </message>
        <message>
            <source>Member sales, visits, points and the members to look after, compared with the previous month and the same month last year.</source>
            <translation>会员销售额、到店、积分及需要关注的会员，并与上月和去年同月对比。</translation>
        </message>
        <message>
            <source>No data for this month</source>
            <translation>本月无数据</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1. The next page shows the months around it for comparison.</source>
            <translation>%1 没有任何会员消费、登记或积分变动记录。下一页显示相邻月份的数据以供对比。</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>会员销售额</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>活跃会员</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>新会员</translation>
        </message>
        <message>
            <source>vs previous month</source>
            <translation>较上月</translation>
        </message>
        <message>
            <source>In this report</source>
            <translation>本报告内容</translation>
        </message>
        <message>
            <source>Key figures with comparisons</source>
            <translation>关键指标及对比</translation>
        </message>
        <message>
            <source>Tiers, spend concentration and busy hours</source>
            <translation>会员等级、消费集中度与高峰时段</translation>
        </message>
        <message>
            <source>Top members, new VIPs and members at risk</source>
            <translation>消费排行、新晋 VIP 与有流失风险的会员</translation>
        </message>
        <message>
            <source>Generated %1 by MemberDesk. Amounts are what members paid (after discounts and points), voided purchases excluded.</source>
            <translation>由会员管家于 %1 生成。金额均为会员实付金额（已扣除折扣和积分抵现），不含已撤销的消费。</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>客单价</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>复购率</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>积分发放</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>积分兑换</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>积分过期</translation>
        </message>
        <message>
            <source>Points outstanding</source>
            <translation>积分余额</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>积分负债</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>环比</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>同比</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <comment>percentage points</comment>
            <translation>%1 百分点</translation>
        </message>
        <message>
            <source>Member sales: what members paid (after discounts and points used as cash) in the calendar month of the shop's local time; voided purchases are left out entirely.</source>
            <translation>会员销售额：按店铺当地时间，会员在该自然月内的实付金额（已扣除折扣和积分抵现）；已撤销的消费完全不计入。</translation>
        </message>
        <message>
            <source>Active members bought at least once in the month. Repeat-purchase rate: the share of active members who bought at least twice within the month.</source>
            <translation>活跃会员：当月至少消费一次的会员。复购率：当月消费至少两次的会员占活跃会员的比例。</translation>
        </message>
        <message>
            <source>Points: movements of the points ledger dated in the month. Issued: earned, referral and import credits and positive adjustments, less earned points taken back by voids. Redeemed: points used as cash or for gifts, less points given back by voids.</source>
            <translation>积分：当月积分流水中的变动。发放：消费所得、推荐奖励、导入入账及正向调整，减去因撤销消费而扣回的所得积分。兑换：用于抵现或兑换礼品的积分，减去因撤销消费而退还的积分。</translation>
        </message>
        <message>
            <source>Points liability: points outstanding after the last day of the month valued at the current redemption rate (%1 points = %2).</source>
            <translation>积分负债：月末最后一天结束时的积分余额，按当前抵现比例（%1 积分 = %2）折算的金额。</translation>
        </message>
        <message>
            <source>— : no data in that month, or no base to compare with.</source>
            <translation>—：该月无数据，或没有可比较的基数。</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1.</source>
            <translation>%1 没有任何会员消费、登记或积分变动记录。</translation>
        </message>
        <message>
            <source>Member sales and purchases</source>
            <translation>会员销售额与消费笔数</translation>
        </message>
        <message>
            <source>The 13 months up to %1; the month of the report is the dark bar.</source>
            <translation>截至 %1 的 13 个月；深色柱为本报告所在月份。</translation>
        </message>
        <message>
            <source>New and returning members</source>
            <translation>新会员与老会员</translation>
        </message>
        <message>
            <source>Members who bought in each month: joined that month, or earlier.</source>
            <translation>每月有消费的会员：分为当月入会和更早入会。</translation>
        </message>
        <message>
            <source>Members by tier</source>
            <translation>各等级会员人数</translation>
        </message>
        <message>
            <source>At month end.</source>
            <translation>截至月底。</translation>
        </message>
        <message>
            <source>Sales by tier</source>
            <translation>各等级销售额</translation>
        </message>
        <message>
            <source>Spend concentration</source>
            <translation>消费集中度</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) bought this month; the curve adds up their spend, biggest spenders first.</source>
            <translation>
                <numerusform>本月有 %Ln 位会员消费；曲线按消费额从高到低逐一累加他们的消费额。</numerusform>
            </translation>
        </message>
        <message>
            <source>When do members come?</source>
            <translation>会员何时到店？</translation>
        </message>
        <message>
            <source>Purchases by weekday and hour of the day.</source>
            <translation>按星期和时段统计的消费笔数。</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（续）</translation>
        </message>
        <message>
            <source>Customer segments</source>
            <translation>客群分类</translation>
        </message>
        <message>
            <source>Customer segments: RFM and the four loyalty types</source>
            <translation>客群分类：RFM 与四种忠诚类型</translation>
        </message>
        <message>
            <source>Tier held at the time of purchase; the legend gives each tier's share of %1.</source>
            <translation>消费时所处的等级；图例显示各等级在 %1 中所占的比例。</translation>
        </message>
        <message>
            <source>%1 members (%2 %) · paid %3</source>
            <translation>%1 位会员（%2%）· 实付 %3</translation>
        </message>
        <message>
            <source>%1 members (%2 %)</source>
            <translation>%1 位会员（%2%）</translation>
        </message>
        <message>
            <source>MMMM d, yyyy</source>
            <comment>date of the insight snapshot (Qt format)</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>RFM segments</source>
            <translation>RFM 客户分群</translation>
        </message>
        <message numerus="yes">
            <source>Insight snapshot as of %1: members who bought in the %Ln day(s) before, and what they paid.</source>
            <translation>
                <numerusform>截至 %1 的会员分析快照：此前 %Ln 天内有消费的会员及其实付金额。</numerusform>
            </translation>
        </message>
        <message>
            <source>Four loyalty types</source>
            <translation>四种忠诚类型</translation>
        </message>
        <message>
            <source>Profit against loyalty in the same window: friends, butterflies, barnacles and strangers.</source>
            <translation>同一时段内利润与忠诚度的对比：知己、蝴蝶、藤壶和过客。</translation>
        </message>
        <message numerus="yes">
            <source>Top %Ln member(s) of the month</source>
            <translation>
                <numerusform>本月消费前 %Ln 名会员</numerusform>
            </translation>
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
        <name>PointsAdjustment</name>
        <message>
            <source>Give a reason for the adjustment; it is shown in the member's history.</source>
            <translation>请填写调整原因，它会显示在会员的历史记录中。</translation>
        </message>
        <message>
            <source>An adjustment of 0 points changes nothing.</source>
            <translation>调整 0 积分不会有任何变化。</translation>
        </message>
        <message>
            <source>An adjustment is at most %1 points either way.</source>
            <translation>每次调整最多增减 %1 积分。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be changed.</source>
            <translation>该会员已应本人要求匿名化，无法更改其积分。</translation>
        </message>
        <message numerus="yes">
            <source>The reason is longer than %Ln character(s).</source>
            <translation>
                <numerusform>原因超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot take %1 points: %2 has only %Ln point(s) available, and an adjustment cannot take more than that.</source>
            <translation>
                <numerusform>无法扣除 %1 积分：%2 只有 %Ln 积分可用，调整扣除的积分不能超过可用积分。</numerusform>
            </translation>
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
        <name>PrivacyService</name>
        <message>
            <source>Anonymised member %1</source>
            <translation>已匿名化会员 %1</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>不存在编号为 %1 的会员。</translation>
        </message>
        <message>
            <source>Member %1 was already anonymised.</source>
            <translation>会员 %1 此前已匿名化。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseHistory</name>
        <message>
            <source>The database is not open.</source>
            <translation>数据库未打开。</translation>
        </message>
        <message>
            <source>Some purchases have an unreadable time; run the integrity check.</source>
            <translation>部分消费记录的时间无法读取，请运行数据完整性检查。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseImporter</name>
        <message>
            <source>The date is empty.</source>
            <translation>未填写日期。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚于当前时间。</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>未填写金额。</translation>
        </message>
        <message>
            <source>The amount %1 is negative; refunds are recorded as voids.</source>
            <translation>金额 %1 为负数；退款应以撤销消费的方式记录。</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase.</source>
            <translation>金额 %1 超过单笔消费上限 %2。</translation>
        </message>
        <message>
            <source>The gross profit %1 is larger than the amount.</source>
            <translation>毛利 %1 大于金额。</translation>
        </message>
        <message>
            <source>The member reference is empty.</source>
            <translation>未填写会员标识。</translation>
        </message>
        <message>
            <source>The member reference is longer than 64 characters.</source>
            <translation>会员标识超过 64 个字符。</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>顾客 %1</translation>
        </message>
        <message>
            <source>Line %1: the member %2 could not be created: %3</source>
            <translation>第 %1 行：无法新建会员 %2：%3</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be imported.</source>
            <translation>会员 %1 已应本人要求匿名化，无法导入其消费记录。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>No member matches "%1" (member number, card, phone or external reference).</source>
            <translation>没有与“%1”匹配的会员（会员编号、卡号、手机号或旧系统编号）。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1%2</translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>备注超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>未导入任何数据：%Ln 行有错误（严格模式）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Already recorded: %1, %2 for card %3.</source>
            <translation>已记录过：%1，卡号 %3，%2。</translation>
        </message>
        <message>
            <source>The sale is marked as voided in the file; it is not imported.</source>
            <translation>文件中这笔消费已标记为撤销；不导入。</translation>
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
        <message numerus="yes">
            <source>The member has only %Ln point(s) available.</source>
            <translation>
                <numerusform>该会员仅有 %Ln 积分可用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %Ln point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>本次消费最多可使用 %Ln 积分（金额的 %1%）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) are worth less than ¥0.01 at %1 points per yuan; use more or none.</source>
            <translation>
                <numerusform>按每元 %1 积分计算，%Ln 积分不足 ¥0.01；请多用一些，或不使用积分。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Click a member to open them at the counter</source>
            <translation>点击会员可在收银台打开</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>MM/yy</source>
            <comment>short month label on chart axes (Qt date format)</comment>
            <translation>yy年M月</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>此期间无数据</translation>
        </message>
        <message>
            <source>Member sales (left axis)</source>
            <translation>会员销售额（左轴）</translation>
        </message>
        <message>
            <source>Purchases (right axis)</source>
            <translation>消费笔数（右轴）</translation>
        </message>
        <message>
            <source>Returning members</source>
            <translation>老会员</translation>
        </message>
        <message>
            <source>New members (joined that month)</source>
            <translation>新会员（当月入会）</translation>
        </message>
        <message>
            <source>members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation>%1：%2（%3%）</translation>
        </message>
        <message>
            <source>share of members, biggest spenders first</source>
            <translation>会员占比（按消费额从高到低）</translation>
        </message>
        <message>
            <source>Top 20 %: %1 % of sales</source>
            <translation>前 20% 会员贡献 %1% 的销售额</translation>
        </message>
        <message>
            <source>%1h</source>
            <translation>%1时</translation>
        </message>
        <message>
            <source>purchases per hour slot in the month, darkest = %1</source>
            <translation>本月各时段的消费笔数，最深色 = %1</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message>
            <source>%1 %2 %</source>
            <comment>tier name and its share of the month's sales</comment>
            <translation>%1 %2%</translation>
        </message>
    </context>
    <context>
        <name>Rfm</name>
        <message>
            <source>Champions</source>
            <translation>重要价值</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>忠诚</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新客</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潜力</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>需唤回</translation>
        </message>
        <message>
            <source>Hibernating</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <source>Your best customers: thank them personally and give them early access to new goods.</source>
            <translation>最好的顾客：亲自致谢，并让他们优先体验新品。</translation>
        </message>
        <message>
            <source>Regulars: reward their loyalty and suggest the next tier or a bigger basket.</source>
            <translation>老主顾：回馈他们的忠诚，并引导他们升到下一等级或多买一些。</translation>
        </message>
        <message>
            <source>First visit recently: welcome them and give a reason to come back within a month.</source>
            <translation>最近首次光顾：热情欢迎，并给他们一个在一个月内再次光顾的理由。</translation>
        </message>
        <message>
            <source>Recent but occasional: a timely offer can turn them into regulars.</source>
            <translation>最近来过但不常来：及时给个优惠，就可能成为老主顾。</translation>
        </message>
        <message>
            <source>Good customers who have not come lately: contact them with a personal win-back offer.</source>
            <translation>好顾客最近没来：主动联系，提供专属的回流优惠。</translation>
        </message>
        <message>
            <source>Long gone and small: include them in general promotions only.</source>
            <translation>很久没来且消费少：只需纳入一般促销活动即可。</translation>
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
        <name>StartupCheck</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是文件夹，不是数据库文件。</translation>
        </message>
        <message>
            <source>The database cannot be checked: %1</source>
            <translation>无法检查数据库：%1</translation>
        </message>
        <message>
            <source>The database %1 is damaged and was not opened, so nothing more can be lost (%2).</source>
            <translation>数据库 %1 已损坏，为避免丢失更多数据，未将其打开（%2）。</translation>
        </message>
        <message>
            <source>No good backup was found in %1. Keep the file and ask for help to rescue it.</source>
            <translation>在 %1 中未找到可用的备份。请保留该文件，并寻求帮助以抢救数据。</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2. Restore it? Purchases after that day must be entered again.</source>
            <translation>最近一份完好的备份是 %1（%2）。要恢复该备份吗？该日之后的消费需要重新录入。</translation>
        </message>
    </context>
    <context>
        <name>StartupRecovery</name>
        <message>
            <source>The backup of %1 is restored. The damaged database is kept as:
%2</source>
            <translation>%1 的备份已恢复。损坏的数据库已保留为：
%2</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>恢复 %1 的备份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Checking the member database…</source>
            <translation>正在检查会员数据库…</translation>
        </message>
        <message>
            <source>The last backup found damage, so every page of the database is read before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>上次备份发现了损坏，因此在写入任何数据之前会先读取数据库的每一页。大店的数据库可能需要几分钟。</translation>
        </message>
        <message>
            <source>No automatic backup from the last %1 days was found (is the backup folder still there?), so every page of the database is read now, before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>最近 %1 天内没有找到自动备份（备份文件夹还在吗？），因此现在先读取数据库的每一页，然后才会写入任何数据。大店的数据库可能需要几分钟。</translation>
        </message>
    </context>
    <context>
        <name>StoreBranding</name>
        <message>
            <source>The store logo saved in the settings cannot be read. Choose the logo image again.</source>
            <translation>无法读取设置中保存的店铺标志。请重新选择标志图片。</translation>
        </message>
        <message>
            <source>The logo file %1 does not exist.</source>
            <translation>标志文件 %1 不存在。</translation>
        </message>
        <message>
            <source>The logo file %1 cannot be read as an image (%2). Use a PNG or JPEG file.</source>
            <translation>无法将标志文件 %1 读取为图片（%2）。请使用 PNG 或 JPEG 文件。</translation>
        </message>
        <message>
            <source>The logo %1 is only %2×%3 pixels: it would print blurred. Use an image of at least 300 pixels.</source>
            <translation>标志 %1 只有 %2×%3 像素，打印出来会模糊。请使用至少 300 像素的图片。</translation>
        </message>
        <message>
            <source>The logo could not be converted to PNG.</source>
            <translation>无法将标志转换为 PNG。</translation>
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
        <name>UserService</name>
        <message>
            <source>The password must not begin or end with a space.</source>
            <translation>密码的开头和结尾不能是空格。</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 码为 4 到 6 位数字。</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>请输入账号名称。</translation>
        </message>
        <message>
            <source>There is already an account named %1.</source>
            <translation>已存在名为 %1 的账号。</translation>
        </message>
        <message>
            <source>The owner account already exists. The owner adds further accounts after signing in.</source>
            <translation>店主账号已存在。其他账号由店主登录后添加。</translation>
        </message>
        <message>
            <source>There is no account with number %1.</source>
            <translation>不存在编号为 %1 的账号。</translation>
        </message>
        <message>
            <source>Sign in first to change your password or PIN.</source>
            <translation>请先登录，再修改密码或 PIN 码。</translation>
        </message>
        <message>
            <source>You cannot disable the account you are signed in with.</source>
            <translation>不能停用您当前登录的账号。</translation>
        </message>
        <message>
            <source>This is the only owner account: it cannot be disabled.</source>
            <translation>这是唯一的店主账号，不能停用。</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>不存在名为 %1 的账号。</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask the owner.</source>
            <translation>账号 %1 已停用。请联系店主。</translation>
        </message>
        <message>
            <source>Signing in failed: %1</source>
            <translation>登录失败：%1</translation>
        </message>
        <message numerus="yes">
            <source>The password needs at least %Ln character(s).</source>
            <translation>
                <numerusform>密码至少需要 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超过 %Ln 个字符。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Try again in %Ln second(s).</source>
            <translation>
                <numerusform>错误次数过多。请 %Ln 秒后再试。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>密码错误。账号已锁定 %Ln 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>PIN 码错误。账号已锁定 %Ln 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>密码错误。还可尝试 %Ln 次，之后账号将被锁定。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>PIN 码错误。还可尝试 %Ln 次，之后账号将被锁定。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WinBack</name>
        <message>
            <source>The probability threshold must be above 0 and at most 1.</source>
            <translation>概率阈值必须大于 0 且不超过 1。</translation>
        </message>
        <message>
            <source>There are no customers with purchases yet.</source>
            <translation>还没有任何顾客有消费记录。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddToEventDialog</name>
        <message>
            <source>Add to an event</source>
            <translation>加入活动</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>活动(&amp;E)：</translation>
        </message>
        <message>
            <source>They are added to the event's guests by hand; its other criteria stay as they are. Members who have not agreed to marketing are not invited: the Guests tab lists them as excluded, with the reason.</source>
            <translation>他们将作为手动添加的来宾加入该活动，活动原有的筛选条件保持不变。未同意接收营销信息的会员不会收到邀请：“来宾”页会把他们列为排除，并注明原因。</translation>
        </message>
        <message>
            <source>&amp;Plan the event…</source>
            <translation>策划活动(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Add to event</source>
            <translation>加入活动(&amp;A)</translation>
        </message>
        <message>
            <source>The list “%1” has no members to add.</source>
            <translation>名单“%1”中没有可加入的会员。</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>新建活动…</translation>
        </message>
        <message>
            <source>Choose an event, or “New event…”.</source>
            <translation>请选择一个活动，或选择“新建活动…”。</translation>
        </message>
        <message>
            <source>The guest list saved with “%1” cannot be read (%2). Open the event's Guests tab and save its guests again before adding more.</source>
            <translation>“%1”保存的来宾名单无法读取（%2）。请先在该活动的“来宾”页重新保存来宾，再加入更多会员。</translation>
        </message>
        <message>
            <source>“%1” is over. Choose an upcoming event.</source>
            <translation>“%1”已经结束，请选择即将举行的活动。</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln member(s) from “%1” to an event</source>
            <translation>
                <numerusform>将“%1”中的 %Ln 位会员加入活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already invited</source>
            <translation>
                <numerusform>已邀请 %Ln 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New VIP event for %Ln member(s) from “%1”</source>
            <translation>
                <numerusform>为“%1”中的 %Ln 位会员新建 VIP 活动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln member(s) from “%1” were already on the guest list of “%2”.</source>
            <translation>
                <numerusform>“%1”中的 %Ln 位会员都已在“%2”的来宾名单中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) from “%1” added to the guests of “%2”.</source>
            <translation>
                <numerusform>已将“%1”中的 %Ln 位会员加入“%2”的来宾。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) were already on the guest list.</source>
            <translation>
                <numerusform>其中 %Ln 位会员原已在来宾名单中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) removed by hand earlier are back on the list.</source>
            <translation>
                <numerusform>%Ln 位之前被手动移除的会员已重新加入名单。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddUserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>添加账号</translation>
        </message>
        <message>
            <source>Clerk (signs in with a PIN)</source>
            <translation>店员（使用 PIN 码登录）</translation>
        </message>
        <message>
            <source>Owner (signs in with a password; may do everything)</source>
            <translation>店主（使用密码登录；拥有全部权限）</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>角色(&amp;R)：</translation>
        </message>
        <message>
            <source>R&amp;epeat:</source>
            <translation>重复(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 到 6 位数字</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>请输入账号名称。</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>两次输入的密码不一致。请重新输入密码。</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the PIN again.</source>
            <translation>两次输入的 PIN 码不一致。请重新输入 PIN 码。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 个字符</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>调整积分</translation>
        </message>
        <message>
            <source>Balance now: %1 points. A positive number adds points, a negative one takes them away. The reason is shown in the member's history.</source>
            <translation>当前余额：%1 积分。正数为增加积分，负数为扣减积分。原因会显示在会员的历史记录中。</translation>
        </message>
        <message>
            <source>Required, e.g. goodwill for a late delivery</source>
            <translation>必填，例如：到货延迟的补偿</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>积分(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>原因(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AnonymizeDialog</name>
        <message>
            <source>Anonymise a member</source>
            <translation>会员匿名化</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anonymise %1 at their request?&lt;/b&gt;&lt;br&gt;&lt;br&gt;Removed for good: the name, phone, birthday, gender, note and old-system number, the marketing consent, and what follow-ups and complaints say about them.&lt;br&gt;Kept: the card number, purchases, points and tier, so the shop's totals do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; No purchase, points or contact can be recorded for the member afterwards.</source>
            <translation>&lt;b&gt;应 %1 本人要求进行匿名化？&lt;/b&gt;&lt;br&gt;&lt;br&gt;将永久删除：姓名、手机号、生日、性别、备注、旧系统编号、营销同意，以及回访和投诉中关于他/她的内容。&lt;br&gt;将保留：卡号、消费记录、积分和等级，店铺的统计总额不变。&lt;br&gt;&lt;br&gt;&lt;b&gt;此操作无法撤销。&lt;/b&gt;之后不能再为该会员记录消费、积分或联系记录。</translation>
        </message>
        <message>
            <source>e.g. asked at the counter on 20 November</source>
            <translation>例如：11 月 20 日在收银台当面提出</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>原因(&amp;R)（记入操作日志）</translation>
        </message>
        <message>
            <source>&amp;Anonymise</source>
            <translation>匿名化(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AudienceBuilderWidget</name>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Loyalty type (last 12 months)</source>
            <translation>忠诚类型（近 12 个月）</translation>
        </message>
        <message>
            <source>RFM segment (last 12 months)</source>
            <translation>RFM 客户分群（近 12 个月）</translation>
        </message>
        <message>
            <source>Spent at &amp;least</source>
            <translation>消费至少(&amp;L)</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>in </source>
            <translation>近 </translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Still a customer, &amp;probability at least</source>
            <translation>仍为活跃客户的概率至少(&amp;P)</translation>
        </message>
        <message>
            <source>The purchase model's estimate that the member still shops here (P(alive)).</source>
            <translation>消费模型估算的该会员仍在本店消费的概率（P(alive)）。</translation>
        </message>
        <message>
            <source>&amp;Birthday in</source>
            <translation>生日月份(&amp;B)</translation>
        </message>
        <message>
            <source>any month</source>
            <translation>任意月份</translation>
        </message>
        <message>
            <source>Last visit &amp;after</source>
            <translation>最近到店晚于(&amp;A)</translation>
        </message>
        <message>
            <source>Last visit be&amp;fore</source>
            <translation>最近到店早于(&amp;F)</translation>
        </message>
        <message>
            <source>Brought in at least</source>
            <translation>推荐至少</translation>
        </message>
        <message>
            <source> new member(s)</source>
            <translation> 位新会员</translation>
        </message>
        <message>
            <source>Spend and visits</source>
            <translation>消费与到店</translation>
        </message>
        <message>
            <source>Clear criteria</source>
            <translation>清除条件</translation>
        </message>
        <message>
            <source>No criterion ticked: every member who consented is a guest.</source>
            <translation>未勾选任何条件：所有同意接收营销信息的会员都是来宾。</translation>
        </message>
        <message>
            <source>A&amp;dd a member:</source>
            <translation>添加会员到名单(&amp;D)：</translation>
        </message>
        <message>
            <source>phone, card number or name, then Enter</source>
            <translation>输入手机号、卡号或姓名，然后按 Enter</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <source>Not invited</source>
            <translation>未受邀</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>从名单中移除(&amp;R)</translation>
        </message>
        <message>
            <source>Takes the selected guests off the list (Delete).</source>
            <translation>将所选来宾从名单中移除（Delete）。</translation>
        </message>
        <message>
            <source>&amp;Put back</source>
            <translation>放回名单(&amp;P)</translation>
        </message>
        <message>
            <source>Puts members removed by hand back on the list.</source>
            <translation>将手动移除的会员放回名单。</translation>
        </message>
        <message>
            <source>Double-click or Enter opens the member at the counter.</source>
            <translation>双击或按 Enter 可在收银台打开该会员。</translation>
        </message>
        <message>
            <source>&amp;Save guest list</source>
            <translation>保存来宾名单(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Invite…</source>
            <translation>邀请(&amp;I)…</translation>
        </message>
        <message>
            <source>Loading the members and their figures…</source>
            <translation>正在加载会员及其数据…</translation>
        </message>
        <message>
            <source>The members and their figures could not be loaded: %1</source>
            <translation>无法加载会员及其数据：%1</translation>
        </message>
        <message>
            <source>Minimum spend: %1</source>
            <translation>最低消费额：%1</translation>
        </message>
        <message>
            <source>Guests (%1)</source>
            <translation>来宾（%1）</translation>
        </message>
        <message>
            <source>Not invited (%1)</source>
            <translation>未受邀（%1）</translation>
        </message>
        <message>
            <source>The event is over: no more invitations.</source>
            <translation>活动已结束：不能再发送邀请函。</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>没有与“%1”匹配的会员。</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 was added to the list.</source>
            <translation>已将 %1 加入名单。</translation>
        </message>
        <message>
            <source>Withdraw invitations</source>
            <translation>撤回邀请函</translation>
        </message>
        <message>
            <source>The guest list is saved with the event.</source>
            <translation>来宾名单会随活动一起保存。</translation>
        </message>
        <message>
            <source>guests-%1.csv</source>
            <translation>来宾-%1.csv</translation>
        </message>
        <message>
            <source>Export the guest list</source>
            <translation>导出来宾名单</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Invite guests</source>
            <translation>邀请来宾</translation>
        </message>
        <message>
            <source>Wait until the guest list is counted.</source>
            <translation>请等待来宾名单统计完成。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s)</source>
            <translation>
                <numerusform>%Ln 位来宾</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln already invited</source>
            <translation>
                <numerusform> · 已邀请 %Ln 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln seat(s)</source>
            <translation>
                <numerusform> · 共 %Ln 个名额</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but did not consent to marketing: they are not invited.</source>
            <translation>
                <numerusform>%Ln 位会员符合条件，但未同意接收营销信息，因此不会受邀。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but get no seat: the event is full.</source>
            <translation>
                <numerusform>%Ln 位会员符合条件，但没有名额：活动已满。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %Ln guest(s)…</source>
            <translation>
                <numerusform>邀请 %Ln 位来宾(&amp;I)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the selected guest(s) already have an invitation. Withdraw it? A printed invitation is then refused at the door.</source>
            <translation>
                <numerusform>所选来宾中有 %Ln 位已有邀请函。要撤回吗？撤回后，已打印的邀请函在入场签到时将被拒绝。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) written to %1.</source>
            <translation>
                <numerusform>已将 %Ln 行写入 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Write %Ln invitation(s) for “%1”? Each gets a personal check-in code; guests invited before keep theirs. The guest list is saved with the event.</source>
            <translation>
                <numerusform>要为“%1”生成 %Ln 份邀请函吗？每份邀请函都有专属签到码；此前已受邀的来宾保留原有签到码。来宾名单会随活动一起保存。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new invitation(s) written; the event now has %1. Print them on the Invitations tab.</source>
            <translation>
                <numerusform>已生成 %Ln 份新邀请函；该活动现共有 %1 份。请在“邀请函”标签页中打印。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AudienceModel</name>
        <message>
            <source>(anonymised)</source>
            <translation>（已匿名化）</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>手动添加</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
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
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Spent, 12 months</source>
            <translation>近 12 个月消费</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近到店</translation>
        </message>
        <message>
            <source>Why not invited</source>
            <translation>未邀请原因</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>操作日志</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>所有人</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>全部操作</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>Text in the action, target, details or user</source>
            <translation>操作、对象、详情或用户中的文字</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>用户(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>操作(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜索(&amp;S)：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Show &amp;more</source>
            <translation>显示更多(&amp;M)</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>开始日期晚于结束日期。</translation>
        </message>
        <message>
            <source>(no user)</source>
            <translation>（无用户）</translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln entry(ies), newest first.</source>
            <translation>
                <numerusform>显示 %Ln 条中的 %1 条，最新的在前。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::BackupDialog</name>
        <message>
            <source>Backups and lock</source>
            <translation>备份与锁定</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Folder for the automatic backups</source>
            <translation>自动备份文件夹</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>立即备份(&amp;N)</translation>
        </message>
        <message>
            <source>MemberDesk backs up the database into this folder when it closes and once a day, checks every backup after writing it, and keeps the last %1 days and one backup for each of the last %2 months. A USB stick or a second disk keeps the shop's data safe when this PC fails.</source>
            <translation>会员管家会在关闭时以及每天一次将数据库备份到此文件夹，每次写入备份后都会进行检查，并保留最近 %1 天的备份，以及最近 %2 个月中每月一份备份。将备份存放在 U 盘或第二块硬盘上，即使这台电脑出现故障，店铺数据也能安全无虞。</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永不过期</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>锁定</translation>
        </message>
        <message>
            <source>Lock the counter after &amp;idle time:</source>
            <translation>闲置超过此时间后锁定收银台(&amp;I)：</translation>
        </message>
        <message>
            <source>Without a key or mouse touch for this long, the window hides member data and asks for a PIN or password. Ctrl+L locks at once; F12 switches user.</source>
            <translation>如果这么长时间内没有按键或鼠标操作，窗口会隐藏会员数据，并要求输入 PIN 码或密码。按 Ctrl+L 立即锁定；按 F12 切换用户。</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Choose a folder for the backups first.</source>
            <translation>请先选择备份文件夹。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backup written and checked: %1 (%2).</source>
            <translation>备份已完成并通过检查：%1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CarePage</name>
        <message>
            <source>Today's care list</source>
            <translation>今日关怀清单</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Open at the counter (Enter)</source>
            <translation>在收银台打开（Enter）</translation>
        </message>
        <message>
            <source>Mark done (Space)</source>
            <translation>标记完成（Space）</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>撤回（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>The care list could not be loaded: %1</source>
            <translation>无法加载关怀清单：%1</translation>
        </message>
        <message>
            <source>Nothing to do today.</source>
            <translation>今天没有待办事项。</translation>
        </message>
        <message numerus="yes">
            <source>Birthdays today (%Ln)</source>
            <translation>
                <numerusform>今天生日（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Birthdays this week (%Ln)</source>
            <translation>
                <numerusform>本周生日（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close to the next tier (%Ln)</source>
            <translation>
                <numerusform>接近下一等级（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points expiring within 30 days (%Ln)</source>
            <translation>
                <numerusform>积分 30 天内过期（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Follow-ups due (%Ln)</source>
            <translation>
                <numerusform>待回访（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open complaints (%Ln)</source>
            <translation>
                <numerusform>未解决的投诉（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show more… (%Ln more)</source>
            <translation>
                <numerusform>显示更多…（还有 %Ln 项）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) to do</source>
            <translation>
                <numerusform>待办 %Ln 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Enter loads the next %Ln row(s) of this group.</source>
            <translation>
                <numerusform>按 Enter 加载本组接下来的 %Ln 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Regulars not seen lately (%Ln)</source>
            <translation>
                <numerusform>近期没再来的常客（%Ln）</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the care list…</source>
            <translation>正在加载关怀清单…</translation>
        </message>
        <message>
            <source>Nothing was marked done: the list was not shown yet. Select the row and press Space again.</source>
            <translation>未标记任何事项：清单尚未显示。请选中该行后再按一次 Space。</translation>
        </message>
        <message>
            <source>Nothing was undone: the list was not shown yet.</source>
            <translation>未撤回任何操作：清单尚未显示。</translation>
        </message>
        <message>
            <source>Nothing was opened: the list was not shown yet.</source>
            <translation>未打开任何会员：清单尚未显示。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ChangeSecretDialog</name>
        <message>
            <source>Change my password</source>
            <translation>修改我的密码</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>修改我的 PIN 码</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>已以 %1 的身份登录。</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重置密码</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>重置 PIN 码</translation>
        </message>
        <message>
            <source>A new password for %1. Tell it to them in person.</source>
            <translation>已为 %1 设置新的密码。请当面告知本人。</translation>
        </message>
        <message>
            <source>A new PIN for %1. Tell it to them in person.</source>
            <translation>已为 %1 设置新的 PIN 码。请当面告知本人。</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 到 6 位数字</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>当前密码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>当前 PIN 码(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>新 PIN 码(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>再次输入(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the new password again.</source>
            <translation>两次输入的密码不一致。请重新输入新密码。</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the new PIN again.</source>
            <translation>两次输入的 PIN 码不一致。请重新输入新 PIN 码。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 个字符</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::CheckInWidget</name>
        <message>
            <source>&amp;Event at the door:</source>
            <translation>签到活动(&amp;E)：</translation>
        </message>
        <message>
            <source>Scan the invitation, or type a card or phone number</source>
            <translation>请扫描邀请函，或输入卡号或手机号</translation>
        </message>
        <message>
            <source>Check &amp;in</source>
            <translation>签到(&amp;I)</translation>
        </message>
        <message>
            <source>Enter checks in · Esc clears · the scanner types the QR code and presses Enter by itself</source>
            <translation>按 Enter 签到 · 按 Esc 清除 · 扫码枪会自动输入二维码并按 Enter</translation>
        </message>
        <message>
            <source>At the door so far (latest first):</source>
            <translation>入场记录（最新的在前）：</translation>
        </message>
        <message>
            <source>Ready for the first guest</source>
            <translation>准备就绪，等待第一位来宾</translation>
        </message>
        <message>
            <source>Invited guests are checked in once; a second scan of the same invitation is refused and says when they came.</source>
            <translation>每位受邀来宾只能签到一次；同一份邀请函再次扫描时会被拒绝，并显示其签到时间。</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4</source>
            <translation>%1 · %2 %3–%4</translation>
        </message>
        <message>
            <source>No event is open for check-in today</source>
            <translation>今天没有可签到的活动</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4 · %5</source>
            <translation>%1 · %2 %3–%4 · %5</translation>
        </message>
        <message>
            <source>In: %1 of %2 invited</source>
            <translation>已签到 %1 人，共邀请 %2 人</translation>
        </message>
        <message>
            <source>✓ Welcome</source>
            <translation>✓ 欢迎光临</translation>
        </message>
        <message>
            <source>Already checked in at %1</source>
            <translation>已于 %1 签到</translation>
        </message>
        <message>
            <source>✗ Refused</source>
            <translation>✗ 拒绝入场</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>%1  %2</source>
            <translation>%1  %2</translation>
        </message>
        <message>
            <source>%1  %2 · %3</source>
            <translation>%1  %2 · %3</translation>
        </message>
        <message>
            <source>%1  %2 (%3) · %4</source>
            <translation>%1  %2（%3）· %4</translation>
        </message>
        <message>
            <source>No event today</source>
            <translation>今天没有活动</translation>
        </message>
        <message>
            <source>No event is planned yet.</source>
            <translation>还没有安排活动。</translation>
        </message>
        <message>
            <source>The next event, %1, is on %2 at %3.</source>
            <translation>下一场活动“%1”在 %2 %3 开始。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ComplaintDialog</name>
        <message>
            <source>Record a complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <source>What is the complaint?</source>
            <translation>投诉内容是什么？</translation>
        </message>
        <message>
            <source>e.g. the zip broke after two weeks</source>
            <translation>例如：拉链两周后就坏了</translation>
        </message>
        <message>
            <source>Complaint of %1: %2</source>
            <translation>投诉（%1）：%2</translation>
        </message>
        <message>
            <source>Respond to a complaint</source>
            <translation>回应投诉</translation>
        </message>
        <message>
            <source>First response (what was done or promised):</source>
            <translation>首次回应（已采取的措施或作出的承诺）：</translation>
        </message>
        <message>
            <source>Resolve a complaint</source>
            <translation>解决投诉</translation>
        </message>
        <message>
            <source>Resolution (required):</source>
            <translation>处理结果（必填）：</translation>
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
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>已升级为 %1！请向会员道贺。</translation>
        </message>
        <message numerus="yes">
            <source>Recorded: paid %1, +%Ln point(s) (balance %2).</source>
            <translation>
                <numerusform>已记录：实付 %1，+%Ln 积分（余额 %2）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The purchase of %1 on %2 is voided: %Ln point(s) taken back, balance %3.</source>
            <translation>
                <numerusform>%2 的 %1 消费已撤销：扣回 %Ln 积分，余额 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>This member was anonymised on request: no purchase, points or contact can be recorded.</source>
            <translation>该会员已应本人要求匿名化：不能再记录消费、积分或联系记录。</translation>
        </message>
        <message>
            <source>This member is already anonymised.</source>
            <translation>该会员已经匿名化。</translation>
        </message>
        <message>
            <source>Member %1 is anonymised; their purchases still count in the totals.</source>
            <translation>会员 %1 已匿名化；其消费仍计入统计总额。</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>查找失败：%1</translation>
        </message>
    </context>
    <context>
        <name>md::ui::DashboardCharts</name>
        <message>
            <source>MM/yy</source>
            <comment>short month label on chart axes (Qt date format)</comment>
            <translation>yy年M月</translation>
        </message>
        <message>
            <source>Member sales and purchases, 13 months</source>
            <translation>近 13 个月会员销售额与消费笔数</translation>
        </message>
        <message>
            <source>Member sales (yuan, left)</source>
            <translation>会员销售额（元，左轴）</translation>
        </message>
        <message>
            <source>Purchases (right)</source>
            <translation>消费笔数（右轴）</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1：%Ln 笔消费</numerusform>
            </translation>
        </message>
        <message>
            <source>Active members: new and returning</source>
            <translation>活跃会员：新会员与老会员</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>老会员</translation>
        </message>
        <message>
            <source>New this month</source>
            <translation>当月入会</translation>
        </message>
        <message>
            <source>Members by tier at month end</source>
            <translation>月底各等级会员人数</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %)</source>
            <translation>%1：%2 位会员（%3%）</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Spend concentration (Pareto)</source>
            <translation>消费集中度（帕累托）</translation>
        </message>
        <message>
            <source>Share of sales by the top members</source>
            <translation>消费最多的会员所占销售额比例</translation>
        </message>
        <message>
            <source>Top 20 %: %1 members made %2 % of sales</source>
            <translation>前 20%：%1 位会员贡献了 %2% 的销售额</translation>
        </message>
        <message>
            <source>share of members in %, biggest spenders first</source>
            <translation>会员占比（%），按消费额从高到低</translation>
        </message>
        <message>
            <source>share of sales in %</source>
            <translation>销售额占比（%）</translation>
        </message>
        <message numerus="yes">
            <source>%1: member sales %2 in %Ln purchase(s). Click to list them; double-click to show this month.</source>
            <translation>
                <numerusform>%1：会员销售额 %2，共 %Ln 笔消费。单击即可列出；双击可查看该月。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 active members, %3 new and %4 returning. Click a part to list its members.</source>
            <translation>%1：活跃会员 %2 位，其中新会员 %3 位，老会员 %4 位。点击某一部分即可列出对应会员。</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %). Click to list them.</source>
            <translation>%1：%2 位会员（%3%）。点击即可列出。</translation>
        </message>
        <message>
            <source>Member sales by tier, 13 months</source>
            <translation>各等级会员销售额（13 个月）</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %3 in %Ln purchase(s) (%4 % of the month's %5). Click to list them.</source>
            <translation>
                <numerusform>%1，%2：%Ln 笔消费共 %3（占当月 %5 的 %4%）。点击即可列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>The top %1 % of members (%2) made %3 % of sales. Click to list them.</source>
            <translation>消费最高的前 %1 % 会员（%2 位）贡献了 %3 % 的销售额。点击可列出这些会员。</translation>
        </message>
        <message>
            <source>RFM segments, as of %1</source>
            <translation>RFM 客户分群（截至 %1）</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %), who paid %4 in the insight window</source>
            <translation>%1：%2 位会员（%3%），分析区间内实付 %4</translation>
        </message>
        <message>
            <source>Four loyalty types, as of %1</source>
            <translation>四种忠诚类型（截至 %1）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::DashboardPage</name>
        <message>
            <source>Previous month</source>
            <translation>上个月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下个月</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Compute the month again with the latest purchases (Ctrl+R)</source>
            <translation>根据最新消费记录重新计算该月数据（Ctrl+R）</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>月度报告…</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>保存为 PDF…</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>会员销售额</translation>
        </message>
        <message>
            <source>Member purchases</source>
            <translation>会员消费笔数</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>客单价</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>活跃会员</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>新会员</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>复购率</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>积分发放</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>积分兑换</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>积分过期</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>积分负债</translation>
        </message>
        <message>
            <source>Share of the month's active members who bought twice or more in the month</source>
            <translation>当月消费至少两次的会员占活跃会员的比例</translation>
        </message>
        <message>
            <source>Points outstanding at month end, valued at the current redemption rate</source>
            <translation>月底积分余额按当前抵现比例折算的金额</translation>
        </message>
        <message>
            <source>#</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费笔数</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>消费额</translation>
        </message>
        <message>
            <source>Upgraded</source>
            <translation>升级时间</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原等级</translation>
        </message>
        <message>
            <source>To</source>
            <translation>升至</translation>
        </message>
        <message>
            <source>Purchases (180 days)</source>
            <translation>消费笔数（180 天）</translation>
        </message>
        <message>
            <source>Spend (180 days)</source>
            <translation>消费额（180 天）</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消费</translation>
        </message>
        <message>
            <source>Top members of the month</source>
            <translation>本月消费排行</translation>
        </message>
        <message>
            <source>New VIPs (tier upgrades)</source>
            <translation>新晋 VIP（等级升级）</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>有流失风险的会员</translation>
        </message>
        <message>
            <source>Computing %1…</source>
            <translation>正在计算 %1…</translation>
        </message>
        <message>
            <source>The figures for %1 could not be computed: %2</source>
            <translation>无法计算 %1 的数据：%2</translation>
        </message>
        <message>
            <source>Computed in %1 ms.</source>
            <translation>计算耗时 %1 毫秒。</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded in this month.</source>
            <translation>%1 无数据：该月没有任何会员消费、登记或积分变动记录。</translation>
        </message>
        <message>
            <source>%1 points outstanding at month end, valued at the current redemption rate</source>
            <translation>月底尚余 %1 积分，按当前抵现比例折算为金额</translation>
        </message>
        <message>
            <source>No member bought anything this month.</source>
            <translation>本月没有会员消费。</translation>
        </message>
        <message>
            <source>By member sales in the month. Click a member to open them at the counter.</source>
            <translation>按会员当月消费额排序。点击会员可在收银台打开。</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>本月没有会员升级。</translation>
        </message>
        <message>
            <source>%1 members moved up a tier this month; %2 shown, highest tier first.</source>
            <translation>本月有 %1 位会员升级；按升级后等级从高到低显示其中 %2 位。</translation>
        </message>
        <message>
            <source>No member is at risk: nobody with 3 or more purchases in the 180 days before month end has stayed away for the last 42 days.</source>
            <translation>没有会员有流失风险：月底前 180 天内至少消费 3 次的会员，最后 42 天内都有到店消费。</translation>
        </message>
        <message>
            <source>%1 members bought 3 or more times in the 180 days before month end but not in its last 42 days; %2 shown, most valuable first.</source>
            <translation>共有 %1 位会员在月底前 180 天内至少消费 3 次，但最后 42 天内没有消费；按价值从高到低显示其中 %2 位。</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月度报告</translation>
        </message>
        <message>
            <source>The figures of this month are still being computed; try again in a moment.</source>
            <translation>该月数据仍在计算中，请稍后再试。</translation>
        </message>
        <message>
            <source>Monthly report %1</source>
            <translation>月度报告 %1</translation>
        </message>
        <message>
            <source>Monthly report — %1</source>
            <translation>月度报告 — %1</translation>
        </message>
        <message>
            <source>The report could not be printed: %1</source>
            <translation>无法打印报告：%1</translation>
        </message>
        <message>
            <source>The figures of %1 are not computed yet.</source>
            <translation>%1 的数据尚未计算。</translation>
        </message>
        <message>
            <source>monthly-report-%1.pdf</source>
            <translation>月报-%1.pdf</translation>
        </message>
        <message>
            <source>Save monthly report</source>
            <translation>保存月度报告</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>无法写入 PDF：%1</translation>
        </message>
        <message>
            <source>&amp;Lists</source>
            <translation>名单(&amp;L)</translation>
        </message>
        <message>
            <source>The purchases or members behind the month's figures</source>
            <translation>构成本月数据的消费或会员</translation>
        </message>
        <message>
            <source>&amp;Purchases of the month</source>
            <translation>当月消费(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;New members who bought</source>
            <translation>有消费的新会员(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Returning members who bought</source>
            <translation>有消费的老会员(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Top 20 % of spenders</source>
            <translation>消费额前 20% 的会员(&amp;T)</translation>
        </message>
        <message>
            <source>Click a bar, a slice, a point of the curve or a heatmap cell to list the purchases or members behind it; double-click a month's bar to show that month.</source>
            <translation>点击柱形、扇区、曲线上的点或热力图单元格，即可列出对应的消费或会员；双击某月的柱形可查看该月。</translation>
        </message>
        <message>
            <source>Customer segments: the insight snapshot could not be read: %1</source>
            <translation>客群分类：无法读取会员分析快照：%1</translation>
        </message>
        <message>
            <source>Customer segments: no insight has been computed yet. Open Insight (F6) and compute it, or let the daily refresh run; the RFM segments and the four loyalty types then show here.</source>
            <translation>客群分类：尚未进行会员分析。请打开会员分析（F6）并计算，或等待每日自动更新；之后 RFM 客群分类和四种忠诚类型会显示在这里。</translation>
        </message>
        <message>
            <source>Customer segments: the last insight computation (%1) found no segments: %2</source>
            <translation>客群分类：最近一次会员分析（%1）未得出任何客群：%2</translation>
        </message>
        <message numerus="yes">
            <source>Customer segments from the insight snapshot as of %1 (purchases of the %Ln day(s) before; not tied to the month shown).</source>
            <translation>
                <numerusform>客群分类取自截至 %1 的会员分析快照（基于此前 %Ln 天的消费；与当前显示的月份无关）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The members at risk could not be found: %1</source>
            <translation>无法查找有流失风险的会员：%1</translation>
        </message>
        <message>
            <source>Looking for members at risk…</source>
            <translation>正在查找有流失风险的会员…</translation>
        </message>
        <message numerus="yes">
            <source>Saved the monthly report (%Ln page(s)) to %1.</source>
            <translation>
                <numerusform>月度报告（共 %Ln 页）已保存到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownDialog</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在收银台打开(&amp;O)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>无法读取列表：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln purchase(s) · %2</source>
            <translation>
                <numerusform>%1 · %Ln 笔消费 · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s) · %2 bought in the month</source>
            <translation>
                <numerusform>%1 · %Ln 位会员 · 其中 %2 当月有消费</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchase here: nothing was bought in this part of the month.</source>
            <translation>此处没有消费：本月这段时间内没有任何消费。</translation>
        </message>
        <message>
            <source>No member in this list.</source>
            <translation>此列表中没有会员。</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 purchases, oldest first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>显示 %2 笔消费中的前 %1 笔，按时间从早到晚排列。点击列标题只对显示的行排序；导出时会写出全部消费。</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 members, biggest spenders of the month first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>显示 %2 位会员中的前 %1 位，按本月消费额从高到低排列。点击列标题只对显示的行排序；导出时会写出全部会员。</translation>
        </message>
        <message>
            <source>Oldest first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>按时间从早到晚排列；点击列标题可排序。按 Enter 或双击可在收银台打开该会员。</translation>
        </message>
        <message>
            <source>Biggest spenders of the month first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>按当月消费额从高到低排列；点击列标题可排序。按 Enter 或双击即可在收银台打开该会员。</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>再显示 %1 条</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>导出名单</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) exported to %1.</source>
            <translation>
                <numerusform>已将 %Ln 行导出到 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>消费时等级</translation>
        </message>
        <message>
            <source>Tier now</source>
            <translation>当前等级</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>实付</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消费笔数</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>消费额</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消费</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <source>New VIP event</source>
            <translation>新建 VIP 活动</translation>
        </message>
        <message>
            <source>e.g. Autumn VIP evening</source>
            <translation>例如：秋季 VIP 之夜</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. in the shop, 2nd floor</source>
            <translation>例如：店内二楼</translation>
        </message>
        <message>
            <source>What happens at the event, for your planning</source>
            <translation>活动内容，供您筹划参考</translation>
        </message>
        <message>
            <source>What guests get, e.g. 20 % off everything, a gift from ¥300</source>
            <translation>来宾可享的优惠，例如：全场优惠 20%、满 ¥300 送礼品</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>Everything the event costs (gifts, food, printing), in yuan. The return is measured against it.</source>
            <translation>活动的全部费用（礼品、餐饮、印刷），以元为单位。投资回报率以此为基准计算。</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>不限</translation>
        </message>
        <message>
            <source> seats</source>
            <translation> 个名额</translation>
        </message>
        <message>
            <source>0 means unlimited. Guests beyond the seats are listed as excluded.</source>
            <translation>0 表示不限。超出名额的来宾会列入“未受邀”名单。</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>标题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>地点(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Offer</source>
            <translation>优惠(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Cost</source>
            <translation>费用(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Seats</source>
            <translation>名额(&amp;S)</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>说明(&amp;I)</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小时 %2 分钟</translation>
        </message>
        <message>
            <source>Cost: %1</source>
            <translation>费用：%1</translation>
        </message>
        <message numerus="yes">
            <source>ends %Ln day(s) later</source>
            <translation>
                <numerusform>%Ln 天后结束</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventRoiPanel</name>
        <message>
            <source>Attendees</source>
            <translation>出席者</translation>
        </message>
        <message>
            <source>Comparable group, not invited</source>
            <translation>未受邀的对照组</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <source>During the event</source>
            <translation>活动期间</translation>
        </message>
        <message>
            <source>In the 7 days after</source>
            <translation>活动后 7 天内</translation>
        </message>
        <message>
            <source>Revenue in both periods</source>
            <translation>两段期间合计收入</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Baseline (spent anyway)</source>
            <translation>基准（本来也会消费）</translation>
        </message>
        <message>
            <source>Extra revenue</source>
            <translation>额外收入</translation>
        </message>
        <message>
            <source>Return on the cost (ROI)</source>
            <translation>投资回报率（ROI）</translation>
        </message>
        <message>
            <source>The return is measured once the event has started: purchases of the guests during the event and in the 7 days after, against a comparable group.</source>
            <translation>活动开始后才会计算回报：统计来宾在活动期间及活动后 7 天内的消费，并与可比较的对照组进行对比。</translation>
        </message>
        <message>
            <source>Final figures: the week after the event ended on %1.</source>
            <translation>最终数据：活动后一周的跟踪期已于 %1 结束。</translation>
        </message>
        <message>
            <source>Provisional: purchases are counted until %1; the figures grow until then.</source>
            <translation>暂定：消费统计至 %1 为止；在此之前数据会持续增加。</translation>
        </message>
        <message>
            <source>%1 attended of %2 invited (%3 %)</source>
            <translation>邀请 %2 人，出席 %1 人（%3%）</translation>
        </message>
        <message>
            <source>%1 (%2 per attendee)</source>
            <translation>%1（每位出席者 %2）</translation>
        </message>
        <message>
            <source>nobody comparable</source>
            <translation>无可比较对象</translation>
        </message>
        <message>
            <source>%1 (%2 per member)</source>
            <translation>%1（每位会员 %2）</translation>
        </message>
        <message>
            <source>%1 = %2 − %3</source>
            <translation>%1 = %2 − %3</translation>
        </message>
        <message>
            <source>ROI = (extra revenue − cost) ÷ cost = (%1 − %2) ÷ %2. Above 0 %: the event brought back more than it cost; −100 %: nothing beyond what the guests would have spent anyway.</source>
            <translation>投资回报率 = (额外收入 − 成本) ÷ 成本 = (%1 − %2) ÷ %2。高于 0%：活动带来的收益超过了成本；−100%：除了来宾本来就会花的钱之外，没有带来任何额外收入。</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>无法计算</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) · %1</source>
            <translation>
                <numerusform>%Ln 笔消费 · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln 位会员</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 = %2 per member × %Ln attendee(s)</source>
            <translation>
                <numerusform>%1 = 每位会员 %2 × %Ln 位出席者</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventsPage</name>
        <message>
            <source>%1 %2–%3</source>
            <translation>%1 %2–%3</translation>
        </message>
        <message>
            <source>%1 %2 – %3 %4</source>
            <translation>%1 %2 – %3 %4</translation>
        </message>
        <message>
            <source>&amp;New event…</source>
            <translation>新建活动(&amp;N)…</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <source>In</source>
            <translation>已签到</translation>
        </message>
        <message>
            <source>Checked in at the door</source>
            <translation>已在现场签到</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>来宾</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>邀请函</translation>
        </message>
        <message>
            <source>Door check-in</source>
            <translation>现场签到</translation>
        </message>
        <message>
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <source>Return of the event</source>
            <translation>活动回报</translation>
        </message>
        <message>
            <source>Upcoming (%1)</source>
            <translation>即将举行（%1）</translation>
        </message>
        <message>
            <source>Past (%1)</source>
            <translation>已结束（%1）</translation>
        </message>
        <message>
            <source>No events yet.

A VIP event (VIP专场) rewards your best customers and brings them back. Plan one with “New event…” (Alt+N).</source>
            <translation>还没有活动。

VIP 专场可以回馈您最好的顾客，让他们再次光临。点击“新建活动…”（Alt+N）即可安排一场。</translation>
        </message>
        <message>
            <source>Guest list not saved</source>
            <translation>来宾名单未保存</translation>
        </message>
        <message>
            <source>The guest list of “%1” was changed. Save it with the event?</source>
            <translation>“%1”的来宾名单已更改。是否随活动一起保存？</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>优惠</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>名额</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>%1 invited, %2 checked in</source>
            <translation>已邀请 %1 人，已签到 %2 人</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>This event is over.</source>
            <translation>此活动已结束。</translation>
        </message>
        <message>
            <source>An event with invitations is kept: it is the record of what was spent and who came.</source>
            <translation>已发出邀请函的活动会保留下来，作为花费和出席情况的记录。</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>删除活动</translation>
        </message>
        <message>
            <source>Delete “%1” on %2? Its plan and guest list are removed.</source>
            <translation>要删除 %2 的“%1”吗？其计划和来宾名单将一并删除。</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP 专场活动</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ExportDialog</name>
        <message>
            <source>Export to a spreadsheet (CSV)</source>
            <translation>导出为表格（CSV）</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>全部会员</translation>
        </message>
        <message>
            <source>All purchases</source>
            <translation>全部消费记录</translation>
        </message>
        <message>
            <source>Where to save the file</source>
            <translation>文件保存位置</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Export:</source>
            <translation>导出内容(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <source>The file is UTF-8 with a byte order mark, so Excel shows Chinese correctly. It holds members' personal data: keep it safe. Anonymised members are exported without it. The export is recorded in the audit log.</source>
            <translation>文件为带 BOM 的 UTF-8 编码，Excel 可正确显示中文。文件包含会员个人信息，请妥善保管。已匿名化的会员不导出个人信息。本次导出会记入操作日志。</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>导出(&amp;X)</translation>
        </message>
        <message>
            <source>members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>purchases</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>Only the owner can export member data.</source>
            <translation>只有店主可以导出会员数据。</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>已将 %Ln 位会员导出到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) exported to %1.</source>
            <translation>
                <numerusform>已将 %Ln 笔消费导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>未导出任何数据：%1</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
    </context>
    <context>
        <name>md::ui::FirstStartWizard</name>
        <message>
            <source>Welcome to MemberDesk</source>
            <translation>欢迎使用会员管家</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; Two things before the counter opens: your shop's name, and the owner's account. Only the owner can change the loyalty programme, see reports, export and restore backups; clerks get their own PINs later (Shop ▸ Users).</source>
            <translation>&lt;b&gt;欢迎使用。&lt;/b&gt;打开收银台之前，请先完成两件事：填写店铺名称，并创建店主账号。只有店主可以修改会员方案、查看报表、导出数据和恢复备份；店员之后会获得各自的 PIN 码（店铺 ▸ 用户）。</translation>
        </message>
        <message>
            <source>e.g. Corner Store No. 3</source>
            <translation>例如：街角便利店 3 号店</translation>
        </message>
        <message>
            <source>Your shop</source>
            <translation>您的店铺</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>店名(&amp;N)：</translation>
        </message>
        <message>
            <source>Printed on the monthly report; you can change it later.</source>
            <translation>将打印在月报上；以后可以修改。</translation>
        </message>
        <message>
            <source>e.g. Owner, or your name</source>
            <translation>例如：店主，或您的名字</translation>
        </message>
        <message>
            <source>Owner account</source>
            <translation>店主账号</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>您的姓名(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>再次输入密码(&amp;R)：</translation>
        </message>
        <message>
            <source>Keep the password safe: it is stored only as a hash and cannot be shown again. The owner can add further owners later.</source>
            <translation>请妥善保管密码：系统只保存其哈希值，无法再次显示。店主之后可以添加其他店主账号。</translation>
        </message>
        <message>
            <source>&amp;Create and open the counter</source>
            <translation>创建并打开收银台(&amp;C)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Enter your shop's name.</source>
            <translation>请输入店铺名称。</translation>
        </message>
        <message>
            <source>Enter the owner's name (it is shown on the sign-in screen).</source>
            <translation>请输入店主姓名（将显示在登录界面上）。</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>两次输入的密码不一致。请重新输入密码。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 个字符</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::FollowupDialog</name>
        <message>
            <source>Record a follow-up</source>
            <translation>记录回访</translation>
        </message>
        <message>
            <source>What was said, e.g. happy with the new jacket</source>
            <translation>沟通内容，例如：对新夹克很满意</translation>
        </message>
        <message>
            <source>Follow up again on</source>
            <translation>再次回访日期</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>回访结果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>回访方式(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下次</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftCatalogEditor</name>
        <message>
            <source>Gift</source>
            <translation>礼品</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>提供中</translation>
        </message>
        <message>
            <source>Double-click or press Enter to edit a gift.</source>
            <translation>双击或按 Enter 编辑礼品。</translation>
        </message>
        <message>
            <source>No gifts yet. Add the gifts members can take for points.</source>
            <translation>还没有礼品。请添加会员可用积分兑换的礼品。</translation>
        </message>
        <message>
            <source>Add &amp;gift…</source>
            <translation>添加礼品(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Edit gift…</source>
            <translation>编辑礼品(&amp;E)…</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftDialog</name>
        <message>
            <source>Add gift</source>
            <translation>添加礼品</translation>
        </message>
        <message>
            <source>Edit gift</source>
            <translation>编辑礼品</translation>
        </message>
        <message>
            <source>e.g. Canvas tote bag</source>
            <translation>例如：帆布袋</translation>
        </message>
        <message>
            <source>&amp;Offered at the counter</source>
            <translation>在收银台提供(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名称(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Points price</source>
            <translation>所需积分(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Stock</source>
            <translation>库存(&amp;S)</translation>
        </message>
        <message>
            <source>%1: enter a whole number.</source>
            <translation>%1：请输入整数。</translation>
        </message>
        <message>
            <source>Points price</source>
            <translation>所需积分</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>库存</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftRedeemDialog</name>
        <message>
            <source>Redeem a gift</source>
            <translation>兑换礼品</translation>
        </message>
        <message>
            <source>The member has %1 points.</source>
            <translation>该会员有 %1 积分。</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>兑换</translation>
        </message>
        <message>
            <source>The gift catalogue is empty. The owner adds gifts on the Loyalty programme page (F7), under Gift catalogue.</source>
            <translation>礼品目录为空。店主可在“会员方案”页面（F7）的“礼品目录”中添加礼品。</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 points — %Ln in stock</source>
            <translation>
                <numerusform>%1 — %2 积分 — 库存 %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>无库存</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>积分不足</translation>
        </message>
        <message>
            <source>No gift can be given now: each is out of stock or needs more points than the member has.</source>
            <translation>现在没有可兑换的礼品：每件礼品都已无库存，或所需积分超过会员现有积分。</translation>
        </message>
        <message numerus="yes">
            <source>Give “%1” for %Ln point(s)?</source>
            <translation>
                <numerusform>确定用 %Ln 积分兑换“%1”吗？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::HeatmapWidget</name>
        <message>
            <source>Purchases by weekday and hour</source>
            <translation>按星期和时段统计的消费笔数</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>%1 purchases (busiest hour)</source>
            <translation>%1 笔消费（最忙时段）</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1 %2:00–%3:00：%Ln 笔消费</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s). Click to list them.</source>
            <translation>
                <numerusform>%1 %2:00–%3:00：%Ln 笔消费。点击即可列出。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::ImportDialog</name>
        <message>
            <source>Import from a spreadsheet (CSV)</source>
            <translation>从表格导入（CSV）</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>消费记录</translation>
        </message>
        <message>
            <source>Choose a CSV file saved from Excel…</source>
            <translation>请选择从 Excel 保存的 CSV 文件…</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自动</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>逗号 ,</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>分号 ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>First row holds the column names</source>
            <translation>第一行是列名</translation>
        </message>
        <message>
            <source>Automatic (2024-05-17, 2024/5/17, 20240517, 2024年5月17日)</source>
            <translation>自动（2024-05-17、2024/5/17、20240517、2024年5月17日）</translation>
        </message>
        <message>
            <source>Day first (17/05/2024)</source>
            <translation>日在前（17/05/2024）</translation>
        </message>
        <message>
            <source>Month first (05/17/2024)</source>
            <translation>月在前（05/17/2024）</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>编码(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>分隔符(&amp;D)：</translation>
        </message>
        <message>
            <source>Da&amp;tes:</source>
            <translation>日期(&amp;T)：</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>第一个值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Columns (* required)</source>
            <translation>列（* 为必填）</translation>
        </message>
        <message>
            <source>Preview: the first rows as they will be imported</source>
            <translation>预览：前几行将按此导入</translation>
        </message>
        <message>
            <source>Skip members already in the shop (same phone, card or old number)</source>
            <translation>跳过店里已有的会员（手机号、卡号或原编号相同）</translation>
        </message>
        <message>
            <source>Merge: fill in members already in the shop from the file</source>
            <translation>合并：用文件中的内容补充店里已有的会员</translation>
        </message>
        <message>
            <source>Create members the shop does not know yet</source>
            <translation>为店里还没有的会员新建档案</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>检查(&amp;H)</translation>
        </message>
        <message>
            <source>Reads every row and reports what would be imported; nothing is written.</source>
            <translation>读取每一行并报告将导入的内容；不写入任何数据。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>&amp;Import valid rows</source>
            <translation>导入有效行(&amp;I)</translation>
        </message>
        <message>
            <source>Closes without importing anything.</source>
            <translation>关闭，不导入任何数据。</translation>
        </message>
        <message>
            <source>-errors</source>
            <translation>-错误</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Only the owner can import members and purchases.</source>
            <translation>只有店主可以导入会员和消费记录。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Name (for new members)</source>
            <translation>姓名（用于新会员）</translation>
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
            <source>Card number</source>
            <translation>卡号</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Number in the old system</source>
            <translation>原系统编号</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>营销同意</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>已匿名化</translation>
        </message>
        <message>
            <source>Member (number, card, phone or old number)</source>
            <translation>会员（会员号、卡号、手机号或原编号）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>导入 CSV 文件</translation>
        </message>
        <message>
            <source>CSV and text files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 和文本文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>逗号</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) with names.</source>
            <translation>
                <numerusform>按 %1 读取，以%2分隔，共 %Ln 列，带列名。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) without names.</source>
            <translation>
                <numerusform>按 %1 读取，以%2分隔，共 %Ln 列，无列名。</numerusform>
            </translation>
        </message>
        <message>
            <source> (with BOM)</source>
            <translation>（带 BOM）</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— 忽略 —</translation>
        </message>
        <message>
            <source>Every required field has a column.</source>
            <translation>每个必填字段都已对应到列。</translation>
        </message>
        <message>
            <source>Choose a column for: %1.</source>
            <translation>请为以下字段选择列：%1。</translation>
        </message>
        <message>
            <source>Rows in red will not be imported; the list below says why.</source>
            <translation>红色的行不会被导入，原因见下方列表。</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s); "Check" reads them all.</source>
            <translation>
                <numerusform>前 %Ln 行；“检查”会读取全部。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) of the file.</source>
            <translation>
                <numerusform>文件的全部 %Ln 行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在检查每一行…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Stops; nothing is written.</source>
            <translation>停止，不写入任何数据。</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation>已停止，未写入任何数据。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>未导入任何数据：%1</translation>
        </message>
        <message numerus="yes">
            <source>Checked %Ln row(s) in %1 s.</source>
            <translation>
                <numerusform>已检查 %Ln 行，用时 %1 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) can be imported.</source>
            <translation>
                <numerusform>%Ln 位会员可以导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) can be imported.</source>
            <translation>
                <numerusform>%Ln 笔消费可以导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (anonymised or voided).</source>
            <translation>
                <numerusform>跳过 %Ln 行（已匿名化或已撤销）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of ¥0.00, imported all the same (a visit is a visit).</source>
            <translation>
                <numerusform>%Ln 笔金额为 ¥0.00，照样导入（来店就算一次）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) will be created for them.</source>
            <translation>
                <numerusform>将为其新建 %Ln 位会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors will not be imported.</source>
            <translation>
                <numerusform>%Ln 行有错误，不会导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln member(s) imported.</source>
            <translation>
                <numerusform>完成：已导入 %Ln 位会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln purchase(s) imported.</source>
            <translation>
                <numerusform>完成：已导入 %Ln 笔消费。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) already in the shop updated.</source>
            <translation>
                <numerusform>已更新店里已有的 %Ln 位会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) skipped.</source>
            <translation>
                <numerusform>跳过 %Ln 行。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) created.</source>
            <translation>
                <numerusform>新建 %Ln 位会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors left out.</source>
            <translation>
                <numerusform>%Ln 行有错误，未导入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) saved to %1.</source>
            <translation>
                <numerusform>已将 %Ln 个错误保存到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Tick “%1” to create them.</source>
            <translation>勾选“%1”即可为他们新建档案。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) already recorded (same member, time and amount): they will be skipped.</source>
            <translation>
                <numerusform>%Ln 笔消费已经记录过（会员、时间和金额都相同），将被跳过。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose “%1” or “%2” in the date box above.</source>
            <translation>请在上方的日期栏中选择“%1”或“%2”。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be merged into that member.</source>
            <translation>
                <numerusform>%Ln 行与店里的会员或文件中前面的某一行手机号、卡号或旧系统编号相同：将合并到该会员。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be skipped.</source>
            <translation>
                <numerusform>%Ln 行与店里的会员或文件中前面的某一行手机号、卡号或旧系统编号相同：将被跳过。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped row(s) saved to %1.</source>
            <translation>
                <numerusform>已将 %Ln 个跳过的行保存到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file lists %Ln skipped row(s) after them.</source>
            <translation>
                <numerusform>文件在其后列出了 %Ln 个跳过的行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>跳过原因</translation>
        </message>
        <message>
            <source>&amp;Save errors and skipped rows as CSV…</source>
            <translation>将错误和跳过的行保存为 CSV(&amp;S)…</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 problems; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>显示前 %Ln 个问题（共 %1 个）；CSV 文件包含其中 %2 个。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>显示前 %Ln 个跳过的行（共 %1 个）；CSV 文件包含其中 %2 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>错误 (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>已跳过 (%1)</translation>
        </message>
        <message>
            <source>Rows that cannot be imported as they are: fix them in the file.</source>
            <translation>这些行无法照原样导入：请在文件中修正。</translation>
        </message>
        <message>
            <source>Rows left out on purpose, such as sales already recorded or members already in the shop: nothing to fix.</source>
            <translation>有意略去的行，例如已记录过的消费或店里已有的会员：无需修改。</translation>
        </message>
        <message>
            <source>Save errors and skipped rows as CSV</source>
            <translation>将错误和跳过的行保存为 CSV</translation>
        </message>
        <message>
            <source>Rows in red will not be imported, rows in grey are skipped; the lists below say why.</source>
            <translation>红色的行不会被导入，灰色的行将被跳过，原因见下方列表。</translation>
        </message>
        <message>
            <source>Rows in grey are skipped; the list below says why.</source>
            <translation>灰色的行将被跳过，原因见下方列表。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightMemberList</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在收银台打开(&amp;O)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s)</source>
            <translation>
                <numerusform>%1 · %Ln 位会员</numerusform>
            </translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Click a bar, a quadrant or a list button to see its members here.</source>
            <translation>点击柱形、象限或名单按钮，即可在此查看相应会员。</translation>
        </message>
        <message>
            <source>Export members</source>
            <translation>导出会员</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>已将 %Ln 位会员导出到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Use as &amp;event audience…</source>
            <translation>用作活动邀请对象(&amp;E)…</translation>
        </message>
        <message>
            <source>Invite the members of this list to an event.</source>
            <translation>邀请此名单中的会员参加活动。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightMemberModel</name>
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
    </context>
    <context>
        <name>md::ui::InsightPage</name>
        <message>
            <source>&amp;As of:</source>
            <translation>截至(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Window:</source>
            <translation>统计区间(&amp;W)：</translation>
        </message>
        <message numerus="yes">
            <source>Last %Ln day(s)</source>
            <translation>
                <numerusform>最近 %Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>计算(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;RFM segments</source>
            <translation>RFM 客群分类(&amp;R)</translation>
        </message>
        <message>
            <source>Loyalty &amp;types</source>
            <translation>忠诚类型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;20/80</source>
            <translation>20/80(&amp;2)</translation>
        </message>
        <message>
            <source>Win &amp;back</source>
            <translation>唤回(&amp;B)</translation>
        </message>
        <message>
            <source>Press Compute to update the figures for the new date or window.</source>
            <translation>请按“计算”，按新的日期或统计区间更新数据。</translation>
        </message>
        <message>
            <source>Press Compute to analyse your members' purchases.</source>
            <translation>请按“计算”分析会员消费记录。</translation>
        </message>
        <message>
            <source>Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members.</source>
            <translation>统计区间内有消费的会员，按最近一次消费（R）、消费频率（F）和消费金额（M）分别打 1–5 分。点击柱形（或使用方向键和 Enter）即可列出该组会员。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>消费额</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>建议做法</translation>
        </message>
        <message>
            <source>Show the win-back &amp;list</source>
            <translation>查看唤回名单(&amp;L)</translation>
        </message>
        <message>
            <source>Loading the purchase history…</source>
            <translation>正在读取消费记录…</translation>
        </message>
        <message>
            <source>Scoring recency, frequency and spend (RFM)…</source>
            <translation>正在为最近消费、消费频率和消费金额评分（RFM）…</translation>
        </message>
        <message>
            <source>Sorting members into the four loyalty types…</source>
            <translation>正在将会员分为四种忠诚类型…</translation>
        </message>
        <message>
            <source>Ranking members by spend (20/80)…</source>
            <translation>正在按消费额为会员排名（20/80）…</translation>
        </message>
        <message>
            <source>Fitting the purchase and spend models (BG/NBD, Gamma-Gamma)…</source>
            <translation>正在拟合消费次数与消费金额模型（BG/NBD、Gamma-Gamma）…</translation>
        </message>
        <message>
            <source>Predicting who is slipping away and what they are worth…</source>
            <translation>正在预测哪些会员可能流失及其价值…</translation>
        </message>
        <message>
            <source>Analysing your members' purchases…</source>
            <translation>正在分析会员消费记录…</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>第 %1 步，共 %2 步：%3</translation>
        </message>
        <message>
            <source>The computation was stopped.</source>
            <translation>计算已停止。</translation>
        </message>
        <message>
            <source>From %1 to %2, %L3 of your %L4 members bought something.</source>
            <translation>%1 至 %2 期间，您的 %L4 位会员中有 %L3 位有消费。</translation>
        </message>
        <message>
            <source>(Computed in %1 s.)</source>
            <translation>（计算耗时 %1 秒）</translation>
        </message>
        <message>
            <source>Point at a bar to see what to do about its members.</source>
            <translation>将鼠标指向柱形，即可查看针对该组会员的建议做法。</translation>
        </message>
        <message>
            <source>The top 20 % of members bring %1 % of sales</source>
            <translation>前 20% 的会员贡献了 %1% 的销售额</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) out of %L2 who paid spent %3 of %4 in the window.</source>
            <translation>
                <numerusform>统计区间内，%L2 位有消费的会员中，有 %Ln 位共消费 %3（总消费额 %4）。</numerusform>
            </translation>
        </message>
        <message>
            <source>List the top 20 % (%L1)</source>
            <translation>列出前 20%（%L1）</translation>
        </message>
        <message>
            <source>Potential VIPs (%L1)</source>
            <translation>潜在 VIP（%L1）</translation>
        </message>
        <message>
            <source>Potential VIPs are among the top 20 % but below %1: invite them to move up.</source>
            <translation>潜在 VIP 是指消费额位于前 20%、但等级低于%1的会员：可邀请他们升级。</translation>
        </message>
        <message>
            <source>List the top 20 %</source>
            <translation>列出前 20%</translation>
        </message>
        <message>
            <source>Potential VIPs</source>
            <translation>潜在 VIP</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming.</source>
            <translation>
                <numerusform>%Ln 位高价值会员可能已不再光顾。</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Valuable&lt;/b&gt;: they spent at least as much as the top 20 % of customers so far. &lt;b&gt;Probably stopped&lt;/b&gt;: the chance that they are still your customers, judged from each one's own rhythm of visits, is below %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;高价值&lt;/b&gt;：截至目前，他们的累计消费额不低于前 20% 的顾客。&lt;b&gt;可能已不再光顾&lt;/b&gt;：根据每位会员自己的到店规律判断，他们仍是您顾客的概率低于 %1。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.</source>
            <translation>模型：BG/NBD（%L1 位顾客，其中 %L2 位曾再次光顾）及 Gamma-Gamma 消费金额模型，数据截至 %3。</translation>
        </message>
        <message>
            <source>No win-back list yet</source>
            <translation>暂无唤回名单</translation>
        </message>
        <message>
            <source>Spent in the window</source>
            <translation>区间内消费额</translation>
        </message>
        <message>
            <source>Visits in the window</source>
            <translation>区间内到店次数</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近到店</translation>
        </message>
        <message>
            <source>Profit in the window</source>
            <translation>区间内毛利</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>忠诚度</translation>
        </message>
        <message>
            <source>Top 20 % by spend</source>
            <translation>消费额前 20%</translation>
        </message>
        <message>
            <source>Win back</source>
            <translation>唤回</translation>
        </message>
        <message>
            <source>Valuable members who have probably stopped coming: call them or send an offer.</source>
            <translation>可能已不再光顾的高价值会员：给他们打个电话，或发送优惠。</translation>
        </message>
        <message>
            <source>Still a customer</source>
            <translation>继续光顾概率</translation>
        </message>
        <message>
            <source>How likely the member still buys from you, judged from their own rhythm of visits (BG/NBD).</source>
            <translation>根据该会员自己的到店规律，估算其仍会继续光顾的概率（BG/NBD）。</translation>
        </message>
        <message>
            <source>Predicted value</source>
            <translation>预测价值</translation>
        </message>
        <message>
            <source>If won back</source>
            <translation>若成功唤回</translation>
        </message>
        <message>
            <source>Spent so far</source>
            <translation>累计消费额</translation>
        </message>
        <message>
            <source>Everything the member has paid up to the date.</source>
            <translation>截至该日期，该会员累计实付的全部金额。</translation>
        </message>
        <message>
            <source>&amp;Profitable above (¥):</source>
            <translation>毛利高于（¥）(&amp;P)：</translation>
        </message>
        <message>
            <source>Profit in the window above which a member counts as profitable.</source>
            <translation>区间内毛利高于此值的会员视为毛利高。</translation>
        </message>
        <message>
            <source>Loyal abo&amp;ve:</source>
            <translation>忠诚度得分高于(&amp;V)：</translation>
        </message>
        <message>
            <source>Loyalty score (visits in the window × regularity) above which a member counts as loyal.</source>
            <translation>忠诚度得分（区间内到店次数 × 规律性）高于此值的会员视为忠诚度高。</translation>
        </message>
        <message>
            <source>Appl&amp;y</source>
            <translation>应用(&amp;Y)</translation>
        </message>
        <message>
            <source>Use me&amp;dians</source>
            <translation>使用中位数(&amp;D)</translation>
        </message>
        <message>
            <source>The member cards could not be updated: %1</source>
            <translation>无法更新会员卡：%1</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (your threshold).</source>
            <translation>毛利高：区间内毛利超过 %1（您设定的阈值）。</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (the median).</source>
            <translation>毛利高：区间内毛利超过 %1（中位数）。</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (your threshold).</source>
            <translation>忠诚度高：忠诚度得分超过 %1（您设定的阈值）。</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (the median).</source>
            <translation>忠诚度高：忠诚度得分超过 %1（中位数）。</translation>
        </message>
        <message>
            <source>Click a quadrant or a row to list its members.</source>
            <translation>点击象限或表格中的一行，即可列出相应会员。</translation>
        </message>
        <message>
            <source>Profit threshold: %1</source>
            <translation>毛利阈值：%1</translation>
        </message>
        <message numerus="yes">
            <source>What the member is expected to spend in the next %Ln week(s) if nothing is done: expected visits (BG/NBD) × expected spend per visit (Gamma-Gamma).</source>
            <translation>
                <numerusform>如不采取行动，该会员未来 %Ln 周内的预计消费额：预计到店次数（BG/NBD）× 预计每次消费额（Gamma-Gamma）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What the member would spend in the next %Ln week(s) as a customer again.</source>
            <translation>
                <numerusform>若该会员重新成为顾客，未来 %Ln 周内的预计消费额。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left alone, they are expected to spend %1 in the next %Ln week(s) (expected visits × expected spend per visit); won back, about %2.</source>
            <translation>
                <numerusform>如不采取行动，预计他们未来 %Ln 周内将消费 %1（预计到店次数 × 预计每次消费额）；如成功唤回，约为 %2。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::InvitationDesigner</name>
        <message>
            <source>The first line is the headline; a line starting with “&gt; ” is a highlighted detail; an empty line starts a new paragraph.</source>
            <translation>第一行是标题；以“&gt; ”开头的行是突出显示的详情；空行表示开始新段落。</translation>
        </message>
        <message>
            <source>Inserts {%1}: %2</source>
            <translation>插入 {%1}：%2</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>保存模板(&amp;S)</translation>
        </message>
        <message>
            <source>Invitation text</source>
            <translation>邀请函文字</translation>
        </message>
        <message>
            <source>&amp;Logo…</source>
            <translation>标志(&amp;L)…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>不使用标志</translation>
        </message>
        <message>
            <source>Only &amp;this guest</source>
            <translation>仅此来宾(&amp;T)</translation>
        </message>
        <message>
            <source>Print or save just the invitation shown, e.g. to replace a lost one.</source>
            <translation>只打印或保存当前显示的邀请函，例如用于补发遗失的邀请函。</translation>
        </message>
        <message>
            <source>La&amp;yout</source>
            <translation>版式(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Guest</source>
            <translation>来宾(&amp;G)</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>保存为 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Sample guest (nobody invited yet)</source>
            <translation>示例来宾（尚未邀请任何人）</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>请选择活动。</translation>
        </message>
        <message>
            <source>Correct the text to see the invitation:
%1</source>
            <translation>请修改文字，以便预览邀请函：
%1</translation>
        </message>
        <message>
            <source>The text is too long for this layout: its end is cut off. Shorten it or choose a larger layout.</source>
            <translation>文字对此版式而言过长，末尾部分会被截断。请缩短文字或选择更大的版式。</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>无标志</translation>
        </message>
        <message>
            <source>Invite guests first (Guests tab).</source>
            <translation>请先邀请来宾（“来宾”标签页）。</translation>
        </message>
        <message>
            <source>The invitation text is saved with the event.</source>
            <translation>邀请函文字会随活动一起保存。</translation>
        </message>
        <message>
            <source>Choose the store logo</source>
            <translation>选择店铺标志</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>图片 (%1)</translation>
        </message>
        <message>
            <source>The logo is saved; every printed document of the store uses it.</source>
            <translation>标志已保存；本店所有打印的文档都会使用它。</translation>
        </message>
        <message>
            <source>The logo is removed; invitations show the store name alone.</source>
            <translation>标志已移除；邀请函上将只显示店铺名称。</translation>
        </message>
        <message>
            <source>invitations-%1-%2.pdf</source>
            <translation>邀请函-%1-%2.pdf</translation>
        </message>
        <message>
            <source>Save the invitations as PDF</source>
            <translation>将邀请函保存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>The invitations were made, but the audit log could not record it: %1</source>
            <translation>邀请函已生成，但操作日志无法记录此操作：%1</translation>
        </message>
        <message>
            <source>Page %v of %m</source>
            <translation>第 %v 页，共 %m 页</translation>
        </message>
        <message>
            <source>Printing the invitations…</source>
            <translation>正在打印邀请函…</translation>
        </message>
        <message>
            <source>Invitations: %1</source>
            <translation>邀请函：%1</translation>
        </message>
        <message>
            <source>Print the invitations</source>
            <translation>打印邀请函</translation>
        </message>
        <message numerus="yes">
            <source>Writing %Ln invitation(s)…</source>
            <translation>
                <numerusform>正在生成 %Ln 份邀请函…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s) saved to %1.</source>
            <translation>
                <numerusform>已将 %Ln 页保存到 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) sent to %1.</source>
            <translation>
                <numerusform>已将 %Ln 份邀请函发送到 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Reset to the default</source>
            <translation>恢复默认文字(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::KpiTile</name>
        <message>
            <source>pt</source>
            <comment>percentage points</comment>
            <translation>百分点</translation>
        </message>
        <message>
            <source>%1 vs last month</source>
            <translation>环比 %1</translation>
        </message>
        <message>
            <source>%1 vs last year</source>
            <translation>同比 %1</translation>
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
        <message>
            <source>Insight  F6</source>
            <translation>会员分析  F6</translation>
        </message>
        <message>
            <source>&amp;Insight</source>
            <translation>会员分析(&amp;I)</translation>
        </message>
        <message>
            <source>Loyalty programme  F7</source>
            <translation>会员方案  F7</translation>
        </message>
        <message>
            <source>Today (%1)  F5</source>
            <translation>今日（%1）  F5</translation>
        </message>
        <message>
            <source>Today  F5</source>
            <translation>今日  F5</translation>
        </message>
        <message>
            <source>Member &amp;file…</source>
            <translation>会员档案(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Care</source>
            <translation>关怀(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Today's care list</source>
            <translation>今日关怀清单(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Loyalty programme</source>
            <translation>会员方案(&amp;L)</translation>
        </message>
        <message>
            <source>Dashboard  F8</source>
            <translation>经营看板  F8</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>经营看板</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;Import from CSV…</source>
            <translation>从 CSV 导入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export to CSV…</source>
            <translation>导出为 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Events  F9</source>
            <translation>活动  F9</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP 专场活动</translation>
        </message>
        <message>
            <source>&amp;Anonymise at the member's request…</source>
            <translation>应会员要求匿名化(&amp;A)…</translation>
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
        <message>
            <source>Member file (Ctrl+I)</source>
            <translation>会员档案（Ctrl+I）</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>会员分析</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln 积分</numerusform>
            </translation>
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
        <name>md::ui::MemberFileDialog</name>
        <message>
            <source>Purchase</source>
            <translation>消费</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Member file</source>
            <translation>会员档案</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>更多…</translation>
        </message>
        <message>
            <source>&amp;Follow-up…</source>
            <translation>回访(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Complaint…</source>
            <translation>投诉(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Respond to complaint…</source>
            <translation>回应投诉(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;solve complaint…</source>
            <translation>解决投诉(&amp;S)…</translation>
        </message>
        <message>
            <source>Redeem &amp;gift…</source>
            <translation>兑换礼品(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Adjust points…</source>
            <translation>调整积分(&amp;A)…</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化会员）</translation>
        </message>
        <message>
            <source>Member file — %1</source>
            <translation>会员档案 — %1</translation>
        </message>
        <message>
            <source>Follow-up recorded.</source>
            <translation>回访已记录。</translation>
        </message>
        <message>
            <source>Complaint recorded.</source>
            <translation>投诉已登记。</translation>
        </message>
        <message>
            <source>Complaint resolved.</source>
            <translation>投诉已解决。</translation>
        </message>
        <message>
            <source>Response recorded.</source>
            <translation>回应已记录。</translation>
        </message>
        <message>
            <source>Points adjusted; balance %1.</source>
            <translation>积分已调整，余额 %1。</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points.</source>
            <translation>已兑换 %1，扣除 %2 积分。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln 积分</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入会</translation>
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
        <name>md::ui::ParetoChartView</name>
        <message>
            <source>Members who bought, biggest spenders first</source>
            <translation>有消费的会员（按消费额从高到低）</translation>
        </message>
        <message>
            <source>Share of sales</source>
            <translation>销售额占比</translation>
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
        <message numerus="yes">
            <source>(+%Ln point(s) used)</source>
            <translation>
                <numerusform>（+%Ln 积分抵现）</numerusform>
            </translation>
        </message>
        <message>
            <source>That purchase is already voided.</source>
            <translation>这笔消费已经撤销过了。</translation>
        </message>
        <message>
            <source>Choose the purchase to void (↑/↓), then Alt+V again.</source>
            <translation>请用 ↑/↓ 选择要撤销的消费，再按 Alt+V。</translation>
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
        <message numerus="yes">
            <source>−%1 (%Ln point(s))</source>
            <translation>
                <numerusform>−%1（%Ln 积分）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln point(s)</source>
            <translation>
                <numerusform>+%Ln 积分</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the amount</source>
            <translation>请核对金额</translation>
        </message>
        <message>
            <source>Record a purchase of %1?</source>
            <translation>确定记录一笔 %1 的消费吗？</translation>
        </message>
        <message numerus="yes">
            <source>That is far above this shop's usual purchase (%1 on average over the last %Ln day(s)). A phone number or card typed into the amount field looks like this.</source>
            <translation>
                <numerusform>这远高于本店平常的单笔消费（最近 %Ln 天平均 %1）。如果把手机号或卡号误输入到金额栏，也会出现这样的数字。</numerusform>
            </translation>
        </message>
        <message>
            <source>That is a large amount. A phone number or card typed into the amount field looks like this.</source>
            <translation>这是一笔大额消费。如果把手机号或卡号误输入到金额栏，也会出现这样的数字。</translation>
        </message>
        <message>
            <source>&amp;Record %1</source>
            <translation>记录 %1(&amp;R)</translation>
        </message>
        <message>
            <source>Change the amount</source>
            <translation>修改金额</translation>
        </message>
    </context>
    <context>
        <name>md::ui::QuadrantChartView</name>
        <message>
            <source>Profit in the window (yuan, log scale)</source>
            <translation>区间内毛利（元，对数刻度）</translation>
        </message>
        <message>
            <source>Loyalty (visits × regularity)</source>
            <translation>忠诚度（到店次数 × 规律性）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <source>Restoring replaces everything in the database — members, purchases, points, accounts — with the backup's content. The current database is kept as a copy beside it first, and the audit log keeps its newer entries.</source>
            <translation>恢复会用备份的内容替换数据库中的所有数据——会员、消费、积分、账号。恢复前会先在同一位置保留当前数据库的副本，操作日志也会保留较新的记录。</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Automatic backups in %1:</source>
            <translation>%1 中的自动备份：</translation>
        </message>
        <message>
            <source>No automatic backups in %1 yet.</source>
            <translation>%1 中还没有自动备份。</translation>
        </message>
        <message>
            <source>or a backup file elsewhere (a USB stick, say)</source>
            <translation>或其他位置的备份文件（例如 U 盘）</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>选择文件(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>选择备份</translation>
        </message>
        <message>
            <source>MemberDesk databases (*.db);;All files (*)</source>
            <translation>会员管家数据库 (*.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose a backup to see what it holds.</source>
            <translation>选择一个备份即可查看其内容。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be restored.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;无法恢复。&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;A good MemberDesk backup&lt;/b&gt; (checked: no damage found).</source>
            <translation>&lt;b&gt;有效的会员管家备份&lt;/b&gt;（已检查：未发现损坏）。</translation>
        </message>
        <message>
            <source>Written: %1; %2.</source>
            <translation>已写入：%1；%2。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Made by an older version (schema %1); it is upgraded to schema %2 when restored.</source>
            <translation>由旧版本创建（结构版本 %1）；恢复时将升级到结构版本 %2。</translation>
        </message>
        <message>
            <source>Schema %1 (this version's).</source>
            <translation>数据库结构版本 %1（即本版本所用的版本）。</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>请先选择一个备份。</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>未恢复任何数据：%1</translation>
        </message>
        <message>
            <source>Replace the current database with this backup?

%1

Everything recorded since the backup was written is no longer in the database (the current database is kept as a copy). MemberDesk then reloads and everyone signs in again.</source>
            <translation>用此备份替换当前数据库？

%1

备份写入之后记录的所有内容都将不再存在于数据库中（当前数据库会保留一份副本）。随后会员管家将重新加载，所有人都需要重新登录。</translation>
        </message>
        <message>
            <source>The backup is restored. The previous database is kept as:
%1

MemberDesk reloads now; sign in again.</source>
            <translation>备份已恢复。原数据库已保留为：
%1

会员管家现在将重新加载，请重新登录。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s); last purchase %1.</source>
            <translation>
                <numerusform>%Ln 位会员；最近一次消费：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;A backup of another database&lt;/b&gt;, not of the one in use: restoring it replaces this database's members and purchases with that one's.</source>
            <translation>&lt;b&gt;这是另一个数据库的备份&lt;/b&gt;，不是当前使用的数据库的：恢复后，本数据库的会员和消费记录将被那个数据库的内容替换。</translation>
        </message>
        <message>
            <source>This backup is of another database, not of the one in use.</source>
            <translation>这个备份属于另一个数据库，不是当前使用的数据库。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RfmChartView</name>
        <message>
            <source>Members</source>
            <translation>会员</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RulesPage</name>
        <message>
            <source>Loyalty programme</source>
            <translation>会员方案</translation>
        </message>
        <message>
            <source>Changing the rules never rewrites history: past purchases keep the points they earned and members keep the tier they reached until their review. Every change is recorded (who, when, before and after).</source>
            <translation>修改规则不会改写历史：以往消费已获得的积分保持不变，会员在下次复核前保持已达到的等级。每次修改都会被记录（修改人、时间、修改前后的内容）。</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>近 12 个月实付消费</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>累计实付消费</translation>
        </message>
        <message>
            <source>Threshold (¥)</source>
            <translation>门槛（¥）</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Points ×</source>
            <translation>积分倍数</translation>
        </message>
        <message>
            <source>&amp;Add tier</source>
            <translation>添加等级(&amp;A)</translation>
        </message>
        <message>
            <source>Remove &amp;last tier</source>
            <translation>删除最后一个等级(&amp;L)</translation>
        </message>
        <message>
            <source>Thresholds count the member's</source>
            <translation>门槛计算依据：会员的</translation>
        </message>
        <message>
            <source>A tier is kept at least</source>
            <translation>等级至少保留</translation>
        </message>
        <message>
            <source>months before a review may lower it; upgrades happen at once.</source>
            <translation>个月后，复核才可能降级；升级立即生效。</translation>
        </message>
        <message>
            <source>Tiers (2 to 8)</source>
            <translation>等级（2 到 8 个）</translation>
        </message>
        <message>
            <source>the amount paid</source>
            <translation>实付金额</translation>
        </message>
        <message>
            <source>the gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>at the end of the month, this many months after earning:</source>
            <translation>在获得后经过以下月数的月底：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永不过期</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>积分</translation>
        </message>
        <message>
            <source>Points per ¥1</source>
            <translation>每消费 ¥1 得积分</translation>
        </message>
        <message>
            <source>Earned on</source>
            <translation>积分计算依据</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Points expire</source>
            <translation>积分过期</translation>
        </message>
        <message>
            <source>Points worth ¥1 at the till</source>
            <translation>抵现 ¥1 所需积分</translation>
        </message>
        <message>
            <source>Points pay at most</source>
            <translation>积分最多抵付</translation>
        </message>
        <message>
            <source>Referral bonus (points)</source>
            <translation>推荐奖励（积分）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>放弃修改(&amp;V)</translation>
        </message>
        <message>
            <source>Changes to the programme</source>
            <translation>会员方案变更记录</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等级 %1</translation>
        </message>
        <message>
            <source>Thresholds are the member's lifetime paid spend (money paid, not points). The first tier starts at ¥0.</source>
            <translation>门槛按会员的累计实付消费计算（实际支付的金额，不含积分）。第一个等级从 ¥0 起。</translation>
        </message>
        <message>
            <source>Thresholds are the member's paid spend in the last 12 months (money paid, not points). The first tier starts at ¥0.</source>
            <translation>门槛按会员近 12 个月的实付消费计算（实际支付的金额，不含积分）。第一个等级从 ¥0 起。</translation>
        </message>
        <message>
            <source>Tier %1, threshold: %2</source>
            <translation>等级 %1，门槛：%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Saved. The new rules apply from now on; past purchases keep their points.</source>
            <translation>已保存。新规则从现在起生效；以往消费的积分保持不变。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>threshold</source>
            <translation>门槛</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>points multiplier</source>
            <translation>积分倍数</translation>
        </message>
        <message>
            <source>Tier %1, %2</source>
            <translation>等级 %1，%2</translation>
        </message>
        <message>
            <source>Months a tier is kept</source>
            <translation>等级保留月数</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>the shop</source>
            <translation>本店</translation>
        </message>
        <message>
            <source>%1 — first programme set by %2</source>
            <translation>%1 — 由 %2 首次设定会员方案</translation>
        </message>
        <message>
            <source>%1 — changed by %2</source>
            <translation>%1 — 由 %2 修改</translation>
        </message>
        <message>
            <source>No changes yet: the built-in programme is in force.</source>
            <translation>尚无变更：当前使用内置会员方案。</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>等级名称</translation>
        </message>
        <message>
            <source>Points × in the birthday month</source>
            <translation>生日月积分倍数</translation>
        </message>
        <message>
            <source>Gift catalogue (each gift is saved at once)</source>
            <translation>礼品目录（每件礼品即时保存）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SessionGuard</name>
        <message>
            <source>The idle lock takes 0 (never) to %1 minutes.</source>
            <translation>闲置锁定时间可设为 0（从不）到 %1 分钟。</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>店铺(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切换用户(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>锁定(&amp;L)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>修改我的密码(&amp;P)…</translation>
        </message>
        <message>
            <source>Change my &amp;PIN…</source>
            <translation>修改我的 PIN 码(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>用户(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>操作日志(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Backups and lock…</source>
            <translation>备份与锁定(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>从备份恢复(&amp;R)…</translation>
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
        <name>md::ui::SignInDialog</name>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>Sign in — %1</source>
            <translation>登录 — %1</translation>
        </message>
        <message>
            <source>Switch user — %1</source>
            <translation>切换用户 — %1</translation>
        </message>
        <message>
            <source>Locked — %1</source>
            <translation>已锁定 — %1</translation>
        </message>
        <message>
            <source>MemberDesk is locked. Choose your name and enter your PIN or password.</source>
            <translation>会员管家已锁定。请选择您的名字，并输入 PIN 码或密码。</translation>
        </message>
        <message>
            <source>MemberDesk is locked (%1 was signed in). %1 or another user may unlock it.</source>
            <translation>会员管家已锁定（登录用户为 %1）。%1 或其他用户可以解锁。</translation>
        </message>
        <message>
            <source>Who takes over the counter? Choose your name and enter your PIN or password.</source>
            <translation>由谁接手收银台？请选择您的名字，并输入 PIN 码或密码。</translation>
        </message>
        <message>
            <source>Choose your name and enter your PIN or password.</source>
            <translation>请选择您的姓名，并输入 PIN 码或密码。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>%1 · owner</source>
            <translation>%1 · 店主</translation>
        </message>
        <message>
            <source>%1 · clerk</source>
            <translation>%1 · 店员</translation>
        </message>
        <message>
            <source>No account can sign in on this database. Ask whoever set up this PC for help.</source>
            <translation>此数据库中没有可登录的账号。请向设置这台电脑的人求助。</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密码(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 码(&amp;P)：</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>店主密码</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 到 6 位数字</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>请在列表中选择您的姓名。</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>请输入密码。</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>请输入 PIN 码。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::StartOfDay</name>
        <message>
            <source>Today's points expiry: %1 of %2 lapsed credits…</source>
            <translation>今天的积分过期处理：%1 / %2 笔到期积分…</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review: %1 lapsed credits expired, %2 tiers lowered.</source>
            <translation>今天的积分过期处理和等级复核已完成：%1 笔到期积分已过期，%2 位会员降级。</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>会员管家</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review could not run:
%1

The counter works; it is tried again in a few minutes.</source>
            <translation>今天的积分过期处理和等级复核未能运行：
%1

收银不受影响；几分钟后会自动重试。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>添加(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Reset PIN / password…</source>
            <translation>重置 PIN 码/密码(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>修改我的密码(&amp;M)…</translation>
        </message>
        <message>
            <source>Clerks sign in with a PIN and run the counter: they see phone numbers masked and cannot export, delete, change the programme, adjust points, restore backups or see the owner's reports. Accounts are never deleted (the audit log names them); a disabled account cannot sign in.</source>
            <translation>店员使用 PIN 码登录并负责收银：他们看到的手机号会部分隐藏，且不能导出、删除、修改会员方案、调整积分、恢复备份或查看店主的报表。账号永远不会被删除（操作日志中会记录其名称）；已停用的账号无法登录。</translation>
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
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>已启用</translation>
        </message>
        <message>
            <source>Locked until %1 (wrong PIN or password)</source>
            <translation>锁定至 %1（PIN 码或密码错误）</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1（您）</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>启用(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>Active; %Ln failed attempt(s)</source>
            <translation>
                <numerusform>已启用；登录失败 %Ln 次</numerusform>
            </translation>
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
            <source>The %Ln point(s) it earned are taken back.</source>
            <translation>
                <numerusform>该笔消费获得的 %Ln 积分将被扣回。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln point(s) it used are given back.</source>
            <translation>
                <numerusform>该笔消费使用的 %Ln 积分将退还。</numerusform>
            </translation>
        </message>
    </context>
</TS>
