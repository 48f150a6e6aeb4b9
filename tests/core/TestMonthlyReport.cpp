// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "analytics/MemberInsightStore.h"
#include "reports/MonthlyFigures.h"
#include "reports/MonthlyReport.h"
#include "services/MemberService.h"
#include "services/PurchaseService.h"
#include "services/RulesService.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestMonthlyReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DatabaseFixture> m_f;

    void addMemberWithPurchases(const QString& name, const QDate& joined, const QVector<QDateTime>& times,
                                Fen gross)
    {
        m_f->clock.setNow(QDateTime(joined, QTime(9, 0)));
        MemberInput in;
        in.name = name;
        Member m;
        MemberSaveError error;
        if (!MemberService(m_f->context()).add(in, &m, &error))
            qFatal("%s", qPrintable(error.message));
        for (const QDateTime& t : times) {
            m_f->clock.setNow(t);
            PurchaseRequest r;
            r.memberId = m.id;
            r.grossFen = gross;
            r.time = t;
            PurchaseResult result;
            QString perror;
            if (!PurchaseService(m_f->context()).record(r, &result, &perror))
                qFatal("%s", qPrintable(perror));
        }
    }

    /// Renders the month and returns the PDF's text (pages separated by form feeds).
    QString render(const QDate& month, const QLocale& locale, const QString& storeName, int* pages,
                   int* expected, const InsightDistribution& insight = {})
    {
        MonthlyFigures figures;
        QString error;
        const LoyaltyRules rules = RulesService(m_f->context()).current();
        if (!MonthlyFigures::compute(m_f->db, month, rules, &figures, &error))
            qFatal("%s", qPrintable(error));
        MonthlyReport::Options options;
        options.storeName = storeName;
        options.locale = locale;
        options.generatedAt = QDateTime(QDate(2026, 3, 15), QTime(10, 0));
        options.rules = rules;
        options.insight = insight;
        const MonthlyReport report(figures, options);
        *expected = report.pageCount();
        const QString pdf = m_f->dir.filePath(u"report-%1.pdf"_s.arg(month.toString(u"yyyyMM"_s)));
        if (!report.writePdf(pdf, pages, &error))
            qFatal("%s", qPrintable(error));
        if (QFileInfo(pdf).size() < 1000)
            qFatal("the PDF is suspiciously small");
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        if (!pdftotext.waitForFinished(60000) || pdftotext.exitCode() != 0)
            qFatal("pdftotext failed: %s", pdftotext.readAllStandardError().constData());
        return QString::fromUtf8(pdftotext.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_f = std::make_unique<test::DatabaseFixture>();
        // Twenty-five members buying in January 2026 (enough for two pages of member tables with the
        // at-risk list empty), a few also in the autumn.
        for (int i = 0; i < 25; ++i) {
            QVector<QDateTime> times{QDateTime(QDate(2026, 1, 1 + i), QTime(9 + i % 10, 15))};
            if (i % 3 == 0)
                times.prepend(QDateTime(QDate(2025, 10, 1 + i), QTime(17, 0)));
            addMemberWithPurchases(u"会员%1"_s.arg(i + 1), QDate(2025, 9, 1), times, 1000 + 100 * i);
        }
    }

    void reportOfAMonthWithData()
    {
        int pages = 0, expected = 0;
        const QString text = render(QDate(2026, 1, 1), QLocale(QLocale::English, QLocale::UnitedStates),
                                    u"晨光便利店"_s, &pages, &expected);
        // Cover, key figures, two pages of charts, one page of member tables.
        QCOMPARE(expected, 5);
        QCOMPARE(pages, 5);
        QCOMPARE(text.count(u'\f'), 5);
        QVERIFY2(text.contains(u"晨光便利店"_s), qPrintable(text.left(400)));
        QVERIFY(text.contains(u"January 2026"_s));
        QVERIFY(text.contains(u"Page 1 of 5"_s));
        QVERIFY(text.contains(u"Page 5 of 5"_s));
        QVERIFY(text.contains(u"Member sales"_s));
        // Sales by tier: 13 months stacked, the legend giving each tier's share of January.
        QVERIFY(text.contains(u"Sales by tier"_s));
        QVERIFY2(text.contains(u"Tier held at the time of purchase; the legend gives each tier"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"100 %"_s));              // every January purchase was made at the first tier
        QVERIFY(!text.contains(u"Customer segments"_s)); // no insight snapshot: no page for it
        QVERIFY(text.contains(u"会员25"_s));             // the biggest spender heads the top members
        // The top member's spend (¥34.00) is in the table.
        QVERIFY(text.contains(u"34.00"_s));
    }

    void reportWithTheInsightSnapshotsSegments()
    {
        InsightDistribution d;
        d.status.exists = true;
        d.status.ok = true;
        d.status.asOf = QDate(2026, 2, 28);
        d.status.windowDays = 365;
        d.moneyVisible = true;
        d.segmentMembers = {3, 5, 2, 4, 1, 10}; // 25 members
        d.segmentSpendFen = {12345, 0, 0, 0, 0, 0};
        d.typeMembers = {4, 3, 6, 12};
        d.typeSpendFen = {0, 0, 0, 99900};
        int pages = 0, expected = 0;
        const QString text = render(QDate(2026, 1, 1), QLocale(QLocale::English, QLocale::UnitedStates),
                                    u"晨光便利店"_s, &pages, &expected, d);
        // The five pages of a month with data, and the segments after the charts.
        QCOMPARE(expected, 6);
        QCOMPARE(pages, 6);
        QVERIFY(text.contains(u"Page 6 of 6"_s));
        const QStringList pageTexts = text.split(u'\f');
        QVERIFY(pageTexts.size() >= 6);
        const QString segments = pageTexts[4];
        QVERIFY2(segments.contains(u"Customer segments"_s), qPrintable(segments));
        QVERIFY(segments.contains(u"February 28, 2026"_s)); // the snapshot's "as of"
        QVERIFY(segments.contains(Rfm::name(RfmSegment::Champions)));
        QVERIFY(segments.contains(u"3 members (12.0 %) · paid $123.45"_s) ||
                segments.contains(u"3 members (12.0 %) · paid ¥123.45"_s));
        QVERIFY(segments.contains(LoyaltyTypes::name(LoyaltyType::Stranger)));
        QVERIFY(segments.contains(u"12 members (48.0 %)"_s));
        QVERIFY(segments.contains(u"999.00"_s));
        // A snapshot that found nothing gets no page.
        d.status.ok = false;
        render(QDate(2026, 1, 1), QLocale(QLocale::English, QLocale::UnitedStates), u"晨光便利店"_s, &pages,
               &expected, d);
        QCOMPARE(pages, 5);
    }

    void reportOfAnEmptyMonth()
    {
        int pages = 0, expected = 0;
        const QString text = render(QDate(2024, 5, 1), QLocale(QLocale::English, QLocale::UnitedStates), {},
                                    &pages, &expected);
        QCOMPARE(expected, 2); // the cover and the key figures, which say there is no data
        QCOMPARE(pages, 2);
        QVERIFY(text.contains(MonthlyReport::defaultStoreName()));
        QVERIFY(text.contains(u"May 2024"_s));
        QVERIFY(text.contains(u"No data for this month"_s));
    }

    void chineseLocale()
    {
        int pages = 0, expected = 0;
        const QString text = render(QDate(2026, 1, 1), QLocale(QLocale::Chinese, QLocale::China),
                                    u"晨光便利店"_s, &pages, &expected);
        QCOMPARE(pages, expected);
        QVERIFY(text.contains(u"晨光便利店"_s));
        QVERIFY(text.contains(u"2026"_s));
        QVERIFY(text.contains(u"¥34.00"_s));
    }
};

QTEST_MAIN(TestMonthlyReport)
#include "TestMonthlyReport.moc"
