// SPDX-License-Identifier: GPL-3.0-or-later
// The owner's programme page: refusals name and focus the field; a valid change is saved and recorded.
#include "MainWindow.h"
#include "loyalty/RulesPage.h"
#include "services/RulesService.h"
#include "settings/AppSettings.h"
#include "support/GuiFixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestRulesPage : public QObject
{
    Q_OBJECT

private slots:
    void refusesNonIncreasingThresholdsAndSavesAValidChange()
    {
        test::GuiFixture fixture;
        RulesPage page(fixture.context());
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* tiers = page.findChild<QTableWidget*>(u"tiersTableWidget"_s);
        QCOMPARE(tiers->rowCount(), LoyaltyRules::defaults().tiers.size());
        QVERIFY(
            page.findChild<QLabel*>(u"historyPromiseLabel"_s)->text().contains(u"never rewrites history"_s));

        // Gold (third tier) below silver.
        auto* gold = qobject_cast<QLineEdit*>(tiers->cellWidget(2, 1));
        QVERIFY(gold);
        gold->setText(u"500"_s);
        auto* save = page.findChild<QPushButton*>(u"savePushButton"_s);
        save->click();
        auto* message = page.findChild<QLabel*>(u"messageLabel"_s);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Tier 3, threshold"_s), qPrintable(message->text()));
        QVERIFY(message->text().contains(u"higher than the tier before it"_s));
        QTRY_VERIFY(gold->hasFocus());
        QCOMPARE(RulesService(fixture.context()).current().tiers.at(2).thresholdFen,
                 LoyaltyRules::defaults().tiers.at(2).thresholdFen);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM rules_history"_s).toInt(), 0);

        // A threshold that is not an amount is refused before the core sees it.
        gold->setText(u"abc"_s);
        save->click();
        QVERIFY(message->text().startsWith(u"Tier 3, threshold"_s));

        // Revert, then a valid change: 2 points per yuan, gold at ¥6,000, lifetime basis.
        page.findChild<QPushButton*>(u"revertPushButton"_s)->click();
        QCOMPARE(qobject_cast<QLineEdit*>(tiers->cellWidget(2, 1))->text(),
                 formatYuanPlain(LoyaltyRules::defaults().tiers.at(2).thresholdFen));
        page.findChild<QSpinBox*>(u"pointsPerYuanSpinBox"_s)->setValue(2);
        qobject_cast<QLineEdit*>(tiers->cellWidget(2, 1))->setText(u"6000"_s);
        auto* basis = page.findChild<QComboBox*>(u"basisComboBox"_s);
        basis->setCurrentIndex(basis->findData(int(LoyaltyRules::TierBasis::PaidLifetime)));
        QVERIFY(page.findChild<QLabel*>(u"basisLabel"_s)->text().contains(u"lifetime"_s));
        QVERIFY(page.save());
        const LoyaltyRules saved = RulesService(fixture.context()).current();
        QCOMPARE(saved.pointsPerYuan, 2);
        QCOMPARE(saved.tiers.at(2).thresholdFen, Fen(600'000));
        QCOMPARE(saved.tierBasis, LoyaltyRules::TierBasis::PaidLifetime);
        // The built-in names are shown in the user's language (here the source text: no translator) and
        // stay stored as they were; a name the owner types is stored as typed.
        auto* silverName = qobject_cast<QLineEdit*>(tiers->cellWidget(1, 0));
        QCOMPARE(silverName->text(), u"Silver"_s);
        QCOMPARE(saved.tiers.at(1).name, LoyaltyRules::defaults().tiers.at(1).name);
        silverName->setText(u"银卡会员"_s);
        QVERIFY(page.save());
        QCOMPARE(RulesService(fixture.context()).current().tiers.at(1).name, u"银卡会员"_s);
        QCOMPARE(RulesService(fixture.context()).current().tiers.at(0).name,
                 LoyaltyRules::defaults().tiers.at(0).name);
        QCOMPARE(fixture.scalar(u"SELECT COUNT(*) FROM rules_history"_s).toInt(), 2);
        auto* history = page.findChild<QListWidget*>(u"historyListWidget"_s);
        QCOMPARE(history->count(), 2);
        QVERIFY(history->item(1)->text().contains(u"first programme"_s));
    }

    void tierRowsStayBetweenTwoAndEight()
    {
        test::GuiFixture fixture;
        RulesPage page(fixture.context());
        auto* tiers = page.findChild<QTableWidget*>(u"tiersTableWidget"_s);
        auto* add = page.findChild<QPushButton*>(u"addTierPushButton"_s);
        auto* remove = page.findChild<QPushButton*>(u"removeTierPushButton"_s);
        while (add->isEnabled())
            add->click();
        QCOMPARE(tiers->rowCount(), 8);
        QVERIFY(page.save()); // added tiers get increasing thresholds and distinct names
        QCOMPARE(RulesService(fixture.context()).current().tiers.size(), 8);
        while (remove->isEnabled())
            remove->click();
        QCOMPARE(tiers->rowCount(), 2);
        QVERIFY(page.save());
        QCOMPARE(RulesService(fixture.context()).current().tiers.size(), 2);
    }

    void clerksHaveNoProgrammePage()
    {
        test::GuiFixture fixture;
        AppSettings settings(fixture.settingsFile());
        MainWindow clerk(fixture.context(Role::Clerk), settings);
        QVERIFY(clerk.rulesPage() == nullptr);
        QVERIFY(clerk.findChild<QAction*>(u"rulesAction"_s) == nullptr);
        // Counter, Members, Insight, Today, then Events (the door check-in, for everyone).
        QCOMPARE(clerk.findChild<QListWidget*>(u"navigationListWidget"_s)->count(), 5);
        MainWindow owner(fixture.context(Role::Owner), settings);
        QVERIFY(owner.rulesPage() != nullptr);
        // Counter, Members, Insight, Today, Loyalty programme, Dashboard (owner-only pages), then Events.
        QCOMPARE(owner.findChild<QListWidget*>(u"navigationListWidget"_s)->count(), 7);
    }
};

QTEST_MAIN(TestRulesPage)
#include "TestRulesPage.moc"
