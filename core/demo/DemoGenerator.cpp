// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoPlan.h"
#include "DemoRandom.h"
#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/LoyaltyRules.h"
#include "domain/PhoneNumber.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportSummaries.h"
#include "services/MemberSearch.h"
#include "services/PointsLedger.h"
#include "services/RulesService.h"
#include "services/UserService.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <deque>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

const char16_t* const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周",
                                     u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗",
                                     u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
                                     u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡",
                                     u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任", u"沈",
                                     u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"欧阳"};
const char16_t kMaleChars[] = u"伟强磊军勇杰涛明超辉刚平鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志文博";
const char16_t kFemaleChars[] = u"芳娜敏静丽艳娟霞秀燕玲桂丹萍红玉兰琳晶莉婷雪慧颖倩洁琴云梅佳欣悦怡雯璐";

// The secondary indexes and the triggers that are dropped for the demo's writing and recreated after it.
struct SetAside
{
    QStringList indexDefinitions;
    QStringList triggerDefinitions;
};

// Drops what `select` lists (name, sql), keeping each definition in `definitions`.
bool dropListed(QSqlQuery& q, const QString& select, const QString& dropPrefix, QStringList* definitions,
                QString* error)
{
    q.exec(select);
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        *definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString& name : names) {
        if (!q.exec(dropPrefix + name)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    return true;
}

bool execAll(QSqlQuery& q, const QStringList& statements, QString* error)
{
    for (const QString& sql : statements) {
        if (!q.exec(sql)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
    }
    return true;
}

// One big transaction: keep its pages in memory rather than spilling them into the WAL mid-way, and
// build the secondary indexes once at the end (a sorted build) instead of row by row. Their
// definitions are read back from sqlite_master, so the schema stays defined in the migrations only.
bool setAsideIndexesAndTriggers(Database& db, SetAside* setAside, QString* error)
{
    QSqlQuery q(db.sql());
    q.exec(u"PRAGMA cache_size = -400000"_s);
    if (!dropListed(q,
                    u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                    "tbl_name IN ('members', 'purchases', 'points_ledger', 'points_allocations', "
                    "'tier_history')"_s,
                    u"DROP INDEX "_s, &setAside->indexDefinitions, error))
        return false;
    // The report summaries' and the name index's triggers would double the insert time: fill both once
    // at the end.
    return dropListed(
        q,
        u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'report!_%' ESCAPE '!' OR name LIKE 'member!_name!_grams!_%' ESCAPE '!')"_s,
        u"DROP TRIGGER "_s, &setAside->triggerDefinitions, error);
}

bool restoreIndexesAndTriggers(Database& db, const SetAside& setAside, QString* error)
{
    QSqlQuery q(db.sql());
    return execAll(q, setAside.indexDefinitions, error) && ReportSummaries::fill(db, error) &&
           MemberSearch::rebuildNameIndex(db, error) && execAll(q, setAside.triggerDefinitions, error);
}

} // namespace

using namespace demo;

bool DemoGenerator::generate(const DemoOptions& options, DemoStats* stats, QString* error,
                             const std::function<void(int)>& progress)
{
    if (!checkOptions(options, error) || !checkDatabaseIsEmpty(error))
        return false;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    const QDateTime clockNow = m_ctx.clock.now();
    const QDate today = clockNow.date();
    const DemoTime now{today, clockNow.time().msecsSinceStartOfDay() / 1000};
    DemoPlan plan;
    if (!planDemo(options, clockNow, &plan, error))
        return false;
    const Span span(now, plan.months);

    sqlite3* handle = *static_cast<sqlite3* const*>(m_ctx.db.sql().driver()->handle().constData());
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    SetAside setAside;
    if (!setAsideIndexesAndTriggers(m_ctx.db, &setAside, error))
        return false;
    Statement insMember(handle,
                        "INSERT INTO members(id, card, name, name_key, phone, phone_rev, gender, birthday, "
                        "referrer_id, consent, consent_at, note, tier, tier_since, points, visits, "
                        "paid_total_fen, first_visit, last_visit, created_at, updated_at) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?,?,'',?,?,?,?,?,?,?,?,?)");
    Statement insPurchase(handle,
                          "INSERT INTO purchases(id, member_id, time, gross_fen, discount_fen, "
                          "redeemed_points, redeemed_fen, paid_fen, profit_fen, points_earned, tier, source) "
                          "VALUES(?,?,?,?,?,?,?,?,?,?,?,'demo')");
    Statement insLedger(handle, "INSERT INTO points_ledger(id, member_id, time, delta, kind, purchase_id, "
                                "expires_on, reason) VALUES(?,?,?,?,?,?,?,?)");
    Statement insAlloc(handle, "INSERT INTO points_allocations(debit_id, credit_id, points) VALUES(?,?,?)");
    Statement insTier(handle,
                      "INSERT INTO tier_history(member_id, time, from_tier, to_tier, from_name, to_name, "
                      "reason, purchase_id) VALUES(?,?,?,?,?,?,?,?)");
    Statement addPoints(handle, "UPDATE members SET points = points + ? WHERE id = ?");
    Statement finishMember(handle,
                           "UPDATE members SET tier = ?, tier_since = ?, points = points + ?, visits = ?, "
                           "paid_total_fen = ?, first_visit = ?, last_visit = ? WHERE id = ?");
    if (!insMember.ok() || !insPurchase.ok() || !insLedger.ok() || !insAlloc.ok() || !insTier.ok() ||
        !addPoints.ok() || !finishMember.ok()) {
        *error = tr("Cannot prepare the demo: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }

    DemoRandom rng(DemoRandom::streamSeed(options.seed, kDetailsStream));
    DemoRandom habitsRng(DemoRandom::streamSeed(options.seed, kHabitsStream));
    auto stopEarlier = plan.stopEarlier.cbegin();
    DemoStats out;
    out.months = plan.months;
    out.visitRateScale = plan.scale;
    qint64 purchaseId = 0, ledgerId = 0;
    auto failed = [&]() {
        *error = tr("Writing the demo failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    };
    // Credits bought for a referrer after the referrer's own history was written: kept apart so they are
    // never consumed retroactively; they expire on their own date.
    const int surnameCount = int(sizeof(kSurnames) / sizeof(kSurnames[0]));
    const int maleCount = int(std::char_traits<char16_t>::length(kMaleChars));
    const int femaleCount = int(std::char_traits<char16_t>::length(kFemaleChars));

    for (qint64 id = 1; id <= options.members; ++id) {
        const Habits habits = drawHabits(habitsRng);
        // Who is this member?
        const bool female = rng.chance(0.55);
        QString name = QString::fromUtf16(kSurnames[rng.uniformInt(0, surnameCount - 1)]);
        const char16_t* pool = female ? kFemaleChars : kMaleChars;
        const int poolSize = female ? femaleCount : maleCount;
        name += QChar(pool[rng.uniformInt(0, poolSize - 1)]);
        if (rng.chance(0.7))
            name += QChar(pool[rng.uniformInt(0, poolSize - 1)]);
        // Unique mobile numbers: 1[3-9] + a bijection of the id onto 9 digits.
        QString phone;
        if (!rng.chance(0.04)) {
            const qint64 body = (id * 104729 + qint64(options.seed % 1000) * 7919 + 12345) % 1'000'000'000LL;
            phone = u"1%1%2"_s.arg(3 + int(id % 7)).arg(body, 9, 10, QLatin1Char('0'));
        }
        const QDate birthday = rng.chance(0.85)
                                   ? today.addYears(-rng.uniformInt(18, 72)).addDays(-rng.uniformInt(0, 364))
                                   : QDate();
        const DemoTime joined{QDate::fromJulianDay(span.joinDay(habits)), habits.joinSeconds};
        const bool consent = rng.chance(0.7);
        const qint64 referrer = (id > 50 && rng.chance(0.08)) ? rng.uniformInt(1, int(id - 1)) : 0;
        const double meanTicket = qBound(6.0, rng.logNormal(std::log(38.0), 0.7), 1500.0);

        int tier = 0;
        QDate tierSince = joined.date;
        std::deque<std::pair<DemoTime, Fen>> window; // paid spend of the trailing 12 months
        Fen windowSum = 0, paidTotal = 0;
        std::deque<Credit> credits;
        qint64 balance = 0;
        int visits = 0;
        DemoTime firstVisit, lastVisit;
        bool firstPurchaseDone = false;

        insMember.bind(1, id)
            .bind(2, CardNumber::generate(id).toUtf8())
            .bind(3, name.toUtf8())
            .bind(4, name.toLower().toUtf8());
        if (phone.isEmpty())
            insMember.bindNull(5).bindNull(6);
        else
            insMember.bind(5, phone.toUtf8()).bind(6, PhoneNumber::reversed(phone).toUtf8());
        insMember.bind(7, QByteArray(female ? "f" : (rng.chance(0.9) ? "m" : "u")));
        if (birthday.isValid())
            insMember.bind(8, toStoredDate(birthday).toUtf8());
        else
            insMember.bindNull(8);
        if (referrer > 0)
            insMember.bind(9, referrer);
        else
            insMember.bindNull(9);
        insMember.bind(10, consent ? 1 : 0);
        if (consent)
            insMember.bind(11, timeText(joined));
        else
            insMember.bindNull(11);
        // The cached figures are set once the history is known (finishMember below).
        insMember.bind(12, 0)
            .bind(13, toStoredDate(joined.date).toUtf8())
            .bind(14, 0)
            .bind(15, 0)
            .bind(16, 0);
        insMember.bindNull(17).bindNull(18).bind(19, timeText(joined)).bind(20, timeText(joined));
        if (!insMember.step())
            return failed();
        ++out.members;

        auto expireBefore = [&](const QDate& day) -> bool {
            while (true) {
                // Credits are consumed soonest-expiring first, so the lapsed ones are at the front.
                auto it = std::find_if(credits.begin(), credits.end(), [&](const Credit& c) {
                    return c.expires.isValid() && c.expires < day && c.remaining > 0;
                });
                if (it == credits.end())
                    return true;
                ++ledgerId;
                insLedger.bind(1, ledgerId)
                    .bind(2, id)
                    .bind(3, timeText(DemoTime{it->expires.addDays(1), 0}))
                    .bind(4, -it->remaining)
                    .bind(5, QByteArray("expire"))
                    .bindNull(6)
                    .bindNull(7)
                    .bind(8, (u"expired "_s + toStoredDate(it->expires)).toUtf8());
                if (!insLedger.step())
                    return false;
                insAlloc.bind(1, ledgerId).bind(2, it->id).bind(3, it->remaining);
                if (!insAlloc.step())
                    return false;
                balance -= it->remaining;
                it->remaining = 0;
                ++out.ledgerEntries;
            }
        };

        // The plan's few members who stop one visit early, to land exactly on the purchase target.
        int maxVisits = std::numeric_limits<int>::max();
        if (stopEarlier != plan.stopEarlier.cend() && *stopEarlier == id) {
            ++stopEarlier;
            VisitWalk replay(options.seed, id, habits, span, plan.scale);
            maxVisits = -1;
            do
                ++maxVisits;
            while (replay.next());
            --maxVisits;
        }
        VisitWalk walk(options.seed, id, habits, span, plan.scale);
        while (visits < maxVisits && walk.next()) {
            const DemoTime t = walk.time();
            // The trailing-12-month window as of this visit.
            while (!window.empty() && window.front().first <= t.minusMonths(12)) {
                windowSum -= window.front().second;
                window.pop_front();
            }
            if (!expireBefore(t.date))
                return failed();

            const double yuan = qBound(1.0, rng.logNormal(std::log(meanTicket), 0.55), 20000.0);
            const Fen gross = Fen(std::llround(yuan * 10.0)) * 10; // shelf prices end in 0 fen
            const Fen discount = rules.discountFor(tier, gross);
            const Fen payable = gross - discount;
            qint64 redeemPoints = 0;
            if (balance >= 500 && rng.chance(0.2)) {
                qint64 usable = 0;
                for (const Credit& c : credits)
                    usable += c.remaining;
                usable = qMin(qMin(usable, balance), rules.maxRedeemablePoints(payable));
                redeemPoints = usable / 100 * 100;
            }
            const Fen redeemedFen = rules.pointsValueFen(redeemPoints);
            const Fen paid = payable - redeemedFen;
            const bool hasProfit = rng.chance(0.6);
            const Fen profit = hasProfit ? Fen(double(paid) * (0.15 + 0.2 * rng.uniform())) : 0;
            const bool birthdayMonth =
                birthday.isValid() && birthday.month() == t.date.month() && rules.birthdayMultiplierPct > 100;
            const Fen earnBase = rules.earnBasis == LoyaltyRules::EarnBasis::Profit
                                     ? (hasProfit ? profit : basisPointsOf(paid, rules.defaultMarginBp))
                                     : paid;
            const qint64 earned = rules.pointsFor(tier, earnBase, birthdayMonth);
            ++purchaseId;
            const QByteArray when = timeText(t);
            insPurchase.bind(1, purchaseId)
                .bind(2, id)
                .bind(3, when)
                .bind(4, gross)
                .bind(5, discount)
                .bind(6, redeemPoints)
                .bind(7, redeemedFen)
                .bind(8, paid);
            if (hasProfit)
                insPurchase.bind(9, profit);
            else
                insPurchase.bindNull(9);
            insPurchase.bind(10, earned).bind(11, tier);
            if (!insPurchase.step())
                return failed();
            ++out.purchases;

            if (redeemPoints > 0) {
                ++ledgerId;
                insLedger.bind(1, ledgerId)
                    .bind(2, id)
                    .bind(3, when)
                    .bind(4, -redeemPoints)
                    .bind(5, QByteArray("redeem"))
                    .bind(6, purchaseId)
                    .bindNull(7)
                    .bind(8, QByteArray());
                if (!insLedger.step())
                    return failed();
                ++out.ledgerEntries;
                qint64 left = redeemPoints;
                for (Credit& c : credits) {
                    if (left == 0)
                        break;
                    const qint64 take = qMin(left, c.remaining);
                    if (take <= 0)
                        continue;
                    insAlloc.bind(1, ledgerId).bind(2, c.id).bind(3, take);
                    if (!insAlloc.step())
                        return failed();
                    c.remaining -= take;
                    left -= take;
                }
                balance -= redeemPoints;
            }
            if (earned > 0) {
                ++ledgerId;
                const QDate expires = rules.expiryFor(t.date);
                insLedger.bind(1, ledgerId)
                    .bind(2, id)
                    .bind(3, when)
                    .bind(4, earned)
                    .bind(5, QByteArray("earn"))
                    .bind(6, purchaseId);
                if (expires.isValid())
                    insLedger.bind(7, toStoredDate(expires).toUtf8());
                else
                    insLedger.bindNull(7);
                insLedger.bind(8, QByteArray());
                if (!insLedger.step())
                    return failed();
                ++out.ledgerEntries;
                // Keep the FIFO order: soonest expiry first, never-expiring last.
                Credit c{ledgerId, earned, expires};
                auto pos = std::find_if(credits.begin(), credits.end(), [&](const Credit& other) {
                    return !other.expires.isValid() || (expires.isValid() && other.expires > expires);
                });
                credits.insert(pos, c);
                balance += earned;
            }
            if (!firstPurchaseDone && referrer > 0 && rules.referralBonusPoints > 0) {
                ++ledgerId;
                const QDate expires = rules.expiryFor(t.date);
                insLedger.bind(1, ledgerId)
                    .bind(2, referrer)
                    .bind(3, when)
                    .bind(4, rules.referralBonusPoints)
                    .bind(5, QByteArray("referral"))
                    .bind(6, purchaseId);
                if (expires.isValid())
                    insLedger.bind(7, toStoredDate(expires).toUtf8());
                else
                    insLedger.bindNull(7);
                insLedger.bind(8, u"referred member %1"_s.arg(id).toUtf8());
                if (!insLedger.step())
                    return failed();
                ++out.ledgerEntries;
                qint64 delta = rules.referralBonusPoints;
                if (expires.isValid() && expires < today) {
                    const qint64 creditId = ledgerId;
                    ++ledgerId;
                    insLedger.bind(1, ledgerId)
                        .bind(2, referrer)
                        .bind(3, timeText(DemoTime{expires.addDays(1), 0}))
                        .bind(4, -rules.referralBonusPoints)
                        .bind(5, QByteArray("expire"))
                        .bindNull(6)
                        .bindNull(7)
                        .bind(8, (u"expired "_s + toStoredDate(expires)).toUtf8());
                    if (!insLedger.step())
                        return failed();
                    insAlloc.bind(1, ledgerId).bind(2, creditId).bind(3, rules.referralBonusPoints);
                    if (!insAlloc.step())
                        return failed();
                    ++out.ledgerEntries;
                    delta = 0;
                }
                if (delta != 0) {
                    addPoints.bind(1, delta).bind(2, referrer);
                    if (!addPoints.step())
                        return failed();
                }
            }
            firstPurchaseDone = true;

            window.emplace_back(t, paid);
            windowSum += paid;
            paidTotal += paid;
            const Fen basis =
                rules.tierBasis == LoyaltyRules::TierBasis::PaidLifetime ? paidTotal : windowSum;
            const int reached = rules.tierForSpend(basis);
            if (reached > tier) {
                insTier.bind(1, id)
                    .bind(2, when)
                    .bind(3, tier)
                    .bind(4, reached)
                    .bind(5, rules.tiers.at(tier).name.toUtf8())
                    .bind(6, rules.tiers.at(reached).name.toUtf8())
                    .bind(7, QByteArray("purchase"))
                    .bind(8, purchaseId);
                if (!insTier.step())
                    return failed();
                ++out.tierChanges;
                tier = reached;
                tierSince = t.date;
            }
            ++visits;
            if (!firstVisit.date.isValid())
                firstVisit = t;
            lastVisit = t;
        }
        if (!expireBefore(today))
            return failed();

        finishMember.bind(1, tier)
            .bind(2, toStoredDate(tierSince).toUtf8())
            .bind(3, balance)
            .bind(4, visits)
            .bind(5, paidTotal);
        if (firstVisit.date.isValid())
            finishMember.bind(6, timeText(firstVisit)).bind(7, timeText(lastVisit));
        else
            finishMember.bindNull(6).bindNull(7);
        finishMember.bind(8, id);
        if (!finishMember.step())
            return failed();
        if (progress && id % qMax<qint64>(1, options.members / 100) == 0)
            progress(int(id * 100 / options.members));
    }
    if (!restoreIndexesAndTriggers(m_ctx.db, setAside, error))
        return false;
    if (!PointsLedger(m_ctx).markSweptBefore(today, error))
        return false;
    if (options.purchases > 0 && out.purchases != options.purchases) {
        // The writing replays the planned visits; a difference would be a bug here, not bad input.
        *error = tr("The demo made %1 purchases instead of the %2 planned.")
                     .arg(out.purchases)
                     .arg(options.purchases);
        return false;
    }
    if (!tx.commit(error))
        return false;
    if (!addDemoAccounts(error))
        return false;
    if (stats)
        *stats = out;
    return true;
}

bool DemoGenerator::checkOptions(const DemoOptions& options, QString* error)
{
    if (options.members < 1 || options.members > 5'000'000) {
        *error = tr("The demo needs from 1 to 5,000,000 members.");
        return false;
    }
    if (options.purchases < 0 || options.purchases > kMaxPurchases) {
        *error = tr("The demo's purchase target must be from 1 to 200,000,000 (0: no target).");
        return false;
    }
    if ((options.months < 1 && !(options.months == 0 && options.purchases > 0)) || options.months > 120) {
        *error = tr("The demo covers from 1 to 120 months.");
        return false;
    }
    return true;
}

bool DemoGenerator::checkDatabaseIsEmpty(QString* error) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.exec(u"SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM purchases)"_s);
    if (q.next() && q.value(0).toLongLong() > 0) {
        *error = tr("The demo only fills an empty database; this one already has members. Use a new file "
                    "with --db.");
        return false;
    }
    return true;
}

bool DemoGenerator::addDemoAccounts(QString* error)
{
    // Known accounts, so a demo can be signed into (README, scripts/run-demo.sh). Demo only: a real shop's
    // owner chooses the password in the first-start wizard.
    UserService users(m_ctx);
    if (!users.needsOwnerSetup())
        return true;
    // The demo shop has a name of its own, as the wizard would have asked for (reports, invitations).
    SettingsRepository settings(m_ctx.db);
    if (settings.value(MonthlyReport::storeNameSettingsKey()).trimmed().isEmpty() &&
        !settings.setValue(MonthlyReport::storeNameSettingsKey(), QString::fromUtf8(kDemoStoreName), error))
        return false;
    User owner;
    if (!users.createFirstOwner(QString::fromUtf8(kDemoOwnerName), QString::fromUtf8(kDemoOwnerPassword),
                                &owner, error))
        return false;
    const ServiceContext ownerCtx{m_ctx.db, m_ctx.clock, Actor{owner.id, Role::Owner, owner.name}};
    UserService asOwner(ownerCtx);
    User clerk;
    return asOwner.addUser(QString::fromUtf8(kDemoClerkName), Role::Clerk, QString::fromUtf8(kDemoClerkPin),
                           &clerk, error) &&
           asOwner.addUser(QString::fromUtf8(kDemoSecondClerkName), Role::Clerk,
                           QString::fromUtf8(kDemoSecondClerkPin), &clerk, error);
}

} // namespace md
