// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"
#include "common/LocalTimeZone.h"

#include <QFileInfo>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace md;

class TestLocalTimeZone : public QObject
{
    Q_OBJECT

private:
    // Shop times across the year (daylight saving, where the zone has it) as instants, and instants as
    // shop times: both directions of the local-time conversion.
    static QList<qint64> instants()
    {
        QList<qint64> out;
        for (int month : {1, 3, 4, 7, 10, 11, 12})
            out << localDateTime(QDate(2026, month, 15), QTime(12, 30)).toSecsSinceEpoch()
                << QDateTime::fromSecsSinceEpoch(1'780'000'000 + month * 2'600'000)
                       .time()
                       .msecsSinceStartOfDay();
        return out;
    }

private slots:
    void pointsTzAtTheSameZoneOnlyWhenUnset()
    {
#ifndef Q_OS_LINUX
        QSKIP("only Linux's glibc needs TZ to cache the zone");
#endif
        const QByteArray saved = qgetenv("TZ");
        const bool wasSet = qEnvironmentVariableIsSet("TZ");
        qunsetenv("TZ");
        tzset();
        const QList<qint64> before = instants();

        const bool expected = QFileInfo::exists(u"/etc/localtime"_s);
        QCOMPARE(cacheLocalTimeZone(), expected);
        if (expected)
            QCOMPARE(qgetenv("TZ"), QByteArray(":/etc/localtime"));
        QCOMPARE(instants(), before); // the same zone, only read once

        // Set already (by the user, or by the call above): left alone.
        qputenv("TZ", "Asia/Shanghai");
        QVERIFY(!cacheLocalTimeZone());
        QCOMPARE(qgetenv("TZ"), QByteArray("Asia/Shanghai"));

        if (wasSet)
            qputenv("TZ", saved);
        else
            qunsetenv("TZ");
        tzset();
    }
};

QTEST_GUILESS_MAIN(TestLocalTimeZone)
#include "TestLocalTimeZone.moc"
