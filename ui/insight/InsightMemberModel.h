// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "domain/Member.h"
#include "services/ServiceContext.h"

#include <QAbstractTableModel>
#include <QVariant>
#include <QVector>

namespace md::ui {

/// One figure column of an insight list: what it shows and how to write it.
struct InsightFigureColumn
{
    enum class Kind
    {
        Money,       ///< qint64 fen
        Probability, ///< double 0..1, shown as a percentage
        Count,       ///< int
        Decimal,     ///< double, one decimal
        Date,        ///< QDate
    };
    InsightFigureColumn() = default;
    InsightFigureColumn(const QString& header, Kind kind, const QString& toolTip = QString())
        : header(header), kind(kind), toolTip(toolTip)
    {
    }

    QString header;
    Kind kind = Kind::Money;
    QString toolTip; ///< what the figure means, on the column header
};

/// A member of an insight list and its figures (one QVariant per figure column).
struct InsightMemberRow
{
    MemberSummary member;
    QVector<QVariant> figures;
};

/// The members of a segment, a quadrant, the top 20 % or the win-back list: name, phone (masked for
/// clerks), tier and the list's figures. Sortable by every column; the rows are given whole.
class InsightMemberModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        TierColumn,
        FirstFigureColumn,
    };
    static constexpr int MemberIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    InsightMemberModel(const ServiceContext& ctx, QObject* parent = nullptr);

    void setRows(const QVector<InsightFigureColumn>& columns, QVector<InsightMemberRow> rows,
                 const LoyaltyRules& rules);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    qint64 memberIdAt(int row) const;
    const QVector<InsightFigureColumn>& figureColumns() const { return m_columns; }
    const QVector<InsightMemberRow>& rows() const { return m_rows; }
    /// A figure as plain text for a file: yuan with two decimals, probabilities 0..1, ISO dates.
    static QString plainText(const QVariant& value, InsightFigureColumn::Kind kind);
    /// A figure as the screen shows it, in the user's language.
    static QString displayText(const QVariant& value, InsightFigureColumn::Kind kind);

private:
    ServiceContext m_ctx;
    LoyaltyRules m_rules;
    QVector<InsightFigureColumn> m_columns;
    QVector<InsightMemberRow> m_rows;
};

} // namespace md::ui
