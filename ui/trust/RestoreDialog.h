// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"
#include "storage/BackupService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace md::ui {

/// The owner replaces the database with a backup: pick one of the automatic backups or any file, see
/// what it is (day, schema, members, last purchase, checked or damaged), confirm. BackupService keeps a
/// copy of the current database and refuses a damaged or foreign file; afterwards the program reloads
/// and everyone signs in again (the accounts are those of the backup).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Shows what `file` is and enables Restore only for a usable one.
    void setFile(const QString& file);
    QString file() const;
    /// The description shown for the chosen file.
    QString info() const;
    QString error() const;
    bool canRestore() const;
    /// Restores the chosen file; `confirmed` skips the question (tests, and after the user said yes).
    bool restore(bool confirmed);
    bool restored() const { return m_restored; }

private:
    /// The chosen backup carries another database's identity (an owner may still restore it, warned).
    bool isOtherDatabase() const;
    void showError(const QString& text);

    ServiceContext m_ctx;
    QListWidget* m_list;
    QLineEdit* m_file;
    QLabel* m_info;
    QLabel* m_error;
    QPushButton* m_restore;
    DatabaseFileInfo m_fileInfo;
    bool m_restored = false;
};

} // namespace md::ui
