// SPDX-License-Identifier: GPL-3.0-or-later
#include "care/MemberFileDialog.h"

#include "care/ComplaintDialog.h"
#include "care/FollowupDialog.h"
#include "common/Formatting.h"
#include "common/MemberInsightText.h"
#include "loyalty/AdjustPointsDialog.h"
#include "loyalty/GiftRedeemDialog.h"
#include "services/CareRecords.h"
#include "services/MemberProfile.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kRefRole = Qt::UserRole + 1;

QColor kindColor(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Purchase:
        return QColor(0x1f, 0x9d, 0x55);
    case TimelineItem::Kind::Void:
        return QColor(0xb4, 0x23, 0x18);
    case TimelineItem::Kind::Points:
        return QColor(0xe0, 0x7a, 0x1f);
    case TimelineItem::Kind::Tier:
        return QColor(0xc2, 0x9a, 0x1c);
    case TimelineItem::Kind::Followup:
        return QColor(0x2f, 0x7c, 0xc4);
    case TimelineItem::Kind::Complaint:
        return QColor(0xd9, 0x48, 0x5f);
    case TimelineItem::Kind::Note:
        return QColor(0x6b, 0x72, 0x80);
    case TimelineItem::Kind::Joined:
        return QColor(0x7c, 0x4d, 0xb8);
    }
    return QColor(Qt::gray);
}

QString kindName(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Purchase:
        return MemberFileDialog::tr("Purchase");
    case TimelineItem::Kind::Void:
        return MemberFileDialog::tr("Void");
    case TimelineItem::Kind::Points:
        return MemberFileDialog::tr("Points");
    case TimelineItem::Kind::Tier:
        return MemberFileDialog::tr("Tier");
    case TimelineItem::Kind::Followup:
        return MemberFileDialog::tr("Follow-up");
    case TimelineItem::Kind::Complaint:
        return MemberFileDialog::tr("Complaint");
    case TimelineItem::Kind::Note:
        return MemberFileDialog::tr("Note");
    case TimelineItem::Kind::Joined:
        return MemberFileDialog::tr("Joined");
    }
    return QString();
}

QPushButton* actionButton(const QString& text, const QString& objectName)
{
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    return button;
}

} // namespace

MemberFileDialog::MemberFileDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"memberFileDialog"_s);
    setWindowTitle(tr("Member file"));
    m_header = new QLabel;
    m_header->setObjectName(u"headerLabel"_s);
    m_header->setTextFormat(Qt::RichText);
    m_insight = new QLabel;
    m_insight->setObjectName(u"insightLabel"_s);
    m_insight->setTextFormat(Qt::RichText);
    m_insight->setWordWrap(true);
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_timeline = new QTreeWidget;
    m_timeline->setObjectName(u"timelineTreeWidget"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setColumnCount(5);
    m_timeline->setHeaderLabels({tr("Time"), tr("What"), tr("Detail"), tr("Amount"), tr("Points")});
    QHeaderView* header = m_timeline->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(1, QHeaderView::Interactive);
    header->setSectionResizeMode(2, QHeaderView::Stretch);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_timeline->setColumnWidth(1, m_timeline->fontMetrics().horizontalAdvance(u"M"_s) * 16);

    m_more = actionButton(tr("More…"), u"morePushButton"_s);
    QPushButton* followup = actionButton(tr("&Follow-up…"), u"followupPushButton"_s);
    QPushButton* complaint = actionButton(tr("&Complaint…"), u"complaintPushButton"_s);
    m_handle = actionButton(tr("&Respond to complaint…"), u"handlePushButton"_s);
    m_resolve = actionButton(tr("Re&solve complaint…"), u"resolvePushButton"_s);
    QPushButton* gift = actionButton(tr("Redeem &gift…"), u"giftPushButton"_s);
    QPushButton* adjust = actionButton(tr("&Adjust points…"), u"adjustPointsPushButton"_s);
    // The core refuses points corrections by clerks anyway; a clerk does not see the button.
    adjust->setVisible(m_ctx.actor.role == Role::Owner);

    auto* actions = new QHBoxLayout;
    actions->addWidget(followup);
    actions->addWidget(complaint);
    actions->addWidget(m_handle);
    actions->addWidget(m_resolve);
    actions->addStretch();
    actions->addWidget(gift);
    actions->addWidget(adjust);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_more);
    bottom->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    close->button(QDialogButtonBox::Close)->setAutoDefault(false);
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_insight);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(bottom);

    connect(m_more, &QPushButton::clicked, this, &MemberFileDialog::loadMore);
    connect(followup, &QPushButton::clicked, this, &MemberFileDialog::addFollowup);
    connect(complaint, &QPushButton::clicked, this, &MemberFileDialog::addComplaint);
    connect(m_handle, &QPushButton::clicked, this, [this] { handleComplaint(false); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { handleComplaint(true); });
    connect(gift, &QPushButton::clicked, this, &MemberFileDialog::redeemGift);
    connect(adjust, &QPushButton::clicked, this, &MemberFileDialog::adjustPoints);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_timeline, &QTreeWidget::currentItemChanged, this, &MemberFileDialog::updateComplaintButtons);

    resize(1000, 620);
    reload();
    m_timeline->setFocus();
}

void MemberFileDialog::refreshHeader()
{
    MemberProfile profile;
    QString error;
    if (!MemberProfile::load(m_ctx, m_memberId, &profile, &error)) {
        m_header->setText(error.toHtmlEscaped());
        return;
    }
    m_points = profile.pointsAvailable;
    const QString name = profile.member.anonymized ? tr("(anonymised member)") : profile.member.name;
    m_header->setText(
        u"<span style='font-size:large; font-weight:bold'>%1</span> &nbsp; %2 &nbsp; %3 &nbsp; %4"_s.arg(
            name.toHtmlEscaped(), profile.tierDisplay.toHtmlEscaped(), profile.member.card.toHtmlEscaped(),
            tr("%Ln point(s)", "", int(qMin<qint64>(profile.pointsAvailable, INT_MAX))).toHtmlEscaped()));
    setWindowTitle(tr("Member file — %1").arg(name));

    // The member's insight: segment and type with the treatment, then the outlook with its date; the
    // explanation (scores, or why there is no prediction) in grey below, since the file has the room.
    const MemberInsightLines insight = MemberInsightText::load(m_ctx, m_memberId);
    QString text = insight.available ? u"<b>%1</b>"_s.arg(insight.segment.toHtmlEscaped())
                                     : insight.segment.toHtmlEscaped();
    if (!insight.treatment.isEmpty())
        text += u" — "_s + insight.treatment.toHtmlEscaped();
    const QString outlook = MemberInsightText::outlookWithDate(insight);
    if (!outlook.isEmpty())
        text += u"<br>"_s + outlook.toHtmlEscaped();
    if (!insight.detail.isEmpty())
        text += u"<br><span style='color:#666'>%1</span>"_s.arg(
            insight.detail.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    m_insight->setText(text);
}

void MemberFileDialog::reload()
{
    const int keep = qMax(kPageSize, m_loaded);
    m_timeline->clear();
    m_loaded = 0;
    refreshHeader();
    while (m_loaded < keep) {
        const int before = m_loaded;
        loadMore();
        if (m_loaded == before || !m_more->isEnabled())
            break;
    }
    updateComplaintButtons();
}

void MemberFileDialog::loadMore()
{
    MemberTimeline::Page page;
    QString error;
    if (!MemberTimeline(m_ctx).load(m_memberId, m_loaded, kPageSize, &page, &error)) {
        m_message->setText(error);
        m_message->setStyleSheet(errorLabelStyle());
        m_message->show();
        return;
    }
    const QLocale locale;
    for (const TimelineItem& it : std::as_const(page.items)) {
        const QString& title = it.title;
        const QString& detail = it.detail; // points credits already say until when they are valid
        auto* item = new QTreeWidgetItem(
            {dateTimeText(it.time), title, detail, it.hasAmount ? money(it.amountFen) : QString(),
             it.hasPoints ? (it.points > 0 ? u"+"_s : QString()) + locale.toString(it.points) : QString()});
        item->setIcon(1, dotIcon(kindColor(it.kind)));
        item->setToolTip(1, kindName(it.kind));
        item->setToolTip(2, detail);
        item->setData(0, kKindRole, it.kindKey);
        item->setData(0, kRefRole, it.refId);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        if (it.hasPoints)
            item->setForeground(4, it.points < 0 ? QColor(0xb4, 0x23, 0x18) : QColor(0x1f, 0x7a, 0x45));
        if (it.voided) {
            QFont font = item->font(1);
            font.setStrikeOut(true);
            item->setFont(1, font);
            item->setFont(3, font);
        }
        m_timeline->addTopLevelItem(item);
    }
    m_loaded += page.items.size();
    m_more->setEnabled(page.hasMore);
    if (!m_timeline->currentItem() && m_timeline->topLevelItemCount() > 0)
        m_timeline->setCurrentItem(m_timeline->topLevelItem(0));
}

qint64 MemberFileDialog::targetComplaint() const
{
    // The complaint the selected line belongs to when it is still open, otherwise the oldest open one.
    const QVector<Complaint> complaints = CareRecords(m_ctx).complaints(m_memberId);
    if (QTreeWidgetItem* item = m_timeline->currentItem()) {
        if (item->data(0, kKindRole).toString() == u"complaint"_s) {
            const qint64 id = item->data(0, kRefRole).toLongLong();
            for (const Complaint& c : complaints) {
                if (c.id == id && c.isOpen())
                    return id;
            }
        }
    }
    for (auto it = complaints.crbegin(); it != complaints.crend(); ++it) {
        if (it->isOpen())
            return it->id;
    }
    return 0;
}

void MemberFileDialog::updateComplaintButtons()
{
    const qint64 id = targetComplaint();
    m_resolve->setEnabled(id > 0);
    bool handled = false;
    if (id > 0) {
        Complaint complaint;
        QString error;
        if (CareRecords(m_ctx).complaint(id, &complaint, &error))
            handled = complaint.handledAt.isValid();
    }
    m_handle->setEnabled(id > 0 && !handled);
}

void MemberFileDialog::afterChange(const QString& message)
{
    reload();
    m_message->setText(message);
    m_message->setStyleSheet(successLabelStyle());
    m_message->show();
    emit changed();
    m_timeline->setFocus();
}

void MemberFileDialog::openSubDialog(QDialog* dialog)
{
    // When it closes the keyboard comes back to the file (queued: after the dialog gave focus back).
    connect(dialog, &QDialog::finished, this, [this] {
        QTimer::singleShot(0, this, [this] {
            activateWindow();
            m_timeline->setFocus(Qt::OtherFocusReason);
        });
    });
    dialog->open();
}

void MemberFileDialog::addFollowup()
{
    auto* dialog = new FollowupDialog(m_ctx, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FollowupDialog::saved, this, [this] { afterChange(tr("Follow-up recorded.")); });
    openSubDialog(dialog);
}

void MemberFileDialog::addComplaint()
{
    auto* dialog = new ComplaintDialog(m_ctx, ComplaintDialog::Mode::Open, m_memberId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintDialog::saved, this, [this] { afterChange(tr("Complaint recorded.")); });
    openSubDialog(dialog);
}

void MemberFileDialog::handleComplaint(bool resolve)
{
    const qint64 id = targetComplaint();
    if (id <= 0)
        return;
    auto* dialog = new ComplaintDialog(
        m_ctx, resolve ? ComplaintDialog::Mode::Resolve : ComplaintDialog::Mode::Handle, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComplaintDialog::saved, this,
            [this, resolve] { afterChange(resolve ? tr("Complaint resolved.") : tr("Response recorded.")); });
    openSubDialog(dialog);
}

void MemberFileDialog::adjustPoints()
{
    auto* dialog = new AdjustPointsDialog(m_ctx, m_memberId, m_points, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AdjustPointsDialog::saved, this, [this](qint64 balance) {
        afterChange(tr("Points adjusted; balance %1.").arg(QLocale().toString(balance)));
    });
    openSubDialog(dialog);
}

void MemberFileDialog::redeemGift()
{
    auto* dialog = new GiftRedeemDialog(m_ctx, m_memberId, m_points, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &GiftRedeemDialog::redeemed, this, [this](const QString& gift, qint64 points) {
        afterChange(tr("%1 handed out for %2 points.").arg(gift, QLocale().toString(points)));
    });
    openSubDialog(dialog);
}

} // namespace md::ui
