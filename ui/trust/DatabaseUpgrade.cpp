// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/DatabaseUpgrade.h"

#include "storage/Database.h"

#include <QCloseEvent>
#include <QDialog>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace md::ui::DatabaseUpgrade {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUpgrade)
};

// Not closable: the upgrade cannot be stopped half-way (each step commits or leaves the file as it was),
// and the window manager may draw a close button all the same.
class Notice : public QDialog
{
public:
    using QDialog::QDialog;

protected:
    void closeEvent(QCloseEvent* event) override { event->ignore(); }
    void reject() override {}
};

std::unique_ptr<QDialog> makeNotice(int from, int to)
{
    auto notice =
        std::make_unique<Notice>(nullptr, Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    notice->setObjectName(u"databaseUpgradeNotice"_s);
    notice->setWindowTitle(Text::tr("MemberDesk"));
    auto* layout = new QVBoxLayout(notice.get());
    auto* title = new QLabel(Text::tr("Upgrading the member database for this version of MemberDesk…"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* detail = new QLabel(Text::tr("Schema %1 to %2. A large shop's database can take a minute: please "
                                       "wait, and leave the computer on. If it is interrupted, nothing is "
                                       "lost and the upgrade runs again at the next start.")
                                  .arg(from)
                                  .arg(to));
    detail->setWordWrap(true);
    auto* busy = new QProgressBar;
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addWidget(busy);
    notice->setMinimumWidth(440);
    return notice;
}
} // namespace

bool isDue(const QString& path)
{
    const int stored = Database::storedSchemaVersion(path);
    return stored > 0 && stored < Database::latestSchemaVersion();
}

bool run(const QString& path, QString* error, const std::function<void(QWidget* notice)>& shown)
{
    if (!isDue(path))
        return true;
    const std::unique_ptr<QDialog> notice =
        makeNotice(Database::storedSchemaVersion(path), Database::latestSchemaVersion());
    notice->show();

    bool upgraded = false;
    QString upgradeError;
    // The worker's connection is its own (QtSql connections belong to the thread that made them), closed
    // before the GUI opens the file again, already upgraded.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        Database db;
        upgraded = db.open(path, &upgradeError);
        db.close();
    }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    if (shown)
        shown(notice.get());
    // Only the notice takes input meanwhile, and it has nothing to click.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    if (!upgraded && error)
        *error = upgradeError;
    return upgraded;
}

} // namespace md::ui::DatabaseUpgrade
