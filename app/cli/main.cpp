// SPDX-License-Identifier: GPL-3.0-or-later
// memberdesk-cli: headless operations over the same core the GUI uses. Contract: shared/cli.md.
#include "Command.h"
#include "Translations.h"
#include "common/LocalTimeZone.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHashSeed>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::cli;

namespace {

QVector<CommandSpec> allCommands()
{
    QVector<CommandSpec> all;
    all += adminCommands();
    all += memberCommands();
    all += purchaseCommands();
    all += insightCommands();
    all += importCommands();
    all += loyaltyCommands();
    all += careCommands();
    all += reportCommands();
    all += trustCommands();
    all += eventCommands();
    all += invitationCommands();
    return all;
}

void writeOut(const QString& text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

void writeErr(const QString& text)
{
    QTextStream err(stderr);
    err << text << Qt::endl;
}

QString usageText(const QVector<CommandSpec>& commands)
{
    QString text =
        QCoreApplication::translate("Cli", "Usage: memberdesk-cli [--db PATH] [--now YYYY-MM-DDTHH:MM:SS] "
                                           "[--json] [--lang zh_CN|zh_TW|en] COMMAND ...") +
        u"\n\n"_s + QCoreApplication::translate("Cli", "Commands:") + u"\n"_s;
    for (const CommandSpec& c : commands)
        text += u"  "_s + c.usage + u"\n"_s;
    return text;
}

int finish(const CliEnv& env, const Outcome& outcome)
{
    if (outcome.ok) {
        if (env.json)
            writeOut(QString::fromUtf8(QJsonDocument(outcome.json).toJson(QJsonDocument::Compact)) + u"\n"_s);
        else if (!outcome.text.isEmpty())
            writeOut(outcome.text.endsWith(u'\n') ? outcome.text : outcome.text + u"\n"_s);
        // A complete answer that is still "not ok" (check found problems) sets its own status.
        return outcome.exitCode;
    }
    writeErr(outcome.error);
    if (env.json) {
        const QJsonObject error{{u"error"_s, outcome.error}, {u"code"_s, outcome.code}};
        writeOut(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) + u"\n"_s);
    }
    return outcome.exitCode == 0 ? 1 : outcome.exitCode;
}

} // namespace

int main(int argc, char** argv)
{
    // Documents made with --now are the same file each time: Qt's PDF writer lays its fonts out in hash
    // order, which a random seed changes from run to run. Nothing here takes untrusted hash keys.
    QHashSeed::setDeterministicGlobalSeed();
    md::cacheLocalTimeZone(); // before any thread: local-time conversions read the zone once
    // Painting documents needs fonts, hence a QGuiApplication; headless by default.
    const bool gui = reportNeedsGui(argc, argv) || invitationsNeedGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (gui && qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Under cron or a service there is no session: Qt would pick this same private folder, but warn
        // on stderr, which a script reads as something gone wrong.
        const QString runtime = QDir::tempPath() + u"/runtime-"_s + QString::number(getuid());
        if (QDir().mkpath(runtime) &&
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(u"MemberDesk"_s);
    QCoreApplication::setApplicationName(u"MemberDesk"_s);

    CliEnv env;
    QStringList rest;
    QString nowText;
    QString globalError;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto takeValue = [&](QString* target) {
            // "--db --json" is a forgotten path, not a database named "--json".
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--"_s)) {
                if (globalError.isEmpty())
                    globalError = QCoreApplication::translate("Cli", "The option %1 needs a value.").arg(a);
                return;
            }
            if (!target->isEmpty() && globalError.isEmpty())
                globalError =
                    QCoreApplication::translate("Cli", "The option %1 was given more than once.").arg(a);
            *target = args.at(++i);
        };
        if (a == u"--db"_s)
            takeValue(&env.dbPath);
        else if (a == u"--now"_s)
            takeValue(&nowText);
        else if (a == u"--lang"_s)
            takeValue(&env.language);
        else if (a == u"--json"_s)
            env.json = true;
        else
            rest << a;
    }
    if (env.language.isEmpty())
        env.language = languageForLocale(QLocale::system());
    if (!installTranslations(env.language)) {
        installTranslations(u"en"_s);
        if (globalError.isEmpty())
            globalError =
                QCoreApplication::translate("Cli", "Unknown language \"%1\": use zh_CN, zh_TW or en.")
                    .arg(env.language);
    }
    if (!globalError.isEmpty())
        return finish(env, usageError(globalError));
    if (nowText.isEmpty()) {
        env.clock = std::make_unique<SystemClock>();
    } else {
        QDateTime fixed = QDateTime::fromString(nowText, u"yyyy-MM-ddTHH:mm:ss"_s);
        if (!fixed.isValid())
            fixed = QDateTime(QDate::fromString(nowText, u"yyyy-MM-dd"_s), QTime(12, 0));
        if (!fixed.isValid())
            return finish(env, usageError(QCoreApplication::translate(
                                              "Cli", "--now must look like 2026-05-01T14:30:00, not \"%1\".")
                                              .arg(nowText)));
        env.clock = std::make_unique<FixedClock>(fixed);
    }
    if (env.dbPath.isEmpty())
        env.dbPath = Database::defaultPath();

    const QVector<CommandSpec> commands = allCommands();
    if (rest.isEmpty() || rest.first() == u"help"_s || rest.first() == u"--help"_s) {
        if (env.json) {
            // With --json stdout is always one JSON object.
            if (rest.isEmpty())
                return finish(env, usageError(QCoreApplication::translate(
                                       "Cli", "No command given. Run memberdesk-cli help for the list.")));
            return finish(env, Outcome::success({{u"usage"_s, usageText(commands)}}, usageText(commands)));
        }
        writeOut(usageText(commands));
        return rest.isEmpty() ? 2 : 0;
    }
    // Longest command name that the leading words spell ("member add" before "member").
    const CommandSpec* chosen = nullptr;
    int words = 0;
    for (const CommandSpec& c : commands) {
        const QStringList name = c.name.split(u' ');
        if (name.size() <= rest.size() && rest.mid(0, name.size()) == name && name.size() > words) {
            chosen = &c;
            words = int(name.size());
        }
    }
    if (!chosen) {
        // "member" alone, or "member ad": name the group's commands.
        QStringList inGroup;
        for (const CommandSpec& c : commands) {
            const QStringList name = c.name.split(u' ');
            if (name.size() > 1 && name.first() == rest.first())
                inGroup << name.mid(1).join(u' ');
        }
        if (!inGroup.isEmpty())
            return finish(env, usageError(QCoreApplication::translate(
                                              "Cli", "\"%1\" needs one of: %2. Run memberdesk-cli help for "
                                                     "the list.")
                                              .arg(rest.first(), inGroup.join(u", "_s))));
        return finish(env, usageError(QCoreApplication::translate("Cli", "Unknown command \"%1\". Run "
                                                                         "memberdesk-cli help for the list.")
                                          .arg(rest.mid(0, 2).join(u' '))));
    }
    return finish(env, chosen->run(env, rest.mid(words)));
}
