// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "documents/InvitationTemplate.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestInvitationTemplate : public QObject
{
    Q_OBJECT

    static InvitationEvent event()
    {
        InvitationEvent e;
        e.id = 3;
        e.title = u"冬季新品品鉴会"_s;
        e.start = QDateTime(QDate(2026, 12, 5), QTime(14, 0));
        e.end = QDateTime(QDate(2026, 12, 5), QTime(17, 30));
        e.place = u"人民路88号 二楼"_s;
        e.offer = u"全场8折"_s;
        return e;
    }
    static InvitationGuest guest(Gender gender = Gender::Female)
    {
        InvitationGuest g;
        g.memberId = 9;
        g.name = u"王芳"_s;
        g.gender = gender;
        g.tierName = u"金卡"_s;
        g.card = u"800000000091"_s;
        g.token = u"tok"_s;
        return g;
    }

private slots:
    void defaultTemplateIsValidAndUsesEveryField()
    {
        const InvitationTemplate t;
        QString error;
        QVERIFY2(t.validate(&error), qPrintable(error));
        const QString text = t.expand(event(), guest(), u"鲜丰便利店"_s, QLocale(QLocale::English));
        QVERIFY2(text.startsWith(u"You are invited: 冬季新品品鉴会\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Dear Ms 王芳,"_s), qPrintable(text));
        QVERIFY(text.contains(u"鲜丰便利店"_s));
        QVERIFY(text.contains(u"金卡 members"_s));
        QVERIFY(text.contains(u"> Date: Saturday, December 5, 2026"_s));
        QVERIFY2(text.contains(u"> Time: 2:00\u202fPM–5:30\u202fPM"_s) ||
                     text.contains(u"> Time: 2:00 PM–5:30 PM"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"> Place: 人民路88号 二楼"_s));
        QVERIFY(text.contains(u"> Your offer: 全场8折"_s));
        QVERIFY(!text.contains(u'{'));
    }

    void honorificFollowsGender_data()
    {
        QTest::addColumn<int>("gender");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        QTest::newRow("female") << int(Gender::Female) << QString() << u"Ms 王芳"_s;
        QTest::newRow("male") << int(Gender::Male) << QString() << u"Mr 王芳"_s;
        QTest::newRow("unknown: neutral") << int(Gender::Unknown) << QString() << u"Mx 王芳"_s;
        QTest::newRow("explicit") << int(Gender::Male) << u"Dr."_s << u"Dr. 王芳"_s;
    }
    void honorificFollowsGender()
    {
        QFETCH(int, gender);
        QFETCH(QString, override);
        QFETCH(QString, expected);
        InvitationGuest g = guest(Gender(gender));
        g.honorific = override;
        QCOMPARE(
            InvitationTemplate(u"{honorific} {name}"_s).expand(event(), g, u"S"_s, QLocale(QLocale::English)),
            expected);
    }

    void chineseDatesAndTimes()
    {
        const QLocale zh(QLocale::Chinese, QLocale::China);
        const InvitationTemplate t(u"{date}|{time}"_s);
        const QString text = t.expand(event(), guest(), u"S"_s, zh);
        QVERIFY2(text.startsWith(u"2026年12月5日"_s), qPrintable(text));
        QVERIFY2(text.contains(u"星期六"_s), qPrintable(text));
        QVERIFY2(text.endsWith(u"|14:00–17:30"_s), qPrintable(text));

        // Past midnight: the end carries its date.
        InvitationEvent late = event();
        late.end = QDateTime(QDate(2026, 12, 6), QTime(1, 0));
        const QString over = InvitationTemplate::formatTime(late, zh);
        QVERIFY2(over.startsWith(u"14:00 – "_s) && over.contains(u"01:00"_s), qPrintable(over));
        // No end: only the start.
        late.end = QDateTime();
        QCOMPARE(InvitationTemplate::formatTime(late, zh), u"14:00"_s);
    }

    void emptyValuesLeaveNoGaps()
    {
        InvitationEvent e = event();
        e.offer.clear();
        const InvitationTemplate t(u"Head\nA {offer} B, {name}\n> Offer: {offer}\n> Place: {place}"_s);
        QCOMPARE(t.expand(e, guest(), u"S"_s, QLocale(QLocale::English)),
                 u"Head\nA B, 王芳\n> Place: 人民路88号 二楼"_s);
        // A detail line with a value keeps its place even when another placeholder on it is empty.
        const InvitationTemplate mixed(u"> {offer}{place}"_s);
        QCOMPARE(mixed.expand(e, guest(), u"S"_s, QLocale(QLocale::English)), u"> 人民路88号 二楼"_s);
    }

    void bracesAndSpaces()
    {
        const InvitationTemplate t(u"{{literal}} { name } {store}}}"_s);
        QString error;
        QVERIFY2(t.validate(&error), qPrintable(error));
        QCOMPARE(t.expand(event(), guest(), u"鲜丰"_s, QLocale(QLocale::English)), u"{literal} 王芳 鲜丰}"_s);
    }

    void problemsNameTheirPlaceholder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown") << u"Hello {nmae}"_s << 6 << u"{nmae}"_s;
        QTest::newRow("unknown line 3") << u"a\nb\n{tier} {shop}"_s << 11 << u"Line 3"_s;
        QTest::newRow("empty") << u"x {} y"_s << 2 << u"{}"_s;
        QTest::newRow("unclosed") << u"Dear {name,\nwelcome"_s << 5 << u"not closed"_s;
        QTest::newRow("stray close") << u"Price } here"_s << 6 << u"closes nothing"_s;
        QTest::newRow("empty text") << u"  \n "_s << 0 << u"empty"_s;
    }
    void problemsNameTheirPlaceholder()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(QString, mentions);
        const InvitationTemplate t(text);
        const QVector<InvitationTemplate::Problem> problems = t.problems();
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().position, position);
        QVERIFY2(problems.first().message.contains(mentions), qPrintable(problems.first().message));
        QString error;
        QVERIFY(!t.validate(&error));
        QCOMPARE(error, problems.first().message);
        // The message lists what may be used instead.
        if (mentions.startsWith(u'{') || mentions.startsWith(u"Line"_s))
            QVERIFY(error.contains(u"{honorific}"_s));
    }

    void manyProblemsAreSummarised()
    {
        const InvitationTemplate t(u"{a}{b}{c}{d}{e}{f}{g}"_s);
        QCOMPARE(t.problems().size(), 7);
        QString error;
        QVERIFY(!t.validate(&error));
        QCOMPARE(error.count(u'\n'), 5);
        QVERIFY2(error.contains(u"2 more"_s), qPrintable(error));
    }

    void placeholdersAreDocumented()
    {
        const QVector<InvitationTemplate::Placeholder> all = InvitationTemplate::placeholders();
        QStringList keys;
        for (const auto& p : all) {
            keys << p.key;
            QVERIFY(!p.description.isEmpty());
        }
        for (const char* k :
             {"name", "honorific", "tier", "event", "date", "time", "place", "offer", "store", "card"})
            QVERIFY2(keys.contains(QString::fromLatin1(k)), k);
    }

    void savedByTheOwnerOnly()
    {
        test::DatabaseFixture f;
        SettingsRepository settings(f.db);
        QCOMPARE(InvitationTemplate::load(settings).text(), InvitationTemplate::defaultText());

        const InvitationTemplate mine(u"{event}\n尊敬的{name}{honorific}"_s);
        QString error;
        QVERIFY(!mine.save(f.context(Role::Clerk), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(InvitationTemplate::load(settings).text(), InvitationTemplate::defaultText());

        error.clear();
        QVERIFY(!InvitationTemplate(u"{nmae}"_s).save(f.context(), &error));
        QVERIFY(error.contains(u"{nmae}"_s));

        QVERIFY2(mine.save(f.context(), &error), qPrintable(error));
        QCOMPARE(InvitationTemplate::load(settings).text(), mine.text());
        QSqlQuery q(f.db.sql());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM audit_log WHERE action = 'invitation.template'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInvitationTemplate)
#include "TestInvitationTemplate.moc"
