// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LoyaltyRules.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestLoyaltyRules : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        LoyaltyRules parsed;
        QString error;
        QVERIFY2(LoyaltyRules::fromJson(LoyaltyRules::defaults().toJson(), &parsed, &error),
                 qPrintable(error));
        QCOMPARE(parsed.toJson(), LoyaltyRules::defaults().toJson());
    }

    // A bad document is refused as a whole, with a message naming the field.
    void refused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        const QString tiers2 =
            u"\"tiers\":[{\"name\":\"A\",\"threshold_fen\":0},{\"name\":\"B\",\"threshold_fen\":%1%2}]"_s;
        QTest::newRow("unknown key") << u"{\"points_per_yaun\":2}"_s << u"points_per_yaun"_s;
        QTest::newRow("thresholds not increasing")
            << u"{\"tiers\":[{\"name\":\"A\",\"threshold_fen\":0},{\"name\":\"B\",\"threshold_fen\":500},"
               "{\"name\":\"C\",\"threshold_fen\":500}]}"_s
            << u"tiers[2].threshold_fen"_s;
        QTest::newRow("discount 100 %") << u"{"_s + tiers2.arg(100).arg(u",\"discount_bp\":10000"_s) + u"}"_s
                                        << u"tiers[1].discount_bp"_s;
        // 2^32 + 100 would wrap to a plausible 100 (1 %) if cast to int unchecked.
        QTest::newRow("discount wraps")
            << u"{"_s + tiers2.arg(100).arg(u",\"discount_bp\":4294967396"_s) + u"}"_s
            << u"tiers[1].discount_bp"_s;
        QTest::newRow("multiplier wraps")
            << u"{"_s + tiers2.arg(100).arg(u",\"points_multiplier_pct\":4294967396"_s) + u"}"_s
            << u"tiers[1].points_multiplier_pct"_s;
        QTest::newRow("threshold absurd")
            << u"{"_s + tiers2.arg(u"1000000000000000"_s).arg(QString()) + u"}"_s
            << u"tiers[1].threshold_fen"_s;
        QTest::newRow("negative earn rate") << u"{\"points_per_yuan\":-1}"_s << u"points_per_yuan"_s;
        QTest::newRow("fractional rate") << u"{\"points_per_yuan\":1.5}"_s << u"points_per_yuan"_s;
        QTest::newRow("expiry months wrap")
            << u"{\"expiry\":{\"mode\":\"end_of_month_after\",\"months\":4294967308}}"_s
            << u"expiry.months"_s;
        QTest::newRow("expiry not an object") << u"{\"expiry\":12}"_s << u"expiry"_s;
        QTest::newRow("tier name not text")
            << u"{\"tiers\":[{\"name\":1,\"threshold_fen\":0}]}"_s << u"tiers[0].name"_s;
        QTest::newRow("one tier") << u"{\"tiers\":[{\"name\":\"A\",\"threshold_fen\":0}]}"_s << u"tiers"_s;
        QTest::newRow("cap over 100 %") << u"{\"redeem_max_percent\":101}"_s << u"redeem_max_percent"_s;
        QTest::newRow("birthday below 100 %")
            << u"{\"birthday_multiplier_pct\":50}"_s << u"birthday_multiplier_pct"_s;
    }
    void refused()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(json));
        LoyaltyRules rules;
        rules.pointsPerYuan = 77;
        QString error;
        QVERIFY(!LoyaltyRules::fromJson(doc.object(), &rules, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QCOMPARE(rules.pointsPerYuan, 77); // untouched
    }
};

QTEST_GUILESS_MAIN(TestLoyaltyRules)
#include "TestLoyaltyRules.moc"
