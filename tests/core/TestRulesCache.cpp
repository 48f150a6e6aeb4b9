// SPDX-License-Identifier: GPL-3.0-or-later
// RulesService::current() parses the stored programme only when it changed; a change made anywhere
// (this connection, another connection to the same file as the CLI would make, another file, a rollback)
// is what the next call returns, and the counter's sale uses it.
#include "TestDatabaseFixture.h"

#include "domain/LoyaltyRules.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"
#include "storage/SettingsRepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestRulesCache : public QObject
{
    Q_OBJECT

    static LoyaltyRules withPointsPerYuan(int points)
    {
        LoyaltyRules rules = LoyaltyRules::defaults();
        rules.pointsPerYuan = points;
        return rules;
    }

private slots:
    void defaultsUntilSet()
    {
        test::DatabaseFixture f;
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, LoyaltyRules::defaults().pointsPerYuan);
        QString error;
        QVERIFY2(RulesService(f.context()).set(withPointsPerYuan(7), &error), qPrintable(error));
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, 7);
        QVERIFY2(RulesService(f.context()).set(withPointsPerYuan(3), &error), qPrintable(error));
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, 3);
    }

    void changeThroughAnotherConnectionIsSeen()
    {
        // The GUI holds one connection; the CLI changes the rules through its own.
        test::DatabaseFixture gui;
        Database cli;
        QString error;
        QVERIFY2(cli.open(gui.path, &error), qPrintable(error));
        const ServiceContext cliCtx{cli, gui.clock, {}};
        QVERIFY2(RulesService(cliCtx).set(withPointsPerYuan(5), &error), qPrintable(error));
        QCOMPARE(RulesService(gui.context()).current().pointsPerYuan, 5);
        QVERIFY2(RulesService(cliCtx).set(withPointsPerYuan(9), &error), qPrintable(error));
        QCOMPARE(RulesService(gui.context()).current().pointsPerYuan, 9);

        // And a sale at the counter earns by the new rules at once.
        MemberInput in;
        in.name = u"张伟"_s;
        Member m;
        MemberSaveError saveError;
        QVERIFY2(MemberService(gui.context()).add(in, &m, &saveError), qPrintable(saveError.message));
        PurchaseRequest request;
        request.memberId = m.id;
        request.grossFen = 10000;
        PurchaseResult result;
        QVERIFY2(PurchaseService(gui.context()).record(request, &result, &error), qPrintable(error));
        QCOMPARE(result.quote.pointsEarned, 900);
        QVERIFY2(RulesService(cliCtx).set(withPointsPerYuan(2), &error), qPrintable(error));
        QVERIFY2(PurchaseService(gui.context()).record(request, &result, &error), qPrintable(error));
        QCOMPARE(result.quote.pointsEarned, 200);
    }

    void twoFilesKeepTheirOwnRules()
    {
        test::DatabaseFixture a;
        test::DatabaseFixture b;
        QString error;
        QVERIFY2(RulesService(a.context()).set(withPointsPerYuan(4), &error), qPrintable(error));
        QVERIFY2(RulesService(b.context()).set(withPointsPerYuan(6), &error), qPrintable(error));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(RulesService(a.context()).current().pointsPerYuan, 4);
            QCOMPARE(RulesService(b.context()).current().pointsPerYuan, 6);
        }
    }

    void rolledBackChangeIsNotKept()
    {
        test::DatabaseFixture f;
        QString error;
        QVERIFY2(RulesService(f.context()).set(withPointsPerYuan(8), &error), qPrintable(error));
        {
            Transaction tx(f.db);
            QVERIFY(tx.isActive());
            const QString doc = QString::fromUtf8(
                QJsonDocument(withPointsPerYuan(11).toJson()).toJson(QJsonDocument::Compact));
            QVERIFY2(SettingsRepository(f.db).setValue(QString::fromUtf16(RulesService::kSettingsKey), doc,
                                                       &error),
                     qPrintable(error));
            QCOMPARE(RulesService(f.context()).current().pointsPerYuan, 11); // inside the transaction
        }                                                                    // rolled back
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, 8);
    }

    void damagedDocumentFallsBackToDefaults()
    {
        test::DatabaseFixture f;
        QString error;
        QVERIFY2(RulesService(f.context()).set(withPointsPerYuan(8), &error), qPrintable(error));
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, 8);
        QVERIFY(SettingsRepository(f.db).setValue(QString::fromUtf16(RulesService::kSettingsKey),
                                                  u"{not json"_s, &error));
        QCOMPARE(RulesService(f.context()).current().pointsPerYuan, LoyaltyRules::defaults().pointsPerYuan);
    }
};

QTEST_GUILESS_MAIN(TestRulesCache)
#include "TestRulesCache.moc"
