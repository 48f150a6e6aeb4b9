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
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts below were written for ImportDialog and are translated under its name: they keep that
// context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

namespace {

constexpr int kShownIssues = 2000; // listed in the dialog

} // namespace

ImportIssuesPanel::ImportIssuesPanel(QWidget* parent) : QWidget(parent)
{
    m_issues = new QTableWidget(0, 3);
    m_issues->setObjectName(u"issuesTableWidget"_s);
    m_issues->setHorizontalHeaderLabels({QCoreApplication::translate("md::ui::ImportDialog", "Line"),
                                         QCoreApplication::translate("md::ui::ImportDialog", "Column"),
                                         QCoreApplication::translate("md::ui::ImportDialog", "Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_save = new QPushButton(QCoreApplication::translate("md::ui::ImportDialog", "&Save errors as CSV…"));
    m_save->setObjectName(u"saveIssuesPushButton"_s);
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &ImportIssuesPanel::chooseFile);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_issues, 1);
    m_note = new QLabel;
    m_note->setObjectName(u"issuesNoteLabel"_s);
    m_note->hide();
    layout->addWidget(m_note);
}

void ImportIssuesPanel::showReport(const ImportReport& report)
{
    const QVector<ImportIssue>& issues = report.issues;
    // A table of every problem of a badly mapped 100,000-row file would take seconds to build; the
    // first ones show what is wrong, the CSV holds them all.
    const int shown = int(qMin<qsizetype>(issues.size(), kShownIssues));
    m_issues->setRowCount(shown);
    if (report.errorCount > shown)
        m_note->setText(
            QCoreApplication::translate(
                "md::ui::ImportDialog",
                "Showing the first %Ln of %1 problems; \"Save errors as CSV\" writes %2 of them.", "", shown)
                .arg(QLocale().toString(report.errorCount), QLocale().toString(qint64(issues.size()))));
    m_note->setVisible(report.errorCount > shown);
    for (int i = 0; i < shown; ++i) {
        auto* line = new QTableWidgetItem(QString::number(issues.at(i).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(i, 0, line);
        m_issues->setItem(i, 1, new QTableWidgetItem(issues.at(i).column));
        auto* message = new QTableWidgetItem(issues.at(i).message);
        message->setToolTip(issues.at(i).message);
        m_issues->setItem(i, 2, message);
    }
    m_save->setEnabled(!issues.isEmpty());
}

void ImportIssuesPanel::chooseFile()
{
    const QFileInfo source(m_sourcePath);
    const QString path = QFileDialog::getSaveFileName(
        window(), QCoreApplication::translate("md::ui::ImportDialog", "Save errors as CSV"),
        source.dir().filePath(source.completeBaseName() +
                              QCoreApplication::translate("md::ui::ImportDialog", "-errors") + u".csv"_s),
        QCoreApplication::translate("md::ui::ImportDialog", "CSV files (*.csv)"));
    if (!path.isEmpty())
        emit saveRequested(path);
}

} // namespace md::ui
