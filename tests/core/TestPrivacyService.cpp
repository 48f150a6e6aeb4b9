// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include "services/IntegrityChecker.h"
#include "services/MemberSearch.h"
#include "services/MemberService.h"
#include "services/PrivacyService.h"
#include "services/PurchaseService.h"

#include <QSqlQuery>

using namespace md;
using namespace md::test;

class TestPrivacyService : public QObject
{
    Q_OBJECT
private slots:
    void consentIsDated();
    void anonymize();
    void notesOfOthersStayAppendOnly();
    void clerkCannotAnonymize();
    void refusals();
};

namespace {
qint64 addMember(DatabaseFixture& f, bool consent = false)
{
    MemberInput in;
    in.name = QStringLiteral("王小明");
    in.phone = QStringLiteral("138 0013 8000");
    in.birthday = QDate(1990, 5, 20);
    in.gender = Gender::Male;
    in.consent = consent;
    in.externalRef = QStringLiteral("EXCEL-17");
    in.note = QStringLiteral("likes green tea, lives at 5 Garden Rd");
    Member m;
    MemberSaveError error;
    if (!MemberService(f.context()).add(in, &m, &error))
        qFatal("%s", qPrintable(error.message));
    return m.id;
}
} // namespace

void TestPrivacyService::consentIsDated()
{
    DatabaseFixture f;
    const qint64 id = addMember(f, true);
    Member m;
    QVERIFY(MemberService(f.context()).get(id, &m));
    QVERIFY(m.consent);
    QCOMPARE(m.consentAt, f.clock.now());
}

void TestPrivacyService::anonymize()
{
    DatabaseFixture f;
    const qint64 id = addMember(f, true);
    PurchaseRequest r;
    r.memberId = id;
    r.grossFen = 25000;
    PurchaseResult bought;
    QString error;
    QVERIFY(PurchaseService(f.context()).record(r, &bought, &error));
    QSqlQuery(f.db.sql())
        .exec(QStringLiteral("INSERT INTO followups(member_id, time, channel, outcome) VALUES(1, "
                             "'2026-03-01T10:00:00', 'phone', "
                             "'talked to his wife at 13800138000')"));
    Member before;
    QVERIFY(MemberService(f.context()).get(id, &before));

    f.clock.advanceSeconds(60);
    QVERIFY2(PrivacyService(f.context()).anonymize(id, QStringLiteral("customer request"), &error),
             qPrintable(error));
    Member after;
    QVERIFY(MemberService(f.context()).get(id, &after));
    QVERIFY(after.anonymized);
    QCOMPARE(after.name, PrivacyService::placeholderName(id));
    QVERIFY(after.phone.isEmpty());
    QVERIFY(!after.birthday.isValid());
    QVERIFY(after.note.isEmpty());
    QVERIFY(after.externalRef.isEmpty());
    QCOMPARE(after.gender, Gender::Unknown);
    QVERIFY(!after.consent);
    // What the shop's totals need stays.
    QCOMPARE(after.card, before.card);
    QCOMPARE(after.points, before.points);
    QCOMPARE(after.paidTotalFen, before.paidTotalFen);
    QCOMPARE(after.visits, 1);
    QCOMPARE(f.count(QStringLiteral("purchases")), 1);
    QCOMPARE(PurchaseService(f.context()).state(bought.purchaseId), PurchaseService::State::Active);
    QVERIFY(IntegrityChecker(f.db).problems().isEmpty());

    QSqlQuery q(f.db.sql());
    QVERIFY(q.exec(QStringLiteral("SELECT anonymized_at FROM members WHERE id = 1")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("2026-03-15T10:01:00"));
    QVERIFY(q.exec(QStringLiteral("SELECT outcome FROM followups")) && q.next());
    QVERIFY(q.value(0).toString().isEmpty());
    // Audited, without the removed data.
    QVERIFY(
        q.exec(QStringLiteral("SELECT target, details FROM audit_log WHERE action = 'member.anonymize'")) &&
        q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("member:1"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("customer request"));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE '%王小明%' OR details LIKE "
                              "'%13800138000%' OR details LIKE '%green tea%'")) &&
        q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // The note history entry is still there (the log keeps its shape), blanked.
    QVERIFY(q.exec(QStringLiteral(
                "SELECT count(*) FROM audit_log WHERE action = 'member.note' AND details = ''")) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Other entries stay append-only, even about this member.
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = '' WHERE action = 'member.anonymize'")));
    q.finish();

    // No longer found by phone or name; the phone is free for someone else.
    QCOMPARE(MemberService(f.context()).idByPhone(QStringLiteral("13800138000")), 0);
    MemberInput other;
    other.name = QStringLiteral("Someone else");
    other.phone = QStringLiteral("13800138000");
    MemberSaveError saveError;
    QVERIFY2(MemberService(f.context()).add(other, nullptr, &saveError), qPrintable(saveError.message));
    // And cannot be edited back.
    MemberInput edit;
    edit.name = QStringLiteral("王小明");
    QVERIFY(!MemberService(f.context()).update(id, edit, &saveError));
}

void TestPrivacyService::notesOfOthersStayAppendOnly()
{
    DatabaseFixture f;
    addMember(f);
    QSqlQuery q(f.db.sql());
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'member.note'")), 1);
    // Not anonymised: the note history cannot be touched.
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = '' WHERE action = 'member.note'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE action = 'member.note'")));
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'member.note' AND details <> ''")), 1);
}

void TestPrivacyService::clerkCannotAnonymize()
{
    DatabaseFixture f;
    const qint64 id = addMember(f);
    QString error;
    QVERIFY(!PrivacyService(f.context(Role::Clerk)).anonymize(id, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("owner")));
    Member m;
    QVERIFY(MemberService(f.context()).get(id, &m));
    QVERIFY(!m.anonymized);
    QCOMPARE(m.name, QStringLiteral("王小明"));
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'member.anonymize'")), 0);
}

void TestPrivacyService::refusals()
{
    DatabaseFixture f;
    const qint64 id = addMember(f);
    QString error;
    QVERIFY(!PrivacyService(f.context()).anonymize(999, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("999")));
    QVERIFY(PrivacyService(f.context()).anonymize(id, QString(), &error));
    QVERIFY(!PrivacyService(f.context()).anonymize(id, QString(), &error));
    QVERIFY(error.contains(QStringLiteral("already")));
    QCOMPARE(f.count(QStringLiteral("audit_log WHERE action = 'member.anonymize'")), 1);
}

QTEST_GUILESS_MAIN(TestPrivacyService)
#include "TestPrivacyService.moc"
