// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestDatabaseFixture.h"
#include "common/Money.h"
#include "domain/LoyaltyRules.h"

#include <QDate>
#include <QDateTime>

namespace md::test {

/// Registers a member (optionally with a birthday and a referrer); aborts the test run on failure.
qint64 addMember(DatabaseFixture& f, const QString& name, const QDate& birthday = {}, qint64 referrer = 0);
/// Records a purchase as of the fixture's clock (or `at`); returns its id, aborting on failure.
qint64 buy(DatabaseFixture& f, qint64 member, Fen gross, qint64 redeemPoints = 0);
/// Installs `rules` as the owner.
void setRules(DatabaseFixture& f, const LoyaltyRules& rules);
qint64 pointsOf(DatabaseFixture& f, qint64 member);
int tierOf(DatabaseFixture& f, qint64 member);
/// Sum of the member's ledger entries.
qint64 ledgerSum(DatabaseFixture& f, qint64 member);
/// Moves the clock to `day` at 10:00.
void moveTo(DatabaseFixture& f, const QDate& day);

} // namespace md::test
