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
    Options options;
    options.force = force;
    return run(options, result, error);
}

bool DailyMaintenance::run(const Options& options, MaintenanceResult* result, QString* error)
{
    const QDate today = m_ctx.clock.today();
    MaintenanceResult out;
    out.day = today;
    if (result)
        *result = out;
    if (!options.force && lastRunDay() == today)
        return true;

    // Which credits lapsed, read outside any write transaction; then written a part at a time, each part
    // committed, so that the counter's sales wait at most one part for the write lock.
    PointsLedger ledger(m_ctx);
    PointsLedger::ExpiryPlan plan;
    if (!ledger.planExpiry(today, &plan, error))
        return false;
    const qsizetype total = plan.due.size();
    const qsizetype chunk = qMax<qsizetype>(1, options.expiryChunk);
    for (qsizetype from = 0; from < total; from += chunk) {
        if (options.progress && !options.progress(from, total)) {
            *error =
                tr("Today's points expiry was stopped after %1 of %2 lapsed credits; the rest is done at "
                   "the next run.")
                    .arg(from)
                    .arg(total);
            return false;
        }
        Transaction::letWaitingWritersGoFirst(); // a sale at the counter first
        Transaction part(m_ctx.db);
        if (!part.isActive()) {
            *error = part.error();
            return false;
        }
        const int expired = ledger.expire(plan, from, qMin(total, from + chunk), error);
        if (expired < 0 || !part.commit(error))
            return false;
        out.expiredEntries += expired;
    }
    if (options.progress)
        options.progress(total, total);

    // The review reads every candidate's spend before taking the write lock (2.5 s after a cold boot at a
    // million members, while the sign-in and the first sale want the lock); the transaction re-reads only
    // the members it changes.
    TierReviewService review(m_ctx);
    TierReviewPlan reviewPlan;
    if (!review.plan(&reviewPlan, error))
        return false;
    Transaction::letWaitingWritersGoFirst(); // a sale at the counter first
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    // Another run (the CLI beside the GUI) may have finished the day meanwhile: its review stands.
    if (!options.force && lastRunDay() == today) {
        if (result)
            result->expiredEntries = out.expiredEntries;
        return tx.commit(error);
    }
    if (!ledger.finishExpiry(plan, error))
        return false;
    if (!review.apply(reviewPlan, &out.review, error))
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
