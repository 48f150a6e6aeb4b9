// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportIssuesPanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts below were written for ImportDialog and are translated under its name: they keep that
// context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

namespace {

constexpr int kShownIssues = 2000; // listed in the dialog

QTableWidget* newTable(const QString& objectName, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    for (int c = 0; c + 1 < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

/// A table with its "showing the first …" note under it, as one tab.
QWidget* newPage(QTableWidget* table, QLabel* note)
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table, 1);
    note->hide();
    layout->addWidget(note);
    return page;
}

QTableWidgetItem* lineItem(int line)
{
    auto* item = new QTableWidgetItem(QString::number(line));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* messageItem(const QString& message)
{
    auto* item = new QTableWidgetItem(message);
    item->setToolTip(message);
    return item;
}

} // namespace

ImportIssuesPanel::ImportIssuesPanel(QWidget* parent) : QWidget(parent)
{
    m_issues =
        newTable(u"issuesTableWidget"_s, {QCoreApplication::translate("md::ui::ImportDialog", "Line"),
                                          QCoreApplication::translate("md::ui::ImportDialog", "Column"),
                                          QCoreApplication::translate("md::ui::ImportDialog", "Problem")});
    m_note = new QLabel;
    m_note->setObjectName(u"issuesNoteLabel"_s);
    m_skipped = newTable(u"skippedTableWidget"_s,
                         {QCoreApplication::translate("md::ui::ImportDialog", "Line"),
                          QCoreApplication::translate("md::ui::ImportDialog", "Why it was skipped")});
    m_skippedNote = new QLabel;
    m_skippedNote->setObjectName(u"skippedNoteLabel"_s);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"issuesTabWidget"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(newPage(m_issues, m_note), QString());
    m_tabs->addTab(newPage(m_skipped, m_skippedNote), QString());
    m_tabs->setTabToolTip(
        0, QCoreApplication::translate("md::ui::ImportDialog",
                                       "Rows that cannot be imported as they are: fix them in the file."));
    m_tabs->setTabToolTip(
        1, QCoreApplication::translate("md::ui::ImportDialog",
                                       "Rows left out on purpose, such as sales already recorded or members "
                                       "already in the shop: nothing to fix."));
    m_save = new QPushButton(
        QCoreApplication::translate("md::ui::ImportDialog", "&Save errors and skipped rows as CSV…"));
    m_save->setObjectName(u"saveIssuesPushButton"_s);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ImportIssuesPanel::chooseFile);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    showReport(ImportReport());
}

void ImportIssuesPanel::showReport(const ImportReport& report)
{
    const QLocale locale;
    const QVector<ImportIssue>& issues = report.issues;
    // A table of every problem of a badly mapped 100,000-row file would take seconds to build; the
    // first ones show what is wrong, the CSV holds them all.
    const int shown = int(qMin<qsizetype>(issues.size(), kShownIssues));
    m_issues->setRowCount(shown);
    if (report.errorCount > shown)
        m_note->setText(QCoreApplication::translate(
                            "md::ui::ImportDialog",
                            "Showing the first %Ln of %1 problems; the CSV holds %2 of them.", "", shown)
                            .arg(locale.toString(report.errorCount), locale.toString(qint64(issues.size()))));
    m_note->setVisible(report.errorCount > shown);
    for (int i = 0; i < shown; ++i) {
        m_issues->setItem(i, 0, lineItem(issues.at(i).line));
        m_issues->setItem(i, 1, new QTableWidgetItem(issues.at(i).column));
        m_issues->setItem(i, 2, messageItem(issues.at(i).message));
    }

    // The rows left out on purpose: nothing to fix, but the owner sees which and why.
    const QVector<ImportSkippedRow>& skipped = report.skippedRows;
    const int shownSkipped = int(qMin<qsizetype>(skipped.size(), kShownIssues));
    m_skipped->setRowCount(shownSkipped);
    if (report.skipped > shownSkipped)
        m_skippedNote->setText(
            QCoreApplication::translate("md::ui::ImportDialog",
                                        "Showing the first %Ln of %1 skipped rows; the CSV holds %2 of them.",
                                        "", shownSkipped)
                .arg(locale.toString(report.skipped), locale.toString(qint64(skipped.size()))));
    m_skippedNote->setVisible(report.skipped > shownSkipped);
    for (int i = 0; i < shownSkipped; ++i) {
        m_skipped->setItem(i, 0, lineItem(skipped.at(i).line));
        m_skipped->setItem(i, 1, messageItem(skipped.at(i).message));
    }

    m_tabs->setTabText(0, QCoreApplication::translate("md::ui::ImportDialog", "Errors (%1)")
                              .arg(locale.toString(report.errorCount)));
    m_tabs->setTabText(1, QCoreApplication::translate("md::ui::ImportDialog", "Skipped (%1)")
                              .arg(locale.toString(report.skipped)));
    // Errors first: they are what the owner can act on.
    m_tabs->setCurrentIndex(report.errorCount == 0 && report.skipped > 0 ? 1 : 0);
    m_save->setEnabled(!issues.isEmpty() || !skipped.isEmpty());
}

void ImportIssuesPanel::chooseFile()
{
    const QFileInfo source(m_sourcePath);
    const QString path = QFileDialog::getSaveFileName(
        window(), QCoreApplication::translate("md::ui::ImportDialog", "Save errors and skipped rows as CSV"),
        source.dir().filePath(source.completeBaseName() +
                              QCoreApplication::translate("md::ui::ImportDialog", "-errors") + u".csv"_s),
        QCoreApplication::translate("md::ui::ImportDialog", "CSV files (*.csv)"));
    if (!path.isEmpty())
        emit saveRequested(path);
}

} // namespace md::ui
