// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/ServiceContext.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace md::ui {

/// The owner's loyalty programme: tiers, points, expiry, redemption, referral, and the gift catalogue
/// (GiftCatalogEditor, saved gift by gift, not by Save/Revert). Save validates the whole
/// document through RulesService (the offending field is named and focused); Revert reloads what is in
/// force. The list at the bottom is the recorded history of changes (who, when).
class RulesPage : public QWidget
{
    Q_OBJECT
public:
    explicit RulesPage(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Shows the rules in force (drops unsaved edits).
    void revert();
    bool save();

signals:
    /// The programme changed (the counter and care list show tiers and gaps from it).
    void rulesChanged();

private:
    void setRules(const LoyaltyRules& rules);
    /// Reads the form; false (with the field focused and the message shown) when a cell cannot be read.
    bool readForm(LoyaltyRules* rules);
    void addTierRow(const Tier& tier);
    void addTier();
    void removeTier();
    void updateBasisText();
    void updateExpiry();
    void showError(const QString& message, QWidget* field);
    QWidget* fieldForError(const QString& message, QString* label) const;
    void loadHistory();

    ServiceContext m_ctx;
    QTableWidget* m_tiers;
    QPushButton* m_addTier;
    QPushButton* m_removeTier;
    QComboBox* m_basis;
    QLabel* m_basisText;
    QSpinBox* m_grace;
    QSpinBox* m_pointsPerYuan;
    QComboBox* m_earnBasis;
    QDoubleSpinBox* m_birthday;
    QComboBox* m_expiryMode;
    QSpinBox* m_expiryMonths;
    QSpinBox* m_redeemRate;
    QSpinBox* m_redeemCap;
    QSpinBox* m_referral;
    QLabel* m_message;
    QListWidget* m_history;
    LoyaltyRules m_loaded;
};

} // namespace md::ui
