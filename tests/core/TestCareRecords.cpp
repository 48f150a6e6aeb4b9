// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyHelpers.h"
#include "TestDatabaseFixture.h"
#include "services/CareRecords.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

class TestCareRecords : public QObject
{
    Q_OBJECT

private slots:
    void followupValidation_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QDate>("next");
        QTest::addColumn<int>("hoursAgo"); // negative: in the future
        QTest::addColumn<bool>("ok");
        QTest::newRow("phone, next in a month")
            << u"phone"_s << u"happy"_s << QDate(2026, 4, 15) << 0 << true;
        QTest::newRow("no next date") << u"wechat"_s << u"no answer"_s << QDate() << 0 << true;
        QTest::newRow("nothing written") << u"phone"_s << u"  "_s << QDate(2026, 4, 15) << 0 << false;
        QTest::newRow("recorded afterwards") << u"visit"_s << u"came in"_s << QDate() << 30 << true;
        QTest::newRow("unknown channel") << u"fax"_s << QString() << QDate() << 0 << false;
        QTest::newRow("next date today") << u"phone"_s << QString() << QDate(2026, 3, 15) << 0 << false;
        QTest::newRow("in the future") << u"phone"_s << QString() << QDate() << -5 << false;
        QTest::newRow("outcome too long") << u"sms"_s << QString(1001, u'x') << QDate() << 0 << false;
    }
    void followupValidation()
    {
        QFETCH(QString, channel);
        QFETCH(QString, outcome);
        QFETCH(QDate, next);
        QFETCH(int, hoursAgo);
        QFETCH(bool, ok);
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        CareRecords care(f.context(Role::Clerk)); // the counter records follow-ups
        FollowupInput in{hoursAgo != 0 ? f.clock.now().addSecs(-3600 * hoursAgo) : QDateTime(), channel,
                         outcome, next};
        qint64 id = 0;
        QString error;
        QCOMPARE(care.addFollowup(m, in, &id, &error), ok);
        QCOMPARE(care.followups(m).size(), ok ? 1 : 0);
        if (ok) {
            const Followup f1 = care.followups(m).first();
            QCOMPARE(f1.channel, channel);
            QCOMPARE(f1.nextDate, next);
            QCOMPARE(f1.time, in.time.isValid() ? in.time : f.clock.now());
        } else {
            QVERIFY(!error.isEmpty());
        }
    }

    void unknownMemberRefused()
    {
        DatabaseFixture f;
        QString error;
        QVERIFY(!CareRecords(f.context()).addFollowup(77, {{}, u"phone"_s, {}, {}}, nullptr, &error));
        QVERIFY(error.contains(u"77"_s));
        QVERIFY(!CareRecords(f.context()).openComplaint(77, u"x"_s, nullptr, &error));
    }

    void complaintLifecycle()
    {
        DatabaseFixture f;
        const qint64 m = addMember(f, u"A"_s);
        QSqlQuery users(f.db.sql());
        QVERIFY(users.exec(u"INSERT INTO users(id, name, role, created_at) VALUES (1, 'Wang', 'clerk', "
                           "'2026-01-01T00:00:00'), (2, 'Boss', 'owner', '2026-01-01T00:00:00')"_s));
        ServiceContext clerk{f.db, f.clock, Actor{1, Role::Clerk, u"Wang"_s}};
        ServiceContext owner{f.db, f.clock, Actor{2, Role::Owner, u"Boss"_s}};
        qint64 id = 0;
        QString error;
        QVERIFY(!CareRecords(clerk).openComplaint(m, u"   "_s, &id, &error)); // a description is required
        QVERIFY(CareRecords(clerk).openComplaint(m, u"The cake was stale"_s, &id, &error));
        f.clock.advanceSeconds(3600);
        QVERIFY(CareRecords(clerk).markHandled(id, u"called back"_s, &error));
        QVERIFY(!CareRecords(clerk).markHandled(id, u"again"_s, &error));
        QCOMPARE(CareRecords(f.context()).openComplaints().size(), 1);
        f.clock.advanceSeconds(86400);
        QVERIFY(!CareRecords(owner).resolve(id, u""_s, &error)); // a resolution is required
        QVERIFY(CareRecords(owner).resolve(id, u"Replaced the cake"_s, &error));
        QVERIFY(!CareRecords(owner).resolve(id, u"twice"_s, &error));
        QVERIFY(error.contains(u"already resolved"_s));
        Complaint c;
        QVERIFY(CareRecords(f.context()).complaint(id, &c, &error));
        QCOMPARE(c.openedBy, u"Wang"_s);
        QCOMPARE(c.handledBy, u"Wang"_s);
        QCOMPARE(c.resolvedBy, u"Boss"_s);
        QCOMPARE(c.openedAt, QDateTime(QDate(2026, 3, 15), QTime(10, 0)));
        QCOMPARE(c.handledAt, QDateTime(QDate(2026, 3, 15), QTime(11, 0)));
        QCOMPARE(c.resolvedAt, QDateTime(QDate(2026, 3, 16), QTime(11, 0)));
        QCOMPARE(c.resolution, u"Replaced the cake"_s);
        QVERIFY(!c.isOpen());
        QVERIFY(CareRecords(f.context()).openComplaints().isEmpty());
        QCOMPARE(CareRecords(f.context()).complaints(m).size(), 1);
        // Resolving without a separate handling step marks it handled at the same moment.
        QVERIFY(CareRecords(owner).openComplaint(m, u"Queue too long"_s, &id, &error));
        QVERIFY(CareRecords(owner).resolve(id, u"Second till opened"_s, &error));
        QVERIFY(CareRecords(f.context()).complaint(id, &c, &error));
        QCOMPARE(c.handledAt, c.resolvedAt);
        QCOMPARE(c.handledBy, u"Boss"_s);
        QCOMPARE(f.count(u"audit_log WHERE action LIKE 'complaint.%'"_s), 5);
    }
};

QTEST_GUILESS_MAIN(TestCareRecords)
#include "TestCareRecords.moc"
