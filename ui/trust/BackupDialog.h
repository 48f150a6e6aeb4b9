// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace md::ui {

/// The owner's "Backups and lock": the folder for the automatic backups (a USB stick, say; written on
/// exit and once a day, rotated, each verified), "Back up now", the backups already there, and the idle
/// time after which the counter locks.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Writes today's backup into the folder shown (what "Back up now" does); the result is shown.
    bool backUpNow();
    void reloadList();
    QString status() const;
    QLineEdit* folderEdit() const { return m_folder; }
    QSpinBox* idleSpin() const { return m_idle; }
    QTableWidget* table() const { return m_table; }

public slots:
    void accept() override;

signals:
    void restoreRequested();

private:
    void showStatus(const QString& text, bool error);

    ServiceContext m_ctx;
    QLineEdit* m_folder;
    QSpinBox* m_idle;
    QTableWidget* m_table;
    QLabel* m_status;
};

} // namespace md::ui
