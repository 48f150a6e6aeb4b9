// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "events/AudienceBuilder.h"
#include "events/AudienceFilter.h"
#include "events/EventService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::test;

namespace {

AudienceFilter filterFrom(const QByteArray& json)
{
    AudienceFilter f;
    QString error;
    if (!AudienceFilter::fromJson(QJsonDocument::fromJson(json).object(), &f, &error))
        qFatal("bad filter %s: %s", json.constData(), qPrintable(error));
    return f;
}

QString sortedIds(const QSet<qint64>& ids)
{
    QVector<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList out;
    for (qint64 id : sorted)
        out << QString::number(id);
    return out.join(u',');
}

int audits(DatabaseFixture& f, const QString& action)
{
    QSqlQuery q(f.db.sql());
    q.prepare(u"SELECT count(*) FROM audit_log WHERE action = ?"_s);
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

/// AudienceFilter::withAdded: another list (an insight segment) feeding an event's guests.
class TestAudienceAddition : public QObject
{
    Q_OBJECT

private slots:
    void withAdded_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QVector<qint64>>("ids");
        QTest::addColumn<QString>("added");       // the hand-added ids afterwards
        QTest::addColumn<QString>("removed");     // the hand-removed ids afterwards
        QTest::addColumn<QVector<int>>("counts"); // added, alreadyAdded, restored, ignored
        QTest::newRow("empty filter") << QByteArray("{}") << QVector<qint64>{3, 1, 2} << u"1,2,3"_s
                                      << QString() << QVector<int>{3, 0, 0, 0};
        QTest::newRow("nothing to add") << QByteArray(R"({"added":[4]})") << QVector<qint64>{} << u"4"_s
                                        << QString() << QVector<int>{0, 0, 0, 0};
        QTest::newRow("already added not duplicated")
            << QByteArray(R"({"added":[2,5]})") << QVector<qint64>{1, 2, 3} << u"1,2,3,5"_s << QString()
            << QVector<int>{2, 1, 0, 0};
        QTest::newRow("repeated ids count once") << QByteArray("{}") << QVector<qint64>{7, 7, 7} << u"7"_s
                                                 << QString() << QVector<int>{1, 0, 0, 0};
        QTest::newRow("removed by hand come back")
            << QByteArray(R"({"removed":[1,6]})") << QVector<qint64>{6, 2} << u"2,6"_s << u"1"_s
            << QVector<int>{2, 0, 1, 0};
        QTest::newRow("not member numbers ignored") << QByteArray("{}") << QVector<qint64>{0, -3, 4} << u"4"_s
                                                    << QString() << QVector<int>{1, 0, 0, 2};
    }
    void withAdded()
    {
        QFETCH(QByteArray, before);
        QFETCH(QVector<qint64>, ids);
        QFETCH(QString, added);
        QFETCH(QString, removed);
        QFETCH(QVector<int>, counts);
        const AudienceFilter original = filterFrom(before);
        AudienceFilter::Addition addition;
        const AudienceFilter after = original.withAdded(ids, &addition);
        QCOMPARE(sortedIds(after.addedMemberIds), added);
        QCOMPARE(sortedIds(after.removedMemberIds), removed);
        QCOMPARE((QVector<int>{addition.added, addition.alreadyAdded, addition.restored, addition.ignored}),
                 counts);
        QString error;
        QVERIFY2(after.validate(&error), qPrintable(error)); // never both added and removed
        QCOMPARE(original, filterFrom(before));              // a copy: the original is untouched
        QCOMPARE(original.withAdded(ids), after);            // the counts are optional
    }

    void criteriaAreKept()
    {
        const AudienceFilter original = filterFrom(
            R"({"tiers":[1,2],"types":["friends"],"segments":["champions"],"min_spend_fen":5000,)"
            R"("spend_days":90,"min_p_alive":0.5,"birthday_month":3,"last_visit_before":"2026-03-01",)"
            R"("last_visit_after":"2025-01-01","min_referrals":1})");
        QVERIFY(original.hasCriteria());
        AudienceFilter after = original.withAdded({9, 8});
        QCOMPARE(sortedIds(after.addedMemberIds), u"8,9"_s);
        after.addedMemberIds.clear();
        QCOMPARE(after, original);
    }

    void savedThroughTheServiceAndEvaluated()
    {
        DatabaseFixture f;
        eventsShop(f); // members 1..7; Carol (3) did not consent, Eve (5) is anonymised
        EventInput input;
        input.title = u"春季VIP专场"_s;
        input.startsAt = QDateTime(QDate(2026, 3, 20), QTime(18, 0));
        input.endsAt = input.startsAt.addSecs(3 * 3600);
        qint64 eventId = 0;
        QString error;
        EventService events(f.context());
        QVERIFY2(events.create(input, &eventId, &error), qPrintable(error));
        // The owner chose the top tier and took Frank (6) off by hand.
        QVERIFY2(events.setAudience(eventId, filterFrom(R"({"tiers":[2],"removed":[6]})"), &error),
                 qPrintable(error));
        const int auditsBefore = audits(f, u"event.audience"_s);

        // An insight list brings Dan (4), Frank (6) and Carol (3), Gina (7) who is in the top tier anyway.
        Event event;
        QVERIFY2(events.get(eventId, &event, &error), qPrintable(error));
        AudienceFilter::Addition addition;
        const AudienceFilter filter = event.audience.withAdded({4, 6, 3, 7}, &addition);
        QCOMPARE(addition.added, 4);
        QCOMPARE(addition.restored, 1);
        QVERIFY2(events.setAudience(eventId, filter, &error), qPrintable(error));
        QCOMPARE(audits(f, u"event.audience"_s), auditsBefore + 1);

        Event saved;
        QVERIFY2(events.get(eventId, &saved, &error), qPrintable(error));
        QCOMPARE(saved.audience, filter);
        QCOMPARE(saved.audience.tiers, QVector<int>{2});
        QCOMPARE(sortedIds(saved.audience.addedMemberIds), u"3,4,6,7"_s);
        QVERIFY(saved.audience.removedMemberIds.isEmpty());

        // The builder: the added ones are in, the one without consent is shown as excluded with the reason.
        AudienceData data;
        QVERIFY2(AudienceBuilder::load(f.db, f.clock.today(), &data, &error), qPrintable(error));
        const Audience audience = AudienceBuilder(std::move(data)).evaluate(saved.audience);
        QSet<qint64> matched;
        for (const AudienceMember& m : audience.matched)
            matched.insert(m.id);
        QCOMPARE(sortedIds(matched), u"1,4,6,7"_s);
        QCOMPARE(audience.excluded.size(), 1);
        QCOMPARE(audience.excluded.first().member.id, 3);
        QCOMPARE(audience.excluded.first().reason, ExclusionReason::NoConsent);

        // Adding the same list again changes nothing.
        AudienceFilter::Addition again;
        QCOMPARE(saved.audience.withAdded({4, 6, 3, 7}, &again), saved.audience);
        QCOMPARE(again.added, 0);
        QCOMPARE(again.alreadyAdded, 4);

        // A clerk cannot save it: core refuses, nothing is written.
        QVERIFY(!EventService(f.context(Role::Clerk)).setAudience(eventId, filter.withAdded({2}), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(events.get(eventId, &saved, &error), qPrintable(error));
        QCOMPARE(saved.audience, filter);
    }
};

QTEST_GUILESS_MAIN(TestAudienceAddition)
#include "TestAudienceAddition.moc"
