// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/MemberCard.h"

#include "common/Formatting.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

QLabel* valueLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

MemberCard::MemberCard(Role viewerRole, QWidget* parent) : QFrame(parent), m_viewerRole(viewerRole)
{
    setObjectName(u"memberCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(360);

    m_placeholder = new QLabel(tr("Scan a member card or type a phone number, the last 4 digits of a phone, "
                                  "a card number or a name."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setStyleSheet(u"color: palette(mid); font-size: 14px;"_s);

    m_name = valueLabel(u"nameLabel"_s);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_tierBadge = valueLabel(u"tierLabel"_s);
    m_birthdayBadge = valueLabel(u"birthdayBadgeLabel"_s);
    m_birthdayBadge->setStyleSheet(
        u"QLabel { background: #d9485f; color: white; border-radius: 9px; padding: 2px 10px; }"_s);

    auto* header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_tierBadge);
    header->addWidget(m_birthdayBadge);
    header->addStretch();
    auto* fileButton = new QPushButton(tr("Member file (Ctrl+I)"));
    fileButton->setObjectName(u"memberFilePushButton"_s);
    fileButton->setFocusPolicy(Qt::NoFocus);
    connect(fileButton, &QPushButton::clicked, this, &MemberCard::memberFileRequested);
    header->addWidget(fileButton);

    m_points = valueLabel(u"pointsLabel"_s);
    QFont pointsFont = m_points->font();
    pointsFont.setPointSizeF(pointsFont.pointSizeF() * 1.3);
    pointsFont.setBold(true);
    m_points->setFont(pointsFont);
    m_discount = valueLabel(u"discountLabel"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"tierProgressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(10);
    m_progressText = valueLabel(u"nextTierLabel"_s);
    m_progressText->setWordWrap(true);
    m_card = valueLabel(u"cardLabel"_s);
    m_phone = valueLabel(u"phoneLabel"_s);
    m_since = valueLabel(u"sinceLabel"_s);
    m_lastVisit = valueLabel(u"lastVisitLabel"_s);
    m_visits = valueLabel(u"visitsLabel"_s);
    m_birthday = valueLabel(u"birthdayLabel"_s);
    m_note = valueLabel(u"noteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"QLabel { background: #fff7d6; color: #5b4a00; padding: 4px; }"_s);

    // Insight from the last snapshot (MemberInsightStore): compact, the details in the tooltips.
    m_insightSegment = valueLabel(u"insightSegmentLabel"_s);
    m_insightSegment->setWordWrap(true);
    m_insightTreatment = valueLabel(u"insightTreatmentLabel"_s);
    m_insightTreatment->setWordWrap(true);
    m_insightTreatment->setStyleSheet(u"QLabel { color: #555; }"_s);
    m_insightOutlook = valueLabel(u"insightOutlookLabel"_s);
    m_insightOutlook->setWordWrap(true);
    m_insightOutlookLabel = new QLabel(tr("Insight"));
    m_insightOutlookLabel->setObjectName(u"insightCaptionLabel"_s);
    m_insightOutlookLabel->setStyleSheet(u"QLabel { color: #666; }"_s);
    m_insightOutlookLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Discount"), m_discount);
    form->addRow(tr("Card"), m_card);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Birthday"), m_birthday);
    form->addRow(tr("Member since"), m_since);
    form->addRow(tr("Last visit"), m_lastVisit);
    form->addRow(tr("Visits"), m_visits);

    m_body = new QWidget;
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(header);
    body->addWidget(m_progress);
    body->addWidget(m_progressText);
    body->addLayout(form);
    // The insight block spans the card's width: wrapped labels inside a form row would get a sliver.
    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    body->addWidget(separator);
    auto* insightHead = new QHBoxLayout;
    insightHead->addWidget(m_insightOutlookLabel);
    insightHead->addWidget(m_insightSegment, 1);
    body->addLayout(insightHead);
    body->addWidget(m_insightTreatment);
    body->addWidget(m_insightOutlook);
    body->addWidget(m_note);
    body->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    clear();
}

void MemberCard::clear()
{
    m_memberId = 0;
    m_body->hide();
    m_placeholder->show();
}

void MemberCard::showProfile(const MemberProfile& profile, const QString& basisDescription)
{
    const Member& member = profile.member;
    m_memberId = member.id;
    m_placeholder->hide();
    m_body->show();
    m_name->setText(member.anonymized ? tr("(anonymised member)") : member.name);
    m_tierBadge->setText(profile.tierDisplay);
    m_tierBadge->setStyleSheet(tierBadgeStyle(member.tier));
    if (profile.birthdayToday)
        m_birthdayBadge->setText(tr("Birthday today!"));
    else if (profile.birthdayThisWeek)
        m_birthdayBadge->setText(tr("Birthday this week"));
    else if (profile.birthdayThisMonth)
        m_birthdayBadge->setText(tr("Birthday month"));
    m_birthdayBadge->setVisible(profile.birthdayToday || profile.birthdayThisWeek ||
                                profile.birthdayThisMonth);

    m_points->setText(tr("%Ln point(s)", "", int(qMin<qint64>(profile.pointsAvailable, INT_MAX))));
    m_discount->setText(
        profile.discountBp > 0
            ? tr("%1 % off")
                  .arg(QLocale().toString(profile.discountBp / 100.0, 'f', profile.discountBp % 100 ? 1 : 0))
            : tr("No discount"));
    m_progress->setValue(profile.progressPermille);
    m_progress->setStyleSheet(u"QProgressBar { border: none; background: #e5e7eb; border-radius: 5px; }"
                              u"QProgressBar::chunk { background: %1; border-radius: 5px; }"_s.arg(
                                  tierColor(qMax(profile.nextTier, member.tier)).name()));
    const QString spent = tr("%1 of %2").arg(money(profile.tierSpendFen), basisDescription);
    if (profile.nextTier < 0)
        m_progressText->setText(tr("Top tier reached.") + u"\n"_s + spent);
    else
        m_progressText->setText(
            tr("%1 more to %2").arg(money(profile.toNextTierFen), profile.nextTierDisplay) + u"\n"_s + spent);

    m_card->setText(member.card);
    m_phone->setText(phoneFor(member.phone, m_viewerRole));
    m_birthday->setText(dateText(member.birthday));
    m_since->setText(dateText(member.createdAt.date()));
    m_lastVisit->setText(member.lastVisit.isValid() ? dateTimeText(member.lastVisit) : tr("Never"));
    m_visits->setText(QLocale().toString(member.visits));
    m_note->setText(member.note);
    m_note->setVisible(!member.note.isEmpty());
    showInsight(MemberInsightLines{});
}

void MemberCard::showInsight(const MemberInsightLines& lines)
{
    m_insightSegment->setText(lines.available ? u"<b>%1</b>"_s.arg(lines.segment.toHtmlEscaped())
                                              : lines.segment.toHtmlEscaped());
    m_insightSegment->setToolTip(lines.detail);
    m_insightTreatment->setText(lines.treatment);
    m_insightTreatment->setVisible(!lines.treatment.isEmpty());
    const QString outlook = MemberInsightText::outlookWithDate(lines);
    m_insightOutlook->setText(outlook);
    m_insightOutlook->setToolTip(lines.detail);
    m_insightOutlook->setVisible(!outlook.isEmpty());
}

} // namespace md::ui
