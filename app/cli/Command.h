// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliArgs.h"
#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace md::cli {

/// Translation context of the command-line texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// What a command produced: the JSON object for --json, the text otherwise, or an error.
struct Outcome
{
    bool ok = true;
    QJsonObject json;
    QString text;
    QString error;
    QString code; ///< stable machine key: usage, not_found, invalid_input, duplicate, conflict, database, io
    int exitCode = 0;

    static Outcome success(const QJsonObject& json, const QString& text)
    {
        return {true, json, text, {}, {}, 0};
    }
    static Outcome failure(const QString& message, const QString& code, int exitCode = 1)
    {
        return {false, {}, {}, message, code, exitCode};
    }
};

/// Everything a command needs: parsed global options, the clock and (opened on demand) the database.
class CliEnv
{
public:
    QString dbPath;
    QString language;
    bool json = false;
    std::unique_ptr<Clock> clock;

    /// Opens (creating and migrating) the database once; false with *error on failure. A damaged file is
    /// not opened, as the GUI's start does not (StartupCheck): `openErrorCode` is then "damaged".
    bool openDatabase(QString* error);
    /// Set by the commands that must reach a damaged file: `check` reports the damage, `restore` replaces it.
    bool checkBeforeOpening = true;
    QString openErrorCode = QStringLiteral("database");
    Database& db() { return m_db; }
    ServiceContext context() { return {m_db, *clock, Actor{}}; }

private:
    Database m_db;
};

using CommandFunction = std::function<Outcome(CliEnv&, const QStringList& args)>;

struct CommandSpec
{
    QString name; ///< "member add", "purchase void", "init"
    QString usage;
    CommandFunction run;
};

/// Each Commands*.cpp contributes its commands here.
QVector<CommandSpec> memberCommands();
QVector<CommandSpec> purchaseCommands();
QVector<CommandSpec> adminCommands();
QVector<CommandSpec> insightCommands();
QVector<CommandSpec> importCommands();
QVector<CommandSpec> loyaltyCommands();
QVector<CommandSpec> careCommands();
QVector<CommandSpec> reportCommands();
/// True when argv asks for a command that paints a document (the CLI then starts a QGuiApplication).
bool reportNeedsGui(int argc, char** argv);
QVector<CommandSpec> trustCommands();
QVector<CommandSpec> eventCommands();
QVector<CommandSpec> invitationCommands();
/// True when argv asks for `event invitations` (painting: the CLI then starts a QGuiApplication).
bool invitationsNeedGui(int argc, char** argv);

/// Shared helpers for commands.
Outcome usageError(const QString& message);
/// Parses the command's options; on failure returns a usage error through *outcome.
bool parseArgs(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
               CliArgs* parsed, Outcome* outcome);
bool openOrFail(CliEnv& env, Outcome* outcome);
/// openOrFail, then the day's maintenance when it has not run on the clock's day, as the GUI does at the
/// first start of a day: points and tiers shown or changed are those of today (lapsed credits expired,
/// the tier review done), not of the last day someone ran `maintenance run`. A maintenance that fails
/// is reported on stderr; the command still runs (lapsed points are never spendable either way).
bool openForMembers(CliEnv& env, Outcome* outcome);

} // namespace md::cli
