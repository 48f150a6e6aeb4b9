// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportPreview.h"
#include "importio/ImportSupport.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace md::ui {

/// Migrating from Excel: choose a members or purchases CSV file, see how it was read (encoding,
/// delimiter, header: each can be overridden), map each file column to a field or "ignore" (the
/// automatic guess pre-filled, required fields marked), preview the first rows as they will be imported,
/// then "Check": a dry run off the GUI thread that counts valid rows, errors, duplicates and zero-value
/// rows and lists every bad line (line, column, reason; savable as CSV). Only then "Import valid rows"
/// writes, in one core transaction; Cancel writes nothing. Owner only (the importers refuse clerks).
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Loads a file as if chosen in the file dialog (tests, drag and drop); false when it cannot be read.
    bool setFilePath(const QString& path);
    void setKind(ImportKind kind);
    /// The field a file column is mapped to ("" = ignored).
    QString mappedField(int column) const;
    void setMappedField(int column, const QString& field);
    /// Runs the dry run ("Check").
    void check();
    /// Imports the valid rows (after a check with the current settings).
    void importValidRows();
    bool isBusy() const;
    /// Writes the listed problems as CSV; false with a message shown in the dialog.
    bool saveIssues(const QString& path);
    const ImportReport& lastReport() const { return m_report; }

signals:
    /// After a committed import: pages that show members or purchases should reload.
    void imported();
    /// A check or an import finished (successfully or not).
    void finished();

public slots:
    void reject() override;

private:
    enum class Run
    {
        None,
        Check,
        Import,
    };
    void chooseFile();
    void reloadPreview();
    void rebuildMapping();
    void rebuildPreview();
    void onMappingChanged(int column);
    void settingsChanged();
    bool mappingComplete(QString* problem) const;
    ImportOptions currentOptions() const;
    void start(Run run);
    void onFinished();
    void showIssues();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    QString fieldName(const QString& field) const;
    ImportKind kind() const;

    ServiceContext m_ctx;
    QString m_path;
    QByteArray m_data;
    ImportPreview m_preview;
    QStringList m_fields; ///< the field of each file column
    ImportReport m_report;
    bool m_checked = false; ///< m_report is a dry run of the current settings
    bool m_importedOnce = false;
    Run m_running = Run::None;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<ImportReport> m_watcher;

    QComboBox* m_kind;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QComboBox* m_dateFormat;
    QLabel* m_detected;
    QTableWidget* m_mapping;
    QLabel* m_mappingStatus;
    QTableWidget* m_previewTable;
    QLabel* m_previewNote;
    QComboBox* m_duplicates;
    QCheckBox* m_createMembers;
    QPushButton* m_check;
    QProgressBar* m_progress;
    QLabel* m_result;
    QTableWidget* m_issues;
    QLabel* m_issuesNote;
    QPushButton* m_saveIssues;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace md::ui
