// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "domain/CardNumber.h"
#include "services/MemberService.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestMemberService : public QObject
{
    Q_OBJECT

    static MemberInput input(const QString& name, const QString& phone = {})
    {
        MemberInput in;
        in.name = name;
        in.phone = phone;
        return in;
    }

private slots:
    void registersWithNameAndPhone()
    {
        test::DatabaseFixture f;
        MemberService members(f.context());
        Member m;
        MemberSaveError error;
        QVERIFY2(members.add(input(u"  张伟 "_s, u"+86 138-0013-8000"_s), &m, &error), qPrintable(error.message));
        QCOMPARE(m.name, u"张伟"_s);
        QCOMPARE(m.phone, u"13800138000"_s);
        QCOMPARE(m.card.size(), 12);
        QVERIFY(CardNumber::hasValidCheckDigit(m.card));
        QCOMPARE(m.tier, 0);
        QCOMPARE(m.points, 0);
        QCOMPARE(m.createdAt, f.clock.now());
        QCOMPARE(members.idByPhone(u"138 0013 8000"_s), m.id);
        QCOMPARE(members.idByCard(m.card), m.id);
    }

    void generatedCardsAreUnique()
    {
        test::DatabaseFixture f;
        MemberService members(f.context());
        Member a, b;
        MemberSaveError error;
        MemberInput scanned = input(u"Scanned"_s);
        scanned.card = CardNumber::generate(2); // an imported card that looks like the next generated one
        QVERIFY(members.add(input(u"First"_s), &a, &error));
        QVERIFY(members.add(scanned, nullptr, &error));
        QVERIFY2(members.add(input(u"Third"_s), &b, &error), qPrintable(error.message));
        QVERIFY(a.card != b.card);
        QVERIFY(b.card != scanned.card);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("card");
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<qint64>("referrer");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty name") << u"  "_s << QString() << QString() << QDate() << qint64(0) << u"name"_s;
        QTest::newRow("name too long") << QString(41, u'王') << QString() << QString() << QDate() << qint64(0) << u"name"_s;
        QTest::newRow("control character") << u"Li\u0007"_s << QString() << QString() << QDate() << qint64(0) << u"name"_s;
        QTest::newRow("phone too short") << u"A"_s << u"1380013"_s << QString() << QDate() << qint64(0) << u"phone"_s;
        QTest::newRow("phone letters") << u"A"_s << u"138abc00000"_s << QString() << QDate() << qint64(0) << u"phone"_s;
        QTest::newRow("mobile bad prefix") << u"A"_s << u"12800138000"_s << QString() << QDate() << qint64(0) << u"phone"_s;
        QTest::newRow("duplicate phone") << u"B"_s << u"13900001111"_s << QString() << QDate() << qint64(0) << u"phone"_s;
        QTest::newRow("duplicate card") << u"B"_s << QString() << u"VIP-0001"_s << QDate() << qint64(0) << u"card"_s;
        QTest::newRow("mistyped card") << u"B"_s << QString() << u"800000000019"_s << QDate() << qint64(0) << u"card"_s;
        QTest::newRow("card too short") << u"B"_s << QString() << u"12"_s << QDate() << qint64(0) << u"card"_s;
        QTest::newRow("birthday in future") << u"B"_s << QString() << QString() << QDate(2026, 3, 16) << qint64(0) << u"birthday"_s;
        QTest::newRow("birthday too old") << u"B"_s << QString() << QString() << QDate(1899, 1, 1) << qint64(0) << u"birthday"_s;
        QTest::newRow("unknown referrer") << u"B"_s << QString() << QString() << QDate() << qint64(999) << u"referrer"_s;
    }
    void refusesBadInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, phone);
        QFETCH(QString, card);
        QFETCH(QDate, birthday);
        QFETCH(qint64, referrer);
        QFETCH(QString, field);
        test::DatabaseFixture f;
        MemberService members(f.context());
        MemberInput existing = input(u"Existing"_s, u"13900001111"_s);
        existing.card = u"vip-0001"_s;
        Member first;
        MemberSaveError error;
        QVERIFY(members.add(existing, &first, &error));
        QCOMPARE(first.card, u"VIP-0001"_s);

        MemberInput in = input(name, phone);
        in.card = card;
        in.birthday = birthday;
        in.referrerId = referrer;
        QVERIFY(!members.add(in, nullptr, &error));
        QCOMPARE(error.field, field);
        QVERIFY(!error.message.isEmpty());
        if (field == u"phone"_s && phone == u"13900001111"_s)
            QCOMPARE(error.existingMemberId, first.id); // the counter can open the existing member
        QCOMPARE(f.count(u"members"_s), 1); // nothing partial written
    }

    void referralCyclesAndSelfReferralRefused()
    {
        test::DatabaseFixture f;
        MemberService members(f.context());
        Member a, b, c;
        MemberSaveError error;
        QVERIFY(members.add(input(u"A"_s), &a, &error));
        MemberInput bIn = input(u"B"_s);
        bIn.referrerId = a.id;
        QVERIFY(members.add(bIn, &b, &error));
        MemberInput cIn = input(u"C"_s);
        cIn.referrerId = b.id;
        QVERIFY(members.add(cIn, &c, &error));
        MemberInput aIn = input(u"A"_s);
        aIn.referrerId = c.id; // A → C → B → A
        QVERIFY(!members.update(a.id, aIn, &error));
        QCOMPARE(error.field, u"referrer"_s);
        aIn.referrerId = a.id;
        QVERIFY(!members.update(a.id, aIn, &error));
        QCOMPARE(error.field, u"referrer"_s);
    }

    void updateKeepsCardAndConsentTime()
    {
        test::DatabaseFixture f;
        MemberService members(f.context());
        MemberInput in = input(u"Old"_s, u"13500000000"_s);
        in.consent = true;
        Member m;
        MemberSaveError error;
        QVERIFY(members.add(in, &m, &error));
        const QDateTime consentAt = m.consentAt;
        QVERIFY(consentAt.isValid());
        f.clock.advanceDays(3);
        in.name = u"New"_s;
        in.phone = u"13500000001"_s;
        QVERIFY2(members.update(m.id, in, &error), qPrintable(error.message));
        Member after;
        QVERIFY(members.get(m.id, &after));
        QCOMPARE(after.name, u"New"_s);
        QCOMPARE(after.card, m.card);
        QCOMPARE(after.consentAt, consentAt);
        QCOMPARE(after.updatedAt, f.clock.now());
        QCOMPARE(members.idByPhone(u"13500000000"_s), 0);
        in.consent = false;
        QVERIFY(members.update(m.id, in, &error));
        QVERIFY(members.get(m.id, &after));
        QVERIFY(!after.consentAt.isValid());
    }

    void ownPhoneIsNotADuplicate()
    {
        test::DatabaseFixture f;
        MemberService members(f.context());
        Member m;
        MemberSaveError error;
        QVERIFY(members.add(input(u"A"_s, u"13500000000"_s), &m, &error));
        QVERIFY2(members.update(m.id, input(u"A2"_s, u"135 0000 0000"_s), &error), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestMemberService)
#include "TestMemberService.moc"
