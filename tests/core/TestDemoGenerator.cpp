// SPDX-License-Identifier: GPL-3.0-or-later
// The demo shop can be signed into with the accounts the README lists, and it has a store name of its own
// (reports and invitations print it) without overwriting one the owner chose.
#include "TestDatabaseFixture.h"

#include "demo/DemoGenerator.h"
#include "reports/MonthlyReport.h"
#include "services/UserService.h"
#include "storage/SettingsRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void demoAccountsSignIn()
    {
        test::DatabaseFixture shop;
        QString error;
        QVERIFY2(DemoGenerator(shop.context()).generate({50, 2, 3}, nullptr, &error), qPrintable(error));
        UserService users(shop.context());
        QVERIFY(!users.needsOwnerSetup());
        const SignInResult owner = users.signIn(QString::fromUtf8(DemoGenerator::kDemoOwnerName),
                                                QString::fromUtf8(DemoGenerator::kDemoOwnerPassword));
        QVERIFY2(owner.ok(), qPrintable(owner.message));
        QCOMPARE(owner.actor.role, Role::Owner);
        const SignInResult clerk = users.signIn(QString::fromUtf8(DemoGenerator::kDemoClerkName),
                                                QString::fromUtf8(DemoGenerator::kDemoClerkPin));
        QVERIFY2(clerk.ok(), qPrintable(clerk.message));
        QCOMPARE(clerk.actor.role, Role::Clerk);
        QVERIFY(!users.signIn(QString::fromUtf8(DemoGenerator::kDemoClerkName), u"0000"_s).ok());

        QCOMPARE(SettingsRepository(shop.db).value(MonthlyReport::storeNameSettingsKey()),
                 QString::fromUtf8(DemoGenerator::kDemoStoreName));
    }

    void ownersStoreNameIsKept()
    {
        test::DatabaseFixture shop;
        QString error;
        QVERIFY(SettingsRepository(shop.db).setValue(MonthlyReport::storeNameSettingsKey(), u"老街杂货"_s,
                                                     &error));
        QVERIFY2(DemoGenerator(shop.context()).generate({20, 1, 4}, nullptr, &error), qPrintable(error));
        QCOMPARE(SettingsRepository(shop.db).value(MonthlyReport::storeNameSettingsKey()), u"老街杂货"_s);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
