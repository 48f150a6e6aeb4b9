// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/DatabaseUpgrade.h"

#include "storage/Database.h"
#include "trust/BusyNotice.h"

#include <QCoreApplication>

namespace md::ui::DatabaseUpgrade {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUpgrade)
};
} // namespace

bool run(const QString& path, QString* error, const std::function<void(QWidget* notice)>& shown)
{
    int stored = 0;
    if (!Database::upgradeDue(path, &stored))
        return true;
    bool upgraded = false;
    QString upgradeError;
    BusyNotice::run(
        Text::tr("Upgrading the member database for this version of MemberDesk…"),
        Text::tr("Schema %1 to %2. A large shop's database can take a minute: please wait, and leave the "
                 "computer on. If it is interrupted, nothing is lost and the upgrade runs again at the next "
                 "start.")
            .arg(stored)
            .arg(Database::latestSchemaVersion()),
        // The worker's connection is its own (QtSql connections belong to the thread that made them),
        // closed before the GUI opens the file again, already upgraded.
        [&] {
            Database db;
            upgraded = db.open(path, &upgradeError);
            db.close();
        },
        shown);
    if (!upgraded && error)
        *error = upgradeError;
    return upgraded;
}

} // namespace md::ui::DatabaseUpgrade
