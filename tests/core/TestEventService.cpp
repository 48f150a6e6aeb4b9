// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "events/EventInvitations.h"
#include "events/EventService.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {

EventInput sample(const QDateTime& start, int hours = 3)
{
    EventInput in;
    in.title = u"  VIP 品鉴会  "_s;
    in.startsAt = start;
    in.endsAt = start.addSecs(3600 * hours);
    in.place = u"本店二楼"_s;
    in.description = u"新品试吃"_s;
    in.offer = u"满300减50"_s;
    in.costFen = 150000;
    in.capacity = 20;
    return in;
}

int audits(DatabaseFixture& f, const QString& action)
{
    QSqlQuery q(f.db.sql());
    q.prepare(u"SELECT count(*) FROM audit_log WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestEventService : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("hours");
        QTest::addColumn<qint64>("cost");
        QTest::addColumn<int>("capacity"); // -1: none
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("fine") << u"Tea tasting"_s << 2 << 0LL << -1 << QString();
        QTest::newRow("no title") << u"   "_s << 2 << 0LL << -1 << u"title"_s;
        QTest::newRow("long title") << QString(61, u'x') << 2 << 0LL << -1 << u"title"_s;
        QTest::newRow("ends before start") << u"X"_s << -1 << 0LL << -1 << u"end after"_s;
        QTest::newRow("ends at start") << u"X"_s << 0 << 0LL << -1 << u"end after"_s;
        QTest::newRow("negative cost") << u"X"_s << 2 << -1LL << -1 << u"cost"_s;
        QTest::newRow("zero capacity") << u"X"_s << 2 << 0LL << 0 << u"capacity"_s;
        QTest::newRow("one seat") << u"X"_s << 2 << 0LL << 1 << QString();
    }
    void validation()
    {
        QFETCH(QString, title);
        QFETCH(int, hours);
        QFETCH(qint64, cost);
        QFETCH(int, capacity);
        QFETCH(QString, errorPart);
        DatabaseFixture f;
        EventInput in = sample(QDateTime(QDate(2026, 4, 1), QTime(18, 0)), hours);
        in.title = title;
        in.costFen = cost;
        in.capacity = capacity < 0 ? std::nullopt : std::optional<int>(capacity);
        qint64 id = 0;
        QString error;
        const bool ok = EventService(f.context()).create(in, &id, &error);
        QCOMPARE(ok, errorPart.isEmpty());
        QCOMPARE(f.count(u"events"_s), ok ? 1 : 0);
        if (!ok)
            QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
    }

    void createGetUpdate()
    {
        DatabaseFixture f;
        EventService events(f.context());
        qint64 id = 0;
        QString error;
        QVERIFY2(events.create(sample(QDateTime(QDate(2026, 4, 1), QTime(18, 0))), &id, &error),
                 qPrintable(error));
        Event e;
        QVERIFY(events.get(id, &e, &error));
        QCOMPARE(e.title, u"VIP 品鉴会"_s);
        QCOMPARE(e.startsAt, QDateTime(QDate(2026, 4, 1), QTime(18, 0)));
        QCOMPARE(e.endsAt, QDateTime(QDate(2026, 4, 1), QTime(21, 0)));
        QCOMPARE(e.costFen, 150000);
        QCOMPARE(e.capacity.value_or(-1), 20);
        QCOMPARE(e.offer, u"满300减50"_s);
        QCOMPARE(e.createdAt, f.clock.now());
        QVERIFY(!e.audience.hasCriteria());
        QVERIFY(e.audienceError.isEmpty());

        EventInput in = e.toInput();
        in.capacity.reset();
        in.costFen = 99;
        QVERIFY2(events.update(id, in, &error), qPrintable(error));
        QVERIFY(events.get(id, &e, &error));
        QVERIFY(!e.capacity);
        QCOMPARE(e.costFen, 99);
        QVERIFY(!events.update(4242, in, &error));
        QVERIFY(error.contains(u"4242"_s));
        QCOMPARE(audits(f, u"event.create"_s), 1);
        QCOMPARE(audits(f, u"event.edit"_s), 1);

        AudienceFilter filter;
        filter.tiers = {2};
        filter.addedMemberIds = {3};
        QVERIFY2(events.setAudience(id, filter, &error), qPrintable(error));
        QVERIFY(events.get(id, &e, &error));
        QVERIFY(e.audience == filter);
        QCOMPARE(audits(f, u"event.audience"_s), 1);
        filter.birthdayMonth = 13;
        QVERIFY(!events.setAudience(id, filter, &error));
    }

    void clerkCannotPlan()
    {
        DatabaseFixture f;
        EventService owner(f.context());
        EventService clerk(f.context(Role::Clerk));
        qint64 id = 0;
        QString error;
        QVERIFY(!clerk.create(sample(QDateTime(QDate(2026, 4, 1), QTime(18, 0))), &id, &error));
        QVERIFY(error.contains(u"owner"_s));
        QCOMPARE(f.count(u"events"_s), 0);
        QVERIFY(owner.create(sample(QDateTime(QDate(2026, 4, 1), QTime(18, 0))), &id, &error));
        QVERIFY(!clerk.update(id, sample(QDateTime(QDate(2026, 4, 2), QTime(18, 0))), &error));
        QVERIFY(!clerk.setAudience(id, AudienceFilter{}, &error));
        QVERIFY(!clerk.remove(id, &error));
        // Reading is open: the door screen lists the events.
        Event e;
        QVERIFY(clerk.get(id, &e, &error));
        QCOMPARE(clerk.list().size(), 1);
    }

    void upcomingAndPast()
    {
        DatabaseFixture f; // now: 2026-03-15 10:00
        EventService events(f.context());
        qint64 past = 0, running = 0, soon = 0, later = 0;
        QString error;
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 3, 1), QTime(18, 0))), &past, &error));
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 3, 15), QTime(9, 0))), &running, &error));
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 5, 1), QTime(18, 0))), &later, &error));
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 3, 20), QTime(18, 0))), &soon, &error));
        auto idsOf = [](const QVector<Event>& list) {
            QVector<qint64> ids;
            for (const Event& e : list)
                ids << e.id;
            return ids;
        };
        QCOMPARE(idsOf(events.list(EventService::Which::Upcoming)), (QVector<qint64>{running, soon, later}));
        QCOMPARE(idsOf(events.list(EventService::Which::Past)), (QVector<qint64>{past}));
        QCOMPARE(idsOf(events.list()), (QVector<qint64>{running, soon, later, past}));
        f.clock.setNow(QDateTime(QDate(2026, 3, 15), QTime(12, 0))); // the running one ended at 12:00
        QCOMPARE(idsOf(events.list(EventService::Which::Past)), (QVector<qint64>{running, past}));
    }

    void deleteOnlyWithoutInvitations()
    {
        DatabaseFixture f;
        eventsAddMember(f, u"Ann"_s, Gender::Female, 0, true);
        EventService events(f.context());
        qint64 empty = 0, used = 0;
        QString error;
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 4, 1), QTime(18, 0))), &empty, &error));
        QVERIFY(events.create(sample(QDateTime(QDate(2026, 4, 2), QTime(18, 0))), &used, &error));
        InviteResult r;
        QVERIFY2(EventInvitations(f.context()).invite(used, AudienceFilter{}, &r, &error), qPrintable(error));
        QCOMPARE(r.invited, 1);
        QVERIFY(!events.remove(used, &error));
        QVERIFY2(error.contains(u"invitation"_s), qPrintable(error));
        QVERIFY(events.remove(empty, &error));
        QCOMPARE(f.count(u"events"_s), 1);
        QCOMPARE(audits(f, u"event.delete"_s), 1);
        // Capacity cannot drop below the invitations written.
        Event e;
        QVERIFY(events.get(used, &e, &error));
        EventInput in = e.toInput();
        in.capacity = 1;
        QVERIFY(events.update(used, in, &error));
        f.clock.advanceSeconds(1);
        eventsAddMember(f, u"Ben"_s, Gender::Male, 0, true);
        in.capacity = 5;
        QVERIFY(events.update(used, in, &error));
        QVERIFY(EventInvitations(f.context()).invite(used, AudienceFilter{}, &r, &error));
        QCOMPARE(r.total, 2);
        in.capacity = 1;
        QVERIFY(!events.update(used, in, &error));
        QVERIFY2(error.contains(u"2 guests"_s) || error.contains(u"2 guest"_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestEventService)
#include "TestEventService.moc"
