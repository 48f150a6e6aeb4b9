// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberPurchases.h"
#include "services/MemberSearch.h"
#include "services/PurchaseService.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace md::ui {

class MemberCard;
class PurchaseList;
class PurchasePanel;

/// The counter: find the member (scan, phone, last 4 digits, name), see them, sell.
/// Keyboard flow: type or scan + Enter opens a unique match and puts the cursor in the amount;
/// Enter records the sale and the cursor goes back to the search box for the next customer.
class CounterPage : public QWidget
{
    Q_OBJECT
public:
    explicit CounterPage(const ServiceContext& ctx, QWidget* parent = nullptr);

    qint64 currentMemberId() const { return m_memberId; }

public slots:
    void focusSearch();
    void openMember(qint64 memberId);
    void registerMember();
    void editCurrentMember();
    /// The owner's, at the member's request: asks, explains, then anonymises the open member.
    void anonymizeCurrentMember();
    /// The open member's file (timeline, follow-ups, complaints, points corrections, gifts).
    void openMemberFile();
    void refreshMember();

signals:
    /// A member was registered, edited or sold to (other pages reload).
    void membersChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch();
    void submitSearch();
    void openSelectedResult();
    void announce(const QString& text, bool success = true);
    void restoreFocusAfterDialog();
    void onRecorded(const PurchaseResult& result);
    void onVoided(const VoidResult& result, const md::PurchaseRow& purchase);

    ServiceContext m_ctx;
    MemberSearch m_finder; ///< its statements stay prepared on the connection between keystrokes
    qint64 m_memberId = 0;
    QVector<MemberSearch::Hit> m_hits;
    QLineEdit* m_search;
    QListWidget* m_results;
    QLabel* m_banner;
    MemberCard* m_card;
    PurchasePanel* m_purchase;
    PurchaseList* m_purchases;
    QTimer* m_searchDelay;
};

} // namespace md::ui
