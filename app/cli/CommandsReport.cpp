// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "analytics/MemberInsightStore.h"
#include "reports/MonthlyFigures.h"
#include "reports/MonthlyReport.h"
#include "reports/ReportSummaries.h"
#include "services/RulesService.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>

#include <ctime>

using namespace Qt::StringLiterals;

namespace md::cli {

namespace {

/// --month, or the last complete month before the clock's today.
bool monthOption(CliEnv& env, const CliArgs& args, QDate* month, Outcome* outcome)
{
    if (!args.has(u"month"_s)) {
        const QDate today = env.clock->today();
        *month = QDate(today.year(), today.month(), 1).addMonths(-1);
        return true;
    }
    QString error;
    if (MonthlyFigures::parseMonth(args.value(u"month"_s), month, &error))
        return true;
    *outcome = Outcome::failure(u"--month: "_s + error, u"invalid_input"_s);
    return false;
}

QLocale reportLocale(const CliEnv& env)
{
    return env.language.isEmpty() ? QLocale() : QLocale(env.language);
}

Outcome reportFigures(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    QDate month;
    if (!parseArgs(argv, {u"month"_s, u"repeat"_s}, {}, &args, &outcome) ||
        !monthOption(env, args, &month, &outcome))
        return outcome;
    bool repeatOk = false;
    const int repeat = args.value(u"repeat"_s, u"1"_s).toInt(&repeatOk);
    if (!repeatOk || repeat < 1 || repeat > 100)
        return usageError(Cli::tr("--repeat takes a whole number from 1 to 100."));
    if (!openOrFail(env, &outcome))
        return outcome;
    const LoyaltyRules rules = RulesService(env.context()).current();
    MonthlyFigures figures;
    QString error;
    // Timed in two parts, as a dashboard would load them: everything but the at-risk list, then the list.
    MonthlyFigures::Options options;
    options.atRisk = false;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu0 = std::clock();
    if (!MonthlyFigures::compute(env.db(), month, rules, &figures, &error, options))
        return Outcome::failure(error, u"database"_s);
    const qint64 figuresMs = timer.elapsed();
    const std::clock_t cpu1 = std::clock();
    if (!MonthlyFigures::membersAtRisk(env.db(), &figures, &error))
        return Outcome::failure(error, u"database"_s);
    const qint64 ms = timer.elapsed();
    const std::clock_t cpu2 = std::clock();
    auto cpuMs = [](std::clock_t from, std::clock_t to) {
        return qint64((to - from) * 1000 / CLOCKS_PER_SEC);
    };
    QJsonObject json = figures.kpiJson();
    json.insert(u"compute_ms"_s, ms);
    // --repeat: the same month again in this process (SQLite's page cache warm), best of the runs.
    qint64 warmMs = -1;
    for (int i = 1; i < repeat; ++i) {
        MonthlyFigures again;
        QElapsedTimer warm;
        warm.start();
        if (!MonthlyFigures::compute(env.db(), month, rules, &again, &error))
            return Outcome::failure(error, u"database"_s);
        warmMs = warmMs < 0 ? warm.elapsed() : qMin(warmMs, warm.elapsed());
    }
    if (warmMs >= 0)
        json.insert(u"warm_ms"_s, warmMs);
    json.insert(u"figures_ms"_s, figuresMs);
    json.insert(u"at_risk_ms"_s, ms - figuresMs);
    json.insert(u"figures_cpu_ms"_s, cpuMs(cpu0, cpu1));
    json.insert(u"at_risk_cpu_ms"_s, cpuMs(cpu1, cpu2));
    const QLocale locale = reportLocale(env);
    const QString title = MonthlyReport::monthTitle(month, locale);
    if (figures.isEmpty())
        return Outcome::success(json,
                                Cli::tr("No data for %1: no member purchase, registration or points movement "
                                        "was recorded.")
                                    .arg(title));
    const MonthKpis& k = figures.current;
    QString text = Cli::tr("%1 (computed in %2 ms)").arg(title).arg(ms) + u"\n"_s;
    text += Cli::tr("  member sales %1 in %Ln purchase(s)", "", int(k.purchases))
                .arg(formatYuan(k.salesFen, locale)) +
            u"\n"_s;
    text +=
        Cli::tr("  average ticket %1").arg(formatYuan(k.averageTicketFen().value_or(0), locale)) + u"\n"_s;
    text += Cli::tr("  %1 active members, %2 new, repeat-purchase rate %3 %")
                .arg(k.activeMembers)
                .arg(k.newMembers)
                .arg(locale.toString(k.repeatRate().value_or(0) * 100.0, 'f', 1)) +
            u"\n"_s;
    text += Cli::tr("  points issued %1, redeemed %2, expired %3; outstanding %4 (liability %5)")
                .arg(k.pointsIssued)
                .arg(k.pointsRedeemed)
                .arg(k.pointsExpired)
                .arg(k.pointsBalanceEnd)
                .arg(formatYuan(k.liabilityFen, locale)) +
            u"\n"_s;
    text += Cli::tr("  %1 new VIPs, %2 members at risk").arg(figures.newVipCount).arg(figures.atRiskCount);
    return Outcome::success(json, text);
}

Outcome reportMonthly(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    QDate month;
    if (!parseArgs(argv, {u"month"_s, u"out"_s}, {}, &args, &outcome) ||
        !monthOption(env, args, &month, &outcome))
        return outcome;
    const QString out = args.value(u"out"_s);
    if (out.isEmpty())
        return usageError(Cli::tr("--out is required: the PDF file to write, e.g. --out report.pdf."));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Outcome::failure(
            Cli::tr("Rendering a report needs the graphics libraries, which could not start."), u"io"_s);
    const QFileInfo outInfo(out);
    if (!outInfo.absoluteDir().exists())
        return Outcome::failure(Cli::tr("The folder %1 does not exist.").arg(outInfo.absolutePath()),
                                u"io"_s);
    if (!openOrFail(env, &outcome))
        return outcome;
    const LoyaltyRules rules = RulesService(env.context()).current();
    MonthlyFigures figures;
    QString error;
    if (!MonthlyFigures::compute(env.db(), month, rules, &figures, &error))
        return Outcome::failure(error, u"database"_s);
    MonthlyReport::Options options;
    options.storeName = SettingsRepository(env.db()).value(MonthlyReport::storeNameSettingsKey(),
                                                           MonthlyReport::defaultStoreName());
    options.locale = reportLocale(env);
    options.generatedAt = env.clock->now();
    options.rules = rules;
    // The insight snapshot's segments get a page when one was computed; without one the report goes on.
    QString insightError;
    if (!MemberInsightStore(env.context()).distribution(&options.insight, &insightError))
        options.insight = InsightDistribution();
    const MonthlyReport report(figures, options);
    int pages = 0;
    if (!report.writePdf(out, &pages, &error))
        return Outcome::failure(error, u"io"_s);
    const QString title = MonthlyReport::monthTitle(month, options.locale);
    QString text = Cli::tr("Wrote the monthly report for %1 to %2 (%Ln page(s)).", "", pages).arg(title, out);
    if (figures.isEmpty())
        text += u"\n"_s + Cli::tr("There was no data in that month; the report says so.");
    return Outcome::success({{u"pages"_s, pages},
                             {u"month"_s, month.toString(u"yyyy-MM"_s)},
                             {u"file"_s, outInfo.absoluteFilePath()},
                             {u"has_data"_s, !figures.isEmpty()}},
                            text);
}

Outcome rebuildSummaries(CliEnv& env, const QStringList& argv)
{
    CliArgs args;
    Outcome outcome;
    if (!parseArgs(argv, {}, {}, &args, &outcome) || !openOrFail(env, &outcome))
        return outcome;
    QString error;
    const qint64 before = ReportSummaries::differences(env.db(), &error);
    if (before < 0)
        return Outcome::failure(error, u"database"_s);
    ReportSummaries::Counts counts;
    if (!ReportSummaries::rebuild(env.db(), &counts, &error))
        return Outcome::failure(error, u"database"_s);
    return Outcome::success({{u"differences_before"_s, before},
                             {u"hourly_rows"_s, counts.hourlyRows},
                             {u"member_month_rows"_s, counts.memberMonthRows},
                             {u"points_daily_rows"_s, counts.pointsDailyRows},
                             {u"monthly_rows"_s, counts.monthlyRows}},
                            Cli::tr("Report summaries rebuilt (%1 rows differed before).").arg(before));
}

} // namespace

QVector<CommandSpec> reportCommands()
{
    return {
        {u"report monthly"_s, u"report monthly [--month YYYY-MM] --out FILE.pdf"_s, reportMonthly},
        {u"report figures"_s, u"report figures [--month YYYY-MM] [--repeat N]"_s, reportFigures},
        {u"report rebuild-summaries"_s, u"report rebuild-summaries"_s, rebuildSummaries},
    };
}

/// Whether the command line asks for a command that paints (it then needs a QGuiApplication).
bool reportNeedsGui(int argc, char** argv)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "report") == 0 && qstrcmp(argv[i + 1], "monthly") == 0)
            return true;
    }
    return false;
}

} // namespace md::cli
