// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestPhoneAndCard : public QObject
{
    Q_OBJECT
private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("plain mobile") << u"13800138000"_s << true << u"13800138000"_s;
        QTest::newRow("spaces") << u"138 0013 8000"_s << true << u"13800138000"_s;
        QTest::newRow("dashes") << u"138-0013-8000"_s << true << u"13800138000"_s;
        QTest::newRow("+86") << u"+86 13800138000"_s << true << u"13800138000"_s;
        QTest::newRow("0086") << u"0086 138 0013 8000"_s << true << u"13800138000"_s;
        QTest::newRow("86 without plus") << u"8613800138000"_s << true << u"13800138000"_s;
        QTest::newRow("full-width digits") << u"１３８００１３８０００"_s << true << u"13800138000"_s;
        QTest::newRow("landline") << u"(010) 6552-9988"_s << true << u"01065529988"_s;
        QTest::newRow("taiwan mobile") << u"0912-345-678"_s << true << u"0912345678"_s;
        QTest::newRow("hong kong") << u"9123 4567"_s << true << u"91234567"_s;
        QTest::newRow("too short") << u"138001"_s << false << QString();
        QTest::newRow("too long") << u"138001380001"_s << false << QString();
        QTest::newRow("letters") << u"138oo138000"_s << false << QString();
        QTest::newRow("mobile 12x") << u"12800138000"_s << false << QString();
        QTest::newRow("empty") << u""_s << false << QString();
    }
    void phone()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        QString normalized, error;
        QCOMPARE(PhoneNumber::validate(text, &normalized, &error), valid);
        if (valid)
            QCOMPARE(normalized, stored);
        else
            QVERIFY(!error.isEmpty());
    }
    void mask()
    {
        QCOMPARE(PhoneNumber::mask(u"13812345678"_s), u"138****5678"_s);
        QCOMPARE(PhoneNumber::mask(u"91234567"_s), u"912*4567"_s);
        QCOMPARE(PhoneNumber::mask(u"1234"_s), u"1234"_s);
        QCOMPARE(PhoneNumber::reversed(u"13812345678"_s), u"87654321831"_s);
    }
    void luhn_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("digit");
        QTest::newRow("wikipedia example") << u"7992739871"_s << 3;
        QTest::newRow("generated prefix") << u"80000000001"_s << 1;
    }
    void luhn()
    {
        QFETCH(QString, body);
        QFETCH(int, digit);
        QCOMPARE(CardNumber::luhnCheckDigit(body), digit);
        QVERIFY(CardNumber::hasValidCheckDigit(body + QString::number(digit)));
        QVERIFY(!CardNumber::hasValidCheckDigit(body + QString::number((digit + 1) % 10)));
    }
    void cardNormalize_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("generated") << u"800000000011"_s << u"800000000011"_s;
        QTest::newRow("lower case, spaces, dash") << u" ab 12-cd "_s << u"AB12-CD"_s;
        QTest::newRow("four is enough") << u"a1b2"_s << u"A1B2"_s;
        QTest::newRow("three is too few") << u"a1b"_s << QString();
        QTest::newRow("32 is the most") << QString(32, u'7') << QString(32, u'7');
        QTest::newRow("33 is too many") << QString(33, u'7') << QString();
        QTest::newRow("punctuation") << u"AB12.CD"_s << QString();
        QTest::newRow("chinese") << u"会员1234"_s << QString();
        QTest::newRow("full-width digits") << u"１２３４５"_s << QString();
        QTest::newRow("blank") << u"   "_s << QString();
    }
    void cardNormalize()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString card;
        QString error;
        QCOMPARE(CardNumber::normalize(input, &card, &error), !expected.isEmpty());
        if (expected.isEmpty())
            QVERIFY(error.contains(u"4 to 32"_s));
        else
            QCOMPARE(card, expected);
    }
    void generatedCardsCatchTypos()
    {
        for (qint64 seq : {1LL, 42LL, 999999LL, 1234567890LL}) {
            const QString card = CardNumber::generate(seq);
            QCOMPARE(card.size(), 12);
            QVERIFY(CardNumber::hasValidCheckDigit(card));
            QVERIFY(!CardNumber::looksMistyped(card));
            for (int pos = 1; pos < card.size(); ++pos) { // any single wrong digit is caught
                QString typo = card;
                typo[pos] = QChar(u'0' + (card.at(pos).digitValue() + 3) % 10);
                QVERIFY2(CardNumber::looksMistyped(typo), qPrintable(typo));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPhoneAndCard)
#include "TestPhoneAndCard.moc"
