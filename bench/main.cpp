// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk-bench: times the calls the counter makes on a large synthetic shop, each next to the
// raw SQLite floor for the same work. See bench/README.md for what every figure and baseline means.
#include "RawSqlite.h"
#include "Stats.h"

#include "analytics/ClvModel.h"
#include "analytics/MemberInsightStore.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/PhoneNumber.h"
#include "services/MemberProfile.h"
#include "services/MemberPurchases.h"
#include "services/MemberSearch.h"
#include "services/PurchaseService.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::bench;

namespace {

struct Sample
{
    qint64 id = 0;
    QString phone;
    QString card;
    QString name;
};

/// Members picked at random (fixed seed) among those with a phone: the queries a counter would type.
QVector<Sample> pickSamples(Database& db, int count, quint64 seed)
{
    QVector<Sample> samples;
    QSqlQuery query(db.sql());
    query.exec(u"SELECT MAX(id) FROM members"_s);
    const qint64 maxId = query.next() ? query.value(0).toLongLong() : 0;
    QRandomGenerator random{quint32(seed)};
    query.prepare(u"SELECT id, phone, card, name FROM members WHERE id >= ? AND phone IS NOT NULL "
                  u"AND anonymized_at IS NULL ORDER BY id LIMIT 1"_s);
    while (samples.size() < count && maxId > 0) {
        query.addBindValue(qint64(random.bounded(quint64(maxId)) + 1));
        if (query.exec() && query.next())
            samples.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString()});
    }
    return samples;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
}

/// Process CPU seconds (both threads' work: the fit runs NLopt on the calling thread only).
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/// The insight pass the Insight page and the daily refresh make: segments, 20/80, BG/NBD + Gamma-Gamma
/// fit (never from the cache: `useCache` is defeated by clearing it), every member's prediction, and the
/// per-member snapshot written in one transaction.
QJsonObject insightFigures(Database& db, const Clock& clock)
{
    QJsonObject json;
    QString error;
    SettingsRepository(db).setValue(QString::fromUtf16(ClvModels::kCacheKey), u"{}"_s,
                                    &error); // no cached fit: time the real one
    const InsightOptions options = MemberInsightStore::currentOptions(db, clock.today());
    QElapsedTimer wall;
    QElapsedTimer stepTimer;
    QJsonObject steps;
    int current = -1;
    const auto stepNames = QStringList{u"load"_s, u"rfm"_s, u"types"_s, u"pareto"_s, u"fit"_s, u"predict"_s};
    wall.start();
    stepTimer.start();
    const double cpu0 = cpuSeconds();
    const InsightSnapshot snapshot = Insight::compute(db, options, [&](InsightStep step) {
        if (current >= 0)
            steps[stepNames[current]] = rounded(stepTimer.restart() / 1000.0, 2);
        current = int(step);
        return true;
    });
    if (current >= 0)
        steps[stepNames[current]] = rounded(stepTimer.restart() / 1000.0, 2);
    const double computeWall = wall.elapsed() / 1000.0;
    const double computeCpu = cpuSeconds() - cpu0;
    if (!snapshot.ok || !snapshot.clvOk)
        qFatal("insight failed: %s", qPrintable(snapshot.ok ? snapshot.clvMessage : snapshot.error));

    QElapsedTimer writeTimer;
    writeTimer.start();
    const double cpu1 = cpuSeconds();
    bool written = false;
    if (!MemberInsightStore({db, clock, {}}).write(snapshot, &error, &written) || !written)
        qFatal("snapshot write failed: %s", qPrintable(error));
    const double writeWall = writeTimer.elapsed() / 1000.0;
    const double writeCpu = cpuSeconds() - cpu1;

    json[u"insight_compute_wall_s"_s] = rounded(computeWall, 2);
    json[u"insight_compute_cpu_s"_s] = rounded(computeCpu, 2);
    json[u"insight_steps_wall_s"_s] = steps;
    json[u"snapshot_write_wall_s"_s] = rounded(writeWall, 2);
    json[u"snapshot_write_cpu_s"_s] = rounded(writeCpu, 2);
    json[u"insight_total_wall_s"_s] = rounded(computeWall + writeWall, 2);
    json[u"insight_total_cpu_s"_s] = rounded(computeCpu + writeCpu, 2);
    json[u"snapshot_rows"_s] = snapshot.predictions.size();
    json[u"window_members"_s] = snapshot.rfm.members.size();
    json[u"fit_customers"_s] = snapshot.purchases.customers;
    json[u"fit_evaluations"_s] = snapshot.purchases.evaluations;
    return json;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"MemberDesk benchmarks (see bench/README.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption membersOption(u"members"_s, u"Members in the synthetic shop."_s, u"N"_s,
                                           u"1000000"_s);
    const QCommandLineOption monthsOption(u"months"_s, u"Months of history the demo generator makes."_s,
                                          u"M"_s, u"24"_s);
    const QCommandLineOption dbOption(
        u"db"_s, u"Database to use; built with the demo generator when missing."_s, u"path"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Timed calls per figure."_s, u"K"_s, u"500"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the data and of the samples."_s, u"S"_s, u"1"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object (default: the same, indented)."_s);
    const QCommandLineOption insightOption(
        u"insight"_s, u"Time the insight pass (segments, fits, predictions, snapshot write) instead."_s);
    parser.addOptions(
        {membersOption, monthsOption, dbOption, samplesOption, seedOption, jsonOption, insightOption});
    parser.process(app);

    const int members = parser.value(membersOption).toInt();
    const int months = parser.value(monthsOption).toInt();
    const int samplesWanted = qMax(10, parser.value(samplesOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();
    const QString path = parser.isSet(dbOption)
                             ? parser.value(dbOption)
                             : u"/tmp/memberdesk-bench-%1m-%2mo.db"_s.arg(members).arg(months);
    QTextStream err(stderr);

    // The clock stands just after the generated history, as on the shop's next working day.
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    QJsonObject json;
    {
        const bool fresh = !QFileInfo::exists(path);
        Database db;
        QString error;
        if (!db.open(path, &error)) {
            err << "cannot open " << path << ": " << error << Qt::endl;
            return 1;
        }
        if (fresh) {
            err << "building " << path << " (" << members << " members, " << months << " months)…"
                << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            DemoStats stats;
            if (!DemoGenerator({db, clock, {}}).generate({members, months, seed}, &stats, &error)) {
                err << error << Qt::endl;
                return 1;
            }
            json[u"build_s"_s] = rounded(timer.elapsed() / 1000.0);
        }
        json[u"db"_s] = path;
        json[u"members"_s] = scalar(db, u"SELECT COUNT(*) FROM members"_s);
        json[u"purchases"_s] = scalar(db, u"SELECT COUNT(*) FROM purchases"_s);
        json[u"db_mb"_s] = rounded(QFileInfo(path).size() / 1048576.0);
    }

    Database db;
    QString error;
    if (!db.open(path, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    if (parser.isSet(insightOption)) {
        const QJsonObject figures = insightFigures(db, clock);
        for (auto it = figures.begin(); it != figures.end(); ++it)
            json[it.key()] = it.value();
        const QByteArray out = QJsonDocument(json).toJson(parser.isSet(jsonOption) ? QJsonDocument::Compact
                                                                                   : QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    RawSqlite raw(path);
    if (!raw.ok()) {
        err << "raw baseline: cannot open " << path << Qt::endl;
        return 1;
    }
    const ServiceContext ctx{db, clock, {}};
    const QVector<Sample> samples = pickSamples(db, samplesWanted, seed);
    const int n = int(samples.size());
    const int warmup = qMin(50, n);
    MemberSearch search(db);
    int found = 0;
    auto lookup = [&](const QString& name, const std::function<QString(const Sample&)>& query,
                      const std::function<int(const QString&)>& rawCall) {
        const Timing ours =
            measure(n, warmup, [&](int i) { found += int(search.find(query(samples[i]), 20).size()); });
        const Timing floor = measure(n, warmup, [&](int i) { found += rawCall(query(samples[i])); });
        report(&json, name, ours, &floor);
    };
    lookup(
        u"lookup_phone_us"_s, [](const Sample& s) { return s.phone; },
        [&](const QString& q) { return raw.lookupPhone(q); });
    lookup(
        u"lookup_suffix_us"_s, [](const Sample& s) { return s.phone.right(4); },
        [&](const QString& q) { return raw.lookupPhoneSuffix(PhoneNumber::reversed(q)); });
    lookup(
        u"lookup_card_us"_s, [](const Sample& s) { return s.card; },
        [&](const QString& q) { return raw.lookupCard(q); });
    lookup(
        u"lookup_name_us"_s, [](const Sample& s) { return s.name.left(2); },
        [&](const QString& q) { return raw.lookupNamePrefix(q.toLower()); });
    // "Contains": the given name without the surname, so the prefix index cannot answer it.
    lookup(
        u"lookup_name_contains_us"_s, [](const Sample& s) { return s.name.mid(1); },
        [&](const QString& q) { return raw.lookupNameContains(q.toLower()); });

    const Timing open = measure(n, warmup, [&](int i) {
        MemberProfile profile;
        MemberProfile::load(ctx, samples[i].id, &profile, nullptr);
        found += int(MemberPurchases(db).recent(samples[i].id, 50).size());
    });
    report(&json, u"member_open_us"_s, open);

    // Purchases: the full service (quote, discount, points, tier, ledger) vs the bare rows.
    const int purchases = qMin(n, 200);
    PurchaseService service(ctx);
    const Timing sale = measure(purchases, 0, [&](int i) {
        PurchaseRequest request;
        request.memberId = samples[i].id;
        request.grossFen = 1000 + 137 * i;
        PurchaseResult result;
        QString e;
        if (!service.record(request, &result, &e))
            qFatal("purchase failed: %s", qPrintable(e));
    });
    const Timing rawSale = measure(purchases, 0, [&](int i) {
        if (!raw.purchase(samples[i].id, 1000 + 137 * i, toStoredTime(clock.now())))
            qFatal("raw purchase failed");
    });
    report(&json, u"purchase_us"_s, sale, &rawSale);
    json[u"samples"_s] = n;
    json[u"rows_read"_s] = found;

    const QByteArray out = QJsonDocument(json).toJson(parser.isSet(jsonOption) ? QJsonDocument::Compact
                                                                               : QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
