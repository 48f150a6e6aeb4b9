// SPDX-License-Identifier: GPL-3.0-or-later
// Child process of tests/core/TestCrashSafety: records purchases (some redeeming points, some voided) in a
// loop through md::PurchaseService until it is killed. After each call *returns* it prints one line and
// flushes: "P <purchase id> <note>" or "V <purchase id>". The parent kills it with SIGKILL at random moments
// and then checks that everything printed is in the database, once.
#include "common/Clock.h"
#include "services/PointsLedger.h"
#include "services/PurchaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace md;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: memberdesk-crash-writer DB FIRST_MEMBER_ID MEMBERS RUN_TAG\n");
        return 2;
    }
    const qint64 firstMember = args.at(2).toLongLong();
    const int members = args.at(3).toInt();
    const QString tag = args.at(4);
    Database db;
    QString error;
    if (!db.open(args.at(1), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    const ServiceContext ctx{db, clock, Actor{}};
    PurchaseService purchases(ctx);
    PointsLedger ledger(ctx);
    QRandomGenerator rng(qHash(tag));
    qint64 lastPurchase = 0;
    for (qint64 i = 0;; ++i) {
        PurchaseRequest request;
        request.memberId = firstMember + qint64(rng.bounded(members));
        request.grossFen = 500 + rng.bounded(30000);
        request.note = QStringLiteral("%1-%2").arg(tag).arg(i);
        if (i % 4 == 3)
            request.redeemPoints = qMin<qint64>(ledger.available(request.memberId, clock.today()), 100);
        PurchaseResult result;
        if (!purchases.record(request, &result, &error)) {
            request.redeemPoints = 0; // a redemption the rules refuse: buy without it
            if (!purchases.record(request, &result, &error)) {
                std::fprintf(stderr, "record: %s\n", qPrintable(error));
                return 1;
            }
        }
        std::printf("P %lld %s\n", result.purchaseId, qPrintable(request.note));
        std::fflush(stdout);
        if (i % 7 == 6 && lastPurchase > 0) {
            VoidResult voided;
            if (!purchases.voidPurchase(lastPurchase, QStringLiteral("crash test"), &voided, &error)) {
                std::fprintf(stderr, "void: %s\n", qPrintable(error));
                return 1;
            }
            std::printf("V %lld\n", lastPurchase);
            std::fflush(stdout);
        }
        lastPurchase = result.purchaseId;
    }
}
