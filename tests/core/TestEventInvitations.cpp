// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "events/EventCheckIn.h"
#include "events/EventInvitations.h"
#include "events/EventService.h"
#include "events/InvitationToken.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {

qint64 makeEvent(DatabaseFixture& f, const QString& title, const QDateTime& start,
                 std::optional<int> capacity)
{
    EventInput in;
    in.title = title;
    in.startsAt = start;
    in.endsAt = start.addSecs(3 * 3600);
    in.capacity = capacity;
    in.costFen = 100000;
    qint64 id = 0;
    QString error;
    if (!EventService(f.context()).create(in, &id, &error))
        qFatal("event: %s", qPrintable(error));
    return id;
}

QString tokenOf(EventInvitations& invitations, qint64 eventId, qint64 memberId)
{
    for (const Invitation& i : invitations.list(eventId))
        if (i.memberId == memberId)
            return i.token;
    return {};
}

qint64 scalar(DatabaseFixture& f, const QString& sql)
{
    QSqlQuery q(f.db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QByteArray storeKey(DatabaseFixture& f)
{
    QByteArray key;
    QString error;
    if (!InvitationToken::storeKey(f.db, &key, &error))
        qFatal("key: %s", qPrintable(error));
    return key;
}

} // namespace

class TestEventInvitations : public QObject
{
    Q_OBJECT

private slots:
    void inviteIsIdempotentAndRespectsCapacityAndConsent()
    {
        DatabaseFixture f;
        eventsShop(f);
        const qint64 a = makeEvent(f, u"Spring tasting"_s, QDateTime(QDate(2026, 3, 20), QTime(18, 0)), 3);
        EventInvitations invitations(f.context());
        InviteResult r;
        QString error;
        QVERIFY2(invitations.invite(a, AudienceFilter{}, &r, &error), qPrintable(error));
        QCOMPARE(r.invited, 3); // Alice, Bob, Dan: the three highest spenders who consented
        QCOMPARE(r.alreadyInvited, 0);
        QCOMPARE(r.excluded, 4); // Gina, Frank (capacity), Carol (consent), Eve (anonymised)
        QCOMPARE(r.total, 3);
        QCOMPARE(invitations.invitedMemberIds(a), (QSet<qint64>{1, 2, 4}));

        QVERIFY(invitations.invite(a, AudienceFilter{}, &r, &error));
        QCOMPARE(r.invited, 0);
        QCOMPARE(r.alreadyInvited, 3);
        QCOMPARE(f.count(u"event_invitations"_s), 3);

        // More seats, at most one more guest now.
        EventService events(f.context());
        Event e;
        QVERIFY(events.get(a, &e, &error));
        EventInput in = e.toInput();
        in.capacity = 10;
        QVERIFY(events.update(a, in, &error));
        QVERIFY(invitations.invite(a, AudienceFilter{}, &r, &error, 1));
        QCOMPARE(r.invited, 1);
        QCOMPARE(r.total, 4);
        QVERIFY(invitations.invitedMemberIds(a).contains(7));
        QVERIFY(invitations.invite(a, AudienceFilter{}, &r, &error));
        QCOMPARE(r.invited, 1); // Frank
        QCOMPARE(r.total, 5);
        // Nobody without consent or anonymised, whatever the filter says.
        AudienceFilter everyone;
        everyone.addedMemberIds = {3, 5};
        QVERIFY(invitations.invite(a, everyone, &r, &error));
        QCOMPARE(r.invited, 0);
        QCOMPARE(scalar(f, u"SELECT count(*) FROM event_invitations WHERE member_id IN (3, 5)"_s), 0);
        // The filter is saved with the event; each call is audited.
        QVERIFY(events.get(a, &e, &error));
        QVERIFY(e.audience == everyone);
        QCOMPARE(e.invited, 5);
        QCOMPARE(scalar(f, u"SELECT count(*) FROM audit_log WHERE action = 'event.invite'"_s), 5);

        // Tokens are distinct, unique per member, and verify back to their ids.
        const QByteArray key = storeKey(f);
        QSet<QString> seen;
        for (const Invitation& i : invitations.list(a)) {
            QVERIFY(!seen.contains(i.token));
            seen.insert(i.token);
            QVERIFY(i.token.size() <= 40);
            QVERIFY(
                QRegularExpression(u"^MD1\\.[0-9]+\\.[0-9]+\\.[A-Z2-7]{24}$"_s).match(i.token).hasMatch());
            InvitationToken::Parsed p;
            QVERIFY2(InvitationToken::verify(key, i.token, &p, &error), qPrintable(error));
            QCOMPARE(p.eventId, a);
            QCOMPARE(p.memberId, i.memberId);
        }
    }

    void clerkCannotInvite()
    {
        DatabaseFixture f;
        eventsShop(f);
        const qint64 a = makeEvent(f, u"Tasting"_s, QDateTime(QDate(2026, 3, 20), QTime(18, 0)), {});
        InviteResult r;
        QString error;
        QVERIFY(!EventInvitations(f.context(Role::Clerk)).invite(a, AudienceFilter{}, &r, &error));
        QVERIFY(error.contains(u"owner"_s));
        QCOMPARE(f.count(u"event_invitations"_s), 0);
        // An event that has ended takes no invitations.
        f.clock.setNow(QDateTime(QDate(2026, 3, 21), QTime(9, 0)));
        QVERIFY(!EventInvitations(f.context()).invite(a, AudienceFilter{}, &r, &error));
        QVERIFY2(error.contains(u"ended"_s), qPrintable(error));
    }

    void tokenKeyIsCreatedOnceAndRandom()
    {
        DatabaseFixture f;
        DatabaseFixture g;
        const QByteArray k1 = storeKey(f);
        QCOMPARE(k1.size(), 32);
        QCOMPARE(storeKey(f), k1);
        QVERIFY(storeKey(g) != k1);
        QVERIFY(InvitationToken::make(k1, 1, 2) != InvitationToken::make(storeKey(g), 1, 2));
    }

    void tokenTampering_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("last character changed") << 0;
        QTest::newRow("other member's id") << 1;
        QTest::newRow("other event's id") << 2;
        QTest::newRow("other shop's key") << 3;
        QTest::newRow("garbage") << 4;
        QTest::newRow("truncated") << 5;
        QTest::newRow("leading zero id") << 6;
        QTest::newRow("empty") << 7;
    }
    void tokenTampering()
    {
        QFETCH(int, kind);
        const QByteArray key(32, 'k');
        const QString good = InvitationToken::make(key, 12, 345);
        QString bad;
        switch (kind) {
        case 0:
            bad = good.left(good.size() - 1) + (good.endsWith(u'A') ? u"B"_s : u"A"_s);
            break;
        case 1:
            bad = QString(good).replace(u".345."_s, u".346."_s);
            break;
        case 2:
            bad = QString(good).replace(u"MD1.12."_s, u"MD1.13."_s);
            break;
        case 3:
            bad = InvitationToken::make(QByteArray(32, 'x'), 12, 345);
            break;
        case 4:
            bad = u"https://example.com/?q=1"_s;
            break;
        case 5:
            bad = good.left(good.size() - 2);
            break;
        case 6:
            bad = QString(good).replace(u"MD1.12."_s, u"MD1.012."_s);
            break;
        case 7:
            break;
        }
        InvitationToken::Parsed p;
        QString error;
        QVERIFY(InvitationToken::verify(key, good, &p, &error));
        QVERIFY(InvitationToken::verify(key, u"  "_s + good.toLower() + u"\n"_s, &p,
                                        &error)); // Caps Lock, newline
        QVERIFY(!InvitationToken::verify(key, bad, &p, &error));
        QVERIFY(!error.isEmpty());
    }

    void checkInAtTheDoor()
    {
        DatabaseFixture f;
        eventsShop(f);
        QSqlQuery users(f.db.sql());
        QVERIFY(users.exec(u"INSERT INTO users(name, role, created_at) VALUES('Xiao Li', 'clerk', "
                           "'2026-01-01T00:00:00')"_s));
        const qint64 clerkId = users.lastInsertId().toLongLong();
        const qint64 a = makeEvent(f, u"Spring tasting"_s, QDateTime(QDate(2026, 3, 20), QTime(18, 0)), {});
        const qint64 b = makeEvent(f, u"Mooncake night"_s, QDateTime(QDate(2026, 3, 25), QTime(18, 0)), {});
        EventInvitations invitations(f.context());
        InviteResult r;
        QString error;
        AudienceFilter a2;
        a2.tiers = {1, 2};
        QVERIFY(invitations.invite(a, a2, &r, &error)); // Alice, Bob, Gina
        QCOMPARE(r.invited, 3);
        QVERIFY(invitations.invite(b, AudienceFilter{}, &r, &error));
        const QString alice = tokenOf(invitations, a, 1);
        const QString aliceB = tokenOf(invitations, b, 1);
        const QString dan = tokenOf(invitations, b, 4);
        QVERIFY(!alice.isEmpty() && !aliceB.isEmpty() && !dan.isEmpty());

        ServiceContext clerk = f.context(Role::Clerk);
        clerk.actor.userId = clerkId;
        clerk.actor.name = u"Xiao Li"_s;
        EventCheckIn door(clerk);

        // Too early: nothing recorded.
        CheckInResult c = door.byToken(a, alice);
        QCOMPARE(c.status, CheckInResult::Status::Closed);
        QVERIFY2(c.message.contains(u"opens"_s), qPrintable(c.message));
        QCOMPARE(scalar(f, u"SELECT count(*) FROM event_invitations WHERE checked_in_at IS NOT NULL"_s), 0);

        f.clock.setNow(QDateTime(QDate(2026, 3, 20), QTime(17, 45)));
        c = door.byToken(a, alice);
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.statusKey(), u"checked_in"_s);
        QCOMPARE(c.memberId, 1);
        QCOMPARE(c.eventId, a);
        QCOMPARE(c.name, u"Alice"_s);
        QCOMPARE(c.honorificName, u"Ms Alice"_s);
        QCOMPARE(c.tier, 2);
        QVERIFY(!c.tierName.isEmpty());
        QVERIFY(c.message.contains(u"Ms Alice"_s));
        QCOMPARE(
            scalar(f, u"SELECT checked_in_by FROM event_invitations WHERE event_id = 1 AND member_id = 1"_s),
            clerkId);

        // Second scan: refused with the time of the first and who recorded it.
        f.clock.advanceSeconds(600);
        c = door.byToken(a, alice);
        QCOMPARE(c.status, CheckInResult::Status::AlreadyCheckedIn);
        QVERIFY(c.alreadyCheckedIn());
        QCOMPARE(c.firstCheckInAt, QDateTime(QDate(2026, 3, 20), QTime(17, 45)));
        QCOMPARE(c.firstCheckInBy, u"Xiao Li"_s);
        QVERIFY2(c.message.contains(u"already"_s) && c.message.contains(u"Xiao Li"_s), qPrintable(c.message));

        // The invitation to the other event names it.
        c = door.byToken(a, aliceB);
        QCOMPARE(c.status, CheckInResult::Status::OtherEvent);
        QCOMPARE(c.otherEventTitle, u"Mooncake night"_s);
        QVERIFY2(c.message.contains(u"Mooncake night"_s), qPrintable(c.message));
        c = door.byToken(a, dan);
        QCOMPARE(c.status, CheckInResult::Status::OtherEvent);

        // Forged: Bob's id with Alice's MAC.
        QString forged = alice;
        forged.replace(u".1."_s, u".2."_s);
        c = door.byToken(a, forged);
        QCOMPARE(c.status, CheckInResult::Status::InvalidToken);
        QVERIFY(!c.message.isEmpty());
        QCOMPARE(door.byToken(a, u"12345"_s).status, CheckInResult::Status::InvalidToken);

        // By phone (as typed) and by card.
        c = door.byCardOrPhone(a, u"138 0000 0002"_s);
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.memberId, 2);
        QCOMPARE(c.honorificName, u"Mr Bob"_s);
        QCOMPARE(door.byCardOrPhone(a, u"138 0000 0002"_s).status, CheckInResult::Status::AlreadyCheckedIn);
        Member gina;
        QVERIFY(loadMember(f.db, 7, &gina));
        c = door.byCardOrPhone(a, gina.card);
        QVERIFY2(c.ok(), qPrintable(c.message));
        // Not invited / unknown.
        c = door.byMember(a, 4);
        QCOMPARE(c.status, CheckInResult::Status::NotInvited);
        QVERIFY2(c.message.contains(u"not invited"_s) && c.message.contains(u"Dan"_s), qPrintable(c.message));
        QCOMPARE(door.byCardOrPhone(a, u"13999999999"_s).status, CheckInResult::Status::UnknownMember);
        QCOMPARE(door.byMember(999, 1).status, CheckInResult::Status::EventMissing);

        // The token's own event when none is selected (the CLI).
        f.clock.setNow(QDateTime(QDate(2026, 3, 25), QTime(18, 30)));
        c = door.byToken(0, dan);
        QVERIFY2(c.ok(), qPrintable(c.message));
        QCOMPARE(c.eventId, b);
        QCOMPARE(c.honorificName, u"Mr Dan"_s);

        // A withdrawn invitation's code no longer works; a checked-in one cannot be withdrawn.
        const QString frank = tokenOf(invitations, b, 6);
        QVERIFY(!invitations.withdraw(b, 4, &error));
        QVERIFY2(invitations.withdraw(b, 6, &error), qPrintable(error));
        c = door.byToken(b, frank);
        QCOMPARE(c.status, CheckInResult::Status::NotInvited);
        QVERIFY2(c.message.contains(u"withdrawn"_s), qPrintable(c.message));
        QVERIFY(!EventInvitations(clerk).withdraw(b, 2, &error));

        // Long after the end the door is closed.
        f.clock.setNow(QDateTime(QDate(2026, 3, 28), QTime(18, 30)));
        QCOMPARE(door.byToken(b, aliceB).status, CheckInResult::Status::Closed);

        QCOMPARE(scalar(f, u"SELECT count(*) FROM audit_log WHERE action = 'event.checkin'"_s), 4);
        QCOMPARE(scalar(f, u"SELECT count(*) FROM event_invitations WHERE checked_in_at IS NOT NULL"_s), 4);
    }
};

QTEST_GUILESS_MAIN(TestEventInvitations)
#include "TestEventInvitations.moc"
