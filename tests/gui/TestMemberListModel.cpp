// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberListModel.h"
#include "support/GuiFixture.h"

#include "services/PurchaseService.h"

#include <QAbstractItemModelTester>

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
    void pagesSortAndFilterUnderTheTester()
    {
        test::GuiFixture fixture;
        populate(fixture);
        MemberListModel model(fixture.context());
        QCOMPARE(model.rowCount(), MemberListModel::kPageSize); // lazily: one page at a time
        QCOMPARE(model.totalCount(), 450);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * MemberListModel::kPageSize);
        // The tester fetches the rest itself and then checks every signal of every change below.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.memberIdAt(row));
        QCOMPARE(ids.size(), 450); // no row twice, none missing across page boundaries

        model.sort(MemberListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), u"会员449"_s);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.index(449, MemberListModel::NameColumn).data().toString(), u"会员000"_s);

        model.setFilter(QString(), 1);
        QCOMPARE(model.totalCount(), 150);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.index(0, MemberListModel::TierColumn).data().toString(), u"Silver"_s);

        model.setFilter(u"会员12"_s, -1);
        QCOMPARE(model.totalCount(), 10);   // name prefix: 会员120 … 会员129
        model.setFilter(u"00000449"_s, -1); // phone suffix
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, MemberListModel::NameColumn).data().toString(), u"会员449"_s);
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
