// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/CareList.h"
#include "services/ServiceContext.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace md::ui {

/// Today's care list: whom to contact and why, grouped by occasion. Loaded off the GUI thread (its own
/// read-only connection); Enter opens the member at the counter, Space or Del marks a row done, Ctrl+Z
/// undoes the last mark. Headings and the badge count every row, but only the first pageSize() rows of
/// each group are loaded (a million members give ~100,000 rows); a "Show more" row at a group's end loads
/// the next page of that group, so memory follows what the user looks at, not the size of the list.
class CarePage : public QWidget
{
    Q_OBJECT
public:
    explicit CarePage(const ServiceContext& ctx, QWidget* parent = nullptr);
    ~CarePage() override;

    /// Starts a background load (a second request while one runs is queued, not lost). Until the list is
    /// shown the page says it is loading and refuses to mark rows done or undo, visibly: a row marked
    /// then could be one the clerk has not seen, and the arriving list would bring it back.
    void reload();
    /// From reload() until its list is shown (not only while the worker runs).
    bool isLoading() const { return m_loading; }
    /// Rows not done: the badge.
    int openCount() const { return m_count; }
    void focusList();
    /// Rows loaded per group, and per "Show more" (default kPageRows); takes effect at the next reload().
    void setPageSize(int rows);
    int pageSize() const { return m_pageRows; }
    /// Rows held in memory (the loaded pages of every group).
    int cachedRowCount() const { return int(m_rows.size()); }
    static constexpr int kPageRows = 200;

signals:
    void openMemberRequested(qint64 memberId);
    void countChanged(int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        CareList::Result result;
    };
    void onLoaded();
    void rebuild(const QString& selectKey = QString(), bool selectBelow = false);
    void showMore(int kind);
    void markCurrentDone();
    void undoLast();
    void openCurrent();
    void setCount(int count);
    void showTotal(int total);
    QTreeWidgetItem* currentRowItem() const;
    /// A key or button that needs the list came while it was loading: say that nothing happened.
    void refuseWhileLoading(const QString& text);

    ServiceContext m_ctx;
    QFutureWatcher<Outcome> m_watcher;
    bool m_reloadPending = false;
    bool m_loading = false;
    bool m_refusedWhileLoading = false; ///< the refusal note stays when the list arrives
    int m_pageRows = kPageRows;
    QVector<int> m_limits;    ///< rows to load per kind
    QString m_selectBelowKey; ///< after "Show more": select the row below this one
    QVector<CareRow> m_rows;
    QVector<int> m_kindCounts; ///< rows not done per kind at the last load
    QSet<QString> m_done;      ///< marked done since the last load
    QStringList m_undoStack;   ///< keys, last marked last
    int m_count = 0;
    bool m_expandedOnce = false;
    QLabel* m_status;
    QLabel* m_message;
    QTreeWidget* m_tree;
    QPushButton* m_doneButton;
    QPushButton* m_undoButton;
    QPushButton* m_openButton;
    QPushButton* m_refreshButton;
};

} // namespace md::ui
