// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberListModel.h"

#include "common/Formatting.h"
#include "services/RulesService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace md::ui {

MemberListModel::MemberListModel(const ServiceContext& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx)
{
    reload();
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberSummary& member = m_rows.at(index.row());
    if (role == MemberIdRole)
        return member.id;
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == TierColumn)
        return QBrush(tierColor(member.tier));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CardColumn:
        return member.card;
    case NameColumn:
        return member.name;
    case PhoneColumn:
        return phoneFor(member.phone, m_ctx.actor.role);
    case TierColumn:
        return m_rules.tierDisplayName(member.tier);
    case PointsColumn:
        return QLocale().toString(member.points);
    case LastVisitColumn:
        return member.lastVisit.isValid() ? dateText(member.lastVisit.date()) : tr("Never");
    }
    return {};
}

QVariant MemberListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CardColumn:
        return tr("Card");
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case PointsColumn:
        return tr("Points");
    case LastVisitColumn:
        return tr("Last visit");
    }
    return {};
}

bool MemberListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void MemberListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_changing)
        return;
    MemberSearch::Cursor next;
    const QVector<MemberSummary> page = MemberSearch(m_ctx.db).page(m_filter, m_cursor, kPageSize, &next);
    if (page.size() < kPageSize)
        m_atEnd = true;
    if (page.isEmpty())
        return;
    m_changing = true; // no nested fetch from a listener of this change
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    m_cursor = next;
    endInsertRows();
    m_changing = false;
}

void MemberListModel::sort(int column, Qt::SortOrder order)
{
    static const MemberSearch::SortKey keys[] = {
        MemberSearch::SortKey::Card, MemberSearch::SortKey::Name,   MemberSearch::SortKey::Id,
        MemberSearch::SortKey::Tier, MemberSearch::SortKey::Points, MemberSearch::SortKey::LastVisit};
    if (column < 0 || column >= ColumnCount)
        return;
    // Phones are not sortable for privacy (masked for clerks); that column sorts by registration order.
    m_filter.sort = keys[column];
    m_filter.descending = order == Qt::DescendingOrder;
    reload();
}

void MemberListModel::setFilter(const QString& text, int tier)
{
    m_filter.text = text.trimmed();
    m_filter.tier = tier;
    reload();
}

void MemberListModel::reload()
{
    // The first page is read inside the reset: views see one consistent change, not a reset + insert.
    m_changing = true;
    beginResetModel();
    m_rules = RulesService(m_ctx).current();
    m_cursor = {};
    m_rows = MemberSearch(m_ctx.db).page(m_filter, {}, kPageSize, &m_cursor);
    m_atEnd = m_rows.size() < kPageSize;
    // Listeners of a change may ask for more rows before every listener has seen the change;
    // inserting then would interleave two changes. They ask again once the change is over.
    endResetModel();
    m_changing = false;
    m_total = MemberSearch(m_ctx.db).count(m_filter);
    emit totalCountChanged(m_total);
}

qint64 MemberListModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace md::ui
