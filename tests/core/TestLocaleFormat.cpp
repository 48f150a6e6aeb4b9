// SPDX-License-Identifier: GPL-3.0-or-later
// Times read naturally in every shipped language: Traditional Chinese's CLDR day period "B" is not printed
// as a letter.
#include "common/LocaleFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestLocaleFormat : public QObject
{
    Q_OBJECT

private slots:
    void noLiteralDayPeriodLetter_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* language : {"zh_TW", "zh_CN", "en_US", "zh_HK"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void noLiteralDayPeriodLetter()
    {
        QFETCH(QString, language);
        const QLocale locale(language);
        const QDateTime afternoon(QDate(2026, 11, 27), QTime(14, 5));
        for (const QLocale::FormatType type : {QLocale::ShortFormat, QLocale::LongFormat}) {
            const QString time = localTimeText(locale, afternoon.time(), type);
            const QString dateTime = localDateTimeText(locale, afternoon, type);
            QVERIFY2(!time.contains(u'B'), qPrintable(time));
            QVERIFY2(!dateTime.contains(u'B'), qPrintable(dateTime));
            QVERIFY2(time.contains(u":05"_s), qPrintable(time)); // 14:05, 2:05 PM or 下午2:05
            QVERIFY2(dateTime.contains(u"27"_s), qPrintable(dateTime));
        }
    }

    void traditionalChineseSaysAfternoon()
    {
        const QLocale taiwan(u"zh_TW"_s);
        QCOMPARE(localTimeText(taiwan, QTime(14, 5)), taiwan.toString(QTime(14, 5), u"APh:mm"_s));
        QVERIFY(localTimeText(taiwan, QTime(14, 5)).startsWith(taiwan.pmText()));
        // Languages without the day period keep QLocale's own format.
        const QLocale english(u"en_US"_s);
        QCOMPARE(localTimeText(english, QTime(14, 5)), english.toString(QTime(14, 5), QLocale::ShortFormat));
        const QLocale mainland(u"zh_CN"_s);
        QCOMPARE(localDateTimeText(mainland, QDateTime(QDate(2026, 11, 27), QTime(14, 5))),
                 mainland.toString(QDateTime(QDate(2026, 11, 27), QTime(14, 5)), QLocale::ShortFormat));
    }

    void datesKeepTheWholeYear()
    {
        // English's short format is M/d/yy: a birthday of 11/20/26 could be 1926 or 2026.
        const QLocale english(u"en_US"_s);
        QCOMPARE(english.dateFormat(QLocale::ShortFormat), u"M/d/yy"_s);
        QCOMPARE(localDateText(english, QDate(1926, 11, 20)), u"11/20/1926"_s);
        QCOMPARE(localDateTimeText(english, QDateTime(QDate(2026, 11, 16), QTime(14, 30))),
                 u"11/16/2026 2:30 PM"_s);
        // Formats with the whole year already, and quoted text, stay as they are.
        const QLocale mainland(u"zh_CN"_s);
        QCOMPARE(localDateText(mainland, QDate(1996, 11, 20)),
                 mainland.toString(QDate(1996, 11, 20), QLocale::ShortFormat));
        QCOMPARE(localDateText(mainland, QDate(1996, 11, 20)), u"1996/11/20"_s);
        const QLocale taiwan(u"zh_TW"_s);
        QVERIFY2(localDateText(taiwan, QDate(1996, 11, 20)).contains(u"1996"_s),
                 qPrintable(localDateText(taiwan, QDate(1996, 11, 20))));
        QCOMPARE(dateFormat(english, QLocale::LongFormat), english.dateFormat(QLocale::LongFormat));
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "TestLocaleFormat.moc"
