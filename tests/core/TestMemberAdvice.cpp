// SPDX-License-Identifier: GPL-3.0-or-later
#include "analytics/MemberAdvice.h"

#include <QSet>
#include <QTest>

using namespace md;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(md::RfmSegment)
Q_DECLARE_METATYPE(md::LoyaltyType)

class TestMemberAdvice : public QObject
{
    Q_OBJECT

private slots:
    void everyMemberGetsOneSentence()
    {
        for (RfmSegment s : Rfm::segments()) {
            for (LoyaltyType t : LoyaltyTypes::types()) {
                const QString advice = MemberAdvice::forMember(s, t);
                QVERIFY2(advice.endsWith(u'.'), qPrintable(Rfm::key(s) + u' ' + LoyaltyTypes::key(t)));
                // Either one of the two readings, or a sentence of its own when they disagree.
                const bool ofOne = advice == LoyaltyTypes::treatment(t) || advice == Rfm::advice(s);
                QCOMPARE(ofOne, !MemberAdvice::reconciles(s, t));
            }
        }
    }

    // The pairs whose own advice contradicted each other on the member card: a win-back or a special offer
    // for a member the type says to spend nothing on, general promotions only for a friend.
    void contradictionsGetASentenceOfTheirOwn_data()
    {
        QTest::addColumn<RfmSegment>("segment");
        QTest::addColumn<LoyaltyType>("type");
        QTest::newRow("at risk, stranger") << RfmSegment::AtRisk << LoyaltyType::Stranger;
        QTest::newRow("at risk, butterfly") << RfmSegment::AtRisk << LoyaltyType::Butterfly;
        QTest::newRow("at risk, barnacle") << RfmSegment::AtRisk << LoyaltyType::Barnacle;
        QTest::newRow("potential, stranger") << RfmSegment::Potential << LoyaltyType::Stranger;
        QTest::newRow("hibernating, friend") << RfmSegment::Hibernating << LoyaltyType::Friend;
        QTest::newRow("champions, barnacle") << RfmSegment::Champions << LoyaltyType::Barnacle;
        QTest::newRow("loyal, stranger") << RfmSegment::Loyal << LoyaltyType::Stranger;
    }

    void contradictionsGetASentenceOfTheirOwn()
    {
        QFETCH(RfmSegment, segment);
        QFETCH(LoyaltyType, type);
        QVERIFY(MemberAdvice::reconciles(segment, type));
        const QString advice = MemberAdvice::forMember(segment, type);
        QVERIFY(advice != Rfm::advice(segment));
        QVERIFY(advice != LoyaltyTypes::treatment(type));
    }

    void nothingSpentOnStrangersNothingWithheldFromFriends()
    {
        const QSet<QString> offers{Rfm::advice(RfmSegment::AtRisk), Rfm::advice(RfmSegment::Potential)};
        const QString generalOnly = Rfm::advice(RfmSegment::Hibernating);
        for (RfmSegment s : Rfm::segments()) {
            if (s != RfmSegment::New) // one visit: the type says little yet, the welcome wins
                QVERIFY(!offers.contains(MemberAdvice::forMember(s, LoyaltyType::Stranger)));
            QVERIFY(MemberAdvice::forMember(s, LoyaltyType::Friend) != generalOnly);
        }
        for (LoyaltyType t : LoyaltyTypes::types())
            QCOMPARE(MemberAdvice::forMember(RfmSegment::New, t), Rfm::advice(RfmSegment::New));
    }

    void agreeingReadingsKeepTheTypesTreatment()
    {
        QCOMPARE(MemberAdvice::forMember(RfmSegment::Champions, LoyaltyType::Friend),
                 LoyaltyTypes::treatment(LoyaltyType::Friend));
        QCOMPARE(MemberAdvice::forMember(RfmSegment::Loyal, LoyaltyType::Barnacle),
                 LoyaltyTypes::treatment(LoyaltyType::Barnacle));
        QCOMPARE(MemberAdvice::forMember(RfmSegment::Potential, LoyaltyType::Butterfly),
                 LoyaltyTypes::treatment(LoyaltyType::Butterfly));
        QCOMPARE(MemberAdvice::forMember(RfmSegment::Hibernating, LoyaltyType::Stranger),
                 Rfm::advice(RfmSegment::Hibernating));
    }

    void eachOwnSentenceIsDistinct()
    {
        QSet<QString> own;
        int count = 0;
        for (RfmSegment s : Rfm::segments()) {
            for (LoyaltyType t : LoyaltyTypes::types()) {
                if (MemberAdvice::reconciles(s, t)) {
                    own.insert(MemberAdvice::forMember(s, t));
                    ++count;
                }
            }
        }
        QCOMPARE(count, 11);
        QCOMPARE(own.size(), count);
    }
};

QTEST_GUILESS_MAIN(TestMemberAdvice)
#include "TestMemberAdvice.moc"
