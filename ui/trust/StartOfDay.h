// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/DailyMaintenance.h"
#include "services/ServiceContext.h"

#include <functional>

class QWidget;

namespace md::ui::StartOfDay {

/// The day's points expiry and tier review (DailyMaintenance), when today's has not run yet: on a worker
/// thread with its own connection to `ctx.db`'s file, behind a notice when it takes longer than a moment
/// (a million members: about 9 s). As DailyMaintenance::runIfDue: false with `error` when it failed.
bool runIfDue(const ServiceContext& ctx, MaintenanceResult* result, QString* error,
              const std::function<void(QWidget* notice)>& shown = {}, int showAfterMs = 400);

} // namespace md::ui::StartOfDay
