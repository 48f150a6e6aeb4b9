// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/RestoreDialog.h"
#include "common/LocaleFormat.h"

#include "common/Formatting.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

RestoreDialog::RestoreDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    const QString folder = BackupService(ctx).folder();
    auto* intro =
        new QLabel(tr("Restoring replaces everything in the database — members, purchases, points, "
                      "accounts — with the backup's content. The current database is kept as a copy "
                      "beside it first, and the audit log keeps its newer entries."));
    intro->setWordWrap(true);

    m_list = new QListWidget;
    m_list->setObjectName(u"backupListWidget"_s);
    const QLocale locale;
    for (const BackupService::BackupFile& backup : BackupService::automaticBackups(folder, ctx.db.path())) {
        auto* item = new QListWidgetItem(tr("%1 — %2").arg(locale.toString(backup.day, QLocale::LongFormat),
                                                           QFileInfo(backup.path).fileName()));
        item->setData(Qt::UserRole, backup.path);
        m_list->addItem(item);
    }
    auto* listLabel = new QLabel(
        m_list->count() > 0 ? tr("Automatic backups in %1:").arg(QDir::toNativeSeparators(folder))
                            : tr("No automatic backups in %1 yet.").arg(QDir::toNativeSeparators(folder)));
    listLabel->setWordWrap(true);

    m_file = new QLineEdit;
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setPlaceholderText(tr("or a backup file elsewhere (a USB stick, say)"));
    auto* browse = new QPushButton(tr("&Choose file…"));
    browse->setObjectName(u"browsePushButton"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_info = new QLabel;
    m_info->setObjectName(u"infoLabel"_s);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_info->setMinimumHeight(90);
    m_info->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_info->setFrameShape(QFrame::StyledPanel);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(u"restorePushButton"_s);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { restore(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(fileRow);
    layout->addWidget(m_info);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, 520);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            setFile(item->data(Qt::UserRole).toString());
    });
    connect(browse, &QPushButton::clicked, this, [this, folder] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a backup"), folder,
                                                            tr("MemberDesk databases (*.db);;All files (*)"));
        if (!chosen.isEmpty()) {
            m_list->clearSelection();
            setFile(chosen);
        }
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (!file().isEmpty())
            setFile(file());
    });
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        m_info->setText(tr("Choose a backup to see what it holds."));
}

bool RestoreDialog::isOtherDatabase() const
{
    const QString liveId = BackupService(m_ctx).databaseId();
    return !m_fileInfo.databaseId.isEmpty() && !liveId.isEmpty() && m_fileInfo.databaseId != liveId;
}

QString RestoreDialog::file() const
{
    return QDir::fromNativeSeparators(m_file->text().trimmed());
}

QString RestoreDialog::info() const
{
    return m_info->text();
}

QString RestoreDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool RestoreDialog::canRestore() const
{
    return m_restore->isEnabled();
}

void RestoreDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RestoreDialog::setFile(const QString& file)
{
    {
        const QSignalBlocker blocker(m_file);
        m_file->setText(QDir::toNativeSeparators(file));
    }
    showError(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_fileInfo = BackupService::inspect(file);
    QApplication::restoreOverrideCursor();
    const QLocale locale;
    const QFileInfo fi(file);
    if (!m_fileInfo.usable()) {
        m_info->setText(tr("<b>Cannot be restored.</b><br>%1").arg(m_fileInfo.error.toHtmlEscaped()));
        m_info->setStyleSheet(u"color: #b3261e;"_s);
        m_restore->setEnabled(false);
        return;
    }
    m_info->setStyleSheet(QString());
    QStringList lines;
    lines << tr("<b>A good MemberDesk backup</b> (checked: no damage found).");
    lines << tr("Written: %1; %2.")
                 .arg(localDateTimeText(locale, fi.lastModified(), QLocale::LongFormat),
                      locale.formattedDataSize(m_fileInfo.bytes));
    lines << tr("%Ln member(s); last purchase %1.", "", int(m_fileInfo.members))
                 .arg(m_fileInfo.lastPurchase.isValid() ? dateTimeText(m_fileInfo.lastPurchase) : tr("none"));
    if (m_fileInfo.schemaVersion < Database::latestSchemaVersion())
        lines << tr("Made by an older version (schema %1); it is upgraded to schema %2 when restored.")
                     .arg(m_fileInfo.schemaVersion)
                     .arg(Database::latestSchemaVersion());
    else
        lines << tr("Schema %1 (this version's).").arg(m_fileInfo.schemaVersion);
    if (isOtherDatabase())
        lines << u"<span style=\"color: #b3261e;\">%1</span>"_s.arg(
            tr("<b>A backup of another database</b>, not of the one in use: restoring it replaces this "
               "database's members and purchases with that one's."));
    m_info->setText(lines.join(u"<br>"_s));
    m_restore->setEnabled(true);
}

bool RestoreDialog::restore(bool confirmed)
{
    const QString path = file();
    if (path.isEmpty()) {
        showError(tr("Choose a backup first."));
        return false;
    }
    // Check again: the stick may have been pulled, or the file replaced, since it was chosen.
    setFile(path);
    if (!m_fileInfo.usable()) {
        showError(tr("Nothing was restored: %1").arg(m_fileInfo.error));
        return false;
    }
    if (!confirmed) {
        QString question =
            tr("Replace the current database with this backup?\n\n%1\n\nEverything recorded since the backup "
               "was written is no longer in the database (the current database is kept as a copy). "
               "MemberDesk then reloads and everyone signs in again.")
                .arg(QDir::toNativeSeparators(path));
        if (isOtherDatabase())
            question += u"\n\n"_s + tr("This backup is of another database, not of the one in use.");
        const auto answer = QMessageBox::warning(this, tr("Restore from a backup"), question,
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    RestoreResult result;
    QString error;
    const bool ok = BackupService(m_ctx).restoreFrom(path, &result, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        showError(error);
        return false;
    }
    m_restored = true;
    if (!confirmed)
        QMessageBox::information(this, tr("Restore from a backup"),
                                 tr("The backup is restored. The previous database is kept as:\n%1\n\n"
                                    "MemberDesk reloads now; sign in again.")
                                     .arg(QDir::toNativeSeparators(result.safetyCopy)));
    QDialog::accept();
    return true;
}

} // namespace md::ui
