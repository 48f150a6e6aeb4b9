// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberListModel.h"
#include "support/GuiFixture.h"

#include "services/PurchaseService.h"

#include <QAbstractItemModelTester>
#include <QLocale>

#include <limits>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

class TestMemberListModel : public QObject
{
    Q_OBJECT

private:
    // 450 members: more than two pages. Every third one buys enough for silver.
    static void populate(test::GuiFixture& fixture)
    {
        for (int i = 0; i < 450; ++i) {
            const qint64 id = fixture.addMember(u"会员%1"_s.arg(i, 3, 10, QLatin1Char('0')),
                                                u"139%1"_s.arg(i, 8, 10, QLatin1Char('0')));
            if (i % 3 == 0) {
                PurchaseRequest request;
                request.memberId = id;
                request.grossFen = 150000;
                PurchaseResult result;
                QString error;
                QVERIFY2(PurchaseService(fixture.context()).record(request, &result, &error),
                         qPrintable(error));
            }
        }
    }

private slots:
    void sortAndFilterUnderTheTester()
    {
        test::GuiFixture fixture;
        populate(fixture);
        MemberListModel model(fixture.context());
        // The tester checks every signal of every change below.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 450); // every member is a row at once; pages are read on demand
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.memberIdAt(row));
        QCOMPARE(ids.size(), 450); // no row twice, none missing across page boundaries
        QVERIFY(!ids.contains(0));

        model.sort(MemberListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), u"会员449"_s);
        QCOMPARE(model.index(449, MemberListModel::NameColumn).data().toString(), u"会员000"_s);
        QCOMPARE(model.index(250, MemberListModel::NameColumn).data().toString(), u"会员199"_s);

        model.sort(MemberListModel::PointsColumn, Qt::DescendingOrder);
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.index(row, MemberListModel::PointsColumn).data().toString();
            const qint64 points = QLocale().toLongLong(text);
            QVERIFY2(points <= previous, qPrintable(u"row %1: %2"_s.arg(row).arg(text)));
            previous = points;
        }

        model.setFilter(QString(), 1);
        QCOMPARE(model.totalCount(), 150);
        QCOMPARE(model.rowCount(), 150);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, MemberListModel::TierColumn).data().toString(), u"Silver"_s);

        model.setFilter(u"会员12"_s, -1);
        QCOMPARE(model.totalCount(), 10); // name: 会员120 … 会员129
        QCOMPARE(model.rowCount(), 10);
        model.setFilter(u"00000449"_s, -1); // phone suffix
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), u"会员449"_s);
    }

    // More members than the cache holds: rows at the start, middle and end are right in any order of
    // access, and scrolling end to end (both ways) never keeps more than the window.
    void largeListKeepsOnlyAWindow()
    {
        test::GuiFixture fixture;
        fixture.scalar(u"PRAGMA synchronous=OFF"_s); // thousands of registrations; durability is not tested
        constexpr int cap = MemberListModel::kPageSize * MemberListModel::kMaxCachedPages;
        const int n = cap * 2 + MemberListModel::kPageSize / 2 + 37; // the last page is partial
        for (int i = 0; i < n; ++i)
            fixture.addMember(u"会员%1"_s.arg(i, 5, 10, QLatin1Char('0')),
                              u"139%1"_s.arg(i, 8, 10, QLatin1Char('0')));
        auto nameAt = [](const MemberListModel& model, int row) {
            return model.index(row, MemberListModel::NameColumn).data().toString();
        };
        auto nameOf = [](int i) { return u"会员%1"_s.arg(i, 5, 10, QLatin1Char('0')); };

        MemberListModel model(fixture.context());
        QCOMPARE(model.rowCount(), n);
        QCOMPARE(model.cachedRowCount(), 0);           // the count alone: no row read yet
        QCOMPARE(nameAt(model, n - 1), nameOf(n - 1)); // the end first (read backwards from the end)
        QCOMPARE(nameAt(model, n / 2), nameOf(n / 2)); // the middle (read by position)
        QCOMPARE(nameAt(model, 0), nameOf(0));
        QCOMPARE(nameAt(model, MemberListModel::kPageSize), nameOf(MemberListModel::kPageSize));
        QVERIFY(model.cachedRowCount() <= 4 * MemberListModel::kPageSize);

        int largest = 0;
        QSet<qint64> ids;
        for (int row = 0; row < n; ++row) {
            QCOMPARE(nameAt(model, row), nameOf(row));
            ids.insert(model.memberIdAt(row));
            largest = qMax(largest, model.cachedRowCount());
        }
        QCOMPARE(ids.size(), n);
        for (int row = n - 1; row >= 0; --row) {
            QCOMPARE(nameAt(model, row), nameOf(row));
            largest = qMax(largest, model.cachedRowCount());
        }
        QVERIFY2(largest <= cap, qPrintable(u"%1 rows cached"_s.arg(largest)));
        QVERIFY(largest >= cap - MemberListModel::kPageSize); // the window is used, not read row by row

        // Sorted the other way and jumped around: the same rows, mirrored.
        model.sort(MemberListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.cachedRowCount(), 0);
        for (int row : {0, n - 1, n / 2, 3 * MemberListModel::kPageSize + 5, n - 2, 1, n / 3}) {
            QCOMPARE(nameAt(model, row), nameOf(n - 1 - row));
            QVERIFY(model.cachedRowCount() <= cap);
        }

        // A filter narrows the count and the window alike.
        model.setFilter(u"会员01"_s, -1); // 会员01000 … 会员01999
        QCOMPARE(model.totalCount(), 1000);
        QCOMPARE(nameAt(model, 0), nameOf(1999));
        QCOMPARE(nameAt(model, 999), nameOf(1000));
        QCOMPARE(nameAt(model, 500), nameOf(1499));
    }

    void clerksSeeMaskedPhones()
    {
        test::GuiFixture fixture;
        fixture.addMember(u"张三"_s, u"13911112222"_s);
        MemberListModel model(fixture.context(Role::Clerk));
        QCOMPARE(model.index(0, MemberListModel::PhoneColumn).data().toString(), u"139****2222"_s);
        MemberListModel owners(fixture.context(Role::Owner));
        QCOMPARE(owners.index(0, MemberListModel::PhoneColumn).data().toString(), u"13911112222"_s);
    }
};

QTEST_MAIN(TestMemberListModel)
#include "TestMemberListModel.moc"
