// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

namespace md {

/// Manual points corrections by the owner ("goodwill for a late delivery", "card lost, points moved").
/// Owner only, a reason is required, one ledger entry of kind 'adjust' (a credit carries the programme's
/// expiry from today; a debit consumes the soonest-expiring points first) and one audit entry.
/// A negative adjustment may take at most the points available now: it never drives the balance below zero.
class PointsAdjustment
{
    Q_DECLARE_TR_FUNCTIONS(PointsAdjustment)
public:
    explicit PointsAdjustment(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr qint64 kMaxAdjustment = 10'000'000;
    static constexpr int kMaxReasonLength = 200;

    struct Result
    {
        qint64 ledgerId = 0;
        qint64 pointsBalance = 0;
    };
    /// `points` is signed: +500 adds, −200 takes away.
    bool adjust(qint64 memberId, qint64 points, const QString& reason, Result* result, QString* error);

private:
    ServiceContext m_ctx;
};

} // namespace md
