// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"
#include "documents/Barcode.h"
#include "documents/InvitationRenderer.h"
#include "documents/StoreBranding.h"
#include "reports/MonthlyReport.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestInvitationRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QImage logo()
    {
        QImage image(400, 160, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(QColor(0x2e, 0x7d, 0x32));
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(5, 5, 150, 150));
        p.drawRect(QRectF(180, 50, 200, 60));
        return image;
    }

    static InvitationRenderer::Input input(InvitationLayout layout, int guests)
    {
        InvitationRenderer::Input in;
        in.event.id = 12;
        in.event.title = u"冬季新品品鉴会"_s;
        in.event.start = QDateTime(QDate(2026, 12, 5), QTime(14, 0));
        in.event.end = QDateTime(QDate(2026, 12, 5), QTime(17, 30));
        in.event.place = u"人民路88号 二楼活动室"_s;
        in.event.offer = u"全场8折"_s;
        in.storeName = u"鲜丰便利店"_s;
        in.logo = logo();
        in.locale = QLocale(QLocale::Chinese, QLocale::China);
        in.layout = layout;
        const QStringList names{u"王芳"_s, u"李建国"_s, u"欧阳娜娜"_s, u"陈晓"_s, u"赵磊"_s,
                                u"孙丽"_s, u"周杰"_s,   u"吴敏"_s,     u"郑强"_s};
        for (int i = 0; i < guests; ++i) {
            InvitationGuest g;
            g.memberId = 100 + i;
            g.name = names.at(i % names.size());
            g.gender = i % 3 == 0 ? Gender::Female : (i % 3 == 1 ? Gender::Male : Gender::Unknown);
            g.tierName = u"金卡"_s;
            g.card = u"8%1"_s.arg(qint64(10000000000LL + 37 * i), 11, 10, QLatin1Char('0'));
            // Shaped like a real token: event, member, keyed hash.
            g.token = u"MDE1.12.%1.%2"_s.arg(100 + i).arg(QString::number(0x9f3a2c71e08bLL + 7919LL * i, 16));
            in.guests << g;
        }
        return in;
    }

    static QString tool(const QString& name) { return QStandardPaths::findExecutable(name); }

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static int pdfPages(const QString& pdf)
    {
        const QString info = run(tool(u"pdfinfo"_s), {pdf});
        for (const QString& line : info.split(u'\n'))
            if (line.startsWith(u"Pages:"_s))
                return line.mid(6).trimmed().toInt();
        return -1;
    }

    static QSizeF pdfPageSizePt(const QString& pdf)
    {
        const QString info = run(tool(u"pdfinfo"_s), {pdf});
        for (const QString& line : info.split(u'\n')) {
            if (!line.startsWith(u"Page size:"_s))
                continue;
            const QStringList parts = line.mid(10).simplified().split(u' ');
            return QSizeF(parts.value(0).toDouble(), parts.value(2).toDouble());
        }
        return {};
    }

    /// Page `page` (1-based) rasterised by poppler at `dpi`.
    QImage rasterise(const QString& pdf, int page, int dpi)
    {
        const QString prefix = m_dir.filePath(u"page-%1-%2"_s.arg(QFileInfo(pdf).baseName()).arg(page));
        run(tool(u"pdftoppm"_s), {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page), u"-l"_s,
                                  QString::number(page), u"-png"_s, u"-singlefile"_s, pdf, prefix});
        QImage image(prefix + u".png"_s);
        if (image.isNull())
            qFatal("pdftoppm wrote no image for page %d", page);
        return image;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (tool(u"pdftoppm"_s).isEmpty() || tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("poppler-utils (pdftoppm, pdftotext, pdfinfo) is not installed: scripts/packages.txt lists "
                  "it");
    }

    void layoutKeys()
    {
        for (InvitationLayout l : InvitationRenderer::allLayouts()) {
            InvitationLayout back = InvitationLayout::A4Single;
            QVERIFY(InvitationRenderer::layoutFromKey(InvitationRenderer::layoutKey(l), &back));
            QCOMPARE(back, l);
            QVERIFY(!InvitationRenderer::layoutName(l).isEmpty());
        }
        InvitationLayout l = InvitationLayout::A6;
        QVERIFY(InvitationRenderer::layoutFromKey(u" A4-4UP "_s, &l));
        QCOMPARE(l, InvitationLayout::A4FourUp);
        QVERIFY(!InvitationRenderer::layoutFromKey(u"letter"_s, &l));
    }

    void pageCounts_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("guests");
        QTest::addColumn<int>("pages");
        QTest::addColumn<double>("pageWidthPt");
        QTest::newRow("a4 x5") << int(InvitationLayout::A4Single) << 5 << 5 << 595.0;
        QTest::newRow("a4-4up x5") << int(InvitationLayout::A4FourUp) << 5 << 2 << 595.0;
        QTest::newRow("a4-4up x4") << int(InvitationLayout::A4FourUp) << 4 << 1 << 595.0;
        QTest::newRow("a4-4up x9") << int(InvitationLayout::A4FourUp) << 9 << 3 << 595.0;
        QTest::newRow("a6 x5") << int(InvitationLayout::A6) << 5 << 5 << 298.0;
        QTest::newRow("a6 x1") << int(InvitationLayout::A6) << 1 << 1 << 298.0;
    }
    void pageCounts()
    {
        QFETCH(int, layout);
        QFETCH(int, guests);
        QFETCH(int, pages);
        QFETCH(double, pageWidthPt);
        const InvitationRenderer r(input(InvitationLayout(layout), guests));
        QCOMPARE(r.pageCount(), pages);
        const QString pdf = m_dir.filePath(u"count-%1-%2.pdf"_s.arg(layout).arg(guests));
        int written = 0;
        QVector<int> progress;
        QString error;
        QVERIFY2(r.writePdf(pdf, &written, &error,
                            [&](int done, int total) {
                                progress << done;
                                return total == pages;
                            }),
                 qPrintable(error));
        QCOMPARE(written, pages);
        QCOMPARE(pdfPages(pdf), pages);
        QVERIFY(std::abs(pdfPageSizePt(pdf).width() - pageWidthPt) < 1.5);
        QCOMPARE(progress.size(), pages);
        QCOMPARE(progress.last(), pages);
    }

    void textIsSearchable()
    {
        const InvitationRenderer::Input in = input(InvitationLayout::A4FourUp, 5);
        const QString pdf = m_dir.filePath(u"text.pdf"_s);
        QString error;
        QVERIFY2(InvitationRenderer(in).writePdf(pdf, nullptr, &error), qPrintable(error));
        // Noto CJK maps some characters to compatibility code points (⼥ for 女): compare NFKC forms.
        const QString text = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s})
                                 .normalized(QString::NormalizationForm_KC);
        for (const InvitationGuest& g : in.guests) {
            QVERIFY2(text.contains(g.name), qPrintable(g.name));
            QVERIFY2(text.contains(g.card), qPrintable(g.card));
        }
        QVERIFY(text.contains(u"冬季新品品鉴会"_s));
        QVERIFY(text.contains(u"鲜丰便利店"_s));
        // (民 itself comes out as the radical ⺠, which NFKC leaves alone.)
        QVERIFY(text.contains(u"路88号 二楼活动室"_s));
        QVERIFY(text.contains(u"全场8折"_s));
        // Detail markers are layout, not text.
        QVERIFY(!text.contains(u'>'));
        // Pages are separated by form feeds: five cards on two pages.
        QCOMPARE(text.count(u'\f'), 2);
    }

    void tokensAndCardsRoundTrip_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("page");
        QTest::addColumn<QVector<int>>("guestsOnPage");
        QTest::addColumn<int>("dpi");
        QTest::newRow("a4 page 2") << int(InvitationLayout::A4Single) << 2 << QVector<int>{1} << 150;
        QTest::newRow("a4-4up page 1")
            << int(InvitationLayout::A4FourUp) << 1 << QVector<int>{0, 1, 2, 3} << 200;
        QTest::newRow("a4-4up page 2") << int(InvitationLayout::A4FourUp) << 2 << QVector<int>{4} << 200;
        QTest::newRow("a6 page 5") << int(InvitationLayout::A6) << 5 << QVector<int>{4} << 300;
    }
    void tokensAndCardsRoundTrip()
    {
        QFETCH(int, layout);
        QFETCH(int, page);
        QFETCH(QVector<int>, guestsOnPage);
        QFETCH(int, dpi);
        const InvitationRenderer::Input in = input(InvitationLayout(layout), 5);
        const QString pdf = m_dir.filePath(u"roundtrip-%1.pdf"_s.arg(layout));
        QString error;
        QVERIFY2(InvitationRenderer(in).writePdf(pdf, nullptr, &error), qPrintable(error));
        const QVector<DecodedBarcode> found = Barcode::decode(rasterise(pdf, page, dpi));
        QStringList tokens, cards;
        for (const DecodedBarcode& d : found)
            (d.format == BarcodeFormat::QrCode ? tokens : cards) << d.text;
        QStringList expectedTokens, expectedCards;
        for (int i : guestsOnPage) {
            expectedTokens << in.guests.at(i).token;
            expectedCards << in.guests.at(i).card;
        }
        tokens.sort();
        cards.sort();
        expectedTokens.sort();
        expectedCards.sort();
        QCOMPARE(tokens, expectedTokens);
        QCOMPARE(cards, expectedCards);
    }

    void previewIsTheSameCard()
    {
        const InvitationRenderer r(input(InvitationLayout::A6, 2));
        const QImage preview = r.previewImage(r.input().guests.at(1), 200);
        QCOMPARE(preview.width(), qRound(105 / 25.4 * 200));
        const QVector<DecodedBarcode> found = Barcode::decode(preview);
        QStringList texts;
        for (const DecodedBarcode& d : found)
            texts << d.text;
        QVERIFY2(texts.contains(r.input().guests.at(1).token), qPrintable(texts.join(u", "_s)));
        QVERIFY2(texts.contains(r.input().guests.at(1).card), qPrintable(texts.join(u", "_s)));
        // Painting into any rect keeps the card's proportions and stays inside the rect.
        QImage wide(600, 200, QImage::Format_RGB32);
        wide.fill(Qt::red);
        QPainter p(&wide);
        r.paintInvitation(&p, QRectF(0, 0, 600, 200), 0);
        p.end();
        QCOMPARE(QColor(wide.pixel(10, 100)), QColor(Qt::red));  // left of the centred card
        QCOMPARE(QColor(wide.pixel(300, 2)), QColor(Qt::white)); // the card's top edge
    }

    void sampleGuestPreviews()
    {
        const InvitationRenderer r(input(InvitationLayout::A4FourUp, 0));
        const InvitationGuest sample = InvitationRenderer::sampleGuest(u"银卡"_s);
        QCOMPARE(sample.tierName, u"银卡"_s);
        QVERIFY(!sample.name.isEmpty());
        const QImage preview = r.previewImage(sample, 150);
        QCOMPARE(preview.width(), qRound(92 / 25.4 * 150));
        QStringList texts;
        for (const DecodedBarcode& d : Barcode::decode(preview))
            texts << d.text;
        QVERIFY2(texts.contains(sample.card) && texts.contains(sample.token),
                 qPrintable(texts.join(u", "_s)));
    }

    void templateWithoutHeadline()
    {
        InvitationRenderer::Input in = input(InvitationLayout::A6, 1);
        in.invitationTemplate = InvitationTemplate(u"> Date: {date}\n> Place: {place}"_s);
        const QString pdf = m_dir.filePath(u"noheadline.pdf"_s);
        QString error;
        QVERIFY2(InvitationRenderer(in).writePdf(pdf, nullptr, &error), qPrintable(error));
        const QString text = run(tool(u"pdftotext"_s), {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
        QVERIFY2(text.contains(u"Date"_s) && !text.contains(u'>'), qPrintable(text));
    }

    void longTextShrinksThenOverflows()
    {
        InvitationRenderer::Input in = input(InvitationLayout::A6, 1);
        double scale = 0;
        QVERIFY(InvitationRenderer(in).fitsCard(in.guests.first(), &scale));
        QVERIFY(scale >= 1.0);
        in.invitationTemplate = InvitationTemplate(u"{event}\n"_s + QString(420, u'长'));
        QVERIFY(InvitationRenderer(in).fitsCard(in.guests.first(), &scale));
        QVERIFY2(scale < 1.0 && scale > 0.7, qPrintable(QString::number(scale)));
        in.invitationTemplate = InvitationTemplate(u"{event}\n"_s + QString(2000, u'长'));
        QVERIFY(!InvitationRenderer(in).fitsCard(in.guests.first(), &scale));
    }

    void clearErrors()
    {
        QString error;
        // No guests.
        InvitationRenderer::Input none = input(InvitationLayout::A4Single, 0);
        const QString pdf = m_dir.filePath(u"errors.pdf"_s);
        QVERIFY(!InvitationRenderer(none).writePdf(pdf, nullptr, &error));
        QVERIFY2(error.contains(u"no invitations"_s), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
        // A folder that does not exist.
        error.clear();
        const InvitationRenderer ok(input(InvitationLayout::A4Single, 1));
        const QString missing = m_dir.filePath(u"no/such/folder/x.pdf"_s);
        QVERIFY(!ok.writePdf(missing, nullptr, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(m_dir.filePath(u"no/such/folder"_s))),
                 qPrintable(error));
        // A folder given as the file.
        error.clear();
        QVERIFY(!ok.writePdf(m_dir.path(), nullptr, &error));
        QVERIFY2(error.contains(u"folder"_s), qPrintable(error));
        // A file that cannot be written (read-only, unless running as root, which may write anyway).
        const QString locked = m_dir.filePath(u"locked.pdf"_s);
        {
            QFile f(locked);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        QFile::setPermissions(locked, QFile::ReadOwner);
        QFile probe(locked);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Append)) {
            error.clear();
            QVERIFY(!ok.writePdf(locked, nullptr, &error));
            QVERIFY2(error.contains(u"locked.pdf"_s), qPrintable(error));
            QFile kept(locked);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("keep me"));
        }
        // An invalid template.
        error.clear();
        InvitationRenderer::Input bad = input(InvitationLayout::A6, 1);
        bad.invitationTemplate = InvitationTemplate(u"Dear {nmae}"_s);
        QVERIFY(!InvitationRenderer(bad).writePdf(pdf, nullptr, &error));
        QVERIFY2(error.contains(u"{nmae}"_s), qPrintable(error));
        // A guest without a check-in token.
        error.clear();
        InvitationRenderer::Input tokenless = input(InvitationLayout::A6, 2);
        tokenless.guests[1].token.clear();
        QVERIFY(!InvitationRenderer(tokenless).writePdf(pdf, nullptr, &error));
        QVERIFY2(error.contains(tokenless.guests[1].name), qPrintable(error));
        // A card number Code 128 cannot carry.
        error.clear();
        InvitationRenderer::Input oddCard = input(InvitationLayout::A6, 1);
        oddCard.guests[0].card = u"卡号一"_s;
        QVERIFY(!InvitationRenderer(oddCard).writePdf(pdf, nullptr, &error));
        QVERIFY2(error.contains(u"卡号一"_s), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
    }

    void cancellingRemovesThePartialFile()
    {
        const InvitationRenderer r(input(InvitationLayout::A6, 4));
        const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
        QString error;
        int calls = 0;
        QVERIFY(!r.writePdf(pdf, nullptr, &error, [&](int done, int) {
            ++calls;
            return done < 2;
        }));
        QCOMPARE(calls, 2);
        QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
    }

    void logoFromSettings()
    {
        test::DatabaseFixture f;
        SettingsRepository settings(f.db);
        StoreBranding branding;
        QString error;
        QVERIFY(StoreBranding::load(settings, &branding, &error));
        QCOMPARE(branding.name, MonthlyReport::defaultStoreName());
        QVERIFY(branding.logo.isNull());

        // Files: a real PNG, a text file, a missing file.
        const QString png = m_dir.filePath(u"logo.png"_s);
        QVERIFY(QImage(logo()).scaled(2400, 960).save(png));
        QImage read;
        QVERIFY2(StoreBranding::readLogoFile(png, &read, &error), qPrintable(error));
        const QString text = m_dir.filePath(u"logo.txt"_s);
        {
            QFile t(text);
            QVERIFY(t.open(QIODevice::WriteOnly));
            t.write("not an image");
        }
        QImage dummy;
        QVERIFY(!StoreBranding::readLogoFile(text, &dummy, &error));
        QVERIFY2(error.contains(u"logo.txt"_s), qPrintable(error));
        QVERIFY(!StoreBranding::readLogoFile(m_dir.filePath(u"gone.png"_s), &dummy, &error));
        QVERIFY2(error.contains(u"gone.png"_s), qPrintable(error));

        // Only the owner stores it; it is scaled to the stored maximum.
        QVERIFY(!StoreBranding::saveLogo(f.context(Role::Clerk), read, &error));
        QVERIFY2(StoreBranding::saveLogo(f.context(), read, &error), qPrintable(error));
        QVERIFY(settings.setValue(MonthlyReport::storeNameSettingsKey(), u"鲜丰便利店"_s, &error));
        QVERIFY(StoreBranding::load(settings, &branding, &error));
        QCOMPARE(branding.name, u"鲜丰便利店"_s);
        QCOMPARE(branding.logo.width(), StoreBranding::maxLogoPixels());
        QCOMPARE(branding.logo.height(), 480);

        // A damaged stored logo is reported, not silently dropped.
        QVERIFY(settings.setValue(StoreBranding::logoSettingsKey(), u"bm90IGEgcG5n"_s, &error));
        error.clear();
        QVERIFY(!StoreBranding::load(settings, &branding, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(branding.name, u"鲜丰便利店"_s);
        QVERIFY(branding.logo.isNull());

        // Removing it.
        QVERIFY(StoreBranding::saveLogo(f.context(), QImage(), &error));
        QVERIFY(StoreBranding::load(settings, &branding, &error));
        QVERIFY(branding.logo.isNull());
    }
};

QTEST_MAIN(TestInvitationRenderer)
#include "TestInvitationRenderer.moc"
