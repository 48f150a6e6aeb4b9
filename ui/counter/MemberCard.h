// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/MemberInsightText.h"
#include "services/MemberProfile.h"

#include <QFrame>

class QLabel;
class QProgressBar;

namespace md::ui {

/// The member at a glance: who, which tier, how many points, how far to the next tier, birthday.
class MemberCard : public QFrame
{
    Q_OBJECT
public:
    explicit MemberCard(Role viewerRole, QWidget* parent = nullptr);

    /// `basisDescription` says what the tier spend counts ("paid spend in the last 12 months").
    void showProfile(const MemberProfile& profile, const QString& basisDescription);
    /// The insight rows (segment and type, treatment, outlook, as-of date); call after showProfile().
    void showInsight(const MemberInsightLines& lines);
    void clear();
    qint64 memberId() const { return m_memberId; }

signals:
    /// The "Member file" button: the whole history and the care actions.
    void memberFileRequested();

private:
    Role m_viewerRole;
    qint64 m_memberId = 0;
    QLabel* m_name;
    QLabel* m_tierBadge;
    QLabel* m_birthdayBadge;
    QLabel* m_card;
    QLabel* m_phone;
    QLabel* m_points;
    QLabel* m_discount;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_since;
    QLabel* m_lastVisit;
    QLabel* m_visits;
    QLabel* m_birthday;
    QLabel* m_note;
    QLabel* m_insightSegment;
    QLabel* m_insightTreatment;
    QLabel* m_insightOutlook;
    QLabel* m_insightOutlookLabel; ///< the "Insight" caption
    QWidget* m_body;
    QLabel* m_placeholder;
};

} // namespace md::ui
