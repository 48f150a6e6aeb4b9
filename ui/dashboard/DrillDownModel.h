// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "reports/DrillDown.h"

#include <QAbstractTableModel>

namespace md::ui {

/// The rows of a drill-down list (purchases or members, see DrillDownQuery::listsPurchases()), sortable by
/// any column: Qt::DisplayRole is the formatted text, Qt::UserRole the value to sort by and
/// DrillDownModel::MemberIdRole the member of the row.
class DrillDownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        MemberIdRole = Qt::UserRole + 1,
    };

    DrillDownModel(bool purchases, const LoyaltyRules& rules, QObject* parent = nullptr);

    bool listsPurchases() const { return m_purchases; }
    /// Adds rows at the end (the next page of the list).
    void append(const QVector<DrillDownRow>& rows);
    const QVector<DrillDownRow>& rows() const { return m_rows; }
    qint64 memberIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    enum class Column
    {
        Time,
        Name,
        Card,
        Tier,
        Paid,
        Purchases,
        Sales,
        LastPurchase,
        Registered,
    };
    Column columnAt(int section) const;
    QVariant sortValue(const DrillDownRow& row, Column column) const;

    bool m_purchases;
    LoyaltyRules m_rules;
    QVector<DrillDownRow> m_rows;
};

} // namespace md::ui
