// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/EventRoiPanel.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/EventService.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

QLabel* header(const QString& text)
{
    auto* label = new QLabel(text);
    label->setStyleSheet(u"QLabel { font-weight: bold; color: #333; }"_s);
    return label;
}

QString purchasesAndRevenue(int purchases, Fen revenue)
{
    return EventRoiPanel::tr("%Ln purchase(s) · %1", "", purchases).arg(money(revenue));
}

} // namespace

EventRoiPanel::EventRoiPanel(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"eventRoiPanel"_s);
    m_status = new QLabel;
    m_status->setObjectName(u"roiStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setStyleSheet(u"QLabel { color: #555; }"_s);

    m_figures = new QWidget;
    m_grid = new QGridLayout(m_figures);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(6);
    m_grid->addWidget(header(tr("Attendees")), 0, 1);
    m_grid->addWidget(header(tr("Comparable group, not invited")), 0, 2);
    m_grid->addWidget(header(tr("Guests")), 1, 0);
    m_grid->addWidget(header(tr("During the event")), 2, 0);
    m_grid->addWidget(header(tr("In the 7 days after")), 3, 0);
    m_grid->addWidget(header(tr("Revenue in both periods")), 4, 0);
    m_attended = cell(1, 1, u"attendedLabel"_s);
    m_attEventRevenue = cell(2, 1, u"attendeeEventLabel"_s);
    m_attFollowRevenue = cell(3, 1, u"attendeeFollowLabel"_s);
    m_attTotal = cell(4, 1, u"attendeeTotalLabel"_s);
    m_cmpMembers = cell(1, 2, u"comparableMembersLabel"_s);
    m_cmpEventRevenue = cell(2, 2, u"comparableEventLabel"_s);
    m_cmpFollowRevenue = cell(3, 2, u"comparableFollowLabel"_s);
    m_cmpTotal = cell(4, 2, u"comparableTotalLabel"_s);
    m_basis = new QLabel;
    m_basis->setObjectName(u"basisLabel"_s);
    m_basis->setWordWrap(true);
    m_basis->setStyleSheet(u"QLabel { color: #555; }"_s);
    m_grid->addWidget(m_basis, 5, 0, 1, 3);

    m_grid->addWidget(header(tr("Cost")), 6, 0);
    m_cost = cell(6, 1, u"costLabel"_s);
    m_grid->addWidget(header(tr("Baseline (spent anyway)")), 7, 0);
    m_baseline = cell(7, 1, u"baselineLabel"_s);
    m_grid->addWidget(header(tr("Extra revenue")), 8, 0);
    m_incremental = cell(8, 1, u"incrementalLabel"_s);
    m_grid->addWidget(header(tr("Return on the cost (ROI)")), 9, 0);
    m_roi = cell(9, 1, u"roiLabel"_s);
    m_roi->setStyleSheet(u"QLabel { font-size: 22px; font-weight: bold; }"_s);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    m_explain = new QLabel;
    m_explain->setObjectName(u"explainLabel"_s);
    m_explain->setWordWrap(true);
    m_explain->setStyleSheet(u"QLabel { color: #555; }"_s);
    m_grid->addWidget(m_explain, 10, 0, 1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_figures);
    layout->addStretch();
    m_figures->hide();
}

QLabel* EventRoiPanel::cell(int row, int column, const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    m_grid->addWidget(label, row, column);
    return label;
}

QString EventRoiPanel::roiText() const
{
    return m_figures->isHidden() ? QString() : m_roi->text();
}

void EventRoiPanel::setEvent(qint64 eventId)
{
    m_report = EventRoiReport();
    Event event;
    QString error;
    if (!EventService(m_ctx).get(eventId, &event, &error)) {
        m_status->setText(error);
        m_figures->hide();
        return;
    }
    const QDateTime now = m_ctx.clock.now();
    if (now < event.startsAt) {
        m_status->setText(tr("The return is measured once the event has started: purchases of the guests "
                             "during the event and in the 7 days after, against a comparable group."));
        m_figures->hide();
        return;
    }
    if (!EventRoi::compute(m_ctx, eventId, &m_report, &error)) {
        m_status->setText(error);
        m_figures->hide();
        return;
    }
    const EventRoiReport& r = m_report;
    const QLocale locale;
    m_status->setText(
        r.complete
            ? tr("Final figures: the week after the event ended on %1.").arg(dateText(r.followEndsAt.date()))
            : tr("Provisional: purchases are counted until %1; the figures grow "
                 "until then.")
                  .arg(dateTimeText(r.followEndsAt)));
    const int rate = r.invited > 0 ? qRound(100.0 * r.attended / r.invited) : 0;
    m_attended->setText(
        tr("%1 attended of %2 invited (%3 %)")
            .arg(locale.toString(r.attended), locale.toString(r.invited), locale.toString(rate)));
    m_attEventRevenue->setText(purchasesAndRevenue(r.attendees.eventPurchases, r.attendees.eventRevenueFen));
    m_attFollowRevenue->setText(
        purchasesAndRevenue(r.attendees.followPurchases, r.attendees.followRevenueFen));
    const Fen perAttendee = r.attended > 0 ? (r.attendees.revenueFen() + r.attended / 2) / r.attended : 0;
    m_attTotal->setText(tr("%1 (%2 per attendee)").arg(money(r.attendees.revenueFen()), money(perAttendee)));
    if (r.comparableBasis == EventRoiReport::ComparableBasis::None) {
        m_cmpMembers->setText(tr("nobody comparable"));
        m_cmpEventRevenue->setText(u"—"_s);
        m_cmpFollowRevenue->setText(u"—"_s);
        m_cmpTotal->setText(u"—"_s);
    } else {
        m_cmpMembers->setText(tr("%Ln member(s)", "", r.comparable.members));
        m_cmpEventRevenue->setText(
            purchasesAndRevenue(r.comparable.eventPurchases, r.comparable.eventRevenueFen));
        m_cmpFollowRevenue->setText(
            purchasesAndRevenue(r.comparable.followPurchases, r.comparable.followRevenueFen));
        m_cmpTotal->setText(tr("%1 (%2 per member)")
                                .arg(money(r.comparable.revenueFen()), money(r.comparablePerMemberFen())));
    }
    m_basis->setText(r.basisText());
    m_cost->setText(money(r.costFen));
    m_baseline->setText(tr("%1 = %2 per member × %Ln attendee(s)", "", r.attended)
                            .arg(money(r.baselineFen), money(r.comparablePerMemberFen())));
    m_incremental->setText(
        tr("%1 = %2 − %3")
            .arg(money(r.incrementalFen), money(r.attendees.revenueFen()), money(r.baselineFen)));
    if (r.roi) {
        const double percent = *r.roi * 100.0;
        m_roi->setText(locale.toString(percent, 'f', 0) + u" %"_s);
        m_roi->setStyleSheet(percent >= 0
                                 ? u"QLabel { font-size: 22px; font-weight: bold; color: #14532d; }"_s
                                 : u"QLabel { font-size: 22px; font-weight: bold; color: #8a1c1c; }"_s);
        m_explain->setText(tr("ROI = (extra revenue − cost) ÷ cost = (%1 − %2) ÷ %2. Above 0 %: the event "
                              "brought back more than it cost; −100 %: nothing beyond what the guests "
                              "would have spent anyway.")
                               .arg(money(r.incrementalFen), money(r.costFen)));
    } else {
        m_roi->setText(tr("not computable"));
        m_roi->setStyleSheet(u"QLabel { font-size: 22px; font-weight: bold; color: #555; }"_s);
        m_explain->setText(r.roiMessage);
    }
    m_figures->show();
}

} // namespace md::ui
