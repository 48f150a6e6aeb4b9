// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/MemberSearch.h"
#include "services/ServiceContext.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace md::ui {

/// The member list as a window over the database: every matching member is a row (the count is read once
/// per filter), but only a few pages of rows around what the view shows are held in memory. A page is read
/// when a row of it is first asked for: after the cursor of the page before it (keyset paging, so
/// scrolling down costs the same at the millionth row as at the first), else by position from the nearest
/// end (a jump of the scroll bar). The least recently used page is dropped past kMaxCachedPages.
/// Sorting and filtering start over.
class MemberListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CardColumn,
        NameColumn,
        PhoneColumn,
        TierColumn,
        PointsColumn,
        LastVisitColumn,
        ColumnCount,
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 6; ///< at most kPageSize * kMaxCachedPages rows in memory
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    explicit MemberListModel(const ServiceContext& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString& text, int tier);
    /// Re-reads from the first page (after a registration or a sale changed the data).
    void reload();
    /// Members matching the filter, all pages included.
    qint64 totalCount() const { return m_total; }
    qint64 memberIdAt(int row) const;
    /// Rows held in memory now (never more than kPageSize * kMaxCachedPages).
    int cachedRowCount() const;

signals:
    void totalCountChanged(qint64 count);

private:
    /// The row, reading its page if needed; nullptr if the member is gone since the count was read.
    const MemberSummary* rowAt(int row) const;
    const QVector<MemberSummary>& pageAt(int page) const;

    ServiceContext m_ctx;
    LoyaltyRules m_rules;
    MemberSearch::ListFilter m_filter;
    MemberSearch m_search;
    qint64 m_total = 0;
    int m_rowCount = 0;
    mutable QHash<int, QVector<MemberSummary>> m_pages; ///< page number -> its rows
    mutable QList<int> m_recent;                        ///< cached page numbers, most recently used last
    /// Keyset cursor after the last row of a page (a few dozen bytes per page ever read; rows are not kept).
    mutable QHash<int, MemberSearch::Cursor> m_pageEnds;
};

} // namespace md::ui
