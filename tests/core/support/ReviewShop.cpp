// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewShop.h"

#include "services/MemberService.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"

using namespace Qt::StringLiterals;

namespace md::test {

QDateTime shopTime(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s));
}

qint64 addMemberAt(DatabaseFixture& f, const QString& name, const QDateTime& at)
{
    f.clock.setNow(at);
    MemberInput in;
    in.name = name;
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("%s", qPrintable(error.message));
    return m.id;
}

qint64 buyAt(DatabaseFixture& f, qint64 member, Fen gross, const QDateTime& at, qint64 redeemPoints)
{
    f.clock.setNow(at);
    PurchaseRequest r;
    r.memberId = member;
    r.grossFen = gross;
    r.redeemPoints = redeemPoints;
    r.time = at;
    PurchaseResult result;
    QString error;
    if (!PurchaseService(f.context()).record(r, &result, &error))
        qFatal("purchase failed: %s", qPrintable(error));
    return result.purchaseId;
}

ReviewShop buildReviewShop(DatabaseFixture& f, const ReviewShopOptions& options)
{
    ReviewShop s;
    s.a = addMemberAt(f, u"Anna"_s, shopTime(2024, 12, 1));
    buyAt(f, s.a, 7000, shopTime(2024, 12, 10));
    buyAt(f, s.a, 10000, shopTime(2025, 1, 15));
    s.e = addMemberAt(f, u"Emil"_s, shopTime(2025, 6, 1));
    s.f = addMemberAt(f, u"Fang"_s, shopTime(2025, 8, 1));
    s.g = addMemberAt(f, u"Gao"_s, shopTime(2025, 8, 1, 11));
    for (const QDate& d : {QDate(2025, 8, 4), QDate(2025, 9, 10), QDate(2025, 10, 10), QDate(2025, 11, 10)})
        buyAt(f, s.f, 1000, QDateTime(d, QTime(15, 0)));
    for (const QDate& d : {QDate(2025, 8, 4), QDate(2025, 9, 10), QDate(2025, 11, 10)})
        buyAt(f, s.g, 1000, QDateTime(d, QTime(16, 0)));
    s.b = addMemberAt(f, u"Bo"_s, shopTime(2025, 12, 20));
    buyAt(f, s.a, 5000, shopTime(2025, 12, 31, 23, 59, 59));
    buyAt(f, s.b, 3000, shopTime(2026, 1, 1, 0, 0, 0));
    QString error;
    if (options.sweepExpiryOnJanuary2) {
        f.clock.setNow(shopTime(2026, 1, 2, 9));
        if (PointsLedger(f.context()).expireDue(QDate(2026, 1, 2), &error) != 1)
            qFatal("expected one expiry on 2026-01-02: %s", qPrintable(error));
    }
    s.c = addMemberAt(f, u"Chen"_s, shopTime(2026, 1, 5));
    buyAt(f, s.a, 20000, shopTime(2026, 1, 10));
    buyAt(f, s.e, 120000, shopTime(2026, 1, 12, 18));
    const qint64 voided = buyAt(f, s.b, 50000, shopTime(2026, 1, 15));
    buyAt(f, s.a, 12000, shopTime(2026, 1, 20), 100);
    s.d = addMemberAt(f, u"Ding"_s, shopTime(2026, 1, 20, 12));
    f.clock.setNow(shopTime(2026, 1, 25));
    VoidResult vr;
    if (!PurchaseService(f.context()).voidPurchase(voided, u"wrong member"_s, &vr, &error))
        qFatal("void failed: %s", qPrintable(error));
    buyAt(f, s.c, 8000, shopTime(2026, 1, 31, 23, 59, 59));
    buyAt(f, s.a, 1000, shopTime(2026, 2, 1, 0, 0, 0));
    if (options.emilBuysInFebruary)
        buyAt(f, s.e, 10000, shopTime(2026, 2, 10, 14));
    f.clock.setNow(shopTime(2026, 3, 15));
    return s;
}

} // namespace md::test
