// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightMemberModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QCollator>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::ui {

InsightMemberModel::InsightMemberModel(const ServiceContext& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
}

void InsightMemberModel::setRows(const QVector<InsightFigureColumn>& columns, QVector<InsightMemberRow> rows,
                                 const LoyaltyRules& rules)
{
    beginResetModel();
    m_columns = columns;
    m_rows = std::move(rows);
    m_rules = rules;
    endResetModel();
}

void InsightMemberModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_rows.clear();
    endResetModel();
}

int InsightMemberModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InsightMemberModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFigureColumn + int(m_columns.size());
}

QString InsightMemberModel::plainText(const QVariant& value, InsightFigureColumn::Kind kind)
{
    switch (kind) {
    case InsightFigureColumn::Kind::Money:
        return formatYuanPlain(value.toLongLong());
    case InsightFigureColumn::Kind::Probability:
        return QString::number(value.toDouble(), 'f', 4);
    case InsightFigureColumn::Kind::Count:
        return QString::number(value.toLongLong());
    case InsightFigureColumn::Kind::Decimal:
        return QString::number(value.toDouble(), 'f', 2);
    case InsightFigureColumn::Kind::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return {};
}

QString InsightMemberModel::displayText(const QVariant& value, InsightFigureColumn::Kind kind)
{
    const QLocale locale;
    switch (kind) {
    case InsightFigureColumn::Kind::Money:
        return money(value.toLongLong());
    case InsightFigureColumn::Kind::Probability: {
        const double p = value.toDouble();
        // Whole percentages, but a small chance is not shown as none.
        if (p > 0 && p < 0.005)
            return u"<"_s + locale.toString(1) + locale.percent();
        return locale.toString(p * 100, 'f', 0) + locale.percent();
    }
    case InsightFigureColumn::Kind::Count:
        return locale.toString(value.toLongLong());
    case InsightFigureColumn::Kind::Decimal:
        return locale.toString(value.toDouble(), 'f', 1);
    case InsightFigureColumn::Kind::Date:
        return dateText(value.toDate());
    }
    return {};
}

QVariant InsightMemberModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InsightMemberRow& row = m_rows.at(index.row());
    const int column = index.column();
    if (role == MemberIdRole)
        return row.member.id;
    if (role == Qt::TextAlignmentRole && column >= FirstFigureColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == TierColumn)
        return QBrush(tierColor(row.member.tier));
    if (role == SortRole) {
        switch (column) {
        case NameColumn:
            return row.member.name;
        case PhoneColumn:
            return row.member.id; // phones are not sortable for privacy: registration order
        case TierColumn:
            return row.member.tier;
        default:
            return row.figures.value(column - FirstFigureColumn);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return row.member.name;
    case PhoneColumn:
        return phoneFor(row.member.phone, m_ctx.actor.role);
    case TierColumn:
        return m_rules.tierDisplayName(row.member.tier);
    default:
        return displayText(row.figures.value(column - FirstFigureColumn),
                           m_columns.at(column - FirstFigureColumn).kind);
    }
}

QVariant InsightMemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= FirstFigureColumn &&
        section - FirstFigureColumn < m_columns.size() &&
        !m_columns.at(section - FirstFigureColumn).toolTip.isEmpty())
        return m_columns.at(section - FirstFigureColumn).toolTip;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    default:
        return section - FirstFigureColumn < m_columns.size()
                   ? m_columns.at(section - FirstFigureColumn).header
                   : QVariant();
    }
}

void InsightMemberModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QVector<qint64> idsBefore;
    for (const QModelIndex& index : before)
        idsBefore.append(m_rows.at(index.row()).member.id);

    QCollator collator;
    collator.setNumericMode(true);
    const auto key = [&](const InsightMemberRow& row) -> QVariant {
        switch (column) {
        case NameColumn:
            return row.member.name;
        case PhoneColumn:
            return row.member.id;
        case TierColumn:
            return row.member.tier;
        default:
            return row.figures.value(column - FirstFigureColumn);
        }
    };
    const auto less = [&](const InsightMemberRow& a, const InsightMemberRow& b) {
        const QVariant ka = key(a);
        const QVariant kb = key(b);
        if (column == NameColumn)
            return collator.compare(ka.toString(), kb.toString()) < 0;
        const QPartialOrdering c = QVariant::compare(ka, kb);
        return c == QPartialOrdering::Less;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const InsightMemberRow& a, const InsightMemberRow& b) {
        return order == Qt::AscendingOrder ? less(a, b) : less(b, a);
    });

    QHash<qint64, int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows[i].member.id, i);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(rowOf.value(idsBefore[i]), before[i].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 InsightMemberModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).member.id : 0;
}

} // namespace md::ui
