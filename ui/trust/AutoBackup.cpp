// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/AutoBackup.h"

#include "storage/BackupService.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace md::ui::AutoBackup {

bool run(const ServiceContext& ctx, When when, QWidget* parent, QString* error, bool warn)
{
    BackupService backups(ctx);
    if (when == When::Daily && !backups.automaticBackupDue())
        return true;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BackupResult result;
    QString reason;
    const bool ok = backups.runAutomatic(QString(), &result, &reason);
    QApplication::restoreOverrideCursor();
    if (error)
        *error = reason;
    if (ok || !warn)
        return ok;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("AutoBackup", "Backup failed"),
                    QCoreApplication::translate(
                        "AutoBackup", "The automatic backup could not be written:\n%1\n\nThe database "
                                      "itself is fine. Check the backup folder (is the USB stick "
                                      "plugged in?) under Shop ▸ Backups and lock.")
                        .arg(reason),
                    QMessageBox::Ok, parent);
    if (when == When::OnExit) {
        // Closing must not hang on a message nobody reads.
        box.setInformativeText(QCoreApplication::translate("AutoBackup", "MemberDesk closes in %n second(s).",
                                                           "", kExitWarningSeconds));
        QTimer::singleShot(kExitWarningSeconds * 1000, &box, &QMessageBox::accept);
    }
    box.exec();
    return false;
}

} // namespace md::ui::AutoBackup
