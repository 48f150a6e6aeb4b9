// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DrillDownDialog.h"

#include "common/Formatting.h"
#include "common/WorkerPool.h"
#include "dashboard/DrillDownModel.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

using namespace Qt::StringLiterals;

namespace md::ui {

DrillDownDialog::DrillDownDialog(const ServiceContext& ctx, const DrillDownQuery& query,
                                 const LoyaltyRules& rules, QWidget* parent, int pageSize)
    : QDialog(parent), m_ctx(ctx), m_query(query), m_rules(rules), m_pageSize(qMax(1, pageSize)),
      m_watcher(new QFutureWatcher<Result>(this)),
      m_model(new DrillDownModel(query.listsPurchases(), rules, this))
{
    setObjectName(u"drillDownDialog"_s);
    m_title = DrillDown::title(query, rules, QLocale());
    setWindowTitle(m_title);

    m_heading = new QLabel;
    m_heading->setObjectName(u"drillDownHeadingLabel"_s);
    m_heading->setWordWrap(true);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_note = new QLabel;
    m_note->setObjectName(u"drillDownNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"color: #55606e;"_s);

    m_view = new QTableView;
    m_view->setObjectName(u"drillDownTableView"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    m_more = new QPushButton;
    m_more->setObjectName(u"showMorePushButton"_s);
    m_more->hide();
    m_open = new QPushButton(tr("&Open at the counter"));
    m_open->setObjectName(u"openPushButton"_s);
    m_open->setEnabled(false);
    m_export = new QPushButton(tr("E&xport CSV…"));
    m_export->setObjectName(u"exportPushButton"_s);
    // Exports carry whole phone numbers: core refuses clerks, the screen does not offer it.
    m_export->setVisible(Permissions::allows(m_ctx.actor.role, Permission::ExportData));
    m_export->setEnabled(false);
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName(u"closePushButton"_s);

    // Enter in the table opens the member (activated); a default button would open it a second time.
    for (QPushButton* button : {m_more, m_open, m_export, close})
        button->setAutoDefault(false);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_more);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_open);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view, &QTableView::activated, this, &DrillDownDialog::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &DrillDownDialog::openCurrent);
    connect(m_more, &QPushButton::clicked, this, &DrillDownDialog::loadMore);
    connect(m_export, &QPushButton::clicked, this, &DrillDownDialog::exportWithDialog);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, &DrillDownDialog::loaded);

    resize(900, 540);
    startLoading(0);
}

DrillDownDialog::~DrillDownDialog()
{
    // The worker reads with its own connection; let it finish before the dialog's data goes.
    m_watcher->waitForFinished();
}

bool DrillDownDialog::isLoading() const
{
    return m_watcher->isRunning();
}

DrillDownDialog::Result DrillDownDialog::fetchPage(const QString& path, const DrillDownQuery& query,
                                                   qint64 offset, int limit)
{
    Result result;
    Database db;
    if (!db.open(path, &result.error, Database::Access::ReadOnly))
        return result;
    result.ok = DrillDown::fetch(db, query, offset, limit, &result.page, &result.error);
    return result;
}

void DrillDownDialog::startLoading(qint64 offset)
{
    if (isLoading())
        return;
    m_more->setEnabled(false);
    m_note->setText(tr("Loading…"));
    m_watcher->setFuture(QtConcurrent::run(workerPool(), &DrillDownDialog::fetchPage, m_ctx.db.path(),
                                           m_query, offset, m_pageSize));
}

void DrillDownDialog::loadMore()
{
    if (m_totalRows >= 0 && m_model->rowCount() < m_totalRows)
        startLoading(m_model->rowCount());
}

void DrillDownDialog::loaded()
{
    const Result result = m_watcher->result();
    if (!result.ok) {
        m_note->setText(tr("The list could not be read: %1").arg(result.error));
        m_note->setStyleSheet(errorLabelStyle());
        m_more->setEnabled(true);
        return;
    }
    m_note->setStyleSheet(u"color: #55606e;"_s);
    m_totalRows = result.page.totalRows;
    m_totalFen = result.page.totalFen;
    const bool first = m_model->rowCount() == 0;
    m_model->append(result.page.rows);
    if (first) {
        m_view->resizeColumnsToContents();
        // The name takes what is left (purchases: second column, members: first).
        m_view->horizontalHeader()->setSectionResizeMode(m_query.listsPurchases() ? 1 : 0,
                                                         QHeaderView::Stretch);
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        m_view->setFocus();
    }
    updateLabels();
}

void DrillDownDialog::updateLabels()
{
    const QLocale locale;
    const int n = int(qMin<qint64>(m_totalRows, std::numeric_limits<int>::max()));
    const bool purchases = m_query.listsPurchases();
    m_heading->setText(
        purchases ? tr("%1 · %Ln purchase(s) · %2", "", n).arg(m_title, money(m_totalFen))
                  : tr("%1 · %Ln member(s) · %2 bought in the month", "", n).arg(m_title, money(m_totalFen)));
    setWindowTitle(m_heading->text());
    const qint64 shown = m_model->rowCount();
    const qint64 rest = m_totalRows - shown;
    if (m_totalRows == 0) {
        m_note->setText(purchases ? tr("No purchase here: nothing was bought in this part of the month.")
                                  : tr("No member in this list."));
    } else if (rest > 0) {
        m_note->setText(
            (purchases
                 ? tr("Showing the first %1 of %2 purchases, oldest first. Sorting a column sorts the "
                      "rows shown; the export writes them all.")
                 : tr("Showing the first %1 of %2 members, biggest spenders of the month first. Sorting a "
                      "column sorts the rows shown; the export writes them all."))
                .arg(locale.toString(shown), locale.toString(m_totalRows)));
    } else {
        m_note->setText(purchases
                            ? tr("Oldest first; click a column to sort. Enter or a double-click opens the "
                                 "member at the counter.")
                            : tr("Biggest spenders of the month first; click a column to sort. Enter or a "
                                 "double-click opens the member at the counter."));
    }
    m_more->setVisible(rest > 0);
    m_more->setEnabled(rest > 0);
    m_more->setText(tr("Show %1 more").arg(locale.toString(qMin<qint64>(rest, m_pageSize))));
    m_open->setEnabled(shown > 0);
    m_export->setEnabled(m_totalRows > 0);
}

void DrillDownDialog::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const qint64 id = m_model->memberIdAt(index.row());
    if (id > 0)
        emit openMemberRequested(id);
}

bool DrillDownDialog::exportTo(const QString& path, qint64* rows, QString* error)
{
    return DrillDown::exportCsv(m_ctx, m_query, m_title, path, rows, error);
}

void DrillDownDialog::exportWithDialog()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = m_title;
    fileName.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export list"), QDir(documents).filePath(fileName + u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    qint64 rows = 0;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = exportTo(path, &rows, &error);
    QApplication::restoreOverrideCursor();
    if (ok)
        m_note->setText(tr("%Ln row(s) exported to %1.", "", int(rows)).arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export list"), error);
}

} // namespace md::ui
