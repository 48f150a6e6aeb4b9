// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceFilter.h"
#include "services/ServiceContext.h"

#include <QVector>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace md::ui {

/// The criteria half of the audience builder: tier, loyalty type, RFM segment, spend in a period,
/// probability still active, last visit, birthday month and referrals, each ticked on or off. It only
/// reads and shows criteria; the manual additions and removals, the count and saving belong to
/// AudienceBuilderWidget, which wraps this form in a scroll area.
class AudienceCriteriaForm : public QWidget
{
    Q_OBJECT
public:
    explicit AudienceCriteriaForm(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// The criteria the controls say; addedMemberIds and removedMemberIds are left empty.
    AudienceFilter criteria() const;
    /// Shows the criteria of `filter` (its member lists are ignored) without emitting criteriaChanged().
    void setCriteria(const AudienceFilter& filter);
    /// False with the parser's reason when "Spent at least" is ticked and its amount cannot be read
    /// (criteria() then counts it as no minimum, so the count must not run).
    bool minSpendReadable(QString* error) const;

signals:
    /// The user changed a criterion (typing an amount is several changes: the builder waits a moment).
    void criteriaChanged();
    /// "Clear criteria" was pressed; the builder clears them and keeps the members added or removed by hand.
    void clearRequested();

private:
    void updateHint();

    QLabel* m_noCriteriaHint;
    QVector<QCheckBox*> m_tiers;
    QVector<QCheckBox*> m_types;
    QVector<QCheckBox*> m_segments;
    QCheckBox* m_useSpend;
    QLineEdit* m_minSpend;
    QSpinBox* m_spendDays;
    QCheckBox* m_usePAlive;
    QSpinBox* m_pAlive;
    QComboBox* m_birthdayMonth;
    QCheckBox* m_useVisitAfter;
    QDateEdit* m_visitAfter;
    QCheckBox* m_useVisitBefore;
    QDateEdit* m_visitBefore;
    QCheckBox* m_useReferrals;
    QSpinBox* m_referrals;
    bool m_settingCriteria = false; ///< setCriteria() runs: changes are not the user's
};

} // namespace md::ui
