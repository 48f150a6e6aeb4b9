// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace md::test {

/// What one run of the real memberdesk-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QJsonObject json; ///< the last line of stdout parsed as JSON (with --json: the one object)
    QString out;
    QString err;
};

/// Runs memberdesk-cli on `db` at the fixed local time `now`, in `lang`, with --json unless `json` is false.
inline CliRun runCli(const QString& db, const QStringList& args,
                     const QString& now = QStringLiteral("2026-05-10T10:00:00"),
                     const QString& lang = QStringLiteral("en"), bool json = true)
{
    QStringList all{QStringLiteral("--db"), db, QStringLiteral("--now"), now, QStringLiteral("--lang"), lang};
    if (json)
        all << QStringLiteral("--json");
    QProcess process;
    process.start(QStringLiteral(MEMBERDESK_CLI_PATH), all + args);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        qFatal("memberdesk-cli timed out: %s", qPrintable(args.join(QLatin1Char(' '))));
    CliRun run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.json = QJsonDocument::fromJson(run.out.trimmed().split(QLatin1Char('\n')).last().toUtf8()).object();
    return run;
}

} // namespace md::test
