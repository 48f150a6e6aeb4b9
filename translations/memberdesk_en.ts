<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AnalysisWindow</name>
        <message>
            <source>The reference date is not a valid date.</source>
            <translation>The reference date is not a valid date.</translation>
        </message>
        <message>
            <source>The window must be 1 to 36500 days long (not %1).</source>
            <translation>The window must be 1 to 36500 days long (not %1).</translation>
        </message>
        <message>
            <source>No purchases between %1 and %2: there is nothing to analyse in this window.</source>
            <translation>No purchases between %1 and %2: there is nothing to analyse in this window.</translation>
        </message>
    </context>
    <context>
        <name>AudienceBuilder</name>
        <message>
            <source>The date the guest list is evaluated on is not valid.</source>
            <translation>The date the guest list is evaluated on is not valid.</translation>
        </message>
        <message>
            <source>Did not consent to marketing</source>
            <translation>Did not consent to marketing</translation>
        </message>
        <message>
            <source>Anonymised on request</source>
            <translation>Anonymised on request</translation>
        </message>
        <message>
            <source>Removed from the list by hand</source>
            <translation>Removed from the list by hand</translation>
        </message>
        <message>
            <source>No seat left (capacity reached)</source>
            <translation>No seat left (capacity reached)</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>AudienceFilter</name>
        <message>
            <source>The saved guest list is damaged ("%1" is not a list).</source>
            <translation>The saved guest list is damaged ("%1" is not a list).</translation>
        </message>
        <message>
            <source>The saved guest list is damaged ("%1" holds a value that is not a member number).</source>
            <translation>The saved guest list is damaged ("%1" holds a value that is not a member number).</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a whole number).</source>
            <translation>The saved guest filter is damaged ("%1" is not a whole number).</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a date).</source>
            <translation>The saved guest filter is damaged ("%1" is not a date).</translation>
        </message>
        <message>
            <source>Tier %1 does not exist.</source>
            <translation>Tier %1 does not exist.</translation>
        </message>
        <message>
            <source>The minimum spend cannot be negative.</source>
            <translation>The minimum spend cannot be negative.</translation>
        </message>
        <message>
            <source>The spending period must be from 1 to %1 days.</source>
            <translation>The spending period must be from 1 to %1 days.</translation>
        </message>
        <message>
            <source>The minimum probability of still being a customer must be from 0 to 1.</source>
            <translation>The minimum probability of still being a customer must be from 0 to 1.</translation>
        </message>
        <message>
            <source>The birthday month must be from 1 to 12.</source>
            <translation>The birthday month must be from 1 to 12.</translation>
        </message>
        <message>
            <source>"Last visit after" must be at least two days before "last visit before", or nobody can match.</source>
            <translation>"Last visit after" must be at least two days before "last visit before", or nobody can match.</translation>
        </message>
        <message>
            <source>The minimum number of referrals cannot be negative.</source>
            <translation>The minimum number of referrals cannot be negative.</translation>
        </message>
        <message>
            <source>Member %1 is both added and removed by hand.</source>
            <translation>Member %1 is both added and removed by hand.</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a list).</source>
            <translation>The saved guest filter is damaged ("%1" is not a list).</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" holds a value that is not a tier).</source>
            <translation>The saved guest filter is damaged ("%1" holds a value that is not a tier).</translation>
        </message>
        <message>
            <source>Unknown loyalty type "%1" (friends, butterflies, barnacles, strangers).</source>
            <translation>Unknown loyalty type "%1" (friends, butterflies, barnacles, strangers).</translation>
        </message>
        <message>
            <source>Unknown customer segment "%1" (champions, loyal, new, potential, at_risk, hibernating).</source>
            <translation>Unknown customer segment "%1" (champions, loyal, new, potential, at_risk, hibernating).</translation>
        </message>
        <message>
            <source>The saved guest filter is damaged ("%1" is not a number).</source>
            <translation>The saved guest filter is damaged ("%1" is not a number).</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Automatic backup</source>
            <translation>Automatic backup</translation>
        </message>
        <message>
            <source>Backup folder changed</source>
            <translation>Backup folder changed</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Backup written</translation>
        </message>
        <message>
            <source>Complaint handled</source>
            <translation>Complaint handled</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>Complaint opened</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <translation>Complaint resolved</translation>
        </message>
        <message>
            <source>Member list exported</source>
            <translation>Member list exported</translation>
        </message>
        <message>
            <source>Members exported</source>
            <translation>Members exported</translation>
        </message>
        <message>
            <source>Purchases exported</source>
            <translation>Purchases exported</translation>
        </message>
        <message>
            <source>Gift added</source>
            <translation>Gift added</translation>
        </message>
        <message>
            <source>Gift changed</source>
            <translation>Gift changed</translation>
        </message>
        <message>
            <source>Gift redeemed</source>
            <translation>Gift redeemed</translation>
        </message>
        <message>
            <source>Members imported</source>
            <translation>Members imported</translation>
        </message>
        <message>
            <source>Purchases imported</source>
            <translation>Purchases imported</translation>
        </message>
        <message>
            <source>Daily points expiry and tier review</source>
            <translation>Daily points expiry and tier review</translation>
        </message>
        <message>
            <source>Member anonymised</source>
            <translation>Member anonymised</translation>
        </message>
        <message>
            <source>Member note changed</source>
            <translation>Member note changed</translation>
        </message>
        <message>
            <source>Points adjusted by hand</source>
            <translation>Points adjusted by hand</translation>
        </message>
        <message>
            <source>Purchase voided</source>
            <translation>Purchase voided</translation>
        </message>
        <message>
            <source>Loyalty rules changed</source>
            <translation>Loyalty rules changed</translation>
        </message>
        <message>
            <source>Sign-in failed</source>
            <translation>Sign-in failed</translation>
        </message>
        <message>
            <source>Account locked after failed sign-ins</source>
            <translation>Account locked after failed sign-ins</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Tier review</source>
            <translation>Tier review</translation>
        </message>
        <message>
            <source>Account added</source>
            <translation>Account added</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Account disabled</translation>
        </message>
        <message>
            <source>Account enabled</source>
            <translation>Account enabled</translation>
        </message>
        <message>
            <source>Password or PIN changed</source>
            <translation>Password or PIN changed</translation>
        </message>
        <message>
            <source>Backups and restores (all)</source>
            <translation>Backups and restores (all)</translation>
        </message>
        <message>
            <source>Complaints (all)</source>
            <translation>Complaints (all)</translation>
        </message>
        <message>
            <source>Exports (all)</source>
            <translation>Exports (all)</translation>
        </message>
        <message>
            <source>Gifts (all)</source>
            <translation>Gifts (all)</translation>
        </message>
        <message>
            <source>Imports (all)</source>
            <translation>Imports (all)</translation>
        </message>
        <message>
            <source>Member data (all)</source>
            <translation>Member data (all)</translation>
        </message>
        <message>
            <source>Sign-ins (all)</source>
            <translation>Sign-ins (all)</translation>
        </message>
        <message>
            <source>Accounts (all)</source>
            <translation>Accounts (all)</translation>
        </message>
        <message>
            <source>%1* (all)</source>
            <translation>%1* (all)</translation>
        </message>
        <message>
            <source>Event guest list saved</source>
            <translation>Event guest list saved</translation>
        </message>
        <message>
            <source>Event guest list exported</source>
            <translation>Event guest list exported</translation>
        </message>
        <message>
            <source>Guest checked in</source>
            <translation>Guest checked in</translation>
        </message>
        <message>
            <source>Event created</source>
            <translation>Event created</translation>
        </message>
        <message>
            <source>Event deleted</source>
            <translation>Event deleted</translation>
        </message>
        <message>
            <source>Event changed</source>
            <translation>Event changed</translation>
        </message>
        <message>
            <source>Invitations printed</source>
            <translation>Invitations printed</translation>
        </message>
        <message>
            <source>Guests invited</source>
            <translation>Guests invited</translation>
        </message>
        <message>
            <source>Invitation withdrawn</source>
            <translation>Invitation withdrawn</translation>
        </message>
        <message>
            <source>Loyalty-type thresholds changed</source>
            <translation>Loyalty-type thresholds changed</translation>
        </message>
        <message>
            <source>Invitation text changed</source>
            <translation>Invitation text changed</translation>
        </message>
        <message>
            <source>Store logo changed</source>
            <translation>Store logo changed</translation>
        </message>
        <message>
            <source>Events (all)</source>
            <translation>Events (all)</translation>
        </message>
    </context>
    <context>
        <name>AuditQuery</name>
        <message>
            <source>The end of the time range is before its start.</source>
            <translation>The end of the time range is before its start.</translation>
        </message>
        <message>
            <source>Show between 1 and %1 entries at a time.</source>
            <translation>Show between 1 and %1 entries at a time.</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <source>%1 on %2, %3</source>
            <translation>%1 on %2, %3</translation>
        </message>
        <message>
            <source>%1 (No. %2)</source>
            <translation>%1 (No. %2)</translation>
        </message>
        <message>
            <source>Insight thresholds</source>
            <translation>Insight thresholds</translation>
        </message>
        <message>
            <source>%1 → %2 at the tier review; %3 %4</source>
            <translation>%1 → %2 at the tier review; %3 %4</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>lifetime paid spend</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>paid spend in the last 12 months</translation>
        </message>
        <message>
            <source>%1 → %2 after a change of the programme</source>
            <translation>%1 → %2 after a change of the programme</translation>
        </message>
        <message>
            <source>Lapsed credits expired: %1; members reviewed: %2; tiers changed: %3</source>
            <translation>Lapsed credits expired: %1; members reviewed: %2; tiers changed: %3</translation>
        </message>
        <message>
            <source>%1 account “%2”</source>
            <translation>%1 account “%2”</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>%1; old backups removed: %2</source>
            <translation>%1; old backups removed: %2</translation>
        </message>
    </context>
    <context>
        <name>AutoBackup</name>
        <message>
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>The automatic backup could not be written:
%1

The database itself is fine. Check the backup folder (is the USB stick plugged in?) under Shop ▸ Backups and lock.</source>
            <translation>The automatic backup could not be written:
%1

The database itself is fine. Check the backup folder (is the USB stick plugged in?) under Shop ▸ Backups and lock.</translation>
        </message>
        <message>
            <source>Backing up before closing…</source>
            <translation>Backing up before closing…</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written</source>
            <translation>Backup written</translation>
        </message>
        <message numerus="yes">
            <source>MemberDesk closes in %Ln second(s).</source>
            <translation>
                <numerusform>MemberDesk closes in %Ln second.</numerusform>
                <numerusform>MemberDesk closes in %Ln seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BackupService</name>
        <message>
            <source>The file %1 does not exist.</source>
            <translation>The file %1 does not exist.</translation>
        </message>
        <message>
            <source>%1 is not a file.</source>
            <translation>%1 is not a file.</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk backup (it is not an SQLite database).</source>
            <translation>%1 is not a MemberDesk backup (it is not an SQLite database).</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 cannot be opened: %2</translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be read: %2</source>
            <translation>%1 is damaged and cannot be read: %2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk backup.</source>
            <translation>%1 is an SQLite database of another program, not a MemberDesk backup.</translation>
        </message>
        <message>
            <source>%1 is damaged (%2).</source>
            <translation>%1 is damaged (%2).</translation>
        </message>
        <message>
            <source>%1 was made by a newer version of MemberDesk (schema %2; this version knows up to %3). Install the newer version to restore it.</source>
            <translation>%1 was made by a newer version of MemberDesk (schema %2; this version knows up to %3). Install the newer version to restore it.</translation>
        </message>
        <message>
            <source>%1 holds no MemberDesk data.</source>
            <translation>%1 holds no MemberDesk data.</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name for the backup.</source>
            <translation>%1 is a folder: give a file name for the backup.</translation>
        </message>
        <message>
            <source>A backup cannot overwrite the database itself.</source>
            <translation>A backup cannot overwrite the database itself.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>The backup to %1 failed: %2</source>
            <translation>The backup to %1 failed: %2</translation>
        </message>
        <message>
            <source>The backup to %1 was written but failed its check, so it was deleted: %2</source>
            <translation>The backup to %1 was written but failed its check, so it was deleted: %2</translation>
        </message>
        <message>
            <source>schema version differs</source>
            <translation>schema version differs</translation>
        </message>
        <message>
            <source>Cannot write %1 (check that the folder is writable).</source>
            <translation>Cannot write %1 (check that the folder is writable).</translation>
        </message>
        <message>
            <source>Give a file name for the backup.</source>
            <translation>Give a file name for the backup.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be written to.</source>
            <translation>The folder %1 cannot be written to.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Nothing was restored: %1</translation>
        </message>
        <message>
            <source>Nothing was restored: that file is the database in use.</source>
            <translation>Nothing was restored: that file is the database in use.</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be kept as %1.</source>
            <translation>Nothing was restored: the current database could not be kept as %1.</translation>
        </message>
        <message>
            <source>Restoring failed; the database was not changed: %1</source>
            <translation>Restoring failed; the database was not changed: %1</translation>
        </message>
        <message>
            <source>The restored database could not be opened, so the previous one was put back: %1</source>
            <translation>The restored database could not be opened, so the previous one was put back: %1</translation>
        </message>
        <message>
            <source>The database was restored, but its audit log could not be completed: %1</source>
            <translation>The database was restored, but its audit log could not be completed: %1</translation>
        </message>
        <message>
            <source>The database itself may be damaged: close MemberDesk and start it again, and it is checked completely before anything else is written.</source>
            <translation>The database itself may be damaged: close MemberDesk and start it again, and it is checked completely before anything else is written.</translation>
        </message>
        <message>
            <source>%1 in the backup folder is a backup of another database with the same name, so it was left as it is and this database was not backed up. Give each database a backup folder of its own.</source>
            <translation>%1 in the backup folder is a backup of another database with the same name, so it was left as it is and this database was not backed up. Give each database a backup folder of its own.</translation>
        </message>
        <message>
            <source>%1 exists and is not a MemberDesk backup, so it was not replaced. Choose another file name.</source>
            <translation>%1 exists and is not a MemberDesk backup, so it was not replaced. Choose another file name.</translation>
        </message>
    </context>
    <context>
        <name>Barcode</name>
        <message>
            <source>There is nothing to put in the QR code.</source>
            <translation>There is nothing to put in the QR code.</translation>
        </message>
        <message>
            <source>There is no number to put in the barcode.</source>
            <translation>There is no number to put in the barcode.</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode: only letters, digits and ordinary punctuation can.</source>
            <translation>“%1” cannot be printed as a Code 128 barcode: only letters, digits and ordinary punctuation can.</translation>
        </message>
        <message>
            <source>“%1” is too long for a barcode (at most 80 characters).</source>
            <translation>“%1” is too long for a barcode (at most 80 characters).</translation>
        </message>
        <message>
            <source>“%1” cannot be printed as a Code 128 barcode.</source>
            <translation>“%1” cannot be printed as a Code 128 barcode.</translation>
        </message>
        <message numerus="yes">
            <source>The text is too long for a QR code (%Ln character(s)).</source>
            <translation>
                <numerusform>The text is too long for a QR code (%Ln character).</numerusform>
                <numerusform>The text is too long for a QR code (%Ln characters).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BgNbd</name>
        <message>
            <source>There are no customers with purchases to fit the model on.</source>
            <translation>There are no customers with purchases to fit the model on.</translation>
        </message>
        <message>
            <source>The purchase summary of member %1 is inconsistent (x=%2, t_x=%3, T=%4).</source>
            <translation>The purchase summary of member %1 is inconsistent (x=%2, t_x=%3, T=%4).</translation>
        </message>
        <message>
            <source>Too little history to predict: all purchases fall on the calibration end.</source>
            <translation>Too little history to predict: all purchases fall on the calibration end.</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history (the optimiser stopped without a best fit); no predictions are made. More purchase history usually helps.</source>
            <translation>The BG/NBD model did not converge on this history (the optimiser stopped without a best fit); no predictions are made. More purchase history usually helps.</translation>
        </message>
        <message>
            <source>The BG/NBD model did not converge on this history; no predictions are made.</source>
            <translation>The BG/NBD model did not converge on this history; no predictions are made.</translation>
        </message>
        <message>
            <source>The prediction horizon must be zero or more.</source>
            <translation>The prediction horizon must be zero or more.</translation>
        </message>
        <message>
            <source>Expected purchases cannot be computed for these model parameters (the hypergeometric function is out of range).</source>
            <translation>Expected purchases cannot be computed for these model parameters (the hypergeometric function is out of range).</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to predict: %Ln customer(s) came back for a second purchase day; at least 2 are needed.</source>
            <translation>
                <numerusform>Too little history to predict: %Ln customer came back for a second purchase day; at least 2 are needed.</numerusform>
                <numerusform>Too little history to predict: %Ln customers came back for a second purchase day; at least 2 are needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkPurchaseWriter</name>
        <message>
            <source>Writing the purchases failed (%1): %2</source>
            <translation>Writing the purchases failed (%1): %2</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be added.</source>
            <translation>Member %1 was anonymised on request; their purchases cannot be added.</translation>
        </message>
        <message>
            <source>The amount %1 is outside 0 to %2.</source>
            <translation>The amount %1 is outside 0 to %2.</translation>
        </message>
    </context>
    <context>
        <name>BusyNotice</name>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
    </context>
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>"%1" is not a card number: use 4 to 32 letters or digits.</translation>
        </message>
    </context>
    <context>
        <name>CareList</name>
        <message>
            <source>Birthday today</source>
            <translation>Birthday today</translation>
        </message>
        <message>
            <source>Birthday on %1</source>
            <translation>Birthday on %1</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>%1 more to %2</translation>
        </message>
        <message>
            <source>Follow-up due today</source>
            <translation>Follow-up due today</translation>
        </message>
        <message>
            <source>Follow-up due since %1</source>
            <translation>Follow-up due since %1</translation>
        </message>
        <message>
            <source>last time: %1</source>
            <translation>last time: %1</translation>
        </message>
        <message>
            <source>"%1" is not a care list row.</source>
            <translation>"%1" is not a care list row.</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message numerus="yes">
            <source>Birthday today (%Ln year(s) old)</source>
            <translation>
                <numerusform>Birthday today (%Ln year old)</numerusform>
                <numerusform>Birthday today (%Ln years old)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) expire after %1</source>
            <translation>
                <numerusform>%Ln point expire after %1</numerusform>
                <numerusform>%Ln points expire after %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln open complaint(s), the oldest from %1</source>
            <translation>
                <numerusform>%Ln open complaint, the oldest from %1</numerusform>
                <numerusform>%Ln open complaints, the oldest from %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) in 6 months, none for %1 days</source>
            <translation>
                <numerusform>%Ln purchase in 6 months, none for %1 days</numerusform>
                <numerusform>%Ln purchases in 6 months, none for %1 days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CareRecords</name>
        <message>
            <source>Phone call</source>
            <translation>Phone call</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Text message</translation>
        </message>
        <message>
            <source>In the shop</source>
            <translation>In the shop</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>This member was anonymised on request; nothing more is recorded about them.</source>
            <translation>This member was anonymised on request; nothing more is recorded about them.</translation>
        </message>
        <message>
            <source>Unknown channel "%1": use one of %2.</source>
            <translation>Unknown channel "%1": use one of %2.</translation>
        </message>
        <message>
            <source>A follow-up cannot be recorded in the future; set the next follow-up date instead.</source>
            <translation>A follow-up cannot be recorded in the future; set the next follow-up date instead.</translation>
        </message>
        <message>
            <source>The next follow-up date must be after the day of this one.</source>
            <translation>The next follow-up date must be after the day of this one.</translation>
        </message>
        <message>
            <source>Describe the complaint.</source>
            <translation>Describe the complaint.</translation>
        </message>
        <message>
            <source>Complaint %1 was already resolved on %2.</source>
            <translation>Complaint %1 was already resolved on %2.</translation>
        </message>
        <message>
            <source>Complaint %1 was already marked handled on %2.</source>
            <translation>Complaint %1 was already marked handled on %2.</translation>
        </message>
        <message>
            <source>Say how the complaint was resolved.</source>
            <translation>Say how the complaint was resolved.</translation>
        </message>
        <message>
            <source>There is no complaint with number %1.</source>
            <translation>There is no complaint with number %1.</translation>
        </message>
        <message numerus="yes">
            <source>The outcome is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The outcome is longer than %Ln character.</numerusform>
                <numerusform>The outcome is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The description is longer than %Ln character.</numerusform>
                <numerusform>The description is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The note is longer than %Ln character.</numerusform>
                <numerusform>The note is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The resolution is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The resolution is longer than %Ln character.</numerusform>
                <numerusform>The resolution is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>Write down the outcome of the follow-up (even "no answer").</source>
            <translation>Write down the outcome of the follow-up (even "no answer").</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The option --%1 needs a value.</source>
            <translation>The option --%1 needs a value.</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>Unknown option --%1.</translation>
        </message>
        <message>
            <source>Database %1 is ready (schema %2).</source>
            <translation>Database %1 is ready (schema %2).</translation>
        </message>
        <message>
            <source>The database is sound: no problems found.</source>
            <translation>The database is sound: no problems found.</translation>
        </message>
        <message>
            <source>Problems found:</source>
            <translation>Problems found:</translation>
        </message>
        <message>
            <source>Demo shop created: %1 members, %2 purchases.</source>
            <translation>Demo shop created: %1 members, %2 purchases.</translation>
        </message>
        <message>
            <source>Give the rules file: rules set FILE.json</source>
            <translation>Give the rules file: rules set FILE.json</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>The new rules are in force from now on; past purchases keep their points.</source>
            <translation>The new rules are in force from now on; past purchases keep their points.</translation>
        </message>
        <message>
            <source>No member has the card %1.</source>
            <translation>No member has the card %1.</translation>
        </message>
        <message>
            <source>No member has the phone number %1.</source>
            <translation>No member has the phone number %1.</translation>
        </message>
        <message>
            <source>Name the member by number, --card or --phone.</source>
            <translation>Name the member by number, --card or --phone.</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>Unexpected argument "%1".</translation>
        </message>
        <message>
            <source>--gender must be m, f or u.</source>
            <translation>--gender must be m, f or u.</translation>
        </message>
        <message>
            <source>--birthday must be a date like 1990-05-17.</source>
            <translation>--birthday must be a date like 1990-05-17.</translation>
        </message>
        <message>
            <source>--referrer must be a member number.</source>
            <translation>--referrer must be a member number.</translation>
        </message>
        <message>
            <source>--consent must be yes or no.</source>
            <translation>--consent must be yes or no.</translation>
        </message>
        <message>
            <source>Registered %1: member %2, card %3.</source>
            <translation>Registered %1: member %2, card %3.</translation>
        </message>
        <message>
            <source>Give a phone number, its last 4 digits, a card number or a name to find.</source>
            <translation>Give a phone number, its last 4 digits, a card number or a name to find.</translation>
        </message>
        <message>
            <source>--limit must be a number from 1 to 1000.</source>
            <translation>--limit must be a number from 1 to 1000.</translation>
        </message>
        <message>
            <source>No member matches "%1".</source>
            <translation>No member matches "%1".</translation>
        </message>
        <message>
            <source>%1 (member %2, card %3)</source>
            <translation>%1 (member %2, card %3)</translation>
        </message>
        <message>
            <source>Phone: %1</source>
            <translation>Phone: %1</translation>
        </message>
        <message>
            <source>Tier: %1, points: %2</source>
            <translation>Tier: %1, points: %2</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>%1 more to %2</translation>
        </message>
        <message>
            <source>Birthday: %1</source>
            <translation>Birthday: %1</translation>
        </message>
        <message>
            <source>--amount is required (the shelf total in yuan, e.g. 128.50).</source>
            <translation>--amount is required (the shelf total in yuan, e.g. 128.50).</translation>
        </message>
        <message>
            <source>--redeem-points must be a whole number of points.</source>
            <translation>--redeem-points must be a whole number of points.</translation>
        </message>
        <message>
            <source>Purchase %1: %2, discount %3, paid %4, +%5 points (balance %6).</source>
            <translation>Purchase %1: %2, discount %3, paid %4, +%5 points (balance %6).</translation>
        </message>
        <message>
            <source>Upgraded to %1!</source>
            <translation>Upgraded to %1!</translation>
        </message>
        <message>
            <source>Give the number of the purchase to void.</source>
            <translation>Give the number of the purchase to void.</translation>
        </message>
        <message>
            <source>--reason is required: say why the purchase is voided.</source>
            <translation>--reason is required: say why the purchase is voided.</translation>
        </message>
        <message>
            <source>Purchase %1 voided: %2 points taken back, %3 returned, balance %4.</source>
            <translation>Purchase %1 voided: %2 points taken back, %3 returned, balance %4.</translation>
        </message>
        <message>
            <source>Usage: memberdesk-cli [--db PATH] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] COMMAND ...</source>
            <translation>Usage: memberdesk-cli [--db PATH] [--now YYYY-MM-DDTHH:MM:SS] [--json] [--lang zh_CN|zh_TW|en] COMMAND ...</translation>
        </message>
        <message>
            <source>Commands:</source>
            <translation>Commands:</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>The option %1 needs a value.</translation>
        </message>
        <message>
            <source>Unknown language "%1": use zh_CN, zh_TW or en.</source>
            <translation>Unknown language "%1": use zh_CN, zh_TW or en.</translation>
        </message>
        <message>
            <source>--now must look like 2026-05-01T14:30:00, not "%1".</source>
            <translation>--now must look like 2026-05-01T14:30:00, not "%1".</translation>
        </message>
        <message>
            <source>Unknown command "%1". Run memberdesk-cli help for the list.</source>
            <translation>Unknown command "%1". Run memberdesk-cli help for the list.</translation>
        </message>
        <message>
            <source>Name the member with --member ID, --card C or --phone P.</source>
            <translation>Name the member with --member ID, --card C or --phone P.</translation>
        </message>
        <message>
            <source>  [done]</source>
            <translation>  [done]</translation>
        </message>
        <message>
            <source>Give the key of the care list row (as care list shows it).</source>
            <translation>Give the key of the care list row (as care list shows it).</translation>
        </message>
        <message>
            <source>%1 is on the list again.</source>
            <translation>%1 is on the list again.</translation>
        </message>
        <message>
            <source>%1 marked done.</source>
            <translation>%1 marked done.</translation>
        </message>
        <message>
            <source>--next must be a date like 2026-05-01.</source>
            <translation>--next must be a date like 2026-05-01.</translation>
        </message>
        <message>
            <source>--time must look like 2026-05-01T14:30:00.</source>
            <translation>--time must look like 2026-05-01T14:30:00.</translation>
        </message>
        <message>
            <source>Follow-up %1 recorded.</source>
            <translation>Follow-up %1 recorded.</translation>
        </message>
        <message>
            <source>No follow-ups yet.</source>
            <translation>No follow-ups yet.</translation>
        </message>
        <message>
            <source>--text is required: what is the complaint about?</source>
            <translation>--text is required: what is the complaint about?</translation>
        </message>
        <message>
            <source>Complaint %1 opened.</source>
            <translation>Complaint %1 opened.</translation>
        </message>
        <message>
            <source>Give the number of the complaint.</source>
            <translation>Give the number of the complaint.</translation>
        </message>
        <message>
            <source>--resolution is required: how was it resolved?</source>
            <translation>--resolution is required: how was it resolved?</translation>
        </message>
        <message>
            <source>Complaint %1 resolved.</source>
            <translation>Complaint %1 resolved.</translation>
        </message>
        <message>
            <source>Complaint %1 marked handled.</source>
            <translation>Complaint %1 marked handled.</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>resolved</source>
            <translation>resolved</translation>
        </message>
        <message>
            <source>No complaints.</source>
            <translation>No complaints.</translation>
        </message>
        <message>
            <source>--offset and --limit take whole numbers.</source>
            <translation>--offset and --limit take whole numbers.</translation>
        </message>
        <message>
            <source>line %1</source>
            <translation>line %1</translation>
        </message>
        <message>
            <source>line %1, %2</source>
            <translation>line %1, %2</translation>
        </message>
        <message>
            <source>Give exactly one file to import.</source>
            <translation>Give exactly one file to import.</translation>
        </message>
        <message>
            <source>--delimiter must be auto, comma, semicolon, tab or whitespace.</source>
            <translation>--delimiter must be auto, comma, semicolon, tab or whitespace.</translation>
        </message>
        <message>
            <source>--header must be auto, yes or no.</source>
            <translation>--header must be auto, yes or no.</translation>
        </message>
        <message>
            <source>--duplicates must be skip or merge.</source>
            <translation>--duplicates must be skip or merge.</translation>
        </message>
        <message>
            <source>--member-ref must be auto, id, card, phone or external.</source>
            <translation>--member-ref must be auto, id, card, phone or external.</translation>
        </message>
        <message>
            <source>--create-members and --member-ref apply to purchase imports only.</source>
            <translation>--create-members and --member-ref apply to purchase imports only.</translation>
        </message>
        <message>
            <source>--duplicates applies to member imports only.</source>
            <translation>--duplicates applies to member imports only.</translation>
        </message>
        <message>
            <source>Dry run, nothing was written.</source>
            <translation>Dry run, nothing was written.</translation>
        </message>
        <message>
            <source>%1 member(s) imported, %2 merged, %3 skipped, %4 row(s) with errors.</source>
            <translation>%1 member(s) imported, %2 merged, %3 skipped, %4 row(s) with errors.</translation>
        </message>
        <message>
            <source>%1 purchase(s) imported (%2 of zero value), %3 member(s) created, %4 skipped, %5 row(s) with errors.</source>
            <translation>%1 purchase(s) imported (%2 of zero value), %3 member(s) created, %4 skipped, %5 row(s) with errors.</translation>
        </message>
        <message>
            <source>Give exactly one file to write.</source>
            <translation>Give exactly one file to write.</translation>
        </message>
        <message>
            <source>%1 row(s) written to %2.</source>
            <translation>%1 row(s) written to %2.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01, not "%2".</source>
            <translation>--%1 must be a date like 2026-05-01, not "%2".</translation>
        </message>
        <message>
            <source>--%1 must be a whole number above 0.</source>
            <translation>--%1 must be a whole number above 0.</translation>
        </message>
        <message>
            <source>--unit must be day or week.</source>
            <translation>--unit must be day or week.</translation>
        </message>
        <message>
            <source>--loyalty-threshold must be a number of 0 or more.</source>
            <translation>--loyalty-threshold must be a number of 0 or more.</translation>
        </message>
        <message>
            <source>Members who bought between %1 and %2: %3</source>
            <translation>Members who bought between %1 and %2: %3</translation>
        </message>
        <message>
            <source>RFM segments:</source>
            <translation>RFM segments:</translation>
        </message>
        <message>
            <source>Loyalty types:</source>
            <translation>Loyalty types:</translation>
        </message>
        <message>
            <source>20/80: nobody paid anything in this window.</source>
            <translation>20/80: nobody paid anything in this window.</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in weeks: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD on %1 customers (%2 came back) up to %3, in weeks: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</translation>
        </message>
        <message>
            <source>BG/NBD on %1 customers (%2 came back) up to %3, in days: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</source>
            <translation>BG/NBD on %1 customers (%2 came back) up to %3, in days: r = %4, alpha = %5, a = %6, b = %7, log-likelihood %8.</translation>
        </message>
        <message>
            <source>Gamma-Gamma spend on %1 customers: p = %2, q = %3, v = %4.</source>
            <translation>Gamma-Gamma spend on %1 customers: p = %2, q = %3, v = %4.</translation>
        </message>
        <message>
            <source>--horizon is required (the number of days or weeks to predict).</source>
            <translation>--horizon is required (the number of days or weeks to predict).</translation>
        </message>
        <message>
            <source>--horizon must be a whole number of days or weeks above 0.</source>
            <translation>--horizon must be a whole number of days or weeks above 0.</translation>
        </message>
        <message>
            <source>--member must be a member number.</source>
            <translation>--member must be a member number.</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>The predicted value is out of range.</translation>
        </message>
        <message>
            <source>There is no member %1.</source>
            <translation>There is no member %1.</translation>
        </message>
        <message>
            <source>Member %1 has no purchases on or before %2: there is nothing to predict from.</source>
            <translation>Member %1 has no purchases on or before %2: there is nothing to predict from.</translation>
        </message>
        <message>
            <source>--threshold must be a probability above 0 and at most 1, e.g. 0.3.</source>
            <translation>--threshold must be a probability above 0 and at most 1, e.g. 0.3.</translation>
        </message>
        <message>
            <source>Member %1: spent %2, last came %3, still a customer with probability %4.</source>
            <translation>Member %1: spent %2, last came %3, still a customer with probability %4.</translation>
        </message>
        <message>
            <source>--%1 takes a whole number, not "%2".</source>
            <translation>--%1 takes a whole number, not "%2".</translation>
        </message>
        <message>
            <source>Maintenance already ran on %1 (use --force to run it again).</source>
            <translation>Maintenance already ran on %1 (use --force to run it again).</translation>
        </message>
        <message>
            <source>Maintenance for %1: %2 expiry entries, %3 members reviewed, %4 tiers lowered.</source>
            <translation>Maintenance for %1: %2 expiry entries, %3 members reviewed, %4 tiers lowered.</translation>
        </message>
        <message>
            <source>--points is required (e.g. 200 or -50).</source>
            <translation>--points is required (e.g. 200 or -50).</translation>
        </message>
        <message>
            <source>--reason is required: say why the points are adjusted.</source>
            <translation>--reason is required: say why the points are adjusted.</translation>
        </message>
        <message>
            <source>Points of member %1 adjusted by %2: balance %3.</source>
            <translation>Points of member %1 adjusted by %2: balance %3.</translation>
        </message>
        <message>
            <source>--stock must be from 0 to %1.</source>
            <translation>--stock must be from 0 to %1.</translation>
        </message>
        <message>
            <source>--active takes yes or no.</source>
            <translation>--active takes yes or no.</translation>
        </message>
        <message>
            <source>--name and --points (the price in points) are required.</source>
            <translation>--name and --points (the price in points) are required.</translation>
        </message>
        <message>
            <source>Gift %1 added: %2 for %3 points, %4 in stock.</source>
            <translation>Gift %1 added: %2 for %3 points, %4 in stock.</translation>
        </message>
        <message>
            <source>Give the number of the gift to edit.</source>
            <translation>Give the number of the gift to edit.</translation>
        </message>
        <message>
            <source>Gift %1 saved.</source>
            <translation>Gift %1 saved.</translation>
        </message>
        <message>
            <source>%1  %2  %3 points  stock %4%5
</source>
            <translation>%1  %2  %3 points  stock %4%5
</translation>
        </message>
        <message>
            <source>  (not offered)</source>
            <translation>  (not offered)</translation>
        </message>
        <message>
            <source>The gift catalogue is empty.</source>
            <translation>The gift catalogue is empty.</translation>
        </message>
        <message>
            <source>Give the number of the gift to hand out.</source>
            <translation>Give the number of the gift to hand out.</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points: balance %3, %4 left in stock.</source>
            <translation>%1 handed out for %2 points: balance %3, %4 left in stock.</translation>
        </message>
        <message>
            <source>--repeat takes a whole number from 1 to 100.</source>
            <translation>--repeat takes a whole number from 1 to 100.</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded.</source>
            <translation>No data for %1: no member purchase, registration or points movement was recorded.</translation>
        </message>
        <message>
            <source>%1 (computed in %2 ms)</source>
            <translation>%1 (computed in %2 ms)</translation>
        </message>
        <message>
            <source>  average ticket %1</source>
            <translation>  average ticket %1</translation>
        </message>
        <message>
            <source>  %1 active members, %2 new, repeat-purchase rate %3 %</source>
            <translation>  %1 active members, %2 new, repeat-purchase rate %3 %</translation>
        </message>
        <message>
            <source>  points issued %1, redeemed %2, expired %3; outstanding %4 (liability %5)</source>
            <translation>  points issued %1, redeemed %2, expired %3; outstanding %4 (liability %5)</translation>
        </message>
        <message>
            <source>  %1 new VIPs, %2 members at risk</source>
            <translation>  %1 new VIPs, %2 members at risk</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out report.pdf.</source>
            <translation>--out is required: the PDF file to write, e.g. --out report.pdf.</translation>
        </message>
        <message>
            <source>Rendering a report needs the graphics libraries, which could not start.</source>
            <translation>Rendering a report needs the graphics libraries, which could not start.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>There was no data in that month; the report says so.</source>
            <translation>There was no data in that month; the report says so.</translation>
        </message>
        <message>
            <source>Report summaries rebuilt (%1 rows differed before).</source>
            <translation>Report summaries rebuilt (%1 rows differed before).</translation>
        </message>
        <message>
            <source>Give the backup file: backup FILE</source>
            <translation>Give the backup file: backup FILE</translation>
        </message>
        <message>
            <source>Backup written and verified: %1 (%2 bytes).</source>
            <translation>Backup written and verified: %1 (%2 bytes).</translation>
        </message>
        <message>
            <source>Today's backup is already in %1.</source>
            <translation>Today's backup is already in %1.</translation>
        </message>
        <message>
            <source>Give the backup file: restore FILE</source>
            <translation>Give the backup file: restore FILE</translation>
        </message>
        <message>
            <source>Restored from %1. The previous database was kept as %2.</source>
            <translation>Restored from %1. The previous database was kept as %2.</translation>
        </message>
        <message>
            <source>--%1 must be a date like 2026-05-01 or a time like 2026-05-01T14:30:00, not "%2".</source>
            <translation>--%1 must be a date like 2026-05-01 or a time like 2026-05-01T14:30:00, not "%2".</translation>
        </message>
        <message>
            <source>--limit, --offset and --user take whole numbers.</source>
            <translation>--limit, --offset and --user take whole numbers.</translation>
        </message>
        <message>
            <source>%1 of %2 entries.</source>
            <translation>%1 of %2 entries.</translation>
        </message>
        <message>
            <source>Give the number of the member to anonymise.</source>
            <translation>Give the number of the member to anonymise.</translation>
        </message>
        <message>
            <source>Member %1 was anonymised; their purchases stay in the totals.</source>
            <translation>Member %1 was anonymised; their purchases stay in the totals.</translation>
        </message>
        <message>
            <source>--%1 must be a local time like 2026-12-05T18:30, not "%2".</source>
            <translation>--%1 must be a local time like 2026-12-05T18:30, not "%2".</translation>
        </message>
        <message>
            <source>Give the number of the event (see event list).</source>
            <translation>Give the number of the event (see event list).</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3.</source>
            <translation>--%1 must be a whole number from %2 to %3.</translation>
        </message>
        <message>
            <source>--%1 takes a member number, not "%2".</source>
            <translation>--%1 takes a member number, not "%2".</translation>
        </message>
        <message>
            <source>There is no tier "%1". The tiers are: %2.</source>
            <translation>There is no tier "%1". The tiers are: %2.</translation>
        </message>
        <message>
            <source>--type must be friends, butterflies, barnacles or strangers, not "%1".</source>
            <translation>--type must be friends, butterflies, barnacles or strangers, not "%1".</translation>
        </message>
        <message>
            <source>--segment must be champions, loyal, new, potential, at_risk or hibernating, not "%1".</source>
            <translation>--segment must be champions, loyal, new, potential, at_risk or hibernating, not "%1".</translation>
        </message>
        <message>
            <source>--min-p-alive must be a number from 0 to 1, e.g. 0.6.</source>
            <translation>--min-p-alive must be a number from 0 to 1, e.g. 0.6.</translation>
        </message>
        <message>
            <source>--%1 is required.</source>
            <translation>--%1 is required.</translation>
        </message>
        <message>
            <source>Event %1 planned: "%2", %3 to %4.</source>
            <translation>Event %1 planned: "%2", %3 to %4.</translation>
        </message>
        <message>
            <source>Choose --upcoming or --past, not both.</source>
            <translation>Choose --upcoming or --past, not both.</translation>
        </message>
        <message>
            <source>event list takes no arguments besides --upcoming or --past.</source>
            <translation>event list takes no arguments besides --upcoming or --past.</translation>
        </message>
        <message>
            <source>%1  %2  %3  invited %4, attended %5%6</source>
            <translation>%1  %2  %3  invited %4, attended %5%6</translation>
        </message>
        <message>
            <source>(past)</source>
            <translation>(past)</translation>
        </message>
        <message>
            <source>No events.</source>
            <translation>No events.</translation>
        </message>
        <message>
            <source>Guests in total: %1 (already invited before: %2).</source>
            <translation>Guests in total: %1 (already invited before: %2).</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Left out:</translation>
        </message>
        <message>
            <source>Give --card or --phone, not both.</source>
            <translation>Give --card or --phone, not both.</translation>
        </message>
        <message>
            <source>Give the code of the invitation's QR code (MD1.…), or --card / --phone with --event.</source>
            <translation>Give the code of the invitation's QR code (MD1.…), or --card / --phone with --event.</translation>
        </message>
        <message>
            <source>--event takes the number of the event being checked in.</source>
            <translation>--event takes the number of the event being checked in.</translation>
        </message>
        <message>
            <source>--card and --phone need --event: the event being checked in.</source>
            <translation>--card and --phone need --event: the event being checked in.</translation>
        </message>
        <message>
            <source>"%1": invited %2, attended %3.</source>
            <translation>"%1": invited %2, attended %3.</translation>
        </message>
        <message>
            <source>They spent %1 per member: %2 expected from the attendees anyway.</source>
            <translation>They spent %1 per member: %2 expected from the attendees anyway.</translation>
        </message>
        <message>
            <source>Cost %1, extra revenue %2.</source>
            <translation>Cost %1, extra revenue %2.</translation>
        </message>
        <message>
            <source>Return on cost: %1%</source>
            <translation>Return on cost: %1%</translation>
        </message>
        <message>
            <source>Provisional: the week after the event ends on %1.</source>
            <translation>Provisional: the week after the event ends on %1.</translation>
        </message>
        <message>
            <source>--encoding must be auto, utf-8, gbk, big5 or utf-16.</source>
            <translation>--encoding must be auto, utf-8, gbk, big5 or utf-16.</translation>
        </message>
        <message>
            <source>Give the event number: event invitations EVENT_ID --out FILE.pdf.</source>
            <translation>Give the event number: event invitations EVENT_ID --out FILE.pdf.</translation>
        </message>
        <message>
            <source>"%1" is not an event number.</source>
            <translation>"%1" is not an event number.</translation>
        </message>
        <message>
            <source>--out is required: the PDF file to write, e.g. --out invitations.pdf.</source>
            <translation>--out is required: the PDF file to write, e.g. --out invitations.pdf.</translation>
        </message>
        <message>
            <source>Unknown layout "%1": use a4, a4-4up or a6.</source>
            <translation>Unknown layout "%1": use a4, a4-4up or a6.</translation>
        </message>
        <message>
            <source>Rendering invitations needs the graphics libraries, which could not start.</source>
            <translation>Rendering invitations needs the graphics libraries, which could not start.</translation>
        </message>
        <message>
            <source>No predictions: %1</source>
            <translation>No predictions: %1</translation>
        </message>
        <message>
            <source>The stored insight is for a later date (%1); it was kept.</source>
            <translation>The stored insight is for a later date (%1); it was kept.</translation>
        </message>
        <message>
            <source>No member insight has been computed yet; run `insight refresh`.</source>
            <translation>No member insight has been computed yet; run `insight refresh`.</translation>
        </message>
        <message>
            <source>The last insight computation (%1) failed: %2</source>
            <translation>The last insight computation (%1) failed: %2</translation>
        </message>
        <message>
            <source>--member must be a member id.</source>
            <translation>--member must be a member id.</translation>
        </message>
        <message>
            <source>Member %1: %2, %3 (R %4, F %5, M %6).</source>
            <translation>Member %1: %2, %3 (R %4, F %5, M %6).</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>No prediction: %1</translation>
        </message>
        <message>
            <source>--members, --months, --purchases and --seed take whole numbers.</source>
            <translation>--members, --months, --purchases and --seed take whole numbers.</translation>
        </message>
        <message>
            <source>--purchases takes a number of purchases from 1.</source>
            <translation>--purchases takes a number of purchases from 1.</translation>
        </message>
        <message>
            <source>--months takes a number of months from 1 to 120.</source>
            <translation>--months takes a number of months from 1 to 120.</translation>
        </message>
        <message>
            <source>Use --create-members to create unknown members.</source>
            <translation>Use --create-members to create unknown members.</translation>
        </message>
        <message>
            <source>Upgrading the database from schema %1 to %2…</source>
            <translation>Upgrading the database from schema %1 to %2…</translation>
        </message>
        <message numerus="yes">
            <source>Demo shop created: %1 members, %2 purchases over %Ln month(s) (visit rates × %3).</source>
            <translation>
                <numerusform>Demo shop created: %1 members, %2 purchases over %Ln month (visit rates × %3).</numerusform>
                <numerusform>Demo shop created: %1 members, %2 purchases over %Ln months (visit rates × %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln to do today.</source>
            <translation>
                <numerusform>%Ln to do today.</numerusform>
                <numerusform>%Ln to do today.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Would invite %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>Would invite %Ln member to "%1".</numerusform>
                <numerusform>Would invite %Ln members to "%1".</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invited %Ln member(s) to "%1".</source>
            <translation>
                <numerusform>Invited %Ln member to "%1".</numerusform>
                <numerusform>Invited %Ln members to "%1".</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>beyond --limit: %Ln member(s)</source>
            <translation>
                <numerusform>beyond --limit: %Ln member</numerusform>
                <numerusform>beyond --limit: %Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Attendees bought %Ln time(s) for %1 during the event and %2 in the following 7 days.</source>
            <translation>
                <numerusform>Attendees bought %Ln time for %1 during the event and %2 in the following 7 days.</numerusform>
                <numerusform>Attendees bought %Ln times for %1 during the event and %2 in the following 7 days.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1": %Ln guest(s) invited, %2 checked in.</source>
            <translation>
                <numerusform>"%1": %Ln guest invited, %2 checked in.</numerusform>
                <numerusform>"%1": %Ln guests invited, %2 checked in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more.</source>
            <translation>
                <numerusform>… and %Ln more.</numerusform>
                <numerusform>… and %Ln more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>20/80: the top %Ln member(s) brought %1 of the spend; %2 of them could become VIPs.</source>
            <translation>
                <numerusform>20/80: the top %Ln member brought %1 of the spend; %2 of them could become VIPs.</numerusform>
                <numerusform>20/80: the top %Ln members brought %1 of the spend; %2 of them could become VIPs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln week(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>Expected repeat purchase days of all %1 customers in the next %Ln week: %2 (worth about %3).</numerusform>
                <numerusform>Expected repeat purchase days of all %1 customers in the next %Ln weeks: %2 (worth about %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected repeat purchase days of all %1 customers in the next %Ln day(s): %2 (worth about %3).</source>
            <translation>
                <numerusform>Expected repeat purchase days of all %1 customers in the next %Ln day: %2 (worth about %3).</numerusform>
                <numerusform>Expected repeat purchase days of all %1 customers in the next %Ln days: %2 (worth about %3).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln week(s), worth about %4.</source>
            <translation>
                <numerusform>Member %1: still a customer with probability %2; expected %3 purchase day in the next %Ln week, worth about %4.</numerusform>
                <numerusform>Member %1: still a customer with probability %2; expected %3 purchase days in the next %Ln weeks, worth about %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1: still a customer with probability %2; expected %3 purchase day(s) in the next %Ln day(s), worth about %4.</source>
            <translation>
                <numerusform>Member %1: still a customer with probability %2; expected %3 purchase day in the next %Ln day, worth about %4.</numerusform>
                <numerusform>Member %1: still a customer with probability %2; expected %3 purchase days in the next %Ln days, worth about %4.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming:</source>
            <translation>
                <numerusform>%Ln valuable member have probably stopped coming:</numerusform>
                <numerusform>%Ln valuable members have probably stopped coming:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member insight as of %1 (%Ln member(s), computed %2):</source>
            <translation>
                <numerusform>Member insight as of %1 (%Ln member, computed %2):</numerusform>
                <numerusform>Member insight as of %1 (%Ln members, computed %2):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln member(s), %2</source>
            <translation>
                <numerusform>%1: %Ln member, %2</numerusform>
                <numerusform>%1: %Ln members, %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Member %1 has no purchases in the %Ln day(s) up to %2.</source>
            <translation>
                <numerusform>Member %1 has no purchases in the %Ln day up to %2.</numerusform>
                <numerusform>Member %1 has no purchases in the %Ln days up to %2.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still a customer with probability %1; %2 expected in the next %Ln week(s).</source>
            <translation>
                <numerusform>Still a customer with probability %1; %2 expected in the next %Ln week.</numerusform>
                <numerusform>Still a customer with probability %1; %2 expected in the next %Ln weeks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %Ln invitation(s) for “%1” to %2</source>
            <translation>
                <numerusform>Wrote %Ln invitation for “%1” to %2</numerusform>
                <numerusform>Wrote %Ln invitations for “%1” to %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>(%Ln page(s), %1).</source>
            <translation>
                <numerusform>(%Ln page, %1).</numerusform>
                <numerusform>(%Ln pages, %1).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) of anonymised members were left out.</source>
            <translation>
                <numerusform>%Ln invitation of anonymised members were left out.</numerusform>
                <numerusform>%Ln invitations of anonymised members were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>  member sales %1 in %Ln purchase(s)</source>
            <translation>
                <numerusform>  member sales %1 in %Ln purchase</numerusform>
                <numerusform>  member sales %1 in %Ln purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote the monthly report for %1 to %2 (%Ln page(s)).</source>
            <translation>
                <numerusform>Wrote the monthly report for %1 to %2 (%Ln page).</numerusform>
                <numerusform>Wrote the monthly report for %1 to %2 (%Ln pages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Backup written and verified: %1 (%2 bytes); %Ln old backup(s) removed.</source>
            <translation>
                <numerusform>Backup written and verified: %1 (%2 bytes); %Ln old backup removed.</numerusform>
                <numerusform>Backup written and verified: %1 (%2 bytes); %Ln old backups removed.</numerusform>
            </translation>
        </message>
        <message>
            <source>The option --%1 was given more than once.</source>
            <translation>The option --%1 was given more than once.</translation>
        </message>
        <message>
            <source>--%1 cannot be after today (%2): only what has happened can be analysed.</source>
            <translation>--%1 cannot be after today (%2): only what has happened can be analysed.</translation>
        </message>
        <message>
            <source>Name the member one way only: by number, --card or --phone.</source>
            <translation>Name the member one way only: by number, --card or --phone.</translation>
        </message>
        <message>
            <source>The option %1 was given more than once.</source>
            <translation>The option %1 was given more than once.</translation>
        </message>
        <message>
            <source>No command given. Run memberdesk-cli help for the list.</source>
            <translation>No command given. Run memberdesk-cli help for the list.</translation>
        </message>
        <message>
            <source>"%1" needs one of: %2. Run memberdesk-cli help for the list.</source>
            <translation>"%1" needs one of: %2. Run memberdesk-cli help for the list.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) were already recorded (same member, time and amount) and were skipped.</source>
            <translation>
                <numerusform>%Ln purchase were already recorded (same member, time and amount) and were skipped.</numerusform>
                <numerusform>%Ln purchases were already recorded (same member, time and amount) and were skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>The day's points expiry and tier review did not run: %1</source>
            <translation>The day's points expiry and tier review did not run: %1</translation>
        </message>
        <message>
            <source>The day's maintenance ran first: %1 expiry entries, %2 tiers lowered.</source>
            <translation>The day's maintenance ran first: %1 expiry entries, %2 tiers lowered.</translation>
        </message>
        <message>
            <source>Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
            <translation>Give the format, e.g. --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2: `restore %1` puts it in place (purchases after that day must be entered again).</source>
            <translation>The latest good backup is %1 from %2: `restore %1` puts it in place (purchases after that day must be entered again).</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>The search failed: %1</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>Skipped:</translation>
        </message>
    </context>
    <context>
        <name>ClvModels</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>The calibration end is not a valid date.</translation>
        </message>
        <message>
            <source>There are no purchases yet: lifetime value needs purchase history.</source>
            <translation>There are no purchases yet: lifetime value needs purchase history.</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>The calibration end %1 is before the first purchase (%2).</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <source>%1 (column %2)</source>
            <translation>%1 (column %2)</translation>
        </message>
        <message>
            <source>column %1</source>
            <translation>column %1</translation>
        </message>
        <message>
            <source>--map needs FIELD=COLUMN (e.g. amount=3 or phone=手机), not "%1".</source>
            <translation>--map needs FIELD=COLUMN (e.g. amount=3 or phone=手机), not "%1".</translation>
        </message>
        <message>
            <source>Unknown field "%1" in --map. The fields are: %2.</source>
            <translation>Unknown field "%1" in --map. The fields are: %2.</translation>
        </message>
        <message>
            <source>Column numbers in --map start at 1 (got %1).</source>
            <translation>Column numbers in --map start at 1 (got %1).</translation>
        </message>
        <message>
            <source>--map %1=%2 names a column, but the file has no header: use the column number.</source>
            <translation>--map %1=%2 names a column, but the file has no header: use the column number.</translation>
        </message>
        <message>
            <source>--map %1=%2: the file has no column "%2". Its columns are: %3.</source>
            <translation>--map %1=%2: the file has no column "%2". Its columns are: %3.</translation>
        </message>
        <message>
            <source>The file has no column that names the member (member_ref, 会员号, card or phone). Use --map member_ref=COLUMN.</source>
            <translation>The file has no column that names the member (member_ref, 会员号, card or phone). Use --map member_ref=COLUMN.</translation>
        </message>
        <message>
            <source>The file has no column for "%1" (a header such as %2). Use --map %1=COLUMN.</source>
            <translation>The file has no column for "%1" (a header such as %2). Use --map %1=COLUMN.</translation>
        </message>
        <message>
            <source>"%1" is not a gender (use m, f, 男 or 女).</source>
            <translation>"%1" is not a gender (use m, f, 男 or 女).</translation>
        </message>
        <message>
            <source>"%1" is not yes or no.</source>
            <translation>"%1" is not yes or no.</translation>
        </message>
        <message>
            <source>Points, tier and totals are not imported: they are rebuilt from the purchases (import the purchase history after the members).</source>
            <translation>Points, tier and totals are not imported: they are rebuilt from the purchases (import the purchase history after the members).</translation>
        </message>
        <message>
            <source>Points and tier are not imported: each purchase earns them by the current loyalty rules.</source>
            <translation>Points and tier are not imported: each purchase earns them by the current loyalty rules.</translation>
        </message>
        <message numerus="yes">
            <source>--map %1=%2: the file has only %Ln column(s).</source>
            <translation>
                <numerusform>--map %1=%2: the file has only %Ln column.</numerusform>
                <numerusform>--map %1=%2: the file has only %Ln columns.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvExporter</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <source>The file starts with a UTF-8 byte order mark, but %1 was asked for. Use --encoding utf-8 (or auto).</source>
            <translation>The file starts with a UTF-8 byte order mark, but %1 was asked for. Use --encoding utf-8 (or auto).</translation>
        </message>
        <message>
            <source>The file starts with a UTF-16 byte order mark, but %1 was asked for.</source>
            <translation>The file starts with a UTF-16 byte order mark, but %1 was asked for.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-16.</source>
            <translation>Line %1 is not valid UTF-16.</translation>
        </message>
        <message>
            <source>The file has no UTF-16 byte order mark; save it again as "Unicode text" or as UTF-8.</source>
            <translation>The file has no UTF-16 byte order mark; save it again as "Unicode text" or as UTF-8.</translation>
        </message>
        <message>
            <source>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16 without a byte order mark).</source>
            <translation>Line %1 contains a NUL byte: this is not a text file (or it is UTF-16 without a byte order mark).</translation>
        </message>
        <message>
            <source>Line %1 is not valid GBK/GB18030 text.</source>
            <translation>Line %1 is not valid GBK/GB18030 text.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8 while the rest of the file is: the file mixes encodings or is damaged. Fix that line, or save the whole file in one encoding.</source>
            <translation>Line %1 is not valid UTF-8 while the rest of the file is: the file mixes encodings or is damaged. Fix that line, or save the whole file in one encoding.</translation>
        </message>
        <message>
            <source>Line %1 is not valid UTF-8. If the file came from Excel, try --encoding gbk.</source>
            <translation>Line %1 is not valid UTF-8. If the file came from Excel, try --encoding gbk.</translation>
        </message>
        <message>
            <source>The quote opened on line %1 is never closed.</source>
            <translation>The quote opened on line %1 is never closed.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is larger than 1 GB; split it into smaller files.</source>
            <translation>%1 is larger than 1 GB; split it into smaller files.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2</source>
            <translation>Cannot read %1: %2</translation>
        </message>
        <message>
            <source>Line %1 is not valid Big5 text.</source>
            <translation>Line %1 is not valid Big5 text.</translation>
        </message>
        <message>
            <source>Line %1 is neither UTF-8, GBK nor Big5 text. Save the file as UTF-8 and try again.</source>
            <translation>Line %1 is neither UTF-8, GBK nor Big5 text. Save the file as UTF-8 and try again.</translation>
        </message>
        <message numerus="yes">
            <source>Field %1 is longer than %Ln character(s).</source>
            <translation>
                <numerusform>Field %1 is longer than %Ln character.</numerusform>
                <numerusform>Field %1 is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The record has more than %Ln field(s).</source>
            <translation>
                <numerusform>The record has more than %Ln field.</numerusform>
                <numerusform>The record has more than %Ln fields.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerSummaries</name>
        <message>
            <source>The calibration end is not a valid date.</source>
            <translation>The calibration end is not a valid date.</translation>
        </message>
        <message>
            <source>There are no purchases to learn from yet.</source>
            <translation>There are no purchases to learn from yet.</translation>
        </message>
        <message>
            <source>The calibration end %1 is before the first purchase (%2).</source>
            <translation>The calibration end %1 is before the first purchase (%2).</translation>
        </message>
    </context>
    <context>
        <name>DailyMaintenance</name>
        <message>
            <source>Today's points expiry was stopped after %1 of %2 lapsed credits; the rest is done at the next run.</source>
            <translation>Today's points expiry was stopped after %1 of %2 lapsed credits; the rest is done at the next run.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was given.</source>
            <translation>No database file was given.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 is a folder, not a database file.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>The database %1 does not exist.</translation>
        </message>
        <message>
            <source>Cannot create the folder %1.</source>
            <translation>Cannot create the folder %1.</translation>
        </message>
        <message>
            <source>%1 is not a MemberDesk database (it is not an SQLite file).</source>
            <translation>%1 is not a MemberDesk database (it is not an SQLite file).</translation>
        </message>
        <message>
            <source>The database %1 is read-only. Check the file's permissions or copy it to a writable folder.</source>
            <translation>The database %1 is read-only. Check the file's permissions or copy it to a writable folder.</translation>
        </message>
        <message>
            <source>Cannot open the database %1: %2</source>
            <translation>Cannot open the database %1: %2</translation>
        </message>
        <message>
            <source>%1 is not a usable database: %2</source>
            <translation>%1 is not a usable database: %2</translation>
        </message>
        <message>
            <source>%1 is an SQLite database of another program, not a MemberDesk database.</source>
            <translation>%1 is an SQLite database of another program, not a MemberDesk database.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of MemberDesk (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</source>
            <translation>This database was written by a newer version of MemberDesk (schema %1; this version knows up to %2). Install the newer version; the file was not changed.</translation>
        </message>
        <message>
            <source>The database has an older schema (%1); open it once with MemberDesk to upgrade it.</source>
            <translation>The database has an older schema (%1); open it once with MemberDesk to upgrade it.</translation>
        </message>
        <message>
            <source>Cannot prepare the database: %1</source>
            <translation>Cannot prepare the database: %1</translation>
        </message>
        <message>
            <source>Upgrading the database to schema %1 failed; nothing was changed: %2</source>
            <translation>Upgrading the database to schema %1 failed; nothing was changed: %2</translation>
        </message>
        <message>
            <source>the database is busy: another MemberDesk window or program is writing to it. Try again in a moment.</source>
            <translation>the database is busy: another MemberDesk window or program is writing to it. Try again in a moment.</translation>
        </message>
        <message>
            <source>the database is read-only (check the file and folder permissions).</source>
            <translation>the database is read-only (check the file and folder permissions).</translation>
        </message>
        <message>
            <source>the disk is full.</source>
            <translation>the disk is full.</translation>
        </message>
        <message>
            <source>the database file is damaged. Restore the latest backup.</source>
            <translation>the database file is damaged. Restore the latest backup.</translation>
        </message>
        <message>
            <source>the file cannot be opened (check that the folder exists and is writable).</source>
            <translation>the file cannot be opened (check that the folder exists and is writable).</translation>
        </message>
    </context>
    <context>
        <name>DatabaseUpgrade</name>
        <message>
            <source>Upgrading the member database for this version of MemberDesk…</source>
            <translation>Upgrading the member database for this version of MemberDesk…</translation>
        </message>
        <message>
            <source>Schema %1 to %2. A large shop's database can take a minute: please wait, and leave the computer on. If it is interrupted, nothing is lost and the upgrade runs again at the next start.</source>
            <translation>Schema %1 to %2. A large shop's database can take a minute: please wait, and leave the computer on. If it is interrupted, nothing is lost and the upgrade runs again at the next start.</translation>
        </message>
    </context>
    <context>
        <name>DateReader</name>
        <message>
            <source>"%1" is not a date (write it as 2024-05-17, 2024/5/17 or 20240517).</source>
            <translation>"%1" is not a date (write it as 2024-05-17, 2024/5/17 or 20240517).</translation>
        </message>
        <message>
            <source>"%1" does not match the date format %2.</source>
            <translation>"%1" does not match the date format %2.</translation>
        </message>
        <message>
            <source>The date %1 is out of range.</source>
            <translation>The date %1 is out of range.</translation>
        </message>
        <message>
            <source>"%1": day and month cannot be told apart.</source>
            <translation>"%1": day and month cannot be told apart.</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Give the file's date format (day/month/year or month/day/year).</source>
            <translation>Give the file's date format (day/month/year or month/day/year).</translation>
        </message>
    </context>
    <context>
        <name>DemoGenerator</name>
        <message>
            <source>The demo needs from 1 to 5,000,000 members.</source>
            <translation>The demo needs from 1 to 5,000,000 members.</translation>
        </message>
        <message>
            <source>The demo covers from 1 to 120 months.</source>
            <translation>The demo covers from 1 to 120 months.</translation>
        </message>
        <message>
            <source>The demo only fills an empty database; this one already has members. Use a new file with --db.</source>
            <translation>The demo only fills an empty database; this one already has members. Use a new file with --db.</translation>
        </message>
        <message>
            <source>Cannot prepare the demo: %1</source>
            <translation>Cannot prepare the demo: %1</translation>
        </message>
        <message>
            <source>Writing the demo failed: %1</source>
            <translation>Writing the demo failed: %1</translation>
        </message>
        <message>
            <source>The demo could not reach exactly %1 purchases.</source>
            <translation>The demo could not reach exactly %1 purchases.</translation>
        </message>
        <message>
            <source>The demo's purchase target must be from 1 to 200,000,000 (0: no target).</source>
            <translation>The demo's purchase target must be from 1 to 200,000,000 (0: no target).</translation>
        </message>
        <message>
            <source>The demo made %1 purchases instead of the %2 planned.</source>
            <translation>The demo made %1 purchases instead of the %2 planned.</translation>
        </message>
        <message numerus="yes">
            <source>The demo's %1 members cannot make %2 purchases over %Ln month(s): from %3 to %4 can be made. Choose another number of purchases, members or months.</source>
            <translation>
                <numerusform>The demo's %1 members cannot make %2 purchases over %Ln month: from %3 to %4 can be made. Choose another number of purchases, members or months.</numerusform>
                <numerusform>The demo's %1 members cannot make %2 purchases over %Ln months: from %3 to %4 can be made. Choose another number of purchases, members or months.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrillDown</name>
        <message>
            <source>A weekday runs from Monday to Sunday and an hour from 0 to 23.</source>
            <translation>A weekday runs from Monday to Sunday and an hour from 0 to 23.</translation>
        </message>
        <message>
            <source>The number of top spenders cannot be negative.</source>
            <translation>The number of top spenders cannot be negative.</translation>
        </message>
        <message>
            <source>Unknown kind of list.</source>
            <translation>Unknown kind of list.</translation>
        </message>
        <message>
            <source>No month was given.</source>
            <translation>No month was given.</translation>
        </message>
        <message>
            <source>A list starts at row 0 and shows zero or more rows.</source>
            <translation>A list starts at row 0 and shows zero or more rows.</translation>
        </message>
        <message>
            <source>Member purchases of %1</source>
            <translation>Member purchases of %1</translation>
        </message>
        <message>
            <source>New members who bought in %1</source>
            <translation>New members who bought in %1</translation>
        </message>
        <message>
            <source>Returning members who bought in %1</source>
            <translation>Returning members who bought in %1</translation>
        </message>
        <message>
            <source>Members at %1 at the end of %2</source>
            <translation>Members at %1 at the end of %2</translation>
        </message>
        <message>
            <source>Purchases at %1 in %2</source>
            <translation>Purchases at %1 in %2</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln biggest spender(s) of %1</source>
            <translation>
                <numerusform>The %Ln biggest spender of %1</numerusform>
                <numerusform>The %Ln biggest spenders of %1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 purchases, %2:00–%3:00, %4</source>
            <comment>weekday, hour range, month</comment>
            <translation>%1 purchases, %2:00–%3:00, %4</translation>
        </message>
        <message>
            <source>Purchase time</source>
            <translation>Purchase time</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>Tier at purchase</translation>
        </message>
        <message>
            <source>Paid (yuan)</source>
            <translation>Paid (yuan)</translation>
        </message>
        <message>
            <source>Purchase number</source>
            <translation>Purchase number</translation>
        </message>
        <message>
            <source>Purchases in the month</source>
            <translation>Purchases in the month</translation>
        </message>
        <message>
            <source>Sales in the month (yuan)</source>
            <translation>Sales in the month (yuan)</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Last purchase in the month</source>
            <translation>Last purchase in the month</translation>
        </message>
    </context>
    <context>
        <name>EventCheckIn</name>
        <message>
            <source>This invitation is for "%1" on %2, not for "%3".</source>
            <translation>This invitation is for "%1" on %2, not for "%3".</translation>
        </message>
        <message>
            <source>This invitation is for another event that no longer exists, not for "%1".</source>
            <translation>This invitation is for another event that no longer exists, not for "%1".</translation>
        </message>
        <message>
            <source>The invitation could not be read.</source>
            <translation>The invitation could not be read.</translation>
        </message>
        <message>
            <source>%1's invitation to "%2" was withdrawn.</source>
            <translation>%1's invitation to "%2" was withdrawn.</translation>
        </message>
        <message>
            <source>This invitation to "%1" was withdrawn.</source>
            <translation>This invitation to "%1" was withdrawn.</translation>
        </message>
        <message>
            <source>Scan a member card or type a phone number.</source>
            <translation>Scan a member card or type a phone number.</translation>
        </message>
        <message>
            <source>No member has the card or phone number "%1".</source>
            <translation>No member has the card or phone number "%1".</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>(anonymised member)</translation>
        </message>
        <message>
            <source>%1 is not invited to "%2".</source>
            <translation>%1 is not invited to "%2".</translation>
        </message>
        <message>
            <source>%1 already checked in at %2.</source>
            <translation>%1 already checked in at %2.</translation>
        </message>
        <message>
            <source>%1 already checked in at %2 (recorded by %3).</source>
            <translation>%1 already checked in at %2 (recorded by %3).</translation>
        </message>
        <message>
            <source>Check-in for "%1" opens at %2.</source>
            <translation>Check-in for "%1" opens at %2.</translation>
        </message>
        <message>
            <source>"%1" ended on %2; check-in is closed.</source>
            <translation>"%1" ended on %2; check-in is closed.</translation>
        </message>
        <message>
            <source>Welcome, %1 (%2)!</source>
            <translation>Welcome, %1 (%2)!</translation>
        </message>
    </context>
    <context>
        <name>EventInvitationDocument</name>
        <message>
            <source>The invitation text of “%1” cannot be used:
%2</source>
            <translation>The invitation text of “%1” cannot be used:
%2</translation>
        </message>
        <message>
            <source>“%1” has no invitations yet: invite guests first.</source>
            <translation>“%1” has no invitations yet: invite guests first.</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has no invitations left to print: its %Ln guest(s) were anonymised.</source>
            <translation>
                <numerusform>“%1” has no invitations left to print: its %Ln guest were anonymised.</numerusform>
                <numerusform>“%1” has no invitations left to print: its %Ln guests were anonymised.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventInvitations</name>
        <message>
            <source>"%1" ended on %2; invitations can no longer be sent.</source>
            <translation>"%1" ended on %2; invitations can no longer be sent.</translation>
        </message>
        <message>
            <source>The number of guests to invite must be at least 1.</source>
            <translation>The number of guests to invite must be at least 1.</translation>
        </message>
        <message>
            <source>The guest list has not been loaded yet.</source>
            <translation>The guest list has not been loaded yet.</translation>
        </message>
        <message>
            <source>Member %1 has no invitation to this event.</source>
            <translation>Member %1 has no invitation to this event.</translation>
        </message>
        <message>
            <source>Member %1 has already checked in; the invitation is kept as the record of attendance.</source>
            <translation>Member %1 has already checked in; the invitation is kept as the record of attendance.</translation>
        </message>
    </context>
    <context>
        <name>EventRoi</name>
        <message>
            <source>There is no comparable group of members who were not invited; the whole revenue of the attendees is counted as gained.</source>
            <translation>There is no comparable group of members who were not invited; the whole revenue of the attendees is counted as gained.</translation>
        </message>
        <message>
            <source>The event cost nothing, so a return on its cost cannot be computed.</source>
            <translation>The event cost nothing, so a return on its cost cannot be computed.</translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) who matched the guest filter but were not invited.</source>
            <translation>
                <numerusform>Compared with %Ln consenting member who matched the guest filter but were not invited.</numerusform>
                <numerusform>Compared with %Ln consenting members who matched the guest filter but were not invited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Compared with %Ln consenting member(s) of the attendees' tiers who were not invited.</source>
            <translation>
                <numerusform>Compared with %Ln consenting member of the attendees' tiers who were not invited.</numerusform>
                <numerusform>Compared with %Ln consenting members of the attendees' tiers who were not invited.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EventService</name>
        <message>
            <source>The saved guest filter could not be read: %1</source>
            <translation>The saved guest filter could not be read: %1</translation>
        </message>
        <message>
            <source>Give the event a title.</source>
            <translation>Give the event a title.</translation>
        </message>
        <message>
            <source>Choose when the event starts.</source>
            <translation>Choose when the event starts.</translation>
        </message>
        <message>
            <source>Choose when the event ends.</source>
            <translation>Choose when the event ends.</translation>
        </message>
        <message>
            <source>The event must end after it starts (it starts %1, ends %2).</source>
            <translation>The event must end after it starts (it starts %1, ends %2).</translation>
        </message>
        <message>
            <source>The cost cannot be negative.</source>
            <translation>The cost cannot be negative.</translation>
        </message>
        <message>
            <source>The cost is implausibly high; enter it in yuan (at most ¥100,000,000).</source>
            <translation>The cost is implausibly high; enter it in yuan (at most ¥100,000,000).</translation>
        </message>
        <message>
            <source>The capacity must be from 1 to %1 guests, or left empty for no limit.</source>
            <translation>The capacity must be from 1 to %1 guests, or left empty for no limit.</translation>
        </message>
        <message>
            <source>There is no event with number %1.</source>
            <translation>There is no event with number %1.</translation>
        </message>
        <message numerus="yes">
            <source>The title is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The title is longer than %Ln character.</numerusform>
                <numerusform>The title is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The place is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The place is longer than %Ln character.</numerusform>
                <numerusform>The place is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The description is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The description is longer than %Ln character.</numerusform>
                <numerusform>The description is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The offer is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The offer is longer than %Ln character.</numerusform>
                <numerusform>The offer is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The invitation text is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The invitation text is longer than %Ln character.</numerusform>
                <numerusform>The invitation text is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s) are already invited; the capacity cannot be lower than that.</source>
            <translation>
                <numerusform>%Ln guest are already invited; the capacity cannot be lower than that.</numerusform>
                <numerusform>%Ln guests are already invited; the capacity cannot be lower than that.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" has %Ln invitation(s); an event with invitations is kept as the record of what it cost and brought. Change its date or title instead.</source>
            <translation>
                <numerusform>"%1" has %Ln invitation; an event with invitations is kept as the record of what it cost and brought. Change its date or title instead.</numerusform>
                <numerusform>"%1" has %Ln invitations; an event with invitations is kept as the record of what it cost and brought. Change its date or title instead.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GammaGamma</name>
        <message>
            <source>The spend model did not converge on this history (the optimiser stopped without a best fit); no values are predicted.</source>
            <translation>The spend model did not converge on this history (the optimiser stopped without a best fit); no values are predicted.</translation>
        </message>
        <message>
            <source>The spend model did not converge on this history; no values are predicted.</source>
            <translation>The spend model did not converge on this history; no values are predicted.</translation>
        </message>
        <message>
            <source>The spend model has no finite mean (q ≤ 1); average spend cannot be predicted.</source>
            <translation>The spend model has no finite mean (q ≤ 1); average spend cannot be predicted.</translation>
        </message>
        <message>
            <source>The discount rate must be zero or more.</source>
            <translation>The discount rate must be zero or more.</translation>
        </message>
        <message>
            <source>The predicted value is out of range.</source>
            <translation>The predicted value is out of range.</translation>
        </message>
        <message numerus="yes">
            <source>Too little history to model spend: %Ln customer(s) have repeat purchases with a value; at least 2 are needed.</source>
            <translation>
                <numerusform>Too little history to model spend: %Ln customer have repeat purchases with a value; at least 2 are needed.</numerusform>
                <numerusform>Too little history to model spend: %Ln customers have repeat purchases with a value; at least 2 are needed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GiftCatalog</name>
        <message>
            <source>Give the gift a name.</source>
            <translation>Give the gift a name.</translation>
        </message>
        <message>
            <source>The points price must be from 1 to %1.</source>
            <translation>The points price must be from 1 to %1.</translation>
        </message>
        <message>
            <source>The stock must be from 0 to %1.</source>
            <translation>The stock must be from 0 to %1.</translation>
        </message>
        <message>
            <source>There is no gift with number %1.</source>
            <translation>There is no gift with number %1.</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be used.</source>
            <translation>This member was anonymised on request; their points cannot be used.</translation>
        </message>
        <message>
            <source>"%1" is no longer offered.</source>
            <translation>"%1" is no longer offered.</translation>
        </message>
        <message>
            <source>"%1" is out of stock.</source>
            <translation>"%1" is out of stock.</translation>
        </message>
        <message numerus="yes">
            <source>The gift's name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The gift's name is longer than %Ln character.</numerusform>
                <numerusform>The gift's name is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>"%1" costs %2 points; %3 has only %Ln point(s) available.</source>
            <translation>
                <numerusform>"%1" costs %2 points; %3 has only %Ln point available.</numerusform>
                <numerusform>"%1" costs %2 points; %3 has only %Ln points available.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Gui</name>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>--now must be a local time like 2026-03-15T10:00:00.</source>
            <translation>--now must be a local time like 2026-03-15T10:00:00.</translation>
        </message>
        <message>
            <source>MemberDesk is already open on this database (%1, process %2 on %3). Use that window, or close it first.</source>
            <translation>MemberDesk is already open on this database (%1, process %2 on %3). Use that window, or close it first.</translation>
        </message>
        <message>
            <source>The member database could not be opened:
%1

%2</source>
            <translation>The member database could not be opened:
%1

%2</translation>
        </message>
    </context>
    <context>
        <name>Honorific</name>
        <message>
            <source>Mr %1</source>
            <extracomment>A man's name with the polite form of address; Chinese puts 先生 after the name: "%1先生".</extracomment>
            <translation>Mr %1</translation>
        </message>
        <message>
            <source>Ms %1</source>
            <extracomment>A woman's name with the polite form of address; Chinese puts 女士 after the name: "%1女士".</extracomment>
            <translation>Ms %1</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewReader</name>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
    </context>
    <context>
        <name>ImportRows</name>
        <message>
            <source>Line %1 (the header): %2</source>
            <translation>Line %1 (the header): %2</translation>
        </message>
        <message>
            <source>The row has %1 column(s) where %2 are expected; check its quotes and delimiters.</source>
            <translation>The row has %1 column(s) where %2 are expected; check its quotes and delimiters.</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The import was cancelled; nothing was written.</source>
            <translation>The import was cancelled; nothing was written.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>The computation was stopped.</source>
            <translation>The computation was stopped.</translation>
        </message>
        <message>
            <source>The prediction horizon must be at least one week.</source>
            <translation>The prediction horizon must be at least one week.</translation>
        </message>
        <message>
            <source>The lifetime-value model gave no usable prediction.</source>
            <translation>The lifetime-value model gave no usable prediction.</translation>
        </message>
    </context>
    <context>
        <name>InsightThresholds</name>
        <message>
            <source>The profit threshold cannot be negative.</source>
            <translation>The profit threshold cannot be negative.</translation>
        </message>
        <message>
            <source>The loyalty threshold must be zero or more.</source>
            <translation>The loyalty threshold must be zero or more.</translation>
        </message>
    </context>
    <context>
        <name>IntegrityChecker</name>
        <message>
            <source>Check could not run: %1</source>
            <translation>Check could not run: %1</translation>
        </message>
        <message>
            <source>… and more of the same.</source>
            <translation>… and more of the same.</translation>
        </message>
        <message>
            <source>Broken reference in table %1 (row %2) to %3.</source>
            <translation>Broken reference in table %1 (row %2) to %3.</translation>
        </message>
        <message>
            <source>Member %1: points balance does not equal the ledger (%2).</source>
            <translation>Member %1: points balance does not equal the ledger (%2).</translation>
        </message>
        <message>
            <source>Ledger entry %1: more points were consumed than it granted (%2).</source>
            <translation>Ledger entry %1: more points were consumed than it granted (%2).</translation>
        </message>
        <message>
            <source>Ledger entry %1: allocated beyond its amount (%2).</source>
            <translation>Ledger entry %1: allocated beyond its amount (%2).</translation>
        </message>
        <message>
            <source>Member %1: cached visits/spend do not match the purchases (%2).</source>
            <translation>Member %1: cached visits/spend do not match the purchases (%2).</translation>
        </message>
        <message>
            <source>Purchase %1 does not add up (%2).</source>
            <translation>Purchase %1 does not add up (%2).</translation>
        </message>
        <message>
            <source>Purchase %1 points at a void (%2) that is not its own.</source>
            <translation>Purchase %1 points at a void (%2) that is not its own.</translation>
        </message>
        <message>
            <source>Void of purchase %1 (%2) is not recorded on the purchase.</source>
            <translation>Void of purchase %1 (%2) is not recorded on the purchase.</translation>
        </message>
        <message>
            <source>Purchase %1: points earned do not match the ledger (%2).</source>
            <translation>Purchase %1: points earned do not match the ledger (%2).</translation>
        </message>
        <message>
            <source>Gift redemption %1 does not match its points entry (%2).</source>
            <translation>Gift redemption %1 does not match its points entry (%2).</translation>
        </message>
        <message>
            <source>Tier %1: the kept member count does not match a recount (%2).</source>
            <translation>Tier %1: the kept member count does not match a recount (%2).</translation>
        </message>
        <message>
            <source>Spend bucket %1 (month, lowest fen): the kept members/spend do not match a recount of the month's member summaries (%2).</source>
            <translation>Spend bucket %1 (month, lowest fen): the kept members/spend do not match a recount of the month's member summaries (%2).</translation>
        </message>
    </context>
    <context>
        <name>InvitationRenderer</name>
        <message>
            <source>INVITATION</source>
            <comment>small heading above the invitation's headline</comment>
            <translation>INVITATION</translation>
        </message>
        <message>
            <source>Scan at the door to check in</source>
            <translation>Scan at the door to check in</translation>
        </message>
        <message>
            <source>%1 member</source>
            <comment>tier line on the invitation, e.g. 金卡会员</comment>
            <translation>%1 member</translation>
        </message>
        <message>
            <source>A4, one per page</source>
            <translation>A4, one per page</translation>
        </message>
        <message>
            <source>A4, four cards per page (with crop marks)</source>
            <translation>A4, four cards per page (with crop marks)</translation>
        </message>
        <message>
            <source>A6 postcard</source>
            <translation>A6 postcard</translation>
        </message>
        <message>
            <source>There are no invitations to print: invite members to the event first.</source>
            <translation>There are no invitations to print: invite members to the event first.</translation>
        </message>
        <message>
            <source>The invitation text cannot be used:
%1</source>
            <translation>The invitation text cannot be used:
%1</translation>
        </message>
        <message>
            <source>The invitation for %1 has no check-in code. Invite the member again.</source>
            <translation>The invitation for %1 has no check-in code. Invite the member again.</translation>
        </message>
        <message>
            <source>The check-in code for %1 cannot be printed: %2</source>
            <translation>The check-in code for %1 cannot be printed: %2</translation>
        </message>
        <message>
            <source>The card number of %1 cannot be printed: %2</source>
            <translation>The card number of %1 cannot be printed: %2</translation>
        </message>
        <message>
            <source>Wang Fang</source>
            <comment>a typical member name shown in the invitation preview (王芳)</comment>
            <translation>Wang Fang</translation>
        </message>
        <message>
            <source>Gold</source>
            <comment>sample tier name in the invitation preview (金卡)</comment>
            <translation>Gold</translation>
        </message>
        <message>
            <source>Cannot write the invitations (is the folder writable and the file not open elsewhere?).</source>
            <translation>Cannot write the invitations (is the folder writable and the file not open elsewhere?).</translation>
        </message>
        <message>
            <source>Cannot add a page to the invitations.</source>
            <translation>Cannot add a page to the invitations.</translation>
        </message>
        <message>
            <source>Printing the invitations was cancelled.</source>
            <translation>Printing the invitations was cancelled.</translation>
        </message>
        <message>
            <source>Cannot finish writing the invitations.</source>
            <translation>Cannot finish writing the invitations.</translation>
        </message>
        <message>
            <source>Choose a file to save the invitations to.</source>
            <translation>Choose a file to save the invitations to.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>The folder %1 does not exist.</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name ending in .pdf.</source>
            <translation>%1 is a folder: give a file name ending in .pdf.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
        <message>
            <source>%1 — invitations</source>
            <translation>%1 — invitations</translation>
        </message>
    </context>
    <context>
        <name>InvitationTemplate</name>
        <message>
            <source>Line %1: “}” closes nothing. Write }} to print a brace.</source>
            <translation>Line %1: “}” closes nothing. Write }} to print a brace.</translation>
        </message>
        <message>
            <source>Line %1: “{” is not closed. Write {{ to print a brace, or finish the placeholder, e.g. {name}.</source>
            <translation>Line %1: “{” is not closed. Write {{ to print a brace, or finish the placeholder, e.g. {name}.</translation>
        </message>
        <message>
            <source>Line %1: “{}” is an empty placeholder. Use one of %2.</source>
            <translation>Line %1: “{}” is an empty placeholder. Use one of %2.</translation>
        </message>
        <message>
            <source>Line %1: unknown placeholder {%2}. Use one of %3.</source>
            <translation>Line %1: unknown placeholder {%2}. Use one of %3.</translation>
        </message>
        <message>
            <source>Member's name</source>
            <translation>Member's name</translation>
        </message>
        <message>
            <source>Member's tier</source>
            <translation>Member's tier</translation>
        </message>
        <message>
            <source>Member's card number</source>
            <translation>Member's card number</translation>
        </message>
        <message>
            <source>Event title</source>
            <translation>Event title</translation>
        </message>
        <message>
            <source>Event date</source>
            <translation>Event date</translation>
        </message>
        <message>
            <source>Event time (start–end)</source>
            <translation>Event time (start–end)</translation>
        </message>
        <message>
            <source>Event place</source>
            <translation>Event place</translation>
        </message>
        <message>
            <source>The offer for guests</source>
            <translation>The offer for guests</translation>
        </message>
        <message>
            <source>Store name</source>
            <translation>Store name</translation>
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
            <translation>You are invited: {event}

Dear {honorific} {name},

Thank you for your loyalty to {store}. As one of our valued {tier} members, you are warmly invited to an event held for our best customers.

&gt; Date: {date}
&gt; Time: {time}
&gt; Place: {place}
&gt; Your offer: {offer}

We look forward to seeing you.</translation>
        </message>
        <message>
            <source>The invitation text is empty. Write it, or restore the default text.</source>
            <translation>The invitation text is empty. Write it, or restore the default text.</translation>
        </message>
        <message>
            <source>Mr</source>
            <comment>honorific for a man (先生)</comment>
            <translation>Mr</translation>
        </message>
        <message>
            <source>Ms</source>
            <comment>honorific for a woman (女士)</comment>
            <translation>Ms</translation>
        </message>
        <message>
            <source>Mx</source>
            <comment>neutral honorific when the member's gender is unknown (贵宾)</comment>
            <translation>Mx</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of dates</comment>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <comment>a range of times on one day</comment>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <comment>a range of times ending on another day</comment>
            <translation>%1 – %2</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more problem(s).</source>
            <translation>
                <numerusform>… and %Ln more problem.</numerusform>
                <numerusform>… and %Ln more problems.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mr / Ms, by gender</source>
            <translation>Mr / Ms, by gender</translation>
        </message>
    </context>
    <context>
        <name>InvitationToken</name>
        <message>
            <source>This is not a MemberDesk invitation code (it may be damaged or misread). Scan it again or look the guest up by card or phone.</source>
            <translation>This is not a MemberDesk invitation code (it may be damaged or misread). Scan it again or look the guest up by card or phone.</translation>
        </message>
        <message>
            <source>This invitation code is not valid: it was not issued by this shop or was altered.</source>
            <translation>This invitation code is not valid: it was not issued by this shop or was altered.</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyRules</name>
        <message>
            <source>Regular</source>
            <translation>Regular</translation>
        </message>
        <message>
            <source>Silver</source>
            <translation>Silver</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <source>Diamond</source>
            <translation>Diamond</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Tier %1</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>lifetime paid spend</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>paid spend in the last 12 months</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>%1 must be a whole number.</translation>
        </message>
        <message>
            <source>Unknown field "%1" in the rules.</source>
            <translation>Unknown field "%1" in the rules.</translation>
        </message>
        <message>
            <source>tiers must be a list.</source>
            <translation>tiers must be a list.</translation>
        </message>
        <message>
            <source>%1 must be an object with name, threshold_fen, discount_bp and points_multiplier_pct.</source>
            <translation>%1 must be an object with name, threshold_fen, discount_bp and points_multiplier_pct.</translation>
        </message>
        <message>
            <source>Unknown field "%1" in %2.</source>
            <translation>Unknown field "%1" in %2.</translation>
        </message>
        <message>
            <source>%1.threshold_fen is missing.</source>
            <translation>%1.threshold_fen is missing.</translation>
        </message>
        <message>
            <source>tier_basis must be "paid_12m" or "paid_lifetime".</source>
            <translation>tier_basis must be "paid_12m" or "paid_lifetime".</translation>
        </message>
        <message>
            <source>earn_basis must be "paid" or "profit".</source>
            <translation>earn_basis must be "paid" or "profit".</translation>
        </message>
        <message>
            <source>expiry.mode must be "end_of_month_after" or "never".</source>
            <translation>expiry.mode must be "end_of_month_after" or "never".</translation>
        </message>
        <message>
            <source>%1 is out of range.</source>
            <translation>%1 is out of range.</translation>
        </message>
        <message>
            <source>tiers: a programme has 2 to 8 tiers (this one has %1).</source>
            <translation>tiers: a programme has 2 to 8 tiers (this one has %1).</translation>
        </message>
        <message>
            <source>%1.name is empty.</source>
            <translation>%1.name is empty.</translation>
        </message>
        <message>
            <source>%1.name is longer than 20 characters.</source>
            <translation>%1.name is longer than 20 characters.</translation>
        </message>
        <message>
            <source>%1.name "%2" is used twice.</source>
            <translation>%1.name "%2" is used twice.</translation>
        </message>
        <message>
            <source>tiers[0].threshold_fen must be 0: every member starts in the first tier.</source>
            <translation>tiers[0].threshold_fen must be 0: every member starts in the first tier.</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be higher than the tier before it.</source>
            <translation>%1.threshold_fen must be higher than the tier before it.</translation>
        </message>
        <message>
            <source>%1.discount_bp must be from 0 to 9999 (under 100 %).</source>
            <translation>%1.discount_bp must be from 0 to 9999 (under 100 %).</translation>
        </message>
        <message>
            <source>%1.points_multiplier_pct must be from 0 to 1000.</source>
            <translation>%1.points_multiplier_pct must be from 0 to 1000.</translation>
        </message>
        <message>
            <source>tier_grace_months must be from 0 to 120.</source>
            <translation>tier_grace_months must be from 0 to 120.</translation>
        </message>
        <message>
            <source>points_per_yuan must be from 0 to 1000.</source>
            <translation>points_per_yuan must be from 0 to 1000.</translation>
        </message>
        <message>
            <source>birthday_multiplier_pct must be from 100 to 1000.</source>
            <translation>birthday_multiplier_pct must be from 100 to 1000.</translation>
        </message>
        <message>
            <source>expiry.months must be from 1 to 120.</source>
            <translation>expiry.months must be from 1 to 120.</translation>
        </message>
        <message>
            <source>redeem_points_per_yuan must be from 0 to 100000.</source>
            <translation>redeem_points_per_yuan must be from 0 to 100000.</translation>
        </message>
        <message>
            <source>redeem_max_percent must be from 0 to 100.</source>
            <translation>redeem_max_percent must be from 0 to 100.</translation>
        </message>
        <message>
            <source>referral_bonus_points must be from 0 to 1000000.</source>
            <translation>referral_bonus_points must be from 0 to 1000000.</translation>
        </message>
        <message>
            <source>default_margin_bp must be from 0 to 10000.</source>
            <translation>default_margin_bp must be from 0 to 10000.</translation>
        </message>
        <message>
            <source>%1.name must be text.</source>
            <translation>%1.name must be text.</translation>
        </message>
        <message>
            <source>%1.threshold_fen must be from 0 to %2.</source>
            <translation>%1.threshold_fen must be from 0 to %2.</translation>
        </message>
        <message>
            <source>expiry must be an object with mode (and months).</source>
            <translation>expiry must be an object with mode (and months).</translation>
        </message>
    </context>
    <context>
        <name>LoyaltyTypes</name>
        <message>
            <source>The loyalty threshold must be a number.</source>
            <translation>The loyalty threshold must be a number.</translation>
        </message>
        <message>
            <source>Friends</source>
            <translation>Friends</translation>
        </message>
        <message>
            <source>Butterflies</source>
            <translation>Butterflies</translation>
        </message>
        <message>
            <source>Barnacles</source>
            <translation>Barnacles</translation>
        </message>
        <message>
            <source>Strangers</source>
            <translation>Strangers</translation>
        </message>
        <message>
            <source>Keep them close: thank them personally, reward their loyalty and invite them to member events.</source>
            <translation>Keep them close: thank them personally, reward their loyalty and invite them to member events.</translation>
        </message>
        <message>
            <source>Enjoy them while they are here: make well-timed offers when they visit, but do not spend much on keeping them.</source>
            <translation>Enjoy them while they are here: make well-timed offers when they visit, but do not spend much on keeping them.</translation>
        </message>
        <message>
            <source>Grow their basket: suggest add-ons and higher-margin goods rather than deeper discounts.</source>
            <translation>Grow their basket: suggest add-ons and higher-margin goods rather than deeper discounts.</translation>
        </message>
        <message>
            <source>Serve them well at the counter but spend no marketing money on them.</source>
            <translation>Serve them well at the counter but spend no marketing money on them.</translation>
        </message>
    </context>
    <context>
        <name>MemberAdvice</name>
        <message>
            <source>Among your best customers lately, but not regular: thank them and make a well-timed offer when they visit; do not spend much on keeping them.</source>
            <translation>Among your best customers lately, but not regular: thank them and make a well-timed offer when they visit; do not spend much on keeping them.</translation>
        </message>
        <message>
            <source>They come often and spend a lot, on thin margins: thank them personally and steer them to higher-margin goods rather than deeper discounts.</source>
            <translation>They come often and spend a lot, on thin margins: thank them personally and steer them to higher-margin goods rather than deeper discounts.</translation>
        </message>
        <message>
            <source>Buying a lot lately, on thin margins and without a habit yet: thank them at the counter, without extra discounts.</source>
            <translation>Buying a lot lately, on thin margins and without a habit yet: thank them at the counter, without extra discounts.</translation>
        </message>
        <message>
            <source>Coming often lately, which is new for them: welcome it with a well-timed offer rather than a lasting discount.</source>
            <translation>Coming often lately, which is new for them: welcome it with a well-timed offer rather than a lasting discount.</translation>
        </message>
        <message>
            <source>They come often but spend little: serve them well and suggest add-ons; spend no marketing money on them.</source>
            <translation>They come often but spend little: serve them well and suggest add-ons; spend no marketing money on them.</translation>
        </message>
        <message>
            <source>Recent, but small and occasional: serve them well at the counter; general promotions only, no offer of their own.</source>
            <translation>Recent, but small and occasional: serve them well at the counter; general promotions only, no offer of their own.</translation>
        </message>
        <message>
            <source>A valued regular who has not come lately: contact them personally; a win-back offer is worth it.</source>
            <translation>A valued regular who has not come lately: contact them personally; a win-back offer is worth it.</translation>
        </message>
        <message>
            <source>A good spender who comes and goes has not come lately: one well-timed offer at most; do not chase them.</source>
            <translation>A good spender who comes and goes has not come lately: one well-timed offer at most; do not chase them.</translation>
        </message>
        <message>
            <source>A loyal small spender who has not come lately: a friendly reminder is enough, not a deep discount.</source>
            <translation>A loyal small spender who has not come lately: a friendly reminder is enough, not a deep discount.</translation>
        </message>
        <message>
            <source>Not seen lately, and never worth much marketing: include them in general promotions only.</source>
            <translation>Not seen lately, and never worth much marketing: include them in general promotions only.</translation>
        </message>
        <message>
            <source>A good customer who has gone quiet: a personal call may bring them back.</source>
            <translation>A good customer who has gone quiet: a personal call may bring them back.</translation>
        </message>
        <message>
            <source>One visit so far: too early to tell whether they come back.</source>
            <translation>One visit so far: too early to tell whether they come back.</translation>
        </message>
    </context>
    <context>
        <name>MemberImporter</name>
        <message>
            <source>The name is empty.</source>
            <translation>The name is empty.</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>The name contains control characters.</translation>
        </message>
        <message>
            <source>The birthday %1 is in the future.</source>
            <translation>The birthday %1 is in the future.</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>The card number %1 has a wrong check digit: it was probably mistyped.</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>The external reference is longer than 64 characters.</translation>
        </message>
        <message>
            <source>The phone, card and external reference belong to different members (%1); fix the row.</source>
            <translation>The phone, card and external reference belong to different members (%1); fix the row.</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request and cannot be updated.</source>
            <translation>Member %1 was anonymised on request and cannot be updated.</translation>
        </message>
        <message>
            <source>Line %1: the member was not updated: %2</source>
            <translation>Line %1: the member was not updated: %2</translation>
        </message>
        <message>
            <source>Line %1: the member was not saved: %2</source>
            <translation>Line %1: the member was not saved: %2</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The name is longer than %Ln character.</numerusform>
                <numerusform>The name is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The note is longer than %Ln character.</numerusform>
                <numerusform>The note is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>Nothing was imported: %Ln row have errors (strict mode).</numerusform>
                <numerusform>Nothing was imported: %Ln rows have errors (strict mode).</numerusform>
            </translation>
        </message>
        <message>
            <source>The member is marked as anonymised in the file; nothing personal is left to import.</source>
            <translation>The member is marked as anonymised in the file; nothing personal is left to import.</translation>
        </message>
        <message>
            <source>The phone %1 is on an earlier row of this file.</source>
            <translation>The phone %1 is on an earlier row of this file.</translation>
        </message>
        <message>
            <source>Member %1 already has the phone %2.</source>
            <translation>Member %1 already has the phone %2.</translation>
        </message>
        <message>
            <source>The card %1 is on an earlier row of this file.</source>
            <translation>The card %1 is on an earlier row of this file.</translation>
        </message>
        <message>
            <source>Member %1 already has the card %2.</source>
            <translation>Member %1 already has the card %2.</translation>
        </message>
        <message>
            <source>The external reference %1 is on an earlier row of this file.</source>
            <translation>The external reference %1 is on an earlier row of this file.</translation>
        </message>
        <message>
            <source>Member %1 already has the external reference %2.</source>
            <translation>Member %1 already has the external reference %2.</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightSource</name>
        <message>
            <source>Segments and loyalty types cannot be computed: %1</source>
            <translation>Segments and loyalty types cannot be computed: %1</translation>
        </message>
        <message>
            <source>there are no purchases yet.</source>
            <translation>there are no purchases yet.</translation>
        </message>
        <message>
            <source>The probability of still being a customer cannot be computed: %1</source>
            <translation>The probability of still being a customer cannot be computed: %1</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightStore</name>
        <message>
            <source>The insight snapshot has no valid date.</source>
            <translation>The insight snapshot has no valid date.</translation>
        </message>
    </context>
    <context>
        <name>MemberInsightText</name>
        <message>
            <source>No insight yet: it is computed once a day and on the Insight page.</source>
            <translation>No insight yet: it is computed once a day and on the Insight page.</translation>
        </message>
        <message>
            <source>No insight: %1</source>
            <translation>No insight: %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>RFM scores (1–5): recency %1, frequency %2, spend %3.</source>
            <translation>RFM scores (1–5): recency %1, frequency %2, spend %3.</translation>
        </message>
        <message>
            <source>%1 % likely to still be a customer</source>
            <translation>%1 % likely to still be a customer</translation>
        </message>
        <message>
            <source>No prediction yet.</source>
            <translation>No prediction yet.</translation>
        </message>
        <message>
            <source>No prediction: %1</source>
            <translation>No prediction: %1</translation>
        </message>
        <message>
            <source>As of %1</source>
            <translation>As of %1</translation>
        </message>
        <message>
            <source>%1 · as of %2</source>
            <translation>%1 · as of %2</translation>
        </message>
        <message>
            <source>The insight could not be read: %1</source>
            <translation>The insight could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>No purchases in the %Ln day(s) up to %1.</source>
            <translation>
                <numerusform>No purchases in the %Ln day up to %1.</numerusform>
                <numerusform>No purchases in the %Ln days up to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 % likely to still be a customer · %2 expected in the next %Ln week(s)</source>
            <translation>
                <numerusform>%1 % likely to still be a customer · %2 expected in the next %Ln week</numerusform>
                <numerusform>%1 % likely to still be a customer · %2 expected in the next %Ln weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Expected visits in the next %Ln week(s): %1.</source>
            <translation>
                <numerusform>Expected visits in the next %Ln week: %1.</numerusform>
                <numerusform>Expected visits in the next %Ln weeks: %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Bought since the analysis of %1; the next analysis includes it.</source>
            <translation>Bought since the analysis of %1; the next analysis includes it.</translation>
        </message>
    </context>
    <context>
        <name>MemberRows</name>
        <message>
            <source>(anonymised)</source>
            <translation>(anonymised)</translation>
        </message>
        <message>
            <source>No file was given to export to.</source>
            <translation>No file was given to export to.</translation>
        </message>
        <message>
            <source>Every exported row needs one value per figure column.</source>
            <translation>Every exported row needs one value per figure column.</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>Cannot write %1: %2</translation>
        </message>
    </context>
    <context>
        <name>MemberService</name>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation>Enter the member's name.</translation>
        </message>
        <message>
            <source>The name contains control characters.</source>
            <translation>The name contains control characters.</translation>
        </message>
        <message>
            <source>The phone number %1 already belongs to %2 (card %3).</source>
            <translation>The phone number %1 already belongs to %2 (card %3).</translation>
        </message>
        <message>
            <source>The card number %1 has a wrong check digit: it was probably mistyped.</source>
            <translation>The card number %1 has a wrong check digit: it was probably mistyped.</translation>
        </message>
        <message>
            <source>The card %1 already belongs to %2.</source>
            <translation>The card %1 already belongs to %2.</translation>
        </message>
        <message>
            <source>The birthday is in the future.</source>
            <translation>The birthday is in the future.</translation>
        </message>
        <message>
            <source>The birthday is before 1900.</source>
            <translation>The birthday is before 1900.</translation>
        </message>
        <message>
            <source>A member cannot refer themselves.</source>
            <translation>A member cannot refer themselves.</translation>
        </message>
        <message>
            <source>There is no member with number %1 to be the referrer.</source>
            <translation>There is no member with number %1 to be the referrer.</translation>
        </message>
        <message>
            <source>%1 was referred (directly or not) by this member: referrals cannot go round in a circle.</source>
            <translation>%1 was referred (directly or not) by this member: referrals cannot go round in a circle.</translation>
        </message>
        <message>
            <source>The external reference is longer than 64 characters.</source>
            <translation>The external reference is longer than 64 characters.</translation>
        </message>
        <message>
            <source>The external reference %1 is already used by member %2.</source>
            <translation>The external reference %1 is already used by member %2.</translation>
        </message>
        <message>
            <source>The member was not saved: %1</source>
            <translation>The member was not saved: %1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>This member was anonymised on request and can no longer be edited.</translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The name is longer than %Ln character.</numerusform>
                <numerusform>The name is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The note is longer than %Ln character.</numerusform>
                <numerusform>The note is longer than %Ln characters.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberTimeline</name>
        <message>
            <source>A timeline page holds 1 to 1000 items.</source>
            <translation>A timeline page holds 1 to 1000 items.</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>Purchase %1 (voided)</source>
            <translation>Purchase %1 (voided)</translation>
        </message>
        <message>
            <source>Purchase %1</source>
            <translation>Purchase %1</translation>
        </message>
        <message>
            <source>Amount %1</source>
            <translation>Amount %1</translation>
        </message>
        <message>
            <source>member discount %1</source>
            <translation>member discount %1</translation>
        </message>
        <message>
            <source>Purchase %1 voided</source>
            <translation>Purchase %1 voided</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Points earned</translation>
        </message>
        <message>
            <source>purchase %1</source>
            <translation>purchase %1</translation>
        </message>
        <message>
            <source>Points used as cash</source>
            <translation>Points used as cash</translation>
        </message>
        <message>
            <source>Points taken back</source>
            <translation>Points taken back</translation>
        </message>
        <message>
            <source>purchase %1 voided</source>
            <translation>purchase %1 voided</translation>
        </message>
        <message>
            <source>Points given back</source>
            <translation>Points given back</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>Points expired</translation>
        </message>
        <message>
            <source>Points adjusted</source>
            <translation>Points adjusted</translation>
        </message>
        <message>
            <source>Referral bonus</source>
            <translation>Referral bonus</translation>
        </message>
        <message>
            <source>a referred member's first purchase</source>
            <translation>a referred member's first purchase</translation>
        </message>
        <message>
            <source>Gift: %1</source>
            <translation>Gift: %1</translation>
        </message>
        <message>
            <source>Points imported</source>
            <translation>Points imported</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>valid until %1</translation>
        </message>
        <message>
            <source>never expire</source>
            <translation>never expire</translation>
        </message>
        <message>
            <source>Tier: %1</source>
            <translation>Tier: %1</translation>
        </message>
        <message>
            <source>Tier: %1 → %2</source>
            <translation>Tier: %1 → %2</translation>
        </message>
        <message>
            <source>Reached with purchase %1</source>
            <translation>Reached with purchase %1</translation>
        </message>
        <message>
            <source>Purchase %1 was voided</source>
            <translation>Purchase %1 was voided</translation>
        </message>
        <message>
            <source>Tier review: lifetime paid spend %1</source>
            <translation>Tier review: lifetime paid spend %1</translation>
        </message>
        <message>
            <source>Tier review: paid spend in the last 12 months %1</source>
            <translation>Tier review: paid spend in the last 12 months %1</translation>
        </message>
        <message>
            <source>The programme no longer has the former tier</source>
            <translation>The programme no longer has the former tier</translation>
        </message>
        <message>
            <source>Follow-up (%1)</source>
            <translation>Follow-up (%1)</translation>
        </message>
        <message>
            <source>next follow-up %1</source>
            <translation>next follow-up %1</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>by %1</translation>
        </message>
        <message>
            <source>%1 (by %2)</source>
            <translation>%1 (by %2)</translation>
        </message>
        <message>
            <source>Complaint %1 opened</source>
            <translation>Complaint %1 opened</translation>
        </message>
        <message>
            <source>Complaint %1 handled</source>
            <translation>Complaint %1 handled</translation>
        </message>
        <message>
            <source>Complaint %1 resolved</source>
            <translation>Complaint %1 resolved</translation>
        </message>
        <message>
            <source>Note changed</source>
            <translation>Note changed</translation>
        </message>
        <message>
            <source>Note changed by %1</source>
            <translation>Note changed by %1</translation>
        </message>
        <message>
            <source>(note cleared)</source>
            <translation>(note cleared)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) used</source>
            <translation>
                <numerusform>%Ln point used</numerusform>
                <numerusform>%Ln points used</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>between the parts of a detail</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>Note written at registration</source>
            <translation>Note written at registration</translation>
        </message>
        <message>
            <source>Note written at registration by %1</source>
            <translation>Note written at registration by %1</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>card %1</source>
            <translation>card %1</translation>
        </message>
        <message>
            <source>referred by a member since anonymised</source>
            <translation>referred by a member since anonymised</translation>
        </message>
        <message>
            <source>referred by %1</source>
            <translation>referred by %1</translation>
        </message>
        <message>
            <source>Added to MemberDesk</source>
            <translation>Added to MemberDesk</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <source>The amount is empty.</source>
            <translation>The amount is empty.</translation>
        </message>
        <message>
            <source>"%1" has more than two decimals.</source>
            <translation>"%1" has more than two decimals.</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan.</source>
            <translation>"%1" is not an amount in yuan.</translation>
        </message>
        <message>
            <source>"%1" is not an amount in yuan: write decimals with a point (12.50); a comma may only separate thousands (1,234.50).</source>
            <translation>"%1" is not an amount in yuan: write decimals with a point (12.50); a comma may only separate thousands (1,234.50).</translation>
        </message>
    </context>
    <context>
        <name>MonthlyFigures</name>
        <message>
            <source>The month must look like 2026-04, not "%1".</source>
            <translation>The month must look like 2026-04, not "%1".</translation>
        </message>
        <message>
            <source>No month was given.</source>
            <translation>No month was given.</translation>
        </message>
    </context>
    <context>
        <name>MonthlyReport</name>
        <message>
            <source>MMMM yyyy</source>
            <comment>the report's month (Qt date format)</comment>
            <translation>MMMM yyyy</translation>
        </message>
        <message>
            <source>By paid spend in the month; tier as of today.</source>
            <translation>By paid spend in the month; tier as of today.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Spend</source>
            <translation>Spend</translation>
        </message>
        <message>
            <source>Nobody bought this month.</source>
            <translation>Nobody bought this month.</translation>
        </message>
        <message>
            <source>New VIPs</source>
            <translation>New VIPs</translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month; the highest %1 are listed.</source>
            <translation>
                <numerusform>%Ln tier upgrade this month; the highest %1 are listed.</numerusform>
                <numerusform>%Ln tier upgrades this month; the highest %1 are listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln tier upgrade(s) this month.</source>
            <translation>
                <numerusform>%Ln tier upgrade this month.</numerusform>
                <numerusform>%Ln tier upgrades this month.</numerusform>
            </translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>No member moved up a tier this month.</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>Members at risk</translation>
        </message>
        <message>
            <source>At least 3 purchases in the 180 days before month end and none in its last 42 days; most valuable first.</source>
            <translation>At least 3 purchases in the 180 days before month end and none in its last 42 days; most valuable first.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) at risk; the %1 most valuable are listed.</source>
            <translation>
                <numerusform>%Ln member at risk; the %1 most valuable are listed.</numerusform>
                <numerusform>%Ln members at risk; the %1 most valuable are listed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Purchases (180 d)</source>
            <translation>Purchases (180 d)</translation>
        </message>
        <message>
            <source>Spend (180 d)</source>
            <translation>Spend (180 d)</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Last purchase</translation>
        </message>
        <message>
            <source>No member matches: nobody seems to be drifting away.</source>
            <translation>No member matches: nobody seems to be drifting away.</translation>
        </message>
        <message>
            <source>%1 — monthly review %2</source>
            <translation>%1 — monthly review %2</translation>
        </message>
        <message>
            <source>Cannot write the report (is the folder writable and the file not open elsewhere?).</source>
            <translation>Cannot write the report (is the folder writable and the file not open elsewhere?).</translation>
        </message>
        <message>
            <source>Cannot add a page to the report.</source>
            <translation>Cannot add a page to the report.</translation>
        </message>
        <message>
            <source>Cannot finish writing the report.</source>
            <translation>Cannot finish writing the report.</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Sales and members over 13 months</source>
            <translation>Sales and members over 13 months</translation>
        </message>
        <message>
            <source>Who buys, and when</source>
            <translation>Who buys, and when</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <source>%1 · Monthly review · %2</source>
            <translation>%1 · Monthly review · %2</translation>
        </message>
        <message>
            <source>Generated %1</source>
            <translation>Generated %1</translation>
        </message>
        <message>
            <source>Monthly review</source>
            <translation>Monthly review</translation>
        </message>
        <message>
            <source>Member sales, visits, points and the members to look after, compared with the previous month and the same month last year.</source>
            <translation>Member sales, visits, points and the members to look after, compared with the previous month and the same month last year.</translation>
        </message>
        <message>
            <source>No data for this month</source>
            <translation>No data for this month</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1. The next page shows the months around it for comparison.</source>
            <translation>No member purchase, registration or points movement was recorded in %1. The next page shows the months around it for comparison.</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>Member sales</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>Active members</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>New members</translation>
        </message>
        <message>
            <source>vs previous month</source>
            <translation>vs previous month</translation>
        </message>
        <message>
            <source>In this report</source>
            <translation>In this report</translation>
        </message>
        <message>
            <source>Key figures with comparisons</source>
            <translation>Key figures with comparisons</translation>
        </message>
        <message>
            <source>Tiers, spend concentration and busy hours</source>
            <translation>Tiers, spend concentration and busy hours</translation>
        </message>
        <message>
            <source>Top members, new VIPs and members at risk</source>
            <translation>Top members, new VIPs and members at risk</translation>
        </message>
        <message>
            <source>Generated %1 by MemberDesk. Amounts are what members paid (after discounts and points), voided purchases excluded.</source>
            <translation>Generated %1 by MemberDesk. Amounts are what members paid (after discounts and points), voided purchases excluded.</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Average ticket</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>Repeat-purchase rate</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>Points issued</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>Points redeemed</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>Points expired</translation>
        </message>
        <message>
            <source>Points outstanding</source>
            <translation>Points outstanding</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>Points liability</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>vs previous</source>
            <translation>vs previous</translation>
        </message>
        <message>
            <source>vs last year</source>
            <translation>vs last year</translation>
        </message>
        <message>
            <source>%1 pp</source>
            <comment>percentage points</comment>
            <translation>%1 pp</translation>
        </message>
        <message>
            <source>Member sales: what members paid (after discounts and points used as cash) in the calendar month of the shop's local time; voided purchases are left out entirely.</source>
            <translation>Member sales: what members paid (after discounts and points used as cash) in the calendar month of the shop's local time; voided purchases are left out entirely.</translation>
        </message>
        <message>
            <source>Active members bought at least once in the month. Repeat-purchase rate: the share of active members who bought at least twice within the month.</source>
            <translation>Active members bought at least once in the month. Repeat-purchase rate: the share of active members who bought at least twice within the month.</translation>
        </message>
        <message>
            <source>Points: movements of the points ledger dated in the month. Issued: earned, referral and import credits and positive adjustments, less earned points taken back by voids. Redeemed: points used as cash or for gifts, less points given back by voids.</source>
            <translation>Points: movements of the points ledger dated in the month. Issued: earned, referral and import credits and positive adjustments, less earned points taken back by voids. Redeemed: points used as cash or for gifts, less points given back by voids.</translation>
        </message>
        <message>
            <source>Points liability: points outstanding after the last day of the month valued at the current redemption rate (%1 points = %2).</source>
            <translation>Points liability: points outstanding after the last day of the month valued at the current redemption rate (%1 points = %2).</translation>
        </message>
        <message>
            <source>— : no data in that month, or no base to compare with.</source>
            <translation>— : no data in that month, or no base to compare with.</translation>
        </message>
        <message>
            <source>No member purchase, registration or points movement was recorded in %1.</source>
            <translation>No member purchase, registration or points movement was recorded in %1.</translation>
        </message>
        <message>
            <source>Member sales and purchases</source>
            <translation>Member sales and purchases</translation>
        </message>
        <message>
            <source>The 13 months up to %1; the month of the report is the dark bar.</source>
            <translation>The 13 months up to %1; the month of the report is the dark bar.</translation>
        </message>
        <message>
            <source>New and returning members</source>
            <translation>New and returning members</translation>
        </message>
        <message>
            <source>Members who bought in each month: joined that month, or earlier.</source>
            <translation>Members who bought in each month: joined that month, or earlier.</translation>
        </message>
        <message>
            <source>Members by tier</source>
            <translation>Members by tier</translation>
        </message>
        <message>
            <source>At month end.</source>
            <translation>At month end.</translation>
        </message>
        <message>
            <source>Sales by tier</source>
            <translation>Sales by tier</translation>
        </message>
        <message>
            <source>Spend concentration</source>
            <translation>Spend concentration</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) bought this month; the curve adds up their spend, biggest spenders first.</source>
            <translation>
                <numerusform>%Ln member bought this month; the curve adds up their spend, biggest spenders first.</numerusform>
                <numerusform>%Ln members bought this month; the curve adds up their spend, biggest spenders first.</numerusform>
            </translation>
        </message>
        <message>
            <source>When do members come?</source>
            <translation>When do members come?</translation>
        </message>
        <message>
            <source>Purchases by weekday and hour of the day.</source>
            <translation>Purchases by weekday and hour of the day.</translation>
        </message>
        <message>
            <source>%1 (continued)</source>
            <translation>%1 (continued)</translation>
        </message>
        <message>
            <source>Customer segments</source>
            <translation>Customer segments</translation>
        </message>
        <message>
            <source>Customer segments: RFM and the four loyalty types</source>
            <translation>Customer segments: RFM and the four loyalty types</translation>
        </message>
        <message>
            <source>Tier held at the time of purchase; the legend gives each tier's share of %1.</source>
            <translation>Tier held at the time of purchase; the legend gives each tier's share of %1.</translation>
        </message>
        <message>
            <source>%1 members (%2 %) · paid %3</source>
            <translation>%1 members (%2 %) · paid %3</translation>
        </message>
        <message>
            <source>%1 members (%2 %)</source>
            <translation>%1 members (%2 %)</translation>
        </message>
        <message>
            <source>MMMM d, yyyy</source>
            <comment>date of the insight snapshot (Qt format)</comment>
            <translation>MMMM d, yyyy</translation>
        </message>
        <message>
            <source>RFM segments</source>
            <translation>RFM segments</translation>
        </message>
        <message numerus="yes">
            <source>Insight snapshot as of %1: members who bought in the %Ln day(s) before, and what they paid.</source>
            <translation>
                <numerusform>Insight snapshot as of %1: members who bought in the %Ln day before, and what they paid.</numerusform>
                <numerusform>Insight snapshot as of %1: members who bought in the %Ln days before, and what they paid.</numerusform>
            </translation>
        </message>
        <message>
            <source>Four loyalty types</source>
            <translation>Four loyalty types</translation>
        </message>
        <message>
            <source>Profit against loyalty in the same window: friends, butterflies, barnacles and strangers.</source>
            <translation>Profit against loyalty in the same window: friends, butterflies, barnacles and strangers.</translation>
        </message>
        <message numerus="yes">
            <source>Top %Ln member(s) of the month</source>
            <translation>
                <numerusform>Top %Ln member of the month</numerusform>
                <numerusform>Top %Ln members of the month</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Only the owner may do this. Ask the owner to sign in.</source>
            <translation>Only the owner may do this. Ask the owner to sign in.</translation>
        </message>
    </context>
    <context>
        <name>PhoneNumber</name>
        <message>
            <source>The phone number is empty.</source>
            <translation>The phone number is empty.</translation>
        </message>
        <message>
            <source>"%1" contains characters that are not part of a phone number.</source>
            <translation>"%1" contains characters that are not part of a phone number.</translation>
        </message>
        <message>
            <source>"%1" is not a valid mobile number.</source>
            <translation>"%1" is not a valid mobile number.</translation>
        </message>
        <message>
            <source>"%1" is not a valid phone number: a mobile has 11 digits, a landline needs its area code.</source>
            <translation>"%1" is not a valid phone number: a mobile has 11 digits, a landline needs its area code.</translation>
        </message>
    </context>
    <context>
        <name>PointsAdjustment</name>
        <message>
            <source>Give a reason for the adjustment; it is shown in the member's history.</source>
            <translation>Give a reason for the adjustment; it is shown in the member's history.</translation>
        </message>
        <message>
            <source>An adjustment of 0 points changes nothing.</source>
            <translation>An adjustment of 0 points changes nothing.</translation>
        </message>
        <message>
            <source>An adjustment is at most %1 points either way.</source>
            <translation>An adjustment is at most %1 points either way.</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>This member was anonymised on request; their points cannot be changed.</source>
            <translation>This member was anonymised on request; their points cannot be changed.</translation>
        </message>
        <message numerus="yes">
            <source>The reason is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The reason is longer than %Ln character.</numerusform>
                <numerusform>The reason is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cannot take %1 points: %2 has only %Ln point(s) available, and an adjustment cannot take more than that.</source>
            <translation>
                <numerusform>Cannot take %1 points: %2 has only %Ln point available, and an adjustment cannot take more than that.</numerusform>
                <numerusform>Cannot take %1 points: %2 has only %Ln points available, and an adjustment cannot take more than that.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PointsLedger</name>
        <message>
            <source>A points credit must be positive.</source>
            <translation>A points credit must be positive.</translation>
        </message>
        <message>
            <source>A points debit must be positive.</source>
            <translation>A points debit must be positive.</translation>
        </message>
    </context>
    <context>
        <name>PrivacyService</name>
        <message>
            <source>Anonymised member %1</source>
            <translation>Anonymised member %1</translation>
        </message>
        <message>
            <source>There is no member with number %1.</source>
            <translation>There is no member with number %1.</translation>
        </message>
        <message>
            <source>Member %1 was already anonymised.</source>
            <translation>Member %1 was already anonymised.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseHistory</name>
        <message>
            <source>The database is not open.</source>
            <translation>The database is not open.</translation>
        </message>
        <message>
            <source>Some purchases have an unreadable time; run the integrity check.</source>
            <translation>Some purchases have an unreadable time; run the integrity check.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseImporter</name>
        <message>
            <source>The date is empty.</source>
            <translation>The date is empty.</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>The date %1 is in the future.</translation>
        </message>
        <message>
            <source>The amount is empty.</source>
            <translation>The amount is empty.</translation>
        </message>
        <message>
            <source>The amount %1 is negative; refunds are recorded as voids.</source>
            <translation>The amount %1 is negative; refunds are recorded as voids.</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase.</source>
            <translation>The amount %1 is above the limit of %2 for one purchase.</translation>
        </message>
        <message>
            <source>The gross profit %1 is larger than the amount.</source>
            <translation>The gross profit %1 is larger than the amount.</translation>
        </message>
        <message>
            <source>The member reference is empty.</source>
            <translation>The member reference is empty.</translation>
        </message>
        <message>
            <source>The member reference is longer than 64 characters.</source>
            <translation>The member reference is longer than 64 characters.</translation>
        </message>
        <message>
            <source>Customer %1</source>
            <translation>Customer %1</translation>
        </message>
        <message>
            <source>Line %1: the member %2 could not be created: %3</source>
            <translation>Line %1: the member %2 could not be created: %3</translation>
        </message>
        <message>
            <source>Member %1 was anonymised on request; their purchases cannot be imported.</source>
            <translation>Member %1 was anonymised on request; their purchases cannot be imported.</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>No member matches "%1" (member number, card, phone or external reference).</source>
            <translation>No member matches "%1" (member number, card, phone or external reference).</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>a problem, then what to do about it</comment>
            <translation>%1 %2</translation>
        </message>
        <message numerus="yes">
            <source>The note is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The note is longer than %Ln character.</numerusform>
                <numerusform>The note is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %Ln row(s) have errors (strict mode).</source>
            <translation>
                <numerusform>Nothing was imported: %Ln row have errors (strict mode).</numerusform>
                <numerusform>Nothing was imported: %Ln rows have errors (strict mode).</numerusform>
            </translation>
        </message>
        <message>
            <source>Already recorded: %1, %2 for card %3.</source>
            <translation>Already recorded: %1, %2 for card %3.</translation>
        </message>
        <message>
            <source>The sale is marked as voided in the file; it is not imported.</source>
            <translation>The sale is marked as voided in the file; it is not imported.</translation>
        </message>
    </context>
    <context>
        <name>PurchaseService</name>
        <message>
            <source>This member was anonymised on request; record the sale without a member.</source>
            <translation>This member was anonymised on request; record the sale without a member.</translation>
        </message>
        <message>
            <source>The amount must be more than zero.</source>
            <translation>The amount must be more than zero.</translation>
        </message>
        <message>
            <source>The amount %1 is above the limit of %2 for one purchase. Check for a typing mistake.</source>
            <translation>The amount %1 is above the limit of %2 for one purchase. Check for a typing mistake.</translation>
        </message>
        <message>
            <source>The gross profit cannot be larger than the amount.</source>
            <translation>The gross profit cannot be larger than the amount.</translation>
        </message>
        <message>
            <source>Points to redeem cannot be negative.</source>
            <translation>Points to redeem cannot be negative.</translation>
        </message>
        <message>
            <source>Points cannot be used as cash in this programme.</source>
            <translation>Points cannot be used as cash in this programme.</translation>
        </message>
        <message>
            <source>Give a reason for voiding the purchase.</source>
            <translation>Give a reason for voiding the purchase.</translation>
        </message>
        <message>
            <source>There is no purchase with number %1.</source>
            <translation>There is no purchase with number %1.</translation>
        </message>
        <message>
            <source>Purchase %1 was already voided on %2 (%3).</source>
            <translation>Purchase %1 was already voided on %2 (%3).</translation>
        </message>
        <message numerus="yes">
            <source>The member has only %Ln point(s) available.</source>
            <translation>
                <numerusform>The member has only %Ln point available.</numerusform>
                <numerusform>The member has only %Ln points available.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %Ln point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>At most %Ln point can be used on this purchase (%1 % of the amount).</numerusform>
                <numerusform>At most %Ln points can be used on this purchase (%1 % of the amount).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s) are worth less than ¥0.01 at %1 points per yuan; use more or none.</source>
            <translation>
                <numerusform>%Ln point are worth less than ¥0.01 at %1 points per yuan; use more or none.</numerusform>
                <numerusform>%Ln points are worth less than ¥0.01 at %1 points per yuan; use more or none.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message>
            <source>Click a member to open them at the counter</source>
            <translation>Click a member to open them at the counter</translation>
        </message>
    </context>
    <context>
        <name>ReportCharts</name>
        <message>
            <source>MM/yy</source>
            <comment>short month label on chart axes (Qt date format)</comment>
            <translation>MM/yy</translation>
        </message>
        <message>
            <source>No data in this period</source>
            <translation>No data in this period</translation>
        </message>
        <message>
            <source>Member sales (left axis)</source>
            <translation>Member sales (left axis)</translation>
        </message>
        <message>
            <source>Purchases (right axis)</source>
            <translation>Purchases (right axis)</translation>
        </message>
        <message>
            <source>Returning members</source>
            <translation>Returning members</translation>
        </message>
        <message>
            <source>New members (joined that month)</source>
            <translation>New members (joined that month)</translation>
        </message>
        <message>
            <source>members</source>
            <translation>members</translation>
        </message>
        <message>
            <source>%1: %2 (%3 %)</source>
            <translation>%1: %2 (%3 %)</translation>
        </message>
        <message>
            <source>share of members, biggest spenders first</source>
            <translation>share of members, biggest spenders first</translation>
        </message>
        <message>
            <source>Top 20 %: %1 % of sales</source>
            <translation>Top 20 %: %1 % of sales</translation>
        </message>
        <message>
            <source>%1h</source>
            <translation>%1h</translation>
        </message>
        <message>
            <source>purchases per hour slot in the month, darkest = %1</source>
            <translation>purchases per hour slot in the month, darkest = %1</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Tier %1</translation>
        </message>
        <message>
            <source>%1 %2 %</source>
            <comment>tier name and its share of the month's sales</comment>
            <translation>%1 %2 %</translation>
        </message>
    </context>
    <context>
        <name>Rfm</name>
        <message>
            <source>Champions</source>
            <translation>Champions</translation>
        </message>
        <message>
            <source>Loyal</source>
            <translation>Loyal</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Potential</source>
            <translation>Potential</translation>
        </message>
        <message>
            <source>At risk</source>
            <translation>At risk</translation>
        </message>
        <message>
            <source>Hibernating</source>
            <translation>Hibernating</translation>
        </message>
        <message>
            <source>Your best customers: thank them personally and give them early access to new goods.</source>
            <translation>Your best customers: thank them personally and give them early access to new goods.</translation>
        </message>
        <message>
            <source>Regulars: reward their loyalty and suggest the next tier or a bigger basket.</source>
            <translation>Regulars: reward their loyalty and suggest the next tier or a bigger basket.</translation>
        </message>
        <message>
            <source>First visit recently: welcome them and give a reason to come back within a month.</source>
            <translation>First visit recently: welcome them and give a reason to come back within a month.</translation>
        </message>
        <message>
            <source>Recent but occasional: a timely offer can turn them into regulars.</source>
            <translation>Recent but occasional: a timely offer can turn them into regulars.</translation>
        </message>
        <message>
            <source>Good customers who have not come lately: contact them with a personal win-back offer.</source>
            <translation>Good customers who have not come lately: contact them with a personal win-back offer.</translation>
        </message>
        <message>
            <source>Long gone and small: include them in general promotions only.</source>
            <translation>Long gone and small: include them in general promotions only.</translation>
        </message>
    </context>
    <context>
        <name>RulesService</name>
        <message>
            <source>The rules file is not a JSON object: %1 (at character %2).</source>
            <translation>The rules file is not a JSON object: %1 (at character %2).</translation>
        </message>
    </context>
    <context>
        <name>StartupCheck</name>
        <message>
            <source>%1 is a folder, not a database file.</source>
            <translation>%1 is a folder, not a database file.</translation>
        </message>
        <message>
            <source>The database cannot be checked: %1</source>
            <translation>The database cannot be checked: %1</translation>
        </message>
        <message>
            <source>The database %1 is damaged and was not opened, so nothing more can be lost (%2).</source>
            <translation>The database %1 is damaged and was not opened, so nothing more can be lost (%2).</translation>
        </message>
        <message>
            <source>No good backup was found in %1. Keep the file and ask for help to rescue it.</source>
            <translation>No good backup was found in %1. Keep the file and ask for help to rescue it.</translation>
        </message>
        <message>
            <source>The latest good backup is %1 from %2. Restore it? Purchases after that day must be entered again.</source>
            <translation>The latest good backup is %1 from %2. Restore it? Purchases after that day must be entered again.</translation>
        </message>
    </context>
    <context>
        <name>StartupRecovery</name>
        <message>
            <source>The backup of %1 is restored. The damaged database is kept as:
%2</source>
            <translation>The backup of %1 is restored. The damaged database is kept as:
%2</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>Restore the backup of %1</source>
            <translation>Restore the backup of %1</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Checking the member database…</source>
            <translation>Checking the member database…</translation>
        </message>
        <message>
            <source>The last backup found damage, so every page of the database is read before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>The last backup found damage, so every page of the database is read before anything else is written. A large shop's database can take a few minutes.</translation>
        </message>
        <message>
            <source>No automatic backup from the last %1 days was found (is the backup folder still there?), so every page of the database is read now, before anything else is written. A large shop's database can take a few minutes.</source>
            <translation>No automatic backup from the last %1 days was found (is the backup folder still there?), so every page of the database is read now, before anything else is written. A large shop's database can take a few minutes.</translation>
        </message>
    </context>
    <context>
        <name>StoreBranding</name>
        <message>
            <source>The store logo saved in the settings cannot be read. Choose the logo image again.</source>
            <translation>The store logo saved in the settings cannot be read. Choose the logo image again.</translation>
        </message>
        <message>
            <source>The logo file %1 does not exist.</source>
            <translation>The logo file %1 does not exist.</translation>
        </message>
        <message>
            <source>The logo file %1 cannot be read as an image (%2). Use a PNG or JPEG file.</source>
            <translation>The logo file %1 cannot be read as an image (%2). Use a PNG or JPEG file.</translation>
        </message>
        <message>
            <source>The logo %1 is only %2×%3 pixels: it would print blurred. Use an image of at least 300 pixels.</source>
            <translation>The logo %1 is only %2×%3 pixels: it would print blurred. Use an image of at least 300 pixels.</translation>
        </message>
        <message>
            <source>The logo could not be converted to PNG.</source>
            <translation>The logo could not be converted to PNG.</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Cannot start writing: %1</source>
            <translation>Cannot start writing: %1</translation>
        </message>
        <message>
            <source>Saving failed; nothing was changed: %1</source>
            <translation>Saving failed; nothing was changed: %1</translation>
        </message>
    </context>
    <context>
        <name>UserService</name>
        <message>
            <source>The password must not begin or end with a space.</source>
            <translation>The password must not begin or end with a space.</translation>
        </message>
        <message>
            <source>A PIN is 4 to 6 digits.</source>
            <translation>A PIN is 4 to 6 digits.</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Enter a name for the account.</translation>
        </message>
        <message>
            <source>There is already an account named %1.</source>
            <translation>There is already an account named %1.</translation>
        </message>
        <message>
            <source>The owner account already exists. The owner adds further accounts after signing in.</source>
            <translation>The owner account already exists. The owner adds further accounts after signing in.</translation>
        </message>
        <message>
            <source>There is no account with number %1.</source>
            <translation>There is no account with number %1.</translation>
        </message>
        <message>
            <source>Sign in first to change your password or PIN.</source>
            <translation>Sign in first to change your password or PIN.</translation>
        </message>
        <message>
            <source>You cannot disable the account you are signed in with.</source>
            <translation>You cannot disable the account you are signed in with.</translation>
        </message>
        <message>
            <source>This is the only owner account: it cannot be disabled.</source>
            <translation>This is the only owner account: it cannot be disabled.</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>There is no account named %1.</translation>
        </message>
        <message>
            <source>The account %1 is disabled. Ask the owner.</source>
            <translation>The account %1 is disabled. Ask the owner.</translation>
        </message>
        <message>
            <source>Signing in failed: %1</source>
            <translation>Signing in failed: %1</translation>
        </message>
        <message numerus="yes">
            <source>The password needs at least %Ln character(s).</source>
            <translation>
                <numerusform>The password needs at least %Ln character.</numerusform>
                <numerusform>The password needs at least %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The name is longer than %Ln character(s).</source>
            <translation>
                <numerusform>The name is longer than %Ln character.</numerusform>
                <numerusform>The name is longer than %Ln characters.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong attempts. Try again in %Ln second(s).</source>
            <translation>
                <numerusform>Too many wrong attempts. Try again in %Ln second.</numerusform>
                <numerusform>Too many wrong attempts. Try again in %Ln seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>Wrong password. The account is locked for %Ln second.</numerusform>
                <numerusform>Wrong password. The account is locked for %Ln seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. The account is locked for %Ln second(s).</source>
            <translation>
                <numerusform>Wrong PIN. The account is locked for %Ln second.</numerusform>
                <numerusform>Wrong PIN. The account is locked for %Ln seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong password. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>Wrong password. %Ln attempt left before the account locks.</numerusform>
                <numerusform>Wrong password. %Ln attempts left before the account locks.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrong PIN. %Ln attempt(s) left before the account locks.</source>
            <translation>
                <numerusform>Wrong PIN. %Ln attempt left before the account locks.</numerusform>
                <numerusform>Wrong PIN. %Ln attempts left before the account locks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WinBack</name>
        <message>
            <source>The probability threshold must be above 0 and at most 1.</source>
            <translation>The probability threshold must be above 0 and at most 1.</translation>
        </message>
        <message>
            <source>There are no customers with purchases yet.</source>
            <translation>There are no customers with purchases yet.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddToEventDialog</name>
        <message>
            <source>Add to an event</source>
            <translation>Add to an event</translation>
        </message>
        <message>
            <source>&amp;Event:</source>
            <translation>&amp;Event:</translation>
        </message>
        <message>
            <source>They are added to the event's guests by hand; its other criteria stay as they are. Members who have not agreed to marketing are not invited: the Guests tab lists them as excluded, with the reason.</source>
            <translation>They are added to the event's guests by hand; its other criteria stay as they are. Members who have not agreed to marketing are not invited: the Guests tab lists them as excluded, with the reason.</translation>
        </message>
        <message>
            <source>&amp;Plan the event…</source>
            <translation>&amp;Plan the event…</translation>
        </message>
        <message>
            <source>&amp;Add to event</source>
            <translation>&amp;Add to event</translation>
        </message>
        <message>
            <source>The list “%1” has no members to add.</source>
            <translation>The list “%1” has no members to add.</translation>
        </message>
        <message>
            <source>New event…</source>
            <translation>New event…</translation>
        </message>
        <message>
            <source>Choose an event, or “New event…”.</source>
            <translation>Choose an event, or “New event…”.</translation>
        </message>
        <message>
            <source>The guest list saved with “%1” cannot be read (%2). Open the event's Guests tab and save its guests again before adding more.</source>
            <translation>The guest list saved with “%1” cannot be read (%2). Open the event's Guests tab and save its guests again before adding more.</translation>
        </message>
        <message>
            <source>“%1” is over. Choose an upcoming event.</source>
            <translation>“%1” is over. Choose an upcoming event.</translation>
        </message>
        <message numerus="yes">
            <source>Add %Ln member(s) from “%1” to an event</source>
            <translation>
                <numerusform>Add %Ln member from “%1” to an event</numerusform>
                <numerusform>Add %Ln members from “%1” to an event</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already invited</source>
            <translation>
                <numerusform>%Ln already invited</numerusform>
                <numerusform>%Ln already invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>New VIP event for %Ln member(s) from “%1”</source>
            <translation>
                <numerusform>New VIP event for %Ln member from “%1”</numerusform>
                <numerusform>New VIP event for %Ln members from “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln member(s) from “%1” were already on the guest list of “%2”.</source>
            <translation>
                <numerusform>All %Ln member from “%1” were already on the guest list of “%2”.</numerusform>
                <numerusform>All %Ln members from “%1” were already on the guest list of “%2”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) from “%1” added to the guests of “%2”.</source>
            <translation>
                <numerusform>%Ln member from “%1” added to the guests of “%2”.</numerusform>
                <numerusform>%Ln members from “%1” added to the guests of “%2”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) were already on the guest list.</source>
            <translation>
                <numerusform>%Ln member were already on the guest list.</numerusform>
                <numerusform>%Ln members were already on the guest list.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) removed by hand earlier are back on the list.</source>
            <translation>
                <numerusform>%Ln member removed by hand earlier are back on the list.</numerusform>
                <numerusform>%Ln members removed by hand earlier are back on the list.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AddUserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Add an account</translation>
        </message>
        <message>
            <source>Clerk (signs in with a PIN)</source>
            <translation>Clerk (signs in with a PIN)</translation>
        </message>
        <message>
            <source>Owner (signs in with a password; may do everything)</source>
            <translation>Owner (signs in with a password; may do everything)</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>R&amp;epeat:</source>
            <translation>R&amp;epeat:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 to 6 digits</translation>
        </message>
        <message>
            <source>Enter a name for the account.</source>
            <translation>Enter a name for the account.</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>The two passwords differ. Type the password again.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the PIN again.</source>
            <translation>The two PINs differ. Type the PIN again.</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>at least %Ln character</numerusform>
                <numerusform>at least %Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AdjustPointsDialog</name>
        <message>
            <source>Adjust points</source>
            <translation>Adjust points</translation>
        </message>
        <message>
            <source>Balance now: %1 points. A positive number adds points, a negative one takes them away. The reason is shown in the member's history.</source>
            <translation>Balance now: %1 points. A positive number adds points, a negative one takes them away. The reason is shown in the member's history.</translation>
        </message>
        <message>
            <source>Required, e.g. goodwill for a late delivery</source>
            <translation>Required, e.g. goodwill for a late delivery</translation>
        </message>
        <message>
            <source>&amp;Points</source>
            <translation>&amp;Points</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AnonymizeDialog</name>
        <message>
            <source>Anonymise a member</source>
            <translation>Anonymise a member</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anonymise %1 at their request?&lt;/b&gt;&lt;br&gt;&lt;br&gt;Removed for good: the name, phone, birthday, gender, note and old-system number, the marketing consent, and what follow-ups and complaints say about them.&lt;br&gt;Kept: the card number, purchases, points and tier, so the shop's totals do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; No purchase, points or contact can be recorded for the member afterwards.</source>
            <translation>&lt;b&gt;Anonymise %1 at their request?&lt;/b&gt;&lt;br&gt;&lt;br&gt;Removed for good: the name, phone, birthday, gender, note and old-system number, the marketing consent, and what follow-ups and complaints say about them.&lt;br&gt;Kept: the card number, purchases, points and tier, so the shop's totals do not change.&lt;br&gt;&lt;br&gt;&lt;b&gt;This cannot be undone.&lt;/b&gt; No purchase, points or contact can be recorded for the member afterwards.</translation>
        </message>
        <message>
            <source>e.g. asked at the counter on 20 November</source>
            <translation>e.g. asked at the counter on 20 November</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log)</source>
            <translation>&amp;Reason (kept in the audit log)</translation>
        </message>
        <message>
            <source>&amp;Anonymise</source>
            <translation>&amp;Anonymise</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AudienceBuilderWidget</name>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Loyalty type (last 12 months)</source>
            <translation>Loyalty type (last 12 months)</translation>
        </message>
        <message>
            <source>RFM segment (last 12 months)</source>
            <translation>RFM segment (last 12 months)</translation>
        </message>
        <message>
            <source>Spent at &amp;least</source>
            <translation>Spent at &amp;least</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>in </source>
            <translation>in </translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Still a customer, &amp;probability at least</source>
            <translation>Still a customer, &amp;probability at least</translation>
        </message>
        <message>
            <source>The purchase model's estimate that the member still shops here (P(alive)).</source>
            <translation>The purchase model's estimate that the member still shops here (P(alive)).</translation>
        </message>
        <message>
            <source>&amp;Birthday in</source>
            <translation>&amp;Birthday in</translation>
        </message>
        <message>
            <source>any month</source>
            <translation>any month</translation>
        </message>
        <message>
            <source>Last visit &amp;after</source>
            <translation>Last visit &amp;after</translation>
        </message>
        <message>
            <source>Last visit be&amp;fore</source>
            <translation>Last visit be&amp;fore</translation>
        </message>
        <message>
            <source>Brought in at least</source>
            <translation>Brought in at least</translation>
        </message>
        <message>
            <source> new member(s)</source>
            <translation> new member(s)</translation>
        </message>
        <message>
            <source>Spend and visits</source>
            <translation>Spend and visits</translation>
        </message>
        <message>
            <source>Clear criteria</source>
            <translation>Clear criteria</translation>
        </message>
        <message>
            <source>No criterion ticked: every member who consented is a guest.</source>
            <translation>No criterion ticked: every member who consented is a guest.</translation>
        </message>
        <message>
            <source>A&amp;dd a member:</source>
            <translation>A&amp;dd a member:</translation>
        </message>
        <message>
            <source>phone, card number or name, then Enter</source>
            <translation>phone, card number or name, then Enter</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Not invited</source>
            <translation>Not invited</translation>
        </message>
        <message>
            <source>&amp;Remove from list</source>
            <translation>&amp;Remove from list</translation>
        </message>
        <message>
            <source>Takes the selected guests off the list (Delete).</source>
            <translation>Takes the selected guests off the list (Delete).</translation>
        </message>
        <message>
            <source>&amp;Put back</source>
            <translation>&amp;Put back</translation>
        </message>
        <message>
            <source>Puts members removed by hand back on the list.</source>
            <translation>Puts members removed by hand back on the list.</translation>
        </message>
        <message>
            <source>Double-click or Enter opens the member at the counter.</source>
            <translation>Double-click or Enter opens the member at the counter.</translation>
        </message>
        <message>
            <source>&amp;Save guest list</source>
            <translation>&amp;Save guest list</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>&amp;Invite…</source>
            <translation>&amp;Invite…</translation>
        </message>
        <message>
            <source>Loading the members and their figures…</source>
            <translation>Loading the members and their figures…</translation>
        </message>
        <message>
            <source>The members and their figures could not be loaded: %1</source>
            <translation>The members and their figures could not be loaded: %1</translation>
        </message>
        <message>
            <source>Minimum spend: %1</source>
            <translation>Minimum spend: %1</translation>
        </message>
        <message>
            <source>Guests (%1)</source>
            <translation>Guests (%1)</translation>
        </message>
        <message>
            <source>Not invited (%1)</source>
            <translation>Not invited (%1)</translation>
        </message>
        <message>
            <source>The event is over: no more invitations.</source>
            <translation>The event is over: no more invitations.</translation>
        </message>
        <message>
            <source>No member matches “%1”.</source>
            <translation>No member matches “%1”.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3</source>
            <translation>%1 · %2 · %3</translation>
        </message>
        <message>
            <source>%1 was added to the list.</source>
            <translation>%1 was added to the list.</translation>
        </message>
        <message>
            <source>Withdraw invitations</source>
            <translation>Withdraw invitations</translation>
        </message>
        <message>
            <source>The guest list is saved with the event.</source>
            <translation>The guest list is saved with the event.</translation>
        </message>
        <message>
            <source>guests-%1.csv</source>
            <translation>guests-%1.csv</translation>
        </message>
        <message>
            <source>Export the guest list</source>
            <translation>Export the guest list</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Invite guests</source>
            <translation>Invite guests</translation>
        </message>
        <message>
            <source>Wait until the guest list is counted.</source>
            <translation>Wait until the guest list is counted.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln guest(s)</source>
            <translation>
                <numerusform>%Ln guest</numerusform>
                <numerusform>%Ln guests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln already invited</source>
            <translation>
                <numerusform> · %Ln already invited</numerusform>
                <numerusform> · %Ln already invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · %Ln seat(s)</source>
            <translation>
                <numerusform> · %Ln seat</numerusform>
                <numerusform> · %Ln seats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but did not consent to marketing: they are not invited.</source>
            <translation>
                <numerusform>%Ln member match but did not consent to marketing: they are not invited.</numerusform>
                <numerusform>%Ln members match but did not consent to marketing: they are not invited.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) match but get no seat: the event is full.</source>
            <translation>
                <numerusform>%Ln member match but get no seat: the event is full.</numerusform>
                <numerusform>%Ln members match but get no seat: the event is full.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Invite %Ln guest(s)…</source>
            <translation>
                <numerusform>&amp;Invite %Ln guest…</numerusform>
                <numerusform>&amp;Invite %Ln guests…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of the selected guest(s) already have an invitation. Withdraw it? A printed invitation is then refused at the door.</source>
            <translation>
                <numerusform>%Ln of the selected guest already have an invitation. Withdraw it? A printed invitation is then refused at the door.</numerusform>
                <numerusform>%Ln of the selected guests already have an invitation. Withdraw it? A printed invitation is then refused at the door.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) written to %1.</source>
            <translation>
                <numerusform>%Ln row written to %1.</numerusform>
                <numerusform>%Ln rows written to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Write %Ln invitation(s) for “%1”? Each gets a personal check-in code; guests invited before keep theirs. The guest list is saved with the event.</source>
            <translation>
                <numerusform>Write %Ln invitation for “%1”? Each gets a personal check-in code; guests invited before keep theirs. The guest list is saved with the event.</numerusform>
                <numerusform>Write %Ln invitations for “%1”? Each gets a personal check-in code; guests invited before keep theirs. The guest list is saved with the event.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new invitation(s) written; the event now has %1. Print them on the Invitations tab.</source>
            <translation>
                <numerusform>%Ln new invitation written; the event now has %1. Print them on the Invitations tab.</numerusform>
                <numerusform>%Ln new invitations written; the event now has %1. Print them on the Invitations tab.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::AudienceModel</name>
        <message>
            <source>(anonymised)</source>
            <translation>(anonymised)</translation>
        </message>
        <message>
            <source>invited</source>
            <translation>invited</translation>
        </message>
        <message>
            <source>added by hand</source>
            <translation>added by hand</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Spent, 12 months</source>
            <translation>Spent, 12 months</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Why not invited</source>
            <translation>Why not invited</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>md::ui::AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>Text in the action, target, details or user</source>
            <translation>Text in the action, target, details or user</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Show &amp;more</source>
            <translation>Show &amp;more</translation>
        </message>
        <message>
            <source>The first day is after the last day.</source>
            <translation>The first day is after the last day.</translation>
        </message>
        <message>
            <source>(no user)</source>
            <translation>(no user)</translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %Ln entry(ies), newest first.</source>
            <translation>
                <numerusform>Showing %1 of %Ln entry, newest first.</numerusform>
                <numerusform>Showing %1 of %Ln entries, newest first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::BackupDialog</name>
        <message>
            <source>Backups and lock</source>
            <translation>Backups and lock</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Folder for the automatic backups</source>
            <translation>Folder for the automatic backups</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <source>MemberDesk backs up the database into this folder when it closes and once a day, checks every backup after writing it, and keeps the last %1 days and one backup for each of the last %2 months. A USB stick or a second disk keeps the shop's data safe when this PC fails.</source>
            <translation>MemberDesk backs up the database into this folder when it closes and once a day, checks every backup after writing it, and keeps the last %1 days and one backup for each of the last %2 months. A USB stick or a second disk keeps the shop's data safe when this PC fails.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Automatic backups</source>
            <translation>Automatic backups</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock the counter after &amp;idle time:</source>
            <translation>Lock the counter after &amp;idle time:</translation>
        </message>
        <message>
            <source>Without a key or mouse touch for this long, the window hides member data and asks for a PIN or password. Ctrl+L locks at once; F12 switches user.</source>
            <translation>Without a key or mouse touch for this long, the window hides member data and asks for a PIN or password. Ctrl+L locks at once; F12 switches user.</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restore from a backup…</translation>
        </message>
        <message>
            <source>Choose a folder for the backups first.</source>
            <translation>Choose a folder for the backups first.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written and checked: %1 (%2).</source>
            <translation>Backup written and checked: %1 (%2).</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CarePage</name>
        <message>
            <source>Today's care list</source>
            <translation>Today's care list</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Open at the counter (Enter)</source>
            <translation>Open at the counter (Enter)</translation>
        </message>
        <message>
            <source>Mark done (Space)</source>
            <translation>Mark done (Space)</translation>
        </message>
        <message>
            <source>Undo (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>The care list could not be loaded: %1</source>
            <translation>The care list could not be loaded: %1</translation>
        </message>
        <message>
            <source>Nothing to do today.</source>
            <translation>Nothing to do today.</translation>
        </message>
        <message numerus="yes">
            <source>Birthdays today (%Ln)</source>
            <translation>
                <numerusform>Birthdays today (%Ln)</numerusform>
                <numerusform>Birthdays today (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Birthdays this week (%Ln)</source>
            <translation>
                <numerusform>Birthdays this week (%Ln)</numerusform>
                <numerusform>Birthdays this week (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Close to the next tier (%Ln)</source>
            <translation>
                <numerusform>Close to the next tier (%Ln)</numerusform>
                <numerusform>Close to the next tier (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Points expiring within 30 days (%Ln)</source>
            <translation>
                <numerusform>Points expiring within 30 days (%Ln)</numerusform>
                <numerusform>Points expiring within 30 days (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Follow-ups due (%Ln)</source>
            <translation>
                <numerusform>Follow-ups due (%Ln)</numerusform>
                <numerusform>Follow-ups due (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open complaints (%Ln)</source>
            <translation>
                <numerusform>Open complaints (%Ln)</numerusform>
                <numerusform>Open complaints (%Ln)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Show more… (%Ln more)</source>
            <translation>
                <numerusform>Show more… (%Ln more)</numerusform>
                <numerusform>Show more… (%Ln more)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln item(s) to do</source>
            <translation>
                <numerusform>%Ln item to do</numerusform>
                <numerusform>%Ln items to do</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Enter loads the next %Ln row(s) of this group.</source>
            <translation>
                <numerusform>Enter loads the next %Ln row of this group.</numerusform>
                <numerusform>Enter loads the next %Ln rows of this group.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Regulars not seen lately (%Ln)</source>
            <translation>
                <numerusform>Regulars not seen lately (%Ln)</numerusform>
                <numerusform>Regulars not seen lately (%Ln)</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading the care list…</source>
            <translation>Loading the care list…</translation>
        </message>
        <message>
            <source>Nothing was marked done: the list was not shown yet. Select the row and press Space again.</source>
            <translation>Nothing was marked done: the list was not shown yet. Select the row and press Space again.</translation>
        </message>
        <message>
            <source>Nothing was undone: the list was not shown yet.</source>
            <translation>Nothing was undone: the list was not shown yet.</translation>
        </message>
        <message>
            <source>Nothing was opened: the list was not shown yet.</source>
            <translation>Nothing was opened: the list was not shown yet.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ChangeSecretDialog</name>
        <message>
            <source>Change my password</source>
            <translation>Change my password</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Change my PIN</translation>
        </message>
        <message>
            <source>Signed in as %1.</source>
            <translation>Signed in as %1.</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Reset PIN</source>
            <translation>Reset PIN</translation>
        </message>
        <message>
            <source>A new password for %1. Tell it to them in person.</source>
            <translation>A new password for %1. Tell it to them in person.</translation>
        </message>
        <message>
            <source>A new PIN for %1. Tell it to them in person.</source>
            <translation>A new PIN for %1. Tell it to them in person.</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 to 6 digits</translation>
        </message>
        <message>
            <source>&amp;Current password:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <source>&amp;Current PIN:</source>
            <translation>&amp;Current PIN:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;New PIN:</source>
            <translation>&amp;New PIN:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the new password again.</source>
            <translation>The two passwords differ. Type the new password again.</translation>
        </message>
        <message>
            <source>The two PINs differ. Type the new PIN again.</source>
            <translation>The two PINs differ. Type the new PIN again.</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>at least %Ln character</numerusform>
                <numerusform>at least %Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::CheckInWidget</name>
        <message>
            <source>&amp;Event at the door:</source>
            <translation>&amp;Event at the door:</translation>
        </message>
        <message>
            <source>Scan the invitation, or type a card or phone number</source>
            <translation>Scan the invitation, or type a card or phone number</translation>
        </message>
        <message>
            <source>Check &amp;in</source>
            <translation>Check &amp;in</translation>
        </message>
        <message>
            <source>Enter checks in · Esc clears · the scanner types the QR code and presses Enter by itself</source>
            <translation>Enter checks in · Esc clears · the scanner types the QR code and presses Enter by itself</translation>
        </message>
        <message>
            <source>At the door so far (latest first):</source>
            <translation>At the door so far (latest first):</translation>
        </message>
        <message>
            <source>Ready for the first guest</source>
            <translation>Ready for the first guest</translation>
        </message>
        <message>
            <source>Invited guests are checked in once; a second scan of the same invitation is refused and says when they came.</source>
            <translation>Invited guests are checked in once; a second scan of the same invitation is refused and says when they came.</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4</source>
            <translation>%1 · %2 %3–%4</translation>
        </message>
        <message>
            <source>No event is open for check-in today</source>
            <translation>No event is open for check-in today</translation>
        </message>
        <message>
            <source>%1 · %2 %3–%4 · %5</source>
            <translation>%1 · %2 %3–%4 · %5</translation>
        </message>
        <message>
            <source>In: %1 of %2 invited</source>
            <translation>In: %1 of %2 invited</translation>
        </message>
        <message>
            <source>✓ Welcome</source>
            <translation>✓ Welcome</translation>
        </message>
        <message>
            <source>Already checked in at %1</source>
            <translation>Already checked in at %1</translation>
        </message>
        <message>
            <source>✗ Refused</source>
            <translation>✗ Refused</translation>
        </message>
        <message>
            <source>checked in</source>
            <translation>checked in</translation>
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
            <translation>%1  %2 (%3) · %4</translation>
        </message>
        <message>
            <source>No event today</source>
            <translation>No event today</translation>
        </message>
        <message>
            <source>No event is planned yet.</source>
            <translation>No event is planned yet.</translation>
        </message>
        <message>
            <source>The next event, %1, is on %2 at %3.</source>
            <translation>The next event, %1, is on %2 at %3.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ComplaintDialog</name>
        <message>
            <source>Record a complaint</source>
            <translation>Record a complaint</translation>
        </message>
        <message>
            <source>What is the complaint?</source>
            <translation>What is the complaint?</translation>
        </message>
        <message>
            <source>e.g. the zip broke after two weeks</source>
            <translation>e.g. the zip broke after two weeks</translation>
        </message>
        <message>
            <source>Complaint of %1: %2</source>
            <translation>Complaint of %1: %2</translation>
        </message>
        <message>
            <source>Respond to a complaint</source>
            <translation>Respond to a complaint</translation>
        </message>
        <message>
            <source>First response (what was done or promised):</source>
            <translation>First response (what was done or promised):</translation>
        </message>
        <message>
            <source>Resolve a complaint</source>
            <translation>Resolve a complaint</translation>
        </message>
        <message>
            <source>Resolution (required):</source>
            <translation>Resolution (required):</translation>
        </message>
    </context>
    <context>
        <name>md::ui::CounterPage</name>
        <message>
            <source>Scan card / phone / last 4 digits / name, then Enter  (F2)</source>
            <translation>Scan card / phone / last 4 digits / name, then Enter  (F2)</translation>
        </message>
        <message>
            <source>&amp;Register (F3)</source>
            <translation>&amp;Register (F3)</translation>
        </message>
        <message>
            <source>Edit member (Ctrl+E)</source>
            <translation>Edit member (Ctrl+E)</translation>
        </message>
        <message>
            <source>%1 points</source>
            <translation>%1 points</translation>
        </message>
        <message>
            <source>No member found for "%1". Press F3 to register a new member.</source>
            <translation>No member found for "%1". Press F3 to register a new member.</translation>
        </message>
        <message>
            <source>Registered %1, card %2.</source>
            <translation>Registered %1, card %2.</translation>
        </message>
        <message>
            <source>Open a member first.</source>
            <translation>Open a member first.</translation>
        </message>
        <message>
            <source>Member saved.</source>
            <translation>Member saved.</translation>
        </message>
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>Upgraded to %1! Congratulate the member.</translation>
        </message>
        <message numerus="yes">
            <source>Recorded: paid %1, +%Ln point(s) (balance %2).</source>
            <translation>
                <numerusform>Recorded: paid %1, +%Ln point (balance %2).</numerusform>
                <numerusform>Recorded: paid %1, +%Ln points (balance %2).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The purchase of %1 on %2 is voided: %Ln point(s) taken back, balance %3.</source>
            <translation>
                <numerusform>The purchase of %1 on %2 is voided: %Ln point taken back, balance %3.</numerusform>
                <numerusform>The purchase of %1 on %2 is voided: %Ln points taken back, balance %3.</numerusform>
            </translation>
        </message>
        <message>
            <source>This member was anonymised on request: no purchase, points or contact can be recorded.</source>
            <translation>This member was anonymised on request: no purchase, points or contact can be recorded.</translation>
        </message>
        <message>
            <source>This member is already anonymised.</source>
            <translation>This member is already anonymised.</translation>
        </message>
        <message>
            <source>Member %1 is anonymised; their purchases still count in the totals.</source>
            <translation>Member %1 is anonymised; their purchases still count in the totals.</translation>
        </message>
        <message>
            <source>The search failed: %1</source>
            <translation>The search failed: %1</translation>
        </message>
    </context>
    <context>
        <name>md::ui::DashboardCharts</name>
        <message>
            <source>MM/yy</source>
            <comment>short month label on chart axes (Qt date format)</comment>
            <translation>MM/yy</translation>
        </message>
        <message>
            <source>Member sales and purchases, 13 months</source>
            <translation>Member sales and purchases, 13 months</translation>
        </message>
        <message>
            <source>Member sales (yuan, left)</source>
            <translation>Member sales (yuan, left)</translation>
        </message>
        <message>
            <source>Purchases (right)</source>
            <translation>Purchases (right)</translation>
        </message>
        <message numerus="yes">
            <source>%1: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1: %Ln purchase</numerusform>
                <numerusform>%1: %Ln purchases</numerusform>
            </translation>
        </message>
        <message>
            <source>Active members: new and returning</source>
            <translation>Active members: new and returning</translation>
        </message>
        <message>
            <source>Returning</source>
            <translation>Returning</translation>
        </message>
        <message>
            <source>New this month</source>
            <translation>New this month</translation>
        </message>
        <message>
            <source>Members by tier at month end</source>
            <translation>Members by tier at month end</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %)</source>
            <translation>%1: %2 members (%3 %)</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>Spend concentration (Pareto)</source>
            <translation>Spend concentration (Pareto)</translation>
        </message>
        <message>
            <source>Share of sales by the top members</source>
            <translation>Share of sales by the top members</translation>
        </message>
        <message>
            <source>Top 20 %: %1 members made %2 % of sales</source>
            <translation>Top 20 %: %1 members made %2 % of sales</translation>
        </message>
        <message>
            <source>share of members in %, biggest spenders first</source>
            <translation>share of members in %, biggest spenders first</translation>
        </message>
        <message>
            <source>share of sales in %</source>
            <translation>share of sales in %</translation>
        </message>
        <message numerus="yes">
            <source>%1: member sales %2 in %Ln purchase(s). Click to list them; double-click to show this month.</source>
            <translation>
                <numerusform>%1: member sales %2 in %Ln purchase. Click to list them; double-click to show this month.</numerusform>
                <numerusform>%1: member sales %2 in %Ln purchases. Click to list them; double-click to show this month.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1: %2 active members, %3 new and %4 returning. Click a part to list its members.</source>
            <translation>%1: %2 active members, %3 new and %4 returning. Click a part to list its members.</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %). Click to list them.</source>
            <translation>%1: %2 members (%3 %). Click to list them.</translation>
        </message>
        <message>
            <source>Member sales by tier, 13 months</source>
            <translation>Member sales by tier, 13 months</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Tier %1</translation>
        </message>
        <message numerus="yes">
            <source>%1, %2: %3 in %Ln purchase(s) (%4 % of the month's %5). Click to list them.</source>
            <translation>
                <numerusform>%1, %2: %3 in %Ln purchase (%4 % of the month's %5). Click to list them.</numerusform>
                <numerusform>%1, %2: %3 in %Ln purchases (%4 % of the month's %5). Click to list them.</numerusform>
            </translation>
        </message>
        <message>
            <source>The top %1 % of members (%2) made %3 % of sales. Click to list them.</source>
            <translation>The top %1 % of members (%2) made %3 % of sales. Click to list them.</translation>
        </message>
        <message>
            <source>RFM segments, as of %1</source>
            <translation>RFM segments, as of %1</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>%1: %2 members (%3 %), who paid %4 in the insight window</source>
            <translation>%1: %2 members (%3 %), who paid %4 in the insight window</translation>
        </message>
        <message>
            <source>Four loyalty types, as of %1</source>
            <translation>Four loyalty types, as of %1</translation>
        </message>
    </context>
    <context>
        <name>md::ui::DashboardPage</name>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Next month</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Compute the month again with the latest purchases (Ctrl+R)</source>
            <translation>Compute the month again with the latest purchases (Ctrl+R)</translation>
        </message>
        <message>
            <source>Monthly report…</source>
            <translation>Monthly report…</translation>
        </message>
        <message>
            <source>Print preview…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Member sales</source>
            <translation>Member sales</translation>
        </message>
        <message>
            <source>Member purchases</source>
            <translation>Member purchases</translation>
        </message>
        <message>
            <source>Average ticket</source>
            <translation>Average ticket</translation>
        </message>
        <message>
            <source>Active members</source>
            <translation>Active members</translation>
        </message>
        <message>
            <source>New members</source>
            <translation>New members</translation>
        </message>
        <message>
            <source>Repeat-purchase rate</source>
            <translation>Repeat-purchase rate</translation>
        </message>
        <message>
            <source>Points issued</source>
            <translation>Points issued</translation>
        </message>
        <message>
            <source>Points redeemed</source>
            <translation>Points redeemed</translation>
        </message>
        <message>
            <source>Points expired</source>
            <translation>Points expired</translation>
        </message>
        <message>
            <source>Points liability</source>
            <translation>Points liability</translation>
        </message>
        <message>
            <source>Share of the month's active members who bought twice or more in the month</source>
            <translation>Share of the month's active members who bought twice or more in the month</translation>
        </message>
        <message>
            <source>Points outstanding at month end, valued at the current redemption rate</source>
            <translation>Points outstanding at month end, valued at the current redemption rate</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Upgraded</source>
            <translation>Upgraded</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Purchases (180 days)</source>
            <translation>Purchases (180 days)</translation>
        </message>
        <message>
            <source>Spend (180 days)</source>
            <translation>Spend (180 days)</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Last purchase</translation>
        </message>
        <message>
            <source>Top members of the month</source>
            <translation>Top members of the month</translation>
        </message>
        <message>
            <source>New VIPs (tier upgrades)</source>
            <translation>New VIPs (tier upgrades)</translation>
        </message>
        <message>
            <source>Members at risk</source>
            <translation>Members at risk</translation>
        </message>
        <message>
            <source>Computing %1…</source>
            <translation>Computing %1…</translation>
        </message>
        <message>
            <source>The figures for %1 could not be computed: %2</source>
            <translation>The figures for %1 could not be computed: %2</translation>
        </message>
        <message>
            <source>Computed in %1 ms.</source>
            <translation>Computed in %1 ms.</translation>
        </message>
        <message>
            <source>No data for %1: no member purchase, registration or points movement was recorded in this month.</source>
            <translation>No data for %1: no member purchase, registration or points movement was recorded in this month.</translation>
        </message>
        <message>
            <source>%1 points outstanding at month end, valued at the current redemption rate</source>
            <translation>%1 points outstanding at month end, valued at the current redemption rate</translation>
        </message>
        <message>
            <source>No member bought anything this month.</source>
            <translation>No member bought anything this month.</translation>
        </message>
        <message>
            <source>By member sales in the month. Click a member to open them at the counter.</source>
            <translation>By member sales in the month. Click a member to open them at the counter.</translation>
        </message>
        <message>
            <source>No member moved up a tier this month.</source>
            <translation>No member moved up a tier this month.</translation>
        </message>
        <message>
            <source>%1 members moved up a tier this month; %2 shown, highest tier first.</source>
            <translation>%1 members moved up a tier this month; %2 shown, highest tier first.</translation>
        </message>
        <message>
            <source>No member is at risk: nobody with 3 or more purchases in the 180 days before month end has stayed away for the last 42 days.</source>
            <translation>No member is at risk: nobody with 3 or more purchases in the 180 days before month end has stayed away for the last 42 days.</translation>
        </message>
        <message>
            <source>%1 members bought 3 or more times in the 180 days before month end but not in its last 42 days; %2 shown, most valuable first.</source>
            <translation>%1 members bought 3 or more times in the 180 days before month end but not in its last 42 days; %2 shown, most valuable first.</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation>Monthly report</translation>
        </message>
        <message>
            <source>The figures of this month are still being computed; try again in a moment.</source>
            <translation>The figures of this month are still being computed; try again in a moment.</translation>
        </message>
        <message>
            <source>Monthly report %1</source>
            <translation>Monthly report %1</translation>
        </message>
        <message>
            <source>Monthly report — %1</source>
            <translation>Monthly report — %1</translation>
        </message>
        <message>
            <source>The report could not be printed: %1</source>
            <translation>The report could not be printed: %1</translation>
        </message>
        <message>
            <source>The figures of %1 are not computed yet.</source>
            <translation>The figures of %1 are not computed yet.</translation>
        </message>
        <message>
            <source>monthly-report-%1.pdf</source>
            <translation>monthly-report-%1.pdf</translation>
        </message>
        <message>
            <source>Save monthly report</source>
            <translation>Save monthly report</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be written: %1</source>
            <translation>The PDF could not be written: %1</translation>
        </message>
        <message>
            <source>&amp;Lists</source>
            <translation>&amp;Lists</translation>
        </message>
        <message>
            <source>The purchases or members behind the month's figures</source>
            <translation>The purchases or members behind the month's figures</translation>
        </message>
        <message>
            <source>&amp;Purchases of the month</source>
            <translation>&amp;Purchases of the month</translation>
        </message>
        <message>
            <source>&amp;New members who bought</source>
            <translation>&amp;New members who bought</translation>
        </message>
        <message>
            <source>&amp;Returning members who bought</source>
            <translation>&amp;Returning members who bought</translation>
        </message>
        <message>
            <source>&amp;Top 20 % of spenders</source>
            <translation>&amp;Top 20 % of spenders</translation>
        </message>
        <message>
            <source>Click a bar, a slice, a point of the curve or a heatmap cell to list the purchases or members behind it; double-click a month's bar to show that month.</source>
            <translation>Click a bar, a slice, a point of the curve or a heatmap cell to list the purchases or members behind it; double-click a month's bar to show that month.</translation>
        </message>
        <message>
            <source>Customer segments: the insight snapshot could not be read: %1</source>
            <translation>Customer segments: the insight snapshot could not be read: %1</translation>
        </message>
        <message>
            <source>Customer segments: no insight has been computed yet. Open Insight (F6) and compute it, or let the daily refresh run; the RFM segments and the four loyalty types then show here.</source>
            <translation>Customer segments: no insight has been computed yet. Open Insight (F6) and compute it, or let the daily refresh run; the RFM segments and the four loyalty types then show here.</translation>
        </message>
        <message>
            <source>Customer segments: the last insight computation (%1) found no segments: %2</source>
            <translation>Customer segments: the last insight computation (%1) found no segments: %2</translation>
        </message>
        <message numerus="yes">
            <source>Customer segments from the insight snapshot as of %1 (purchases of the %Ln day(s) before; not tied to the month shown).</source>
            <translation>
                <numerusform>Customer segments from the insight snapshot as of %1 (purchases of the %Ln day before; not tied to the month shown).</numerusform>
                <numerusform>Customer segments from the insight snapshot as of %1 (purchases of the %Ln days before; not tied to the month shown).</numerusform>
            </translation>
        </message>
        <message>
            <source>The members at risk could not be found: %1</source>
            <translation>The members at risk could not be found: %1</translation>
        </message>
        <message>
            <source>Looking for members at risk…</source>
            <translation>Looking for members at risk…</translation>
        </message>
        <message numerus="yes">
            <source>Saved the monthly report (%Ln page(s)) to %1.</source>
            <translation>
                <numerusform>Saved the monthly report (%Ln page) to %1.</numerusform>
                <numerusform>Saved the monthly report (%Ln pages) to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownDialog</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>&amp;Open at the counter</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>The list could not be read: %1</source>
            <translation>The list could not be read: %1</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln purchase(s) · %2</source>
            <translation>
                <numerusform>%1 · %Ln purchase · %2</numerusform>
                <numerusform>%1 · %Ln purchases · %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s) · %2 bought in the month</source>
            <translation>
                <numerusform>%1 · %Ln member · %2 bought in the month</numerusform>
                <numerusform>%1 · %Ln members · %2 bought in the month</numerusform>
            </translation>
        </message>
        <message>
            <source>No purchase here: nothing was bought in this part of the month.</source>
            <translation>No purchase here: nothing was bought in this part of the month.</translation>
        </message>
        <message>
            <source>No member in this list.</source>
            <translation>No member in this list.</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 purchases, oldest first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>Showing the first %1 of %2 purchases, oldest first. Sorting a column sorts the rows shown; the export writes them all.</translation>
        </message>
        <message>
            <source>Showing the first %1 of %2 members, biggest spenders of the month first. Sorting a column sorts the rows shown; the export writes them all.</source>
            <translation>Showing the first %1 of %2 members, biggest spenders of the month first. Sorting a column sorts the rows shown; the export writes them all.</translation>
        </message>
        <message>
            <source>Oldest first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>Oldest first; click a column to sort. Enter or a double-click opens the member at the counter.</translation>
        </message>
        <message>
            <source>Biggest spenders of the month first; click a column to sort. Enter or a double-click opens the member at the counter.</source>
            <translation>Biggest spenders of the month first; click a column to sort. Enter or a double-click opens the member at the counter.</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>Show %1 more</translation>
        </message>
        <message>
            <source>Export list</source>
            <translation>Export list</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) exported to %1.</source>
            <translation>
                <numerusform>%Ln row exported to %1.</numerusform>
                <numerusform>%Ln rows exported to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::DrillDownModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Tier at purchase</source>
            <translation>Tier at purchase</translation>
        </message>
        <message>
            <source>Tier now</source>
            <translation>Tier now</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Purchases</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Last purchase</source>
            <translation>Last purchase</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventDialog</name>
        <message>
            <source>Edit event</source>
            <translation>Edit event</translation>
        </message>
        <message>
            <source>New VIP event</source>
            <translation>New VIP event</translation>
        </message>
        <message>
            <source>e.g. Autumn VIP evening</source>
            <translation>e.g. Autumn VIP evening</translation>
        </message>
        <message>
            <source>&amp;from</source>
            <translation>&amp;from</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;to</translation>
        </message>
        <message>
            <source>e.g. in the shop, 2nd floor</source>
            <translation>e.g. in the shop, 2nd floor</translation>
        </message>
        <message>
            <source>What happens at the event, for your planning</source>
            <translation>What happens at the event, for your planning</translation>
        </message>
        <message>
            <source>What guests get, e.g. 20 % off everything, a gift from ¥300</source>
            <translation>What guests get, e.g. 20 % off everything, a gift from ¥300</translation>
        </message>
        <message>
            <source>0.00</source>
            <translation>0.00</translation>
        </message>
        <message>
            <source>Everything the event costs (gifts, food, printing), in yuan. The return is measured against it.</source>
            <translation>Everything the event costs (gifts, food, printing), in yuan. The return is measured against it.</translation>
        </message>
        <message>
            <source>yuan</source>
            <translation>yuan</translation>
        </message>
        <message>
            <source>Unlimited</source>
            <translation>Unlimited</translation>
        </message>
        <message>
            <source> seats</source>
            <translation> seats</translation>
        </message>
        <message>
            <source>0 means unlimited. Guests beyond the seats are listed as excluded.</source>
            <translation>0 means unlimited. Guests beyond the seats are listed as excluded.</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Title</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;Place</source>
            <translation>&amp;Place</translation>
        </message>
        <message>
            <source>&amp;Offer</source>
            <translation>&amp;Offer</translation>
        </message>
        <message>
            <source>&amp;Cost</source>
            <translation>&amp;Cost</translation>
        </message>
        <message>
            <source>&amp;Seats</source>
            <translation>&amp;Seats</translation>
        </message>
        <message>
            <source>Descr&amp;iption</source>
            <translation>Descr&amp;iption</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>Cost: %1</source>
            <translation>Cost: %1</translation>
        </message>
        <message numerus="yes">
            <source>ends %Ln day(s) later</source>
            <translation>
                <numerusform>ends %Ln day later</numerusform>
                <numerusform>ends %Ln days later</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::EventRoiPanel</name>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Comparable group, not invited</source>
            <translation>Comparable group, not invited</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>During the event</source>
            <translation>During the event</translation>
        </message>
        <message>
            <source>In the 7 days after</source>
            <translation>In the 7 days after</translation>
        </message>
        <message>
            <source>Revenue in both periods</source>
            <translation>Revenue in both periods</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>Baseline (spent anyway)</source>
            <translation>Baseline (spent anyway)</translation>
        </message>
        <message>
            <source>Extra revenue</source>
            <translation>Extra revenue</translation>
        </message>
        <message>
            <source>Return on the cost (ROI)</source>
            <translation>Return on the cost (ROI)</translation>
        </message>
        <message>
            <source>The return is measured once the event has started: purchases of the guests during the event and in the 7 days after, against a comparable group.</source>
            <translation>The return is measured once the event has started: purchases of the guests during the event and in the 7 days after, against a comparable group.</translation>
        </message>
        <message>
            <source>Final figures: the week after the event ended on %1.</source>
            <translation>Final figures: the week after the event ended on %1.</translation>
        </message>
        <message>
            <source>Provisional: purchases are counted until %1; the figures grow until then.</source>
            <translation>Provisional: purchases are counted until %1; the figures grow until then.</translation>
        </message>
        <message>
            <source>%1 attended of %2 invited (%3 %)</source>
            <translation>%1 attended of %2 invited (%3 %)</translation>
        </message>
        <message>
            <source>%1 (%2 per attendee)</source>
            <translation>%1 (%2 per attendee)</translation>
        </message>
        <message>
            <source>nobody comparable</source>
            <translation>nobody comparable</translation>
        </message>
        <message>
            <source>%1 (%2 per member)</source>
            <translation>%1 (%2 per member)</translation>
        </message>
        <message>
            <source>%1 = %2 − %3</source>
            <translation>%1 = %2 − %3</translation>
        </message>
        <message>
            <source>ROI = (extra revenue − cost) ÷ cost = (%1 − %2) ÷ %2. Above 0 %: the event brought back more than it cost; −100 %: nothing beyond what the guests would have spent anyway.</source>
            <translation>ROI = (extra revenue − cost) ÷ cost = (%1 − %2) ÷ %2. Above 0 %: the event brought back more than it cost; −100 %: nothing beyond what the guests would have spent anyway.</translation>
        </message>
        <message>
            <source>not computable</source>
            <translation>not computable</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) · %1</source>
            <translation>
                <numerusform>%Ln purchase · %1</numerusform>
                <numerusform>%Ln purchases · %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 = %2 per member × %Ln attendee(s)</source>
            <translation>
                <numerusform>%1 = %2 per member × %Ln attendee</numerusform>
                <numerusform>%1 = %2 per member × %Ln attendees</numerusform>
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
            <translation>&amp;New event…</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Invited</translation>
        </message>
        <message>
            <source>In</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Checked in at the door</source>
            <translation>Checked in at the door</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Invitations</source>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>Door check-in</source>
            <translation>Door check-in</translation>
        </message>
        <message>
            <source>Ctrl+%1</source>
            <translation>Ctrl+%1</translation>
        </message>
        <message>
            <source>Return of the event</source>
            <translation>Return of the event</translation>
        </message>
        <message>
            <source>Upcoming (%1)</source>
            <translation>Upcoming (%1)</translation>
        </message>
        <message>
            <source>Past (%1)</source>
            <translation>Past (%1)</translation>
        </message>
        <message>
            <source>No events yet.

A VIP event (VIP专场) rewards your best customers and brings them back. Plan one with “New event…” (Alt+N).</source>
            <translation>No events yet.

A VIP event (VIP专场) rewards your best customers and brings them back. Plan one with “New event…” (Alt+N).</translation>
        </message>
        <message>
            <source>Guest list not saved</source>
            <translation>Guest list not saved</translation>
        </message>
        <message>
            <source>The guest list of “%1” was changed. Save it with the event?</source>
            <translation>The guest list of “%1” was changed. Save it with the event?</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Offer</translation>
        </message>
        <message>
            <source>Seats</source>
            <translation>Seats</translation>
        </message>
        <message>
            <source>unlimited</source>
            <translation>unlimited</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>Cost</translation>
        </message>
        <message>
            <source>%1 invited, %2 checked in</source>
            <translation>%1 invited, %2 checked in</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>This event is over.</source>
            <translation>This event is over.</translation>
        </message>
        <message>
            <source>An event with invitations is kept: it is the record of what was spent and who came.</source>
            <translation>An event with invitations is kept: it is the record of what was spent and who came.</translation>
        </message>
        <message>
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <source>Delete “%1” on %2? Its plan and guest list are removed.</source>
            <translation>Delete “%1” on %2? Its plan and guest list are removed.</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP events</translation>
        </message>
    </context>
    <context>
        <name>md::ui::ExportDialog</name>
        <message>
            <source>Export to a spreadsheet (CSV)</source>
            <translation>Export to a spreadsheet (CSV)</translation>
        </message>
        <message>
            <source>All members</source>
            <translation>All members</translation>
        </message>
        <message>
            <source>All purchases</source>
            <translation>All purchases</translation>
        </message>
        <message>
            <source>Where to save the file</source>
            <translation>Where to save the file</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Export:</source>
            <translation>&amp;Export:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>The file is UTF-8 with a byte order mark, so Excel shows Chinese correctly. It holds members' personal data: keep it safe. Anonymised members are exported without it. The export is recorded in the audit log.</source>
            <translation>The file is UTF-8 with a byte order mark, so Excel shows Chinese correctly. It holds members' personal data: keep it safe. Anonymised members are exported without it. The export is recorded in the audit log.</translation>
        </message>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>members</source>
            <translation>members</translation>
        </message>
        <message>
            <source>purchases</source>
            <translation>purchases</translation>
        </message>
        <message>
            <source>Only the owner can export member data.</source>
            <translation>Only the owner can export member data.</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>%Ln member exported to %1.</numerusform>
                <numerusform>%Ln members exported to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) exported to %1.</source>
            <translation>
                <numerusform>%Ln purchase exported to %1.</numerusform>
                <numerusform>%Ln purchases exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was exported: %1</source>
            <translation>Nothing was exported: %1</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
    </context>
    <context>
        <name>md::ui::FirstStartWizard</name>
        <message>
            <source>Welcome to MemberDesk</source>
            <translation>Welcome to MemberDesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; Two things before the counter opens: your shop's name, and the owner's account. Only the owner can change the loyalty programme, see reports, export and restore backups; clerks get their own PINs later (Shop ▸ Users).</source>
            <translation>&lt;b&gt;Welcome.&lt;/b&gt; Two things before the counter opens: your shop's name, and the owner's account. Only the owner can change the loyalty programme, see reports, export and restore backups; clerks get their own PINs later (Shop ▸ Users).</translation>
        </message>
        <message>
            <source>e.g. Corner Store No. 3</source>
            <translation>e.g. Corner Store No. 3</translation>
        </message>
        <message>
            <source>Your shop</source>
            <translation>Your shop</translation>
        </message>
        <message>
            <source>Shop &amp;name:</source>
            <translation>Shop &amp;name:</translation>
        </message>
        <message>
            <source>Printed on the monthly report; you can change it later.</source>
            <translation>Printed on the monthly report; you can change it later.</translation>
        </message>
        <message>
            <source>e.g. Owner, or your name</source>
            <translation>e.g. Owner, or your name</translation>
        </message>
        <message>
            <source>Owner account</source>
            <translation>Owner account</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Repeat password:</source>
            <translation>&amp;Repeat password:</translation>
        </message>
        <message>
            <source>Keep the password safe: it is stored only as a hash and cannot be shown again. The owner can add further owners later.</source>
            <translation>Keep the password safe: it is stored only as a hash and cannot be shown again. The owner can add further owners later.</translation>
        </message>
        <message>
            <source>&amp;Create and open the counter</source>
            <translation>&amp;Create and open the counter</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Enter your shop's name.</source>
            <translation>Enter your shop's name.</translation>
        </message>
        <message>
            <source>Enter the owner's name (it is shown on the sign-in screen).</source>
            <translation>Enter the owner's name (it is shown on the sign-in screen).</translation>
        </message>
        <message>
            <source>The two passwords differ. Type the password again.</source>
            <translation>The two passwords differ. Type the password again.</translation>
        </message>
        <message numerus="yes">
            <source>at least %Ln character(s)</source>
            <translation>
                <numerusform>at least %Ln character</numerusform>
                <numerusform>at least %Ln characters</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::FollowupDialog</name>
        <message>
            <source>Record a follow-up</source>
            <translation>Record a follow-up</translation>
        </message>
        <message>
            <source>What was said, e.g. happy with the new jacket</source>
            <translation>What was said, e.g. happy with the new jacket</translation>
        </message>
        <message>
            <source>Follow up again on</source>
            <translation>Follow up again on</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Channel</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftCatalogEditor</name>
        <message>
            <source>Gift</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Offered</source>
            <translation>Offered</translation>
        </message>
        <message>
            <source>Double-click or press Enter to edit a gift.</source>
            <translation>Double-click or press Enter to edit a gift.</translation>
        </message>
        <message>
            <source>No gifts yet. Add the gifts members can take for points.</source>
            <translation>No gifts yet. Add the gifts members can take for points.</translation>
        </message>
        <message>
            <source>Add &amp;gift…</source>
            <translation>Add &amp;gift…</translation>
        </message>
        <message>
            <source>&amp;Edit gift…</source>
            <translation>&amp;Edit gift…</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftDialog</name>
        <message>
            <source>Add gift</source>
            <translation>Add gift</translation>
        </message>
        <message>
            <source>Edit gift</source>
            <translation>Edit gift</translation>
        </message>
        <message>
            <source>e.g. Canvas tote bag</source>
            <translation>e.g. Canvas tote bag</translation>
        </message>
        <message>
            <source>&amp;Offered at the counter</source>
            <translation>&amp;Offered at the counter</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Points price</source>
            <translation>&amp;Points price</translation>
        </message>
        <message>
            <source>&amp;Stock</source>
            <translation>&amp;Stock</translation>
        </message>
        <message>
            <source>%1: enter a whole number.</source>
            <translation>%1: enter a whole number.</translation>
        </message>
        <message>
            <source>Points price</source>
            <translation>Points price</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
    </context>
    <context>
        <name>md::ui::GiftRedeemDialog</name>
        <message>
            <source>Redeem a gift</source>
            <translation>Redeem a gift</translation>
        </message>
        <message>
            <source>The member has %1 points.</source>
            <translation>The member has %1 points.</translation>
        </message>
        <message>
            <source>Redeem</source>
            <translation>Redeem</translation>
        </message>
        <message>
            <source>The gift catalogue is empty. The owner adds gifts on the Loyalty programme page (F7), under Gift catalogue.</source>
            <translation>The gift catalogue is empty. The owner adds gifts on the Loyalty programme page (F7), under Gift catalogue.</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %2 points — %Ln in stock</source>
            <translation>
                <numerusform>%1 — %2 points — %Ln in stock</numerusform>
                <numerusform>%1 — %2 points — %Ln in stock</numerusform>
            </translation>
        </message>
        <message>
            <source>Out of stock</source>
            <translation>Out of stock</translation>
        </message>
        <message>
            <source>Not enough points</source>
            <translation>Not enough points</translation>
        </message>
        <message>
            <source>No gift can be given now: each is out of stock or needs more points than the member has.</source>
            <translation>No gift can be given now: each is out of stock or needs more points than the member has.</translation>
        </message>
        <message numerus="yes">
            <source>Give “%1” for %Ln point(s)?</source>
            <translation>
                <numerusform>Give “%1” for %Ln point?</numerusform>
                <numerusform>Give “%1” for %Ln points?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::HeatmapWidget</name>
        <message>
            <source>Purchases by weekday and hour</source>
            <translation>Purchases by weekday and hour</translation>
        </message>
        <message>
            <source>0</source>
            <translation>0</translation>
        </message>
        <message>
            <source>%1 purchases (busiest hour)</source>
            <translation>%1 purchases (busiest hour)</translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s)</source>
            <translation>
                <numerusform>%1 %2:00–%3:00: %Ln purchase</numerusform>
                <numerusform>%1 %2:00–%3:00: %Ln purchases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 %2:00–%3:00: %Ln purchase(s). Click to list them.</source>
            <translation>
                <numerusform>%1 %2:00–%3:00: %Ln purchase. Click to list them.</numerusform>
                <numerusform>%1 %2:00–%3:00: %Ln purchases. Click to list them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::ImportDialog</name>
        <message>
            <source>Import from a spreadsheet (CSV)</source>
            <translation>Import from a spreadsheet (CSV)</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Purchase history</source>
            <translation>Purchase history</translation>
        </message>
        <message>
            <source>Choose a CSV file saved from Excel…</source>
            <translation>Choose a CSV file saved from Excel…</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <source>Comma ,</source>
            <translation>Comma ,</translation>
        </message>
        <message>
            <source>Semicolon ;</source>
            <translation>Semicolon ;</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Spaces</source>
            <translation>Spaces</translation>
        </message>
        <message>
            <source>First row holds the column names</source>
            <translation>First row holds the column names</translation>
        </message>
        <message>
            <source>Automatic (2024-05-17, 2024/5/17, 20240517, 2024年5月17日)</source>
            <translation>Automatic (2024-05-17, 2024/5/17, 20240517, 2024年5月17日)</translation>
        </message>
        <message>
            <source>Day first (17/05/2024)</source>
            <translation>Day first (17/05/2024)</translation>
        </message>
        <message>
            <source>Month first (05/17/2024)</source>
            <translation>Month first (05/17/2024)</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encoding:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Delimiter:</translation>
        </message>
        <message>
            <source>Da&amp;tes:</source>
            <translation>Da&amp;tes:</translation>
        </message>
        <message>
            <source>File column</source>
            <translation>File column</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>First value</translation>
        </message>
        <message>
            <source>Imported as</source>
            <translation>Imported as</translation>
        </message>
        <message>
            <source>Columns (* required)</source>
            <translation>Columns (* required)</translation>
        </message>
        <message>
            <source>Preview: the first rows as they will be imported</source>
            <translation>Preview: the first rows as they will be imported</translation>
        </message>
        <message>
            <source>Skip members already in the shop (same phone, card or old number)</source>
            <translation>Skip members already in the shop (same phone, card or old number)</translation>
        </message>
        <message>
            <source>Merge: fill in members already in the shop from the file</source>
            <translation>Merge: fill in members already in the shop from the file</translation>
        </message>
        <message>
            <source>Create members the shop does not know yet</source>
            <translation>Create members the shop does not know yet</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>C&amp;heck</translation>
        </message>
        <message>
            <source>Reads every row and reports what would be imported; nothing is written.</source>
            <translation>Reads every row and reports what would be imported; nothing is written.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Import valid rows</source>
            <translation>&amp;Import valid rows</translation>
        </message>
        <message>
            <source>Closes without importing anything.</source>
            <translation>Closes without importing anything.</translation>
        </message>
        <message>
            <source>-errors</source>
            <translation>-errors</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Only the owner can import members and purchases.</source>
            <translation>Only the owner can import members and purchases.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name (for new members)</source>
            <translation>Name (for new members)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Card number</source>
            <translation>Card number</translation>
        </message>
        <message>
            <source>Gender</source>
            <translation>Gender</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Number in the old system</source>
            <translation>Number in the old system</translation>
        </message>
        <message>
            <source>Marketing consent</source>
            <translation>Marketing consent</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <source>Member (number, card, phone or old number)</source>
            <translation>Member (number, card, phone or old number)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Gross profit</source>
            <translation>Gross profit</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Import a CSV file</source>
            <translation>Import a CSV file</translation>
        </message>
        <message>
            <source>CSV and text files (*.csv *.txt);;All files (*)</source>
            <translation>CSV and text files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>semicolons</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabs</translation>
        </message>
        <message>
            <source>spaces</source>
            <translation>spaces</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>commas</translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) with names.</source>
            <translation>
                <numerusform>Read as %1, columns separated by %2, %Ln column with names.</numerusform>
                <numerusform>Read as %1, columns separated by %2, %Ln columns with names.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read as %1, columns separated by %2, %Ln column(s) without names.</source>
            <translation>
                <numerusform>Read as %1, columns separated by %2, %Ln column without names.</numerusform>
                <numerusform>Read as %1, columns separated by %2, %Ln columns without names.</numerusform>
            </translation>
        </message>
        <message>
            <source> (with BOM)</source>
            <translation> (with BOM)</translation>
        </message>
        <message>
            <source>— ignore —</source>
            <translation>— ignore —</translation>
        </message>
        <message>
            <source>Every required field has a column.</source>
            <translation>Every required field has a column.</translation>
        </message>
        <message>
            <source>Choose a column for: %1.</source>
            <translation>Choose a column for: %1.</translation>
        </message>
        <message>
            <source>Rows in red will not be imported; the list below says why.</source>
            <translation>Rows in red will not be imported; the list below says why.</translation>
        </message>
        <message numerus="yes">
            <source>The first %Ln row(s); "Check" reads them all.</source>
            <translation>
                <numerusform>The first %Ln row; "Check" reads them all.</numerusform>
                <numerusform>The first %Ln rows; "Check" reads them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %Ln row(s) of the file.</source>
            <translation>
                <numerusform>All %Ln row of the file.</numerusform>
                <numerusform>All %Ln rows of the file.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checking every row…</source>
            <translation>Checking every row…</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stops; nothing is written.</source>
            <translation>Stops; nothing is written.</translation>
        </message>
        <message>
            <source>Stopped. Nothing was written.</source>
            <translation>Stopped. Nothing was written.</translation>
        </message>
        <message>
            <source>Nothing was imported: %1</source>
            <translation>Nothing was imported: %1</translation>
        </message>
        <message numerus="yes">
            <source>Checked %Ln row(s) in %1 s.</source>
            <translation>
                <numerusform>Checked %Ln row in %1 s.</numerusform>
                <numerusform>Checked %Ln rows in %1 s.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) can be imported.</source>
            <translation>
                <numerusform>%Ln member can be imported.</numerusform>
                <numerusform>%Ln members can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) can be imported.</source>
            <translation>
                <numerusform>%Ln purchase can be imported.</numerusform>
                <numerusform>%Ln purchases can be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped (anonymised or voided).</source>
            <translation>
                <numerusform>%Ln skipped (anonymised or voided).</numerusform>
                <numerusform>%Ln skipped (anonymised or voided).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of ¥0.00, imported all the same (a visit is a visit).</source>
            <translation>
                <numerusform>%Ln of ¥0.00, imported all the same (a visit is a visit).</numerusform>
                <numerusform>%Ln of ¥0.00, imported all the same (a visit is a visit).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) will be created for them.</source>
            <translation>
                <numerusform>%Ln new member will be created for them.</numerusform>
                <numerusform>%Ln new members will be created for them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors will not be imported.</source>
            <translation>
                <numerusform>%Ln row with errors will not be imported.</numerusform>
                <numerusform>%Ln rows with errors will not be imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln member(s) imported.</source>
            <translation>
                <numerusform>Done: %Ln member imported.</numerusform>
                <numerusform>Done: %Ln members imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %Ln purchase(s) imported.</source>
            <translation>
                <numerusform>Done: %Ln purchase imported.</numerusform>
                <numerusform>Done: %Ln purchases imported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) already in the shop updated.</source>
            <translation>
                <numerusform>%Ln member already in the shop updated.</numerusform>
                <numerusform>%Ln members already in the shop updated.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) skipped.</source>
            <translation>
                <numerusform>%Ln row skipped.</numerusform>
                <numerusform>%Ln rows skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln new member(s) created.</source>
            <translation>
                <numerusform>%Ln new member created.</numerusform>
                <numerusform>%Ln new members created.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln row(s) with errors left out.</source>
            <translation>
                <numerusform>%Ln row with errors left out.</numerusform>
                <numerusform>%Ln rows with errors left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message numerus="yes">
            <source>%Ln error(s) saved to %1.</source>
            <translation>
                <numerusform>%Ln error saved to %1.</numerusform>
                <numerusform>%Ln errors saved to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>Tick “%1” to create them.</source>
            <translation>Tick “%1” to create them.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase(s) already recorded (same member, time and amount): they will be skipped.</source>
            <translation>
                <numerusform>%Ln purchase already recorded (same member, time and amount): they will be skipped.</numerusform>
                <numerusform>%Ln purchases already recorded (same member, time and amount): they will be skipped.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose “%1” or “%2” in the date box above.</source>
            <translation>Choose “%1” or “%2” in the date box above.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be merged into that member.</source>
            <translation>
                <numerusform>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be merged into that member.</numerusform>
                <numerusform>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be merged into that member.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be skipped.</source>
            <translation>
                <numerusform>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be skipped.</numerusform>
                <numerusform>%Ln share a phone, card or old number with a member of the shop or a row above in the file: they will be skipped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln skipped row(s) saved to %1.</source>
            <translation>
                <numerusform>%Ln skipped row saved to %1.</numerusform>
                <numerusform>%Ln skipped rows saved to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The file lists %Ln skipped row(s) after them.</source>
            <translation>
                <numerusform>The file lists %Ln skipped row after them.</numerusform>
                <numerusform>The file lists %Ln skipped rows after them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why it was skipped</source>
            <translation>Why it was skipped</translation>
        </message>
        <message>
            <source>&amp;Save errors and skipped rows as CSV…</source>
            <translation>&amp;Save errors and skipped rows as CSV…</translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 problems; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>Showing the first %Ln of %1 problems; the CSV holds %2 of them.</numerusform>
                <numerusform>Showing the first %Ln of %1 problems; the CSV holds %2 of them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.</source>
            <translation>
                <numerusform>Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.</numerusform>
                <numerusform>Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.</numerusform>
            </translation>
        </message>
        <message>
            <source>Errors (%1)</source>
            <translation>Errors (%1)</translation>
        </message>
        <message>
            <source>Skipped (%1)</source>
            <translation>Skipped (%1)</translation>
        </message>
        <message>
            <source>Rows that cannot be imported as they are: fix them in the file.</source>
            <translation>Rows that cannot be imported as they are: fix them in the file.</translation>
        </message>
        <message>
            <source>Rows left out on purpose, such as sales already recorded or members already in the shop: nothing to fix.</source>
            <translation>Rows left out on purpose, such as sales already recorded or members already in the shop: nothing to fix.</translation>
        </message>
        <message>
            <source>Save errors and skipped rows as CSV</source>
            <translation>Save errors and skipped rows as CSV</translation>
        </message>
        <message>
            <source>Rows in red will not be imported, rows in grey are skipped; the lists below say why.</source>
            <translation>Rows in red will not be imported, rows in grey are skipped; the lists below say why.</translation>
        </message>
        <message>
            <source>Rows in grey are skipped; the list below says why.</source>
            <translation>Rows in grey are skipped; the list below says why.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightMemberList</name>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>&amp;Open at the counter</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %Ln member(s)</source>
            <translation>
                <numerusform>%1 · %Ln member</numerusform>
                <numerusform>%1 · %Ln members</numerusform>
            </translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Click a bar, a quadrant or a list button to see its members here.</source>
            <translation>Click a bar, a quadrant or a list button to see its members here.</translation>
        </message>
        <message>
            <source>Export members</source>
            <translation>Export members</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) exported to %1.</source>
            <translation>
                <numerusform>%Ln member exported to %1.</numerusform>
                <numerusform>%Ln members exported to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Use as &amp;event audience…</source>
            <translation>Use as &amp;event audience…</translation>
        </message>
        <message>
            <source>Invite the members of this list to an event.</source>
            <translation>Invite the members of this list to an event.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightMemberModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
    </context>
    <context>
        <name>md::ui::InsightPage</name>
        <message>
            <source>&amp;As of:</source>
            <translation>&amp;As of:</translation>
        </message>
        <message>
            <source>&amp;Window:</source>
            <translation>&amp;Window:</translation>
        </message>
        <message numerus="yes">
            <source>Last %Ln day(s)</source>
            <translation>
                <numerusform>Last %Ln day</numerusform>
                <numerusform>Last %Ln days</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>&amp;Compute</translation>
        </message>
        <message>
            <source>&amp;RFM segments</source>
            <translation>&amp;RFM segments</translation>
        </message>
        <message>
            <source>Loyalty &amp;types</source>
            <translation>Loyalty &amp;types</translation>
        </message>
        <message>
            <source>&amp;20/80</source>
            <translation>&amp;20/80</translation>
        </message>
        <message>
            <source>Win &amp;back</source>
            <translation>Win &amp;back</translation>
        </message>
        <message>
            <source>Press Compute to update the figures for the new date or window.</source>
            <translation>Press Compute to update the figures for the new date or window.</translation>
        </message>
        <message>
            <source>Press Compute to analyse your members' purchases.</source>
            <translation>Press Compute to analyse your members' purchases.</translation>
        </message>
        <message>
            <source>Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members.</source>
            <translation>Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members.</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Spent</source>
            <translation>Spent</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>Show the win-back &amp;list</source>
            <translation>Show the win-back &amp;list</translation>
        </message>
        <message>
            <source>Loading the purchase history…</source>
            <translation>Loading the purchase history…</translation>
        </message>
        <message>
            <source>Scoring recency, frequency and spend (RFM)…</source>
            <translation>Scoring recency, frequency and spend (RFM)…</translation>
        </message>
        <message>
            <source>Sorting members into the four loyalty types…</source>
            <translation>Sorting members into the four loyalty types…</translation>
        </message>
        <message>
            <source>Ranking members by spend (20/80)…</source>
            <translation>Ranking members by spend (20/80)…</translation>
        </message>
        <message>
            <source>Fitting the purchase and spend models (BG/NBD, Gamma-Gamma)…</source>
            <translation>Fitting the purchase and spend models (BG/NBD, Gamma-Gamma)…</translation>
        </message>
        <message>
            <source>Predicting who is slipping away and what they are worth…</source>
            <translation>Predicting who is slipping away and what they are worth…</translation>
        </message>
        <message>
            <source>Analysing your members' purchases…</source>
            <translation>Analysing your members' purchases…</translation>
        </message>
        <message>
            <source>Step %1 of %2: %3</source>
            <translation>Step %1 of %2: %3</translation>
        </message>
        <message>
            <source>The computation was stopped.</source>
            <translation>The computation was stopped.</translation>
        </message>
        <message>
            <source>From %1 to %2, %L3 of your %L4 members bought something.</source>
            <translation>From %1 to %2, %L3 of your %L4 members bought something.</translation>
        </message>
        <message>
            <source>(Computed in %1 s.)</source>
            <translation>(Computed in %1 s.)</translation>
        </message>
        <message>
            <source>Point at a bar to see what to do about its members.</source>
            <translation>Point at a bar to see what to do about its members.</translation>
        </message>
        <message>
            <source>The top 20 % of members bring %1 % of sales</source>
            <translation>The top 20 % of members bring %1 % of sales</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) out of %L2 who paid spent %3 of %4 in the window.</source>
            <translation>
                <numerusform>%Ln member out of %L2 who paid spent %3 of %4 in the window.</numerusform>
                <numerusform>%Ln members out of %L2 who paid spent %3 of %4 in the window.</numerusform>
            </translation>
        </message>
        <message>
            <source>List the top 20 % (%L1)</source>
            <translation>List the top 20 % (%L1)</translation>
        </message>
        <message>
            <source>Potential VIPs (%L1)</source>
            <translation>Potential VIPs (%L1)</translation>
        </message>
        <message>
            <source>Potential VIPs are among the top 20 % but below %1: invite them to move up.</source>
            <translation>Potential VIPs are among the top 20 % but below %1: invite them to move up.</translation>
        </message>
        <message>
            <source>List the top 20 %</source>
            <translation>List the top 20 %</translation>
        </message>
        <message>
            <source>Potential VIPs</source>
            <translation>Potential VIPs</translation>
        </message>
        <message numerus="yes">
            <source>%Ln valuable member(s) have probably stopped coming.</source>
            <translation>
                <numerusform>%Ln valuable member have probably stopped coming.</numerusform>
                <numerusform>%Ln valuable members have probably stopped coming.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Valuable&lt;/b&gt;: they spent at least as much as the top 20 % of customers so far. &lt;b&gt;Probably stopped&lt;/b&gt;: the chance that they are still your customers, judged from each one's own rhythm of visits, is below %1.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Valuable&lt;/b&gt;: they spent at least as much as the top 20 % of customers so far. &lt;b&gt;Probably stopped&lt;/b&gt;: the chance that they are still your customers, judged from each one's own rhythm of visits, is below %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.</source>
            <translation>Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.</translation>
        </message>
        <message>
            <source>No win-back list yet</source>
            <translation>No win-back list yet</translation>
        </message>
        <message>
            <source>Spent in the window</source>
            <translation>Spent in the window</translation>
        </message>
        <message>
            <source>Visits in the window</source>
            <translation>Visits in the window</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Profit in the window</source>
            <translation>Profit in the window</translation>
        </message>
        <message>
            <source>Loyalty</source>
            <translation>Loyalty</translation>
        </message>
        <message>
            <source>Top 20 % by spend</source>
            <translation>Top 20 % by spend</translation>
        </message>
        <message>
            <source>Win back</source>
            <translation>Win back</translation>
        </message>
        <message>
            <source>Valuable members who have probably stopped coming: call them or send an offer.</source>
            <translation>Valuable members who have probably stopped coming: call them or send an offer.</translation>
        </message>
        <message>
            <source>Still a customer</source>
            <translation>Still a customer</translation>
        </message>
        <message>
            <source>How likely the member still buys from you, judged from their own rhythm of visits (BG/NBD).</source>
            <translation>How likely the member still buys from you, judged from their own rhythm of visits (BG/NBD).</translation>
        </message>
        <message>
            <source>Predicted value</source>
            <translation>Predicted value</translation>
        </message>
        <message>
            <source>If won back</source>
            <translation>If won back</translation>
        </message>
        <message>
            <source>Spent so far</source>
            <translation>Spent so far</translation>
        </message>
        <message>
            <source>Everything the member has paid up to the date.</source>
            <translation>Everything the member has paid up to the date.</translation>
        </message>
        <message>
            <source>&amp;Profitable above (¥):</source>
            <translation>&amp;Profitable above (¥):</translation>
        </message>
        <message>
            <source>Profit in the window above which a member counts as profitable.</source>
            <translation>Profit in the window above which a member counts as profitable.</translation>
        </message>
        <message>
            <source>Loyal abo&amp;ve:</source>
            <translation>Loyal abo&amp;ve:</translation>
        </message>
        <message>
            <source>Loyalty score (visits in the window × regularity) above which a member counts as loyal.</source>
            <translation>Loyalty score (visits in the window × regularity) above which a member counts as loyal.</translation>
        </message>
        <message>
            <source>Appl&amp;y</source>
            <translation>Appl&amp;y</translation>
        </message>
        <message>
            <source>Use me&amp;dians</source>
            <translation>Use me&amp;dians</translation>
        </message>
        <message>
            <source>The member cards could not be updated: %1</source>
            <translation>The member cards could not be updated: %1</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (your threshold).</source>
            <translation>Profitable: more than %1 profit in the window (your threshold).</translation>
        </message>
        <message>
            <source>Profitable: more than %1 profit in the window (the median).</source>
            <translation>Profitable: more than %1 profit in the window (the median).</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (your threshold).</source>
            <translation>Loyal: a loyalty score above %1 (your threshold).</translation>
        </message>
        <message>
            <source>Loyal: a loyalty score above %1 (the median).</source>
            <translation>Loyal: a loyalty score above %1 (the median).</translation>
        </message>
        <message>
            <source>Click a quadrant or a row to list its members.</source>
            <translation>Click a quadrant or a row to list its members.</translation>
        </message>
        <message>
            <source>Profit threshold: %1</source>
            <translation>Profit threshold: %1</translation>
        </message>
        <message numerus="yes">
            <source>What the member is expected to spend in the next %Ln week(s) if nothing is done: expected visits (BG/NBD) × expected spend per visit (Gamma-Gamma).</source>
            <translation>
                <numerusform>What the member is expected to spend in the next %Ln week if nothing is done: expected visits (BG/NBD) × expected spend per visit (Gamma-Gamma).</numerusform>
                <numerusform>What the member is expected to spend in the next %Ln weeks if nothing is done: expected visits (BG/NBD) × expected spend per visit (Gamma-Gamma).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What the member would spend in the next %Ln week(s) as a customer again.</source>
            <translation>
                <numerusform>What the member would spend in the next %Ln week as a customer again.</numerusform>
                <numerusform>What the member would spend in the next %Ln weeks as a customer again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left alone, they are expected to spend %1 in the next %Ln week(s) (expected visits × expected spend per visit); won back, about %2.</source>
            <translation>
                <numerusform>Left alone, they are expected to spend %1 in the next %Ln week (expected visits × expected spend per visit); won back, about %2.</numerusform>
                <numerusform>Left alone, they are expected to spend %1 in the next %Ln weeks (expected visits × expected spend per visit); won back, about %2.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::InvitationDesigner</name>
        <message>
            <source>The first line is the headline; a line starting with “&gt; ” is a highlighted detail; an empty line starts a new paragraph.</source>
            <translation>The first line is the headline; a line starting with “&gt; ” is a highlighted detail; an empty line starts a new paragraph.</translation>
        </message>
        <message>
            <source>Inserts {%1}: %2</source>
            <translation>Inserts {%1}: %2</translation>
        </message>
        <message>
            <source>&amp;Save template</source>
            <translation>&amp;Save template</translation>
        </message>
        <message>
            <source>Invitation text</source>
            <translation>Invitation text</translation>
        </message>
        <message>
            <source>&amp;Logo…</source>
            <translation>&amp;Logo…</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>Only &amp;this guest</source>
            <translation>Only &amp;this guest</translation>
        </message>
        <message>
            <source>Print or save just the invitation shown, e.g. to replace a lost one.</source>
            <translation>Print or save just the invitation shown, e.g. to replace a lost one.</translation>
        </message>
        <message>
            <source>La&amp;yout</source>
            <translation>La&amp;yout</translation>
        </message>
        <message>
            <source>&amp;Guest</source>
            <translation>&amp;Guest</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>Print pre&amp;view…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Sample guest (nobody invited yet)</source>
            <translation>Sample guest (nobody invited yet)</translation>
        </message>
        <message>
            <source>Choose an event.</source>
            <translation>Choose an event.</translation>
        </message>
        <message>
            <source>Correct the text to see the invitation:
%1</source>
            <translation>Correct the text to see the invitation:
%1</translation>
        </message>
        <message>
            <source>The text is too long for this layout: its end is cut off. Shorten it or choose a larger layout.</source>
            <translation>The text is too long for this layout: its end is cut off. Shorten it or choose a larger layout.</translation>
        </message>
        <message>
            <source>no logo</source>
            <translation>no logo</translation>
        </message>
        <message>
            <source>Invite guests first (Guests tab).</source>
            <translation>Invite guests first (Guests tab).</translation>
        </message>
        <message>
            <source>The invitation text is saved with the event.</source>
            <translation>The invitation text is saved with the event.</translation>
        </message>
        <message>
            <source>Choose the store logo</source>
            <translation>Choose the store logo</translation>
        </message>
        <message>
            <source>Images (%1)</source>
            <translation>Images (%1)</translation>
        </message>
        <message>
            <source>The logo is saved; every printed document of the store uses it.</source>
            <translation>The logo is saved; every printed document of the store uses it.</translation>
        </message>
        <message>
            <source>The logo is removed; invitations show the store name alone.</source>
            <translation>The logo is removed; invitations show the store name alone.</translation>
        </message>
        <message>
            <source>invitations-%1-%2.pdf</source>
            <translation>invitations-%1-%2.pdf</translation>
        </message>
        <message>
            <source>Save the invitations as PDF</source>
            <translation>Save the invitations as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The invitations were made, but the audit log could not record it: %1</source>
            <translation>The invitations were made, but the audit log could not record it: %1</translation>
        </message>
        <message>
            <source>Page %v of %m</source>
            <translation>Page %v of %m</translation>
        </message>
        <message>
            <source>Printing the invitations…</source>
            <translation>Printing the invitations…</translation>
        </message>
        <message>
            <source>Invitations: %1</source>
            <translation>Invitations: %1</translation>
        </message>
        <message>
            <source>Print the invitations</source>
            <translation>Print the invitations</translation>
        </message>
        <message numerus="yes">
            <source>Writing %Ln invitation(s)…</source>
            <translation>
                <numerusform>Writing %Ln invitation…</numerusform>
                <numerusform>Writing %Ln invitations…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln page(s) saved to %1.</source>
            <translation>
                <numerusform>%Ln page saved to %1.</numerusform>
                <numerusform>%Ln pages saved to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitation(s) sent to %1.</source>
            <translation>
                <numerusform>%Ln invitation sent to %1.</numerusform>
                <numerusform>%Ln invitations sent to %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Reset to the default</source>
            <translation>&amp;Reset to the default</translation>
        </message>
    </context>
    <context>
        <name>md::ui::KpiTile</name>
        <message>
            <source>pt</source>
            <comment>percentage points</comment>
            <translation>pt</translation>
        </message>
        <message>
            <source>%1 vs last month</source>
            <translation>%1 vs last month</translation>
        </message>
        <message>
            <source>%1 vs last year</source>
            <translation>%1 vs last year</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MainWindow</name>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>Counter  F2</source>
            <translation>Counter  F2</translation>
        </message>
        <message>
            <source>Members  F4</source>
            <translation>Members  F4</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>%1 · %2 · database %3</source>
            <translation>%1 · %2 · database %3</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Member</source>
            <translation>&amp;Member</translation>
        </message>
        <message>
            <source>&amp;Find member</source>
            <translation>&amp;Find member</translation>
        </message>
        <message>
            <source>&amp;Register member…</source>
            <translation>&amp;Register member…</translation>
        </message>
        <message>
            <source>&amp;Edit member…</source>
            <translation>&amp;Edit member…</translation>
        </message>
        <message>
            <source>Member &amp;list</source>
            <translation>Member &amp;list</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About MemberDesk</source>
            <translation>&amp;About MemberDesk</translation>
        </message>
        <message>
            <source>About MemberDesk</source>
            <translation>About MemberDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;MemberDesk&lt;/h3&gt;&lt;p&gt;Member loyalty for small shops: tiers, points, care.&lt;/p&gt;&lt;p&gt;Database: %1 (schema version %2)&lt;/p&gt;</source>
            <translation>&lt;h3&gt;MemberDesk&lt;/h3&gt;&lt;p&gt;Member loyalty for small shops: tiers, points, care.&lt;/p&gt;&lt;p&gt;Database: %1 (schema version %2)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Insight  F6</source>
            <translation>Insight  F6</translation>
        </message>
        <message>
            <source>&amp;Insight</source>
            <translation>&amp;Insight</translation>
        </message>
        <message>
            <source>Loyalty programme  F7</source>
            <translation>Loyalty programme  F7</translation>
        </message>
        <message>
            <source>Today (%1)  F5</source>
            <translation>Today (%1)  F5</translation>
        </message>
        <message>
            <source>Today  F5</source>
            <translation>Today  F5</translation>
        </message>
        <message>
            <source>Member &amp;file…</source>
            <translation>Member &amp;file…</translation>
        </message>
        <message>
            <source>&amp;Care</source>
            <translation>&amp;Care</translation>
        </message>
        <message>
            <source>&amp;Today's care list</source>
            <translation>&amp;Today's care list</translation>
        </message>
        <message>
            <source>&amp;Loyalty programme</source>
            <translation>&amp;Loyalty programme</translation>
        </message>
        <message>
            <source>Dashboard  F8</source>
            <translation>Dashboard  F8</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Import from CSV…</source>
            <translation>&amp;Import from CSV…</translation>
        </message>
        <message>
            <source>&amp;Export to CSV…</source>
            <translation>&amp;Export to CSV…</translation>
        </message>
        <message>
            <source>Events  F9</source>
            <translation>Events  F9</translation>
        </message>
        <message>
            <source>VIP events</source>
            <translation>VIP events</translation>
        </message>
        <message>
            <source>&amp;Anonymise at the member's request…</source>
            <translation>&amp;Anonymise at the member's request…</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberCard</name>
        <message>
            <source>Scan a member card or type a phone number, the last 4 digits of a phone, a card number or a name.</source>
            <translation>Scan a member card or type a phone number, the last 4 digits of a phone, a card number or a name.</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Member since</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>(anonymised member)</translation>
        </message>
        <message>
            <source>Birthday today!</source>
            <translation>Birthday today!</translation>
        </message>
        <message>
            <source>Birthday this week</source>
            <translation>Birthday this week</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>Birthday month</translation>
        </message>
        <message>
            <source>%1 % off</source>
            <translation>%1 % off</translation>
        </message>
        <message>
            <source>No discount</source>
            <translation>No discount</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
        <message>
            <source>Top tier reached.</source>
            <translation>Top tier reached.</translation>
        </message>
        <message>
            <source>%1 more to %2</source>
            <translation>%1 more to %2</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Member file (Ctrl+I)</source>
            <translation>Member file (Ctrl+I)</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>Insight</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberDialog</name>
        <message>
            <source>Edit member</source>
            <translation>Edit member</translation>
        </message>
        <message>
            <source>Register a member</source>
            <translation>Register a member</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 138 0013 8000</source>
            <translation>Mobile or landline, e.g. 138 0013 8000</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Not given</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>Female</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>Male</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, e.g. 1990-03-15</source>
            <translation>YYYY-MM-DD, e.g. 1990-03-15</translation>
        </message>
        <message>
            <source>Scan a card, or leave empty to create a number</source>
            <translation>Scan a card, or leave empty to create a number</translation>
        </message>
        <message>
            <source>Referrer's card or phone (optional)</source>
            <translation>Referrer's card or phone (optional)</translation>
        </message>
        <message>
            <source>Agrees to receive offers and invitations</source>
            <translation>Agrees to receive offers and invitations</translation>
        </message>
        <message>
            <source>Number in a previous system (optional)</source>
            <translation>Number in a previous system (optional)</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Phone</translation>
        </message>
        <message>
            <source>&amp;Gender</source>
            <translation>&amp;Gender</translation>
        </message>
        <message>
            <source>&amp;Birthday</source>
            <translation>&amp;Birthday</translation>
        </message>
        <message>
            <source>&amp;Card number</source>
            <translation>&amp;Card number</translation>
        </message>
        <message>
            <source>&amp;Referred by</source>
            <translation>&amp;Referred by</translation>
        </message>
        <message>
            <source>&amp;Old system number</source>
            <translation>&amp;Old system number</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>The birthday "%1" is not a date. Type it as YYYY-MM-DD, e.g. 1990-03-15.</source>
            <translation>The birthday "%1" is not a date. Type it as YYYY-MM-DD, e.g. 1990-03-15.</translation>
        </message>
        <message>
            <source>No member has the card or phone %1.</source>
            <translation>No member has the card or phone %1.</translation>
        </message>
        <message>
            <source>Referrer: %1</source>
            <translation>Referrer: %1</translation>
        </message>
        <message>
            <source>Open that member</source>
            <translation>Open that member</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberFileDialog</name>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>Void</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Member file</source>
            <translation>Member file</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>More…</source>
            <translation>More…</translation>
        </message>
        <message>
            <source>&amp;Follow-up…</source>
            <translation>&amp;Follow-up…</translation>
        </message>
        <message>
            <source>&amp;Complaint…</source>
            <translation>&amp;Complaint…</translation>
        </message>
        <message>
            <source>&amp;Respond to complaint…</source>
            <translation>&amp;Respond to complaint…</translation>
        </message>
        <message>
            <source>Re&amp;solve complaint…</source>
            <translation>Re&amp;solve complaint…</translation>
        </message>
        <message>
            <source>Redeem &amp;gift…</source>
            <translation>Redeem &amp;gift…</translation>
        </message>
        <message>
            <source>&amp;Adjust points…</source>
            <translation>&amp;Adjust points…</translation>
        </message>
        <message>
            <source>(anonymised member)</source>
            <translation>(anonymised member)</translation>
        </message>
        <message>
            <source>Member file — %1</source>
            <translation>Member file — %1</translation>
        </message>
        <message>
            <source>Follow-up recorded.</source>
            <translation>Follow-up recorded.</translation>
        </message>
        <message>
            <source>Complaint recorded.</source>
            <translation>Complaint recorded.</translation>
        </message>
        <message>
            <source>Complaint resolved.</source>
            <translation>Complaint resolved.</translation>
        </message>
        <message>
            <source>Response recorded.</source>
            <translation>Response recorded.</translation>
        </message>
        <message>
            <source>Points adjusted; balance %1.</source>
            <translation>Points adjusted; balance %1.</translation>
        </message>
        <message>
            <source>%1 handed out for %2 points.</source>
            <translation>%1 handed out for %2 points.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln point(s)</source>
            <translation>
                <numerusform>%Ln point</numerusform>
                <numerusform>%Ln points</numerusform>
            </translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MemberListModel</name>
        <message>
            <source>Never</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
    </context>
    <context>
        <name>md::ui::MembersPage</name>
        <message>
            <source>Filter by name, phone or card</source>
            <translation>Filter by name, phone or card</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>All tiers</translation>
        </message>
        <message>
            <source>&amp;Open at the counter</source>
            <translation>&amp;Open at the counter</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::ParetoChartView</name>
        <message>
            <source>Members who bought, biggest spenders first</source>
            <translation>Members who bought, biggest spenders first</translation>
        </message>
        <message>
            <source>Share of sales</source>
            <translation>Share of sales</translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchaseList</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Void…</source>
            <translation>&amp;Void…</translation>
        </message>
        <message>
            <source>Reverse the selected purchase (a reversal is recorded, nothing is deleted)</source>
            <translation>Reverse the selected purchase (a reversal is recorded, nothing is deleted)</translation>
        </message>
        <message>
            <source>Latest purchases</source>
            <translation>Latest purchases</translation>
        </message>
        <message>
            <source>Voided: %1</source>
            <translation>Voided: %1</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Void purchase</source>
            <translation>Void purchase</translation>
        </message>
        <message numerus="yes">
            <source>(+%Ln point(s) used)</source>
            <translation>
                <numerusform>(+%Ln point used)</numerusform>
                <numerusform>(+%Ln points used)</numerusform>
            </translation>
        </message>
        <message>
            <source>That purchase is already voided.</source>
            <translation>That purchase is already voided.</translation>
        </message>
        <message>
            <source>Choose the purchase to void (↑/↓), then Alt+V again.</source>
            <translation>Choose the purchase to void (↑/↓), then Alt+V again.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::PurchasePanel</name>
        <message>
            <source>Record a purchase</source>
            <translation>Record a purchase</translation>
        </message>
        <message>
            <source>Shelf total in yuan, e.g. 128.50</source>
            <translation>Shelf total in yuan, e.g. 128.50</translation>
        </message>
        <message>
            <source> points</source>
            <translation> points</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>Record (Enter)</source>
            <translation>Record (Enter)</translation>
        </message>
        <message>
            <source>&amp;Amount</source>
            <translation>&amp;Amount</translation>
        </message>
        <message>
            <source>Pay with &amp;points</source>
            <translation>Pay with &amp;points</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Member discount</source>
            <translation>Member discount</translation>
        </message>
        <message>
            <source>Paid with points</source>
            <translation>Paid with points</translation>
        </message>
        <message>
            <source>To pay</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>Points earned</source>
            <translation>Points earned</translation>
        </message>
        <message>
            <source>up to %1</source>
            <translation>up to %1</translation>
        </message>
        <message>
            <source>−%1 (%2, %3 % off)</source>
            <translation>−%1 (%2, %3 % off)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>(birthday bonus)</source>
            <translation>(birthday bonus)</translation>
        </message>
        <message>
            <source>→ upgrades to %1</source>
            <translation>→ upgrades to %1</translation>
        </message>
        <message>
            <source>Type the amount first.</source>
            <translation>Type the amount first.</translation>
        </message>
        <message numerus="yes">
            <source>−%1 (%Ln point(s))</source>
            <translation>
                <numerusform>−%1 (%Ln point)</numerusform>
                <numerusform>−%1 (%Ln points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%Ln point(s)</source>
            <translation>
                <numerusform>+%Ln point</numerusform>
                <numerusform>+%Ln points</numerusform>
            </translation>
        </message>
        <message>
            <source>Check the amount</source>
            <translation>Check the amount</translation>
        </message>
        <message>
            <source>Record a purchase of %1?</source>
            <translation>Record a purchase of %1?</translation>
        </message>
        <message numerus="yes">
            <source>That is far above this shop's usual purchase (%1 on average over the last %Ln day(s)). A phone number or card typed into the amount field looks like this.</source>
            <translation>
                <numerusform>That is far above this shop's usual purchase (%1 on average over the last %Ln day). A phone number or card typed into the amount field looks like this.</numerusform>
                <numerusform>That is far above this shop's usual purchase (%1 on average over the last %Ln days). A phone number or card typed into the amount field looks like this.</numerusform>
            </translation>
        </message>
        <message>
            <source>That is a large amount. A phone number or card typed into the amount field looks like this.</source>
            <translation>That is a large amount. A phone number or card typed into the amount field looks like this.</translation>
        </message>
        <message>
            <source>&amp;Record %1</source>
            <translation>&amp;Record %1</translation>
        </message>
        <message>
            <source>Change the amount</source>
            <translation>Change the amount</translation>
        </message>
    </context>
    <context>
        <name>md::ui::QuadrantChartView</name>
        <message>
            <source>Profit in the window (yuan, log scale)</source>
            <translation>Profit in the window (yuan, log scale)</translation>
        </message>
        <message>
            <source>Loyalty (visits × regularity)</source>
            <translation>Loyalty (visits × regularity)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <source>Restoring replaces everything in the database — members, purchases, points, accounts — with the backup's content. The current database is kept as a copy beside it first, and the audit log keeps its newer entries.</source>
            <translation>Restoring replaces everything in the database — members, purchases, points, accounts — with the backup's content. The current database is kept as a copy beside it first, and the audit log keeps its newer entries.</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Automatic backups in %1:</source>
            <translation>Automatic backups in %1:</translation>
        </message>
        <message>
            <source>No automatic backups in %1 yet.</source>
            <translation>No automatic backups in %1 yet.</translation>
        </message>
        <message>
            <source>or a backup file elsewhere (a USB stick, say)</source>
            <translation>or a backup file elsewhere (a USB stick, say)</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Choose file…</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>MemberDesk databases (*.db);;All files (*)</source>
            <translation>MemberDesk databases (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Choose a backup to see what it holds.</source>
            <translation>Choose a backup to see what it holds.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Cannot be restored.&lt;/b&gt;&lt;br&gt;%1</source>
            <translation>&lt;b&gt;Cannot be restored.&lt;/b&gt;&lt;br&gt;%1</translation>
        </message>
        <message>
            <source>&lt;b&gt;A good MemberDesk backup&lt;/b&gt; (checked: no damage found).</source>
            <translation>&lt;b&gt;A good MemberDesk backup&lt;/b&gt; (checked: no damage found).</translation>
        </message>
        <message>
            <source>Written: %1; %2.</source>
            <translation>Written: %1; %2.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Made by an older version (schema %1); it is upgraded to schema %2 when restored.</source>
            <translation>Made by an older version (schema %1); it is upgraded to schema %2 when restored.</translation>
        </message>
        <message>
            <source>Schema %1 (this version's).</source>
            <translation>Schema %1 (this version's).</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>Choose a backup first.</translation>
        </message>
        <message>
            <source>Nothing was restored: %1</source>
            <translation>Nothing was restored: %1</translation>
        </message>
        <message>
            <source>Replace the current database with this backup?

%1

Everything recorded since the backup was written is no longer in the database (the current database is kept as a copy). MemberDesk then reloads and everyone signs in again.</source>
            <translation>Replace the current database with this backup?

%1

Everything recorded since the backup was written is no longer in the database (the current database is kept as a copy). MemberDesk then reloads and everyone signs in again.</translation>
        </message>
        <message>
            <source>The backup is restored. The previous database is kept as:
%1

MemberDesk reloads now; sign in again.</source>
            <translation>The backup is restored. The previous database is kept as:
%1

MemberDesk reloads now; sign in again.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s); last purchase %1.</source>
            <translation>
                <numerusform>%Ln member; last purchase %1.</numerusform>
                <numerusform>%Ln members; last purchase %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;A backup of another database&lt;/b&gt;, not of the one in use: restoring it replaces this database's members and purchases with that one's.</source>
            <translation>&lt;b&gt;A backup of another database&lt;/b&gt;, not of the one in use: restoring it replaces this database's members and purchases with that one's.</translation>
        </message>
        <message>
            <source>This backup is of another database, not of the one in use.</source>
            <translation>This backup is of another database, not of the one in use.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RfmChartView</name>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
    </context>
    <context>
        <name>md::ui::RulesPage</name>
        <message>
            <source>Loyalty programme</source>
            <translation>Loyalty programme</translation>
        </message>
        <message>
            <source>Changing the rules never rewrites history: past purchases keep the points they earned and members keep the tier they reached until their review. Every change is recorded (who, when, before and after).</source>
            <translation>Changing the rules never rewrites history: past purchases keep the points they earned and members keep the tier they reached until their review. Every change is recorded (who, when, before and after).</translation>
        </message>
        <message>
            <source>paid spend in the last 12 months</source>
            <translation>paid spend in the last 12 months</translation>
        </message>
        <message>
            <source>lifetime paid spend</source>
            <translation>lifetime paid spend</translation>
        </message>
        <message>
            <source>Threshold (¥)</source>
            <translation>Threshold (¥)</translation>
        </message>
        <message>
            <source>Discount</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Points ×</source>
            <translation>Points ×</translation>
        </message>
        <message>
            <source>&amp;Add tier</source>
            <translation>&amp;Add tier</translation>
        </message>
        <message>
            <source>Remove &amp;last tier</source>
            <translation>Remove &amp;last tier</translation>
        </message>
        <message>
            <source>Thresholds count the member's</source>
            <translation>Thresholds count the member's</translation>
        </message>
        <message>
            <source>A tier is kept at least</source>
            <translation>A tier is kept at least</translation>
        </message>
        <message>
            <source>months before a review may lower it; upgrades happen at once.</source>
            <translation>months before a review may lower it; upgrades happen at once.</translation>
        </message>
        <message>
            <source>Tiers (2 to 8)</source>
            <translation>Tiers (2 to 8)</translation>
        </message>
        <message>
            <source>the amount paid</source>
            <translation>the amount paid</translation>
        </message>
        <message>
            <source>the gross profit</source>
            <translation>the gross profit</translation>
        </message>
        <message>
            <source>at the end of the month, this many months after earning:</source>
            <translation>at the end of the month, this many months after earning:</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Points per ¥1</source>
            <translation>Points per ¥1</translation>
        </message>
        <message>
            <source>Earned on</source>
            <translation>Earned on</translation>
        </message>
        <message>
            <source>Birthday month</source>
            <translation>Birthday month</translation>
        </message>
        <message>
            <source>Points expire</source>
            <translation>Points expire</translation>
        </message>
        <message>
            <source>Points worth ¥1 at the till</source>
            <translation>Points worth ¥1 at the till</translation>
        </message>
        <message>
            <source>Points pay at most</source>
            <translation>Points pay at most</translation>
        </message>
        <message>
            <source>Referral bonus (points)</source>
            <translation>Referral bonus (points)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vert</translation>
        </message>
        <message>
            <source>Changes to the programme</source>
            <translation>Changes to the programme</translation>
        </message>
        <message>
            <source>Tier %1</source>
            <translation>Tier %1</translation>
        </message>
        <message>
            <source>Thresholds are the member's lifetime paid spend (money paid, not points). The first tier starts at ¥0.</source>
            <translation>Thresholds are the member's lifetime paid spend (money paid, not points). The first tier starts at ¥0.</translation>
        </message>
        <message>
            <source>Thresholds are the member's paid spend in the last 12 months (money paid, not points). The first tier starts at ¥0.</source>
            <translation>Thresholds are the member's paid spend in the last 12 months (money paid, not points). The first tier starts at ¥0.</translation>
        </message>
        <message>
            <source>Tier %1, threshold: %2</source>
            <translation>Tier %1, threshold: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Saved. The new rules apply from now on; past purchases keep their points.</source>
            <translation>Saved. The new rules apply from now on; past purchases keep their points.</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>threshold</source>
            <translation>threshold</translation>
        </message>
        <message>
            <source>discount</source>
            <translation>discount</translation>
        </message>
        <message>
            <source>points multiplier</source>
            <translation>points multiplier</translation>
        </message>
        <message>
            <source>Tier %1, %2</source>
            <translation>Tier %1, %2</translation>
        </message>
        <message>
            <source>Months a tier is kept</source>
            <translation>Months a tier is kept</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>the shop</source>
            <translation>the shop</translation>
        </message>
        <message>
            <source>%1 — first programme set by %2</source>
            <translation>%1 — first programme set by %2</translation>
        </message>
        <message>
            <source>%1 — changed by %2</source>
            <translation>%1 — changed by %2</translation>
        </message>
        <message>
            <source>No changes yet: the built-in programme is in force.</source>
            <translation>No changes yet: the built-in programme is in force.</translation>
        </message>
        <message>
            <source>Tier name</source>
            <translation>Tier name</translation>
        </message>
        <message>
            <source>Points × in the birthday month</source>
            <translation>Points × in the birthday month</translation>
        </message>
        <message>
            <source>Gift catalogue (each gift is saved at once)</source>
            <translation>Gift catalogue (each gift is saved at once)</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SessionGuard</name>
        <message>
            <source>The idle lock takes 0 (never) to %1 minutes.</source>
            <translation>The idle lock takes 0 (never) to %1 minutes.</translation>
        </message>
        <message>
            <source>&amp;Shop</source>
            <translation>&amp;Shop</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Switch user…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>Change my &amp;password…</translation>
        </message>
        <message>
            <source>Change my &amp;PIN…</source>
            <translation>Change my &amp;PIN…</translation>
        </message>
        <message>
            <source>&amp;Users…</source>
            <translation>&amp;Users…</translation>
        </message>
        <message>
            <source>&amp;Audit log…</source>
            <translation>&amp;Audit log…</translation>
        </message>
        <message>
            <source>&amp;Backups and lock…</source>
            <translation>&amp;Backups and lock…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Member database</source>
            <translation>Member database</translation>
        </message>
        <message>
            <source>MemberDesk database (*.db);;All files (*)</source>
            <translation>MemberDesk database (*.db);;All files (*)</translation>
        </message>
        <message>
            <source>Open now: %1</source>
            <translation>Open now: %1</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Database file</source>
            <translation>&amp;Database file</translation>
        </message>
        <message>
            <source>The change takes effect when MemberDesk starts again. Restart now?</source>
            <translation>The change takes effect when MemberDesk starts again. Restart now?</translation>
        </message>
    </context>
    <context>
        <name>md::ui::SignInDialog</name>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>Sign in — %1</source>
            <translation>Sign in — %1</translation>
        </message>
        <message>
            <source>Switch user — %1</source>
            <translation>Switch user — %1</translation>
        </message>
        <message>
            <source>Locked — %1</source>
            <translation>Locked — %1</translation>
        </message>
        <message>
            <source>MemberDesk is locked. Choose your name and enter your PIN or password.</source>
            <translation>MemberDesk is locked. Choose your name and enter your PIN or password.</translation>
        </message>
        <message>
            <source>MemberDesk is locked (%1 was signed in). %1 or another user may unlock it.</source>
            <translation>MemberDesk is locked (%1 was signed in). %1 or another user may unlock it.</translation>
        </message>
        <message>
            <source>Who takes over the counter? Choose your name and enter your PIN or password.</source>
            <translation>Who takes over the counter? Choose your name and enter your PIN or password.</translation>
        </message>
        <message>
            <source>Choose your name and enter your PIN or password.</source>
            <translation>Choose your name and enter your PIN or password.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>%1 · owner</source>
            <translation>%1 · owner</translation>
        </message>
        <message>
            <source>%1 · clerk</source>
            <translation>%1 · clerk</translation>
        </message>
        <message>
            <source>No account can sign in on this database. Ask whoever set up this PC for help.</source>
            <translation>No account can sign in on this database. Ask whoever set up this PC for help.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;PIN:</source>
            <translation>&amp;PIN:</translation>
        </message>
        <message>
            <source>Owner's password</source>
            <translation>Owner's password</translation>
        </message>
        <message>
            <source>4 to 6 digits</source>
            <translation>4 to 6 digits</translation>
        </message>
        <message>
            <source>Choose your name in the list.</source>
            <translation>Choose your name in the list.</translation>
        </message>
        <message>
            <source>Enter the password.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <source>Enter the PIN.</source>
            <translation>Enter the PIN.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::StartOfDay</name>
        <message>
            <source>Today's points expiry: %1 of %2 lapsed credits…</source>
            <translation>Today's points expiry: %1 of %2 lapsed credits…</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review: %1 lapsed credits expired, %2 tiers lowered.</source>
            <translation>Today's points expiry and tier review: %1 lapsed credits expired, %2 tiers lowered.</translation>
        </message>
        <message>
            <source>MemberDesk</source>
            <translation>MemberDesk</translation>
        </message>
        <message>
            <source>Today's points expiry and tier review could not run:
%1

The counter works; it is tried again in a few minutes.</source>
            <translation>Today's points expiry and tier review could not run:
%1

The counter works; it is tried again in a few minutes.</translation>
        </message>
    </context>
    <context>
        <name>md::ui::UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>&amp;Add…</source>
            <translation>&amp;Add…</translation>
        </message>
        <message>
            <source>&amp;Reset PIN / password…</source>
            <translation>&amp;Reset PIN / password…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>Change &amp;my password…</source>
            <translation>Change &amp;my password…</translation>
        </message>
        <message>
            <source>Clerks sign in with a PIN and run the counter: they see phone numbers masked and cannot export, delete, change the programme, adjust points, restore backups or see the owner's reports. Accounts are never deleted (the audit log names them); a disabled account cannot sign in.</source>
            <translation>Clerks sign in with a PIN and run the counter: they see phone numbers masked and cannot export, delete, change the programme, adjust points, restore backups or see the owner's reports. Accounts are never deleted (the audit log names them); a disabled account cannot sign in.</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Locked until %1 (wrong PIN or password)</source>
            <translation>Locked until %1 (wrong PIN or password)</translation>
        </message>
        <message>
            <source>%1 (you)</source>
            <translation>%1 (you)</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message numerus="yes">
            <source>Active; %Ln failed attempt(s)</source>
            <translation>
                <numerusform>Active; %Ln failed attempt</numerusform>
                <numerusform>Active; %Ln failed attempts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>md::ui::VoidPurchaseDialog</name>
        <message>
            <source>Void purchase</source>
            <translation>Void purchase</translation>
        </message>
        <message>
            <source>Void the purchase of %1 on %2 (paid %3)?</source>
            <translation>Void the purchase of %1 on %2 (paid %3)?</translation>
        </message>
        <message>
            <source>Reason (required), e.g. wrong amount, goods returned</source>
            <translation>Reason (required), e.g. wrong amount, goods returned</translation>
        </message>
        <message>
            <source>A reversal is recorded; the purchase stays in the history.</source>
            <translation>A reversal is recorded; the purchase stays in the history.</translation>
        </message>
        <message numerus="yes">
            <source>The %Ln point(s) it earned are taken back.</source>
            <translation>
                <numerusform>The %Ln point it earned are taken back.</numerusform>
                <numerusform>The %Ln points it earned are taken back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %Ln point(s) it used are given back.</source>
            <translation>
                <numerusform>The %Ln point it used are given back.</numerusform>
                <numerusform>The %Ln points it used are given back.</numerusform>
            </translation>
        </message>
    </context>
</TS>
