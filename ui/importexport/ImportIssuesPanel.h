// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportSupport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace md::ui {

/// The problems a check or an import found, one row per bad line (line, column, reason), beside the rows
/// it left out on purpose (line, why: already recorded, a duplicate…), each list under its own tab, and
/// the "Save errors and skipped rows as CSV…" button that asks where to write all of them. The button
/// sits in the dialog's button row (saveButton()); the dialog writes the file and says how it went.
class ImportIssuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportIssuesPanel(QWidget* parent = nullptr);

    /// Lists the first problems and skipped rows of `report` (the lists stay quick to build; the CSV holds
    /// all the report kept).
    void showReport(const ImportReport& report);
    /// The file being imported: the errors file is suggested beside it, named after it.
    void setSourcePath(const QString& path) { m_sourcePath = path; }
    /// Not in this panel's layout: the dialog places it with its other buttons.
    QPushButton* saveButton() const { return m_save; }

signals:
    /// The user chose where to save the problems.
    void saveRequested(const QString& path);

private:
    void chooseFile();

    QString m_sourcePath;
    QTabWidget* m_tabs;
    QTableWidget* m_issues;
    QLabel* m_note;
    QTableWidget* m_skipped;
    QLabel* m_skippedNote;
    QPushButton* m_save;
};

} // namespace md::ui
