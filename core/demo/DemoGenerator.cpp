// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoMemberWriter.h"
#include "DemoPlan.h"
#include "DemoRandom.h"
#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
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

#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace md {

using namespace demo;

namespace {

const char16_t* const kSurnames[] = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴", u"周",
                                     u"徐", u"孙", u"马", u"朱", u"胡", u"郭", u"何", u"高", u"林", u"罗",
                                     u"郑", u"梁", u"谢", u"宋", u"唐", u"许", u"韩", u"冯", u"邓", u"曹",
                                     u"彭", u"曾", u"肖", u"田", u"董", u"袁", u"潘", u"于", u"蒋", u"蔡",
                                     u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁", u"任", u"沈",
                                     u"姚", u"卢", u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"欧阳"};
const char16_t kMaleChars[] = u"伟强磊军勇杰涛明超辉刚平鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志文博";
const char16_t kFemaleChars[] = u"芳娜敏静丽艳娟霞秀燕玲桂丹萍红玉兰琳晶莉婷雪慧颖倩洁琴云梅佳欣悦怡雯璐";

// Who member `id` is. The order of the draws is part of what every seed's shop is (tests and benchmarks are
// built on them): keep it, down to the gender's second draw coming last.
DemoMember drawMember(DemoRandom& rng, qint64 id, const Habits& habits, const Span& span, quint64 seed,
                      const QDate& today)
{
    const int surnameCount = int(sizeof(kSurnames) / sizeof(kSurnames[0]));
    const int maleCount = int(std::char_traits<char16_t>::length(kMaleChars));
    const int femaleCount = int(std::char_traits<char16_t>::length(kFemaleChars));

    DemoMember m;
    m.id = id;
    const bool female = rng.chance(0.55);
    m.name = QString::fromUtf16(kSurnames[rng.uniformInt(0, surnameCount - 1)]);
    const char16_t* pool = female ? kFemaleChars : kMaleChars;
    const int poolSize = female ? femaleCount : maleCount;
    m.name += QChar(pool[rng.uniformInt(0, poolSize - 1)]);
    if (rng.chance(0.7))
        m.name += QChar(pool[rng.uniformInt(0, poolSize - 1)]);
    // Unique mobile numbers: 1[3-9] + a bijection of the id onto 9 digits.
    if (!rng.chance(0.04)) {
        const qint64 body = (id * 104729 + qint64(seed % 1000) * 7919 + 12345) % 1'000'000'000LL;
        m.phone = u"1%1%2"_s.arg(3 + int(id % 7)).arg(body, 9, 10, QLatin1Char('0'));
    }
    m.birthday =
        rng.chance(0.85) ? today.addYears(-rng.uniformInt(18, 72)).addDays(-rng.uniformInt(0, 364)) : QDate();
    m.joined = DemoTime{QDate::fromJulianDay(span.joinDay(habits)), habits.joinSeconds};
    m.consent = rng.chance(0.7);
    m.referrer = (id > 50 && rng.chance(0.08)) ? rng.uniformInt(1, int(id - 1)) : 0;
    m.meanTicket = qBound(6.0, rng.logNormal(std::log(38.0), 0.7), 1500.0);
    m.gender = QByteArray(female ? "f" : (rng.chance(0.9) ? "m" : "u"));
    return m;
}

// How many visits member `id` may make: all of them, or one fewer for the plan's few members who stop one
// visit early, to land exactly on the purchase target. `stopEarlier` walks the plan's sorted list.
int visitLimit(quint64 seed, qint64 id, const Habits& habits, const Span& span, const DemoPlan& plan,
               std::vector<qint64>::const_iterator* stopEarlier)
{
    if (*stopEarlier == plan.stopEarlier.cend() || **stopEarlier != id)
        return std::numeric_limits<int>::max();
    ++*stopEarlier;
    VisitWalk replay(seed, id, habits, span, plan.scale);
    int visits = 0;
    while (replay.next())
        ++visits;
    return visits - 1;
}

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

// Writes every member with their history, in the transaction the caller holds.
bool writeMembers(Database& db, const DemoOptions& options, const DemoPlan& plan, const QDateTime& clockNow,
                  const LoyaltyRules& rules, DemoStats* out, QString* error,
                  const std::function<void(int)>& progress)
{
    sqlite3* handle = *static_cast<sqlite3* const*>(db.sql().driver()->handle().constData());
    const QDate today = clockNow.date();
    DemoMemberWriter writer(handle, rules, today, out);
    if (!writer.ok()) {
        *error =
            DemoGenerator::tr("Cannot prepare the demo: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    }
    auto failed = [&]() {
        *error =
            DemoGenerator::tr("Writing the demo failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(handle)));
        return false;
    };
    DemoRandom rng(DemoRandom::streamSeed(options.seed, kDetailsStream));
    DemoRandom habitsRng(DemoRandom::streamSeed(options.seed, kHabitsStream));
    const Span span(DemoTime{today, clockNow.time().msecsSinceStartOfDay() / 1000}, plan.months);
    auto stopEarlier = plan.stopEarlier.cbegin();
    for (qint64 id = 1; id <= options.members; ++id) {
        const Habits habits = drawHabits(habitsRng);
        if (!writer.startMember(drawMember(rng, id, habits, span, options.seed, today)))
            return failed();
        const int maxVisits = visitLimit(options.seed, id, habits, span, plan, &stopEarlier);
        VisitWalk walk(options.seed, id, habits, span, plan.scale);
        while (writer.visits() < maxVisits && walk.next()) {
            if (!writer.visit(walk.time(), rng))
                return failed();
        }
        if (!writer.finishMember())
            return failed();
        if (progress && id % qMax<qint64>(1, options.members / 100) == 0)
            progress(int(id * 100 / options.members));
    }
    return true;
}

} // namespace

bool DemoGenerator::generate(const DemoOptions& options, DemoStats* stats, QString* error,
                             const std::function<void(int)>& progress)
{
    if (!checkOptions(options, error) || !checkDatabaseIsEmpty(error))
        return false;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    const QDateTime clockNow = m_ctx.clock.now();
    DemoPlan plan;
    if (!planDemo(options, clockNow, &plan, error))
        return false;

    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    SetAside setAside;
    if (!setAsideIndexesAndTriggers(m_ctx.db, &setAside, error))
        return false;
    DemoStats out;
    out.months = plan.months;
    out.visitRateScale = plan.scale;
    if (!writeMembers(m_ctx.db, options, plan, clockNow, rules, &out, error, progress) ||
        !restoreIndexesAndTriggers(m_ctx.db, setAside, error) ||
        !PointsLedger(m_ctx).markSweptBefore(clockNow.date(), error))
        return false;
    if (options.purchases > 0 && out.purchases != options.purchases) {
        // The writing replays the planned visits; a difference would be a bug here, not bad input.
        *error = tr("The demo made %1 purchases instead of the %2 planned.")
                     .arg(out.purchases)
                     .arg(options.purchases);
        return false;
    }
    if (!tx.commit(error) || !addDemoAccounts(error))
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
