// SPDX-License-Identifier: GPL-3.0-or-later
// Property-style test: a long random sequence of counter operations with a fixed seed, after which the
// ledger invariants must hold. If it fails, the seed and the operation number reproduce it exactly.
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "common/Clock.h"
#include "services/DailyMaintenance.h"
#include "services/GiftCatalog.h"
#include "services/IntegrityChecker.h"
#include "services/MemberService.h"
#include "services/PointsAdjustment.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"
#include "services/TierReviewService.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {
constexpr quint32 kSeed = 20261125;
constexpr int kOperations = 20000;
constexpr int kCheckEvery = 2000;
} // namespace

class TestLoyaltyProperties : public QObject
{
    Q_OBJECT

    struct Stats
    {
        int purchases = 0, redemptions = 0, voids = 0, adjustments = 0, refusedAdjustments = 0, gifts = 0,
            refusedGifts = 0, maintenanceRuns = 0, rulesChanges = 0, members = 0, tierDowngrades = 0,
            expiryEntries = 0;
    };

    static LoyaltyRules randomRules(QRandomGenerator& rng)
    {
        LoyaltyRules r = LoyaltyRules::defaults();
        if (rng.bounded(4) == 0)
            r.tiers.removeLast(); // members in the removed top tier must be handled
        r.tierBasis = rng.bounded(3) == 0 ? LoyaltyRules::TierBasis::PaidLifetime
                                          : LoyaltyRules::TierBasis::Paid12Months;
        const int graces[] = {0, 3, 12};
        r.tierGraceMonths = graces[rng.bounded(3)];
        r.pointsPerYuan = 1 + int(rng.bounded(3));
        r.earnBasis = rng.bounded(4) == 0 ? LoyaltyRules::EarnBasis::Profit : LoyaltyRules::EarnBasis::Paid;
        r.birthdayMultiplierPct = rng.bounded(2) == 0 ? 100 : 200;
        if (rng.bounded(4) == 0) {
            r.expiryMode = LoyaltyRules::ExpiryMode::Never;
        } else {
            const int months[] = {1, 3, 12};
            r.expiryMonths = months[rng.bounded(3)];
        }
        const int rates[] = {0, 50, 100, 30};
        r.redeemPointsPerYuan = rates[rng.bounded(4)];
        r.redeemMaxPercent = int(rng.bounded(101));
        r.referralBonusPoints = rng.bounded(2) == 0 ? 0 : 100;
        return r;
    }

    static void verifyInvariants(DatabaseFixture& f, const QVector<qint64>& members, int step,
                                 bool full = false)
    {
        const QStringList problems = IntegrityChecker(f.db).problems(full);
        QVERIFY2(problems.isEmpty(), qPrintable(u"after operation %1:\n"_s.arg(step) + problems.join(u'\n')));
        PointsLedger ledger(f.context());
        for (qint64 m : members) {
            const qint64 cached = pointsOf(f, m);
            QVERIFY2(cached == ledgerSum(f, m) && cached == ledger.balance(m),
                     qPrintable(u"member %1 after operation %2"_s.arg(m).arg(step)));
            QVERIFY(ledger.available(m, f.clock.today()) >= 0);
        }
        // The sweep is complete: every award that existed before the last maintenance day and lapsed before
        // it has no points left.
        const QDate swept = DailyMaintenance(f.context()).lastRunDay();
        if (swept.isValid()) {
            QSqlQuery lapsed(f.db.sql());
            lapsed.prepare(
                u"SELECT l.id FROM points_ledger l WHERE l.delta > 0 AND l.expires_on < ? AND l.time < ? "
                "AND l.delta > COALESCE((SELECT SUM(a.points) FROM points_allocations a "
                "WHERE a.credit_id = l.id), 0)"_s);
            lapsed.addBindValue(toStoredDate(swept));
            lapsed.addBindValue(toStoredDate(swept));
            QVERIFY(lapsed.exec());
            if (lapsed.next())
                QFAIL(qPrintable(u"after operation %1: lapsed award %2 still holds points"_s.arg(step).arg(
                    lapsed.value(0).toLongLong())));
        }
        // A voided purchase leaves nothing behind: per member, its ledger entries sum to the points that
        // lapsed from its own awards (those left with the expiry, not with the void). So buy, earn and refund
        // can never gain anything.
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"SELECT p.id, l.member_id, SUM(l.delta) - COALESCE((SELECT SUM(a.points) FROM "
                       "points_allocations a JOIN points_ledger d ON d.id = a.debit_id AND d.kind = 'expire' "
                       "JOIN points_ledger c ON c.id = a.credit_id WHERE c.purchase_id = p.id AND "
                       "c.member_id = l.member_id AND c.kind IN ('earn', 'referral')), 0) AS net "
                       "FROM purchases p JOIN points_ledger l ON l.purchase_id = p.id "
                       "WHERE p.voided_by IS NOT NULL GROUP BY p.id, l.member_id HAVING net <> 0"_s));
        if (q.next())
            QFAIL(
                qPrintable(u"after operation %1: voided purchase %2 left %3 points with member %4"_s.arg(step)
                               .arg(q.value(0).toLongLong())
                               .arg(q.value(2).toLongLong())
                               .arg(q.value(1).toLongLong())));
    }

private slots:
    void randomSequenceKeepsTheLedgerTrue()
    {
        DatabaseFixture f;
        QString error;
        // Durability is not under test here; without fsync the 20,000 transactions take seconds.
        QVERIFY(Sql::run(f.db, u"PRAGMA synchronous = OFF"_s, &error));
        f.clock.setNow(QDateTime(QDate(2024, 1, 1), QTime(9, 0)));
        QRandomGenerator rng(kSeed);
        Stats stats;
        QVector<qint64> members;
        QVector<qint64> activePurchases;
        auto newMember = [&] {
            MemberInput in;
            in.name = u"M%1"_s.arg(members.size() + 1);
            if (rng.bounded(3) != 0)
                in.birthday =
                    QDate(1970 + int(rng.bounded(40)), 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
            if (!members.isEmpty() && rng.bounded(2) == 0)
                in.referrerId = members.at(int(rng.bounded(members.size())));
            Member m;
            MemberSaveError e;
            QVERIFY2(MemberService(f.context()).add(in, &m, &e), qPrintable(e.message));
            members.append(m.id);
            ++stats.members;
        };
        for (int i = 0; i < 12; ++i)
            newMember();
        QVector<qint64> gifts;
        for (int i = 0; i < 3; ++i) {
            qint64 id = 0;
            QVERIFY(GiftCatalog(f.context()).add({u"Gift %1"_s.arg(i), 50 + 150 * i, 5, true}, &id, &error));
            gifts.append(id);
        }

        for (int step = 1; step <= kOperations; ++step) {
            const qint64 member = members.at(int(rng.bounded(members.size())));
            const int op = int(rng.bounded(100));
            if (op < 40) { // a purchase, sometimes paying with points
                PurchaseRequest r;
                r.memberId = member;
                r.grossFen = 100 + rng.bounded(rng.bounded(10) == 0 ? 1'000'000 : 50'000);
                if (rng.bounded(4) == 0) {
                    r.hasProfit = true;
                    r.profitFen = qint64(rng.bounded(int(r.grossFen) + 1)) - r.grossFen / 10;
                }
                PurchaseQuote quote;
                QVERIFY2(PurchaseService(f.context()).quote(r, &quote, &error), qPrintable(error));
                if (quote.maxRedeemablePoints > 0 && rng.bounded(3) == 0) {
                    r.redeemPoints = 1 + qint64(rng.bounded(quint64(quote.maxRedeemablePoints)));
                    // Now and then ask for one point too many: it must be refused with nothing written.
                    if (rng.bounded(10) == 0) {
                        PurchaseRequest tooMuch = r;
                        tooMuch.redeemPoints = quote.maxRedeemablePoints + 1;
                        const qint64 before = f.count(u"purchases"_s);
                        QVERIFY(!PurchaseService(f.context()).record(tooMuch, nullptr, &error));
                        QCOMPARE(f.count(u"purchases"_s), before);
                    }
                }
                PurchaseResult result;
                QVERIFY2(PurchaseService(f.context()).record(r, &result, &error),
                         qPrintable(u"step %1: %2"_s.arg(step).arg(error)));
                activePurchases.append(result.purchaseId);
                ++stats.purchases;
                if (r.redeemPoints > 0)
                    ++stats.redemptions;
            } else if (op < 48) { // void a recent or an old purchase
                if (activePurchases.isEmpty())
                    continue;
                const int at = rng.bounded(2) == 0 ? int(activePurchases.size()) - 1
                                                   : int(rng.bounded(activePurchases.size()));
                const qint64 p = activePurchases.takeAt(at);
                VoidResult v;
                QVERIFY2(PurchaseService(f.context()).voidPurchase(p, u"random"_s, &v, &error),
                         qPrintable(u"step %1: %2"_s.arg(step).arg(error)));
                QVERIFY(!PurchaseService(f.context()).voidPurchase(p, u"again"_s, &v, &error));
                ++stats.voids;
            } else if (op < 56) { // a manual adjustment, sometimes more than the member has
                const qint64 available = PointsLedger(f.context()).available(member, f.clock.today());
                qint64 points = 1 + qint64(rng.bounded(500));
                if (rng.bounded(2) == 0)
                    points = -(rng.bounded(3) == 0 ? available + 1 + qint64(rng.bounded(50))
                                                   : qMin<qint64>(available, points));
                if (points == 0)
                    continue;
                PointsAdjustment::Result adj;
                const bool ok =
                    PointsAdjustment(f.context()).adjust(member, points, u"random"_s, &adj, &error);
                QCOMPARE(ok, points > 0 || -points <= available);
                if (ok) {
                    ++stats.adjustments;
                    if (points < 0)
                        QVERIFY(adj.pointsBalance >= 0 || pointsOf(f, member) >= 0);
                } else {
                    ++stats.refusedAdjustments;
                }
                // A clerk is always refused.
                QVERIFY(
                    !PointsAdjustment(f.context(Role::Clerk)).adjust(member, 10, u"x"_s, nullptr, &error));
            } else if (op < 61) { // hand out a gift
                const qint64 gift = gifts.at(int(rng.bounded(gifts.size())));
                Gift g;
                QVERIFY(GiftCatalog(f.context()).get(gift, &g, &error));
                const qint64 available = PointsLedger(f.context()).available(member, f.clock.today());
                const bool ok = GiftCatalog(f.context(Role::Clerk)).redeem(gift, member, nullptr, &error);
                QCOMPARE(ok, g.stock > 0 && available >= g.pointsPrice);
                ok ? ++stats.gifts : ++stats.refusedGifts;
                if (g.stock == 0 && rng.bounded(3) == 0)
                    QVERIFY(GiftCatalog(f.context()).update(gift, {g.name, g.pointsPrice, 5, true}, &error));
            } else if (op < 96) { // time passes; the day's maintenance runs when the shop opens
                f.clock.advanceSeconds(qint64(rng.bounded(36 * 3600)));
                MaintenanceResult mr;
                QVERIFY2(DailyMaintenance(f.context()).runIfDue(&mr, &error), qPrintable(error));
                if (mr.ran) {
                    ++stats.maintenanceRuns;
                    stats.tierDowngrades += int(mr.review.changes.size());
                    stats.expiryEntries += mr.expiredEntries;
                    // Idempotent: a second review the same day changes nothing.
                    TierReviewResult again;
                    QVERIFY(TierReviewService(f.context()).run(&again, &error));
                    QVERIFY2(again.changes.isEmpty(), qPrintable(u"step %1"_s.arg(step)));
                    QCOMPARE(PointsLedger(f.context()).expireDue(f.clock.today(), &error), 0);
                }
            } else if (op < 97) { // the owner changes the programme
                setRules(f, randomRules(rng));
                ++stats.rulesChanges;
            } else { // a newcomer, perhaps referred by someone
                newMember();
            }
            if (step % kCheckEvery == 0) {
                verifyInvariants(f, members, step);
                if (QTest::currentTestFailed())
                    return;
            }
        }
        verifyInvariants(f, members, kOperations, true);
        qInfo(
            "seed %u, %d operations over %s..%s: %d members, %d purchases (%d paying with points), %d voids, "
            "%d adjustments (+%d refused), %d gifts (+%d refused), %d maintenance runs (%d expiry entries, "
            "%d tier reviews lowering a tier), %d rules changes",
            kSeed, kOperations, "2024-01-01", qPrintable(f.clock.today().toString(Qt::ISODate)),
            stats.members, stats.purchases, stats.redemptions, stats.voids, stats.adjustments,
            stats.refusedAdjustments, stats.gifts, stats.refusedGifts, stats.maintenanceRuns,
            stats.expiryEntries, stats.tierDowngrades, stats.rulesChanges);
        // The sequence must actually have exercised the interesting paths.
        QVERIFY(stats.expiryEntries > 0);
        QVERIFY(stats.tierDowngrades > 0);
        QVERIFY(stats.redemptions > 100);
        QVERIFY(stats.refusedAdjustments > 0);
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyProperties)
#include "TestLoyaltyProperties.moc"
