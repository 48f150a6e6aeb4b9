// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportRunner.h"
#include "importio/ImportPreview.h"
#include "importio/ImportSupport.h"
#include "services/ServiceContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace md::ui {

class ImportIssuesPanel;
class ImportMappingPanel;

/// Migrating from Excel: choose a members or purchases CSV file, see how it was read (encoding,
/// delimiter, header: each can be overridden), map each file column to a field or "ignore" (the
/// automatic guess pre-filled, required fields marked), preview the first rows as they will be imported,
/// then "Check": a dry run off the GUI thread that counts valid rows, errors, duplicates and zero-value
/// rows and lists every bad line (line, column, reason; savable as CSV). Only then "Import valid rows"
/// writes, in one core transaction; Cancel writes nothing. Owner only (the importers refuse clerks).
/// The parts live in their own files: ImportMappingPanel (mapping and preview), ImportIssuesPanel (the
/// problems and their CSV), ImportRunner (the check or import on a worker). This class reads the file and
/// holds the settings, the steps and what the user is told.
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
    void chooseFile();
    void reloadPreview();
    void onMappingChanged();
    void settingsChanged();
    void updateCheckButton();
    ImportOptions currentOptions() const;
    void start(ImportRunner::Mode mode);
    void onFinished(ImportRunner::Mode mode, const ImportReport& report);
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    ImportKind kind() const;

    ServiceContext m_ctx;
    QString m_path;
    QByteArray m_data;
    ImportReport m_report;
    bool m_checked = false; ///< m_report is a dry run of the current settings
    bool m_importedOnce = false;
    ImportRunner m_runner; ///< declared after what it reports into; its destructor stops and waits

    QComboBox* m_kind;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QComboBox* m_dateFormat;
    QLabel* m_detected;
    ImportMappingPanel* m_mapping;
    ImportIssuesPanel* m_issues;
    QComboBox* m_duplicates;
    QCheckBox* m_createMembers;
    QPushButton* m_check;
    QProgressBar* m_progress;
    QLabel* m_result;
    QPushButton* m_import;
    QPushButton* m_close;
};

} // namespace md::ui
