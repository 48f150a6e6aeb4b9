// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace md::ui {

/// Owner only: exports the members or the purchases as CSV that Excel opens (UTF-8 with a BOM), off the
/// GUI thread with progress; the file is written whole or not at all and the export is audited (core).
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What
    {
        Members,
        Purchases,
    };
    ExportDialog(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setWhat(What what);
    void setFilePath(const QString& path);
    /// Starts the export to the chosen file.
    void exportNow();
    bool isBusy() const { return m_running; }
    /// Rows written by the last successful export, -1 before one.
    qint64 exportedRows() const { return m_rows; }

signals:
    void finished();

public slots:
    void reject() override;

private:
    struct Outcome
    {
        bool ok = false;
        qint64 rows = 0;
        QString error;
    };
    void chooseFile();
    void onFinished();
    void updateButtons();

    ServiceContext m_ctx;
    bool m_running = false;
    qint64 m_rows = -1;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Outcome> m_watcher;
    QComboBox* m_what;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_export;
    QPushButton* m_close;
};

} // namespace md::ui
