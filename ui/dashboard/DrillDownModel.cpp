// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/DrillDownModel.h"

#include "common/Formatting.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::ui {

DrillDownModel::DrillDownModel(bool purchases, const LoyaltyRules& rules, QObject* parent)
    : QAbstractTableModel(parent), m_purchases(purchases), m_rules(rules)
{
}

void DrillDownModel::append(const QVector<DrillDownRow>& rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

qint64 DrillDownModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].memberId : 0;
}

int DrillDownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_purchases ? 5 : 7;
}

DrillDownModel::Column DrillDownModel::columnAt(int section) const
{
    static const Column purchases[] = {Column::Time, Column::Name, Column::Card, Column::Tier, Column::Paid};
    static const Column members[] = {Column::Name,      Column::Card,  Column::Tier,
                                     Column::Purchases, Column::Sales, Column::LastPurchase,
                                     Column::Registered};
    return m_purchases ? purchases[qBound(0, section, 4)] : members[qBound(0, section, 6)];
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return {};
    switch (columnAt(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Name:
        return tr("Name");
    case Column::Card:
        return tr("Card");
    case Column::Tier:
        return m_purchases ? tr("Tier at purchase") : tr("Tier now");
    case Column::Paid:
        return tr("Paid");
    // The heading says the figures are the month's; short headers leave the names their room.
    case Column::Purchases:
        return tr("Purchases");
    case Column::Sales:
        return tr("Sales");
    case Column::LastPurchase:
        return tr("Last purchase");
    case Column::Registered:
        return tr("Registered");
    }
    return {};
}

QVariant DrillDownModel::sortValue(const DrillDownRow& r, Column column) const
{
    switch (column) {
    case Column::Time:
    case Column::LastPurchase:
        return r.time;
    case Column::Name:
        return r.name;
    case Column::Card:
        return r.card;
    case Column::Tier:
        return r.tier;
    case Column::Paid:
    case Column::Sales:
        return r.paidFen;
    case Column::Purchases:
        return r.purchases;
    case Column::Registered:
        return r.registered;
    }
    return {};
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= columnCount())
        return {};
    const DrillDownRow& r = m_rows[index.row()];
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return dateTimeText(r.time);
        case Column::Name:
            return r.name;
        case Column::Card:
            return r.card;
        case Column::Tier:
            return m_rules.tierDisplayName(r.tier);
        case Column::Paid:
        case Column::Sales:
            return money(r.paidFen);
        case Column::Purchases:
            return QLocale().toString(r.purchases);
        case Column::LastPurchase:
            return r.time.isValid() ? dateTimeText(r.time) : u"—"_s;
        case Column::Registered:
            return dateText(r.registered);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Paid || column == Column::Sales || column == Column::Purchases)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Column::Tier)
            return tierColor(r.tier).darker(130);
        return {};
    case Qt::UserRole:
        return sortValue(r, column);
    case MemberIdRole:
        return r.memberId;
    default:
        return {};
    }
}

void DrillDownModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    const Column c = columnAt(column);
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<int> positions(m_rows.size());
    for (int i = 0; i < positions.size(); ++i)
        positions[i] = i;
    std::stable_sort(positions.begin(), positions.end(), [&](int a, int b) {
        const QVariant va = sortValue(m_rows[a], c);
        const QVariant vb = sortValue(m_rows[b], c);
        const auto cmp = QVariant::compare(va, vb);
        if (c == Column::Name)
            return order == Qt::AscendingOrder ? va.toString().localeAwareCompare(vb.toString()) < 0
                                               : vb.toString().localeAwareCompare(va.toString()) < 0;
        return order == Qt::AscendingOrder ? cmp == QPartialOrdering::Less : cmp == QPartialOrdering::Greater;
    });
    QVector<DrillDownRow> sorted;
    sorted.reserve(m_rows.size());
    QVector<int> newRow(m_rows.size());
    for (int i = 0; i < positions.size(); ++i) {
        sorted.append(m_rows[positions[i]]);
        newRow[positions[i]] = i;
    }
    m_rows = std::move(sorted);
    QModelIndexList after;
    for (const QModelIndex& index : before)
        after.append(this->index(newRow.value(index.row()), index.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace md::ui
