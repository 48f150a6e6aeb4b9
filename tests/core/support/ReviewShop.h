// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabaseFixture.h"
#include "common/Money.h"

#include <QDateTime>

namespace md::test {

/// A local shop time; 10:00 unless given.
QDateTime shopTime(int y, int m, int d, int h = 10, int min = 0, int s = 0);
/// Registers a member with the clock at `at`; aborts the test run on failure.
qint64 addMemberAt(DatabaseFixture& f, const QString& name, const QDateTime& at);
/// Records a purchase made at `at` (the clock moved there); returns its id, aborting on failure.
qint64 buyAt(DatabaseFixture& f, qint64 member, Fen gross, const QDateTime& at, qint64 redeemPoints = 0);

/// The small fixed shop the monthly-review tests (TestMonthlyFigures, TestDrillDown) work out by hand, under
/// the default rules (tiers at ¥0 / ¥1,000 / ¥3,000 / ¥8,000 paid in 12 months, 1 point per whole yuan,
/// 100 points = ¥1). Members in id order:
///
/// members (created)      purchases (local time, gross = paid unless noted)
/// A 2024-12-01           2024-12-10 ¥70 · 2025-01-15 ¥100 · 2025-12-31 23:59:59 ¥50 · 2026-01-10 ¥200 ·
///                        2026-01-20 ¥120 redeeming 100 points (paid ¥119) · 2026-02-01 00:00:00 ¥10
/// E 2025-06-01           2026-01-12 18:00 ¥1,200 (reaches tier 1) [· 2026-02-10 14:00 ¥100, paid ¥98]
/// F 2025-08-01           2025-08-04, 2025-09-10, 2025-10-10, 2025-11-10, ¥10 each
/// G 2025-08-01           2025-08-04, 2025-09-10, 2025-11-10, ¥10 each
/// B 2025-12-20           2026-01-01 00:00:00 ¥30 · 2026-01-15 ¥500 (voided on 2026-01-25)
/// C 2026-01-05           2026-01-31 23:59:59 ¥80
/// D 2026-01-20           —
/// The clock ends at 2026-03-15 10:00.
struct ReviewShop
{
    qint64 a = 0, e = 0, f = 0, g = 0, b = 0, c = 0, d = 0;
};
struct ReviewShopOptions
{
    /// A's 70 points of December 2024 lapse after 2025-12-31; sweep them on 2026-01-02 (one entry).
    bool sweepExpiryOnJanuary2 = false;
    /// E's bracketed February purchase.
    bool emilBuysInFebruary = false;
};
ReviewShop buildReviewShop(DatabaseFixture& f, const ReviewShopOptions& options = {});

} // namespace md::test
