// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/StartOfDay.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "trust/BusyNotice.h"

#include <QCoreApplication>

namespace md::ui::StartOfDay {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StartOfDay)
};
} // namespace

bool runIfDue(const ServiceContext& ctx, MaintenanceResult* result, QString* error,
              const std::function<void(QWidget* notice)>& shown, int showAfterMs)
{
    if (DailyMaintenance(ctx).lastRunDay() == ctx.clock.today()) {
        if (result) {
            *result = MaintenanceResult{};
            result->day = ctx.clock.today();
        }
        return true;
    }
    bool ok = false;
    MaintenanceResult out;
    QString failure;
    BusyNotice::run(
        Text::tr("Today's points expiry and tier review…"),
        Text::tr("Lapsed points are expired and members' tiers are reviewed for the new day, before anyone "
                 "looks at a balance. In a large shop this takes a few seconds."),
        [&] {
            // QtSql connections belong to the thread that made them: the worker opens its own.
            Database db;
            if (!db.open(ctx.db.path(), &failure))
                return;
            ok = DailyMaintenance({db, ctx.clock, ctx.actor}).runIfDue(&out, &failure);
        },
        shown, showAfterMs);
    if (result)
        *result = out;
    if (!ok && error)
        *error = failure;
    return ok;
}

} // namespace md::ui::StartOfDay
