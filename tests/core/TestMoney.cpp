// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Money.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using md::Fen;

class TestMoney : public QObject
{
    Q_OBJECT
private slots:
    void parseYuan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("whole") << u"12"_s << true << Fen(1200);
        QTest::newRow("one decimal") << u"12.5"_s << true << Fen(1250);
        QTest::newRow("two decimals") << u"12.50"_s << true << Fen(1250);
        QTest::newRow("yen sign and comma") << u"¥1,234.05"_s << true << Fen(123405);
        QTest::newRow("full-width yen") << u"￥8"_s << true << Fen(800);
        QTest::newRow("trailing dot") << u"7."_s << true << Fen(700);
        QTest::newRow("negative") << u"-3.10"_s << true << Fen(-310);
        QTest::newRow("spaces") << u"  3 "_s << true << Fen(300);
        QTest::newRow("three decimals") << u"1.005"_s << false << Fen(0);
        QTest::newRow("letters") << u"12a"_s << false << Fen(0);
        QTest::newRow("empty") << u""_s << false << Fen(0);
        QTest::newRow("only dot") << u"."_s << false << Fen(0);
        QTest::newRow("exponent") << u"1e5"_s << false << Fen(0);
        // A comma only separates thousands: anything else is refused, never read as a larger amount.
        QTest::newRow("thousands") << u"1,234"_s << true << Fen(123400);
        QTest::newRow("millions and decimals") << u"12,345,678.9"_s << true << Fen(1234567890);
        QTest::newRow("full-width thousands") << u"1，234.50"_s << true << Fen(123450);
        QTest::newRow("negative thousands") << u"-1,000"_s << true << Fen(-100000);
        QTest::newRow("decimal comma") << u"12,50"_s << false << Fen(0);
        QTest::newRow("decimal comma, one digit") << u"12,5"_s << false << Fen(0);
        QTest::newRow("full-width decimal comma") << u"12，50"_s << false << Fen(0);
        QTest::newRow("short group") << u"1,2"_s << false << Fen(0);
        QTest::newRow("double comma") << u"1,,5"_s << false << Fen(0);
        QTest::newRow("leading comma") << u",123"_s << false << Fen(0);
        QTest::newRow("long first group") << u"1234,567"_s << false << Fen(0);
        QTest::newRow("comma in the decimals") << u"1.2,3"_s << false << Fen(0);
    }
    void parseYuan()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        Fen parsed = -1;
        QString error;
        QCOMPARE(md::parseYuan(text, &parsed, &error), ok);
        if (ok)
            QCOMPARE(parsed, fen);
        else
            QVERIFY(!error.isEmpty());
    }
    void formatPlain()
    {
        QCOMPARE(md::formatYuanPlain(0), u"0.00"_s);
        QCOMPARE(md::formatYuanPlain(5), u"0.05"_s);
        QCOMPARE(md::formatYuanPlain(123405), u"1234.05"_s);
        QCOMPARE(md::formatYuanPlain(-310), u"-3.10"_s);
    }
    void formatLocale()
    {
        QCOMPARE(md::formatYuan(123405, QLocale(QLocale::Chinese, QLocale::China)), u"¥1,234.05"_s);
        QCOMPARE(md::formatYuan(-99, QLocale(QLocale::English)), u"-¥0.99"_s);
    }
    void basisPoints_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<qint64>("bp");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("5% of 19.99 rounds half up") << Fen(1999) << qint64(500) << Fen(100);
        QTest::newRow("2% of 10.00") << Fen(1000) << qint64(200) << Fen(20);
        QTest::newRow("8% of 0.06 rounds to 0") << Fen(6) << qint64(800) << Fen(0);
        QTest::newRow("exact half") << Fen(50) << qint64(1000) << Fen(5);
        QTest::newRow("0.25 at 2% = 0.5 fen rounds up") << Fen(25) << qint64(200) << Fen(1);
    }
    void basisPoints()
    {
        QFETCH(qint64, fen);
        QFETCH(qint64, bp);
        QFETCH(qint64, expected);
        QCOMPARE(md::basisPointsOf(fen, bp), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
