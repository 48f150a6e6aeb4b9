// SPDX-License-Identifier: GPL-3.0-or-later
// `event invitations` through the real memberdesk-cli: render, rasterise with poppler, decode the codes
// with zxing and check in with what the QR code holds.
#include "CliRunner.h"
#include "documents/Barcode.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestCliInvitations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_event = 0;
    QMap<qint64, QString> m_cards; ///< member id → card, of the consenting members

    using Run = test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s,
            const QString& lang = u"en"_s)
    {
        return test::runCli(m_db, args, now, lang);
    }

    qint64 addMember(const QString& name, const QString& gender, const QString& consent)
    {
        const Run r =
            cli({u"member"_s, u"add"_s, u"--name"_s, name, u"--gender"_s, gender, u"--consent"_s, consent});
        if (r.exitCode != 0)
            qFatal("member add: %s", qPrintable(r.err));
        const qint64 id = r.json.value(u"id"_s).toInteger();
        if (consent == u"yes"_s)
            m_cards.insert(id, r.json.value(u"card"_s).toString());
        return id;
    }

    QImage rasterise(const QString& pdf, int page, int dpi)
    {
        const QString prefix = m_dir.filePath(u"%1-p%2"_s.arg(QFileInfo(pdf).baseName()).arg(page));
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"pdftoppm"_s),
                {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                 QString::number(page), u"-png"_s, u"-singlefile"_s, pdf, prefix});
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qFatal("pdftoppm failed: %s", p.readAllStandardError().constData());
        return QImage(prefix + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: scripts/packages.txt lists it");
        m_db = m_dir.filePath(u"invitations.db"_s);
        addMember(u"王芳"_s, u"f"_s, u"yes"_s);
        addMember(u"李强"_s, u"m"_s, u"yes"_s);
        addMember(u"赵敏"_s, u"f"_s, u"no"_s); // no consent: never invited
        addMember(u"陈晓"_s, u"u"_s, u"yes"_s);
        addMember(u"周杰"_s, u"m"_s, u"yes"_s);
        addMember(u"吴敏"_s, u"f"_s, u"yes"_s);
        Run r = cli({u"event"_s, u"create"_s, u"--title"_s, u"冬季品鉴会"_s, u"--start"_s,
                     u"2026-05-20T18:00:00"_s, u"--end"_s, u"2026-05-20T21:00:00"_s, u"--place"_s,
                     u"人民路88号"_s, u"--offer"_s, u"全场8折"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_event = r.json.value(u"id"_s).toInteger();
        QVERIFY(m_event > 0);
    }

    void refusesAnEventWithoutInvitations()
    {
        const Run r = cli({u"event"_s, u"invitations"_s, QString::number(m_event), u"--out"_s,
                           m_dir.filePath(u"none.pdf"_s)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"no invitations"_s), qPrintable(r.out));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
    }

    void invite()
    {
        const Run r = cli({u"event"_s, u"invite"_s, QString::number(m_event)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 5);
    }

    void pagesPerLayout_data()
    {
        QTest::addColumn<QString>("layout");
        QTest::addColumn<int>("pages");
        QTest::newRow("default a4") << QString() << 5;
        QTest::newRow("a4") << u"a4"_s << 5;
        QTest::newRow("a4-4up") << u"a4-4up"_s << 2;
        QTest::newRow("a6") << u"a6"_s << 5;
    }
    void pagesPerLayout()
    {
        QFETCH(QString, layout);
        QFETCH(int, pages);
        const QString pdf = m_dir.filePath(u"layout-%1.pdf"_s.arg(layout.isEmpty() ? u"default"_s : layout));
        QStringList args{u"event"_s, u"invitations"_s, QString::number(m_event), u"--out"_s, pdf};
        if (!layout.isEmpty())
            args << u"--layout"_s << layout;
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(u"pages"_s).toInt(), pages);
        QCOMPARE(r.json.value(u"invitations"_s).toInt(), 5);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        // The same in Chinese text mode.
        const Run zh = test::runCli(m_db, args, u"2026-05-10T10:00:00"_s, u"zh_CN"_s, false);
        QVERIFY2(zh.exitCode == 0, qPrintable(zh.err));
        QVERIFY(zh.out.contains(u"冬季品鉴会"_s));
    }

    void decodedTokensCheckIn()
    {
        const QString pdf = m_dir.filePath(u"roundtrip.pdf"_s);
        const Run r = cli({u"event"_s, u"invitations"_s, QString::number(m_event), u"--out"_s, pdf,
                           u"--layout"_s, u"a4-4up"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QStringList tokens, cards;
        for (int page = 1; page <= 2; ++page) {
            const QImage image = rasterise(pdf, page, 200);
            QVERIFY(!image.isNull());
            for (const DecodedBarcode& d : Barcode::decode(image))
                (d.format == BarcodeFormat::QrCode ? tokens : cards) << d.text;
        }
        QCOMPARE(tokens.size(), 5);
        cards.sort();
        QStringList expectedCards = m_cards.values();
        expectedCards.sort();
        QCOMPARE(cards, expectedCards);

        // Every decoded token checks its member in at the door, once.
        QSet<qint64> members;
        for (const QString& token : tokens) {
            const Run in = cli({u"event"_s, u"checkin"_s, token}, u"2026-05-20T18:30:00"_s);
            QVERIFY2(in.exitCode == 0, qPrintable(in.err + in.out));
            QCOMPARE(in.json.value(u"event_id"_s).toInteger(), m_event);
            QCOMPARE(in.json.value(u"already_checked_in"_s).toBool(), false);
            members.insert(in.json.value(u"member_id"_s).toInteger());
        }
        QCOMPARE(members, QSet<qint64>(m_cards.keyBegin(), m_cards.keyEnd()));
        const Run again = cli({u"event"_s, u"checkin"_s, tokens.first()}, u"2026-05-20T18:40:00"_s);
        QCOMPARE(again.json.value(u"already_checked_in"_s).toBool(), true);
    }

    void clearErrors()
    {
        const QString id = QString::number(m_event);
        Run r = cli({u"event"_s, u"invitations"_s, id, u"--out"_s, m_dir.filePath(u"x.pdf"_s), u"--layout"_s,
                     u"letter"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"usage"_s);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"a4-4up"_s));

        r = cli({u"event"_s, u"invitations"_s, id});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"--out"_s));

        r = cli({u"event"_s, u"invitations"_s, u"99"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"not_found"_s);

        r = cli({u"event"_s, u"invitations"_s, id, u"--out"_s, m_dir.filePath(u"missing/dir/x.pdf"_s)});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"io"_s);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"missing"_s), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCliInvitations)
#include "TestCliInvitations.moc"
