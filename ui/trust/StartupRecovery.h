// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StartupCheck.h"

#include <QDateTime>

#include <functional>

class QWidget;

namespace md::ui {

/// Before the database is opened: StartupCheck's quick check. A damaged database is never used silently:
/// the user is told, and offered the newest good automatic backup, which is put in place (the damaged
/// file kept beside it) only when they say so.
namespace StartupRecovery {
enum class Choice
{
    Restore,
    Quit,
};
/// Asks the user what to do about a failed check (the GUI shows a message box; tests answer directly).
using Ask = std::function<Choice(const StartupCheckResult&)>;

/// True when the database may be opened: it passed, or the user chose the backup and it is restored.
/// `message` gets what the user should be told afterwards (the kept copy, or why restoring failed).
/// A whole check of a large file (asked for by a damaged backup, or no recent backup; minutes at a
/// million members) runs
/// behind a notice; `shown` (for tests) gets it, `wholeFileBytes` is StartupCheck's size limit.
bool run(const QString& dbPath, const QDateTime& now, const Ask& ask, QString* message,
         const std::function<void(QWidget* notice)>& shown = {},
         qint64 wholeFileBytes = StartupCheck::kWholeFileBytes);
/// The message box: the check's sentence, its problems as details, "Restore the backup of …" and "Quit".
Choice askWithMessageBox(const StartupCheckResult& check);
} // namespace StartupRecovery

} // namespace md::ui
