// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventsTestData.h"
#include "TestDatabaseFixture.h"
#include "events/AudienceBuilder.h"
#include "events/AudienceFilter.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

#include <memory>

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

QString ids(const Audience& a)
{
    QStringList out;
    for (const AudienceMember& m : a.matched)
        out << QString::number(m.id);
    return out.join(u',');
}

QString excluded(const Audience& a)
{
    QStringList out;
    for (const ExcludedMember& e : a.excluded)
        out << u"%1:%2"_s.arg(e.member.id).arg(AudienceBuilder::reasonKey(e.reason));
    return out.join(u',');
}

AudienceBuilder loadShop(DatabaseFixture& f)
{
    AudienceData data;
    QString error;
    if (!AudienceBuilder::load(f.db, f.clock.today(), &data, &error))
        qFatal("load: %s", qPrintable(error));
    return AudienceBuilder(std::move(data));
}

} // namespace

class TestEventsAudience : public QObject
{
    Q_OBJECT

    std::unique_ptr<DatabaseFixture> m_shop;
    AudienceBuilder m_builder;

private slots:
    void initTestCase()
    {
        m_shop = std::make_unique<DatabaseFixture>();
        eventsShop(*m_shop);
        m_builder = loadShop(*m_shop);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("matched"); // in seat order
        QTest::addColumn<QString>("excluded");
        // Seat order is spend in the last 12 months: Alice, Bob, Dan, Gina, Frank.
        QTest::newRow("everyone") << QByteArray("{}") << u"1,2,4,7,6"_s << u"3:no_consent,5:anonymised"_s;
        QTest::newRow("top tier") << QByteArray(R"({"tiers":[2]})") << u"1,7"_s << u"3:no_consent"_s;
        QTest::newRow("lower tiers") << QByteArray(R"({"tiers":[0,1]})") << u"2,4,6"_s << u"5:anonymised"_s;
        QTest::newRow("champions+loyal")
            << QByteArray(R"({"segments":["champions","loyal"]})") << u"1,2"_s << u"3:no_consent"_s;
        QTest::newRow("new") << QByteArray(R"({"segments":["new"]})") << u"7"_s << QString();
        QTest::newRow("at risk") << QByteArray(R"({"segments":["at_risk"]})") << QString()
                                 << u"5:anonymised"_s;
        QTest::newRow("hibernating") << QByteArray(R"({"segments":["hibernating"]})") << u"4"_s << QString();
        QTest::newRow("friends") << QByteArray(R"({"types":["friends"]})") << u"1"_s << u"3:no_consent"_s;
        QTest::newRow("barnacles") << QByteArray(R"({"types":["barnacles"]})") << u"2"_s << QString();
        QTest::newRow("butterflies") << QByteArray(R"({"types":["butterflies"]})") << QString()
                                     << u"5:anonymised"_s;
        QTest::newRow("strangers") << QByteArray(R"({"types":["strangers"]})") << u"4,7"_s << QString();
        QTest::newRow("spend 1000 in a year")
            << QByteArray(R"({"min_spend_fen":100000})") << u"1,2"_s << u"3:no_consent,5:anonymised"_s;
        QTest::newRow("spend 100 in 30 days") << QByteArray(R"({"min_spend_fen":10000,"spend_days":30})")
                                              << u"1,2"_s << u"3:no_consent,5:anonymised"_s;
        QTest::newRow("spend 1500 in 30 days")
            << QByteArray(R"({"min_spend_fen":150000,"spend_days":30})") << u"1"_s << QString();
        QTest::newRow("birthday in March")
            << QByteArray(R"({"birthday_month":3})") << u"1"_s << u"3:no_consent,5:anonymised"_s;
        QTest::newRow("birthday in November")
            << QByteArray(R"({"birthday_month":11})") << u"7"_s << QString();
        QTest::newRow("last visit before 2026")
            << QByteArray(R"({"last_visit_before":"2026-01-01"})") << u"4,6"_s << QString();
        QTest::newRow("last visit after 8 March")
            << QByteArray(R"({"last_visit_after":"2026-03-08"})") << u"1,2,7"_s << QString();
        QTest::newRow("one referral") << QByteArray(R"({"min_referrals":1})") << u"1,2"_s << QString();
        QTest::newRow("two referrals") << QByteArray(R"({"min_referrals":2})") << u"1"_s << QString();
        QTest::newRow("tier and recent")
            << QByteArray(R"({"tiers":[2],"last_visit_after":"2026-03-08"})") << u"1,7"_s << QString();
        QTest::newRow("added by hand first")
            << QByteArray(R"({"tiers":[2],"added":[6,3]})") << u"6,1,7"_s << u"3:no_consent"_s;
        QTest::newRow("removed by hand")
            << QByteArray(R"({"tiers":[2],"removed":[1]})") << u"7"_s << u"1:removed,3:no_consent"_s;
    }
    void filters()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, matched);
        QFETCH(QString, excluded);
        const AudienceBuilder& builder = m_builder;
        const AudienceFilter filter = filterFrom(json);
        const Audience a = builder.evaluate(filter);
        QCOMPARE(ids(a), matched);
        QCOMPARE(::excluded(a), excluded);
        QVERIFY(a.warnings.isEmpty());
        QCOMPARE(builder.count(filter), a.count());
        // Nobody without consent or anonymised is ever on the list.
        for (const AudienceMember& m : a.matched)
            QVERIFY(m.consent && !m.anonymised);
    }

    void probabilityAlive()
    {
        const AudienceBuilder& builder = m_builder;
        QVERIFY2(builder.data().insight.pAliveOk, qPrintable(builder.data().insight.pAliveMessage));
        double alice = -1, dan = -1;
        for (const AudienceMember& m : builder.data().members) {
            if (m.id == 1)
                alice = m.pAlive.value_or(-1);
            if (m.id == 4)
                dan = m.pAlive.value_or(-1);
            if (m.id == 6)
                QVERIFY(!m.pAlive); // never bought: no probability, never matches
        }
        QVERIFY(alice > dan && dan >= 0);
        AudienceFilter filter;
        filter.minPAlive = (alice + dan) / 2;
        const Audience a = builder.evaluate(filter);
        QVERIFY(a.warnings.isEmpty());
        QVERIFY(ids(a).split(u',').contains(u"1"_s));
        QVERIFY(!ids(a).split(u',').contains(u"4"_s));
        QVERIFY(!ids(a).split(u',').contains(u"6"_s));
        filter.minPAlive = 0;
        QVERIFY(!ids(builder.evaluate(filter)).split(u',').contains(u"6"_s));
    }

    void lastVisitAsOfAnEarlierDay()
    {
        // An ROI looks at the audience as of the invitation day: later visits must not count.
        AudienceData data;
        QString error;
        QVERIFY(AudienceBuilder::load(m_shop->db, QDate(2026, 3, 1), &data, &error));
        const AudienceBuilder earlier(std::move(data));
        AudienceFilter filter;
        filter.lastVisitAfter = QDate(2026, 2, 20);
        const Audience a = earlier.evaluate(filter);
        QCOMPARE(ids(a), u"1"_s); // Bob last came on 13 Feb, Gina only on 10 March
        QCOMPARE(::excluded(a), u"3:no_consent,5:anonymised"_s);
    }

    void loadsOnItsOwnConnection()
    {
        // What a worker thread calls: a read-only connection of its own, the same figures.
        AudienceData data;
        QString error;
        QVERIFY2(AudienceBuilder::loadOnPath(m_shop->path, m_shop->clock.today(), &data, &error),
                 qPrintable(error));
        const AudienceBuilder worker(std::move(data));
        QCOMPARE(worker.data().members.size(), 7);
        QCOMPARE(ids(worker.evaluate(AudienceFilter{})), ids(m_builder.evaluate(AudienceFilter{})));
        QVERIFY(!AudienceBuilder::loadOnPath(m_shop->dir.filePath(u"missing.db"_s), m_shop->clock.today(),
                                             &data, &error));
        QVERIFY(!error.isEmpty());
    }

    void tooLittleHistorySaysSo()
    {
        DatabaseFixture f;
        eventsAddMember(f, u"Solo"_s, Gender::Male, 0, true);
        eventsPurchase(f, 1, f.clock.now().addDays(-3), 1000);
        const AudienceBuilder builder = loadShop(f);
        QVERIFY(!builder.data().insight.pAliveOk);
        AudienceFilter filter;
        filter.minPAlive = 0.1;
        const Audience a = builder.evaluate(filter);
        QCOMPARE(a.count(), 0);
        QCOMPARE(a.warnings.size(), 1);
        QVERIFY2(a.warnings.first().contains(u"cannot be computed"_s), qPrintable(a.warnings.first()));
        // Without the criterion there is no warning.
        QVERIFY(builder.evaluate(AudienceFilter{}).warnings.isEmpty());

        DatabaseFixture empty;
        eventsAddMember(empty, u"Nobody bought"_s, Gender::Female, 0, true);
        const AudienceBuilder none = loadShop(empty);
        AudienceFilter segments;
        segments.rfmSegments = {RfmSegment::Champions};
        const Audience s = none.evaluate(segments);
        QCOMPARE(s.count(), 0);
        QCOMPARE(s.warnings.size(), 1);
    }

    void capacityAndAlreadyInvited()
    {
        const AudienceBuilder& builder = m_builder;
        Audience a = builder.evaluate(AudienceFilter{}, 2);
        QCOMPARE(ids(a), u"1,2"_s);
        QCOMPARE(::excluded(a),
                 u"3:no_consent,4:over_capacity,5:anonymised,6:over_capacity,7:over_capacity"_s);
        QCOMPARE(a.excludedCount(ExclusionReason::OverCapacity), 3);
        // Gina already holds a seat: she comes first, flagged, and one seat is left.
        a = builder.evaluate(AudienceFilter{}, 2, {7});
        QCOMPARE(ids(a), u"7,1"_s);
        QVERIFY(a.matched.first().alreadyInvited);
        QVERIFY(!a.matched.last().alreadyInvited);
        // More invited than seats (capacity lowered): nobody new.
        a = builder.evaluate(AudienceFilter{}, 1, {6, 7});
        QCOMPARE(ids(a), u"6,7"_s);
    }

    void jsonRoundTrip()
    {
        AudienceFilter f;
        f.tiers = {2, 1};
        f.loyaltyTypes = {LoyaltyType::Friend, LoyaltyType::Barnacle};
        f.rfmSegments = {RfmSegment::AtRisk};
        f.minSpendFen = 123456;
        f.spendDays = 90;
        f.minPAlive = 0.25;
        f.birthdayMonth = 12;
        f.lastVisitBefore = QDate(2026, 1, 31);
        f.lastVisitAfter = QDate(2025, 6, 1);
        f.minReferrals = 3;
        f.addedMemberIds = {5, 9};
        f.removedMemberIds = {11};
        QVERIFY(f.hasCriteria());
        AudienceFilter back;
        QString error;
        QVERIFY2(AudienceFilter::fromJson(f.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), f.toJson());
        QVERIFY(back == f);
        QCOMPARE(back.minSpendFen.value_or(0), 123456);
        QCOMPARE(back.spendDays, 90);
        QCOMPARE(back.removedMemberIds, QSet<qint64>{11});
        QVERIFY(AudienceFilter::fromJson({}, &back, &error));
        QVERIFY(!back.hasCriteria());
        QCOMPARE(QJsonDocument(back.toJson()).toJson(QJsonDocument::Compact), QByteArray("{}"));
    }

    void invalidFilters_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("unknown segment") << QByteArray(R"({"segments":["vips"]})");
        QTest::newRow("unknown type") << QByteArray(R"({"types":["enemies"]})");
        QTest::newRow("month 13") << QByteArray(R"({"birthday_month":13})");
        QTest::newRow("p alive 2") << QByteArray(R"({"min_p_alive":2})");
        QTest::newRow("negative spend") << QByteArray(R"({"min_spend_fen":-1})");
        QTest::newRow("zero days") << QByteArray(R"({"min_spend_fen":1,"spend_days":0})");
        QTest::newRow("bad date") << QByteArray(R"({"last_visit_before":"yesterday"})");
        QTest::newRow("empty range") << QByteArray(
            R"({"last_visit_before":"2026-01-02","last_visit_after":"2026-01-01"})");
        QTest::newRow("added and removed") << QByteArray(R"({"added":[3],"removed":[3]})");
        QTest::newRow("member id text") << QByteArray(R"({"added":["x"]})");
        QTest::newRow("fractional month") << QByteArray(R"({"birthday_month":2.5})");
    }
    void invalidFilters()
    {
        QFETCH(QByteArray, json);
        AudienceFilter f;
        QString error;
        QVERIFY(!AudienceFilter::fromJson(QJsonDocument::fromJson(json).object(), &f, &error));
        QVERIFY(!error.isEmpty());
    }

    void exportCsv()
    {
        DatabaseFixture& f = *m_shop;
        const AudienceBuilder& builder = m_builder;
        const Audience a = builder.evaluate(AudienceFilter{}, 3);
        const QString path = f.dir.filePath(u"guests.csv"_s);
        qint64 rows = 0;
        QString error;
        QVERIFY(!AudienceBuilder::exportCsv(f.context(Role::Clerk), a, path, &rows, &error));
        QVERIFY(!QFile::exists(path));
        QVERIFY2(AudienceBuilder::exportCsv(f.context(), a, path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QVERIFY(lines.at(0).endsWith(u"id,card,name,phone,tier,consent,status,reason"_s));
        QVERIFY(lines.at(1).startsWith(u"1,"_s) && lines.at(1).contains(u",Alice,13800000001,"_s) &&
                lines.at(1).contains(u",matched,"_s));
        QVERIFY(text.contains(u",excluded,Did not consent to marketing"_s));
        // The anonymised member leaves no personal data.
        for (const QString& line : lines)
            if (line.startsWith(u"5,"_s))
                QVERIFY(line.contains(u",,,"_s));
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'event.audience.export'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEventsAudience)
#include "TestEventsAudience.moc"
