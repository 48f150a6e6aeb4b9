<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CardNumber</name>
        <message>
            <source>"%1" is not a card number: use 4 to 32 letters or digits.</source>
            <translation>"%1" is not a card number: use 4 to 32 letters or digits.</translation>
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
            <source>--members, --months and --seed take whole numbers.</source>
            <translation>--members, --months and --seed take whole numbers.</translation>
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
        <message numerus="yes">
            <source>The name is longer than %n character(s).</source>
            <translation>
                <numerusform>The name is longer than %n character.</numerusform>
                <numerusform>The name is longer than %n characters.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>The note is longer than %n character(s).</source>
            <translation>
                <numerusform>The note is longer than %n character.</numerusform>
                <numerusform>The note is longer than %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>The member was not saved: %1</source>
            <translation>The member was not saved: %1</translation>
        </message>
        <message>
            <source>This member was anonymised on request and can no longer be edited.</source>
            <translation>This member was anonymised on request and can no longer be edited.</translation>
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
        <message numerus="yes">
            <source>The member has only %n point(s) available.</source>
            <translation>
                <numerusform>The member has only %n point available.</numerusform>
                <numerusform>The member has only %n points available.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At most %n point(s) can be used on this purchase (%1 % of the amount).</source>
            <translation>
                <numerusform>At most %n point can be used on this purchase (%1 % of the amount).</numerusform>
                <numerusform>At most %n points can be used on this purchase (%1 % of the amount).</numerusform>
            </translation>
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
    </context>
    <context>
        <name>RulesService</name>
        <message>
            <source>The rules file is not a JSON object: %1 (at character %2).</source>
            <translation>The rules file is not a JSON object: %1 (at character %2).</translation>
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
        <message numerus="yes">
            <source>Recorded: paid %1, +%n point(s) (balance %2).</source>
            <translation>
                <numerusform>Recorded: paid %1, +%n point (balance %2).</numerusform>
                <numerusform>Recorded: paid %1, +%n points (balance %2).</numerusform>
            </translation>
        </message>
        <message>
            <source>Upgraded to %1! Congratulate the member.</source>
            <translation>Upgraded to %1! Congratulate the member.</translation>
        </message>
        <message numerus="yes">
            <source>Purchase %1 voided: %n point(s) taken back, balance %2.</source>
            <translation>
                <numerusform>Purchase %1 voided: %n point taken back, balance %2.</numerusform>
                <numerusform>Purchase %1 voided: %n points taken back, balance %2.</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>(+%n point(s) used)</source>
            <translation>
                <numerusform>(+%n point used)</numerusform>
                <numerusform>(+%n points used)</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>−%1 (%n point(s))</source>
            <translation>
                <numerusform>−%1 (%n point)</numerusform>
                <numerusform>−%1 (%n points)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n point(s)</source>
            <translation>
                <numerusform>+%n point</numerusform>
                <numerusform>+%n points</numerusform>
            </translation>
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
            <source>The %n point(s) it earned are taken back.</source>
            <translation>
                <numerusform>The %n point it earned are taken back.</numerusform>
                <numerusform>The %n points it earned are taken back.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n point(s) it used are given back.</source>
            <translation>
                <numerusform>The %n point it used are given back.</numerusform>
                <numerusform>The %n points it used are given back.</numerusform>
            </translation>
        </message>
    </context>
</TS>
