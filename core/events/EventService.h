// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "services/ServiceContext.h"

#include <QVector>

namespace md {

/// Plans VIP events: create, edit, read, list, delete. Creating, editing and deleting need
/// Permission::PlanEvents (owner only); reading is open to every user (the door screen lists events).
/// Every change goes to the audit log ("event.create", "event.edit", "event.audience", "event.delete").
///
/// Deleting: an event without invitations can be deleted; once invitations exist it is refused (the
/// invitations, check-ins and the ROI are the record of what was spent) — edit it instead.
class EventService
{
    Q_DECLARE_TR_FUNCTIONS(EventService)
public:
    explicit EventService(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kMaxTitleLength = 60;
    static constexpr int kMaxPlaceLength = 120;
    static constexpr int kMaxTextLength = 4000; ///< description, offer
    static constexpr int kMaxTemplateLength = 20000;
    static constexpr int kMaxCapacity = 100000;
    static constexpr Fen kMaxCostFen = 10'000'000'000; ///< ¥100,000,000

    /// Title required, start and end valid with the end after the start, cost ≥ 0, capacity ≥ 1 or none,
    /// lengths within the limits above. The sentence names the field.
    bool validate(const EventInput& input, QString* error) const;

    bool create(const EventInput& input, qint64* id, QString* error);
    /// Changes the plan. Lowering the capacity below the invitations already written is refused.
    bool update(qint64 id, const EventInput& input, QString* error);
    /// Saves the guest filter with the event (validated). Owner only, audited.
    bool setAudience(qint64 id, const AudienceFilter& filter, QString* error);
    bool remove(qint64 id, QString* error);

    /// With invited/attended counts. False with "There is no event with number N." when missing.
    bool get(qint64 id, Event* event, QString* error) const;

    enum class Which
    {
        All,
        Upcoming, ///< not yet ended at the clock's now, soonest first
        Past,     ///< ended, most recent first
    };
    /// All: upcoming (soonest first) then past (most recent first).
    QVector<Event> list(Which which = Which::All) const;

private:
    ServiceContext m_ctx;
};

} // namespace md
