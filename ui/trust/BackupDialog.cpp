// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/BackupDialog.h"

#include "common/LocaleFormat.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "trust/SessionGuard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

BackupDialog::BackupDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Backups and lock"));
    BackupService backups(ctx);

    m_folder = new QLineEdit(QDir::toNativeSeparators(backups.folder()));
    m_folder->setObjectName(u"folderLineEdit"_s);
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder for the automatic backups"), m_folder->text());
        if (!chosen.isEmpty()) {
            m_folder->setText(QDir::toNativeSeparators(chosen));
            reloadList();
        }
    });
    auto* now = new QPushButton(tr("Back up &now"));
    now->setObjectName(u"backUpNowPushButton"_s);
    connect(now, &QPushButton::clicked, this, &BackupDialog::backUpNow);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    folderRow->addWidget(now);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupDialog::reloadList);

    auto* explain =
        new QLabel(tr("MemberDesk backs up the database into this folder when it closes and once a "
                      "day, checks every backup after writing it, and keeps the last %1 days and "
                      "one backup for each of the last %2 months. A USB stick or a second disk "
                      "keeps the shop's data safe when this PC fails.")
                       .arg(BackupService::kKeepDaily)
                       .arg(BackupService::kKeepMonthly));
    explain->setWordWrap(true);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(u"backupsTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Size"), tr("File")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* backupBox = new QGroupBox(tr("Automatic backups"));
    auto* backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addWidget(explain);
    backupLayout->addLayout(folderRow);
    backupLayout->addWidget(m_table, 1);

    m_idle = new QSpinBox;
    m_idle->setObjectName(u"idleSpinBox"_s);
    m_idle->setRange(0, SessionGuard::kMaxIdleMinutes);
    m_idle->setSpecialValueText(tr("never"));
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(SessionGuard::idleMinutes(ctx.db));
    auto* lockBox = new QGroupBox(tr("Lock"));
    auto* lockForm = new QFormLayout(lockBox);
    lockForm->addRow(tr("Lock the counter after &idle time:"), m_idle);
    auto* lockHint =
        new QLabel(tr("Without a key or mouse touch for this long, the window hides member data "
                      "and asks for a PIN or password. Ctrl+L locks at once; F12 switches user."));
    lockHint->setWordWrap(true);
    lockForm->addRow(lockHint);

    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton* restore = buttons->addButton(tr("&Restore from a backup…"), QDialogButtonBox::ActionRole);
    restore->setObjectName(u"restorePushButton"_s);
    connect(restore, &QPushButton::clicked, this, &BackupDialog::restoreRequested);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackupDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(backupBox, 1);
    layout->addWidget(lockBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 560);
    reloadList();
}

void BackupDialog::reloadList()
{
    m_table->setRowCount(0);
    const QLocale locale;
    for (const BackupService::BackupFile& file : BackupService::automaticBackups(
             QDir::fromNativeSeparators(m_folder->text().trimmed()), m_ctx.db.path())) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(localDateText(locale, file.day)));
        m_table->setItem(row, 1, new QTableWidgetItem(locale.formattedDataSize(QFileInfo(file.path).size())));
        m_table->setItem(row, 2, new QTableWidgetItem(QDir::toNativeSeparators(file.path)));
    }
    m_table->resizeColumnsToContents();
}

QString BackupDialog::status() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void BackupDialog::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #b3261e;"_s : u"color: #1b6e2d;"_s);
    m_status->setVisible(!text.isEmpty());
}

bool BackupDialog::backUpNow()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showStatus(tr("Choose a folder for the backups first."), true);
        return false;
    }
    showStatus(tr("Backing up…"), false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    BackupResult result;
    QString error;
    const bool ok = BackupService(m_ctx).runAutomatic(folder, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showStatus(error, true);
        return false;
    }
    showStatus(tr("Backup written and checked: %1 (%2).")
                   .arg(QDir::toNativeSeparators(result.path), QLocale().formattedDataSize(result.bytes)),
               false);
    reloadList();
    return true;
}

void BackupDialog::accept()
{
    QString error;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    BackupService backups(m_ctx);
    if (QDir::cleanPath(folder) != QDir::cleanPath(backups.folder()) && !backups.setFolder(folder, &error)) {
        showStatus(error, true);
        m_folder->setFocus();
        return;
    }
    if (m_idle->value() != SessionGuard::idleMinutes(m_ctx.db) &&
        !SessionGuard::setIdleMinutes(m_ctx, m_idle->value(), &error)) {
        showStatus(error, true);
        return;
    }
    QDialog::accept();
}

} // namespace md::ui
