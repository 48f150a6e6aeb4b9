// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceModel.h"

#include "common/Formatting.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace md::ui {

AudienceModel::AudienceModel(Kind kind, Role viewerRole, QObject* parent)
    : QAbstractTableModel(parent), m_kind(kind), m_viewerRole(viewerRole)
{
}

void AudienceModel::setAudience(const Audience& audience)
{
    beginResetModel();
    m_members.clear();
    m_reasons.clear();
    if (m_kind == Kind::Matched) {
        m_members = audience.matched;
    } else {
        m_members.reserve(audience.excluded.size());
        m_reasons.reserve(audience.excluded.size());
        for (const ExcludedMember& excluded : audience.excluded) {
            m_members.append(excluded.member);
            m_reasons.append(excluded.reason);
        }
    }
    endResetModel();
}

qint64 AudienceModel::memberIdAt(int row) const
{
    return row >= 0 && row < m_members.size() ? m_members.at(row).id : 0;
}

const AudienceMember& AudienceModel::memberAt(int row) const
{
    return m_members.at(row);
}

std::optional<ExclusionReason> AudienceModel::reasonAt(int row) const
{
    if (row < 0 || row >= m_reasons.size())
        return std::nullopt;
    return m_reasons.at(row);
}

int AudienceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int AudienceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AudienceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const AudienceMember& m = m_members.at(index.row());
    if (role == MemberIdRole)
        return m.id;
    if (role == ReasonRole)
        return m_kind == Kind::Excluded ? QVariant(int(m_reasons.at(index.row()))) : QVariant();
    if (role == Qt::TextAlignmentRole && index.column() == SpendColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == NoteColumn && m_kind == Kind::Excluded)
        return QBrush(QColor(0x8a, 0x1c, 0x1c));
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return dotIcon(tierColor(m.tier));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return m.anonymised ? tr("(anonymised)") : m.name;
    case CardColumn:
        return m.card;
    case PhoneColumn:
        return phoneFor(m.phone, m_viewerRole);
    case TierColumn:
        return m.tierName;
    case SpendColumn:
        return money(m.spend12mFen);
    case LastVisitColumn:
        return dateText(m.lastVisit);
    case NoteColumn:
        if (m_kind == Kind::Excluded)
            return AudienceBuilder::reasonText(m_reasons.at(index.row()));
        if (m.alreadyInvited)
            return tr("invited");
        if (m.manuallyAdded)
            return tr("added by hand");
        return QString();
    default:
        return {};
    }
}

QVariant AudienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CardColumn:
        return tr("Card");
    case PhoneColumn:
        return tr("Phone");
    case TierColumn:
        return tr("Tier");
    case SpendColumn:
        return tr("Spent, 12 months");
    case LastVisitColumn:
        return tr("Last visit");
    case NoteColumn:
        return m_kind == Kind::Excluded ? tr("Why not invited") : tr("Status");
    default:
        return {};
    }
}

} // namespace md::ui
