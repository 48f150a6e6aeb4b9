// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "events/EventCheckIn.h"
#include "events/EventInvitations.h"
#include "events/EventRoi.h"
#include "events/EventService.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute));
}

qint64 makeEvent(DatabaseFixture& f, const QDateTime& start, Fen cost, std::optional<int> capacity)
{
    EventInput in;
    in.title = u"VIP night %1"_s.arg(start.date().toString(Qt::ISODate));
    in.startsAt = start;
    in.endsAt = start.addSecs(3 * 3600);
    in.costFen = cost;
    in.capacity = capacity;
    qint64 id = 0;
    QString error;
    if (!EventService(f.context()).create(in, &id, &error))
        qFatal("event: %s", qPrintable(error));
    return id;
}

void checkIn(DatabaseFixture& f, qint64 event, qint64 member)
{
    const CheckInResult c = EventCheckIn(f.context()).byMember(event, member);
    if (!c.ok())
        qFatal("check-in: %s", qPrintable(c.message));
}

} // namespace

class TestEventRoi : public QObject
{
    Q_OBJECT

private slots:
    void arithmetic_data()
    {
        QTest::addColumn<int>("attended");
        QTest::addColumn<qint64>("attendeeRevenue");
        QTest::addColumn<int>("comparableMembers");
        QTest::addColumn<qint64>("comparableRevenue");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<qint64>("baseline");
        QTest::addColumn<qint64>("incremental");
        QTest::addColumn<double>("roi"); // NaN: not computable
        QTest::newRow("pays back twice")
            << 10 << 500000LL << 100 << 200000LL << 100000LL << 20000LL << 480000LL << 3.8;
        QTest::newRow("loses money") << 2 << 60000LL << 2 << 12000LL << 50000LL << 12000LL << 48000LL
                                     << -0.04;
        QTest::newRow("rounds half up")
            << 1 << 0LL << 3 << 10001LL << 10000LL << 3334LL << -3334LL << -1.3334;
        QTest::newRow("no comparable group") << 3 << 9000LL << 0 << 0LL << 3000LL << 0LL << 9000LL << 2.0;
        QTest::newRow("free event") << 3 << 9000LL << 3 << 3000LL << 0LL << 3000LL << 6000LL << qQNaN();
        QTest::newRow("nobody came") << 0 << 0LL << 5 << 5000LL << 1000LL << 0LL << 0LL << -1.0;
    }
    void arithmetic()
    {
        QFETCH(int, attended);
        QFETCH(qint64, attendeeRevenue);
        QFETCH(int, comparableMembers);
        QFETCH(qint64, comparableRevenue);
        QFETCH(qint64, cost);
        QFETCH(qint64, baseline);
        QFETCH(qint64, incremental);
        QFETCH(double, roi);
        EventRoiReport r;
        r.attended = attended;
        r.attendees.members = attended;
        r.attendees.eventRevenueFen = attendeeRevenue / 2;
        r.attendees.followRevenueFen = attendeeRevenue - attendeeRevenue / 2;
        r.comparable.members = comparableMembers;
        r.comparable.followRevenueFen = comparableRevenue;
        r.costFen = cost;
        EventRoi::finish(&r);
        QCOMPARE(r.baselineFen, baseline);
        QCOMPARE(r.incrementalFen, incremental);
        if (std::isnan(roi)) {
            QVERIFY(!r.roi);
            QVERIFY(!r.roiMessage.isEmpty());
        } else {
            QVERIFY(r.roi);
            QVERIFY2(std::fabs(*r.roi - roi) < 1e-9, qPrintable(QString::number(*r.roi)));
        }
    }

    void computedFromTheDatabase()
    {
        DatabaseFixture f; // 2026-03-15 10:00
        eventsAddMember(f, u"A"_s, Gender::Female, 1, true, QDate(1990, 3, 5));
        eventsAddMember(f, u"B"_s, Gender::Male, 1, true);
        eventsAddMember(f, u"C"_s, Gender::Female, 1, true);
        eventsAddMember(f, u"D"_s, Gender::Male, 1, true);
        eventsAddMember(f, u"E"_s, Gender::Female, 1, false);
        eventsAddMember(f, u"F"_s, Gender::Male, 0, true);
        eventsAddMember(f, u"G"_s, Gender::Female, 1, true);
        const qint64 event = makeEvent(f, at(3, 20, 18), 50000, 3);
        AudienceFilter filter;
        filter.tiers = {1};
        InviteResult invited;
        QString error;
        QVERIFY2(EventInvitations(f.context()).invite(event, filter, &invited, &error), qPrintable(error));
        QCOMPARE(invited.invited, 3); // A, B, C; D and G left out by the capacity: the comparable group

        f.clock.setNow(at(3, 20, 18, 10));
        checkIn(f, event, 1);
        checkIn(f, event, 2);
        eventsPurchase(f, 1, at(3, 20, 19), 30000);
        eventsPurchase(f, 1, at(3, 20, 19, 30), 99900, true); // voided: not revenue
        eventsPurchase(f, 1, at(3, 24, 12), 10000);           // the week after
        eventsPurchase(f, 1, at(3, 28, 12), 50000);           // after the week
        eventsPurchase(f, 2, at(3, 19, 12), 5000);            // before the event
        eventsPurchase(f, 2, at(3, 20, 21), 20000);           // the last second of the event
        eventsPurchase(f, 3, at(3, 20, 19), 100000);          // invited, did not come
        eventsPurchase(f, 4, at(3, 22, 10), 12000);           // comparable
        eventsPurchase(f, 6, at(3, 20, 19), 7000);            // neither group

        f.clock.setNow(at(3, 30, 9));
        EventRoiReport r;
        QVERIFY(!EventRoi::compute(f.context(Role::Clerk), event, &r, &error));
        QVERIFY2(EventRoi::compute(f.context(), event, &r, &error), qPrintable(error));
        QVERIFY(r.complete);
        QCOMPARE(r.invited, 3);
        QCOMPARE(r.attended, 2);
        QCOMPARE(r.attendees.members, 2);
        QCOMPARE(r.attendees.buyers, 2);
        QCOMPARE(r.attendees.eventPurchases, 2);
        QCOMPARE(r.attendees.eventRevenueFen, 50000);
        QCOMPARE(r.attendees.followPurchases, 1);
        QCOMPARE(r.attendees.followRevenueFen, 10000);
        QCOMPARE(r.comparableBasis, EventRoiReport::ComparableBasis::SavedAudience);
        QCOMPARE(r.comparable.members, 2); // D and G
        QCOMPARE(r.comparable.buyers, 1);
        QCOMPARE(r.comparable.revenueFen(), 12000);
        QCOMPARE(r.comparablePerMemberFen(), 6000);
        QCOMPARE(r.costFen, 50000);
        QCOMPARE(r.baselineFen, 12000);
        QCOMPARE(r.incrementalFen, 48000);
        QVERIFY(r.roi);
        QVERIFY(std::fabs(*r.roi + 0.04) < 1e-9);

        f.clock.setNow(at(3, 21, 9));
        QVERIFY(EventRoi::compute(f.context(), event, &r, &error));
        QVERIFY(!r.complete);

        // Everyone the filter matched was invited: the comparison falls back to the attendees' tiers.
        f.clock.setNow(at(3, 30, 10));
        const qint64 second = makeEvent(f, at(4, 10, 18), 10000, {});
        AudienceFilter march;
        march.birthdayMonth = 3;
        QVERIFY(EventInvitations(f.context()).invite(second, march, &invited, &error));
        QCOMPARE(invited.invited, 1);
        f.clock.setNow(at(4, 10, 18, 5));
        checkIn(f, second, 1);
        eventsPurchase(f, 1, at(4, 10, 19), 8000);
        eventsPurchase(f, 2, at(4, 12, 19), 4000);
        f.clock.setNow(at(4, 20, 9));
        QVERIFY2(EventRoi::compute(f.context(), second, &r, &error), qPrintable(error));
        QCOMPARE(r.comparableBasis, EventRoiReport::ComparableBasis::SameTiers);
        QCOMPARE(r.comparable.members, 4); // B, C, D, G: tier 1, consenting, not invited
        QCOMPARE(r.comparable.revenueFen(), 4000);
        QCOMPARE(r.baselineFen, 1000);
        QCOMPARE(r.attendees.revenueFen(), 8000);
        QCOMPARE(r.incrementalFen, 7000);
        QVERIFY(std::fabs(*r.roi + 0.3) < 1e-9);
        QVERIFY(!r.basisText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEventRoi)
#include "TestEventRoi.moc"
