<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
    <context>
        <name>AnalysisWindow</name>
        <message>
            <source>The reference date is not a valid date.</source>
            <translation>基準日期不是有效的日期。</translation>
        </message>
        <message>
            <source>The window must be 1 to 36500 days long (not %1).</source>
            <translation>統計區間須為 1 至 36500 天（目前為 %1）。</translation>
        </message>
        <message>
            <source>No purchases between %1 and %2: there is nothing to analyse in this window.</source>
            <translation>%1 至 %2 期間沒有消費紀錄，沒有可分析的資料。</translation>
        </message>
    </context>
    <context>
        <name>AudienceBuilder</name>
        <message>
            <source>The date the guest list is evaluated on is not valid.</source>
            <translation>來賓名單的評估日期無效。</translation>
        </message>
        <message>
            <source>Did not consent to marketing</source>
            <translation>未同意接收行銷訊息</translation>
        </message>
        <message>
            <source>Anonymised on request</source>
            <translation>已應本人要求匿名化</translation>
        </message>
        <message>
            <source>Removed from the list by hand</source>
            <translation>已手動從名單中移除</translation>
        </message>
        <message>
            <source>No seat left (capacity reached)</source>
            <translation>已無空位（已達人數上限）</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>AudienceFilter</name>
        <message>
            <source>The saved guest list is damaged ("%1" is not a list).</source>
            <translation>已儲存的來賓名單已損壞（“%1”不是清單）。</translation>
        </message>
        <message>
            <source>The saved guest list is damaged ("%1" holds a value that is not a member number).</source>
            <translation>已儲存的來賓名單已損壞（“%1”中有不是會員編號的值）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a whole number).</source>
            <translation>已儲存的來賓篩選條件已損壞（“%1”不是整數）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a date).</source>
            <translation>已儲存的來賓篩選條件已損壞（“%1”不是日期）。</translation>
        </message>
        <message>
            <source>Tier %1 does not exist.</source>
            <translation>等級 %1 不存在。</translation>
        </message>
        <message>
            <source>The minimum spend cannot be negative.</source>
            <translation>最低消費額不能為負數。</translation>
        </message>
        <message>
            <source>The spending period must be from 1 to %1 days.</source>
            <translation>消費統計期間必須為 1 到 %1 天。</translation>
        </message>
        <message>
            <source>The minimum probability of still being a customer must be from 0 to 1.</source>
            <translation>仍為活躍客戶的最低機率必須介於 0 到 1 之間。</translation>
        </message>
        <message>
            <source>The birthday month must be from 1 to 12.</source>
            <translation>生日月份必須介於 1 到 12 之間。</translation>
        </message>
        <message>
            <source>"Last visit after" must be at least two days before "last visit before", or nobody can match.</source>
            <translation>“最近來店晚於”的日期必須比“最近來店早於”至少早兩天，否則沒有會員能符合條件。</translation>
        </message>
        <message>
            <source>The minimum number of referrals cannot be negative.</source>
            <translation>最少推薦人數不能為負數。</translation>
        </message>
        <message>
            <source>Member %1 is both added and removed by hand.</source>
            <translation>會員 %1 同時被手動加入和手動移除。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a list).</source>
            <translation>已儲存的來賓篩選條件已損壞（“%1”不是清單）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" holds a value that is not a tier).</source>
            <translation>已儲存的來賓篩選條件已損壞（“%1”中有不是等級的值）。</translation>
        </message>
        <message>
            <source>Unknown loyalty type "%1" (friends, butterflies, barnacles, strangers).</source>
            <translation>未知的忠誠類型“%1”（friends、butterflies、barnacles、strangers）。</translation>
        </message>
        <message>
            <source>Unknown customer segment "%1" (champions, loyal, new, potential, at_risk, hibernating).</source>
            <translation>未知的客戶分群“%1”（champions、loyal、new、potential、at_risk、hibernating）。</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a number).</source>
            <translation>已儲存的來賓篩選條件已損壞（“%1”不是數字）。</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Automatic backup</source>
            <translation>自動備份</translation>
        </message>
        <message>
            <source>Backup folder changed</source>
            <translation>備份資料夾已變更</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>已從備份還原</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>已完成備份</translation>
        </message>
        <message>
            <source>Complaint handled</source>
            <translation>客訴已處理</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>客訴已登記</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <translation>客訴已解決</translation>
        </message>
        <message>
            <source>Member list exported</source>
            <translation>會員名單已匯出</translation>
        </message>
        <message>
            <source>Members exported</source>
            <translation>會員已匯出</translation>
        </message>
        <message>
            <source>Purchases exported</source>
            <translation>消費紀錄已匯出</translation>
        </message>
        <message>
            <source>Gift added</source>
            <translation>贈品已新增</translation>
        </message>
        <message>
            <source>Gift changed</source>
            <translation>贈品已變更</translation>
        </message>
        <message>
            <source>Gift redeemed</source>
            <translation>贈品已兌換</translation>
        </message>
        <message>
            <source>Members imported</source>
            <translation>會員已匯入</translation>
        </message>
        <message>
            <source>Purchases imported</source>
            <translation>消費紀錄已匯入</translation>
        </message>
        <message>
            <source>Daily points expiry and tier review</source>
            <translation>每日點數到期處理與等級複核</translation>
        </message>
        <message>
            <source>Member anonymised</source>
            <translation>會員已匿名化</translation>
        </message>
        <message>
            <source>Member note changed</source>
            <translation>會員備註已變更</translation>
        </message>
        <message>
            <source>Points adjusted by hand</source>
            <translation>點數已手動調整</translation>
        </message>
        <message>
            <source>Purchase voided</source>
            <translation>消費已作廢</translation>
        </message>
        <message>
            <source>Loyalty rules changed</source>
            <translation>會員方案規則已變更</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>登入失敗</translation>
        </message>
        <message>
            <source>Account locked after failed sign-ins</source>
            <translation>登入失敗次數過多，帳號已鎖定</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>已登入</translation>
        </message>
        <message>
            <source>Tier review</source>
            <translation>等級複核</translation>
        </message>
        <message>
            <source>Account added</source>
            <translation>帳號已新增</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>帳號已停用</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>帳號已啟用</translation>
        </message>
        <message>
            <source>Password or PIN changed</source>
            <translation>密碼或 PIN 碼已變更</translation>
        </message>
        <message>
            <source>Backups and restores (all)</source>
            <translation>備份與還原（全部）</translation>
        </message>
        <message>
            <source>Complaints (all)</source>
            <translation>客訴（全部）</translation>
        </message>
        <message>
            <source>Exports (all)</source>
            <translation>匯出（全部）</translation>
        </message>
        <message>
            <source>Gifts (all)</source>
            <translation>贈品（全部）</translation>
        </message>
        <message>
            <source>Imports (all)</source>
            <translation>匯入（全部）</translation>
        </message>
        <message>
            <source>Member data (all)</source>
            <translation>會員資料（全部）</translation>
        </message>
        <message>
            <source>Sign-ins (all)</source>
            <translation>登入（全部）</translation>
        </message>
        <message>
            <source>Accounts (all)</source>
            <translation>帳號（全部）</translation>
        </message>
        <message>
            <source>%1* (all)</source>
            <translation>%1*（全部）</translation>
        </message>
        <message>
            <source>Event guest list saved</source>
            <translation>活動來賓名單已儲存</translation>
        </message>
        <message>
            <source>Event guest list exported</source>
            <translation>活動來賓名單已匯出</translation>
        </message>
        <message>
            <source>Guest checked in</source>
            <translation>來賓已報到</translation>
        </message>
        <message>
            <source>Event created</source>
            <translation>活動已建立</translation>
        </message>
        <message>
            <source>Event deleted</source>
            <translation>活動已刪除</translation>
        </message>
        <message>
            <source>Event changed</source>
            <translation>活動已修改</translation>
        </message>
        <message>
            <source>Invitations printed</source>
            <translation>邀請函已列印</translation>
        </message>
        <message>
            <source>Guests invited</source>
            <translation>已邀請來賓</translation>
        </message>
        <message>
            <source>Invitation withdrawn</source>
            <translation>邀請已撤回</translation>
        </message>
        <message>
            <source>Loyalty-type thresholds changed</source>
            <translation>忠誠類型門檻已修改</translation>
        </message>
        <message>
            <source>Invitation text changed</source>
            <translation>邀請函文字已修改</translation>
        </message>
        <message>
            <source>Store logo changed</source>
            <translation>店鋪標誌已更換</translation>
        </message>
        <message>
            <source>Events (all)</source>
            <translation>活動（全部）</translation>
        </message>
    </context>
    <context>
        <name>AuditQuery</name>
        <message>
            <source>The end of the time range is before its start.</source>
            <translation>時間範圍的結束早於開始。</translation>
        </message>
        <message>
            <source>Show between 1 and %1 entries at a time.</source>
            <translation>每次可顯示 1 至 %1 筆紀錄。</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%2 的 %1 消費，%3</translation>
        </message>
        <message>
            <source>%1 (No. %2)</source>
            <translation>%1（%2 號）</translation>
        </message>
        <message>
            <source>Insight thresholds</source>
            <translation>會員分析門檻</translation>
        </message>
        <message>
            <source>%1 → %2 at the tier review; %3 %4</source>
            <translation>等級複核：%1 → %2；%3 %4</translation>
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
            <source>%1 → %2 after a change of the programme</source>
            <translation>會員方案調整後：%1 → %2</translation>
        </message>
        <message>
            <source>Lapsed credits expired: %1; members reviewed: %2; tiers changed: %3</source>
            <translation>到期作廢點數 %1 筆；複核會員 %2 位；等級變動 %3 個</translation>
        </message>
        <message>
            <source>%1 account “%2”</source>
            <translation>%1帳號「%2」</translation>
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
            <source>%1; old backups removed: %2</source>
            <translation>%1；刪除舊備份 %2 個</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Backup failed</source>
            <translation>備份失敗</translation>
        </message>
        <message>
            <source>The automatic backup could not be written:
%1

The database itself is fine. Check the backup folder (is the USB stick plugged in?) under Shop ▸ Backups and lock.</source>
            <translation>無法寫入自動備份：
%1

資料庫本身沒有問題。請在“商店 ▸ 備份與鎖定”中檢查備份資料夾（USB 隨身碟插好了嗎？）。</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>正在備份，備份完成後關閉…</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>已完成備份</translation>
        </message>
        <message numerus="yes">
            <source>MemberDesk closes in %Ln second(s).</source>
            <translation>
                <numerusform>會員管家將在 %Ln 秒後關閉。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>檔案 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 不是檔案。</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk backup (it is not an SQLite database).</source>
            <translation>%1 不是會員管家備份（它不是 SQLite 資料庫）。</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>無法開啟 %1：%2</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 已損毀，無法讀取：%2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk backup.</source>
            <translation>%1 是其他程式的 SQLite 資料庫，不是會員管家備份。</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 已損毀（%2）。</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of MemberDesk (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
            <translation>%1 由較新版本的會員管家建立（結構版本 %2；目前版本最高支援 %3）。請安裝新版本後再還原。</translation>
        </message>
        <message>
            <source>%1 holds no MemberDesk data.</source>
            <translation>%1 中沒有會員管家資料。</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name for the backup.</source>
            <translation>%1 是資料夾：請為備份指定檔名。</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the database itself.</source>
            <translation>備份不能覆寫資料庫本身。</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>無法建立資料夾 %1。</translation>
        </message>
        <message>
            <source>The backup to %1 failed: %2</source>
            <translation>備份至 %1 失敗：%2</translation>
        </message>
        <message>
            <source>The backup to %1 was written but failed its check, so it was deleted: %2</source>
            <translation>備份 %1 已寫入，但未通過檢查，因此已刪除：%2</translation>
        </message>
        <message>
            <source>schema version differs</source>
            <translation>結構版本不一致</translation>
        </message>
        <message>
            <source>Cannot write %1 (check that the folder is writable).</source>
            <translation>無法寫入 %1（請檢查資料夾是否可寫入）。</translation>
        </message>
        <message>
            <source>Give a file name for the backup.</source>
            <translation>請指定備份檔名。</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation>無法寫入資料夾 %1。</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>未還原任何資料：%1</translation>
        </message>
        <message>
            <source>Nothing was restored: that file is the database in use.</source>
            <translation>未還原任何資料：該檔案就是正在使用的資料庫。</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be kept as %1.</source>
            <translation>未還原任何資料：無法將目前的資料庫保留為 %1。</translation>
        </message>
        <message>
            <source>Restoring failed; the database was not changed: %1</source>
            <translation>還原失敗，資料庫未做任何變更：%1</translation>
        </message>
        <message>
            <source>The restored database could not be opened, so the previous one was put back: %1</source>
            <translation>無法開啟還原後的資料庫，已換回原本的資料庫：%1</translation>
        </message>
        <message>
            <source>The database was restored, but its audit log could not be completed: %1</source>
            <translation>資料庫已還原，但操作紀錄未能完整記錄：%1</translation>
        </message>
        <message>
            <source>The database itself may be damaged: close MemberDesk and start it again, and it is checked completely before anything else is written.</source>
            <translation>資料庫本身可能已損壞：請關閉會員管家並重新啟動，啟動時會先完整檢查資料庫，然後才會寫入任何資料。</translation>
        </message>
        <message>
            <source>%1 in the backup folder is a backup of another database with the same name, so it was left as it is and this database was not backed up. Give each database a backup folder of its own.</source>
            <translation>備份資料夾中的 %1 是另一個同名資料庫的備份，因此保持原樣未動，本資料庫這次沒有備份。請為每個資料庫設定各自的備份資料夾。</translation>
        </message>
        <message>
            <source>%1 exists and is not a MemberDesk backup, so it was not replaced. Choose another file name.</source>
            <translation>%1 已存在，且不是會員管家的備份，因此沒有覆寫它。請換一個檔名。</translation>
        </message>
    </context>
    <context>
        <name>Barcode</name>
        <message>
            <source>There is nothing to put in the QR code.</source>
            <translation>沒有可放入 QR 碼的內容。</translation>
        </message>
        <message>
            <source>There is no number to put in the barcode.</source>
            <translation>沒有可放入條碼的號碼。</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode: only letters, digits and ordinary punctuation can.</source>
            <translation>“%1”無法列印為 Code 128 條碼：僅支援字母、數字和一般標點符號。</translation>
        </message>
        <message>
            <source>“%1” is too long for a barcode (at most 80 characters).</source>
            <translation>“%1”過長，無法產生條碼（最多 80 個字元）。</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode.</source>
            <translation>“%1”無法列印為 Code 128 條碼。</translation>
        </message>
        <message numerus="yes">
            <source>The text is too long for a QR code (%Ln character(s)).</source>
            <translation>
                <numerusform>文字過長，無法產生 QR 碼（%Ln 個字元）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BgNbd</name>
        <message>
            <source>There are no customers with purchases to fit the model on.</source>
            <translation>目前還沒有任何顧客有消費紀錄，無法建立模型。</translation>
        </message>
        <message>
            <source>The purchase summary of member %1 is inconsistent (x=%2, t_x=%3, T=%4).</source>
            <translation>會員 %1 的消費彙總資料不一致（x=%2，t_x=%3，T=%4）。</translation>
        </message>
        <message>
            <source>Too little history to predict: all purchases fall on the calibration end.</source>
            <translation>歷史資料太少，無法預測：所有消費都發生在建模截止日當天。</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history (the optimiser stopped without a best fit); no predictions are made. More purchase history usually helps.</source>
            <translation>BG/NBD 模型無法根據現有消費紀錄得出穩定結果（運算在找到最佳擬合前就停止了），因此不做預測。通常累積更多消費紀錄後會有改善。</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history; no predictions are made.</source>
            <translation>BG/NBD 模型無法根據現有消費紀錄得出穩定結果，因此不做預測。</translation>
        </message>
        <message>
            <source>The prediction horizon must be zero or more.</source>
            <translation>預測期間不能為負數。</translation>
        </message>
        <message>
            <source>Expected purchases cannot be computed for these model parameters (the hypergeometric function is out of range).</source>
            <translation>依目前的模型參數無法計算預計消費次數（超幾何函數超出計算範圍）。</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to predict: %Ln customer(s) came back for a second purchase day; at least 2 are needed.</source>
            <translation>
                <numerusform>歷史資料太少，無法預測：只有 %Ln 位顧客在另一天再次消費，至少需要 2 位。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPurchaseWriter</name>
        <message>
            <source>Writing the purchases failed (%1): %2</source>
            <translation>寫入消費紀錄失敗（%1）：%2</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be added.</source>
            <translation>會員 %1 已應本人要求匿名化，無法為其新增消費紀錄。</translation>
        </message>
        <message>
            <source>The amount %1 is outside 0 to %2.</source>
            <translation>金額 %1 不在 0 至 %2 之間。</translation>
        </message>
    </context>
    <context>
        <name>BusyNotice</name>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
    </context>
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>“%1”不是有效的卡號：請使用 4 至 32 個英文字母或數字。</translation>
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
            <translation>%1 過生日</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>再消費 %1 即可升級為 %2</translation>
        </message>
        <message>
            <source>Follow-up due today</source>
            <translation>今天需回訪</translation>
        </message>
        <message>
            <source>Follow-up due since %1</source>
            <translation>回訪已逾期（應於 %1 回訪）</translation>
        </message>
        <message>
            <source>last time: %1</source>
            <translation>上次：%1</translation>
        </message>
        <message>
            <source>"%1" is not a care list row.</source>
            <translation>“%1”不是關懷清單中的項目。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message numerus="yes">
            <source>Birthday today (%Ln year(s) old)</source>
            <translation>
                <numerusform>今天生日（%Ln 歲）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) expire after %1</source>
            <translation>
                <numerusform>%Ln 點將於 %1 後到期</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open complaint(s), the oldest from %1</source>
            <translation>
                <numerusform>%Ln 件未解決的客訴，最早一件提出於 %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) in 6 months, none for %1 days</source>
            <translation>
                <numerusform>近 6 個月消費 %Ln 次，已 %1 天未來店</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CareRecords</name>
        <message>
            <source>Phone call</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>簡訊</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>來店</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; nothing more is recorded about them.</source>
            <translation>該會員已應本人要求匿名化，不再記錄其任何資訊。</translation>
        </message>
        <message>
            <source>Unknown channel "%1": use one of %2.</source>
            <translation>未知的回訪方式“%1”：請使用下列其中之一：%2。</translation>
        </message>
        <message>
            <source>A follow-up cannot be recorded in the future; set the next follow-up date instead.</source>
            <translation>不能記錄未來時間的回訪；請改為設定下次回訪日期。</translation>
        </message>
        <message>
            <source>The next follow-up date must be after the day of this one.</source>
            <translation>下次回訪日期必須晚於本次回訪的日期。</translation>
        </message>
        <message>
            <source>Describe the complaint.</source>
            <translation>請描述客訴內容。</translation>
        </message>
        <message>
            <source>Complaint %1 was already resolved on %2.</source>
            <translation>客訴 %1 已於 %2 解決。</translation>
        </message>
        <message>
            <source>Complaint %1 was already marked handled on %2.</source>
            <translation>客訴 %1 已於 %2 標示為已處理。</translation>
        </message>
        <message>
            <source>Say how the complaint was resolved.</source>
            <translation>請說明客訴是如何解決的。</translation>
        </message>
        <message>
            <source>There is no complaint with number %1.</source>
            <translation>沒有編號為 %1 的客訴。</translation>
        </message>
        <message numerus="yes">
            <source>The outcome is longer than %Ln character(s).</source>
            <translation>
                <numerusform>回訪結果超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>描述超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>備註超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The resolution is longer than %Ln character(s).</source>
            <translation>
                <numerusform>處理結果超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message>
            <source>Write down the outcome of the follow-up (even "no answer").</source>
            <translation>請填寫回訪結果（即使是「無人接聽」）。</translation>
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
        <message>
            <source>Name the member with --member ID, --card C or --phone P.</source>
            <translation>請以 --member ID、--card C 或 --phone P 指定會員。</translation>
        </message>
        <message>
            <source>  [done]</source>
            <translation>  [已完成]</translation>
        </message>
        <message>
            <source>Give the key of the care list row (as care list shows it).</source>
            <translation>請提供關懷清單項目的代碼（與 care list 顯示的相同）。</translation>
        </message>
        <message>
            <source>%1 is on the list again.</source>
            <translation>%1 已重新放回清單。</translation>
        </message>
        <message>
            <source>%1 marked done.</source>
            <translation>%1 已標示為完成。</translation>
        </message>
        <message>
            <source>--next must be a date like 2026-05-01.</source>
            <translation>--next 必須是日期，例如 2026-05-01。</translation>
        </message>
        <message>
            <source>--time must look like 2026-05-01T14:30:00.</source>
            <translation>--time 的格式應為 2026-05-01T14:30:00。</translation>
        </message>
        <message>
            <source>Follow-up %1 recorded.</source>
            <translation>回訪 %1 已記錄。</translation>
        </message>
        <message>
            <source>No follow-ups yet.</source>
            <translation>還沒有回訪紀錄。</translation>
        </message>
        <message>
            <source>--text is required: what is the complaint about?</source>
            <translation>必須提供 --text：客訴的內容是什麼？</translation>
        </message>
        <message>
            <source>Complaint %1 opened.</source>
            <translation>客訴 %1 已登記。</translation>
        </message>
        <message>
            <source>Give the number of the complaint.</source>
            <translation>請提供客訴編號。</translation>
        </message>
        <message>
            <source>--resolution is required: how was it resolved?</source>
            <translation>必須提供 --resolution：是如何解決的？</translation>
        </message>
        <message>
            <source>Complaint %1 resolved.</source>
            <translation>客訴 %1 已解決。</translation>
        </message>
        <message>
            <source>Complaint %1 marked handled.</source>
            <translation>客訴 %1 已標示為已處理。</translation>
        </message>
        <message>
            <source>open</source>
            <translation>未解決</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>已解決</translation>
        </message>
        <message>
            <source>No complaints.</source>
            <translation>沒有客訴。</translation>
        </message>
        <message>
            <source>--offset and --limit take whole numbers.</source>
            <translation>--offset 和 --limit 只接受整數。</translation>
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
            <translation>請只指定一個要匯入的檔案。</translation>
        </message>
        <message>
            <source>--delimiter must be auto, comma, semicolon, tab or whitespace.</source>
            <translation>--delimiter 必須為 auto、comma、semicolon、tab 或 whitespace。</translation>
        </message>
        <message>
            <source>--header must be auto, yes or no.</source>
            <translation>--header 必須為 auto、yes 或 no。</translation>
        </message>
        <message>
            <source>--duplicates must be skip or merge.</source>
            <translation>--duplicates 必須為 skip 或 merge。</translation>
        </message>
        <message>
            <source>--member-ref must be auto, id, card, phone or external.</source>
            <translation>--member-ref 必須為 auto、id、card、phone 或 external。</translation>
        </message>
        <message>
            <source>--create-members and --member-ref apply to purchase imports only.</source>
            <translation>--create-members 和 --member-ref 僅適用於匯入消費紀錄。</translation>
        </message>
        <message>
            <source>--duplicates applies to member imports only.</source>
            <translation>--duplicates 僅適用於匯入會員。</translation>
        </message>
        <message>
            <source>Dry run, nothing was written.</source>
            <translation>模擬執行，未寫入任何資料。</translation>
        </message>
        <message>
            <source>%1 member(s) imported, %2 merged, %3 skipped, %4 row(s) with errors.</source>
            <translation>已匯入 %1 位會員，合併 %2 位，略過 %3 位，%4 列有錯誤。</translation>
        </message>
        <message>
            <source>%1 purchase(s) imported (%2 of zero value), %3 member(s) created, %4 skipped, %5 row(s) with errors.</source>
            <translation>已匯入 %1 筆消費（其中 %2 筆金額為零），新增 %3 位會員，略過 %4 筆，%5 列有錯誤。</translation>
        </message>
        <message>
            <source>Give exactly one file to write.</source>
            <translation>請只指定一個要寫入的檔案。</translation>
        </message>
        <message>
            <source>%1 row(s) written to %2.</source>
            <translation>已將 %1 列寫入 %2。</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01, not "%2".</source>
            <translation>--%1 必須是日期，例如 2026-05-01，而不是“%2”。</translation>
        </message>
        <message>
            <source>--%1 must be a whole number above 0.</source>
            <translation>--%1 必須是大於 0 的整數。</translation>
        </message>
        <message>
            <source>--unit must be day or week.</source>
            <translation>--unit 必須為 day 或 week。</translation>
        </message>
        <message>
            <source>--loyalty-threshold must be a number of 0 or more.</source>
            <translation>--loyalty-threshold 必須是大於或等於 0 的數字。</translation>
        </message>
        <message>
            <source>Members who bought between %1 and %2: %3</source>
            <translation>%1 至 %2 期間有消費的會員：%3</translation>
        </message>
        <message>
            <source>RFM segments:</source>
            <translation>RFM 客群分類：</translation>
        </message>
        <message>
            <source>Loyalty types:</source>
            <translation>忠誠類型：</translation>
        </message>
        <message>
            <source>20/80: nobody paid anything in this window.</source>
            <translation>20/80：此期間內沒有任何消費。</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in weeks: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD 模型：根據 %1 位顧客（其中 %2 位曾再次光顧）截至 %3 的資料，以週為單位：r = %4，alpha = %5，a = %6，b = %7，對數概似 %8。</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in days: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD 模型：根據 %1 位顧客（其中 %2 位曾再次光顧）截至 %3 的資料，以天為單位：r = %4，alpha = %5，a = %6，b = %7，對數概似 %8。</translation>
        </message>
        <message>
            <source>Gamma-Gamma spend on %1 customers: p = %2, q = %3, v = %4.</source>
            <translation>Gamma-Gamma 消費金額模型（%1 位顧客）：p = %2，q = %3，v = %4。</translation>
        </message>
        <message>
            <source>--horizon is required (the number of days or weeks to predict).</source>
            <translation>必須提供 --horizon（要預測的天數或週數）。</translation>
        </message>
        <message>
            <source>--horizon must be a whole number of days or weeks above 0.</source>
            <translation>--horizon 必須是大於 0 的整數（天數或週數）。</translation>
        </message>
        <message>
            <source>--member must be a member number.</source>
            <translation>--member 必須是會員編號。</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>預測值超出範圍。</translation>
        </message>
        <message>
            <source>There is no member %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Member %1 has no purchases on or before %2: there is nothing to predict from.</source>
            <translation>會員 %1 在 %2（含）之前沒有消費紀錄，無法預測。</translation>
        </message>
        <message>
            <source>--threshold must be a probability above 0 and at most 1, e.g. 0.3.</source>
            <translation>--threshold 必須是大於 0 且不超過 1 的機率，例如 0.3。</translation>
        </message>
        <message>
            <source>Member %1: spent %2, last came %3, still a customer with probability %4.</source>
            <translation>會員 %1：已消費 %2，最近一次來店 %3，仍會繼續光顧的機率為 %4。</translation>
        </message>
        <message>
            <source>--%1 takes a whole number, not "%2".</source>
            <translation>--%1 只接受整數，而不是“%2”。</translation>
        </message>
        <message>
            <source>Maintenance already ran on %1 (use --force to run it again).</source>
            <translation>%1 已執行過例行維護（如需再次執行，請使用 --force）。</translation>
        </message>
        <message>
            <source>Maintenance for %1: %2 expiry entries, %3 members reviewed, %4 tiers lowered.</source>
            <translation>%1 例行維護：%2 筆點數到期紀錄，複核 %3 位會員，降級 %4 位。</translation>
        </message>
        <message>
            <source>--points is required (e.g. 200 or -50).</source>
            <translation>必須提供 --points（例如 200 或 -50）。</translation>
        </message>
        <message>
            <source>--reason is required: say why the points are adjusted.</source>
            <translation>必須提供 --reason：請說明調整點數的原因。</translation>
        </message>
        <message>
            <source>Points of member %1 adjusted by %2: balance %3.</source>
            <translation>會員 %1 的點數已調整 %2：餘額 %3。</translation>
        </message>
        <message>
            <source>--stock must be from 0 to %1.</source>
            <translation>--stock 必須介於 0 至 %1 之間。</translation>
        </message>
        <message>
            <source>--active takes yes or no.</source>
            <translation>--active 只接受 yes 或 no。</translation>
        </message>
        <message>
            <source>--name and --points (the price in points) are required.</source>
            <translation>必須提供 --name 和 --points（兌換所需點數）。</translation>
        </message>
        <message>
            <source>Gift %1 added: %2 for %3 points, %4 in stock.</source>
            <translation>已新增贈品 %1：%2，需 %3 點，庫存 %4。</translation>
        </message>
        <message>
            <source>Give the number of the gift to edit.</source>
            <translation>請提供要編輯的贈品編號。</translation>
        </message>
        <message>
            <source>Gift %1 saved.</source>
            <translation>贈品 %1 已儲存。</translation>
        </message>
        <message>
            <source>%1  %2  %3 points  stock %4%5
</source>
            <translation>%1  %2  %3 點  庫存 %4%5
</translation>
        </message>
        <message>
            <source>  (not offered)</source>
            <translation>  （已下架）</translation>
        </message>
        <message>
            <source>The gift catalogue is empty.</source>
            <translation>贈品目錄是空的。</translation>
        </message>
        <message>
            <source>Give the number of the gift to hand out.</source>
            <translation>請提供要兌換的贈品編號。</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points: balance %3, %4 left in stock.</source>
            <translation>已兌換 %1，扣除 %2 點：餘額 %3，庫存剩餘 %4。</translation>
        </message>
        <message>
            <source>--repeat takes a whole number from 1 to 100.</source>
            <translation>--repeat 只接受 1 至 100 之間的整數。</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded.</source>
            <translation>%1 無資料：沒有任何會員消費、註冊或點數異動紀錄。</translation>
        </message>
        <message>
            <source>%1 (computed in %2 ms)</source>
            <translation>%1（計算耗時 %2 毫秒）</translation>
        </message>
        <message>
            <source>  average ticket %1</source>
            <translation>  客單價 %1</translation>
        </message>
        <message>
            <source>  %1 active members, %2 new, repeat-purchase rate %3 %</source>
            <translation>  活躍會員 %1 位，新會員 %2 位，回購率 %3%</translation>
        </message>
        <message>
            <source>  points issued %1, redeemed %2, expired %3; outstanding %4 (liability %5)</source>
            <translation>  點數發放 %1，兌換 %2，到期 %3；點數餘額 %4（負債 %5）</translation>
        </message>
        <message>
            <source>  %1 new VIPs, %2 members at risk</source>
            <translation>  新晉 VIP %1 位，有流失風險的會員 %2 位</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out report.pdf.</source>
            <translation>必須提供 --out：要寫入的 PDF 檔案，例如 --out report.pdf。</translation>
        </message>
        <message>
            <source>Rendering a report needs the graphics libraries, which could not start.</source>
            <translation>產生報告需要圖形函式庫，但圖形函式庫無法啟動。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>資料夾 %1 不存在。</translation>
        </message>
        <message>
            <source>There was no data in that month; the report says so.</source>
            <translation>該月沒有資料，報告中已註明。</translation>
        </message>
        <message>
            <source>Report summaries rebuilt (%1 rows differed before).</source>
            <translation>報表彙總資料已重建（重建前有 %1 列不一致）。</translation>
        </message>
        <message>
            <source>Give the backup file: backup FILE</source>
            <translation>請指定備份檔案：backup FILE</translation>
        </message>
        <message>
            <source>Backup written and verified: %1 (%2 bytes).</source>
            <translation>備份已寫入並驗證：%1（%2 位元組）。</translation>
        </message>
        <message>
            <source>Today's backup is already in %1.</source>
            <translation>今天的備份已在 %1 中。</translation>
        </message>
        <message>
            <source>Give the backup file: restore FILE</source>
            <translation>請指定備份檔案：restore FILE</translation>
        </message>
        <message>
            <source>Restored from %1. The previous database was kept as %2.</source>
            <translation>已從 %1 還原。原資料庫已保留為 %2。</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01 or a time like 2026-05-01T14:30:00, not "%2".</source>
            <translation>--%1 必須是日期（例如 2026-05-01）或時間（例如 2026-05-01T14:30:00），而不是“%2”。</translation>
        </message>
        <message>
            <source>--limit, --offset and --user take whole numbers.</source>
            <translation>--limit、--offset 和 --user 只接受整數。</translation>
        </message>
        <message>
            <source>%1 of %2 entries.</source>
            <translation>共 %2 筆，顯示 %1 筆。</translation>
        </message>
        <message>
            <source>Give the number of the member to anonymise.</source>
            <translation>請提供要匿名化的會員編號。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised; their purchases stay in the totals.</source>
            <translation>會員 %1 已匿名化；其消費仍計入統計總額。</translation>
        </message>
        <message>
            <source>--%1 must be a local time like 2026-12-05T18:30, not "%2".</source>
            <translation>--%1 必須是當地時間，例如 2026-12-05T18:30，而非“%2”。</translation>
        </message>
        <message>
            <source>Give the number of the event (see event list).</source>
            <translation>請提供活動編號（請參閱 event list）。</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 必須是 %2 至 %3 之間的整數。</translation>
        </message>
        <message>
            <source>--%1 takes a member number, not "%2".</source>
            <translation>--%1 需要會員編號，而非“%2”。</translation>
        </message>
        <message>
            <source>There is no tier "%1". The tiers are: %2.</source>
            <translation>沒有“%1”這個等級。現有等級：%2。</translation>
        </message>
        <message>
            <source>--type must be friends, butterflies, barnacles or strangers, not "%1".</source>
            <translation>--type 必須為 friends、butterflies、barnacles 或 strangers，而非“%1”。</translation>
        </message>
        <message>
            <source>--segment must be champions, loyal, new, potential, at_risk or hibernating, not "%1".</source>
            <translation>--segment 必須為 champions、loyal、new、potential、at_risk 或 hibernating，而非“%1”。</translation>
        </message>
        <message>
            <source>--min-p-alive must be a number from 0 to 1, e.g. 0.6.</source>
            <translation>--min-p-alive 必須是 0 至 1 之間的數值，例如 0.6。</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>必須提供 --%1。</translation>
        </message>
        <message>
            <source>Event %1 planned: "%2", %3 to %4.</source>
            <translation>已規劃活動 %1：“%2”，%3 至 %4。</translation>
        </message>
        <message>
            <source>Choose --upcoming or --past, not both.</source>
            <translation>請選擇 --upcoming 或 --past，不能同時使用。</translation>
        </message>
        <message>
            <source>event list takes no arguments besides --upcoming or --past.</source>
            <translation>event list 除了 --upcoming 或 --past 之外不接受其他參數。</translation>
        </message>
        <message>
            <source>%1  %2  %3  invited %4, attended %5%6</source>
            <translation>%1  %2  %3  邀請 %4 人，出席 %5 人%6</translation>
        </message>
        <message>
            <source>(past)</source>
            <translation>（已結束）</translation>
        </message>
        <message>
            <source>No events.</source>
            <translation>沒有活動。</translation>
        </message>
        <message>
            <source>Guests in total: %1 (already invited before: %2).</source>
            <translation>來賓總數：%1（先前已邀請：%2）。</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>已排除：</translation>
        </message>
        <message>
            <source>Give --card or --phone, not both.</source>
            <translation>請提供 --card 或 --phone，不能同時提供。</translation>
        </message>
        <message>
            <source>Give the code of the invitation's QR code (MD1.…), or --card / --phone with --event.</source>
            <translation>請提供邀請函 QR 碼中的代碼（MD1.…），或將 --card / --phone 與 --event 搭配使用。</translation>
        </message>
        <message>
            <source>--event takes the number of the event being checked in.</source>
            <translation>--event 需要提供要報到的活動編號。</translation>
        </message>
        <message>
            <source>--card and --phone need --event: the event being checked in.</source>
            <translation>--card 和 --phone 需搭配 --event 使用：指定要報到的活動。</translation>
        </message>
        <message>
            <source>"%1": invited %2, attended %3.</source>
            <translation>“%1”：邀請 %2 人，出席 %3 人。</translation>
        </message>
        <message>
            <source>They spent %1 per member: %2 expected from the attendees anyway.</source>
            <translation>他們平均每人消費 %1：即到場來賓原本也會消費的預期金額為 %2。</translation>
        </message>
        <message>
            <source>Cost %1, extra revenue %2.</source>
            <translation>成本 %1，額外營收 %2。</translation>
        </message>
        <message>
            <source>Return on cost: %1%</source>
            <translation>投資報酬率：%1%</translation>
        </message>
        <message>
            <source>Provisional: the week after the event ends on %1.</source>
            <translation>暫定：活動後一週的追蹤期至 %1 結束。</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8, gbk, big5 or utf-16.</source>
            <translation>--encoding 必須是 auto、utf-8、gbk、big5 或 utf-16。</translation>
        </message>
        <message>
            <source>Give the event number: event invitations EVENT_ID --out FILE.pdf.</source>
            <translation>請提供活動編號：event invitations EVENT_ID --out FILE.pdf。</translation>
        </message>
        <message>
            <source>"%1" is not an event number.</source>
            <translation>“%1”不是活動編號。</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out invitations.pdf.</source>
            <translation>必須提供 --out：要寫入的 PDF 檔案，例如 --out invitations.pdf。</translation>
        </message>
        <message>
            <source>Unknown layout "%1": use a4, a4-4up or a6.</source>
            <translation>未知的版面“%1”：請使用 a4、a4-4up 或 a6。</translation>
        </message>
        <message>
            <source>Rendering invitations needs the graphics libraries, which could not start.</source>
            <translation>產生邀請函需要圖形程式庫，但圖形程式庫無法啟動。</translation>
        </message>
        <message>
            <source>No predictions: %1</source>
            <translation>未做任何預測：%1</translation>
        </message>
        <message>
            <source>The stored insight is for a later date (%1); it was kept.</source>
            <translation>已儲存的會員分析日期較晚（%1），已予以保留。</translation>
        </message>
        <message>
            <source>No member insight has been computed yet; run `insight refresh`.</source>
            <translation>尚未進行會員分析；請執行 `insight refresh`。</translation>
        </message>
        <message>
            <source>The last insight computation (%1) failed: %2</source>
            <translation>最近一次會員分析（%1）失敗：%2</translation>
        </message>
        <message>
            <source>--member must be a member id.</source>
            <translation>--member 必須是會員編號。</translation>
        </message>
        <message>
            <source>Member %1: %2, %3 (R %4, F %5, M %6).</source>
            <translation>會員 %1：%2，%3（R %4，F %5，M %6）。</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>無預測：%1</translation>
        </message>
        <message>
            <source>--members, --months, --purchases and --seed take whole numbers.</source>
            <translation>--members、--months、--purchases 和 --seed 必須是整數。</translation>
        </message>
        <message>
            <source>--purchases takes a number of purchases from 1.</source>
            <translation>--purchases 必須是不小於 1 的消費筆數。</translation>
        </message>
        <message>
            <source>--months takes a number of months from 1 to 120.</source>
            <translation>--months 必須是 1 到 120 之間的月數。</translation>
        </message>
        <message>
            <source>Use --create-members to create unknown members.</source>
            <translation>如需為未知的會員建立資料，請使用 --create-members。</translation>
        </message>
        <message>
            <source>Upgrading the database from schema %1 to %2…</source>
            <translation>正在將資料庫從結構版本 %1 升級到 %2…</translation>
        </message>
        <message numerus="yes">
            <source>Demo shop created: %1 members, %2 purchases over %Ln month(s) (visit rates × %3).</source>
            <translation>
                <numerusform>示範店鋪已建立：%1 位會員，%Ln 個月內共 %2 筆消費（到店頻率 × %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to do today.</source>
            <translation>
                <numerusform>今日待辦 %Ln 項。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would invite %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>將邀請 %Ln 位會員參加“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invited %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>已邀請 %Ln 位會員參加“%1”。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>beyond --limit: %Ln member(s)</source>
            <translation>
                <numerusform>超出 --limit：%Ln 位會員</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attendees bought %Ln time(s) for %1 during the event and %2 in the following 7 days.</source>
            <translation>
                <numerusform>出席者在活動期間消費 %Ln 次，共 %1；活動結束後 7 天內消費 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1": %Ln guest(s) invited, %2 checked in.</source>
            <translation>
                <numerusform>“%1”：已邀請 %Ln 位來賓，%2 位已報到。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>……另有 %Ln 筆。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>20/80: the top %Ln member(s) brought %1 of the spend; %2 of them could become VIPs.</source>
            <translation>
                <numerusform>20/80：消費最多的 %Ln 位會員貢獻了 %1 的消費額；其中 %2 位有望成為 VIP。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln week(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>預計未來 %Ln 週內，全部 %1 位顧客合計再來消費 %2 天次（金額約 %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln day(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>預計未來 %Ln 天內，全部 %1 位顧客合計再來消費 %2 天次（金額約 %3）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln week(s), worth about %4.</source>
            <translation>
                <numerusform>會員 %1：仍會繼續光顧的機率為 %2；預計未來 %Ln 週內有 %3 天來消費，金額約 %4。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln day(s), worth about %4.</source>
            <translation>
                <numerusform>會員 %1：仍會繼續光顧的機率為 %2；預計未來 %Ln 天內有 %3 天來消費，金額約 %4。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming:</source>
            <translation>
                <numerusform>%Ln 位高價值會員可能已不再光顧：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member insight as of %1 (%Ln member(s), computed %2):</source>
            <translation>
                <numerusform>截至 %1 的會員分析（%Ln 位會員，計算於 %2）：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln member(s), %2</source>
            <translation>
                <numerusform>%1：%Ln 位會員，%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1 has no purchases in the %Ln day(s) up to %2.</source>
            <translation>
                <numerusform>會員 %1 在截至 %2 的 %Ln 天內沒有消費。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still a customer with probability %1; %2 expected in the next %Ln week(s).</source>
            <translation>
                <numerusform>仍是顧客的機率為 %1；預計未來 %Ln 週內消費 %2。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln invitation(s) for “%1” to %2</source>
            <translation>
                <numerusform>已將“%1”的 %Ln 份邀請函寫入 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln page(s), %1).</source>
            <translation>
                <numerusform>（%Ln 頁，%1）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) of anonymised members were left out.</source>
            <translation>
                <numerusform>已略過 %Ln 份屬於已匿名化會員的邀請函。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  member sales %1 in %Ln purchase(s)</source>
            <translation>
                <numerusform>  會員銷售額 %1，共 %Ln 筆消費</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the monthly report for %1 to %2 (%Ln page(s)).</source>
            <translation>
                <numerusform>已將 %1 的月報寫入 %2（共 %Ln 頁）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup written and verified: %1 (%2 bytes); %Ln old backup(s) removed.</source>
            <translation>
                <numerusform>備份已寫入並驗證：%1（%2 位元組）；已刪除 %Ln 個舊備份。</numerusform>
            </translation>
        </message>
        <message>
            <source>The option --%1 was given more than once.</source>
            <translation>選項 --%1 重複給出了多次。</translation>
        </message>
        <message>
            <source>--%1 cannot be after today (%2): only what has happened can be analysed.</source>
            <translation>--%1 不能晚於今天（%2）：只能分析已經發生的資料。</translation>
        </message>
        <message>
            <source>Name the member one way only: by number, --card or --phone.</source>
            <translation>請只用一種方式指定會員：會員編號、--card 或 --phone。</translation>
        </message>
        <message>
            <source>The option %1 was given more than once.</source>
            <translation>選項 %1 重複給出了多次。</translation>
        </message>
        <message>
            <source>No command given. Run memberdesk-cli help for the list.</source>
            <translation>沒有給出命令。執行 memberdesk-cli help 查看命令清單。</translation>
        </message>
        <message>
            <source>"%1" needs one of: %2. Run memberdesk-cli help for the list.</source>
            <translation>「%1」後面需要一個子命令：%2。執行 memberdesk-cli help 查看完整清單。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) were already recorded (same member, time and amount) and were skipped.</source>
            <translation>
                <numerusform>%Ln 筆消費已經記錄過（會員、時間和金額都相同），已略過。</numerusform>
            </translation>
        </message>
        <message>
            <source>The day's points expiry and tier review did not run: %1</source>
            <translation>當天的點數到期處理和等級複核未能執行：%1</translation>
        </message>
        <message>
            <source>The day's maintenance ran first: %1 expiry entries, %2 tiers lowered.</source>
            <translation>已先執行當天的例行維護：%1 筆點數到期紀錄，%2 個等級下調。</translation>
        </message>
        <message>
            <source>Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
            <translation>請指定日期格式，如 --date-format dd/MM/yyyy 或 --date-format MM/dd/yyyy。</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2: `restore %1` puts it in place (purchases after that day must be entered again).</source>
            <translation>最新的可用備份是 %2 的 %1：用 `restore %1` 即可還原（此日之後的消費需要重新輸入）。</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>查詢失敗：%1</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>已略過：</translation>
        </message>
    </context>
    <context>
        <name>ClvModels</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>建模截止日不是有效的日期。</translation>
        </message>
        <message>
            <source>There are no purchases yet: lifetime value needs purchase history.</source>
            <translation>目前還沒有消費紀錄：預測顧客終身價值需要消費歷史。</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>建模截止日 %1 早於第一筆消費（%2）。</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1（第 %2 欄）</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>第 %1 欄</translation>
        </message>
        <message>
            <source>--map needs FIELD=COLUMN (e.g. amount=3 or phone=手机), not "%1".</source>
            <translation>--map 的格式應為 FIELD=COLUMN（欄位名=欄，例如 amount=3 或 phone=手机），而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown field "%1" in --map. The fields are: %2.</source>
            <translation>--map 中有未知的欄位“%1”。可用欄位為：%2。</translation>
        </message>
        <message>
            <source>Column numbers in --map start at 1 (got %1).</source>
            <translation>--map 中的欄位編號從 1 開始（收到的是 %1）。</translation>
        </message>
        <message>
            <source>--map %1=%2 names a column, but the file has no header: use the column number.</source>
            <translation>--map %1=%2 指定的是欄位名稱，但檔案沒有標題列：請改用欄位編號。</translation>
        </message>
        <message>
            <source>--map %1=%2: the file has no column "%2". Its columns are: %3.</source>
            <translation>--map %1=%2：檔案中沒有“%2”欄位。現有的欄位為：%3。</translation>
        </message>
        <message>
            <source>The file has no column that names the member (member_ref, 会员号, card or phone). Use --map member_ref=COLUMN.</source>
            <translation>檔案中沒有可識別會員的欄位（member_ref、会员号、card 或 phone）。請使用 --map member_ref=COLUMN 指定。</translation>
        </message>
        <message>
            <source>The file has no column for "%1" (a header such as %2). Use --map %1=COLUMN.</source>
            <translation>檔案中沒有“%1”欄位（標題如 %2）。請使用 --map %1=COLUMN 指定。</translation>
        </message>
        <message>
            <source>"%1" is not a gender (use m, f, 男 or 女).</source>
            <translation>“%1”不是有效的性別（請使用 m、f、男 或 女）。</translation>
        </message>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>“%1”不是有效的是/否值。</translation>
        </message>
        <message>
            <source>Points, tier and totals are not imported: they are rebuilt from the purchases (import the purchase history after the members).</source>
            <translation>點數、等級和累計金額不匯入：它們會依消費紀錄重新計算（請在匯入會員之後匯入消費紀錄）。</translation>
        </message>
        <message>
            <source>Points and tier are not imported: each purchase earns them by the current loyalty rules.</source>
            <translation>點數和等級不匯入：每筆消費依目前的會員方案重新計算。</translation>
        </message>
        <message numerus="yes">
            <source>--map %1=%2: the file has only %Ln column(s).</source>
            <translation>
                <numerusform>--map %1=%2：檔案只有 %Ln 欄。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>匯出已取消，未寫入任何檔案。</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file starts with a UTF-8 byte order mark, but %1 was asked for. Use --encoding utf-8 (or auto).</source>
            <translation>檔案以 UTF-8 位元組順序標記開頭，但指定的編碼是 %1。請使用 --encoding utf-8（或 auto）。</translation>
        </message>
        <message>
            <source>The file starts with a UTF-16 byte order mark, but %1 was asked for.</source>
            <translation>檔案以 UTF-16 位元組順序標記開頭，但指定的編碼是 %1。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-16.</source>
            <translation>第 %1 行不是有效的 UTF-16。</translation>
        </message>
        <message>
            <source>The file has no UTF-16 byte order mark; save it again as "Unicode text" or as UTF-8.</source>
            <translation>檔案沒有 UTF-16 位元組順序標記；請重新另存為“Unicode 文字”或 UTF-8。</translation>
        </message>
        <message>
            <source>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16 without a byte order mark).</source>
            <translation>第 %1 行包含 NUL 位元組：這不是文字檔（或是沒有位元組順序標記的 UTF-16 檔案）。</translation>
        </message>
        <message>
            <source>Line %1 is not valid GBK/GB18030 text.</source>
            <translation>第 %1 行不是有效的 GBK/GB18030 文字。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 while the rest of the file is: the file mixes encodings or is damaged. Fix that line, or save the whole file in one encoding.</source>
            <translation>第 %1 行不是有效的 UTF-8，但檔案其餘部分是：檔案混用了多種編碼或已損毀。請修正該行，或將整個檔案以同一種編碼儲存。</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8. If the file came from Excel, try --encoding gbk.</source>
            <translation>第 %1 行不是有效的 UTF-8。如果檔案來自 Excel，請嘗試 --encoding gbk。</translation>
        </message>
        <message>
            <source>The quote opened on line %1 is never closed.</source>
            <translation>第 %1 行開始的引號沒有結束。</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>無法開啟 %1：%2</translation>
        </message>
        <message>
            <source>%1 is larger than 1 GB; split it into smaller files.</source>
            <translation>%1 超過 1 GB，請分割成較小的檔案。</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>無法讀取 %1：%2</translation>
        </message>
        <message>
            <source>Line %1 is not valid Big5 text.</source>
            <translation>第 %1 列不是有效的 Big5 文字。</translation>
        </message>
        <message>
            <source>Line %1 is neither UTF-8, GBK nor Big5 text. Save the file as UTF-8 and try again.</source>
            <translation>第 %1 列既不是 UTF-8，也不是 GBK 或 Big5 文字。請將檔案另存為 UTF-8 後再試一次。</translation>
        </message>
        <message numerus="yes">
            <source>Field %1 is longer than %Ln character(s).</source>
            <translation>
                <numerusform>第 %1 個欄位超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record has more than %Ln field(s).</source>
            <translation>
                <numerusform>該筆紀錄的欄位超過 %Ln 個。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerSummaries</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>建模截止日不是有效的日期。</translation>
        </message>
        <message>
            <source>There are no purchases to learn from yet.</source>
            <translation>目前還沒有可供分析的消費紀錄。</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>建模截止日 %1 早於第一筆消費（%2）。</translation>
        </message>
    </context>
    <context>
        <name>DailyMaintenance</name>
        <message>
            <source>Today's points expiry was stopped after %1 of %2 lapsed credits; the rest is done at the next run.</source>
            <translation>今天的點數到期處理在 %2 筆中的第 %1 筆後停止；其餘部分會在下次執行時完成。</translation>
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
        <name>DatabaseUpgrade</name>
        <message>
            <source>Upgrading the member database for this version of MemberDesk…</source>
            <translation>正在為此版本的會員管家升級會員資料庫…</translation>
        </message>
        <message>
            <source>Schema %1 to %2. A large shop's database can take a minute: please wait, and leave the computer on. If it is interrupted, nothing is lost and the upgrade runs again at the next start.</source>
            <translation>資料結構版本 %1 → %2。大店的資料庫可能需要一分鐘左右，請稍候，不要關閉電腦。即使中途中斷也不會遺失資料，下次啟動時會重新升級。</translation>
        </message>
    </context>
    <context>
        <name>DateReader</name>
        <message>
            <source>"%1" is not a date (write it as 2024-05-17, 2024/5/17 or 20240517).</source>
            <translation>“%1”不是有效的日期（請寫成 2024-05-17、2024/5/17 或 20240517）。</translation>
        </message>
        <message>
            <source>"%1" does not match the date format %2.</source>
            <translation>“%1”與日期格式 %2 不符。</translation>
        </message>
        <message>
            <source>The date %1 is out of range.</source>
            <translation>日期 %1 超出範圍。</translation>
        </message>
        <message>
            <source>"%1": day and month cannot be told apart.</source>
            <translation>「%1」：無法區分日和月。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1%2</translation>
        </message>
        <message>
            <source>Give the file's date format (day/month/year or month/day/year).</source>
            <translation>請指定檔案的日期格式（日/月/年 或 月/日/年）。</translation>
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
        <message>
            <source>The demo could not reach exactly %1 purchases.</source>
            <translation>示範資料無法剛好產生 %1 筆消費。</translation>
        </message>
        <message>
            <source>The demo's purchase target must be from 1 to 200,000,000 (0: no target).</source>
            <translation>示範的消費筆數目標必須在 1 到 200,000,000 之間（0 表示不設目標）。</translation>
        </message>
        <message>
            <source>The demo made %1 purchases instead of the %2 planned.</source>
            <translation>示範資料產生了 %1 筆消費，而不是預計的 %2 筆。</translation>
        </message>
        <message numerus="yes">
            <source>The demo's %1 members cannot make %2 purchases over %Ln month(s): from %3 to %4 can be made. Choose another number of purchases, members or months.</source>
            <translation>
                <numerusform>示範的 %1 位會員無法在 %Ln 個月內產生 %2 筆消費：可產生的範圍是 %3 到 %4 筆。請換一個消費筆數、會員數或月數。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillDown</name>
        <message>
            <source>A weekday runs from Monday to Sunday and an hour from 0 to 23.</source>
            <translation>星期須為週一至週日，小時須為 0 至 23。</translation>
        </message>
        <message>
            <source>The number of top spenders cannot be negative.</source>
            <translation>消費最高會員的人數不能為負數。</translation>
        </message>
        <message>
            <source>Unknown kind of list.</source>
            <translation>未知的清單類型。</translation>
        </message>
        <message>
            <source>No month was given.</source>
            <translation>未指定月份。</translation>
        </message>
        <message>
            <source>A list starts at row 0 and shows zero or more rows.</source>
            <translation>清單從第 0 列開始，顯示零列或多列。</translation>
        </message>
        <message>
            <source>Member purchases of %1</source>
            <translation>%1 的會員消費</translation>
        </message>
        <message>
            <source>New members who bought in %1</source>
            <translation>%1 有消費的新會員</translation>
        </message>
        <message>
            <source>Returning members who bought in %1</source>
            <translation>%1 有消費的老會員</translation>
        </message>
        <message>
            <source>Members at %1 at the end of %2</source>
            <translation>%2 底等級為 %1 的會員</translation>
        </message>
        <message>
            <source>Purchases at %1 in %2</source>
            <translation>%2 等級為 %1 的消費</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln biggest spender(s) of %1</source>
            <translation>
                <numerusform>%1 消費最高的 %Ln 位會員</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 purchases, %2:00–%3:00, %4</source>
            <comment>weekday, hour range, month</comment>
            <translation>%1 %2:00–%3:00 的消費，%4</translation>
        </message>
        <message>
            <source>Purchase time</source>
            <translation>消費時間</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>消費時等級</translation>
        </message>
        <message>
            <source>Paid (yuan)</source>
            <translation>實付（元）</translation>
        </message>
        <message>
            <source>Purchase number</source>
            <translation>消費編號</translation>
        </message>
        <message>
            <source>Purchases in the month</source>
            <translation>本月消費筆數</translation>
        </message>
        <message>
            <source>Sales in the month (yuan)</source>
            <translation>本月銷售額（元）</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>註冊日期</translation>
        </message>
        <message>
            <source>Last purchase in the month</source>
            <translation>當月最近一次消費</translation>
        </message>
    </context>
    <context>
        <name>EventCheckIn</name>
        <message>
            <source>This invitation is for "%1" on %2, not for "%3".</source>
            <translation>此邀請函適用於 %2 的“%1”，而非“%3”。</translation>
        </message>
        <message>
            <source>This invitation is for another event that no longer exists, not for "%1".</source>
            <translation>此邀請函適用於另一個已不存在的活動，而非“%1”。</translation>
        </message>
        <message>
            <source>The invitation could not be read.</source>
            <translation>無法讀取邀請函。</translation>
        </message>
        <message>
            <source>%1's invitation to "%2" was withdrawn.</source>
            <translation>已撤回 %1 參加“%2”的邀請函。</translation>
        </message>
        <message>
            <source>This invitation to "%1" was withdrawn.</source>
            <translation>“%1”的這份邀請函已撤回。</translation>
        </message>
        <message>
            <source>Scan a member card or type a phone number.</source>
            <translation>請掃描會員卡或輸入手機號碼。</translation>
        </message>
        <message>
            <source>No member has the card or phone number "%1".</source>
            <translation>沒有卡號或手機號碼為“%1”的會員。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化會員）</translation>
        </message>
        <message>
            <source>%1 is not invited to "%2".</source>
            <translation>%1 未受邀參加“%2”。</translation>
        </message>
        <message>
            <source>%1 already checked in at %2.</source>
            <translation>%1 已於 %2 報到。</translation>
        </message>
        <message>
            <source>%1 already checked in at %2 (recorded by %3).</source>
            <translation>%1 已於 %2 報到（由 %3 登記）。</translation>
        </message>
        <message>
            <source>Check-in for "%1" opens at %2.</source>
            <translation>“%1”的報到將於 %2 開始。</translation>
        </message>
        <message>
            <source>"%1" ended on %2; check-in is closed.</source>
            <translation>“%1”已於 %2 結束，報到已關閉。</translation>
        </message>
        <message>
            <source>Welcome, %1 (%2)!</source>
            <translation>歡迎，%1（%2）！</translation>
        </message>
    </context>
    <context>
        <name>EventInvitationDocument</name>
        <message>
            <source>The invitation text of “%1” cannot be used:
%2</source>
            <translation>“%1”的邀請函文字無法使用：
%2</translation>
        </message>
        <message>
            <source>“%1” has no invitations yet: invite guests first.</source>
            <translation>“%1”還沒有邀請函：請先邀請來賓。</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has no invitations left to print: its %Ln guest(s) were anonymised.</source>
            <translation>
                <numerusform>“%1”已沒有可列印的邀請函：其 %Ln 位來賓皆已匿名化。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventInvitations</name>
        <message>
            <source>"%1" ended on %2; invitations can no longer be sent.</source>
            <translation>“%1”已於 %2 結束，無法再發送邀請函。</translation>
        </message>
        <message>
            <source>The number of guests to invite must be at least 1.</source>
            <translation>邀請人數至少為 1。</translation>
        </message>
        <message>
            <source>The guest list has not been loaded yet.</source>
            <translation>來賓名單尚未載入。</translation>
        </message>
        <message>
            <source>Member %1 has no invitation to this event.</source>
            <translation>會員 %1 沒有此活動的邀請函。</translation>
        </message>
        <message>
            <source>Member %1 has already checked in; the invitation is kept as the record of attendance.</source>
            <translation>會員 %1 已報到；邀請函將保留作為出席紀錄。</translation>
        </message>
    </context>
    <context>
        <name>EventRoi</name>
        <message>
            <source>There is no comparable group of members who were not invited; the whole revenue of the attendees is counted as gained.</source>
            <translation>沒有可供比較的未受邀會員群體；到場來賓的全部營收都計為新增營收。</translation>
        </message>
        <message>
            <source>The event cost nothing, so a return on its cost cannot be computed.</source>
            <translation>此活動沒有費用，因此無法計算投資報酬率。</translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) who matched the guest filter but were not invited.</source>
            <translation>
                <numerusform>對照組：符合來賓篩選條件、同意接收行銷訊息但未受邀的 %Ln 位會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) of the attendees' tiers who were not invited.</source>
            <translation>
                <numerusform>對照組：與出席者同等級、同意接收行銷訊息但未受邀的 %Ln 位會員。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventService</name>
        <message>
            <source>The saved guest filter could not be read: %1</source>
            <translation>無法讀取已儲存的來賓篩選條件：%1</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>請填寫活動標題。</translation>
        </message>
        <message>
            <source>Choose when the event starts.</source>
            <translation>請選擇活動開始時間。</translation>
        </message>
        <message>
            <source>Choose when the event ends.</source>
            <translation>請選擇活動結束時間。</translation>
        </message>
        <message>
            <source>The event must end after it starts (it starts %1, ends %2).</source>
            <translation>活動的結束時間必須晚於開始時間（開始：%1，結束：%2）。</translation>
        </message>
        <message>
            <source>The cost cannot be negative.</source>
            <translation>費用不能為負數。</translation>
        </message>
        <message>
            <source>The cost is implausibly high; enter it in yuan (at most ¥100,000,000).</source>
            <translation>費用高得不合理；請以元為單位輸入（最多 ¥100,000,000）。</translation>
        </message>
        <message>
            <source>The capacity must be from 1 to %1 guests, or left empty for no limit.</source>
            <translation>人數上限必須為 1 到 %1 位來賓；留空表示不限。</translation>
        </message>
        <message>
            <source>There is no event with number %1.</source>
            <translation>沒有編號為 %1 的活動。</translation>
        </message>
        <message numerus="yes">
            <source>The title is longer than %Ln character(s).</source>
            <translation>
                <numerusform>標題超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The place is longer than %Ln character(s).</source>
            <translation>
                <numerusform>地點超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>描述超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The offer is longer than %Ln character(s).</source>
            <translation>
                <numerusform>優惠內容超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The invitation text is longer than %Ln character(s).</source>
            <translation>
                <numerusform>邀請函文字超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s) are already invited; the capacity cannot be lower than that.</source>
            <translation>
                <numerusform>已邀請 %Ln 位來賓，名額不能少於此數。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" has %Ln invitation(s); an event with invitations is kept as the record of what it cost and brought. Change its date or title instead.</source>
            <translation>
                <numerusform>“%1”已有 %Ln 份邀請函；發出過邀請函的活動會保留下來，作為其成本與效益的紀錄。請改為修改其日期或標題。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GammaGamma</name>
        <message>
            <source>The spend model did not converge on this history (the optimiser stopped without a best fit); no values are predicted.</source>
            <translation>消費金額模型無法根據現有消費紀錄得出穩定結果（運算在找到最佳擬合前就停止了），因此不預測金額。</translation>
        </message>
        <message>
            <source>The spend model did not converge on this history; no values are predicted.</source>
            <translation>消費金額模型無法根據現有消費紀錄得出穩定結果，因此不預測金額。</translation>
        </message>
        <message>
            <source>The spend model has no finite mean (q ≤ 1); average spend cannot be predicted.</source>
            <translation>消費金額模型的平均值不存在（q ≤ 1），無法預測平均消費額。</translation>
        </message>
        <message>
            <source>The discount rate must be zero or more.</source>
            <translation>折現率不能為負數。</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>預測值超出範圍。</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to model spend: %Ln customer(s) have repeat purchases with a value; at least 2 are needed.</source>
            <translation>
                <numerusform>歷史資料太少，無法建立消費金額模型：只有 %Ln 位顧客有帶金額的重複消費，至少需要 2 位。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftCatalog</name>
        <message>
            <source>Give the gift a name.</source>
            <translation>請填寫贈品名稱。</translation>
        </message>
        <message>
            <source>The points price must be from 1 to %1.</source>
            <translation>兌換所需點數必須介於 1 至 %1 之間。</translation>
        </message>
        <message>
            <source>The stock must be from 0 to %1.</source>
            <translation>庫存必須介於 0 至 %1 之間。</translation>
        </message>
        <message>
            <source>There is no gift with number %1.</source>
            <translation>沒有編號為 %1 的贈品。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be used.</source>
            <translation>該會員已應本人要求匿名化，無法使用其點數。</translation>
        </message>
        <message>
            <source>"%1" is no longer offered.</source>
            <translation>“%1”已下架。</translation>
        </message>
        <message>
            <source>"%1" is out of stock.</source>
            <translation>“%1”已無庫存。</translation>
        </message>
        <message numerus="yes">
            <source>The gift's name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>贈品名稱超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" costs %2 points; %3 has only %Ln point(s) available.</source>
            <translation>
                <numerusform>“%1”需要 %2 點，而 %3 只有 %Ln 點可用。</numerusform>
            </translation>
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
            <translation>檔案是空的。</translation>
        </message>
    </context>
    <context>
        <name>ImportRows</name>
        <message>
            <source>Line %1 (the header): %2</source>
            <translation>第 %1 行（標題列）：%2</translation>
        </message>
        <message>
            <source>The row has %1 column(s) where %2 are expected; check its quotes and delimiters.</source>
            <translation>該列有 %1 欄，應為 %2 欄；請檢查引號和分隔符號。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>檔案是空的。</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>匯入已取消，未寫入任何資料。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>The computation was stopped.</source>
            <translation>計算已停止。</translation>
        </message>
        <message>
            <source>The prediction horizon must be at least one week.</source>
            <translation>預測期間至少須為一週。</translation>
        </message>
        <message>
            <source>The lifetime-value model gave no usable prediction.</source>
            <translation>終身價值模型未得出可用的預測結果。</translation>
        </message>
    </context>
    <context>
        <name>InsightThresholds</name>
        <message>
            <source>The profit threshold cannot be negative.</source>
            <translation>利潤門檻不能為負數。</translation>
        </message>
        <message>
            <source>The loyalty threshold must be zero or more.</source>
            <translation>忠誠度門檻必須大於或等於零。</translation>
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
        <message>
            <source>Gift redemption %1 does not match its points entry (%2).</source>
            <translation>贈品兌換紀錄 %1 與對應的點數明細不一致（%2）。</translation>
        </message>
        <message>
            <source>Tier %1: the kept member count does not match a recount (%2).</source>
            <translation>等級 %1：保存的會員人數與重新統計的結果不一致（%2）。</translation>
        </message>
        <message>
            <source>Spend bucket %1 (month, lowest fen): the kept members/spend do not match a recount of the month's member summaries (%2).</source>
            <translation>消費分級 %1（月份，最低金額/分）：保存的會員數/消費額與依當月會員彙總重新統計的結果不一致（%2）。</translation>
        </message>
    </context>
    <context>
        <name>InvitationRenderer</name>
        <message>
            <source>INVITATION</source>
            <comment>small heading above the invitation's headline</comment>
            <translation>邀請函</translation>
        </message>
        <message>
            <source>Scan at the door to check in</source>
            <translation>入場時出示 QR 碼報到</translation>
        </message>
        <message>
            <source>%1 member</source>
            <comment>tier line on the invitation, e.g. 金卡会员</comment>
            <translation>%1會員</translation>
        </message>
        <message>
            <source>A4, one per page</source>
            <translation>A4，每頁一張</translation>
        </message>
        <message>
            <source>A4, four cards per page (with crop marks)</source>
            <translation>A4，每頁四張（附裁切線）</translation>
        </message>
        <message>
            <source>A6 postcard</source>
            <translation>A6 明信片</translation>
        </message>
        <message>
            <source>There are no invitations to print: invite members to the event first.</source>
            <translation>沒有可列印的邀請函：請先邀請會員參加活動。</translation>
        </message>
        <message>
            <source>The invitation text cannot be used:
%1</source>
            <translation>邀請函文字無法使用：
%1</translation>
        </message>
        <message>
            <source>The invitation for %1 has no check-in code. Invite the member again.</source>
            <translation>%1 的邀請函沒有報到碼。請重新邀請該會員。</translation>
        </message>
        <message>
            <source>The check-in code for %1 cannot be printed: %2</source>
            <translation>無法列印 %1 的報到碼：%2</translation>
        </message>
        <message>
            <source>The card number of %1 cannot be printed: %2</source>
            <translation>無法列印 %1 的卡號：%2</translation>
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
            <translation>無法寫入邀請函（請確認資料夾可寫入，且檔案未在其他程式中開啟）。</translation>
        </message>
        <message>
            <source>Cannot add a page to the invitations.</source>
            <translation>無法為邀請函新增頁面。</translation>
        </message>
        <message>
            <source>Printing the invitations was cancelled.</source>
            <translation>已取消列印邀請函。</translation>
        </message>
        <message>
            <source>Cannot finish writing the invitations.</source>
            <translation>無法完成邀請函的寫入。</translation>
        </message>
        <message>
            <source>Choose a file to save the invitations to.</source>
            <translation>請選擇用於儲存邀請函的檔案。</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>資料夾 %1 不存在。</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name ending in .pdf.</source>
            <translation>%1 是資料夾：請提供以 .pdf 結尾的檔名。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
        </message>
        <message>
            <source>%1 — invitations</source>
            <translation>%1 — 邀請函</translation>
        </message>
    </context>
    <context>
        <name>InvitationTemplate</name>
        <message>
            <source>Line %1: “}” closes nothing. Write }} to print a brace.</source>
            <translation>第 %1 行：“}”前面沒有對應的左大括號。如需在邀請函中顯示大括號，請寫 }}。</translation>
        </message>
        <message>
            <source>Line %1: “{” is not closed. Write {{ to print a brace, or finish the placeholder, e.g. {name}.</source>
            <translation>第 %1 行：“{”沒有閉合。如需在邀請函中顯示大括號，請寫 {{；否則請補齊預留位置，例如 {name}。</translation>
        </message>
        <message>
            <source>Line %1: “{}” is an empty placeholder. Use one of %2.</source>
            <translation>第 %1 行：“{}”是空白的預留位置。請使用下列其中之一：%2。</translation>
        </message>
        <message>
            <source>Line %1: unknown placeholder {%2}. Use one of %3.</source>
            <translation>第 %1 行：未知的預留位置 {%2}。請使用下列其中之一：%3。</translation>
        </message>
        <message>
            <source>Member's name</source>
            <translation>會員姓名</translation>
        </message>
        <message>
            <source>Member's tier</source>
            <translation>會員等級</translation>
        </message>
        <message>
            <source>Member's card number</source>
            <translation>會員卡號</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>活動名稱</translation>
        </message>
        <message>
            <source>Event date</source>
            <translation>活動日期</translation>
        </message>
        <message>
            <source>Event time (start–end)</source>
            <translation>活動時間（開始–結束）</translation>
        </message>
        <message>
            <source>Event place</source>
            <translation>活動地點</translation>
        </message>
        <message>
            <source>The offer for guests</source>
            <translation>嘉賓專享優惠</translation>
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
            <translation>誠摯邀請您參加：{event}

親愛的{name}{honorific}您好：

感謝您一直以來對{store}的支持。您是本店尊貴的會員（{tier}），我們誠摯邀請您參加專為重要顧客舉辦的活動。

&gt; 日期：{date}
&gt; 時間：{time}
&gt; 地點：{place}
&gt; 您的專屬優惠：{offer}

期待您的蒞臨。</translation>
        </message>
        <message>
            <source>The invitation text is empty. Write it, or restore the default text.</source>
            <translation>邀請函文字為空白。請填寫內容，或還原預設文字。</translation>
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
            <translation>貴賓</translation>
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
                <numerusform>…另有 %Ln 個問題。</numerusform>
            </translation>
        </message>
        <message>
            <source>Mr / Ms, by gender</source>
            <translation>先生/女士（依性別）</translation>
        </message>
    </context>
    <context>
        <name>InvitationToken</name>
        <message>
            <source>This is not a MemberDesk invitation code (it may be damaged or misread). Scan it again or look the guest up by card or phone.</source>
            <translation>這不是會員管家的邀請碼（可能已損壞或讀取有誤）。請重新掃描，或依卡號或手機號碼查詢來賓。</translation>
        </message>
        <message>
            <source>This invitation code is not valid: it was not issued by this shop or was altered.</source>
            <translation>此邀請碼無效：並非本店發出，或已遭竄改。</translation>
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
        <message>
            <source>%1.name must be text.</source>
            <translation>%1.name 必須是文字。</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be from 0 to %2.</source>
            <translation>%1.threshold_fen 必須介於 0 至 %2 之間。</translation>
        </message>
        <message>
            <source>expiry must be an object with mode (and months).</source>
            <translation>expiry 必須是包含 mode（及 months）的物件。</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyTypes</name>
        <message>
            <source>The loyalty threshold must be a number.</source>
            <translation>忠誠度門檻必須是數字。</translation>
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
            <translation>藤壺</translation>
        </message>
        <message>
            <source>Strangers</source>
            <translation>過客</translation>
        </message>
        <message>
            <source>Keep them close: thank them personally, reward their loyalty and invite them to member events.</source>
            <translation>重點維繫：親自表達感謝，回饋他們的忠誠，並邀請他們參加會員活動。</translation>
        </message>
        <message>
            <source>Enjoy them while they are here: make well-timed offers when they visit, but do not spend much on keeping them.</source>
            <translation>來了就好好把握：他們光顧時適時推出優惠，但不必花太多成本去挽留。</translation>
        </message>
        <message>
            <source>Grow their basket: suggest add-ons and higher-margin goods rather than deeper discounts.</source>
            <translation>提高客單價：推薦加購商品和利潤較高的商品，而不是加碼折扣。</translation>
        </message>
        <message>
            <source>Serve them well at the counter but spend no marketing money on them.</source>
            <translation>在櫃檯用心服務，但不必為他們投入行銷費用。</translation>
        </message>
    </context>
    <context>
        <name>MemberAdvice</name>
        <message>
            <source>Among your best customers lately, but not regular: thank them and make a well-timed offer when they visit; do not spend much on keeping them.</source>
            <translation>最近是您的最佳顧客之一，但並不固定光顧：表示感謝，來店時適時給優惠；不必在留住他們上多花錢。</translation>
        </message>
        <message>
            <source>They come often and spend a lot, on thin margins: thank them personally and steer them to higher-margin goods rather than deeper discounts.</source>
            <translation>來得勤、花得多，但利潤薄：親自致謝，引導他們選購利潤更高的商品，而不是給更大的折扣。</translation>
        </message>
        <message>
            <source>Buying a lot lately, on thin margins and without a habit yet: thank them at the counter, without extra discounts.</source>
            <translation>最近買得多，但利潤薄、還沒養成習慣：在櫃檯表示感謝即可，不另加折扣。</translation>
        </message>
        <message>
            <source>Coming often lately, which is new for them: welcome it with a well-timed offer rather than a lasting discount.</source>
            <translation>最近來得勤，這對他們是新變化：用一次適時的優惠鼓勵，而不是長期折扣。</translation>
        </message>
        <message>
            <source>They come often but spend little: serve them well and suggest add-ons; spend no marketing money on them.</source>
            <translation>來得勤但花得少：服務好並推薦加購；不必在他們身上花行銷費用。</translation>
        </message>
        <message>
            <source>Recent, but small and occasional: serve them well at the counter; general promotions only, no offer of their own.</source>
            <translation>最近來過，但消費少且不常來：在櫃檯服務好即可；只參加一般促銷，不單獨給優惠。</translation>
        </message>
        <message>
            <source>A valued regular who has not come lately: contact them personally; a win-back offer is worth it.</source>
            <translation>重要的老顧客最近沒來：請親自聯繫，值得給一份挽回優惠。</translation>
        </message>
        <message>
            <source>A good spender who comes and goes has not come lately: one well-timed offer at most; do not chase them.</source>
            <translation>消費高但來去不定的顧客最近沒來：最多發一次時機合適的優惠，不必追著挽回。</translation>
        </message>
        <message>
            <source>A loyal small spender who has not come lately: a friendly reminder is enough, not a deep discount.</source>
            <translation>常來但消費不多的顧客最近沒來：友好地提醒一下就夠了，不必給大折扣。</translation>
        </message>
        <message>
            <source>Not seen lately, and never worth much marketing: include them in general promotions only.</source>
            <translation>最近沒來，且一向不值得多投入行銷：只納入一般促銷即可。</translation>
        </message>
        <message>
            <source>A good customer who has gone quiet: a personal call may bring them back.</source>
            <translation>曾經的好顧客已沉寂一段時間：親自打個電話，也許能把他們請回來。</translation>
        </message>
        <message>
            <source>One visit so far: too early to tell whether they come back.</source>
            <translation>目前只來過一次：還無法判斷是否會再來。</translation>
        </message>
    </context>
    <context>
        <name>MemberImporter</name>
        <message>
            <source>The name is empty.</source>
            <translation>未填寫姓名。</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>姓名包含控制字元。</translation>
        </message>
        <message>
            <source>The birthday %1 is in the future.</source>
            <translation>生日 %1 是未來的日期。</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>卡號 %1 的檢查碼錯誤，可能是輸入錯誤。</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>舊系統編號超過 64 個字元。</translation>
        </message>
        <message>
            <source>The phone, card and external reference belong to different members (%1); fix the row.</source>
            <translation>手機號碼、卡號和舊系統編號分別屬於不同的會員（%1），請修正該列。</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request and cannot be updated.</source>
            <translation>會員 %1 已應本人要求匿名化，無法更新。</translation>
        </message>
        <message>
            <source>Line %1: the member was not updated: %2</source>
            <translation>第 %1 行：會員未更新：%2</translation>
        </message>
        <message>
            <source>Line %1: the member was not saved: %2</source>
            <translation>第 %1 行：會員未儲存：%2</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>備註超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>未匯入任何資料：%Ln 列有錯誤（嚴格模式）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The member is marked as anonymised in the file; nothing personal is left to import.</source>
            <translation>檔案中該會員已標記為匿名化；沒有可匯入的個人資料。</translation>
        </message>
        <message>
            <source>The phone %1 is on an earlier row of this file.</source>
            <translation>手機號碼 %1 已出現在本檔案前面的列中。</translation>
        </message>
        <message>
            <source>Member %1 already has the phone %2.</source>
            <translation>會員 %1 已使用手機號碼 %2。</translation>
        </message>
        <message>
            <source>The card %1 is on an earlier row of this file.</source>
            <translation>卡號 %1 已出現在本檔案前面的列中。</translation>
        </message>
        <message>
            <source>Member %1 already has the card %2.</source>
            <translation>會員 %1 已使用卡號 %2。</translation>
        </message>
        <message>
            <source>The external reference %1 is on an earlier row of this file.</source>
            <translation>舊系統編號 %1 已出現在本檔案前面的列中。</translation>
        </message>
        <message>
            <source>Member %1 already has the external reference %2.</source>
            <translation>會員 %1 已使用舊系統編號 %2。</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightSource</name>
        <message>
            <source>Segments and loyalty types cannot be computed: %1</source>
            <translation>無法計算客戶分群與忠誠類型：%1</translation>
        </message>
        <message>
            <source>there are no purchases yet.</source>
            <translation>還沒有任何消費紀錄。</translation>
        </message>
        <message>
            <source>The probability of still being a customer cannot be computed: %1</source>
            <translation>無法計算仍為活躍客戶的機率：%1</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightStore</name>
        <message>
            <source>The insight snapshot has no valid date.</source>
            <translation>客戶洞察快照沒有有效日期。</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightText</name>
        <message>
            <source>No insight yet: it is computed once a day and on the Insight page.</source>
            <translation>尚無會員分析結果：系統每天自動計算一次，也可在“會員分析”頁面計算。</translation>
        </message>
        <message>
            <source>No insight: %1</source>
            <translation>無會員分析結果：%1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>RFM scores (1–5): recency %1, frequency %2, spend %3.</source>
            <translation>RFM 評分（1–5）：最近消費 %1，消費頻率 %2，消費金額 %3。</translation>
        </message>
        <message>
            <source>%1 % likely to still be a customer</source>
            <translation>仍是顧客的機率：%1%</translation>
        </message>
        <message>
            <source>No prediction yet.</source>
            <translation>尚無預測。</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>無預測：%1</translation>
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
            <translation>無法讀取會員分析結果：%1</translation>
        </message>
        <message numerus="yes">
            <source>No purchases in the %Ln day(s) up to %1.</source>
            <translation>
                <numerusform>截至 %1 的 %Ln 天內沒有消費。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 % likely to still be a customer · %2 expected in the next %Ln week(s)</source>
            <translation>
                <numerusform>仍是顧客的機率：%1% · 預計未來 %Ln 週內消費 %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected visits in the next %Ln week(s): %1.</source>
            <translation>
                <numerusform>未來 %Ln 週的預計來店次數：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Bought since the analysis of %1; the next analysis includes it.</source>
            <translation>%1 的分析之後有新消費；下次分析時會計入。</translation>
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
            <translation>未指定要匯出的檔案。</translation>
        </message>
        <message>
            <source>Every exported row needs one value per figure column.</source>
            <translation>匯出的每一列都必須在每個數值欄中各有一個值。</translation>
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
            <source>Cannot write %1: %2</source>
            <translation>無法寫入 %1：%2</translation>
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
        <message>
            <source>The member was not saved: %1</source>
            <translation>會員未儲存：%1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>該會員已應本人要求匿名化，無法再編輯。</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>備註超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberTimeline</name>
        <message>
            <source>A timeline page holds 1 to 1000 items.</source>
            <translation>時間軸每頁可顯示 1 至 1000 筆紀錄。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Purchase %1 (voided)</source>
            <translation>消費 %1（已作廢）</translation>
        </message>
        <message>
            <source>Purchase %1</source>
            <translation>消費 %1</translation>
        </message>
        <message>
            <source>Amount %1</source>
            <translation>金額 %1</translation>
        </message>
        <message>
            <source>member discount %1</source>
            <translation>會員折扣 %1</translation>
        </message>
        <message>
            <source>Purchase %1 voided</source>
            <translation>消費 %1 已作廢</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>獲得點數</translation>
        </message>
        <message>
            <source>purchase %1</source>
            <translation>消費 %1</translation>
        </message>
        <message>
            <source>Points used as cash</source>
            <translation>點數折抵</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>點數扣回</translation>
        </message>
        <message>
            <source>purchase %1 voided</source>
            <translation>消費 %1 已作廢</translation>
        </message>
        <message>
            <source>Points given back</source>
            <translation>點數退還</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>點數到期</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>點數調整</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>推薦獎勵</translation>
        </message>
        <message>
            <source>a referred member's first purchase</source>
            <translation>被推薦會員的首次消費</translation>
        </message>
        <message>
            <source>Gift: %1</source>
            <translation>贈品：%1</translation>
        </message>
        <message>
            <source>Points imported</source>
            <translation>點數匯入</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>有效期限至 %1</translation>
        </message>
        <message>
            <source>never expire</source>
            <translation>永不到期</translation>
        </message>
        <message>
            <source>Tier: %1</source>
            <translation>等級：%1</translation>
        </message>
        <message>
            <source>Tier: %1 → %2</source>
            <translation>等級：%1 → %2</translation>
        </message>
        <message>
            <source>Reached with purchase %1</source>
            <translation>由消費 %1 達成</translation>
        </message>
        <message>
            <source>Purchase %1 was voided</source>
            <translation>消費 %1 已被作廢</translation>
        </message>
        <message>
            <source>Tier review: lifetime paid spend %1</source>
            <translation>等級複核：累計實付消費 %1</translation>
        </message>
        <message>
            <source>Tier review: paid spend in the last 12 months %1</source>
            <translation>等級複核：近 12 個月實付消費 %1</translation>
        </message>
        <message>
            <source>The programme no longer has the former tier</source>
            <translation>會員方案中已沒有原本的等級</translation>
        </message>
        <message>
            <source>Follow-up (%1)</source>
            <translation>回訪（%1）</translation>
        </message>
        <message>
            <source>next follow-up %1</source>
            <translation>下次回訪 %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>經辦人：%1</translation>
        </message>
        <message>
            <source>%1 (by %2)</source>
            <translation>%1（經辦人：%2）</translation>
        </message>
        <message>
            <source>Complaint %1 opened</source>
            <translation>客訴 %1 已登記</translation>
        </message>
        <message>
            <source>Complaint %1 handled</source>
            <translation>客訴 %1 已處理</translation>
        </message>
        <message>
            <source>Complaint %1 resolved</source>
            <translation>客訴 %1 已解決</translation>
        </message>
        <message>
            <source>Note changed</source>
            <translation>備註已變更</translation>
        </message>
        <message>
            <source>Note changed by %1</source>
            <translation>%1 變更了備註</translation>
        </message>
        <message>
            <source>(note cleared)</source>
            <translation>（備註已清除）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) used</source>
            <translation>
                <numerusform>%Ln 點折抵</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a detail</comment>
            <translation>，</translation>
        </message>
        <message>
            <source>Note written at registration</source>
            <translation>登記時填寫的備註</translation>
        </message>
        <message>
            <source>Note written at registration by %1</source>
            <translation>登記時由 %1 填寫的備註</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入會</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>卡號 %1</translation>
        </message>
        <message>
            <source>referred by a member since anonymised</source>
            <translation>推薦人已匿名化</translation>
        </message>
        <message>
            <source>referred by %1</source>
            <translation>推薦人 %1</translation>
        </message>
        <message>
            <source>Added to MemberDesk</source>
            <translation>加入會員管家</translation>
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
        <message>
            <source>"%1" is not an amount in yuan: write decimals with a point (12.50); a comma may only separate thousands (1,234.50).</source>
            <translation>「%1」不是有效的金額（元）：小數請用小數點（12.50）；逗號只能用作千位分隔（1,234.50）。</translation>
        </message>
    </context>
    <context>
        <name>MonthlyFigures</name>
        <message>
            <source>The month must look like 2026-04, not "%1".</source>
            <translation>月份格式應為 2026-04，而不是“%1”。</translation>
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
            <translation>依當月實付消費額排序；等級為目前等級。</translation>
        </message>
        <message>
            <source>#</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消費筆數</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>消費額</translation>
        </message>
        <message>
            <source>Nobody bought this month.</source>
            <translation>本月沒有會員消費。</translation>
        </message>
        <message>
            <source>New VIPs</source>
            <translation>新晉 VIP</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month; the highest %1 are listed.</source>
            <translation>
                <numerusform>本月共有 %Ln 次等級升級，以下列出升級後等級最高的 %1 次。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month.</source>
            <translation>
                <numerusform>本月共有 %Ln 次等級升級。</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原等級</translation>
        </message>
        <message>
            <source>To</source>
            <translation>升至</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>本月沒有會員升級。</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>有流失風險的會員</translation>
        </message>
        <message>
            <source>At least 3 purchases in the 180 days before month end and none in its last 42 days; most valuable first.</source>
            <translation>月底前 180 天內至少消費 3 次，但最後 42 天內沒有消費；依價值由高到低排列。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) at risk; the %1 most valuable are listed.</source>
            <translation>
                <numerusform>共有 %Ln 位會員有流失風險，以下列出價值最高的 %1 位。</numerusform>
            </translation>
        </message>
        <message>
            <source>Purchases (180 d)</source>
            <translation>消費筆數（180 天）</translation>
        </message>
        <message>
            <source>Spend (180 d)</source>
            <translation>消費額（180 天）</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消費</translation>
        </message>
        <message>
            <source>No member matches: nobody seems to be drifting away.</source>
            <translation>沒有符合條件的會員：目前沒有會員顯露流失跡象。</translation>
        </message>
        <message>
            <source>%1 — monthly review %2</source>
            <translation>%1 — 每月回顧 %2</translation>
        </message>
        <message>
            <source>Cannot write the report (is the folder writable and the file not open elsewhere?).</source>
            <translation>無法寫入報告（請確認資料夾可寫入，且該檔案未被其他程式開啟）。</translation>
        </message>
        <message>
            <source>Cannot add a page to the report.</source>
            <translation>無法在報告中新增頁面。</translation>
        </message>
        <message>
            <source>Cannot finish writing the report.</source>
            <translation>無法完成報告的寫入。</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>關鍵指標</translation>
        </message>
        <message>
            <source>Sales and members over 13 months</source>
            <translation>近 13 個月銷售額與會員</translation>
        </message>
        <message>
            <source>Who buys, and when</source>
            <translation>誰來消費、何時消費</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 頁，共 %2 頁</translation>
        </message>
        <message>
            <source>%1 · Monthly review · %2</source>
            <translation>%1 · 每月回顧 · %2</translation>
        </message>
        <message>
            <source>Generated %1</source>
            <translation>產生於 %1</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>每月回顧</translation>
        </message>
        <message>
            <source>Member sales, visits, points and the members to look after, compared with the previous month and the same month last year.</source>
            <translation>會員銷售額、來店、點數及需要關注的會員，並與上月及去年同月比較。</translation>
        </message>
        <message>
            <source>No data for this month</source>
            <translation>本月無資料</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1. The next page shows the months around it for comparison.</source>
            <translation>%1 沒有任何會員消費、註冊或點數異動紀錄。下一頁顯示相鄰月份的資料以供比較。</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>會員銷售額</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>活躍會員</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>新會員</translation>
        </message>
        <message>
            <source>vs previous month</source>
            <translation>較上月</translation>
        </message>
        <message>
            <source>In this report</source>
            <translation>本報告內容</translation>
        </message>
        <message>
            <source>Key figures with comparisons</source>
            <translation>關鍵指標及比較</translation>
        </message>
        <message>
            <source>Tiers, spend concentration and busy hours</source>
            <translation>會員等級、消費集中度與尖峰時段</translation>
        </message>
        <message>
            <source>Top members, new VIPs and members at risk</source>
            <translation>消費排行、新晉 VIP 與有流失風險的會員</translation>
        </message>
        <message>
            <source>Generated %1 by MemberDesk. Amounts are what members paid (after discounts and points), voided purchases excluded.</source>
            <translation>由會員管家於 %1 產生。金額均為會員實付金額（已扣除折扣及點數折抵），不含已作廢的消費。</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>客單價</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>回購率</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>點數發放</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>點數兌換</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>點數到期</translation>
        </message>
        <message>
            <source>Points outstanding</source>
            <translation>點數餘額</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>點數負債</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指標</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>較上月</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>較去年同月</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <comment>percentage points</comment>
            <translation>%1 百分點</translation>
        </message>
        <message>
            <source>Member sales: what members paid (after discounts and points used as cash) in the calendar month of the shop's local time; voided purchases are left out entirely.</source>
            <translation>會員銷售額：依店家當地時間，會員在該月份內的實付金額（已扣除折扣及點數折抵）；已作廢的消費完全不計入。</translation>
        </message>
        <message>
            <source>Active members bought at least once in the month. Repeat-purchase rate: the share of active members who bought at least twice within the month.</source>
            <translation>活躍會員：當月至少消費一次的會員。回購率：當月消費至少兩次的會員佔活躍會員的比例。</translation>
        </message>
        <message>
            <source>Points: movements of the points ledger dated in the month. Issued: earned, referral and import credits and positive adjustments, less earned points taken back by voids. Redeemed: points used as cash or for gifts, less points given back by voids.</source>
            <translation>點數：當月點數明細中的異動。發放：消費所得、推薦獎勵、匯入入帳及正向調整，減去因作廢消費而扣回的所得點數。兌換：用於折抵或兌換贈品的點數，減去因作廢消費而退還的點數。</translation>
        </message>
        <message>
            <source>Points liability: points outstanding after the last day of the month valued at the current redemption rate (%1 points = %2).</source>
            <translation>點數負債：月底最後一天結束時的點數餘額，依目前折抵比例（%1 點 = %2）換算的金額。</translation>
        </message>
        <message>
            <source>— : no data in that month, or no base to compare with.</source>
            <translation>—：該月無資料，或沒有可比較的基準。</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1.</source>
            <translation>%1 沒有任何會員消費、註冊或點數異動紀錄。</translation>
        </message>
        <message>
            <source>Member sales and purchases</source>
            <translation>會員銷售額與消費筆數</translation>
        </message>
        <message>
            <source>The 13 months up to %1; the month of the report is the dark bar.</source>
            <translation>截至 %1 的 13 個月；深色長條為本報告所在月份。</translation>
        </message>
        <message>
            <source>New and returning members</source>
            <translation>新會員與既有會員</translation>
        </message>
        <message>
            <source>Members who bought in each month: joined that month, or earlier.</source>
            <translation>每月有消費的會員：分為當月入會及更早入會。</translation>
        </message>
        <message>
            <source>Members by tier</source>
            <translation>各等級會員人數</translation>
        </message>
        <message>
            <source>At month end.</source>
            <translation>截至月底。</translation>
        </message>
        <message>
            <source>Sales by tier</source>
            <translation>各等級銷售額</translation>
        </message>
        <message>
            <source>Spend concentration</source>
            <translation>消費集中度</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) bought this month; the curve adds up their spend, biggest spenders first.</source>
            <translation>
                <numerusform>本月有 %Ln 位會員消費；曲線依消費額由高到低逐一累加他們的消費額。</numerusform>
            </translation>
        </message>
        <message>
            <source>When do members come?</source>
            <translation>會員何時來店？</translation>
        </message>
        <message>
            <source>Purchases by weekday and hour of the day.</source>
            <translation>依星期及時段統計的消費筆數。</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1（續）</translation>
        </message>
        <message>
            <source>Customer segments</source>
            <translation>客群分類</translation>
        </message>
        <message>
            <source>Customer segments: RFM and the four loyalty types</source>
            <translation>客群分類：RFM 與四種忠誠類型</translation>
        </message>
        <message>
            <source>Tier held at the time of purchase; the legend gives each tier's share of %1.</source>
            <translation>消費時所屬的等級；圖例顯示各等級在 %1 中所占的比例。</translation>
        </message>
        <message>
            <source>%1 members (%2 %) · paid %3</source>
            <translation>%1 位會員（%2%）· 實付 %3</translation>
        </message>
        <message>
            <source>%1 members (%2 %)</source>
            <translation>%1 位會員（%2%）</translation>
        </message>
        <message>
            <source>MMMM d, yyyy</source>
            <comment>date of the insight snapshot (Qt format)</comment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <source>RFM segments</source>
            <translation>RFM 客戶分群</translation>
        </message>
        <message numerus="yes">
            <source>Insight snapshot as of %1: members who bought in the %Ln day(s) before, and what they paid.</source>
            <translation>
                <numerusform>截至 %1 的會員分析快照：此前 %Ln 天內有消費的會員及其實付金額。</numerusform>
            </translation>
        </message>
        <message>
            <source>Four loyalty types</source>
            <translation>四種忠誠類型</translation>
        </message>
        <message>
            <source>Profit against loyalty in the same window: friends, butterflies, barnacles and strangers.</source>
            <translation>同一期間內利潤與忠誠度的對照：知己、蝴蝶、藤壺和過客。</translation>
        </message>
        <message numerus="yes">
            <source>Top %Ln member(s) of the month</source>
            <translation>
                <numerusform>本月消費前 %Ln 名會員</numerusform>
            </translation>
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
        <name>PointsAdjustment</name>
        <message>
            <source>Give a reason for the adjustment; it is shown in the member's history.</source>
            <translation>請填寫調整原因，此原因會顯示在會員的歷史紀錄中。</translation>
        </message>
        <message>
            <source>An adjustment of 0 points changes nothing.</source>
            <translation>調整 0 點不會有任何變化。</translation>
        </message>
        <message>
            <source>An adjustment is at most %1 points either way.</source>
            <translation>每次調整最多增減 %1 點。</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be changed.</source>
            <translation>該會員已應本人要求匿名化，無法變更其點數。</translation>
        </message>
        <message numerus="yes">
            <source>The reason is longer than %Ln character(s).</source>
            <translation>
                <numerusform>原因超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot take %1 points: %2 has only %Ln point(s) available, and an adjustment cannot take more than that.</source>
            <translation>
                <numerusform>無法扣除 %1 點：%2 只有 %Ln 點可用，調整扣除的點數不能超過可用點數。</numerusform>
            </translation>
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
        <name>PrivacyService</name>
        <message>
            <source>Anonymised member %1</source>
            <translation>已匿名化會員 %1</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>沒有編號為 %1 的會員。</translation>
        </message>
        <message>
            <source>Member %1 was already anonymised.</source>
            <translation>會員 %1 先前已匿名化。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseHistory</name>
        <message>
            <source>The database is not open.</source>
            <translation>資料庫未開啟。</translation>
        </message>
        <message>
            <source>Some purchases have an unreadable time; run the integrity check.</source>
            <translation>部分消費紀錄的時間無法讀取，請執行資料完整性檢查。</translation>
        </message>
    </context>
    <context>
        <name>PurchaseImporter</name>
        <message>
            <source>The date is empty.</source>
            <translation>未填寫日期。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日期 %1 晚於目前時間。</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>未填寫金額。</translation>
        </message>
        <message>
            <source>The amount %1 is negative; refunds are recorded as voids.</source>
            <translation>金額 %1 為負數；退款應以作廢消費的方式記錄。</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase.</source>
            <translation>金額 %1 超過單筆消費上限 %2。</translation>
        </message>
        <message>
            <source>The gross profit %1 is larger than the amount.</source>
            <translation>毛利 %1 大於金額。</translation>
        </message>
        <message>
            <source>The member reference is empty.</source>
            <translation>未填寫會員識別碼。</translation>
        </message>
        <message>
            <source>The member reference is longer than 64 characters.</source>
            <translation>會員識別碼超過 64 個字元。</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>顧客 %1</translation>
        </message>
        <message>
            <source>Line %1: the member %2 could not be created: %3</source>
            <translation>第 %1 行：無法建立會員 %2：%3</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be imported.</source>
            <translation>會員 %1 已應本人要求匿名化，無法匯入其消費紀錄。</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>No member matches "%1" (member number, card, phone or external reference).</source>
            <translation>沒有符合“%1”的會員（會員編號、卡號、手機號碼或舊系統編號）。</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1%2</translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>備註超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>未匯入任何資料：%Ln 列有錯誤（嚴格模式）。</numerusform>
            </translation>
        </message>
        <message>
            <source>Already recorded: %1, %2 for card %3.</source>
            <translation>已記錄過：%1，卡號 %3，%2。</translation>
        </message>
        <message>
            <source>The sale is marked as voided in the file; it is not imported.</source>
            <translation>檔案中這筆消費已標記為作廢；不匯入。</translation>
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
        <message numerus="yes">
            <source>The member has only %Ln point(s) available.</source>
            <translation>
                <numerusform>該會員僅有 %Ln 點可用。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %Ln point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>本次消費最多可使用 %Ln 點（金額的 %1%）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) are worth less than ¥0.01 at %1 points per yuan; use more or none.</source>
            <translation>
                <numerusform>依每元 %1 點計算，%Ln 點不足 ¥0.01；請多用一些，或不使用點數。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Click a member to open them at the counter</source>
            <translation>點選會員即可在櫃檯開啟</translation>
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
            <translation>此期間無資料</translation>
        </message>
        <message>
            <source>Member sales (left axis)</source>
            <translation>會員銷售額（左軸）</translation>
        </message>
        <message>
            <source>Purchases (right axis)</source>
            <translation>消費筆數（右軸）</translation>
        </message>
        <message>
            <source>Returning members</source>
            <translation>既有會員</translation>
        </message>
        <message>
            <source>New members (joined that month)</source>
            <translation>新會員（當月入會）</translation>
        </message>
        <message>
            <source>members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation>%1：%2（%3%）</translation>
        </message>
        <message>
            <source>share of members, biggest spenders first</source>
            <translation>會員佔比（依消費額由高到低）</translation>
        </message>
        <message>
            <source>Top 20 %: %1 % of sales</source>
            <translation>前 20% 會員貢獻 %1% 的銷售額</translation>
        </message>
        <message>
            <source>%1h</source>
            <translation>%1時</translation>
        </message>
        <message>
            <source>purchases per hour slot in the month, darkest = %1</source>
            <translation>本月各時段的消費筆數，最深色 = %1</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等級 %1</translation>
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
            <translation>重要價值</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>忠誠</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新客</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>潛力</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>需喚回</translation>
        </message>
        <message>
            <source>Hibernating</source>
            <translation>沉睡</translation>
        </message>
        <message>
            <source>Your best customers: thank them personally and give them early access to new goods.</source>
            <translation>最好的顧客：親自致謝，並讓他們搶先體驗新品。</translation>
        </message>
        <message>
            <source>Regulars: reward their loyalty and suggest the next tier or a bigger basket.</source>
            <translation>老主顧：回饋他們的忠誠，並引導他們升上下一個等級或多買一些。</translation>
        </message>
        <message>
            <source>First visit recently: welcome them and give a reason to come back within a month.</source>
            <translation>最近首次光顧：熱情歡迎，並給他們一個在一個月內再次光顧的理由。</translation>
        </message>
        <message>
            <source>Recent but occasional: a timely offer can turn them into regulars.</source>
            <translation>最近來過但不常來：及時給個優惠，就可能成為老主顧。</translation>
        </message>
        <message>
            <source>Good customers who have not come lately: contact them with a personal win-back offer.</source>
            <translation>好顧客最近沒來：主動聯繫，提供專屬的回流優惠。</translation>
        </message>
        <message>
            <source>Long gone and small: include them in general promotions only.</source>
            <translation>很久沒來且消費少：只需納入一般促銷活動即可。</translation>
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
        <name>StartupCheck</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 是資料夾，不是資料庫檔案。</translation>
        </message>
        <message>
            <source>The database cannot be checked: %1</source>
            <translation>無法檢查資料庫：%1</translation>
        </message>
        <message>
            <source>The database %1 is damaged and was not opened, so nothing more can be lost (%2).</source>
            <translation>資料庫 %1 已損毀，為避免遺失更多資料，未將其開啟（%2）。</translation>
        </message>
        <message>
            <source>No good backup was found in %1. Keep the file and ask for help to rescue it.</source>
            <translation>在 %1 中找不到可用的備份。請保留該檔案，並尋求協助以搶救資料。</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2. Restore it? Purchases after that day must be entered again.</source>
            <translation>最近一份完好的備份是 %1（%2）。要還原此備份嗎？該日之後的消費須重新輸入。</translation>
        </message>
    </context>
    <context>
        <name>StartupRecovery</name>
        <message>
            <source>The backup of %1 is restored. The damaged database is kept as:
%2</source>
            <translation>%1 的備份已還原。損壞的資料庫已保留為：
%2</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>還原 %1 的備份</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Checking the member database…</source>
            <translation>正在檢查會員資料庫…</translation>
        </message>
        <message>
            <source>The last backup found damage, so every page of the database is read before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>上次備份發現了損壞，因此在寫入任何資料之前會先讀取資料庫的每一頁。大店的資料庫可能需要幾分鐘。</translation>
        </message>
        <message>
            <source>No automatic backup from the last %1 days was found (is the backup folder still there?), so every page of the database is read now, before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>最近 %1 天內沒有找到自動備份（備份資料夾還在嗎？），因此現在先讀取資料庫的每一頁，然後才會寫入任何資料。大店的資料庫可能需要幾分鐘。</translation>
        </message>
    </context>
    <context>
        <name>StoreBranding</name>
        <message>
            <source>The store logo saved in the settings cannot be read. Choose the logo image again.</source>
            <translation>無法讀取設定中儲存的商店標誌。請重新選擇標誌圖片。</translation>
        </message>
        <message>
            <source>The logo file %1 does not exist.</source>
            <translation>標誌檔案 %1 不存在。</translation>
        </message>
        <message>
            <source>The logo file %1 cannot be read as an image (%2). Use a PNG or JPEG file.</source>
            <translation>無法將標誌檔案 %1 讀取為圖片（%2）。請使用 PNG 或 JPEG 檔案。</translation>
        </message>
        <message>
            <source>The logo %1 is only %2×%3 pixels: it would print blurred. Use an image of at least 300 pixels.</source>
            <translation>標誌 %1 只有 %2×%3 像素，列印出來會模糊。請使用至少 300 像素的圖片。</translation>
        </message>
        <message>
            <source>The logo could not be converted to PNG.</source>
            <translation>無法將標誌轉換為 PNG。</translation>
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
        <name>UserService</name>
        <message>
            <source>The password must not begin or end with a space.</source>
            <translation>密碼的開頭和結尾不能是空格。</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>PIN 碼為 4 至 6 位數字。</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>請輸入帳號名稱。</translation>
        </message>
        <message>
            <source>There is already an account named %1.</source>
            <translation>已有名為 %1 的帳號。</translation>
        </message>
        <message>
            <source>The owner account already exists. The owner adds further accounts after signing in.</source>
            <translation>店長帳號已存在。其他帳號由店長登入後新增。</translation>
        </message>
        <message>
            <source>There is no account with number %1.</source>
            <translation>沒有編號為 %1 的帳號。</translation>
        </message>
        <message>
            <source>Sign in first to change your password or PIN.</source>
            <translation>請先登入，再變更密碼或 PIN 碼。</translation>
        </message>
        <message>
            <source>You cannot disable the account you are signed in with.</source>
            <translation>不能停用您目前登入的帳號。</translation>
        </message>
        <message>
            <source>This is the only owner account: it cannot be disabled.</source>
            <translation>這是唯一的店長帳號，不能停用。</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>沒有名為 %1 的帳號。</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask the owner.</source>
            <translation>帳號 %1 已停用。請洽詢店長。</translation>
        </message>
        <message>
            <source>Signing in failed: %1</source>
            <translation>登入失敗：%1</translation>
        </message>
        <message numerus="yes">
            <source>The password needs at least %Ln character(s).</source>
            <translation>
                <numerusform>密碼至少需要 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>姓名超過 %Ln 個字元。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Try again in %Ln second(s).</source>
            <translation>
                <numerusform>錯誤次數過多。請於 %Ln 秒後再試。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>密碼錯誤。帳號已鎖定 %Ln 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>PIN 碼錯誤。帳號已鎖定 %Ln 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>密碼錯誤。還可嘗試 %Ln 次，之後帳號將被鎖定。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>PIN 碼錯誤。還可嘗試 %Ln 次，之後帳號將被鎖定。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WinBack</name>
        <message>
            <source>The probability threshold must be above 0 and at most 1.</source>
            <translation>機率門檻必須大於 0 且不超過 1。</translation>
        </message>
        <message>
            <source>There are no customers with purchases yet.</source>
            <translation>目前還沒有任何顧客有消費紀錄。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddToEventDialog</name>
        <message>
            <source>Add to an event</source>
            <translation>加入活動</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>活動(&amp;E)：</translation>
        </message>
        <message>
            <source>They are added to the event's guests by hand; its other criteria stay as they are. Members who have not agreed to marketing are not invited: the Guests tab lists them as excluded, with the reason.</source>
            <translation>他們將作為手動加入的來賓加入該活動，活動原有的篩選條件保持不變。未同意接收行銷訊息的會員不會收到邀請：「來賓」頁會把他們列為排除，並註明原因。</translation>
        </message>
        <message>
            <source>&amp;Plan the event…</source>
            <translation>規劃活動(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Add to event</source>
            <translation>加入活動(&amp;A)</translation>
        </message>
        <message>
            <source>The list “%1” has no members to add.</source>
            <translation>名單「%1」中沒有可加入的會員。</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>新增活動…</translation>
        </message>
        <message>
            <source>Choose an event, or “New event…”.</source>
            <translation>請選擇一個活動，或選擇「新增活動…」。</translation>
        </message>
        <message>
            <source>The guest list saved with “%1” cannot be read (%2). Open the event's Guests tab and save its guests again before adding more.</source>
            <translation>「%1」儲存的來賓名單無法讀取（%2）。請先在該活動的「來賓」頁重新儲存來賓，再加入更多會員。</translation>
        </message>
        <message>
            <source>“%1” is over. Choose an upcoming event.</source>
            <translation>「%1」已經結束，請選擇即將舉行的活動。</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln member(s) from “%1” to an event</source>
            <translation>
                <numerusform>將「%1」中的 %Ln 位會員加入活動</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already invited</source>
            <translation>
                <numerusform>已邀請 %Ln 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New VIP event for %Ln member(s) from “%1”</source>
            <translation>
                <numerusform>為「%1」中的 %Ln 位會員新增 VIP 活動</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln member(s) from “%1” were already on the guest list of “%2”.</source>
            <translation>
                <numerusform>「%1」中的 %Ln 位會員都已在「%2」的來賓名單中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) from “%1” added to the guests of “%2”.</source>
            <translation>
                <numerusform>已將「%1」中的 %Ln 位會員加入「%2」的來賓。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) were already on the guest list.</source>
            <translation>
                <numerusform>其中 %Ln 位會員原已在來賓名單中。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) removed by hand earlier are back on the list.</source>
            <translation>
                <numerusform>%Ln 位之前被手動移除的會員已重新加入名單。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddUserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>新增帳號</translation>
        </message>
        <message>
            <source>Clerk (signs in with a PIN)</source>
            <translation>店員（使用 PIN 碼登入）</translation>
        </message>
        <message>
            <source>Owner (signs in with a password; may do everything)</source>
            <translation>店長（使用密碼登入；擁有全部權限）</translation>
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
            <translation>重複(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>新增(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 碼(&amp;P)：</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 至 6 位數字</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>請輸入帳號名稱。</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>兩次輸入的密碼不一致。請重新輸入密碼。</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the PIN again.</source>
            <translation>兩次輸入的 PIN 碼不一致。請重新輸入 PIN 碼。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 個字元</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>調整點數</translation>
        </message>
        <message>
            <source>Balance now: %1 points. A positive number adds points, a negative one takes them away. The reason is shown in the member's history.</source>
            <translation>目前餘額：%1 點。正數為增加點數，負數為扣除點數。原因會顯示在會員的歷史紀錄中。</translation>
        </message>
        <message>
            <source>Required, e.g. goodwill for a late delivery</source>
            <translation>必填，例如：到貨延遲的補償</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>點數(&amp;P)</translation>
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
            <translation>會員匿名化</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anonymise %1 at their request?&lt;/b&gt;&lt;br&gt;&lt;br&gt;Removed for good: the name, phone, birthday, gender, note and old-system number, the marketing consent, and what follow-ups and complaints say about them.&lt;br&gt;Kept: the card number, purchases, points and tier, so the shop's totals do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; No purchase, points or contact can be recorded for the member afterwards.</source>
            <translation>&lt;b&gt;應 %1 本人要求進行匿名化？&lt;/b&gt;&lt;br&gt;&lt;br&gt;將永久刪除：姓名、手機號碼、生日、性別、備註、舊系統編號、行銷同意，以及回訪和投訴中關於他/她的內容。&lt;br&gt;將保留：卡號、消費紀錄、點數和等級，店鋪的統計總額不變。&lt;br&gt;&lt;br&gt;&lt;b&gt;此操作無法復原。&lt;/b&gt;之後不能再為該會員記錄消費、點數或聯絡紀錄。</translation>
        </message>
        <message>
            <source>e.g. asked at the counter on 20 November</source>
            <translation>例如：11 月 20 日在櫃檯當面提出</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>原因(&amp;R)（記入操作日誌）</translation>
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
            <translation>等級</translation>
        </message>
        <message>
            <source>Loyalty type (last 12 months)</source>
            <translation>忠誠類型（近 12 個月）</translation>
        </message>
        <message>
            <source>RFM segment (last 12 months)</source>
            <translation>RFM 客戶分群（近 12 個月）</translation>
        </message>
        <message>
            <source>Spent at &amp;least</source>
            <translation>消費至少(&amp;L)</translation>
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
            <translation>仍為活躍客戶的機率至少(&amp;P)</translation>
        </message>
        <message>
            <source>The purchase model's estimate that the member still shops here (P(alive)).</source>
            <translation>消費模型估算此會員仍在本店消費的機率（P(alive)）。</translation>
        </message>
        <message>
            <source>&amp;Birthday in</source>
            <translation>生日月份(&amp;B)</translation>
        </message>
        <message>
            <source>any month</source>
            <translation>任何月份</translation>
        </message>
        <message>
            <source>Last visit &amp;after</source>
            <translation>最近來店晚於(&amp;A)</translation>
        </message>
        <message>
            <source>Last visit be&amp;fore</source>
            <translation>最近來店早於(&amp;F)</translation>
        </message>
        <message>
            <source>Brought in at least</source>
            <translation>推薦至少</translation>
        </message>
        <message>
            <source> new member(s)</source>
            <translation> 位新會員</translation>
        </message>
        <message>
            <source>Spend and visits</source>
            <translation>消費與來店</translation>
        </message>
        <message>
            <source>Clear criteria</source>
            <translation>清除條件</translation>
        </message>
        <message>
            <source>No criterion ticked: every member who consented is a guest.</source>
            <translation>未勾選任何條件：所有同意接收行銷訊息的會員都是來賓。</translation>
        </message>
        <message>
            <source>A&amp;dd a member:</source>
            <translation>將會員加入名單(&amp;D)：</translation>
        </message>
        <message>
            <source>phone, card number or name, then Enter</source>
            <translation>輸入手機號碼、卡號或姓名，然後按 Enter</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>Not invited</source>
            <translation>未受邀</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>從名單中移除(&amp;R)</translation>
        </message>
        <message>
            <source>Takes the selected guests off the list (Delete).</source>
            <translation>將所選來賓從名單中移除（Delete）。</translation>
        </message>
        <message>
            <source>&amp;Put back</source>
            <translation>放回名單(&amp;P)</translation>
        </message>
        <message>
            <source>Puts members removed by hand back on the list.</source>
            <translation>將手動移除的會員放回名單。</translation>
        </message>
        <message>
            <source>Double-click or Enter opens the member at the counter.</source>
            <translation>按兩下或按 Enter 可在櫃檯開啟該會員。</translation>
        </message>
        <message>
            <source>&amp;Save guest list</source>
            <translation>儲存來賓名單(&amp;S)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>匯出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>&amp;Invite…</source>
            <translation>邀請(&amp;I)…</translation>
        </message>
        <message>
            <source>Loading the members and their figures…</source>
            <translation>正在載入會員及其資料…</translation>
        </message>
        <message>
            <source>The members and their figures could not be loaded: %1</source>
            <translation>無法載入會員及其數據：%1</translation>
        </message>
        <message>
            <source>Minimum spend: %1</source>
            <translation>最低消費額：%1</translation>
        </message>
        <message>
            <source>Guests (%1)</source>
            <translation>來賓（%1）</translation>
        </message>
        <message>
            <source>Not invited (%1)</source>
            <translation>未受邀（%1）</translation>
        </message>
        <message>
            <source>The event is over: no more invitations.</source>
            <translation>活動已結束：無法再發送邀請函。</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>沒有符合“%1”的會員。</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 was added to the list.</source>
            <translation>已將 %1 加入名單。</translation>
        </message>
        <message>
            <source>Withdraw invitations</source>
            <translation>撤回邀請函</translation>
        </message>
        <message>
            <source>The guest list is saved with the event.</source>
            <translation>來賓名單會隨活動一併儲存。</translation>
        </message>
        <message>
            <source>guests-%1.csv</source>
            <translation>來賓-%1.csv</translation>
        </message>
        <message>
            <source>Export the guest list</source>
            <translation>匯出來賓名單</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Invite guests</source>
            <translation>邀請來賓</translation>
        </message>
        <message>
            <source>Wait until the guest list is counted.</source>
            <translation>請等候來賓名單統計完成。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s)</source>
            <translation>
                <numerusform>%Ln 位來賓</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln already invited</source>
            <translation>
                <numerusform> · 已邀請 %Ln 位</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln seat(s)</source>
            <translation>
                <numerusform> · 共 %Ln 個名額</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but did not consent to marketing: they are not invited.</source>
            <translation>
                <numerusform>%Ln 位會員符合條件，但未同意接收行銷訊息，因此不會受邀。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but get no seat: the event is full.</source>
            <translation>
                <numerusform>%Ln 位會員符合條件，但沒有名額：活動已額滿。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %Ln guest(s)…</source>
            <translation>
                <numerusform>邀請 %Ln 位來賓(&amp;I)…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the selected guest(s) already have an invitation. Withdraw it? A printed invitation is then refused at the door.</source>
            <translation>
                <numerusform>所選來賓中有 %Ln 位已有邀請函。要撤回嗎？撤回後，已列印的邀請函在入場報到時將被拒絕。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) written to %1.</source>
            <translation>
                <numerusform>已將 %Ln 列寫入 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Write %Ln invitation(s) for “%1”? Each gets a personal check-in code; guests invited before keep theirs. The guest list is saved with the event.</source>
            <translation>
                <numerusform>要為“%1”產生 %Ln 份邀請函嗎？每份邀請函都有專屬報到碼；先前已受邀的來賓保留原有報到碼。來賓名單會隨活動一併儲存。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new invitation(s) written; the event now has %1. Print them on the Invitations tab.</source>
            <translation>
                <numerusform>已產生 %Ln 份新邀請函；此活動目前共有 %1 份。請在“邀請函”分頁中列印。</numerusform>
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
            <translation>已邀請</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>手動加入</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
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
            <source>Tier</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Spent, 12 months</source>
            <translation>近 12 個月消費</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近來店</translation>
        </message>
        <message>
            <source>Why not invited</source>
            <translation>未邀請原因</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>狀態</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>操作紀錄</translation>
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
            <translation>從(&amp;F)</translation>
        </message>
        <message>
            <source>Text in the action, target, details or user</source>
            <translation>操作、對象、詳細資料或使用者中的文字</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>使用者(&amp;U)：</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>操作(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>搜尋(&amp;S)：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>對象</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細資料</translation>
        </message>
        <message>
            <source>Show &amp;more</source>
            <translation>顯示更多(&amp;M)</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>開始日期晚於結束日期。</translation>
        </message>
        <message>
            <source>(no user)</source>
            <translation>（無使用者）</translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln entry(ies), newest first.</source>
            <translation>
                <numerusform>顯示 %Ln 筆中的 %1 筆，最新的在前。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::BackupDialog</name>
        <message>
            <source>Backups and lock</source>
            <translation>備份與鎖定</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>瀏覽(&amp;B)…</translation>
        </message>
        <message>
            <source>Folder for the automatic backups</source>
            <translation>自動備份資料夾</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>立即備份(&amp;N)</translation>
        </message>
        <message>
            <source>MemberDesk backs up the database into this folder when it closes and once a day, checks every backup after writing it, and keeps the last %1 days and one backup for each of the last %2 months. A USB stick or a second disk keeps the shop's data safe when this PC fails.</source>
            <translation>會員管家會在關閉時以及每天一次將資料庫備份到此資料夾，每次寫入備份後都會進行檢查，並保留最近 %1 天的備份，以及最近 %2 個月中每月一份備份。將備份存放在隨身碟或第二顆硬碟上，即使這台電腦故障，商店資料也能安全無虞。</translation>
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
            <translation>檔案</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>自動備份</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永不到期</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分鐘</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>鎖定</translation>
        </message>
        <message>
            <source>Lock the counter after &amp;idle time:</source>
            <translation>閒置超過此時間後鎖定櫃檯(&amp;I)：</translation>
        </message>
        <message>
            <source>Without a key or mouse touch for this long, the window hides member data and asks for a PIN or password. Ctrl+L locks at once; F12 switches user.</source>
            <translation>若這麼長時間內沒有按鍵或滑鼠操作，視窗會隱藏會員資料，並要求輸入 PIN 碼或密碼。按 Ctrl+L 立即鎖定；按 F12 切換使用者。</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>從備份還原(&amp;R)…</translation>
        </message>
        <message>
            <source>Choose a folder for the backups first.</source>
            <translation>請先選擇備份資料夾。</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在備份…</translation>
        </message>
        <message>
            <source>Backup written and checked: %1 (%2).</source>
            <translation>備份已完成並通過檢查：%1（%2）。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CarePage</name>
        <message>
            <source>Today's care list</source>
            <translation>今日關懷清單</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>會員</translation>
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
            <translation>在櫃檯開啟（Enter）</translation>
        </message>
        <message>
            <source>Mark done (Space)</source>
            <translation>標示完成（Space）</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>復原（Ctrl+Z）</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <source>The care list could not be loaded: %1</source>
            <translation>無法載入關懷清單：%1</translation>
        </message>
        <message>
            <source>Nothing to do today.</source>
            <translation>今天沒有待辦事項。</translation>
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
                <numerusform>本週生日（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close to the next tier (%Ln)</source>
            <translation>
                <numerusform>接近下一等級（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points expiring within 30 days (%Ln)</source>
            <translation>
                <numerusform>點數 30 天內到期（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Follow-ups due (%Ln)</source>
            <translation>
                <numerusform>待回訪（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open complaints (%Ln)</source>
            <translation>
                <numerusform>未解決的客訴（%Ln）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show more… (%Ln more)</source>
            <translation>
                <numerusform>顯示更多…（還有 %Ln 項）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) to do</source>
            <translation>
                <numerusform>待辦 %Ln 項</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Enter loads the next %Ln row(s) of this group.</source>
            <translation>
                <numerusform>按 Enter 載入本組接下來的 %Ln 列。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Regulars not seen lately (%Ln)</source>
            <translation>
                <numerusform>近期沒再來的常客（%Ln）</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the care list…</source>
            <translation>正在載入關懷清單…</translation>
        </message>
        <message>
            <source>Nothing was marked done: the list was not shown yet. Select the row and press Space again.</source>
            <translation>未標示任何事項：清單尚未顯示。請選取該列後再按一次 Space。</translation>
        </message>
        <message>
            <source>Nothing was undone: the list was not shown yet.</source>
            <translation>未復原任何操作：清單尚未顯示。</translation>
        </message>
        <message>
            <source>Nothing was opened: the list was not shown yet.</source>
            <translation>未開啟任何會員：清單尚未顯示。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ChangeSecretDialog</name>
        <message>
            <source>Change my password</source>
            <translation>變更我的密碼</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>變更我的 PIN 碼</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>已以 %1 的身分登入。</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>重設密碼</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>重設 PIN 碼</translation>
        </message>
        <message>
            <source>A new password for %1. Tell it to them in person.</source>
            <translation>已為 %1 設定新的密碼。請當面告知本人。</translation>
        </message>
        <message>
            <source>A new PIN for %1. Tell it to them in person.</source>
            <translation>已為 %1 設定新的 PIN 碼。請當面告知本人。</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 至 6 位數字</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>目前密碼(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>目前 PIN 碼(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>新密碼(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>新 PIN 碼(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>再次輸入(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the new password again.</source>
            <translation>兩次輸入的密碼不一致。請重新輸入新密碼。</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the new PIN again.</source>
            <translation>兩次輸入的 PIN 碼不一致。請重新輸入新 PIN 碼。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 個字元</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::CheckInWidget</name>
        <message>
            <source>&amp;Event at the door:</source>
            <translation>報到活動(&amp;E)：</translation>
        </message>
        <message>
            <source>Scan the invitation, or type a card or phone number</source>
            <translation>請掃描邀請函，或輸入卡號或手機號碼</translation>
        </message>
        <message>
            <source>Check &amp;in</source>
            <translation>報到(&amp;I)</translation>
        </message>
        <message>
            <source>Enter checks in · Esc clears · the scanner types the QR code and presses Enter by itself</source>
            <translation>按 Enter 報到 · 按 Esc 清除 · 掃描器會自動輸入 QR 碼並按 Enter</translation>
        </message>
        <message>
            <source>At the door so far (latest first):</source>
            <translation>入場紀錄（最新的在前）：</translation>
        </message>
        <message>
            <source>Ready for the first guest</source>
            <translation>準備就緒，等待第一位來賓</translation>
        </message>
        <message>
            <source>Invited guests are checked in once; a second scan of the same invitation is refused and says when they came.</source>
            <translation>每位受邀來賓只能報到一次；同一份邀請函再次掃描時會被拒絕，並顯示其報到時間。</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4</source>
            <translation>%1 · %2 %3–%4</translation>
        </message>
        <message>
            <source>No event is open for check-in today</source>
            <translation>今天沒有可報到的活動</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4 · %5</source>
            <translation>%1 · %2 %3–%4 · %5</translation>
        </message>
        <message>
            <source>In: %1 of %2 invited</source>
            <translation>已報到 %1 人，共邀請 %2 人</translation>
        </message>
        <message>
            <source>✓ Welcome</source>
            <translation>✓ 歡迎光臨</translation>
        </message>
        <message>
            <source>Already checked in at %1</source>
            <translation>已於 %1 報到</translation>
        </message>
        <message>
            <source>✗ Refused</source>
            <translation>✗ 拒絕入場</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>已報到</translation>
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
            <translation>今天沒有活動</translation>
        </message>
        <message>
            <source>No event is planned yet.</source>
            <translation>還沒有安排活動。</translation>
        </message>
        <message>
            <source>The next event, %1, is on %2 at %3.</source>
            <translation>下一場活動「%1」在 %2 %3 開始。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ComplaintDialog</name>
        <message>
            <source>Record a complaint</source>
            <translation>登記客訴</translation>
        </message>
        <message>
            <source>What is the complaint?</source>
            <translation>客訴內容是什麼？</translation>
        </message>
        <message>
            <source>e.g. the zip broke after two weeks</source>
            <translation>例如：拉鍊兩週後就壞了</translation>
        </message>
        <message>
            <source>Complaint of %1: %2</source>
            <translation>客訴（%1）：%2</translation>
        </message>
        <message>
            <source>Respond to a complaint</source>
            <translation>回應客訴</translation>
        </message>
        <message>
            <source>First response (what was done or promised):</source>
            <translation>首次回應（已採取的措施或做出的承諾）：</translation>
        </message>
        <message>
            <source>Resolve a complaint</source>
            <translation>解決客訴</translation>
        </message>
        <message>
            <source>Resolution (required):</source>
            <translation>處理結果（必填）：</translation>
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
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>已升級為 %1！請向會員道賀。</translation>
        </message>
        <message numerus="yes">
            <source>Recorded: paid %1, +%Ln point(s) (balance %2).</source>
            <translation>
                <numerusform>已記錄：實付 %1，+%Ln 點（餘額 %2）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The purchase of %1 on %2 is voided: %Ln point(s) taken back, balance %3.</source>
            <translation>
                <numerusform>%2 的 %1 消費已作廢：扣回 %Ln 點，餘額 %3。</numerusform>
            </translation>
        </message>
        <message>
            <source>This member was anonymised on request: no purchase, points or contact can be recorded.</source>
            <translation>該會員已應本人要求匿名化：不能再記錄消費、點數或聯絡紀錄。</translation>
        </message>
        <message>
            <source>This member is already anonymised.</source>
            <translation>該會員已經匿名化。</translation>
        </message>
        <message>
            <source>Member %1 is anonymised; their purchases still count in the totals.</source>
            <translation>會員 %1 已匿名化；其消費仍計入統計總額。</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>查詢失敗：%1</translation>
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
            <translation>近 13 個月會員銷售額與消費筆數</translation>
        </message>
        <message>
            <source>Member sales (yuan, left)</source>
            <translation>會員銷售額（元，左軸）</translation>
        </message>
        <message>
            <source>Purchases (right)</source>
            <translation>消費筆數（右軸）</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1：%Ln 筆消費</numerusform>
            </translation>
        </message>
        <message>
            <source>Active members: new and returning</source>
            <translation>活躍會員：新會員與既有會員</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>既有會員</translation>
        </message>
        <message>
            <source>New this month</source>
            <translation>當月入會</translation>
        </message>
        <message>
            <source>Members by tier at month end</source>
            <translation>月底各等級會員人數</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %)</source>
            <translation>%1：%2 位會員（%3%）</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>元</translation>
        </message>
        <message>
            <source>Spend concentration (Pareto)</source>
            <translation>消費集中度（帕雷托）</translation>
        </message>
        <message>
            <source>Share of sales by the top members</source>
            <translation>消費最多的會員所佔銷售額比例</translation>
        </message>
        <message>
            <source>Top 20 %: %1 members made %2 % of sales</source>
            <translation>前 20%：%1 位會員貢獻了 %2% 的銷售額</translation>
        </message>
        <message>
            <source>share of members in %, biggest spenders first</source>
            <translation>會員占比（%），依消費額由高到低</translation>
        </message>
        <message>
            <source>share of sales in %</source>
            <translation>銷售額占比（%）</translation>
        </message>
        <message numerus="yes">
            <source>%1: member sales %2 in %Ln purchase(s). Click to list them; double-click to show this month.</source>
            <translation>
                <numerusform>%1：會員銷售額 %2，共 %Ln 筆消費。點選即可列出；按兩下可檢視該月。</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 active members, %3 new and %4 returning. Click a part to list its members.</source>
            <translation>%1：活躍會員 %2 位，其中新會員 %3 位，既有會員 %4 位。點選某一部分即可列出對應會員。</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %). Click to list them.</source>
            <translation>%1：%2 位會員（%3%）。點選即可列出。</translation>
        </message>
        <message>
            <source>Member sales by tier, 13 months</source>
            <translation>各等級會員銷售額（13 個月）</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等級 %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %3 in %Ln purchase(s) (%4 % of the month's %5). Click to list them.</source>
            <translation>
                <numerusform>%1，%2：%Ln 筆消費共 %3（佔當月 %5 的 %4%）。點選即可列出。</numerusform>
            </translation>
        </message>
        <message>
            <source>The top %1 % of members (%2) made %3 % of sales. Click to list them.</source>
            <translation>消費最高的前 %1 % 會員（%2 位）貢獻了 %3 % 的銷售額。點選即可列出這些會員。</translation>
        </message>
        <message>
            <source>RFM segments, as of %1</source>
            <translation>RFM 客戶分群（截至 %1）</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %), who paid %4 in the insight window</source>
            <translation>%1：%2 位會員（%3%），分析區間內實付 %4</translation>
        </message>
        <message>
            <source>Four loyalty types, as of %1</source>
            <translation>四種忠誠類型（截至 %1）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::DashboardPage</name>
        <message>
            <source>Previous month</source>
            <translation>上個月</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>下個月</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>重新整理</translation>
        </message>
        <message>
            <source>Compute the month again with the latest purchases (Ctrl+R)</source>
            <translation>依最新消費紀錄重新計算該月資料（Ctrl+R）</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>月報…</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>預覽列印…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>列印…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>儲存為 PDF…</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>會員銷售額</translation>
        </message>
        <message>
            <source>Member purchases</source>
            <translation>會員消費筆數</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>客單價</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>活躍會員</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>新會員</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>回購率</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>點數發放</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>點數兌換</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>點數到期</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>點數負債</translation>
        </message>
        <message>
            <source>Share of the month's active members who bought twice or more in the month</source>
            <translation>當月消費至少兩次的會員佔活躍會員的比例</translation>
        </message>
        <message>
            <source>Points outstanding at month end, valued at the current redemption rate</source>
            <translation>月底點數餘額依目前折抵比例換算的金額</translation>
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
            <translation>卡號</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消費筆數</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>消費額</translation>
        </message>
        <message>
            <source>Upgraded</source>
            <translation>升級時間</translation>
        </message>
        <message>
            <source>From</source>
            <translation>原等級</translation>
        </message>
        <message>
            <source>To</source>
            <translation>升至</translation>
        </message>
        <message>
            <source>Purchases (180 days)</source>
            <translation>消費筆數（180 天）</translation>
        </message>
        <message>
            <source>Spend (180 days)</source>
            <translation>消費額（180 天）</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消費</translation>
        </message>
        <message>
            <source>Top members of the month</source>
            <translation>本月消費排行</translation>
        </message>
        <message>
            <source>New VIPs (tier upgrades)</source>
            <translation>新晉 VIP（等級升級）</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>有流失風險的會員</translation>
        </message>
        <message>
            <source>Computing %1…</source>
            <translation>正在計算 %1…</translation>
        </message>
        <message>
            <source>The figures for %1 could not be computed: %2</source>
            <translation>無法計算 %1 的資料：%2</translation>
        </message>
        <message>
            <source>Computed in %1 ms.</source>
            <translation>計算耗時 %1 毫秒。</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded in this month.</source>
            <translation>%1 無資料：該月沒有任何會員消費、註冊或點數異動紀錄。</translation>
        </message>
        <message>
            <source>%1 points outstanding at month end, valued at the current redemption rate</source>
            <translation>月底尚餘 %1 點，依目前折抵比例換算為金額</translation>
        </message>
        <message>
            <source>No member bought anything this month.</source>
            <translation>本月沒有會員消費。</translation>
        </message>
        <message>
            <source>By member sales in the month. Click a member to open them at the counter.</source>
            <translation>依會員當月消費額排序。點選會員即可在櫃檯開啟。</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>本月沒有會員升級。</translation>
        </message>
        <message>
            <source>%1 members moved up a tier this month; %2 shown, highest tier first.</source>
            <translation>本月有 %1 位會員升級；依升級後等級由高到低顯示其中 %2 位。</translation>
        </message>
        <message>
            <source>No member is at risk: nobody with 3 or more purchases in the 180 days before month end has stayed away for the last 42 days.</source>
            <translation>沒有會員有流失風險：月底前 180 天內至少消費 3 次的會員，最後 42 天內都有來店消費。</translation>
        </message>
        <message>
            <source>%1 members bought 3 or more times in the 180 days before month end but not in its last 42 days; %2 shown, most valuable first.</source>
            <translation>共有 %1 位會員在月底前 180 天內至少消費 3 次，但最後 42 天內沒有消費；依價值由高到低顯示其中 %2 位。</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>月報</translation>
        </message>
        <message>
            <source>The figures of this month are still being computed; try again in a moment.</source>
            <translation>該月資料仍在計算中，請稍後再試。</translation>
        </message>
        <message>
            <source>Monthly report %1</source>
            <translation>月報 %1</translation>
        </message>
        <message>
            <source>Monthly report — %1</source>
            <translation>月報 — %1</translation>
        </message>
        <message>
            <source>The report could not be printed: %1</source>
            <translation>無法列印報告：%1</translation>
        </message>
        <message>
            <source>The figures of %1 are not computed yet.</source>
            <translation>%1 的資料尚未計算。</translation>
        </message>
        <message>
            <source>monthly-report-%1.pdf</source>
            <translation>月報-%1.pdf</translation>
        </message>
        <message>
            <source>Save monthly report</source>
            <translation>儲存月報</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>無法寫入 PDF：%1</translation>
        </message>
        <message>
            <source>&amp;Lists</source>
            <translation>名單(&amp;L)</translation>
        </message>
        <message>
            <source>The purchases or members behind the month's figures</source>
            <translation>構成本月數據的消費或會員</translation>
        </message>
        <message>
            <source>&amp;Purchases of the month</source>
            <translation>當月消費(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;New members who bought</source>
            <translation>有消費的新會員(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Returning members who bought</source>
            <translation>有消費的既有會員(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Top 20 % of spenders</source>
            <translation>消費額前 20% 的會員(&amp;T)</translation>
        </message>
        <message>
            <source>Click a bar, a slice, a point of the curve or a heatmap cell to list the purchases or members behind it; double-click a month's bar to show that month.</source>
            <translation>點選長條、扇形區塊、曲線上的點或熱度圖儲存格，即可列出對應的消費或會員；按兩下某月的長條可檢視該月。</translation>
        </message>
        <message>
            <source>Customer segments: the insight snapshot could not be read: %1</source>
            <translation>客群分類：無法讀取會員分析快照：%1</translation>
        </message>
        <message>
            <source>Customer segments: no insight has been computed yet. Open Insight (F6) and compute it, or let the daily refresh run; the RFM segments and the four loyalty types then show here.</source>
            <translation>客群分類：尚未進行會員分析。請開啟會員分析（F6）並計算，或等待每日自動更新；之後 RFM 客群分類和四種忠誠類型會顯示在這裡。</translation>
        </message>
        <message>
            <source>Customer segments: the last insight computation (%1) found no segments: %2</source>
            <translation>客群分類：最近一次會員分析（%1）未得出任何客群：%2</translation>
        </message>
        <message numerus="yes">
            <source>Customer segments from the insight snapshot as of %1 (purchases of the %Ln day(s) before; not tied to the month shown).</source>
            <translation>
                <numerusform>客群分類取自截至 %1 的會員分析快照（依據此前 %Ln 天的消費；與目前顯示的月份無關）。</numerusform>
            </translation>
        </message>
        <message>
            <source>The members at risk could not be found: %1</source>
            <translation>無法尋找有流失風險的會員：%1</translation>
        </message>
        <message>
            <source>Looking for members at risk…</source>
            <translation>正在尋找有流失風險的會員…</translation>
        </message>
        <message numerus="yes">
            <source>Saved the monthly report (%Ln page(s)) to %1.</source>
            <translation>
                <numerusform>月報（共 %Ln 頁）已儲存至 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownDialog</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在櫃檯開啟(&amp;O)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>匯出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>載入中…</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>無法讀取清單：%1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln purchase(s) · %2</source>
            <translation>
                <numerusform>%1 · %Ln 筆消費 · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s) · %2 bought in the month</source>
            <translation>
                <numerusform>%1 · %Ln 位會員 · 其中 %2 當月有消費</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchase here: nothing was bought in this part of the month.</source>
            <translation>此處沒有消費：本月這段期間內沒有任何消費。</translation>
        </message>
        <message>
            <source>No member in this list.</source>
            <translation>此清單中沒有會員。</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 purchases, oldest first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>顯示 %2 筆消費中的前 %1 筆，依時間由早到晚排列。點選欄位標題只會排序顯示的列；匯出時會寫出全部消費。</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 members, biggest spenders of the month first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>顯示 %2 位會員中的前 %1 位，依本月消費額由高至低排列。點選欄位標題只會排序顯示的列；匯出時會寫出全部會員。</translation>
        </message>
        <message>
            <source>Oldest first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>依時間由早到晚排列；點選欄位標題可排序。按 Enter 或按兩下可在櫃台開啟該會員。</translation>
        </message>
        <message>
            <source>Biggest spenders of the month first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>依當月消費額由高至低排列；點選欄標題可排序。按 Enter 或按兩下即可在櫃檯開啟該會員。</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>再顯示 %1 筆</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>匯出名單</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) exported to %1.</source>
            <translation>
                <numerusform>已將 %Ln 列匯出至 %1。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownModel</name>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>消費時等級</translation>
        </message>
        <message>
            <source>Tier now</source>
            <translation>目前等級</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>實付</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>消費筆數</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>消費額</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>最近消費</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>註冊日期</translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>編輯活動</translation>
        </message>
        <message>
            <source>New VIP event</source>
            <translation>新增 VIP 活動</translation>
        </message>
        <message>
            <source>e.g. Autumn VIP evening</source>
            <translation>例如：秋季 VIP 之夜</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>從(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>至(&amp;T)</translation>
        </message>
        <message>
            <source>e.g. in the shop, 2nd floor</source>
            <translation>例如：店內二樓</translation>
        </message>
        <message>
            <source>What happens at the event, for your planning</source>
            <translation>活動內容，供您規劃參考</translation>
        </message>
        <message>
            <source>What guests get, e.g. 20 % off everything, a gift from ¥300</source>
            <translation>來賓可享的優惠，例如：全店優惠 20%、滿 ¥300 送贈品</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>Everything the event costs (gifts, food, printing), in yuan. The return is measured against it.</source>
            <translation>活動的全部費用（贈品、餐飲、印刷），以元為單位。投資報酬率以此為基準計算。</translation>
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
            <translation> 個名額</translation>
        </message>
        <message>
            <source>0 means unlimited. Guests beyond the seats are listed as excluded.</source>
            <translation>0 表示不限。超出名額的來賓會列入“未受邀”名單。</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>標題(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>日期(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>地點(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Offer</source>
            <translation>優惠(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Cost</source>
            <translation>費用(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Seats</source>
            <translation>名額(&amp;S)</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>說明(&amp;I)</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 小時 %2 分鐘</translation>
        </message>
        <message>
            <source>Cost: %1</source>
            <translation>費用：%1</translation>
        </message>
        <message numerus="yes">
            <source>ends %Ln day(s) later</source>
            <translation>
                <numerusform>%Ln 天後結束</numerusform>
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
            <translation>未受邀的對照組</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>During the event</source>
            <translation>活動期間</translation>
        </message>
        <message>
            <source>In the 7 days after</source>
            <translation>活動後 7 天內</translation>
        </message>
        <message>
            <source>Revenue in both periods</source>
            <translation>兩段期間合計營收</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Baseline (spent anyway)</source>
            <translation>基準（原本也會消費）</translation>
        </message>
        <message>
            <source>Extra revenue</source>
            <translation>額外營收</translation>
        </message>
        <message>
            <source>Return on the cost (ROI)</source>
            <translation>投資報酬率（ROI）</translation>
        </message>
        <message>
            <source>The return is measured once the event has started: purchases of the guests during the event and in the 7 days after, against a comparable group.</source>
            <translation>活動開始後才會計算效益：統計來賓在活動期間及活動後 7 天內的消費，並與可比較的對照組相比。</translation>
        </message>
        <message>
            <source>Final figures: the week after the event ended on %1.</source>
            <translation>最終數據：活動後一週的追蹤期已於 %1 結束。</translation>
        </message>
        <message>
            <source>Provisional: purchases are counted until %1; the figures grow until then.</source>
            <translation>暫定：消費統計至 %1 為止；在此之前數據會持續增加。</translation>
        </message>
        <message>
            <source>%1 attended of %2 invited (%3 %)</source>
            <translation>邀請 %2 人，出席 %1 人（%3%）</translation>
        </message>
        <message>
            <source>%1 (%2 per attendee)</source>
            <translation>%1（每位出席者 %2）</translation>
        </message>
        <message>
            <source>nobody comparable</source>
            <translation>無可比較對象</translation>
        </message>
        <message>
            <source>%1 (%2 per member)</source>
            <translation>%1（每位會員 %2）</translation>
        </message>
        <message>
            <source>%1 = %2 − %3</source>
            <translation>%1 = %2 − %3</translation>
        </message>
        <message>
            <source>ROI = (extra revenue − cost) ÷ cost = (%1 − %2) ÷ %2. Above 0 %: the event brought back more than it cost; −100 %: nothing beyond what the guests would have spent anyway.</source>
            <translation>投資報酬率 = (額外營收 − 成本) ÷ 成本 = (%1 − %2) ÷ %2。高於 0%：活動帶來的效益超過成本；−100%：除了來賓原本就會花的錢之外，沒有帶來任何額外營收。</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>無法計算</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) · %1</source>
            <translation>
                <numerusform>%Ln 筆消費 · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln 位會員</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 = %2 per member × %Ln attendee(s)</source>
            <translation>
                <numerusform>%1 = 每位會員 %2 × %Ln 位出席者</numerusform>
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
            <translation>新增活動(&amp;N)…</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活動</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>已邀請</translation>
        </message>
        <message>
            <source>In</source>
            <translation>已報到</translation>
        </message>
        <message>
            <source>Checked in at the door</source>
            <translation>已在現場報到</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>編輯(&amp;E)…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>刪除…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>總覽</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>來賓</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>邀請函</translation>
        </message>
        <message>
            <source>Door check-in</source>
            <translation>現場報到</translation>
        </message>
        <message>
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <source>Return of the event</source>
            <translation>活動效益</translation>
        </message>
        <message>
            <source>Upcoming (%1)</source>
            <translation>即將舉行（%1）</translation>
        </message>
        <message>
            <source>Past (%1)</source>
            <translation>已結束（%1）</translation>
        </message>
        <message>
            <source>No events yet.

A VIP event (VIP专场) rewards your best customers and brings them back. Plan one with “New event…” (Alt+N).</source>
            <translation>還沒有活動。

VIP 專場可以回饋您最好的顧客，讓他們再次光臨。點選“新增活動…”（Alt+N）即可規劃一場。</translation>
        </message>
        <message>
            <source>Guest list not saved</source>
            <translation>來賓名單未儲存</translation>
        </message>
        <message>
            <source>The guest list of “%1” was changed. Save it with the event?</source>
            <translation>“%1”的來賓名單已變更。是否隨活動一併儲存？</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>地點</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>優惠</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>名額</translation>
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
            <translation>已邀請 %1 人，已報到 %2 人</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>說明</translation>
        </message>
        <message>
            <source>This event is over.</source>
            <translation>此活動已結束。</translation>
        </message>
        <message>
            <source>An event with invitations is kept: it is the record of what was spent and who came.</source>
            <translation>已發出邀請函的活動會保留下來，作為花費與出席情況的紀錄。</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>刪除活動</translation>
        </message>
        <message>
            <source>Delete “%1” on %2? Its plan and guest list are removed.</source>
            <translation>要刪除 %2 的“%1”嗎？其規劃與來賓名單將一併刪除。</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP 專屬活動</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ExportDialog</name>
        <message>
            <source>Export to a spreadsheet (CSV)</source>
            <translation>匯出為試算表（CSV）</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>全部會員</translation>
        </message>
        <message>
            <source>All purchases</source>
            <translation>全部消費紀錄</translation>
        </message>
        <message>
            <source>Where to save the file</source>
            <translation>檔案儲存位置</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>選擇(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Export:</source>
            <translation>匯出內容(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>檔案(&amp;F)：</translation>
        </message>
        <message>
            <source>The file is UTF-8 with a byte order mark, so Excel shows Chinese correctly. It holds members' personal data: keep it safe. Anonymised members are exported without it. The export is recorded in the audit log.</source>
            <translation>檔案為含 BOM 的 UTF-8 編碼，Excel 可正確顯示中文。檔案包含會員個人資料，請妥善保管。已匿名化的會員不匯出個人資料。本次匯出會記入操作紀錄。</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>匯出(&amp;X)</translation>
        </message>
        <message>
            <source>members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>purchases</source>
            <translation>消費紀錄</translation>
        </message>
        <message>
            <source>Only the owner can export member data.</source>
            <translation>只有店長可以匯出會員資料。</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>匯出至</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在匯出…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>已將 %Ln 位會員匯出至 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) exported to %1.</source>
            <translation>
                <numerusform>已將 %Ln 筆消費匯出至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>未匯出任何資料：%1</translation>
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
            <translation>歡迎使用會員管家</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; Two things before the counter opens: your shop's name, and the owner's account. Only the owner can change the loyalty programme, see reports, export and restore backups; clerks get their own PINs later (Shop ▸ Users).</source>
            <translation>&lt;b&gt;歡迎使用。&lt;/b&gt;開啟櫃檯之前，請先完成兩件事：填寫商店名稱，並建立店長帳號。只有店長可以變更會員方案、檢視報表、匯出資料及還原備份；店員之後會取得各自的 PIN 碼（商店 ▸ 使用者）。</translation>
        </message>
        <message>
            <source>e.g. Corner Store No. 3</source>
            <translation>例如：街角便利商店 3 號店</translation>
        </message>
        <message>
            <source>Your shop</source>
            <translation>您的商店</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>店名(&amp;N)：</translation>
        </message>
        <message>
            <source>Printed on the monthly report; you can change it later.</source>
            <translation>將列印在月報表上；之後可以修改。</translation>
        </message>
        <message>
            <source>e.g. Owner, or your name</source>
            <translation>例如：店長，或您的名字</translation>
        </message>
        <message>
            <source>Owner account</source>
            <translation>店長帳號</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>您的姓名(&amp;Y)：</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>再次輸入密碼(&amp;R)：</translation>
        </message>
        <message>
            <source>Keep the password safe: it is stored only as a hash and cannot be shown again. The owner can add further owners later.</source>
            <translation>請妥善保管密碼：系統只儲存其雜湊值，無法再次顯示。店長之後可以新增其他店長帳號。</translation>
        </message>
        <message>
            <source>&amp;Create and open the counter</source>
            <translation>建立並開啟櫃檯(&amp;C)</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>Enter your shop's name.</source>
            <translation>請輸入商店名稱。</translation>
        </message>
        <message>
            <source>Enter the owner's name (it is shown on the sign-in screen).</source>
            <translation>請輸入店長姓名（會顯示在登入畫面上）。</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>兩次輸入的密碼不一致。請重新輸入密碼。</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>至少 %Ln 個字元</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::FollowupDialog</name>
        <message>
            <source>Record a follow-up</source>
            <translation>記錄回訪</translation>
        </message>
        <message>
            <source>What was said, e.g. happy with the new jacket</source>
            <translation>溝通內容，例如：對新外套很滿意</translation>
        </message>
        <message>
            <source>Follow up again on</source>
            <translation>再次回訪日期</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>回訪結果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>回訪方式(&amp;C)</translation>
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
            <translation>贈品</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>提供中</translation>
        </message>
        <message>
            <source>Double-click or press Enter to edit a gift.</source>
            <translation>按兩下或按 Enter 編輯贈品。</translation>
        </message>
        <message>
            <source>No gifts yet. Add the gifts members can take for points.</source>
            <translation>還沒有贈品。請新增會員可用點數兌換的贈品。</translation>
        </message>
        <message>
            <source>Add &amp;gift…</source>
            <translation>新增贈品(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Edit gift…</source>
            <translation>編輯贈品(&amp;E)…</translation>
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
            <translation>新增贈品</translation>
        </message>
        <message>
            <source>Edit gift</source>
            <translation>編輯贈品</translation>
        </message>
        <message>
            <source>e.g. Canvas tote bag</source>
            <translation>例如：帆布袋</translation>
        </message>
        <message>
            <source>&amp;Offered at the counter</source>
            <translation>在櫃檯提供(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>名稱(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Points price</source>
            <translation>所需點數(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Stock</source>
            <translation>庫存(&amp;S)</translation>
        </message>
        <message>
            <source>%1: enter a whole number.</source>
            <translation>%1：請輸入整數。</translation>
        </message>
        <message>
            <source>Points price</source>
            <translation>所需點數</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>庫存</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftRedeemDialog</name>
        <message>
            <source>Redeem a gift</source>
            <translation>兌換贈品</translation>
        </message>
        <message>
            <source>The member has %1 points.</source>
            <translation>該會員有 %1 點。</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>兌換</translation>
        </message>
        <message>
            <source>The gift catalogue is empty. The owner adds gifts on the Loyalty programme page (F7), under Gift catalogue.</source>
            <translation>贈品目錄是空的。店長可在「會員方案」頁面（F7）的「贈品目錄」中新增贈品。</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 points — %Ln in stock</source>
            <translation>
                <numerusform>%1 — %2 點 — 庫存 %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>無庫存</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>點數不足</translation>
        </message>
        <message>
            <source>No gift can be given now: each is out of stock or needs more points than the member has.</source>
            <translation>現在沒有可兌換的贈品：每件贈品都已無庫存，或所需點數超過會員現有點數。</translation>
        </message>
        <message numerus="yes">
            <source>Give “%1” for %Ln point(s)?</source>
            <translation>
                <numerusform>確定用 %Ln 點兌換「%1」嗎？</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::HeatmapWidget</name>
        <message>
            <source>Purchases by weekday and hour</source>
            <translation>依星期及時段統計的消費筆數</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>%1 purchases (busiest hour)</source>
            <translation>%1 筆消費（最忙時段）</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1 %2:00–%3:00：%Ln 筆消費</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s). Click to list them.</source>
            <translation>
                <numerusform>%1 %2:00–%3:00：%Ln 筆消費。點選即可列出。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::ImportDialog</name>
        <message>
            <source>Import from a spreadsheet (CSV)</source>
            <translation>從試算表匯入（CSV）</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>消費紀錄</translation>
        </message>
        <message>
            <source>Choose a CSV file saved from Excel…</source>
            <translation>請選擇從 Excel 儲存的 CSV 檔案…</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>選擇檔案(&amp;C)…</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>自動</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>逗號 ,</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>分號 ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>定位字元</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>First row holds the column names</source>
            <translation>第一列是欄位名稱</translation>
        </message>
        <message>
            <source>Automatic (2024-05-17, 2024/5/17, 20240517, 2024年5月17日)</source>
            <translation>自動（2024-05-17、2024/5/17、20240517、2024年5月17日）</translation>
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
            <translation>編碼(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>分隔符號(&amp;D)：</translation>
        </message>
        <message>
            <source>Da&amp;tes:</source>
            <translation>日期(&amp;T)：</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>檔案中的欄位</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>第一個值</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>匯入為</translation>
        </message>
        <message>
            <source>Columns (* required)</source>
            <translation>欄位（* 為必填）</translation>
        </message>
        <message>
            <source>Preview: the first rows as they will be imported</source>
            <translation>預覽：前幾列將依此匯入</translation>
        </message>
        <message>
            <source>Skip members already in the shop (same phone, card or old number)</source>
            <translation>略過店裡已有的會員（手機號碼、卡號或原編號相同）</translation>
        </message>
        <message>
            <source>Merge: fill in members already in the shop from the file</source>
            <translation>合併：以檔案內容補充店裡已有的會員</translation>
        </message>
        <message>
            <source>Create members the shop does not know yet</source>
            <translation>為店裡還沒有的會員新增資料</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>檢查(&amp;H)</translation>
        </message>
        <message>
            <source>Reads every row and reports what would be imported; nothing is written.</source>
            <translation>讀取每一列並回報將匯入的內容；不寫入任何資料。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>欄位</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>&amp;Import valid rows</source>
            <translation>匯入有效列(&amp;I)</translation>
        </message>
        <message>
            <source>Closes without importing anything.</source>
            <translation>關閉，不匯入任何資料。</translation>
        </message>
        <message>
            <source>-errors</source>
            <translation>-錯誤</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message>
            <source>Only the owner can import members and purchases.</source>
            <translation>只有店長可以匯入會員和消費紀錄。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Name (for new members)</source>
            <translation>姓名（用於新會員）</translation>
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
            <source>Card number</source>
            <translation>卡號</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Number in the old system</source>
            <translation>原系統編號</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>行銷同意</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>已匿名化</translation>
        </message>
        <message>
            <source>Member (number, card, phone or old number)</source>
            <translation>會員（會員號、卡號、手機號碼或原編號）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>已作廢</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>匯入 CSV 檔案</translation>
        </message>
        <message>
            <source>CSV and text files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 和文字檔 (*.csv *.txt);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>分號</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>定位字元</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>空格</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>逗號</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) with names.</source>
            <translation>
                <numerusform>以 %1 讀取，以%2分隔，共 %Ln 欄，含欄位名稱。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) without names.</source>
            <translation>
                <numerusform>以 %1 讀取，以%2分隔，共 %Ln 欄，無欄位名稱。</numerusform>
            </translation>
        </message>
        <message>
            <source> (with BOM)</source>
            <translation>（含 BOM）</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— 略過 —</translation>
        </message>
        <message>
            <source>Every required field has a column.</source>
            <translation>每個必填欄位都已對應。</translation>
        </message>
        <message>
            <source>Choose a column for: %1.</source>
            <translation>請為以下欄位選擇對應：%1。</translation>
        </message>
        <message>
            <source>Rows in red will not be imported; the list below says why.</source>
            <translation>紅色的列不會被匯入，原因見下方清單。</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s); "Check" reads them all.</source>
            <translation>
                <numerusform>前 %Ln 列；「檢查」會讀取全部。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) of the file.</source>
            <translation>
                <numerusform>檔案的全部 %Ln 列。</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>正在檢查每一列…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在匯入…</translation>
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
            <translation>停止，不寫入任何資料。</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation>已停止，未寫入任何資料。</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>未匯入任何資料：%1</translation>
        </message>
        <message numerus="yes">
            <source>Checked %Ln row(s) in %1 s.</source>
            <translation>
                <numerusform>已檢查 %Ln 列，耗時 %1 秒。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) can be imported.</source>
            <translation>
                <numerusform>%Ln 位會員可以匯入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) can be imported.</source>
            <translation>
                <numerusform>%Ln 筆消費可以匯入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (anonymised or voided).</source>
            <translation>
                <numerusform>略過 %Ln 列（已匿名化或已作廢）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of ¥0.00, imported all the same (a visit is a visit).</source>
            <translation>
                <numerusform>%Ln 筆金額為 ¥0.00，照樣匯入（來店就算一次）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) will be created for them.</source>
            <translation>
                <numerusform>將為其新增 %Ln 位會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors will not be imported.</source>
            <translation>
                <numerusform>%Ln 列有錯誤，不會匯入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln member(s) imported.</source>
            <translation>
                <numerusform>完成：已匯入 %Ln 位會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln purchase(s) imported.</source>
            <translation>
                <numerusform>完成：已匯入 %Ln 筆消費。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) already in the shop updated.</source>
            <translation>
                <numerusform>已更新店裡已有的 %Ln 位會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) skipped.</source>
            <translation>
                <numerusform>略過 %Ln 列。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) created.</source>
            <translation>
                <numerusform>新增 %Ln 位會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors left out.</source>
            <translation>
                <numerusform>%Ln 列有錯誤，未匯入。</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>關閉</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) saved to %1.</source>
            <translation>
                <numerusform>已將 %Ln 個錯誤儲存至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>正在停止…</translation>
        </message>
        <message>
            <source>Tick “%1” to create them.</source>
            <translation>勾選“%1”即可為他們建立資料。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) already recorded (same member, time and amount): they will be skipped.</source>
            <translation>
                <numerusform>%Ln 筆消費已經記錄過（會員、時間和金額都相同），將被略過。</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose “%1” or “%2” in the date box above.</source>
            <translation>請在上方的日期欄中選擇「%1」或「%2」。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be merged into that member.</source>
            <translation>
                <numerusform>%Ln 行與店裡的會員或檔案中前面的某一行手機號碼、卡號或舊系統編號相同：將合併到該會員。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be skipped.</source>
            <translation>
                <numerusform>%Ln 行與店裡的會員或檔案中前面的某一行手機號碼、卡號或舊系統編號相同：將被略過。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped row(s) saved to %1.</source>
            <translation>
                <numerusform>已將 %Ln 個略過的列儲存至 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file lists %Ln skipped row(s) after them.</source>
            <translation>
                <numerusform>檔案在其後列出了 %Ln 個略過的列。</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>略過原因</translation>
        </message>
        <message>
            <source>&amp;Save errors and skipped rows as CSV…</source>
            <translation>將錯誤和略過的列儲存為 CSV(&amp;S)…</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 problems; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>顯示前 %Ln 個問題（共 %1 個）；CSV 檔案包含其中 %2 個。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>顯示前 %Ln 個略過的列（共 %1 個）；CSV 檔案包含其中 %2 個。</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>錯誤 (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>已略過 (%1)</translation>
        </message>
        <message>
            <source>Rows that cannot be imported as they are: fix them in the file.</source>
            <translation>這些列無法照原樣匯入：請在檔案中修正。</translation>
        </message>
        <message>
            <source>Rows left out on purpose, such as sales already recorded or members already in the shop: nothing to fix.</source>
            <translation>刻意略過的列，例如已記錄過的消費或店裡已有的會員：無需修改。</translation>
        </message>
        <message>
            <source>Save errors and skipped rows as CSV</source>
            <translation>將錯誤和略過的列儲存為 CSV</translation>
        </message>
        <message>
            <source>Rows in red will not be imported, rows in grey are skipped; the lists below say why.</source>
            <translation>紅色的列不會被匯入，灰色的列將被略過，原因見下方清單。</translation>
        </message>
        <message>
            <source>Rows in grey are skipped; the list below says why.</source>
            <translation>灰色的列將被略過，原因見下方清單。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightMemberList</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>在櫃檯開啟(&amp;O)</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>匯出 CSV(&amp;X)…</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s)</source>
            <translation>
                <numerusform>%1 · %Ln 位會員</numerusform>
            </translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Click a bar, a quadrant or a list button to see its members here.</source>
            <translation>點選長條、象限或名單按鈕，即可在此檢視相應會員。</translation>
        </message>
        <message>
            <source>Export members</source>
            <translation>匯出會員</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 檔案 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>已將 %Ln 位會員匯出至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>Use as &amp;event audience…</source>
            <translation>用作活動邀請對象(&amp;E)…</translation>
        </message>
        <message>
            <source>Invite the members of this list to an event.</source>
            <translation>邀請此名單中的會員參加活動。</translation>
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
            <translation>手機號碼</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
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
            <translation>統計區間(&amp;W)：</translation>
        </message>
        <message numerus="yes">
            <source>Last %Ln day(s)</source>
            <translation>
                <numerusform>最近 %Ln 天</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>計算(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;RFM segments</source>
            <translation>RFM 客群分類(&amp;R)</translation>
        </message>
        <message>
            <source>Loyalty &amp;types</source>
            <translation>忠誠類型(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;20/80</source>
            <translation>20/80(&amp;2)</translation>
        </message>
        <message>
            <source>Win &amp;back</source>
            <translation>喚回(&amp;B)</translation>
        </message>
        <message>
            <source>Press Compute to update the figures for the new date or window.</source>
            <translation>請按“計算”，依新的日期或統計區間更新資料。</translation>
        </message>
        <message>
            <source>Press Compute to analyse your members' purchases.</source>
            <translation>請按“計算”分析會員消費紀錄。</translation>
        </message>
        <message>
            <source>Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members.</source>
            <translation>統計區間內有消費的會員，依最近一次消費（R）、消費頻率（F）及消費金額（M）分別評 1–5 分。點選長條（或使用方向鍵及 Enter）即可列出該組會員。</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>類型</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>消費額</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>建議做法</translation>
        </message>
        <message>
            <source>Show the win-back &amp;list</source>
            <translation>檢視喚回名單(&amp;L)</translation>
        </message>
        <message>
            <source>Loading the purchase history…</source>
            <translation>正在讀取消費紀錄…</translation>
        </message>
        <message>
            <source>Scoring recency, frequency and spend (RFM)…</source>
            <translation>正在為最近消費、消費頻率及消費金額評分（RFM）…</translation>
        </message>
        <message>
            <source>Sorting members into the four loyalty types…</source>
            <translation>正在將會員分為四種忠誠類型…</translation>
        </message>
        <message>
            <source>Ranking members by spend (20/80)…</source>
            <translation>正在依消費額為會員排名（20/80）…</translation>
        </message>
        <message>
            <source>Fitting the purchase and spend models (BG/NBD, Gamma-Gamma)…</source>
            <translation>正在擬合消費次數與消費金額模型（BG/NBD、Gamma-Gamma）…</translation>
        </message>
        <message>
            <source>Predicting who is slipping away and what they are worth…</source>
            <translation>正在預測哪些會員可能流失及其價值…</translation>
        </message>
        <message>
            <source>Analysing your members' purchases…</source>
            <translation>正在分析會員消費紀錄…</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>第 %1 步，共 %2 步：%3</translation>
        </message>
        <message>
            <source>The computation was stopped.</source>
            <translation>計算已停止。</translation>
        </message>
        <message>
            <source>From %1 to %2, %L3 of your %L4 members bought something.</source>
            <translation>%1 至 %2 期間，您的 %L4 位會員中有 %L3 位有消費。</translation>
        </message>
        <message>
            <source>(Computed in %1 s.)</source>
            <translation>（計算耗時 %1 秒）</translation>
        </message>
        <message>
            <source>Point at a bar to see what to do about its members.</source>
            <translation>將滑鼠移到長條上，即可查看針對該組會員的建議做法。</translation>
        </message>
        <message>
            <source>The top 20 % of members bring %1 % of sales</source>
            <translation>前 20% 的會員貢獻了 %1% 的銷售額</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) out of %L2 who paid spent %3 of %4 in the window.</source>
            <translation>
                <numerusform>統計區間內，%L2 位有消費的會員中，有 %Ln 位共消費 %3（總消費額 %4）。</numerusform>
            </translation>
        </message>
        <message>
            <source>List the top 20 % (%L1)</source>
            <translation>列出前 20%（%L1）</translation>
        </message>
        <message>
            <source>Potential VIPs (%L1)</source>
            <translation>潛在 VIP（%L1）</translation>
        </message>
        <message>
            <source>Potential VIPs are among the top 20 % but below %1: invite them to move up.</source>
            <translation>潛在 VIP 是指消費額位於前 20%、但等級低於%1的會員：可邀請他們升級。</translation>
        </message>
        <message>
            <source>List the top 20 %</source>
            <translation>列出前 20%</translation>
        </message>
        <message>
            <source>Potential VIPs</source>
            <translation>潛在 VIP</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming.</source>
            <translation>
                <numerusform>%Ln 位高價值會員可能已不再光顧。</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Valuable&lt;/b&gt;: they spent at least as much as the top 20 % of customers so far. &lt;b&gt;Probably stopped&lt;/b&gt;: the chance that they are still your customers, judged from each one's own rhythm of visits, is below %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;高價值&lt;/b&gt;：到目前為止，他們的累計消費額不低於前 20% 的顧客。&lt;b&gt;可能已不再光顧&lt;/b&gt;：依每位會員自己的來店規律判斷，他們仍是您顧客的機率低於 %1。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.</source>
            <translation>模型：BG/NBD（%L1 位顧客，其中 %L2 位曾再次光顧）及 Gamma-Gamma 消費金額模型，資料截至 %3。</translation>
        </message>
        <message>
            <source>No win-back list yet</source>
            <translation>目前沒有喚回名單</translation>
        </message>
        <message>
            <source>Spent in the window</source>
            <translation>區間內消費額</translation>
        </message>
        <message>
            <source>Visits in the window</source>
            <translation>區間內來店次數</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近來店</translation>
        </message>
        <message>
            <source>Profit in the window</source>
            <translation>區間內毛利</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>忠誠度</translation>
        </message>
        <message>
            <source>Top 20 % by spend</source>
            <translation>消費額前 20%</translation>
        </message>
        <message>
            <source>Win back</source>
            <translation>喚回</translation>
        </message>
        <message>
            <source>Valuable members who have probably stopped coming: call them or send an offer.</source>
            <translation>可能已不再光顧的高價值會員：打個電話給他們，或寄送優惠。</translation>
        </message>
        <message>
            <source>Still a customer</source>
            <translation>繼續光顧機率</translation>
        </message>
        <message>
            <source>How likely the member still buys from you, judged from their own rhythm of visits (BG/NBD).</source>
            <translation>依該會員自己的來店規律，估算其仍會繼續光顧的機率（BG/NBD）。</translation>
        </message>
        <message>
            <source>Predicted value</source>
            <translation>預測價值</translation>
        </message>
        <message>
            <source>If won back</source>
            <translation>若成功喚回</translation>
        </message>
        <message>
            <source>Spent so far</source>
            <translation>累計消費額</translation>
        </message>
        <message>
            <source>Everything the member has paid up to the date.</source>
            <translation>截至該日期，該會員累計實付的全部金額。</translation>
        </message>
        <message>
            <source>&amp;Profitable above (¥):</source>
            <translation>毛利高於（¥）(&amp;P)：</translation>
        </message>
        <message>
            <source>Profit in the window above which a member counts as profitable.</source>
            <translation>區間內毛利高於此值的會員視為毛利高。</translation>
        </message>
        <message>
            <source>Loyal abo&amp;ve:</source>
            <translation>忠誠度分數高於(&amp;V)：</translation>
        </message>
        <message>
            <source>Loyalty score (visits in the window × regularity) above which a member counts as loyal.</source>
            <translation>忠誠度分數（區間內來店次數 × 規律性）高於此值的會員視為忠誠度高。</translation>
        </message>
        <message>
            <source>Appl&amp;y</source>
            <translation>套用(&amp;Y)</translation>
        </message>
        <message>
            <source>Use me&amp;dians</source>
            <translation>使用中位數(&amp;D)</translation>
        </message>
        <message>
            <source>The member cards could not be updated: %1</source>
            <translation>無法更新會員卡：%1</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (your threshold).</source>
            <translation>毛利高：區間內毛利超過 %1（您設定的門檻）。</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (the median).</source>
            <translation>毛利高：區間內毛利超過 %1（中位數）。</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (your threshold).</source>
            <translation>忠誠度高：忠誠度分數超過 %1（您設定的門檻）。</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (the median).</source>
            <translation>忠誠度高：忠誠度分數超過 %1（中位數）。</translation>
        </message>
        <message>
            <source>Click a quadrant or a row to list its members.</source>
            <translation>點選象限或表格中的一列，即可列出相應會員。</translation>
        </message>
        <message>
            <source>Profit threshold: %1</source>
            <translation>毛利門檻：%1</translation>
        </message>
        <message numerus="yes">
            <source>What the member is expected to spend in the next %Ln week(s) if nothing is done: expected visits (BG/NBD) × expected spend per visit (Gamma-Gamma).</source>
            <translation>
                <numerusform>若不採取行動，該會員未來 %Ln 週內的預計消費額：預計來店次數（BG/NBD）× 預計每次消費額（Gamma-Gamma）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What the member would spend in the next %Ln week(s) as a customer again.</source>
            <translation>
                <numerusform>若該會員重新成為顧客，未來 %Ln 週內的預計消費額。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left alone, they are expected to spend %1 in the next %Ln week(s) (expected visits × expected spend per visit); won back, about %2.</source>
            <translation>
                <numerusform>若不採取行動，預計他們未來 %Ln 週內將消費 %1（預計來店次數 × 預計每次消費額）；若成功喚回，約為 %2。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::InvitationDesigner</name>
        <message>
            <source>The first line is the headline; a line starting with “&gt; ” is a highlighted detail; an empty line starts a new paragraph.</source>
            <translation>第一行為標題；以“&gt; ”開頭的行為醒目顯示的細節；空白行表示開始新段落。</translation>
        </message>
        <message>
            <source>Inserts {%1}: %2</source>
            <translation>插入 {%1}：%2</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>儲存範本(&amp;S)</translation>
        </message>
        <message>
            <source>Invitation text</source>
            <translation>邀請函文字</translation>
        </message>
        <message>
            <source>&amp;Logo…</source>
            <translation>標誌(&amp;L)…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>不使用標誌</translation>
        </message>
        <message>
            <source>Only &amp;this guest</source>
            <translation>僅此來賓(&amp;T)</translation>
        </message>
        <message>
            <source>Print or save just the invitation shown, e.g. to replace a lost one.</source>
            <translation>只列印或儲存目前顯示的邀請函，例如用於補發遺失的邀請函。</translation>
        </message>
        <message>
            <source>La&amp;yout</source>
            <translation>版面(&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;Guest</source>
            <translation>來賓(&amp;G)</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>標誌</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>預覽列印(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>列印(&amp;P)…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>儲存為 PDF(&amp;D)…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Sample guest (nobody invited yet)</source>
            <translation>範例來賓（尚未邀請任何人）</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>請選擇活動。</translation>
        </message>
        <message>
            <source>Correct the text to see the invitation:
%1</source>
            <translation>請修改文字，以便預覽邀請函：
%1</translation>
        </message>
        <message>
            <source>The text is too long for this layout: its end is cut off. Shorten it or choose a larger layout.</source>
            <translation>文字對此版面而言過長，結尾部分會被截斷。請縮短文字或選擇較大的版面。</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>無標誌</translation>
        </message>
        <message>
            <source>Invite guests first (Guests tab).</source>
            <translation>請先邀請來賓（“來賓”分頁）。</translation>
        </message>
        <message>
            <source>The invitation text is saved with the event.</source>
            <translation>邀請函文字會隨活動一併儲存。</translation>
        </message>
        <message>
            <source>Choose the store logo</source>
            <translation>選擇商店標誌</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>圖片 (%1)</translation>
        </message>
        <message>
            <source>The logo is saved; every printed document of the store uses it.</source>
            <translation>標誌已儲存；本店所有列印的文件都會使用它。</translation>
        </message>
        <message>
            <source>The logo is removed; invitations show the store name alone.</source>
            <translation>標誌已移除；邀請函上將只顯示商店名稱。</translation>
        </message>
        <message>
            <source>invitations-%1-%2.pdf</source>
            <translation>邀請函-%1-%2.pdf</translation>
        </message>
        <message>
            <source>Save the invitations as PDF</source>
            <translation>將邀請函儲存為 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 檔案 (*.pdf)</translation>
        </message>
        <message>
            <source>The invitations were made, but the audit log could not record it: %1</source>
            <translation>邀請函已產生，但操作紀錄無法記錄此操作：%1</translation>
        </message>
        <message>
            <source>Page %v of %m</source>
            <translation>第 %v 頁，共 %m 頁</translation>
        </message>
        <message>
            <source>Printing the invitations…</source>
            <translation>正在列印邀請函…</translation>
        </message>
        <message>
            <source>Invitations: %1</source>
            <translation>邀請函：%1</translation>
        </message>
        <message>
            <source>Print the invitations</source>
            <translation>列印邀請函</translation>
        </message>
        <message numerus="yes">
            <source>Writing %Ln invitation(s)…</source>
            <translation>
                <numerusform>正在產生 %Ln 份邀請函…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s) saved to %1.</source>
            <translation>
                <numerusform>已將 %Ln 頁儲存至 %1。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) sent to %1.</source>
            <translation>
                <numerusform>已將 %Ln 份邀請函傳送至 %1。</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Reset to the default</source>
            <translation>恢復預設文字(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::KpiTile</name>
        <message>
            <source>pt</source>
            <comment>percentage points</comment>
            <translation>百分點</translation>
        </message>
        <message>
            <source>%1 vs last month</source>
            <translation>較上月 %1</translation>
        </message>
        <message>
            <source>%1 vs last year</source>
            <translation>較去年同月 %1</translation>
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
        <message>
            <source>Insight  F6</source>
            <translation>會員分析  F6</translation>
        </message>
        <message>
            <source>&amp;Insight</source>
            <translation>會員分析(&amp;I)</translation>
        </message>
        <message>
            <source>Loyalty programme  F7</source>
            <translation>會員方案  F7</translation>
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
            <translation>會員資料(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Care</source>
            <translation>關懷(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Today's care list</source>
            <translation>今日關懷清單(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Loyalty programme</source>
            <translation>會員方案(&amp;L)</translation>
        </message>
        <message>
            <source>Dashboard  F8</source>
            <translation>經營儀表板  F8</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>經營儀表板</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>&amp;Import from CSV…</source>
            <translation>從 CSV 匯入(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export to CSV…</source>
            <translation>匯出為 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>Events  F9</source>
            <translation>活動  F9</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP 專屬活動</translation>
        </message>
        <message>
            <source>&amp;Anonymise at the member's request…</source>
            <translation>應會員要求匿名化(&amp;A)…</translation>
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
        <message>
            <source>Member file (Ctrl+I)</source>
            <translation>會員資料（Ctrl+I）</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>會員分析</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln 點</numerusform>
            </translation>
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
        <name>md::ui::MemberFileDialog</name>
        <message>
            <source>Purchase</source>
            <translation>消費</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作廢</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>回訪</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>客訴</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Member file</source>
            <translation>會員資料</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時間</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事項</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>詳情</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金額</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>更多…</translation>
        </message>
        <message>
            <source>&amp;Follow-up…</source>
            <translation>回訪(&amp;F)…</translation>
        </message>
        <message>
            <source>&amp;Complaint…</source>
            <translation>客訴(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Respond to complaint…</source>
            <translation>回應客訴(&amp;R)…</translation>
        </message>
        <message>
            <source>Re&amp;solve complaint…</source>
            <translation>解決客訴(&amp;S)…</translation>
        </message>
        <message>
            <source>Redeem &amp;gift…</source>
            <translation>兌換贈品(&amp;G)…</translation>
        </message>
        <message>
            <source>&amp;Adjust points…</source>
            <translation>調整點數(&amp;A)…</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>（已匿名化會員）</translation>
        </message>
        <message>
            <source>Member file — %1</source>
            <translation>會員資料 — %1</translation>
        </message>
        <message>
            <source>Follow-up recorded.</source>
            <translation>回訪已記錄。</translation>
        </message>
        <message>
            <source>Complaint recorded.</source>
            <translation>客訴已登記。</translation>
        </message>
        <message>
            <source>Complaint resolved.</source>
            <translation>客訴已解決。</translation>
        </message>
        <message>
            <source>Response recorded.</source>
            <translation>回應已記錄。</translation>
        </message>
        <message>
            <source>Points adjusted; balance %1.</source>
            <translation>點數已調整，餘額 %1。</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points.</source>
            <translation>已兌換 %1，扣除 %2 點。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln 點</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>入會</translation>
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
        <name>md::ui::ParetoChartView</name>
        <message>
            <source>Members who bought, biggest spenders first</source>
            <translation>有消費的會員（依消費額由高到低）</translation>
        </message>
        <message>
            <source>Share of sales</source>
            <translation>銷售額占比</translation>
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
        <message numerus="yes">
            <source>(+%Ln point(s) used)</source>
            <translation>
                <numerusform>（+%Ln 點折抵）</numerusform>
            </translation>
        </message>
        <message>
            <source>That purchase is already voided.</source>
            <translation>這筆消費已經作廢過了。</translation>
        </message>
        <message>
            <source>Choose the purchase to void (↑/↓), then Alt+V again.</source>
            <translation>請用 ↑/↓ 選擇要作廢的消費，再按 Alt+V。</translation>
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
        <message numerus="yes">
            <source>−%1 (%Ln point(s))</source>
            <translation>
                <numerusform>−%1（%Ln 點）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln point(s)</source>
            <translation>
                <numerusform>+%Ln 點</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the amount</source>
            <translation>請核對金額</translation>
        </message>
        <message>
            <source>Record a purchase of %1?</source>
            <translation>確定記錄一筆 %1 的消費嗎？</translation>
        </message>
        <message numerus="yes">
            <source>That is far above this shop's usual purchase (%1 on average over the last %Ln day(s)). A phone number or card typed into the amount field looks like this.</source>
            <translation>
                <numerusform>這遠高於本店平常的單筆消費（最近 %Ln 天平均 %1）。如果把手機號碼或卡號誤輸入到金額欄，也會出現這樣的數字。</numerusform>
            </translation>
        </message>
        <message>
            <source>That is a large amount. A phone number or card typed into the amount field looks like this.</source>
            <translation>這是一筆大額消費。如果把手機號碼或卡號誤輸入到金額欄，也會出現這樣的數字。</translation>
        </message>
        <message>
            <source>&amp;Record %1</source>
            <translation>記錄 %1(&amp;R)</translation>
        </message>
        <message>
            <source>Change the amount</source>
            <translation>修改金額</translation>
        </message>
    </context>
    <context>
        <name>md::ui::QuadrantChartView</name>
        <message>
            <source>Profit in the window (yuan, log scale)</source>
            <translation>區間內毛利（元，對數刻度）</translation>
        </message>
        <message>
            <source>Loyalty (visits × regularity)</source>
            <translation>忠誠度（來店次數 × 規律性）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>從備份還原</translation>
        </message>
        <message>
            <source>Restoring replaces everything in the database — members, purchases, points, accounts — with the backup's content. The current database is kept as a copy beside it first, and the audit log keeps its newer entries.</source>
            <translation>還原會以備份的內容取代資料庫中的所有資料——會員、消費、點數、帳號。還原前會先在同一位置保留目前資料庫的副本，操作紀錄也會保留較新的紀錄。</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Automatic backups in %1:</source>
            <translation>%1 中的自動備份：</translation>
        </message>
        <message>
            <source>No automatic backups in %1 yet.</source>
            <translation>%1 中還沒有自動備份。</translation>
        </message>
        <message>
            <source>or a backup file elsewhere (a USB stick, say)</source>
            <translation>或其他位置的備份檔案（例如 USB 隨身碟）</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>選擇檔案(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>還原(&amp;R)…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>選擇備份</translation>
        </message>
        <message>
            <source>MemberDesk databases (*.db);;All files (*)</source>
            <translation>會員管家資料庫 (*.db);;所有檔案 (*)</translation>
        </message>
        <message>
            <source>Choose a backup to see what it holds.</source>
            <translation>選擇一個備份即可檢視其內容。</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be restored.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;無法還原。&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;A good MemberDesk backup&lt;/b&gt; (checked: no damage found).</source>
            <translation>&lt;b&gt;有效的會員管家備份&lt;/b&gt;（已檢查：未發現損毀）。</translation>
        </message>
        <message>
            <source>Written: %1; %2.</source>
            <translation>已寫入：%1；%2。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Made by an older version (schema %1); it is upgraded to schema %2 when restored.</source>
            <translation>由舊版本建立（結構版本 %1）；還原時將升級至結構版本 %2。</translation>
        </message>
        <message>
            <source>Schema %1 (this version's).</source>
            <translation>資料庫結構版本 %1（即本版本所用的版本）。</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>請先選擇一個備份。</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>未還原任何資料：%1</translation>
        </message>
        <message>
            <source>Replace the current database with this backup?

%1

Everything recorded since the backup was written is no longer in the database (the current database is kept as a copy). MemberDesk then reloads and everyone signs in again.</source>
            <translation>用此備份取代目前的資料庫？

%1

備份寫入之後記錄的所有內容都將不再存在於資料庫中（目前的資料庫會保留一份副本）。隨後會員管家將重新載入，所有人都需要重新登入。</translation>
        </message>
        <message>
            <source>The backup is restored. The previous database is kept as:
%1

MemberDesk reloads now; sign in again.</source>
            <translation>備份已還原。原資料庫已保留為：
%1

會員管家現在將重新載入，請重新登入。</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s); last purchase %1.</source>
            <translation>
                <numerusform>%Ln 位會員；最近一次消費：%1。</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;A backup of another database&lt;/b&gt;, not of the one in use: restoring it replaces this database's members and purchases with that one's.</source>
            <translation>&lt;b&gt;這是另一個資料庫的備份&lt;/b&gt;，不是目前使用的資料庫的：還原後，本資料庫的會員和消費紀錄將被那個資料庫的內容取代。</translation>
        </message>
        <message>
            <source>This backup is of another database, not of the one in use.</source>
            <translation>這個備份屬於另一個資料庫，不是目前使用的資料庫。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RfmChartView</name>
        <message>
            <source>Members</source>
            <translation>會員</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RulesPage</name>
        <message>
            <source>Loyalty programme</source>
            <translation>會員方案</translation>
        </message>
        <message>
            <source>Changing the rules never rewrites history: past purchases keep the points they earned and members keep the tier they reached until their review. Every change is recorded (who, when, before and after).</source>
            <translation>變更規則不會改寫歷史：過去消費已獲得的點數維持不變，會員在下次複核前維持已達到的等級。每次變更都會被記錄（變更人、時間、變更前後的內容）。</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>近 12 個月實付消費</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>累計實付消費</translation>
        </message>
        <message>
            <source>Threshold (¥)</source>
            <translation>門檻（¥）</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>Points ×</source>
            <translation>點數倍數</translation>
        </message>
        <message>
            <source>&amp;Add tier</source>
            <translation>新增等級(&amp;A)</translation>
        </message>
        <message>
            <source>Remove &amp;last tier</source>
            <translation>刪除最後一個等級(&amp;L)</translation>
        </message>
        <message>
            <source>Thresholds count the member's</source>
            <translation>門檻計算依據：會員的</translation>
        </message>
        <message>
            <source>A tier is kept at least</source>
            <translation>等級至少保留</translation>
        </message>
        <message>
            <source>months before a review may lower it; upgrades happen at once.</source>
            <translation>個月後，複核才可能降級；升級立即生效。</translation>
        </message>
        <message>
            <source>Tiers (2 to 8)</source>
            <translation>等級（2 至 8 個）</translation>
        </message>
        <message>
            <source>the amount paid</source>
            <translation>實付金額</translation>
        </message>
        <message>
            <source>the gross profit</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>at the end of the month, this many months after earning:</source>
            <translation>於獲得後經過以下月數的月底：</translation>
        </message>
        <message>
            <source>never</source>
            <translation>永不到期</translation>
        </message>
        <message>
            <source>off</source>
            <translation>關閉</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>點數</translation>
        </message>
        <message>
            <source>Points per ¥1</source>
            <translation>每消費 ¥1 得點數</translation>
        </message>
        <message>
            <source>Earned on</source>
            <translation>點數計算依據</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>本月生日</translation>
        </message>
        <message>
            <source>Points expire</source>
            <translation>點數到期</translation>
        </message>
        <message>
            <source>Points worth ¥1 at the till</source>
            <translation>折抵 ¥1 所需點數</translation>
        </message>
        <message>
            <source>Points pay at most</source>
            <translation>點數最多折抵</translation>
        </message>
        <message>
            <source>Referral bonus (points)</source>
            <translation>推薦獎勵（點數）</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>儲存(&amp;S)</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>放棄變更(&amp;V)</translation>
        </message>
        <message>
            <source>Changes to the programme</source>
            <translation>會員方案變更紀錄</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>等級 %1</translation>
        </message>
        <message>
            <source>Thresholds are the member's lifetime paid spend (money paid, not points). The first tier starts at ¥0.</source>
            <translation>門檻依會員的累計實付消費計算（實際支付的金額，不含點數）。第一個等級從 ¥0 起。</translation>
        </message>
        <message>
            <source>Thresholds are the member's paid spend in the last 12 months (money paid, not points). The first tier starts at ¥0.</source>
            <translation>門檻依會員近 12 個月的實付消費計算（實際支付的金額，不含點數）。第一個等級從 ¥0 起。</translation>
        </message>
        <message>
            <source>Tier %1, threshold: %2</source>
            <translation>等級 %1，門檻：%2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Saved. The new rules apply from now on; past purchases keep their points.</source>
            <translation>已儲存。新規則從現在起生效；以往消費的點數維持不變。</translation>
        </message>
        <message>
            <source>name</source>
            <translation>名稱</translation>
        </message>
        <message>
            <source>threshold</source>
            <translation>門檻</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>折扣</translation>
        </message>
        <message>
            <source>points multiplier</source>
            <translation>點數倍數</translation>
        </message>
        <message>
            <source>Tier %1, %2</source>
            <translation>等級 %1，%2</translation>
        </message>
        <message>
            <source>Months a tier is kept</source>
            <translation>等級保留月數</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>等級</translation>
        </message>
        <message>
            <source>the shop</source>
            <translation>本店</translation>
        </message>
        <message>
            <source>%1 — first programme set by %2</source>
            <translation>%1 — 由 %2 首次設定會員方案</translation>
        </message>
        <message>
            <source>%1 — changed by %2</source>
            <translation>%1 — 由 %2 變更</translation>
        </message>
        <message>
            <source>No changes yet: the built-in programme is in force.</source>
            <translation>尚無變更：目前使用內建會員方案。</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>等級名稱</translation>
        </message>
        <message>
            <source>Points × in the birthday month</source>
            <translation>生日月點數倍數</translation>
        </message>
        <message>
            <source>Gift catalogue (each gift is saved at once)</source>
            <translation>贈品目錄（每項贈品即時儲存）</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SessionGuard</name>
        <message>
            <source>The idle lock takes 0 (never) to %1 minutes.</source>
            <translation>閒置鎖定時間可設為 0（永不）到 %1 分鐘。</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>商店(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>切換使用者(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>鎖定(&amp;L)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>變更我的密碼(&amp;P)…</translation>
        </message>
        <message>
            <source>Change my &amp;PIN…</source>
            <translation>變更我的 PIN 碼(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>使用者(&amp;U)…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>操作紀錄(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Backups and lock…</source>
            <translation>備份與鎖定(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>從備份還原(&amp;R)…</translation>
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
        <name>md::ui::SignInDialog</name>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>Sign in — %1</source>
            <translation>登入 — %1</translation>
        </message>
        <message>
            <source>Switch user — %1</source>
            <translation>切換使用者 — %1</translation>
        </message>
        <message>
            <source>Locked — %1</source>
            <translation>已鎖定 — %1</translation>
        </message>
        <message>
            <source>MemberDesk is locked. Choose your name and enter your PIN or password.</source>
            <translation>會員管家已鎖定。請選擇您的名字，並輸入 PIN 碼或密碼。</translation>
        </message>
        <message>
            <source>MemberDesk is locked (%1 was signed in). %1 or another user may unlock it.</source>
            <translation>會員管家已鎖定（登入使用者為 %1）。%1 或其他使用者可以解鎖。</translation>
        </message>
        <message>
            <source>Who takes over the counter? Choose your name and enter your PIN or password.</source>
            <translation>由誰接手櫃台？請選擇您的名字，並輸入 PIN 碼或密碼。</translation>
        </message>
        <message>
            <source>Choose your name and enter your PIN or password.</source>
            <translation>請選擇您的姓名，並輸入 PIN 碼或密碼。</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>解鎖</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>登入</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>結束</translation>
        </message>
        <message>
            <source>%1 · owner</source>
            <translation>%1 · 店長</translation>
        </message>
        <message>
            <source>%1 · clerk</source>
            <translation>%1 · 店員</translation>
        </message>
        <message>
            <source>No account can sign in on this database. Ask whoever set up this PC for help.</source>
            <translation>此資料庫中沒有可登入的帳號。請向設定這台電腦的人求助。</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>密碼(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>PIN 碼(&amp;P)：</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>店長密碼</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 至 6 位數字</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>請在清單中選擇您的姓名。</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>請輸入密碼。</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>請輸入 PIN 碼。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::StartOfDay</name>
        <message>
            <source>Today's points expiry: %1 of %2 lapsed credits…</source>
            <translation>今天的點數到期處理：%1 / %2 筆到期點數…</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review: %1 lapsed credits expired, %2 tiers lowered.</source>
            <translation>今天的點數到期處理和等級複核已完成：%1 筆到期點數已失效，%2 位會員降級。</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>會員管家</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review could not run:
%1

The counter works; it is tried again in a few minutes.</source>
            <translation>今天的點數到期處理和等級複核未能執行：
%1

櫃檯作業不受影響；幾分鐘後會自動重試。</translation>
        </message>
    </context>
    <context>
        <name>md::ui::UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>使用者</translation>
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
            <translation>狀態</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>建立時間</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>新增(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Reset PIN / password…</source>
            <translation>重設 PIN 碼/密碼(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>停用(&amp;D)</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>變更我的密碼(&amp;M)…</translation>
        </message>
        <message>
            <source>Clerks sign in with a PIN and run the counter: they see phone numbers masked and cannot export, delete, change the programme, adjust points, restore backups or see the owner's reports. Accounts are never deleted (the audit log names them); a disabled account cannot sign in.</source>
            <translation>店員使用 PIN 碼登入並負責櫃檯作業：他們看到的手機號碼會部分隱藏，且無法匯出、刪除、變更會員方案、調整點數、還原備份或檢視店長的報表。帳號永遠不會被刪除（操作紀錄中會記載其名稱）；已停用的帳號無法登入。</translation>
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
            <source>Disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>已啟用</translation>
        </message>
        <message>
            <source>Locked until %1 (wrong PIN or password)</source>
            <translation>鎖定至 %1（PIN 碼或密碼錯誤）</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1（您）</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>啟用(&amp;E)</translation>
        </message>
        <message numerus="yes">
            <source>Active; %Ln failed attempt(s)</source>
            <translation>
                <numerusform>已啟用；登入失敗 %Ln 次</numerusform>
            </translation>
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
            <source>The %Ln point(s) it earned are taken back.</source>
            <translation>
                <numerusform>該筆消費獲得的 %Ln 點將被扣回。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln point(s) it used are given back.</source>
            <translation>
                <numerusform>該筆消費使用的 %Ln 點將退還。</numerusform>
            </translation>
        </message>
    </context>
</TS>
