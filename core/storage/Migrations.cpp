// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace md {

namespace {

// Version 1: the whole first release. Times are local ISO text (yyyy-MM-ddTHH:mm:ss), dates yyyy-MM-dd,
// money integer fen. Append-only history is enforced by triggers, not only by convention.
QStringList schemaV1()
{
    return {
        uR"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"_s,

        uR"(CREATE TABLE users (
            id              INTEGER PRIMARY KEY,
            name            TEXT NOT NULL UNIQUE,
            role            TEXT NOT NULL CHECK (role IN ('owner', 'clerk')),
            secret_hash     TEXT NOT NULL DEFAULT '',
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until    TEXT,
            disabled        INTEGER NOT NULL DEFAULT 0,
            created_at      TEXT NOT NULL))"_s,

        uR"(CREATE TABLE members (
            id             INTEGER PRIMARY KEY,
            card           TEXT NOT NULL UNIQUE,
            name           TEXT NOT NULL,
            name_key       TEXT NOT NULL,
            phone          TEXT UNIQUE,
            phone_rev      TEXT,
            gender         TEXT NOT NULL DEFAULT 'u' CHECK (gender IN ('m', 'f', 'u')),
            birthday       TEXT,
            referrer_id    INTEGER REFERENCES members(id),
            consent        INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
            consent_at     TEXT,
            external_ref   TEXT UNIQUE,
            note           TEXT NOT NULL DEFAULT '',
            tier           INTEGER NOT NULL DEFAULT 0,
            tier_since     TEXT,
            points         INTEGER NOT NULL DEFAULT 0,
            visits         INTEGER NOT NULL DEFAULT 0,
            paid_total_fen INTEGER NOT NULL DEFAULT 0,
            first_visit    TEXT,
            last_visit     TEXT,
            anonymized_at  TEXT,
            created_at     TEXT NOT NULL,
            updated_at     TEXT NOT NULL,
            CHECK (referrer_id IS NULL OR referrer_id <> id)))"_s,
        u"CREATE INDEX members_phone_rev ON members(phone_rev)"_s,
        u"CREATE INDEX members_name_key ON members(name_key)"_s,
        u"CREATE INDEX members_tier ON members(tier)"_s,
        u"CREATE INDEX members_referrer ON members(referrer_id)"_s,
        u"CREATE INDEX members_created ON members(created_at)"_s,
        u"CREATE INDEX members_points ON members(points)"_s,
        u"CREATE INDEX members_last_visit ON members(last_visit)"_s,

        // A void is its own row; purchases.voided_by points to it once and never changes again.
        uR"(CREATE TABLE purchase_voids (
            id          INTEGER PRIMARY KEY,
            purchase_id INTEGER NOT NULL UNIQUE,
            time        TEXT NOT NULL,
            reason      TEXT NOT NULL,
            user_id     INTEGER REFERENCES users(id)))"_s,

        uR"(CREATE TABLE purchases (
            id              INTEGER PRIMARY KEY,
            member_id       INTEGER NOT NULL REFERENCES members(id),
            time            TEXT NOT NULL,
            gross_fen       INTEGER NOT NULL CHECK (gross_fen >= 0),
            discount_fen    INTEGER NOT NULL DEFAULT 0 CHECK (discount_fen >= 0),
            redeemed_points INTEGER NOT NULL DEFAULT 0 CHECK (redeemed_points >= 0),
            redeemed_fen    INTEGER NOT NULL DEFAULT 0 CHECK (redeemed_fen >= 0),
            paid_fen        INTEGER NOT NULL CHECK (paid_fen >= 0),
            profit_fen      INTEGER,
            points_earned   INTEGER NOT NULL DEFAULT 0,
            tier            INTEGER NOT NULL DEFAULT 0,
            user_id         INTEGER REFERENCES users(id),
            note            TEXT NOT NULL DEFAULT '',
            source          TEXT NOT NULL DEFAULT 'counter',
            voided_by       INTEGER REFERENCES purchase_voids(id),
            CHECK (gross_fen - discount_fen - redeemed_fen = paid_fen)))"_s,
        u"CREATE INDEX purchases_member_time ON purchases(member_id, time)"_s,
        u"CREATE INDEX purchases_time ON purchases(time)"_s,
        uR"(CREATE TRIGGER purchases_append_only BEFORE UPDATE ON purchases
            WHEN OLD.voided_by IS NOT NULL OR NEW.voided_by IS NULL
              OR NEW.member_id IS NOT OLD.member_id OR NEW.time IS NOT OLD.time
              OR NEW.gross_fen IS NOT OLD.gross_fen OR NEW.discount_fen IS NOT OLD.discount_fen
              OR NEW.redeemed_points IS NOT OLD.redeemed_points OR NEW.redeemed_fen IS NOT OLD.redeemed_fen
              OR NEW.paid_fen IS NOT OLD.paid_fen OR NEW.profit_fen IS NOT OLD.profit_fen
              OR NEW.points_earned IS NOT OLD.points_earned
            BEGIN SELECT RAISE(ABORT, 'purchases are append-only: void instead'); END)"_s,
        uR"(CREATE TRIGGER purchases_no_delete BEFORE DELETE ON purchases
            BEGIN SELECT RAISE(ABORT, 'purchases are append-only: void instead'); END)"_s,
        uR"(CREATE TRIGGER purchase_voids_append_only BEFORE UPDATE ON purchase_voids
            BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END)"_s,
        uR"(CREATE TRIGGER purchase_voids_no_delete BEFORE DELETE ON purchase_voids
            BEGIN SELECT RAISE(ABORT, 'voids are append-only'); END)"_s,

        // The points ledger is the truth; members.points is a cache that `check` proves equal to it.
        uR"(CREATE TABLE points_ledger (
            id          INTEGER PRIMARY KEY,
            member_id   INTEGER NOT NULL REFERENCES members(id),
            time        TEXT NOT NULL,
            delta       INTEGER NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'void_earn', 'void_redeem', 'expire',
                                                      'adjust', 'referral', 'gift', 'import')),
            purchase_id INTEGER REFERENCES purchases(id),
            expires_on  TEXT,
            reason      TEXT NOT NULL DEFAULT '',
            user_id     INTEGER REFERENCES users(id)))"_s,
        u"CREATE INDEX points_ledger_member ON points_ledger(member_id, time)"_s,
        u"CREATE INDEX points_ledger_purchase ON points_ledger(purchase_id)"_s,
        u"CREATE INDEX points_ledger_expiry ON points_ledger(expires_on) WHERE expires_on IS NOT NULL"_s,
        // Which credit (award) each debit consumed: makes FIFO redemption and expiry exact and replayable.
        uR"(CREATE TABLE points_allocations (
            debit_id  INTEGER NOT NULL REFERENCES points_ledger(id),
            credit_id INTEGER NOT NULL REFERENCES points_ledger(id),
            points    INTEGER NOT NULL CHECK (points > 0),
            PRIMARY KEY (debit_id, credit_id)))"_s,
        u"CREATE INDEX points_allocations_credit ON points_allocations(credit_id)"_s,
        uR"(CREATE TRIGGER points_ledger_append_only BEFORE UPDATE ON points_ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END)"_s,
        uR"(CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
            BEGIN SELECT RAISE(ABORT, 'the points ledger is append-only'); END)"_s,

        uR"(CREATE TABLE tier_history (
            id          INTEGER PRIMARY KEY,
            member_id   INTEGER NOT NULL REFERENCES members(id),
            time        TEXT NOT NULL,
            from_tier   INTEGER,
            to_tier     INTEGER NOT NULL,
            from_name   TEXT,
            to_name     TEXT NOT NULL,
            reason      TEXT NOT NULL,
            purchase_id INTEGER REFERENCES purchases(id)))"_s,
        u"CREATE INDEX tier_history_member ON tier_history(member_id, time)"_s,
        u"CREATE INDEX tier_history_time ON tier_history(time)"_s,
        u"CREATE INDEX tier_history_purchase ON tier_history(purchase_id)"_s,

        uR"(CREATE TABLE rules_history (
            id       INTEGER PRIMARY KEY,
            time     TEXT NOT NULL,
            user_id  INTEGER REFERENCES users(id),
            old_doc  TEXT,
            new_doc  TEXT NOT NULL))"_s,

        uR"(CREATE TABLE gifts (
            id           INTEGER PRIMARY KEY,
            name         TEXT NOT NULL,
            points_price INTEGER NOT NULL CHECK (points_price > 0),
            stock        INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
            active       INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE gift_redemptions (
            id        INTEGER PRIMARY KEY,
            gift_id   INTEGER NOT NULL REFERENCES gifts(id),
            member_id INTEGER NOT NULL REFERENCES members(id),
            ledger_id INTEGER NOT NULL REFERENCES points_ledger(id),
            time      TEXT NOT NULL,
            user_id   INTEGER REFERENCES users(id)))"_s,

        uR"(CREATE TABLE followups (
            id         INTEGER PRIMARY KEY,
            member_id  INTEGER NOT NULL REFERENCES members(id),
            time       TEXT NOT NULL,
            channel    TEXT NOT NULL,
            outcome    TEXT NOT NULL DEFAULT '',
            next_date  TEXT,
            user_id    INTEGER REFERENCES users(id)))"_s,
        u"CREATE INDEX followups_member ON followups(member_id, time)"_s,
        u"CREATE INDEX followups_next ON followups(next_date)"_s,
        uR"(CREATE TABLE complaints (
            id          INTEGER PRIMARY KEY,
            member_id   INTEGER NOT NULL REFERENCES members(id),
            opened_at   TEXT NOT NULL,
            opened_by   INTEGER REFERENCES users(id),
            description TEXT NOT NULL,
            handled_at  TEXT,
            handled_by  INTEGER REFERENCES users(id),
            resolution  TEXT NOT NULL DEFAULT '',
            resolved_at TEXT,
            resolved_by INTEGER REFERENCES users(id)))"_s,
        u"CREATE INDEX complaints_member ON complaints(member_id)"_s,
        u"CREATE INDEX gift_redemptions_member ON gift_redemptions(member_id)"_s,
        // Rows of the daily care list that the counter marked done (kind + member + the day it applies to).
        uR"(CREATE TABLE care_done (
            kind      TEXT NOT NULL,
            member_id INTEGER NOT NULL REFERENCES members(id),
            ref_date  TEXT NOT NULL,
            done_at   TEXT NOT NULL,
            user_id   INTEGER REFERENCES users(id),
            PRIMARY KEY (kind, member_id, ref_date)))"_s,

        uR"(CREATE TABLE events (
            id          INTEGER PRIMARY KEY,
            title       TEXT NOT NULL,
            starts_at   TEXT NOT NULL,
            ends_at     TEXT NOT NULL,
            place       TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            offer       TEXT NOT NULL DEFAULT '',
            cost_fen    INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
            capacity    INTEGER,
            audience    TEXT NOT NULL DEFAULT '{}',
            template    TEXT NOT NULL DEFAULT '',
            created_at  TEXT NOT NULL,
            CHECK (ends_at > starts_at)))"_s,
        uR"(CREATE TABLE event_invitations (
            event_id      INTEGER NOT NULL REFERENCES events(id),
            member_id     INTEGER NOT NULL REFERENCES members(id),
            token         TEXT NOT NULL UNIQUE,
            invited_at    TEXT NOT NULL,
            checked_in_at TEXT,
            checked_in_by INTEGER REFERENCES users(id),
            PRIMARY KEY (event_id, member_id)))"_s,
        u"CREATE INDEX event_invitations_member ON event_invitations(member_id)"_s,

        uR"(CREATE TABLE audit_log (
            id      INTEGER PRIMARY KEY,
            time    TEXT NOT NULL,
            user_id INTEGER REFERENCES users(id),
            action  TEXT NOT NULL,
            target  TEXT NOT NULL DEFAULT '',
            details TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX audit_log_time ON audit_log(time)"_s,
        uR"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
        uR"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
    };
}

// Version 2: summaries for the monthly review (core/reports). Kept by triggers, so every writer (the
// counter, voids, imports) maintains them in its own transaction; the demo's bulk insert drops the
// triggers and fills the summaries once at the end; `report rebuild-summaries` recomputes them from the
// base tables (ReportSummaries::rebuild).
//   report_hourly: non-voided purchases per local day × hour × tier at purchase time.
//   report_member_month: each member's non-voided purchases per calendar month (new_member: the member
//     was created in that month).
//   report_points_daily: ledger movements per day × kind, credits and debits apart.
//   report_monthly: per month, the members who bought (active), those of them created that month, and
//     those who bought at least twice (kept from report_member_month by its own triggers).
QStringList schemaV2()
{
    return {
        uR"(CREATE TABLE report_hourly (
            day       TEXT NOT NULL,
            hour      INTEGER NOT NULL,
            tier      INTEGER NOT NULL,
            purchases INTEGER NOT NULL,
            paid_fen  INTEGER NOT NULL,
            PRIMARY KEY (day, hour, tier)) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE report_member_month (
            month      TEXT NOT NULL,
            member_id  INTEGER NOT NULL,
            purchases  INTEGER NOT NULL,
            paid_fen   INTEGER NOT NULL,
            first_time TEXT NOT NULL,
            last_time  TEXT NOT NULL,
            new_member INTEGER NOT NULL,
            PRIMARY KEY (month, member_id)) WITHOUT ROWID)"_s,
        u"CREATE INDEX report_member_month_spend ON report_member_month(month, paid_fen)"_s,
        // Active, new-and-active and repeat members per month: kept from report_member_month by triggers.
        uR"(CREATE TABLE report_monthly (
            month             TEXT PRIMARY KEY,
            active_members    INTEGER NOT NULL,
            new_active        INTEGER NOT NULL,
            repeat_members    INTEGER NOT NULL) WITHOUT ROWID)"_s,
        // Tier distribution at a month end counts the members who joined since, by tier.
        u"CREATE INDEX report_members_created_tier ON members(created_at, tier)"_s,
        uR"(CREATE TABLE report_points_daily (
            day          TEXT NOT NULL,
            kind         TEXT NOT NULL,
            credit       INTEGER NOT NULL,
            debit        INTEGER NOT NULL,
            PRIMARY KEY (day, kind)) WITHOUT ROWID)"_s,
        // Filled from what is already there (the same statements as ReportSummaries::rebuild), then kept by
        // the triggers below.
        uR"(INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen)
            SELECT substr(time, 1, 10), CAST(substr(time, 12, 2) AS INTEGER), tier, count(*), sum(paid_fen)
            FROM purchases WHERE voided_by IS NULL GROUP BY 1, 2, 3)"_s,
        uR"(INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, last_time, new_member)
            SELECT substr(p.time, 1, 7), p.member_id, count(*), sum(p.paid_fen), min(p.time), max(p.time),
                   coalesce((SELECT substr(created_at, 1, 7) FROM members WHERE id = p.member_id)
                            = substr(p.time, 1, 7), 0)
            FROM purchases p WHERE p.voided_by IS NULL GROUP BY 1, 2)"_s,
        uR"(INSERT INTO report_points_daily(day, kind, credit, debit)
            SELECT substr(time, 1, 10), kind, sum(max(delta, 0)), sum(max(-delta, 0))
            FROM points_ledger GROUP BY 1, 2)"_s,
        uR"(INSERT INTO report_monthly(month, active_members, new_active, repeat_members)
            SELECT month, count(*), sum(new_member), sum(purchases >= 2) FROM report_member_month GROUP BY month)"_s,
        uR"(CREATE TRIGGER report_purchase_insert AFTER INSERT ON purchases WHEN NEW.voided_by IS NULL
            BEGIN
              INSERT INTO report_hourly(day, hour, tier, purchases, paid_fen)
                VALUES (substr(NEW.time, 1, 10), CAST(substr(NEW.time, 12, 2) AS INTEGER), NEW.tier, 1, NEW.paid_fen)
                ON CONFLICT(day, hour, tier) DO UPDATE SET purchases = purchases + 1,
                  paid_fen = paid_fen + excluded.paid_fen;
              INSERT INTO report_member_month(month, member_id, purchases, paid_fen, first_time, last_time, new_member)
                VALUES (substr(NEW.time, 1, 7), NEW.member_id, 1, NEW.paid_fen, NEW.time, NEW.time,
                  coalesce((SELECT substr(created_at, 1, 7) FROM members WHERE id = NEW.member_id)
                           = substr(NEW.time, 1, 7), 0))
                ON CONFLICT(month, member_id) DO UPDATE SET purchases = purchases + 1,
                  paid_fen = paid_fen + excluded.paid_fen, first_time = min(first_time, excluded.first_time),
                  last_time = max(last_time, excluded.last_time);
            END)"_s,
        uR"(CREATE TRIGGER report_purchase_void AFTER UPDATE OF voided_by ON purchases
            WHEN OLD.voided_by IS NULL AND NEW.voided_by IS NOT NULL
            BEGIN
              UPDATE report_hourly SET purchases = purchases - 1, paid_fen = paid_fen - OLD.paid_fen
                WHERE day = substr(OLD.time, 1, 10) AND hour = CAST(substr(OLD.time, 12, 2) AS INTEGER)
                  AND tier = OLD.tier;
              DELETE FROM report_hourly WHERE day = substr(OLD.time, 1, 10)
                AND hour = CAST(substr(OLD.time, 12, 2) AS INTEGER) AND tier = OLD.tier AND purchases <= 0;
              UPDATE report_member_month SET purchases = purchases - 1, paid_fen = paid_fen - OLD.paid_fen,
                  first_time = coalesce((SELECT min(time) FROM purchases WHERE member_id = OLD.member_id
                      AND time >= substr(OLD.time, 1, 7) || '-01' AND time < substr(OLD.time, 1, 7) || '-99'
                      AND voided_by IS NULL), first_time),
                  last_time = coalesce((SELECT max(time) FROM purchases WHERE member_id = OLD.member_id
                      AND time >= substr(OLD.time, 1, 7) || '-01' AND time < substr(OLD.time, 1, 7) || '-99'
                      AND voided_by IS NULL), last_time)
                WHERE month = substr(OLD.time, 1, 7) AND member_id = OLD.member_id;
              DELETE FROM report_member_month WHERE month = substr(OLD.time, 1, 7) AND member_id = OLD.member_id
                AND purchases <= 0;
            END)"_s,
        uR"(CREATE TRIGGER report_points_insert AFTER INSERT ON points_ledger
            BEGIN
              INSERT INTO report_points_daily(day, kind, credit, debit)
                VALUES (substr(NEW.time, 1, 10), NEW.kind, max(NEW.delta, 0), max(-NEW.delta, 0))
                ON CONFLICT(day, kind) DO UPDATE SET credit = credit + excluded.credit,
                  debit = debit + excluded.debit;
            END)"_s,
        uR"(CREATE TRIGGER report_member_month_insert AFTER INSERT ON report_member_month
            BEGIN
              INSERT INTO report_monthly(month, active_members, new_active, repeat_members)
                VALUES (NEW.month, 1, NEW.new_member, NEW.purchases >= 2)
                ON CONFLICT(month) DO UPDATE SET active_members = active_members + 1,
                  new_active = new_active + excluded.new_active,
                  repeat_members = repeat_members + excluded.repeat_members;
            END)"_s,
        uR"(CREATE TRIGGER report_member_month_update AFTER UPDATE OF purchases ON report_member_month
            WHEN (NEW.purchases >= 2) <> (OLD.purchases >= 2)
            BEGIN
              UPDATE report_monthly SET repeat_members = repeat_members + (NEW.purchases >= 2) - (OLD.purchases >= 2)
                WHERE month = NEW.month;
            END)"_s,
        uR"(CREATE TRIGGER report_member_month_delete AFTER DELETE ON report_member_month
            BEGIN
              UPDATE report_monthly SET active_members = active_members - 1, new_active = new_active - OLD.new_member,
                  repeat_members = repeat_members - (OLD.purchases >= 2)
                WHERE month = OLD.month;
              DELETE FROM report_monthly WHERE month = OLD.month AND active_members <= 0;
            END)"_s,
    };
}

// Version 3: anonymising a member must reach the audit log too, where MemberService keeps the member's note
// history ("member.note" entries). The append-only trigger now allows exactly one update: blanking the
// details of a member.note entry whose member is anonymised. Everything else stays refused.
QStringList schemaV3()
{
    return {
        u"DROP TRIGGER audit_log_append_only"_s,
        uR"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
            WHEN NOT (OLD.action = 'member.note' AND NEW.details = ''
                      AND NEW.id IS OLD.id AND NEW.time IS OLD.time AND NEW.user_id IS OLD.user_id
                      AND NEW.action IS OLD.action AND NEW.target IS OLD.target
                      AND EXISTS (SELECT 1 FROM members m WHERE OLD.target = 'member:' || m.id
                                  AND m.anonymized_at IS NOT NULL))
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"_s,
    };
}

// Version 4: the per-member insight snapshot (MemberInsightStore), rewritten whole after each insight
// computation so the member card reads one row instead of refitting the models. Segment and type are
// their stable keys (Rfm::key, LoyaltyTypes::key); NULL where the member had no purchase in the window or
// no model could be fitted.
QStringList schemaV4()
{
    return {
        uR"(CREATE TABLE member_insight (
            member_id           INTEGER PRIMARY KEY REFERENCES members(id) ON DELETE CASCADE,
            as_of               TEXT NOT NULL,
            window_days         INTEGER NOT NULL CHECK (window_days > 0),
            rfm_segment         TEXT CHECK (rfm_segment IN ('champions', 'loyal', 'new', 'potential',
                                                            'at_risk', 'hibernating')),
            r                   INTEGER CHECK (r BETWEEN 1 AND 5),
            f                   INTEGER CHECK (f BETWEEN 1 AND 5),
            m                   INTEGER CHECK (m BETWEEN 1 AND 5),
            loyalty_type        TEXT CHECK (loyalty_type IN ('friends', 'butterflies', 'barnacles', 'strangers')),
            window_paid_fen     INTEGER NOT NULL DEFAULT 0,
            p_alive             REAL CHECK (p_alive BETWEEN 0 AND 1),
            expected_purchases  REAL CHECK (expected_purchases >= 0),
            horizon_weeks       INTEGER,
            predicted_value_fen INTEGER,
            computed_at         TEXT NOT NULL,
            CHECK ((rfm_segment IS NULL) = (loyalty_type IS NULL)),
            CHECK ((p_alive IS NULL) = (predicted_value_fen IS NULL))))"_s,
    };
}

// Version 5: "name contains" at the counter answered from an index instead of a table scan.
// member_name_grams holds every 1- and 2-character piece of each member's name_key (the lower-cased
// name; characters are code points, as SQLite's substr counts them). A query of one character reads its
// gram; a longer one reads the rarest of its 2-grams and checks the whole text with LIKE — in member id
// order, so the rows are those the old scan found. Triggers keep it on every insert, rename, anonymisation
// and delete; member_name_gram_slots lists the (start, length) pairs the triggers cut (names are at most
// 40 characters, lower-casing may lengthen a few: 128 starts cover them with room to spare).
QStringList schemaV5()
{
    const QString newGrams =
        u"SELECT substr(NEW.name_key, s.start, s.len), NEW.id FROM member_name_gram_slots s "
        u"WHERE s.start + s.len - 1 <= length(NEW.name_key)"_s;
    const QString oldGrams = u"SELECT substr(OLD.name_key, s.start, s.len) FROM member_name_gram_slots s "
                             u"WHERE s.start + s.len - 1 <= length(OLD.name_key)"_s;
    return {
        uR"(CREATE TABLE member_name_gram_slots (
            start INTEGER NOT NULL,
            len   INTEGER NOT NULL,
            PRIMARY KEY (start, len)) WITHOUT ROWID)"_s,
        uR"(INSERT INTO member_name_gram_slots(start, len)
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 128)
            SELECT i, 1 FROM n UNION ALL SELECT i, 2 FROM n)"_s,
        uR"(CREATE TABLE member_name_grams (
            gram      TEXT NOT NULL,
            member_id INTEGER NOT NULL,
            PRIMARY KEY (gram, member_id)) WITHOUT ROWID)"_s,
        // Sorted, so the b-tree is written in order (a million members: seconds, not minutes).
        uR"(INSERT OR IGNORE INTO member_name_grams(gram, member_id)
            SELECT substr(m.name_key, s.start, s.len) AS g, m.id FROM members m
            JOIN member_name_gram_slots s ON s.start + s.len - 1 <= length(m.name_key)
            ORDER BY g, m.id)"_s,
        u"CREATE TRIGGER member_name_grams_insert AFTER INSERT ON members BEGIN "
        u"INSERT OR IGNORE INTO member_name_grams(gram, member_id) "_s +
            newGrams + u"; END"_s,
        u"CREATE TRIGGER member_name_grams_update AFTER UPDATE OF name_key, id ON members "
        u"WHEN NEW.name_key IS NOT OLD.name_key OR NEW.id IS NOT OLD.id BEGIN "
        u"DELETE FROM member_name_grams WHERE member_id = OLD.id AND gram IN ("_s +
            oldGrams + u"); INSERT OR IGNORE INTO member_name_grams(gram, member_id) "_s + newGrams +
            u"; END"_s,
        u"CREATE TRIGGER member_name_grams_delete AFTER DELETE ON members BEGIN "
        u"DELETE FROM member_name_grams WHERE member_id = OLD.id AND gram IN ("_s +
            oldGrams + u"); END"_s,
    };
}

// Version 6: the purchase history the insight models read (PurchaseHistory::load: every purchase that is
// not voided, by member and time) as a covering partial index. Reading it instead of the table is a third
// of the bytes and needs no sort: at a million members and 13.6 million purchases the history loads in
// 4.9 s instead of 15.6 s from a cold cache. A void takes the purchase out of it (voided_by is set).
QStringList schemaV6()
{
    return {
        uR"(CREATE INDEX purchases_history ON purchases(member_id, time, paid_fen, profit_fen)
            WHERE voided_by IS NULL)"_s,
    };
}

// Version 7: the dashboard month at a million members without reading a million rows.
//   report_tier_members: how many members hold each tier now (kept by triggers on members: insert, tier
//     change, delete; anonymising keeps the row and its tier). The tier distribution at a month end starts
//     from it instead of counting every member.
//   report_month_spend: each month's member-months (report_member_month) bucketed by the member's spend in
//     the month: floor_fen is the spend with all but its first three digits zeroed (spends under 1,000 fen
//     are their own bucket), so a bucket [floor_fen, floor_fen + 10^(digits - 3)) is at most 1 % wide. Kept
//     by triggers on report_member_month, so every writer that keeps that table (purchases, voids, the
//     bulk import's summed upsert) keeps this one. The Pareto curve reads a few thousand buckets instead of
//     every member-month in spend order.
//   tier_history_changes: the month's tier changes (the new VIPs, the tier distribution at a month end) read
//     from one covering index instead of a random page of tier_history per change.
QStringList schemaV7()
{
    const auto spendFloor = [](const QString& value) {
        return u"CAST(substr(%1, 1, 3) || substr('0000000000000000000', 1, max(length(%1) - 3, 0)) AS INTEGER)"_s
            .arg(value);
    };
    const QString addNew =
        u"INSERT INTO report_month_spend(month, floor_fen, members, paid_fen) VALUES (NEW.month, "_s +
        spendFloor(u"NEW.paid_fen"_s) +
        u", 1, NEW.paid_fen) ON CONFLICT(month, floor_fen) DO UPDATE SET members = members + 1, "
        u"paid_fen = paid_fen + excluded.paid_fen;"_s;
    const QString oldBucket = u"month = OLD.month AND floor_fen = "_s + spendFloor(u"OLD.paid_fen"_s);
    const QString removeOld =
        u"UPDATE report_month_spend SET members = members - 1, paid_fen = paid_fen - OLD.paid_fen WHERE "_s +
        oldBucket + u"; DELETE FROM report_month_spend WHERE "_s + oldBucket + u" AND members <= 0;"_s;
    return {
        uR"(CREATE TABLE report_tier_members (
            tier    INTEGER PRIMARY KEY,
            members INTEGER NOT NULL))"_s,
        u"INSERT INTO report_tier_members(tier, members) SELECT tier, count(*) FROM members GROUP BY tier"_s,
        uR"(CREATE TRIGGER report_tier_members_insert AFTER INSERT ON members
            BEGIN
              INSERT INTO report_tier_members(tier, members) VALUES (NEW.tier, 1)
                ON CONFLICT(tier) DO UPDATE SET members = members + 1;
            END)"_s,
        uR"(CREATE TRIGGER report_tier_members_update AFTER UPDATE OF tier ON members
            WHEN NEW.tier IS NOT OLD.tier
            BEGIN
              UPDATE report_tier_members SET members = members - 1 WHERE tier = OLD.tier;
              DELETE FROM report_tier_members WHERE tier = OLD.tier AND members <= 0;
              INSERT INTO report_tier_members(tier, members) VALUES (NEW.tier, 1)
                ON CONFLICT(tier) DO UPDATE SET members = members + 1;
            END)"_s,
        uR"(CREATE TRIGGER report_tier_members_delete AFTER DELETE ON members
            BEGIN
              UPDATE report_tier_members SET members = members - 1 WHERE tier = OLD.tier;
              DELETE FROM report_tier_members WHERE tier = OLD.tier AND members <= 0;
            END)"_s,
        uR"(CREATE TABLE report_month_spend (
            month     TEXT NOT NULL,
            floor_fen INTEGER NOT NULL,
            members   INTEGER NOT NULL,
            paid_fen  INTEGER NOT NULL,
            PRIMARY KEY (month, floor_fen)) WITHOUT ROWID)"_s,
        u"INSERT INTO report_month_spend(month, floor_fen, members, paid_fen) SELECT month, "_s +
            spendFloor(u"paid_fen"_s) + u", count(*), sum(paid_fen) FROM report_member_month GROUP BY 1, 2"_s,
        u"CREATE TRIGGER report_month_spend_insert AFTER INSERT ON report_member_month BEGIN "_s + addNew +
            u" END"_s,
        u"CREATE TRIGGER report_month_spend_update AFTER UPDATE OF month, paid_fen ON report_member_month "
        u"WHEN NEW.paid_fen IS NOT OLD.paid_fen OR NEW.month IS NOT OLD.month BEGIN "_s +
            removeOld + u" "_s + addNew + u" END"_s,
        u"CREATE TRIGGER report_month_spend_delete AFTER DELETE ON report_member_month BEGIN "_s + removeOld +
            u" END"_s,
        u"CREATE INDEX tier_history_changes ON tier_history(time, to_tier, from_tier, purchase_id, member_id)"_s,
    };
}

// Version 8 (the purchase import): two small partial indexes for what every purchase,
// and every member an import touches, asks of the points ledger, which otherwise meant reading each of
// the member's ledger (or purchase) rows from the table: at a million members and a 100,000-row import
// about 1 s and 4 s of the import.
//  - points_ledger_debts: the debits a credit may have to repay (no expiries: 640,000 of 17 million
//    entries at a million members); a credit repays its member's open debts first.
//  - points_ledger_referrals: the referral bonuses by the purchase that earned them (80,000 entries);
//    a referred member's purchase pays the referrer once.
QStringList schemaV8()
{
    return {
        uR"(CREATE INDEX points_ledger_debts ON points_ledger(member_id)
            WHERE delta < 0 AND kind <> 'expire')"_s,
        uR"(CREATE INDEX points_ledger_referrals ON points_ledger(purchase_id)
            WHERE kind = 'referral')"_s,
    };
}

// Version 9 (the dashboard's members at risk): report_member_month_counts, a covering index of each
// month's member-months without their times. The at-risk pass reads six to seven months of
// report_member_month (1.9 million rows at a million members) but needs the first and last purchase times of
// two of them only; the others it reads from this index, a third of the rows' size. SQLite keeps an index
// through every writer (the counter, voids, the bulk import's summed upsert, the rebuild, the demo); the bulk
// import sets aside only the indexes of purchases, the points ledger and tier_history.
QStringList schemaV9()
{
    return {
        u"CREATE INDEX report_member_month_counts ON report_member_month(month, member_id, purchases, paid_fen)"_s,
    };
}

// Version 10 (the daily import and the counter's sale): one index of each member's purchases instead of
// two. purchases_member_time (member, time) and purchases_history (the same with the amounts, for the
// purchases not voided) were both written for every purchase, each at a page of its own for each member a
// batch touches. purchases_member holds every purchase with the amounts and voided_by: the member card and
// the timeline find a member's purchases through it, and the insight history, the tier sums and the void
// trigger read it without the table, skipping voided rows by the voided_by it holds. The id follows the
// time so that "newest first, then highest id" needs no sort (a member card: 43 → 34 µs). A
// 100,000-row batch into 20,000 of 100,000 members writes a fifth less to the WAL (bench/import_floor.py:
// 216 → 171 MB).
QStringList schemaV10()
{
    return {
        u"DROP INDEX purchases_member_time"_s,
        u"DROP INDEX purchases_history"_s,
        u"CREATE INDEX purchases_member ON purchases(member_id, time, id, paid_fen, profit_fen, voided_by)"_s,
    };
}

// Version 11 (the day's tier review at start): members_tier holds tier_since too. The review's candidates
// are the members in a tier above the base whose time in it may be past the grace period; with the tier
// alone in the index, SQLite read every member's row (200 MB at a million members: 4.2 s after a cold
// boot, every first start of a day). Covered, it reads the index alone (161,000 of a million members
// in a tier). The counter's tier filter and the dashboard's counts per tier use the same index.
QStringList schemaV11()
{
    return {
        u"DROP INDEX members_tier"_s,
        u"CREATE INDEX members_tier ON members(tier, tier_since)"_s,
    };
}

// Version 12 (backups): each database gets an identity of its own, so that its automatic backups can be
// told from another database's in a shared folder. Two shops backed up to one USB stick, both named
// memberdesk.db, would otherwise replace each other's backup of the day, rotate each other's files away,
// and a start-up recovery could offer the other shop's data. A copy of the file keeps the identity: it is
// the same shop until it is backed up under another name.
QStringList schemaV12()
{
    return {
        u"INSERT OR IGNORE INTO settings(key, value) VALUES ('database.id', lower(hex(randomblob(16))))"_s,
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> ladder = {
        {"first release: members, purchases, points ledger, tiers, care, events, users, audit", schemaV1()},
        {"monthly review summaries: purchases per day and hour, per member and month, points per day",
         schemaV2()},
        {"anonymisation may blank an anonymised member's notes in the audit log", schemaV3()},
        {"per-member insight snapshot: RFM segment, loyalty type, P(alive), predicted value", schemaV4()},
        {"name search: an index of every member name's 1- and 2-character pieces", schemaV5()},
        {"insight history: a covering index of the purchases that are not voided, by member and time",
         schemaV6()},
        {"dashboard month: members per tier, each month's spend in 1 % buckets, an index of tier upgrades",
         schemaV7()},
        {"points ledger: indexes of the debits a credit may repay and of the referral bonuses", schemaV8()},
        {"members at risk: a covering index of each month's member-months without their times", schemaV9()},
        {"each member's purchases: one covering index instead of two", schemaV10()},
        {"the day's tier review: the members' tier index holds the day they entered it", schemaV11()},
        {"backups: each database has an identity its backups carry", schemaV12()},
    };
    return ladder;
}

} // namespace md
