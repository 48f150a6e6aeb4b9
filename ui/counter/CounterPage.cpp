// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/CounterPage.h"

#include "care/MemberFileDialog.h"
#include "common/Formatting.h"
#include "common/MemberInsightText.h"
#include "counter/AnonymizeDialog.h"
#include "counter/MemberCard.h"
#include "counter/PurchaseList.h"
#include "counter/PurchasePanel.h"
#include "domain/LoyaltyRules.h"
#include "members/MemberDialog.h"
#include "services/MemberProfile.h"
#include "services/RulesService.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
constexpr int kSearchLimit = 20;
}

CounterPage::CounterPage(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_finder(ctx.db)
{
    setObjectName(u"counterPage"_s);
    m_search = new QLineEdit;
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Scan card / phone / last 4 digits / name, then Enter  (F2)"));
    m_search->setClearButtonEnabled(true);
    QFont big = m_search->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_search->setFont(big);
    m_search->installEventFilter(this);
    auto* registerButton = new QPushButton(tr("&Register (F3)"));
    registerButton->setObjectName(u"registerPushButton"_s);
    registerButton->setFocusPolicy(Qt::NoFocus);
    auto* editButton = new QPushButton(tr("Edit member (Ctrl+E)"));
    editButton->setObjectName(u"editMemberPushButton"_s);
    editButton->setFocusPolicy(Qt::NoFocus);

    m_banner = new QLabel;
    m_banner->setObjectName(u"bannerLabel"_s);
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_results = new QListWidget;
    m_results->setObjectName(u"resultsListWidget"_s);
    m_results->installEventFilter(this);
    m_results->hide();
    m_card = new MemberCard(m_ctx.actor.role);
    m_purchase = new PurchasePanel(m_ctx);
    m_purchases = new PurchaseList(m_ctx);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(registerButton);
    top->addWidget(editButton);
    auto* left = new QVBoxLayout;
    left->addWidget(m_results, 1);
    left->addWidget(m_card, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_purchase);
    right->addWidget(m_purchases, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 5);
    columns->addLayout(right, 6);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CounterPage::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &CounterPage::submitSearch);
    connect(m_results, &QListWidget::itemActivated, this, &CounterPage::openSelectedResult);
    connect(registerButton, &QPushButton::clicked, this, &CounterPage::registerMember);
    connect(editButton, &QPushButton::clicked, this, &CounterPage::editCurrentMember);
    connect(m_card, &MemberCard::memberFileRequested, this, &CounterPage::openMemberFile);
    connect(m_purchase, &PurchasePanel::recorded, this, &CounterPage::onRecorded);
    connect(m_purchases, &PurchaseList::voided, this, &CounterPage::onVoided);
    setFocusProxy(m_search);
}

void CounterPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CounterPage::runSearch()
{
    m_searchDelay->stop();
    const QString query = m_search->text().trimmed();
    m_results->clear();
    m_hits.clear();
    if (query.isEmpty()) {
        m_results->hide();
        return;
    }
    m_hits = m_finder.find(query, kSearchLimit);
    const LoyaltyRules rules = RulesService(m_ctx).current();
    for (const MemberSearch::Hit& hit : std::as_const(m_hits)) {
        const MemberSummary& m = hit.member;
        auto* item = new QListWidgetItem(u"%1    %2    %3    %4    %5"_s.arg(
            m.name, phoneFor(m.phone, m_ctx.actor.role), m.card, rules.tierDisplayName(m.tier),
            tr("%1 points").arg(QLocale().toString(m.points))));
        item->setData(Qt::UserRole, m.id);
        m_results->addItem(item);
    }
    if (!m_finder.lastError().isEmpty()) {
        // Not "no member found": the clerk would register a member who is already there.
        m_results->addItem(tr("The search failed: %1").arg(m_finder.lastError()));
        announce(tr("The search failed: %1").arg(m_finder.lastError()), false);
    } else if (m_hits.isEmpty()) {
        m_results->addItem(tr("No member found for \"%1\". Press F3 to register a new member.").arg(query));
    }
    m_results->setCurrentRow(0);
    m_results->show();
}

void CounterPage::submitSearch()
{
    runSearch();
    if (m_hits.isEmpty())
        return;
    const MemberSearch::Hit& first = m_hits.first();
    // A scanned card or a full phone number is an exact identity: open it even if a suffix also matched.
    const bool exact = first.match == MemberSearch::Match::Card || first.match == MemberSearch::Match::Phone;
    if (m_hits.size() == 1 || exact) {
        openMember(first.member.id);
        return;
    }
    m_results->setFocus(Qt::OtherFocusReason);
    m_results->setCurrentRow(0);
}

void CounterPage::openSelectedResult()
{
    QListWidgetItem* item = m_results->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (id > 0)
        openMember(id);
}

void CounterPage::openMember(qint64 memberId)
{
    MemberProfile profile;
    QString error;
    if (!MemberProfile::load(m_ctx, memberId, &profile, &error)) {
        announce(error, false);
        return;
    }
    m_memberId = memberId;
    m_results->hide();
    m_banner->hide();
    m_card->showProfile(profile, RulesService(m_ctx).current().tierBasisDescription());
    m_card->showInsight(MemberInsightText::load(m_ctx, memberId));
    m_purchases->setMember(memberId);
    if (profile.member.anonymized) {
        // Nothing new can be recorded for them: say so before the clerk types an amount.
        m_purchase->setMember(0);
        announce(tr("This member was anonymised on request: no purchase, points or contact can be recorded."),
                 false);
        focusSearch();
        return;
    }
    m_purchase->setMember(memberId);
    m_purchase->focusAmount();
}

void CounterPage::refreshMember()
{
    if (m_memberId <= 0)
        return;
    MemberProfile profile;
    QString error;
    if (MemberProfile::load(m_ctx, m_memberId, &profile, &error)) {
        m_card->showProfile(profile, RulesService(m_ctx).current().tierBasisDescription());
        m_card->showInsight(MemberInsightText::load(m_ctx, m_memberId));
    }
    m_purchases->reload();
}

void CounterPage::registerMember()
{
    auto* dialog = new MemberDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_memberId == 0 || m_search->hasFocus() || !m_results->isHidden())
        dialog->prefillFromSearch(m_search->text());
    connect(dialog, &MemberDialog::saved, this, [this](qint64 id) {
        emit membersChanged();
        openMember(id);
        Member member;
        if (MemberService(m_ctx).get(id, &member))
            announce(tr("Registered %1, card %2.").arg(member.name, member.card));
    });
    connect(dialog, &MemberDialog::openExistingRequested, this, &CounterPage::openMember);
    connect(dialog, &QDialog::finished, this, &CounterPage::restoreFocusAfterDialog);
    dialog->open();
}

void CounterPage::editCurrentMember()
{
    if (m_memberId <= 0) {
        announce(tr("Open a member first."), false);
        return;
    }
    auto* dialog = new MemberDialog(m_ctx, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberDialog::saved, this, [this] {
        emit membersChanged();
        refreshMember();
        announce(tr("Member saved."));
    });
    connect(dialog, &MemberDialog::openExistingRequested, this, &CounterPage::openMember);
    connect(dialog, &QDialog::finished, this, &CounterPage::restoreFocusAfterDialog);
    dialog->open();
}

void CounterPage::anonymizeCurrentMember()
{
    if (m_memberId <= 0) {
        announce(tr("Open a member first."), false);
        return;
    }
    Member member;
    if (!MemberService(m_ctx).get(m_memberId, &member))
        return;
    if (member.anonymized) {
        announce(tr("This member is already anonymised."), false);
        return;
    }
    auto* dialog = new AnonymizeDialog(m_ctx, m_memberId, member.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_memberId;
    connect(dialog, &QDialog::accepted, this, [this, id] {
        emit membersChanged();
        openMember(id);
        announce(tr("Member %1 is anonymised; their purchases still count in the totals.").arg(id));
    });
    connect(dialog, &QDialog::finished, this, &CounterPage::restoreFocusAfterDialog);
    dialog->open();
}

void CounterPage::openMemberFile()
{
    if (m_memberId <= 0) {
        announce(tr("Open a member first."), false);
        return;
    }
    auto* dialog = new MemberFileDialog(m_ctx, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberFileDialog::changed, this, [this] {
        refreshMember();
        emit membersChanged();
    });
    connect(dialog, &QDialog::finished, this, &CounterPage::restoreFocusAfterDialog);
    dialog->open();
}

void CounterPage::restoreFocusAfterDialog()
{
    // After the dialog closes the keyboard goes where the clerk's next step is: the amount when a
    // member is open, otherwise the search box. Queued so it runs after the dialog gave focus back.
    QTimer::singleShot(0, this, [this] {
        if (QWidget* top = window())
            top->activateWindow();
        if (m_memberId > 0)
            m_purchase->focusAmount();
        else
            focusSearch();
    });
}

void CounterPage::onRecorded(const PurchaseResult& result)
{
    const LoyaltyRules rules = RulesService(m_ctx).current();
    QString text = tr("Recorded: paid %1, +%Ln point(s) (balance %2).", "", int(result.quote.pointsEarned))
                       .arg(money(result.quote.paidFen), QLocale().toString(result.pointsBalance));
    if (result.tierChanged)
        text +=
            u"  "_s +
            tr("Upgraded to %1! Congratulate the member.").arg(rules.tierDisplayName(result.quote.tierAfter));
    refreshMember();
    announce(text);
    emit membersChanged();
    focusSearch(); // the next customer
}

void CounterPage::onVoided(const VoidResult& result, const PurchaseRow& purchase)
{
    refreshMember();
    // Named by its time and amount: the clerk never sees a purchase's number.
    announce(tr("The purchase of %1 on %2 is voided: %Ln point(s) taken back, balance %3.", "",
                int(result.pointsReversed))
                 .arg(money(purchase.paidFen), dateTimeText(purchase.time),
                      QLocale().toString(result.pointsBalance)));
    emit membersChanged();
}

void CounterPage::announce(const QString& text, bool success)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        success ? u"QLabel { background: #e7f6ec; color: #14532d; padding: 6px; border-radius: 4px; }"_s
                : u"QLabel { background: #fdecec; color: #8a1c1c; padding: 6px; border-radius: 4px; }"_s);
    m_banner->show();
}

bool CounterPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search) {
            if (key->key() == Qt::Key_Down && !m_results->isHidden() && !m_hits.isEmpty()) {
                m_results->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                m_search->clear();
                m_results->hide();
                return true;
            }
        } else if (watched == m_results) {
            if (key->key() == Qt::Key_Escape || (key->key() == Qt::Key_Up && m_results->currentRow() <= 0)) {
                focusSearch();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace md::ui
