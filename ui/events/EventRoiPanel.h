// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/EventRoi.h"
#include "services/ServiceContext.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace md::ui {

/// The return of an event, for the owner, once it has started: invited and attended, what attendees
/// bought during the event and in the 7 days after, the same for a comparable group that was not
/// invited, the cost, and the ROI, with the arithmetic spelled out so the owner can check it.
class EventRoiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EventRoiPanel(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Computes (core) and shows the figures of `eventId`; before the event starts it says when they come.
    void setEvent(qint64 eventId);
    const EventRoiReport& report() const { return m_report; }
    /// The value shown in the ROI cell (tests).
    QString roiText() const;

private:
    QLabel* cell(int row, int column, const QString& objectName = QString());

    ServiceContext m_ctx;
    EventRoiReport m_report;
    QLabel* m_status;
    QWidget* m_figures;
    QGridLayout* m_grid;
    QLabel* m_attended;
    QLabel* m_attEventRevenue;
    QLabel* m_attFollowRevenue;
    QLabel* m_attTotal;
    QLabel* m_cmpMembers;
    QLabel* m_cmpEventRevenue;
    QLabel* m_cmpFollowRevenue;
    QLabel* m_cmpTotal;
    QLabel* m_basis;
    QLabel* m_cost;
    QLabel* m_baseline;
    QLabel* m_incremental;
    QLabel* m_roi;
    QLabel* m_explain;
};

} // namespace md::ui
