// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberListModel.h"

#include "common/Formatting.h"
#include "services/RulesService.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace md::ui {

MemberListModel::MemberListModel(const ServiceContext& ctx, QObject* parent)
    : QAbstractTableModel(parent), m_ctx(ctx), m_search(ctx.db)
{
    reload();
}

int MemberListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int MemberListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == PointsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != MemberIdRole && role != Qt::ForegroundRole && role != Qt::DisplayRole)
        return {};
    const MemberSummary* found = rowAt(index.row());
    if (!found)
        return {};
    const MemberSummary& member = *found;
    if (role == MemberIdRole)
        return member.id;
    if (role == Qt::ForegroundRole)
        return index.column() == TierColumn ? QVariant(QBrush(tierColor(member.tier))) : QVariant();
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
    beginResetModel();
    m_rules = RulesService(m_ctx).current();
    m_pages.clear();
    m_recent.clear();
    m_pageEnds.clear();
    m_total = m_search.count(m_filter);
    m_rowCount = int(qMin<qint64>(m_total, std::numeric_limits<int>::max()));
    endResetModel();
    emit totalCountChanged(m_total);
}

const QVector<MemberSummary>& MemberListModel::pageAt(int page) const
{
    auto cached = m_pages.find(page);
    if (cached != m_pages.end()) {
        if (m_recent.constLast() != page) {
            m_recent.removeOne(page);
            m_recent.append(page);
        }
        return *cached;
    }

    const qint64 first = qint64(page) * kPageSize;
    const qint64 end = qMin<qint64>(m_rowCount, first + kPageSize);
    // The cheapest way in: after the nearest page end known before this page (skipping the pages between),
    // from the start, or backwards from the end; each costs a walk over the rows it skips.
    int after = -1;
    for (auto it = m_pageEnds.cbegin(); it != m_pageEnds.cend(); ++it) {
        if (it.key() < page && it.key() > after)
            after = it.key();
    }
    const qint64 skipAfter = after >= 0 ? first - qint64(after + 1) * kPageSize : first;
    const qint64 skipFromEnd = m_rowCount - end;
    QVector<MemberSummary> rows;
    if (skipFromEnd < skipAfter) {
        MemberSearch::ListFilter reversed = m_filter;
        reversed.descending = !reversed.descending;
        rows = m_search.page(reversed, {}, int(end - first), nullptr, skipFromEnd);
        std::reverse(rows.begin(), rows.end());
    } else {
        MemberSearch::Cursor next;
        rows = m_search.page(m_filter, after >= 0 ? m_pageEnds.value(after) : MemberSearch::Cursor(),
                             kPageSize, &next, skipAfter);
        if (next.valid && rows.size() == kPageSize)
            m_pageEnds.insert(page, next);
    }

    while (m_pages.size() >= kMaxCachedPages && !m_recent.isEmpty())
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(page);
    return *m_pages.insert(page, rows);
}

const MemberSummary* MemberListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return nullptr;
    const QVector<MemberSummary>& rows = pageAt(row / kPageSize);
    const int offset = row % kPageSize;
    // Fewer rows than counted: members changed since the count was read (the next reload catches up).
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

qint64 MemberListModel::memberIdAt(int row) const
{
    const MemberSummary* member = rowAt(row);
    return member ? member->id : 0;
}

int MemberListModel::cachedRowCount() const
{
    int rows = 0;
    for (const QVector<MemberSummary>& page : m_pages)
        rows += int(page.size());
    return rows;
}

} // namespace md::ui
