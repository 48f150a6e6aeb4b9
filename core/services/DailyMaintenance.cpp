// SPDX-License-Identifier: GPL-3.0-or-later
#include "DailyMaintenance.h"

#include "common/Clock.h"
#include "services/AuditLog.h"
#include "services/PointsLedger.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

using namespace Qt::StringLiterals;

namespace md {

QDate DailyMaintenance::lastRunDay() const
{
    return fromStoredDate(SettingsRepository(m_ctx.db).value(QString::fromUtf16(kLastDayKey)));
}

bool DailyMaintenance::run(bool force, MaintenanceResult* result, QString* error)
{
    const QDate today = m_ctx.clock.today();
    MaintenanceResult out;
    out.day = today;
    if (!force && lastRunDay() == today) {
        if (result)
            *result = out;
        return true;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    const int expired = PointsLedger(m_ctx).expireDue(today, error);
    if (expired < 0)
        return false;
    out.expiredEntries = expired;
    if (!TierReviewService(m_ctx).runInTransaction(&out.review, error))
        return false;
    if (!SettingsRepository(m_ctx.db).setValue(QString::fromUtf16(kLastDayKey), toStoredDate(today), error))
        return false;
    if (!AuditLog::record(m_ctx, u"maintenance.run"_s, toStoredDate(today),
                          u"expired_entries:%1 reviewed:%2 tier_changes:%3"_s.arg(out.expiredEntries)
                              .arg(out.review.reviewed)
                              .arg(out.review.changes.size()),
                          error))
        return false;
    if (!tx.commit(error))
        return false;
    out.ran = true;
    if (result)
        *result = out;
    return true;
}

} // namespace md
