// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include "services/AuditLog.h"
#include "services/AuditQuery.h"
#include "services/AuditText.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace md;
using namespace md::test;

class TestAuditQuery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void newestFirstAndPaged();
    void filters_data();
    void filters();
    void badFilters();
    void appendOnly();
    void readableTargetsAndDetails();

private:
    std::unique_ptr<DatabaseFixture> f;
};

void TestAuditQuery::init()
{
    f = std::make_unique<DatabaseFixture>();
    QSqlQuery q(f->db.sql());
    q.exec(QStringLiteral("INSERT INTO users(id, name, role, created_at) VALUES(1, 'Boss', 'owner', "
                          "'2026-01-01T00:00:00'), (2, 'Li', 'clerk', '2026-01-01T00:00:00')"));
    struct Row
    {
        int day;
        qint64 user;
        const char* action;
        const char* target;
        const char* details;
    };
    const Row rows[] = {
        {1, 1, "rules.set", "", "{\"tiers\":[]}"},
        {2, 0, "signin.failed", "user:2", "attempt 1"},
        {3, 2, "purchase.void", "purchase:7", "wrong amount 100%"},
        {4, 2, "signin.ok", "user:2", ""},
        {5, 1, "backup.write", "/media/usb/a.db", "4096 bytes"},
        {6, 1, "member.anonymize", "member:3", "customer request"},
    };
    QString error;
    for (const Row& r : rows) {
        f->clock.setNow(QDateTime(QDate(2026, 3, r.day), QTime(9, 30)));
        const ServiceContext ctx{f->db, f->clock, Actor{r.user, r.user == 2 ? Role::Clerk : Role::Owner, {}}};
        if (!AuditLog::record(ctx, QString::fromUtf8(r.action), QString::fromUtf8(r.target),
                              QString::fromUtf8(r.details), &error))
            qFatal("%s", qPrintable(error));
    }
}

void TestAuditQuery::cleanup()
{
    f.reset();
}

void TestAuditQuery::newestFirstAndPaged()
{
    AuditQuery query(f->context());
    AuditFilter filter;
    filter.limit = 4;
    AuditPage page;
    QString error;
    QVERIFY2(query.find(filter, &page, &error), qPrintable(error));
    QCOMPARE(page.total, 6);
    QCOMPARE(page.entries.size(), 4);
    QCOMPARE(page.entries.first().action, QStringLiteral("member.anonymize"));
    QCOMPARE(page.entries.first().userName, QStringLiteral("Boss"));
    QCOMPARE(page.entries.first().time, QDateTime(QDate(2026, 3, 6), QTime(9, 30)));
    filter.offset = 4;
    QVERIFY(query.find(filter, &page, &error));
    QCOMPARE(page.total, 6);
    QCOMPARE(page.entries.size(), 2);
    QCOMPARE(page.entries.last().action, QStringLiteral("rules.set"));
    QCOMPARE(page.entries.at(0).userName, QStringLiteral(""));
    QCOMPARE(query.actions(&error),
             QStringList({QStringLiteral("backup.write"), QStringLiteral("member.anonymize"),
                          QStringLiteral("purchase.void"), QStringLiteral("rules.set"),
                          QStringLiteral("signin.failed"), QStringLiteral("signin.ok")}));
}

void TestAuditQuery::filters_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<qint64>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // actions, newest first
    const QStringList none;
    QTest::newRow("range") << QDateTime(QDate(2026, 3, 2), QTime(0, 0))
                           << QDateTime(QDate(2026, 3, 4), QTime(9, 30)) << qint64(0) << QString()
                           << QString()
                           << QStringList{QStringLiteral("signin.ok"), QStringLiteral("purchase.void"),
                                          QStringLiteral("signin.failed")};
    QTest::newRow("user: by or about Li")
        << QDateTime() << QDateTime() << qint64(2) << QString() << QString()
        << QStringList{QStringLiteral("signin.ok"), QStringLiteral("purchase.void"),
                       QStringLiteral("signin.failed")};
    QTest::newRow("exact action") << QDateTime() << QDateTime() << qint64(0) << QStringLiteral("signin.ok")
                                  << QString() << QStringList{QStringLiteral("signin.ok")};
    QTest::newRow("action family") << QDateTime() << QDateTime() << qint64(0) << QStringLiteral("signin.")
                                   << QString()
                                   << QStringList{QStringLiteral("signin.ok"),
                                                  QStringLiteral("signin.failed")};
    QTest::newRow("text in details, any case")
        << QDateTime() << QDateTime() << qint64(0) << QString() << QStringLiteral("CUSTOMER")
        << QStringList{QStringLiteral("member.anonymize")};
    QTest::newRow("text in user name")
        << QDateTime() << QDateTime() << qint64(0) << QString() << QStringLiteral("boss")
        << QStringList{QStringLiteral("member.anonymize"), QStringLiteral("backup.write"),
                       QStringLiteral("rules.set")};
    QTest::newRow("percent is literal")
        << QDateTime() << QDateTime() << qint64(0) << QString() << QStringLiteral("100%")
        << QStringList{QStringLiteral("purchase.void")};
    QTest::newRow("underscore is literal")
        << QDateTime() << QDateTime() << qint64(0) << QString() << QStringLiteral("_") << none;
    QTest::newRow("combined") << QDateTime(QDate(2026, 3, 3), QTime(0, 0)) << QDateTime() << qint64(2)
                              << QStringLiteral("signin.") << QString()
                              << QStringList{QStringLiteral("signin.ok")};
}

void TestAuditQuery::filters()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(qint64, user);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    AuditFilter filter;
    filter.from = from;
    filter.to = to;
    filter.userId = user;
    filter.action = action;
    filter.text = text;
    AuditPage page;
    QString error;
    QVERIFY2(AuditQuery(f->context()).find(filter, &page, &error), qPrintable(error));
    QStringList actions;
    for (const AuditEntry& e : std::as_const(page.entries))
        actions << e.action;
    QCOMPARE(actions, expected);
    QCOMPARE(page.total, qint64(expected.size()));
}

void TestAuditQuery::badFilters()
{
    AuditQuery query(f->context());
    AuditPage page;
    QString error;
    AuditFilter backwards;
    backwards.from = QDateTime(QDate(2026, 3, 5), QTime(0, 0));
    backwards.to = QDateTime(QDate(2026, 3, 1), QTime(0, 0));
    QVERIFY(!query.find(backwards, &page, &error));
    QVERIFY(!error.isEmpty());
    AuditFilter huge;
    huge.limit = AuditQuery::kMaxLimit + 1;
    QVERIFY(!query.find(huge, &page, &error));
    AuditFilter zero;
    zero.limit = 0;
    QVERIFY(!query.find(zero, &page, &error));
}

void TestAuditQuery::appendOnly()
{
    QSqlQuery q(f->db.sql());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(f->count(QStringLiteral("audit_log")), 6);
}

void TestAuditQuery::readableTargetsAndDetails()
{
    QSqlQuery q(f->db.sql());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO members(id, card, name, name_key, created_at, updated_at) "
                                   "VALUES(3, '800000000031', '张三', 'zhangsan', '2026-01-01T00:00:00', "
                                   "'2026-01-01T00:00:00')")),
             qPrintable(q.lastError().text()));
    const auto entry = [](const char* action, const char* target, const char* details) {
        AuditEntry e;
        e.action = QString::fromUtf8(action);
        e.target = QString::fromUtf8(target);
        e.details = QString::fromUtf8(details);
        return e;
    };
    const QVector<AuditEntry> entries = {
        entry("tier.review", "member:3", "from:1 to:0 review: spend_fen=81467 basis=paid_12m"),
        entry("maintenance.run", "2026-11-20", "expired_entries:5 reviewed:132 tier_changes:69"),
        entry("user.add", "user:2", "clerk Li"),
        entry("backup.write", "/media/usb/a.db", "4096 bytes"),
        entry("points.adjust", "member:99", "something new"),
    };
    const AuditText text(f->context(), entries);
    QCOMPARE(text.target(entries[0]), QStringLiteral("张三 (No. 3)"));
    QCOMPARE(text.details(entries[0]),
             QStringLiteral("Silver → Regular at the tier review; paid spend in the last 12 months ¥814.67"));
    QCOMPARE(text.details(entries[1]),
             QStringLiteral("Lapsed credits expired: 5; members reviewed: 132; tiers changed: 69"));
    QCOMPARE(text.target(entries[2]), QStringLiteral("Li"));
    QCOMPARE(text.details(entries[2]), QStringLiteral("Clerk account “Li”"));
    QCOMPARE(text.details(entries[3]), QLocale().formattedDataSize(4096));
    // What it does not know (a member since gone, details of another form) is shown as stored.
    QCOMPARE(text.target(entries[4]), QStringLiteral("member:99"));
    QCOMPARE(text.details(entries[4]), QStringLiteral("something new"));
    QCOMPARE(text.target(entries[3]), QStringLiteral("/media/usb/a.db"));
}

QTEST_GUILESS_MAIN(TestAuditQuery)
#include "TestAuditQuery.moc"
