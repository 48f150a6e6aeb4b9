// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/CareRecords.h"
#include "services/DailyMaintenance.h"
#include "services/GiftCatalog.h"
#include "services/MemberService.h"
#include "services/MemberTimeline.h"
#include "services/PointsAdjustment.h"
#include "services/PrivacyService.h"
#include "services/PurchaseService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

class TestMemberTimeline : public QObject
{
    Q_OBJECT

private slots:
    void wholeRelationshipNewestFirst()
    {
        DatabaseFixture f;
        QString error;
        moveTo(f, QDate(2025, 1, 10));
        const qint64 m = addMember(f, u"A"_s);
        const qint64 p1 = buy(f, m, 100000); // silver, 1,000 points expiring 2026-01-31
        moveTo(f, QDate(2025, 2, 1));
        const qint64 p2 = buy(f, m, 5000);
        VoidResult v;
        moveTo(f, QDate(2025, 2, 2));
        QVERIFY(PurchaseService(f.context()).voidPurchase(p2, u"wrong amount"_s, &v, &error));
        moveTo(f, QDate(2025, 3, 1));
        QVERIFY(PointsAdjustment(f.context()).adjust(m, 50, u"birthday cake late"_s, nullptr, &error));
        qint64 gift = 0;
        QVERIFY(GiftCatalog(f.context()).add({u"Mug"_s, 200, 3, true}, &gift, &error));
        QVERIFY(GiftCatalog(f.context()).redeem(gift, m, nullptr, &error));
        moveTo(f, QDate(2025, 4, 1));
        QVERIFY(CareRecords(f.context())
                    .addFollowup(m, {{}, u"phone"_s, u"likes oolong"_s, QDate(2025, 5, 1)}, nullptr, &error));
        qint64 complaint = 0;
        moveTo(f, QDate(2025, 4, 2));
        QVERIFY(CareRecords(f.context()).openComplaint(m, u"dented tin"_s, &complaint, &error));
        moveTo(f, QDate(2025, 4, 3));
        QVERIFY(CareRecords(f.context()).resolve(complaint, u"exchanged"_s, &error));
        moveTo(f, QDate(2025, 4, 4));
        MemberInput in;
        in.name = u"A"_s;
        in.note = u"prefers WeChat"_s;
        MemberSaveError saveError;
        QVERIFY(MemberService(f.context()).update(m, in, &saveError));
        QVERIFY(MemberService(f.context()).update(m, in, &saveError)); // unchanged note: no new item
        moveTo(f, QDate(2026, 2, 1));
        MaintenanceResult mr;
        QVERIFY(DailyMaintenance(f.context()).runIfDue(&mr, &error)); // points lapse, tier reviewed

        MemberTimeline timeline(f.context());
        MemberTimeline::Page page;
        QVERIFY2(timeline.load(m, 0, 100, &page, &error), qPrintable(error));
        QVERIFY(!page.hasMore);
        QStringList kinds;
        for (const TimelineItem& it : page.items)
            kinds << (it.subKind.isEmpty() ? it.kindKey : it.kindKey + u"/"_s + it.subKind);
        const QStringList expected = {
            u"tier/review"_s,        // 2026-02-01 (same second: the tier change above the points)
            u"points/expire"_s,      // 2026-02-01: the rest of January 2025's points lapse
            u"note"_s,               // 2025-04-04
            u"complaint/resolved"_s, // 2025-04-03
            u"complaint/opened"_s,   // 2025-04-02
            u"followup/phone"_s,     // 2025-04-01
            u"points/gift"_s,        // 2025-03-01
            u"points/adjust"_s,      // 2025-03-01
            u"points/void_earn"_s,   // 2025-02-02
            u"void"_s,               // 2025-02-02
            u"points/earn"_s,        // 2025-02-01
            u"purchase"_s,           // 2025-02-01 (voided)
            u"tier/purchase"_s,      // 2025-01-10
            u"points/earn"_s,        // 2025-01-10
            u"purchase"_s,           // 2025-01-10
            u"joined"_s,             // 2025-01-10 (same second as the first purchase: the oldest)
        };
        QCOMPARE(kinds, expected);
        for (int i = 1; i < page.items.size(); ++i)
            QVERIFY(page.items.at(i - 1).time >= page.items.at(i).time);
        const TimelineItem& voided = page.items.at(11);
        QCOMPARE(voided.refId, p2);
        QVERIFY(voided.voided);
        QVERIFY(voided.title.contains(u"voided"_s));
        QCOMPARE(voided.amountFen, 5000 * 98 / 100);
        const TimelineItem& earn = page.items.at(13);
        QCOMPARE(earn.points, 1000);
        QCOMPARE(earn.expiresOn, QDate(2026, 1, 31));
        QVERIFY(earn.detail.contains(u"purchase %1"_s.arg(p1)));
        QCOMPARE(page.items.at(8).points, -49); // ¥49 paid at silver → 49 points taken back
        QCOMPARE(page.items.at(7).points, 50);
        QVERIFY(page.items.at(7).detail.contains(u"birthday cake late"_s));
        QCOMPARE(page.items.at(6).points, -200);
        QVERIFY(page.items.at(6).title.contains(u"Mug"_s));
        QCOMPARE(page.items.at(2).detail, u"prefers WeChat"_s);
        QVERIFY(page.items.at(0).detail.contains(u"12 months"_s));

        // Pages are slices of the same list.
        MemberTimeline::Page first, second;
        QVERIFY(timeline.load(m, 0, 6, &first, &error));
        QVERIFY(first.hasMore);
        QVERIFY(timeline.load(m, 6, 6, &second, &error));
        QVERIFY(second.hasMore);
        QCOMPARE(first.items.size(), 6);
        QCOMPARE(second.items.first().refId, page.items.at(6).refId);
        QCOMPARE(second.items.last().refId, page.items.at(11).refId);
        QVERIFY(timeline.load(m, 12, 6, &second, &error));
        QCOMPARE(second.items.size(), 4);
        QCOMPARE(second.items.last().kindKey, u"joined"_s);
        QVERIFY(!second.hasMore);

        QVERIFY(!timeline.load(4242, 0, 10, &page, &error));
        QVERIFY(!timeline.load(m, 0, 0, &page, &error));
    }

    void firstNoteIsInTheHistory()
    {
        DatabaseFixture f;
        MemberInput in;
        in.name = u"B"_s;
        in.note = u"allergic to nuts"_s;
        Member m;
        MemberSaveError saveError;
        QVERIFY(MemberService(f.context()).add(in, &m, &saveError));
        MemberTimeline::Page page;
        QString error;
        QVERIFY(MemberTimeline(f.context()).load(m.id, 0, 10, &page, &error));
        QCOMPARE(page.items.size(), 2); // the note, then the joining it was written with
        QCOMPARE(page.items.first().kindKey, u"note"_s);
        QCOMPARE(page.items.last().kindKey, u"joined"_s);
        QCOMPARE(page.items.first().detail, u"allergic to nuts"_s);
        // Written with the registration, not a change of it.
        QCOMPARE(page.items.first().title, u"Note written at registration"_s);
        // A later edit is a change.
        f.clock.advanceDays(1);
        in.note = u"allergic to nuts and milk"_s;
        QVERIFY(MemberService(f.context()).update(m.id, in, &saveError));
        QVERIFY(MemberTimeline(f.context()).load(m.id, 0, 10, &page, &error));
        QCOMPARE(page.items.size(), 3);
        QCOMPARE(page.items.first().title, u"Note changed"_s);
    }

    // The day a member joined closes their history: at the registration's time, with the card and the
    // referrer, below whatever was recorded in the same second, on the last page.
    void joinedIsTheOldestEntry()
    {
        DatabaseFixture f;
        QString error;
        moveTo(f, QDate(2025, 1, 10));
        const qint64 referrer = addMember(f, u"Referrer Li"_s);
        f.clock.advanceSeconds(3600);
        const QDateTime joinedAt = f.clock.now();
        MemberInput in;
        in.name = u"C"_s;
        in.note = u"came with Li"_s;
        in.referrerId = referrer;
        Member m;
        MemberSaveError saveError;
        QVERIFY(MemberService(f.context()).add(in, &m, &saveError));
        buy(f, m.id, 10000); // in the same second as the registration
        moveTo(f, QDate(2025, 2, 1));
        buy(f, m.id, 5000);

        MemberTimeline timeline(f.context());
        MemberTimeline::Page page;
        QVERIFY2(timeline.load(m.id, 0, 100, &page, &error), qPrintable(error));
        QStringList kinds;
        for (const TimelineItem& it : page.items)
            kinds << it.kindKey;
        QCOMPARE(kinds, (QStringList{u"points"_s, u"purchase"_s, u"points"_s, u"purchase"_s, u"note"_s,
                                     u"joined"_s}));
        const TimelineItem& joined = page.items.last();
        QCOMPARE(joined.kind, TimelineItem::Kind::Joined);
        QCOMPARE(joined.time, joinedAt);
        QCOMPARE(joined.refId, m.id);
        QCOMPARE(joined.title, u"Joined"_s);
        QCOMPARE(joined.detail, u"card %1, referred by Referrer Li"_s.arg(m.card));
        QVERIFY(!joined.hasAmount);
        QVERIFY(!joined.hasPoints);

        // Paged: the entry is the last of the last page, once.
        MemberTimeline::Page first, last;
        QVERIFY(timeline.load(m.id, 0, 5, &first, &error));
        QVERIFY(first.hasMore);
        QVERIFY(timeline.load(m.id, 5, 5, &last, &error));
        QVERIFY(!last.hasMore);
        QCOMPARE(last.items.size(), 1);
        QCOMPARE(last.items.first().kindKey, u"joined"_s);

        // Without a referrer only the card; a referrer anonymised since is not named.
        QVERIFY(timeline.load(referrer, 0, 10, &page, &error));
        QCOMPARE(page.items.size(), 2); // C's first purchase paid the referral bonus
        Member referrerRow;
        QVERIFY(MemberService(f.context()).get(referrer, &referrerRow, &error));
        QCOMPARE(page.items.last().kindKey, u"joined"_s);
        QCOMPARE(page.items.last().detail, u"card %1"_s.arg(referrerRow.card));
        QVERIFY(PrivacyService(f.context()).anonymize(referrer, u"asked to be forgotten"_s, &error));
        QVERIFY(timeline.load(m.id, 0, 100, &page, &error));
        QCOMPARE(page.items.last().detail, u"card %1, referred by a member since anonymised"_s.arg(m.card));

        // A member whose history goes back before they were added here (an import from an older system):
        // the entry does not claim they joined on the day of the import.
        moveTo(f, QDate(2025, 6, 1));
        const qint64 imported = addMember(f, u"Imported Wu"_s);
        moveTo(f, QDate(2024, 3, 5));
        buy(f, imported, 2000);
        QVERIFY(timeline.load(imported, 0, 10, &page, &error));
        QCOMPARE(page.items.first().kindKey, u"joined"_s);
        QCOMPARE(page.items.first().title, u"Added to MemberDesk"_s);
        QCOMPARE(page.items.last().kindKey, u"purchase"_s); // the earlier purchase below it
    }
};

QTEST_GUILESS_MAIN(TestMemberTimeline)
#include "TestMemberTimeline.moc"
