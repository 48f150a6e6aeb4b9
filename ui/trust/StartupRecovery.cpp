// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/StartupRecovery.h"

#include "storage/BackupService.h"
#include "trust/BusyNotice.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace md::ui::StartupRecovery {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StartupRecovery)
};
} // namespace

bool run(const QString& dbPath, const QDateTime& now, const Ask& ask, QString* message,
         const std::function<void(QWidget* notice)>& shown, qint64 wholeFileBytes)
{
    const StartupCheck::WholeCheck whole = StartupCheck::wholeCheck(dbPath, now.date(), {}, wholeFileBytes);
    StartupCheckResult check;
    const auto runCheck = [&] { check = StartupCheck::run(dbPath, whole); };
    // A large file read whole takes minutes: said, and why.
    QString why;
    switch (whole) {
    case StartupCheck::WholeCheck::Requested:
        why = Text::tr("The last backup found damage, so every page of the database is read before anything "
                       "else is written. A large shop's database can take a few minutes.");
        break;
    case StartupCheck::WholeCheck::NoRecentBackup:
        why = Text::tr("No automatic backup from the last %1 days was found (is the backup folder still "
                       "there?), so every page of the database is read now, before anything else is written. "
                       "A large shop's database can take a few minutes.")
                  .arg(StartupCheck::kDaysWithoutWholeCheck);
        break;
    case StartupCheck::WholeCheck::No:
    case StartupCheck::WholeCheck::SmallFile:
        break;
    }
    if (why.isEmpty())
        runCheck();
    else
        BusyNotice::run(Text::tr("Checking the member database…"), why, runCheck, shown);
    if (check.ok)
        return true;
    if (ask(check) != Choice::Restore || check.latestBackup.isEmpty())
        return false;
    RestoreResult result;
    QString error;
    if (!BackupService::restoreFile(check.latestBackup, dbPath, now, &result, &error)) {
        *message = error;
        return false;
    }
    *message = Text::tr("The backup of %1 is restored. The damaged database is kept as:\n%2")
                   .arg(QLocale().toString(check.latestBackupDay, QLocale::LongFormat),
                        QDir::toNativeSeparators(result.safetyCopy));
    return true;
}

Choice askWithMessageBox(const StartupCheckResult& check)
{
    QMessageBox box(QMessageBox::Critical, Text::tr("MemberDesk"), check.message);
    if (!check.problems.isEmpty())
        box.setDetailedText(check.problems.join(u'\n'));
    QPushButton* restore = nullptr;
    if (!check.latestBackup.isEmpty()) {
        restore = box.addButton(Text::tr("Restore the backup of %1")
                                    .arg(QLocale().toString(check.latestBackupDay, QLocale::LongFormat)),
                                QMessageBox::AcceptRole);
        box.setDefaultButton(restore);
    }
    box.addButton(Text::tr("Quit"), QMessageBox::RejectRole);
    box.exec();
    return restore && box.clickedButton() == restore ? Choice::Restore : Choice::Quit;
}

} // namespace md::ui::StartupRecovery
