// SPDX-License-Identifier: GPL-3.0-or-later
// The day's points expiry and tier review at start: on a worker thread with its own connection, behind a
// notice when it takes more than a moment, once a shop day.
#include "services/DailyMaintenance.h"
#include "support/GuiFixture.h"
#include "trust/StartOfDay.h"

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestStartOfDay : public QObject
{
    Q_OBJECT

private slots:
    void theDaysMaintenanceRunsOnceBehindANotice()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13800138000"_s);
        const ServiceContext ctx = fixture.context();
        QVERIFY(!DailyMaintenance(ctx).lastRunDay().isValid());

        int notices = 0;
        QString seen;
        const auto shown = [&](QWidget* notice) {
            ++notices;
            QVERIFY(notice->isVisible());
            seen += test::labelTexts(notice);
        };
        MaintenanceResult result;
        QString error;
        QVERIFY2(StartOfDay::runIfDue(ctx, &result, &error, shown, 0), qPrintable(error));
        QVERIFY(result.ran);
        QCOMPARE(result.day, QDate(2026, 3, 15));
        QCOMPARE(notices, 1);
        QVERIFY2(seen.contains(u"Today's points expiry and tier review"_s), qPrintable(seen));
        // Written through the worker's connection, read through the GUI's: the day is marked and audited.
        QCOMPARE(DailyMaintenance(ctx).lastRunDay(), QDate(2026, 3, 15));
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'maintenance.run'"_s).toInt(),
                 1);

        // Already done today: nothing runs, nothing is shown.
        QVERIFY2(StartOfDay::runIfDue(ctx, &result, &error, shown, 0), qPrintable(error));
        QVERIFY(!result.ran);
        QCOMPARE(result.day, QDate(2026, 3, 15));
        QCOMPARE(notices, 1);
        QCOMPARE(fixture.scalar(u"SELECT count(*) FROM audit_log WHERE action = 'maintenance.run'"_s).toInt(),
                 1);

        // The next day it runs again.
        fixture.clock.setNow(QDateTime(QDate(2026, 3, 16), QTime(8, 0)));
        QVERIFY2(StartOfDay::runIfDue(ctx, &result, &error, shown, 0), qPrintable(error));
        QVERIFY(result.ran);
        QCOMPARE(DailyMaintenance(ctx).lastRunDay(), QDate(2026, 3, 16));
    }
};

QTEST_MAIN(TestStartOfDay)
#include "TestStartOfDay.moc"
