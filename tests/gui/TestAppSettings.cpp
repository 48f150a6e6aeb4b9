// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberDialog.h"
#include "settings/AppSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md::ui;

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void valuesSurviveARestart()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"s.ini"_s);
        {
            AppSettings settings(file);
            QCOMPARE(settings.language(), QString()); // follow the system by default
            settings.setLanguage(u"zh_TW"_s);
            settings.setDatabasePath(u"  /data/shop.db "_s);
            settings.sync();
        }
        AppSettings again(file);
        QCOMPARE(again.language(), u"zh_TW"_s);
        QCOMPARE(again.databasePath(), u"/data/shop.db"_s);
        again.setLanguage(u"fr"_s); // not shipped: back to following the system
        QCOMPARE(again.language(), QString());
        again.setDatabasePath(QString());
        QCOMPARE(again.databasePath(), QString());
    }

    void typedBirthdays_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << u"1990-03-15"_s << QDate(1990, 3, 15);
        QTest::newRow("short iso") << u"1990-3-5"_s << QDate(1990, 3, 5);
        QTest::newRow("slashes") << u"1990/3/15"_s << QDate(1990, 3, 15);
        QTest::newRow("compact") << u"19900315"_s << QDate(1990, 3, 15);
        QTest::newRow("spaces") << u" 1990-03-15 "_s << QDate(1990, 3, 15);
        QTest::newRow("not a day") << u"1990-02-30"_s << QDate();
        QTest::newRow("words") << u"March"_s << QDate();
    }

    void typedBirthdays()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QCOMPARE(parseTypedDate(typed), expected);
    }
};

QTEST_MAIN(TestAppSettings)
#include "TestAppSettings.moc"
