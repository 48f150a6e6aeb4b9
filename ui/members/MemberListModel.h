// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/MemberSearch.h"
#include "services/ServiceContext.h"

#include <QAbstractTableModel>

namespace md::ui {

/// The member list, fetched a page at a time as the view scrolls (keyset paging: the millionth row
/// costs what the first does). Sorting and filtering restart from the first page.
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
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    explicit MemberListModel(const ServiceContext& ctx, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const QString& text, int tier);
    /// Re-reads from the first page (after a registration or a sale changed the data).
    void reload();
    /// Members matching the filter, all pages included.
    qint64 totalCount() const { return m_total; }
    qint64 memberIdAt(int row) const;

signals:
    void totalCountChanged(qint64 count);

private:
    ServiceContext m_ctx;
    LoyaltyRules m_rules;
    MemberSearch::ListFilter m_filter;
    MemberSearch::Cursor m_cursor;
    QVector<MemberSummary> m_rows;
    bool m_atEnd = false;
    bool m_changing = false;
    qint64 m_total = 0;
};

} // namespace md::ui
