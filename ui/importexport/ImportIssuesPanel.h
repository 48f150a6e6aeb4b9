// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportSupport.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace md::ui {

/// The problems a check or an import found, one row per bad line (line, column, reason), and the
/// "Save errors as CSV…" button that asks where to write all of them. The button sits in the dialog's
/// button row (saveButton()); the dialog writes the file and says how it went.
class ImportIssuesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ImportIssuesPanel(QWidget* parent = nullptr);

    /// Lists the first problems of `report` (the list stays quick to build; the CSV holds them all).
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
    QTableWidget* m_issues;
    QLabel* m_note;
    QPushButton* m_save;
};

} // namespace md::ui
