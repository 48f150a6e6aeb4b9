// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk-bench: times the calls the counter makes on a large synthetic shop, each next to the
// raw SQLite floor for the same work. See bench/README.md for what every figure and baseline means.
#include "HistoryLoad.h"
#include "ImportPhases.h"
#include "RawSqlite.h"
#include "Stats.h"

#include "analytics/ClvModel.h"
#include "analytics/InsightSnapshot.h"
#include "analytics/MemberInsightStore.h"
#include "common/Clock.h"
#include "common/LocalTimeZone.h"
#include "demo/DemoGenerator.h"
#include "domain/PhoneNumber.h"
#include "importio/PurchaseImporter.h"
#include "reports/MonthlyFigures.h"
#include "reports/MonthlyReport.h"
#include "services/MemberProfile.h"
#include "services/MemberPurchases.h"
#include "services/MemberSearch.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"
#include "services/UserService.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/StartupCheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

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

/// Drops the file's pages from the operating system's cache (only this file's, and only clean pages):
/// what a "cold" figure starts from, without touching the rest of the machine.
void evictFromOsCache(const QString& path)
{
    // The database file's handle stays open until the bench ends: closing a handle on it would drop every
    // POSIX lock this process holds on the file (its SQLite connections' too), and the GUI child would then
    // take the file for unused and delete its write-ahead log under them. SQLite holds no lock on the log.
    static QHash<QString, int> databaseHandles;
    int& fd = databaseHandles[path];
    if (fd <= 0)
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd > 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    }
    const int wal = ::open(QFile::encodeName(path + u"-wal"_s).constData(), O_RDONLY);
    if (wal >= 0) {
        ::fdatasync(wal);
        ::posix_fadvise(wal, 0, 0, POSIX_FADV_DONTNEED);
        ::close(wal);
    }
}

/// The dashboard's recipe (DashboardPage::computeMonth): a read-only connection of its own, one month,
/// everything drawn; then (*atRiskMs) its second pass, the members at risk (DashboardPage::computeAtRisk),
/// on a connection of its own as well, started right after.
double dashboardMonthMs(const QString& path, const QDate& month, const LoyaltyRules& rules,
                        double* atRiskMs = nullptr, double* cpuMs = nullptr, double* atRiskCpuMs = nullptr)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    Database db;
    QString error;
    MonthlyFigures figures;
    MonthlyFigures::Options options;
    options.atRisk = false;
    if (!db.open(path, &error, Database::Access::ReadOnly) ||
        !MonthlyFigures::compute(db, month, rules, &figures, &error, options))
        qFatal("dashboard month failed: %s", qPrintable(error));
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (cpuMs)
        *cpuMs = (cpuSeconds() - cpu) * 1000;
    if (atRiskMs) {
        timer.restart();
        const double atRiskCpu = cpuSeconds();
        Database second;
        if (!second.open(path, &error, Database::Access::ReadOnly) ||
            !MonthlyFigures::membersAtRisk(second, &figures, &error))
            qFatal("members at risk failed: %s", qPrintable(error));
        *atRiskMs = double(timer.nsecsElapsed()) / 1e6;
        if (atRiskCpuMs)
            *atRiskCpuMs = (cpuSeconds() - atRiskCpu) * 1000;
    }
    return ms;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

/// A purchases CSV (card, date, amount) of `rows` rows for members picked at random with the seed,
/// dated in the 50 days before the clock's today; `parsed` gets the same rows resolved for the raw
/// baseline (member number, stored time, the programme's points and expiry at the base tier).
QByteArray purchasesCsv(Database& db, int rows, quint64 seed, const QDate& today, const LoyaltyRules& rules,
                        std::vector<RawSqlite::ImportRow>* parsed)
{
    // Every run commits its rows, and the import skips a sale already recorded (same member, second and
    // amount): the file's newest purchase id joins the seed, so that a run on a grown file makes new rows.
    const qint64 newestPurchase = scalar(db, u"SELECT IFNULL(MAX(id), 0) FROM purchases"_s);
    const quint32 seeds[] = {quint32(seed) + 17, quint32(newestPurchase),
                             quint32(quint64(newestPurchase) >> 32)};
    QRandomGenerator random(seeds);
    const qint64 maxId = scalar(db, u"SELECT MAX(id) FROM members"_s);
    QSqlQuery card(db.sql());
    card.prepare(
        u"SELECT card, id FROM members WHERE id >= ? AND anonymized_at IS NULL ORDER BY id LIMIT 1"_s);
    QStringList cards;
    QVector<qint64> ids;
    while (cards.size() < qMin(20000, qMax(1, rows / 5)) && maxId > 0) {
        card.addBindValue(qint64(random.bounded(quint64(maxId)) + 1));
        if (card.exec() && card.next()) {
            cards << card.value(0).toString();
            ids << card.value(1).toLongLong();
        }
    }
    card.finish();
    QByteArray csv = "card,date,amount\n";
    csv.reserve(rows * 40);
    parsed->clear();
    parsed->reserve(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const QDate day = today.addDays(-1 - int(random.bounded(50)));
        const int seconds = 8 * 3600 + int(random.bounded(13 * 3600));
        const int fen = 100 + int(random.bounded(30000));
        const int who = int(random.bounded(cards.size()));
        const QByteArray date = day.toString(u"yyyy-MM-dd"_s).toUtf8();
        const QByteArray time = QTime(0, 0).addSecs(seconds).toString(u"HH:mm:ss"_s).toUtf8();
        csv += cards.at(who).toUtf8() + ',' + date + ' ' + time + ',' + QByteArray::number(fen / 100) + '.' +
               QByteArray::number(fen % 100).rightJustified(2, '0') + '\n';
        const QDate expires = rules.expiryFor(day);
        parsed->push_back({ids.at(who), date + 'T' + time, fen, rules.pointsFor(0, fen, false),
                           expires.isValid() ? expires.toString(u"yyyy-MM-dd"_s).toUtf8() : QByteArray()});
    }
    return csv;
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
    md::cacheLocalTimeZone(); // before any thread: local-time conversions read the zone once
    // A GUI application (fonts for the PDF report) without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"MemberDesk benchmarks (see bench/README.md)."_s);
    parser.addHelpOption();
    const QCommandLineOption membersOption(u"members"_s, u"Members in the synthetic shop."_s, u"N"_s,
                                           u"1000000"_s);
    const QCommandLineOption monthsOption(
        u"months"_s, u"Months of history the demo generator makes (default 24; chosen with --purchases)."_s,
        u"M"_s, u"24"_s);
    const QCommandLineOption purchasesOption(
        u"purchases"_s, u"Purchases the demo generator makes, exactly (it scales the visit rates)."_s,
        u"P"_s);
    const QCommandLineOption dbOption(
        u"db"_s, u"Database to use; built with the demo generator when missing."_s, u"path"_s);
    const QCommandLineOption samplesOption(u"samples"_s, u"Timed calls per figure."_s, u"K"_s, u"500"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed of the data and of the samples."_s, u"S"_s, u"1"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object (default: the same, indented)."_s);
    const QCommandLineOption onlyOption(
        u"only"_s,
        u"Groups to run, comma-separated: lookups, open, purchase, dashboard, insight, pdf, import, gui."_s,
        u"groups"_s);
    const QCommandLineOption importRowsOption(
        u"import-rows"_s,
        u"Rows of the purchases CSV imported (default 100000; every purchase with --import-history)."_s,
        u"R"_s, u"100000"_s);
    const QCommandLineOption historyOption(
        u"import-history"_s,
        u"With --only import: load the file's own purchase history into a fresh copy of its "
        u"members instead (see bench/README.md, History load)."_s);
    const QCommandLineOption insightOption(
        u"insight"_s, u"Time the insight pass (segments, fits, predictions, snapshot write) instead."_s);
    parser.addOptions({membersOption, monthsOption, purchasesOption, dbOption, samplesOption, seedOption,
                       jsonOption, onlyOption, importRowsOption, insightOption, historyOption});
    parser.process(app);

    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto runs = [&](const QString& group) { return only.isEmpty() || only.contains(group); };
    if (parser.isSet(historyOption) && !only.contains(u"import"_s)) {
        QTextStream(stderr) << "--import-history is used with --only import" << Qt::endl;
        return 2;
    }
    const int members = parser.value(membersOption).toInt();
    // --purchases alone: the generator picks the months; with --months too, it keeps them.
    const qint64 purchases = parser.value(purchasesOption).toLongLong();
    const int months =
        parser.isSet(purchasesOption) && !parser.isSet(monthsOption) ? 0 : parser.value(monthsOption).toInt();
    const int samplesWanted = qMax(10, parser.value(samplesOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();
    if (parser.isSet(purchasesOption) && purchases < 1) {
        QTextStream(stderr) << "--purchases takes a number of purchases from 1" << Qt::endl;
        return 2;
    }
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
                         : purchases == 0
                             ? u"/tmp/memberdesk-bench-%1m-%2mo.db"_s.arg(members).arg(months)
                             : u"/tmp/memberdesk-bench-%1m-%2p%3.db"_s.arg(members).arg(purchases).arg(
                                   months > 0 ? u"-%1mo"_s.arg(months) : QString());
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
            err << "building " << path << " (" << members << " members, ";
            if (purchases > 0)
                err << purchases << " purchases, ";
            err << (months > 0 ? QString::number(months) : u"chosen"_s) << " months)…" << Qt::endl;
            QElapsedTimer timer;
            timer.start();
            DemoStats stats;
            const double cpu = cpuSeconds();
            if (!DemoGenerator({db, clock, {}})
                     .generate({members, months, seed, purchases}, &stats, &error)) {
                err << error << Qt::endl;
                db.close(); // not a shop to reuse next time
                for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
                    QFile::remove(path + suffix);
                return 1;
            }
            json[u"build_s"_s] = rounded(timer.elapsed() / 1000.0);
            json[u"build_cpu_s"_s] = rounded(cpuSeconds() - cpu);
            json[u"demo_months"_s] = stats.months;
            json[u"visit_rate_scale"_s] = rounded(stats.visitRateScale, 4);
        }
        json[u"db"_s] = path;
        json[u"members"_s] = scalar(db, u"SELECT COUNT(*) FROM members"_s);
        json[u"purchases"_s] = scalar(db, u"SELECT COUNT(*) FROM purchases"_s);
        if (purchases > 0)
            json[u"purchases_target"_s] = purchases;
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
    // Picked on a connection of their own: reading the samples' rows through `db` would leave their pages in
    // its cache and not in the raw baseline's, a head start for MemberDesk's side of every pair.
    QVector<Sample> samples;
    {
        Database picker;
        if (!picker.open(path, &error, Database::Access::ReadOnly)) {
            err << error << Qt::endl;
            return 1;
        }
        samples = pickSamples(picker, samplesWanted, seed);
    }
    const int n = int(samples.size());
    const int warmup = qMin(50, n);
    MemberSearch search(db);
    int found = 0;
    auto lookup = [&](const QString& name, const std::function<QString(const Sample&)>& query,
                      const std::function<int(const QString&)>& rawCall) {
        const auto [ours, floor] = measurePair(
            n, warmup, [&](int i) { found += int(search.find(query(samples[i]), 20).size()); },
            [&](int i) { found += rawCall(query(samples[i])); });
        report(&json, name, ours, &floor);
    };
    if (runs(u"lookups"_s)) {
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
    }
    if (runs(u"open"_s)) {
        const Timing open = measure(n, warmup, [&](int i) {
            MemberProfile profile;
            MemberProfile::load(ctx, samples[i].id, &profile, nullptr);
            found += int(MemberPurchases(db).recent(samples[i].id, 50).size());
        });
        report(&json, u"member_open_us"_s, open);
    }

    // Purchases: the full service (quote, discount, points, tier, ledger) vs the bare rows.
    if (runs(u"purchase"_s)) {
        const int purchases = qMin(n, 200);
        PurchaseService service(ctx);
        const auto [sale, rawSale] = measurePair(
            purchases, 0,
            [&](int i) {
                PurchaseRequest request;
                request.memberId = samples[i].id;
                request.grossFen = 1000 + 137 * i;
                PurchaseResult result;
                QString e;
                if (!service.record(request, &result, &e))
                    qFatal("purchase failed: %s", qPrintable(e));
            },
            [&](int i) {
                if (!raw.purchase(samples[i].id, 1000 + 137 * i, toStoredTime(clock.now())))
                    qFatal("raw purchase failed");
            });
        report(&json, u"purchase_us"_s, sale, &rawSale);
    }

    const LoyaltyRules rules = RulesService(ctx).current();
    const QDate month = clock.today();
    if (runs(u"dashboard"_s) || runs(u"pdf"_s)) {
        // Cold: the file's pages dropped from the OS cache and a new connection (empty SQLite cache).
        evictFromOsCache(path);
        double coldAtRisk = 0, coldCpu = 0, coldAtRiskCpu = 0;
        const double cold =
            rounded(dashboardMonthMs(path, month, rules, &coldAtRisk, &coldCpu, &coldAtRiskCpu));
        json[u"dashboard_month_ms_cold"_s] = cold;
        json[u"dashboard_month_ms"_s] = cold;
        json[u"dashboard_month_cpu_ms_cold"_s] = rounded(coldCpu);
        json[u"dashboard_at_risk_ms_cold"_s] = rounded(coldAtRisk);
        json[u"dashboard_at_risk_cpu_ms_cold"_s] = rounded(coldAtRiskCpu);
        QVector<double> warm, warmCpu, warmAtRisk, warmAtRiskCpu;
        for (int i = 0; i < 5; ++i) {
            double atRisk = 0, cpu = 0, atRiskCpu = 0;
            warm << dashboardMonthMs(path, month, rules, &atRisk, &cpu, &atRiskCpu);
            warmCpu << cpu;
            warmAtRisk << atRisk;
            warmAtRiskCpu << atRiskCpu;
        }
        json[u"dashboard_month_ms_warm"_s] = rounded(median(warm));
        json[u"dashboard_month_cpu_ms_warm"_s] = rounded(median(warmCpu));
        json[u"dashboard_at_risk_ms_warm"_s] = rounded(median(warmAtRisk));
        json[u"dashboard_at_risk_cpu_ms_warm"_s] = rounded(median(warmAtRiskCpu));
    }
    if (runs(u"pdf"_s)) {
        MonthlyFigures figures;
        if (!MonthlyFigures::compute(db, month, rules, &figures, &error))
            qFatal("month failed: %s", qPrintable(error));
        MonthlyReport::Options options;
        options.generatedAt = clock.now();
        options.rules = rules;
        QTemporaryDir dir;
        QVector<double> times;
        int pages = 0;
        for (int i = 0; i < 3; ++i) {
            QElapsedTimer timer;
            timer.start();
            if (!MonthlyReport(figures, options).writePdf(dir.filePath(u"report.pdf"_s), &pages, &error))
                qFatal("report failed: %s", qPrintable(error));
            times << double(timer.nsecsElapsed()) / 1e6;
        }
        json[u"report_pdf_ms"_s] = rounded(median(times));
        json[u"report_pdf_pages"_s] = pages;
    }
    if (runs(u"insight"_s)) {
        // What the insight page runs on its worker thread: a read-only connection of its own.
        InsightOptions options;
        options.window.asOf = clock.today().addDays(-1);
        options.window.days = 365;
        options.tierCount = int(rules.tiers.size());
        options.defaultMarginBp = rules.defaultMarginBp;
        QElapsedTimer timer;
        timer.start();
        double cpu = cpuSeconds();
        qint64 segmentsNs = 0;
        double segmentsCpu = 0;
        const InsightSnapshot snapshot = Insight::computeOnPath(path, options, [&](InsightStep step) {
            if (step != InsightStep::FittingModels)
                return true;
            segmentsNs = timer.nsecsElapsed();
            segmentsCpu = cpuSeconds() - cpu;
            return false; // the fit is timed below without its cache
        });
        json[u"segments_ms"_s] = rounded(double(segmentsNs) / 1e6);
        json[u"segments_cpu_ms"_s] = rounded(segmentsCpu * 1000);
        Database readOnly;
        PurchaseHistory history;
        ClvModel model;
        if (!readOnly.open(path, &error, Database::Access::ReadOnly) ||
            !PurchaseHistory::load(readOnly, options.window.asOf, options.defaultMarginBp, &history, &error))
            qFatal("history failed: %s", qPrintable(error));
        timer.restart();
        cpu = cpuSeconds();
        const bool fitted = ClvModels::fitHistory(readOnly, history, options.window.asOf, TimeUnit::Week,
                                                  &model, &error, false);
        json[u"clv_fit_ms"_s] = rounded(double(timer.nsecsElapsed()) / 1e6);
        json[u"clv_fit_cpu_ms"_s] = rounded((cpuSeconds() - cpu) * 1000);
        if (!fitted)
            json[u"clv_fit_error"_s] = error;
        json[u"insight_members"_s] = history.memberCount();
    }
    if (runs(u"gui"_s)) {
        // The start-up check reads a large file whole when no automatic backup from the last week is there
        // (StartupCheck::WholeCheck::NoRecentBackup); a shop's daily backups keep one. The file gets a real
        // one first, untimed (about 3 minutes at a million members), in the default folder beside it, and
        // reused while the fixed clock stays within the week.
        if (StartupCheck::wholeCheck(path, clock.today()) == StartupCheck::WholeCheck::NoRecentBackup) {
            QString backupError;
            if (!BackupService({db, clock, Actor{}}).runAutomatic({}, nullptr, &backupError))
                qFatal("the automatic backup failed: %s", qPrintable(backupError));
            json[u"gui_backup_made"_s] = true;
        }
        // The bench's owner account, made once (untimed): the start signs in with it as a shop owner would.
        const QString benchUser = u"bench-owner"_s;
        const QString benchSecret = u"bench-owner-secret"_s;
        UserService users({db, clock, Actor{0, Role::Owner, {}}});
        if (users.idByName(benchUser) == 0) {
            QString userError;
            User created;
            const bool made = users.needsOwnerSetup()
                                  ? users.createFirstOwner(benchUser, benchSecret, &created, &userError)
                                  : users.addUser(benchUser, Role::Owner, benchSecret, &created, &userError);
            if (!made)
                qFatal("the bench's owner account could not be made: %s", qPrintable(userError));
            json[u"gui_owner_made"_s] = true;
        }
        // Process start to the counter page shown, then the member list scrolled end to end.
        QProcess gui;
        gui.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        gui.start(QDir(QCoreApplication::applicationDirPath()).filePath(u"memberdesk-bench-gui"_s),
                  {u"--db"_s, path, u"--user"_s, benchUser, u"--secret"_s, benchSecret});
        double readyMs = -1;
        QHash<QString, QString> values;
        while (gui.state() != QProcess::NotRunning || gui.canReadLine()) {
            if (!gui.canReadLine() && !gui.waitForReadyRead(600000))
                break;
            while (gui.canReadLine()) {
                const QString line = QString::fromUtf8(gui.readLine()).trimmed();
                if (line == u"ready"_s && readyMs < 0)
                    readyMs = double(timer.nsecsElapsed()) / 1e6;
                const int space = line.indexOf(u' ');
                if (space > 0)
                    values.insert(line.left(space), line.mid(space + 1));
            }
        }
        gui.waitForFinished(600000);
        json[u"gui_start_ms"_s] = rounded(readyMs);
        json[u"peak_rss_mb"_s] = values.value(u"peak_rss_mb"_s).toDouble();
        json[u"gui_list_rows"_s] = values.value(u"rows"_s).toLongLong();
        json[u"gui_scroll_ms"_s] = values.value(u"scroll_ms"_s).toLongLong();
        json[u"gui_sign_in_ms"_s] = values.value(u"sign_in_ms"_s).toLongLong();
        json[u"gui_maintenance_ms"_s] = values.value(u"maintenance_ms"_s).toLongLong();
        json[u"gui_maintenance_ran"_s] = values.value(u"maintenance_ran"_s) == u"1"_s;
        if (gui.exitCode() != 0)
            json[u"gui_error"_s] = QString::fromUtf8(gui.readAllStandardError()).trimmed();
    }
    if (runs(u"import"_s) && parser.isSet(historyOption)) {
        const qint64 limit =
            parser.isSet(importRowsOption) ? qMax(1LL, parser.value(importRowsOption).toLongLong()) : -1;
        if (!historyLoad(db, path, limit, &json, &error)) {
            err << "history load: " << error << Qt::endl;
            return 1;
        }
    } else if (runs(u"import"_s)) {
        // Committed into the bench database: it grows by --import-rows purchases per run.
        const int rows = qMax(1, parser.value(importRowsOption).toInt());
        std::vector<RawSqlite::ImportRow> parsed;
        const QByteArray csv =
            purchasesCsv(db, rows, seed, clock.today(), RulesService(ctx).current(), &parsed);
        // The raw floor is timed before and after the import (each commits its own copy of the rows):
        // the first meets colder caches than the import, the second warmer ones; their mean is the floor.
        const bool bulk = csv.size() > 4 * 1024 * 1024; // as PurchaseImporter decides
        // The copy timed before the import is the same sales a second later within their minute (same
        // day, hour and amounts): the import skips purchases already recorded, and would find the very
        // rows of an identical copy.
        std::vector<RawSqlite::ImportRow> earlier = parsed;
        for (RawSqlite::ImportRow& row : earlier) {
            if (row.time.size() == 19) {
                const int second = (row.time.mid(17, 2).toInt() + 1) % 60;
                row.time.replace(17, 2, QByteArray::number(second).rightJustified(2, '0'));
            }
        }
        bool firstRaw = true;
        auto rawRun = [&] {
            QElapsedTimer t;
            t.start();
            const double cpu = cpuSeconds();
            const std::vector<RawSqlite::ImportRow>& copy = firstRaw ? earlier : parsed;
            firstRaw = false;
            if (!raw.importPurchases(copy, bulk))
                qFatal("raw import baseline failed: %s", qPrintable(raw.lastError()));
            return std::make_pair(double(t.nsecsElapsed()) / 1e9, cpuSeconds() - cpu);
        };
        const auto rawBefore = rawRun();
        const RawPhases rawPhasesBefore = raw.lastPhases();
        ImportOptions options;
        options.sourceName = u"bench.csv"_s;
        options.memberRef = MemberRefKind::Card;
        ImportReport importReport;
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds();
        if (!PurchaseImporter(ctx).run(csv, options, &importReport) || importReport.imported != rows)
            qFatal("import failed: %s (%lld of %d imported, %lld already recorded, %lld skipped)",
                   qPrintable(importReport.error), importReport.imported, rows, importReport.alreadyRecorded,
                   importReport.skipped);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuBefore;
        const auto rawAfter = rawRun();
        json[u"import_phases_s"_s] = importPhases(importReport.timings);
        json[u"import_raw_phases_s"_s] = rawPhases(rawPhasesBefore, &raw.lastPhases());
        const double rawSeconds = (rawBefore.first + rawAfter.first) / 2;
        const double rawCpu = (rawBefore.second + rawAfter.second) / 2;
        json[u"import_rows"_s] = rows;
        json[u"import_rows_per_s"_s] = qRound64(rows / seconds);
        json[u"import_rows_per_cpu_s"_s] = qRound64(rows / qMax(1e-9, cpu));
        json[u"import_rows_per_s_raw"_s] = qRound64(rows / rawSeconds);
        json[u"import_rows_per_cpu_s_raw"_s] = qRound64(rows / qMax(1e-9, rawCpu));
        json[u"import_rows_per_s_raw_first"_s] = qRound64(rows / rawBefore.first);
        json[u"import_rows_per_s_raw_second"_s] = qRound64(rows / rawAfter.first);
        // A rate: the import's time over the floor's, so above 1 is slower like every other *_vs_raw.
        json[u"import_vs_raw"_s] = rounded(seconds / rawSeconds);
    }
    json[u"samples"_s] = n;
    json[u"rows_read"_s] = found;

    const QByteArray out = QJsonDocument(json).toJson(parser.isSet(jsonOption) ? QJsonDocument::Compact
                                                                               : QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
