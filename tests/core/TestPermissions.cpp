// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/AuditQuery.h"
#include "services/RulesService.h"

#include <QMetaEnum>

using namespace md;
using namespace md::test;

class TestPermissions : public QObject
{
    Q_OBJECT
private slots:
    void ownerMayDoEverything();
    void clerkRefusals();
    void rulesSetRefusesClerk();
    void auditQueryRefusesClerk();
    void phoneMasking_data();
    void phoneMasking();
};

namespace {
const Permission kAll[] = {
    Permission::ManageUsers,  Permission::ChangeRules,      Permission::AdjustPoints,
    Permission::ExportData,   Permission::DeleteMember,     Permission::ViewAuditLog,
    Permission::ManualBackup, Permission::ConfigureBackups, Permission::RestoreBackup,
    Permission::OwnerReports, Permission::SeeFullPhone,     Permission::PlanEvents,
};
}

void TestPermissions::ownerMayDoEverything()
{
    for (const Permission p : kAll)
        QVERIFY(Permissions::allows(Role::Owner, p));
}

void TestPermissions::clerkRefusals()
{
    DatabaseFixture f;
    const ServiceContext clerk = f.context(Role::Clerk);
    for (const Permission p : kAll) {
        QVERIFY(!Permissions::allows(Role::Clerk, p));
        QString error;
        QVERIFY(!Permissions::require(clerk, p, &error));
        QVERIFY(error.contains(QStringLiteral("owner")));
        QVERIFY(Permissions::require(f.context(Role::Owner), p, &error));
    }
}

void TestPermissions::rulesSetRefusesClerk()
{
    DatabaseFixture f;
    LoyaltyRules rules = RulesService(f.context()).current();
    const QJsonObject before = rules.toJson();
    rules.tiers.first().name = QStringLiteral("Changed");
    QString error;
    QVERIFY(!RulesService(f.context(Role::Clerk)).set(rules, &error));
    QVERIFY(error.contains(QStringLiteral("owner")));
    QCOMPARE(RulesService(f.context()).current().toJson(), before);
    QCOMPARE(f.count(QStringLiteral("rules_history")), 0);
    QVERIFY2(RulesService(f.context()).set(rules, &error), qPrintable(error));
    QCOMPARE(f.count(QStringLiteral("rules_history")), 1);
}

void TestPermissions::auditQueryRefusesClerk()
{
    DatabaseFixture f;
    QString error;
    QVERIFY(AuditLog::record(f.context(), QStringLiteral("test.entry"), QString(), QString(), &error));
    AuditPage page;
    QVERIFY(!AuditQuery(f.context(Role::Clerk)).find(AuditFilter{}, &page, &error));
    QVERIFY(page.entries.isEmpty());
    QVERIFY(AuditQuery(f.context(Role::Clerk)).actions(&error).isEmpty());
    QVERIFY(AuditQuery(f.context()).find(AuditFilter{}, &page, &error));
    QCOMPARE(page.total, 1);
}

void TestPermissions::phoneMasking_data()
{
    QTest::addColumn<bool>("owner");
    QTest::addColumn<bool>("registering");
    QTest::addColumn<QString>("shown");
    QTest::newRow("clerk at the counter") << false << false << QStringLiteral("138****8000");
    QTest::newRow("clerk registering") << false << true << QStringLiteral("13800138000");
    QTest::newRow("owner") << true << false << QStringLiteral("13800138000");
    QTest::newRow("owner registering") << true << true << QStringLiteral("13800138000");
}

void TestPermissions::phoneMasking()
{
    QFETCH(bool, owner);
    QFETCH(bool, registering);
    QFETCH(QString, shown);
    const Role role = owner ? Role::Owner : Role::Clerk;
    QCOMPARE(Permissions::phoneMasked(role, registering), shown.contains(u'*'));
    QCOMPARE(Permissions::phoneForDisplay(QStringLiteral("13800138000"), role, registering), shown);
    QCOMPARE(Permissions::phoneForDisplay(QString(), role, registering), QString());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
