// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "reports/DrillDown.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableView;

namespace md::ui {

class DrillDownModel;

/// The purchases or members behind a bar, a slice, a point or a heatmap cell of the dashboard: a sortable
/// table with the count and total of the whole list in the title. Pages of DrillDown::kPageSize rows are
/// read on a worker thread with their own read-only connection ("first N of M", "Show more"). A member
/// opens at the counter (Enter, double-click, the button); owners export the whole list as CSV.
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    /// `pageSize`: rows read at a time (DrillDown::kPageSize; tests use fewer).
    DrillDownDialog(const ServiceContext& ctx, const DrillDownQuery& query, const LoyaltyRules& rules,
                    QWidget* parent = nullptr, int pageSize = DrillDown::kPageSize);
    ~DrillDownDialog() override;

    const DrillDownQuery& query() const { return m_query; }
    DrillDownModel* model() const { return m_model; }
    /// True while a page is being read.
    bool isLoading() const;
    /// Rows of the whole list and their total (known once the first page arrived).
    qint64 totalRows() const { return m_totalRows; }
    Fen totalFen() const { return m_totalFen; }
    /// Reads the next page (what "Show more" does).
    void loadMore();
    /// Writes the whole list as CSV (core does it, owners only); false with *error.
    bool exportTo(const QString& path, qint64* rows, QString* error);

signals:
    void openMemberRequested(qint64 memberId);

private:
    struct Result
    {
        bool ok = false;
        QString error;
        DrillDownPage page;
    };
    static Result fetchPage(const QString& path, const DrillDownQuery& query, qint64 offset, int limit);

    void startLoading(qint64 offset);
    void loaded();
    void updateLabels();
    void openCurrent();
    void exportWithDialog();

    ServiceContext m_ctx;
    DrillDownQuery m_query;
    LoyaltyRules m_rules;
    QString m_title;
    int m_pageSize;
    qint64 m_totalRows = -1;
    Fen m_totalFen = 0;
    QFutureWatcher<Result>* m_watcher;
    DrillDownModel* m_model;
    QLabel* m_heading;
    QLabel* m_note;
    QTableView* m_view;
    QPushButton* m_more;
    QPushButton* m_open;
    QPushButton* m_export;
};

} // namespace md::ui
