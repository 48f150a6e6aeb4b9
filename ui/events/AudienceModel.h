// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceBuilder.h"
#include "services/ServiceContext.h"

#include <QAbstractTableModel>

namespace md::ui {

/// The guest list or the excluded list of an evaluated audience, as a table.
class AudienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Matched,
        Excluded,
    };
    enum Column
    {
        NameColumn,
        CardColumn,
        PhoneColumn,
        TierColumn,
        SpendColumn,
        LastVisitColumn,
        NoteColumn,
        ColumnCount
    };
    /// The member id of a row (Qt::UserRole) and, for excluded rows, the ExclusionReason as int.
    static constexpr int MemberIdRole = Qt::UserRole;
    static constexpr int ReasonRole = Qt::UserRole + 1;

    AudienceModel(Kind kind, Role viewerRole, QObject* parent = nullptr);

    void setAudience(const Audience& audience);
    qint64 memberIdAt(int row) const;
    const AudienceMember& memberAt(int row) const;
    std::optional<ExclusionReason> reasonAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Kind m_kind;
    Role m_viewerRole;
    QVector<AudienceMember> m_members;
    QVector<ExclusionReason> m_reasons;
};

} // namespace md::ui
