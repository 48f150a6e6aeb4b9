// SPDX-License-Identifier: GPL-3.0-or-later
// "Name contains" answered from member_name_grams gives exactly what the table scan it replaced gave,
// and the index follows every change of a name (add, edit, anonymise, delete) and the demo's bulk fill.
#include "TestDatabaseFixture.h"

#include "demo/DemoGenerator.h"
#include "services/MemberSearch.h"
#include "services/MemberService.h"
#include "services/PrivacyService.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

namespace {

// The search as it was before the index (schema 3): name-prefix range, then a LIKE scan of the table.
QVector<qint64> scanSearch(Database& db, const QString& rawQuery, int limit)
{
    QVector<qint64> ids;
    const QString key = rawQuery.trimmed().toLower();
    QString escaped = key;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT id FROM members WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?"_s);
    q.addBindValue(key);
    q.addBindValue(key + QString::fromUcs4(U"\U0010FFFF", 1));
    q.addBindValue(limit);
    q.exec();
    while (q.next())
        ids << q.value(0).toLongLong();
    q.prepare(u"SELECT id FROM members WHERE name_key LIKE ? ESCAPE '\\' ORDER BY id"_s);
    q.addBindValue(u"%"_s + escaped + u"%"_s);
    q.exec();
    while (q.next() && ids.size() < limit) {
        if (!ids.contains(q.value(0).toLongLong()))
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QVector<qint64> indexSearch(Database& db, const QString& query, int limit)
{
    QVector<qint64> ids;
    for (const auto& hit : MemberSearch(db).find(query, limit))
        ids << hit.member.id;
    return ids;
}

// Every 1- and 2-character piece of every name, computed here from the names themselves.
QSet<QString> expectedGrams(Database& db)
{
    QSet<QString> grams;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT id, name_key FROM members"_s);
    while (q.next()) {
        const QList<uint> points = q.value(1).toString().toUcs4();
        for (qsizetype i = 0; i < points.size(); ++i)
            for (qsizetype len = 1; len <= 2 && i + len <= points.size(); ++len)
                grams << QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + i), len) +
                             u'|' + q.value(0).toString();
    }
    return grams;
}

QSet<QString> storedGrams(Database& db)
{
    QSet<QString> grams;
    QSqlQuery q(db.sql());
    q.exec(u"SELECT gram, member_id FROM member_name_grams"_s);
    while (q.next())
        grams << q.value(0).toString() + u'|' + q.value(1).toString();
    return grams;
}

} // namespace

class TestMemberNameIndex : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DatabaseFixture> f;
    QStringList names;

    qint64 add(const QString& name)
    {
        MemberInput in;
        in.name = name;
        Member m;
        MemberSaveError error;
        if (!MemberService(f->context()).add(in, &m, &error))
            qFatal("cannot add %s: %s", qPrintable(name), qPrintable(error.message));
        return m.id;
    }

    // Queries: pieces of the stored names (1 to 4 characters, any case), and random ones that may match
    // nothing.
    QStringList queries(int count, quint32 seed)
    {
        QRandomGenerator random(seed);
        const QString alphabet = u"张王李伟芳强明华丽娜 aAbBnN%_\\"_s;
        QStringList out;
        for (int i = 0; i < count; ++i) {
            if (i % 3 == 2) {
                QString q;
                const int len = 1 + int(random.bounded(3));
                for (int k = 0; k < len; ++k)
                    q += alphabet.at(int(random.bounded(alphabet.size())));
                out << q;
                continue;
            }
            const QString name = names.at(int(random.bounded(names.size())));
            const int len = 1 + int(random.bounded(qMin<qsizetype>(4, name.size())));
            const int from = int(random.bounded(name.size() - len + 1));
            QString q = name.mid(from, len);
            out << (i % 2 ? q.toUpper() : q);
        }
        return out;
    }

    void compareAll(int count, quint32 seed, int limit)
    {
        for (const QString& q : queries(count, seed)) {
            // Digits are phone and card lookups, not names: that path did not change.
            static const QRegularExpression phoneLike(u"^[+＋]?[0-9０-９\\s\\-]+$"_s);
            if (q.trimmed().isEmpty() || phoneLike.match(q.trimmed()).hasMatch())
                continue;
            const QVector<qint64> indexed = indexSearch(f->db, q, limit);
            const QVector<qint64> scanned = scanSearch(f->db, q, limit);
            if (indexed != scanned)
                qWarning() << "query" << q;
            QCOMPARE(indexed, scanned);
        }
    }

private slots:
    void init()
    {
        f = std::make_unique<test::DatabaseFixture>();
        names.clear();
        // A fixed shop: Chinese names of 2 to 4 characters, Latin names in mixed case, spaces, LIKE's
        // wildcards and its escape character as literal text.
        QRandomGenerator random(7);
        const QStringList surnames = {u"张"_s, u"王"_s, u"李"_s, u"欧阳"_s, u"Wang "_s, u"Li "_s};
        const QStringList given = {u"伟"_s,   u"芳"_s,  u"强"_s,   u"明华"_s,  u"丽"_s,  u"娜娜"_s,
                                   u"Anna"_s, u"BOB"_s, u"naNa"_s, u"50%_a"_s, u"b\\n"_s};
        for (int i = 0; i < 400; ++i) {
            QString name = surnames.at(int(random.bounded(surnames.size())));
            const int parts = 1 + int(random.bounded(2));
            for (int k = 0; k < parts; ++k)
                name += given.at(int(random.bounded(given.size())));
            names << name;
            add(name);
        }
    }

    void sameResultsAsTheScan_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("counter page (20)") << 20;
        QTest::newRow("few (3)") << 3;
        QTest::newRow("everything (1000)") << 1000;
    }
    void sameResultsAsTheScan()
    {
        QFETCH(int, limit);
        compareAll(300, 11, limit);
        QCOMPARE(storedGrams(f->db), expectedGrams(f->db));
    }

    void followsEveryChangeOfAName()
    {
        // Renames (also to a longer and to a one-character name), anonymisation and a delete.
        MemberService members(f->context());
        QRandomGenerator random(3);
        for (int i = 0; i < 60; ++i) {
            const qint64 id = 1 + qint64(random.bounded(400));
            Member m;
            QString error;
            QVERIFY2(members.get(id, &m, &error), qPrintable(error));
            if (m.anonymized)
                continue;
            MemberInput in;
            in.card = m.card;
            in.phone = m.phone;
            in.name = i % 5 == 0 ? u"欧"_s : (i % 2 ? u"Renamed 赵钱孙李 %1"_s.arg(i) : u"周吴郑王"_s);
            MemberSaveError saveError;
            QVERIFY2(members.update(id, in, &saveError), qPrintable(saveError.message));
            names << in.name;
        }
        for (qint64 id : {5, 50, 150}) {
            QString error;
            QVERIFY2(PrivacyService(f->context()).anonymize(id, u"asked"_s, &error), qPrintable(error));
        }
        QSqlQuery q(f->db.sql());
        QVERIFY(
            q.exec(u"DELETE FROM members WHERE id = 400 AND id NOT IN (SELECT member_id FROM purchases)"_s));
        QCOMPARE(storedGrams(f->db), expectedGrams(f->db));
        compareAll(300, 12, 20);
        // The anonymised are found by their placeholder only, no longer by their old name.
        QVERIFY(!indexSearch(f->db, u"赵钱孙李 "_s, 1000).contains(5));
    }

    void migrationAndRebuildFillTheSameIndex()
    {
        const QSet<QString> kept = storedGrams(f->db);
        QString error;
        QVERIFY2(MemberSearch::rebuildNameIndex(f->db, &error), qPrintable(error));
        QCOMPARE(storedGrams(f->db), kept);
    }

    void demoDatabaseIsIndexed()
    {
        test::DatabaseFixture demo;
        QString error;
        QVERIFY2(DemoGenerator({demo.db, demo.clock, {}}).generate({300, 3, 5}, nullptr, &error),
                 qPrintable(error));
        QVERIFY(demo.count(u"member_name_grams"_s) > 300);
        QCOMPARE(storedGrams(demo.db), expectedGrams(demo.db));
        // The triggers the generator set aside are back.
        QSqlQuery q(demo.db.sql());
        QVERIFY(q.exec(
            u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'member_name_grams%'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMemberNameIndex)
#include "TestMemberNameIndex.moc"
