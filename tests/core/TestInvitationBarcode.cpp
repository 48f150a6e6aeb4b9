// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/Barcode.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestInvitationBarcode : public QObject
{
    Q_OBJECT

    static QImage render(const BarcodeSymbol& symbol, const QSize& size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        Barcode::paint(&p, QRectF(QPointF(0, 0), QSizeF(size)), symbol);
        p.end();
        return image;
    }

private slots:
    void qrRoundTripWithLevel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("expectedLevel");
        QTest::newRow("token M") << u"MD1.7.42.3f9a0c1de2b74a55"_s << int(QrErrorCorrection::M) << u"M"_s;
        QTest::newRow("token Q") << u"MD1.7.42.3f9a0c1de2b74a55"_s << int(QrErrorCorrection::Q) << u"Q"_s;
        QTest::newRow("chinese utf-8") << u"王芳 · 冬季品鉴会"_s << int(QrErrorCorrection::Q) << u"Q"_s;
    }
    void qrRoundTripWithLevel()
    {
        QFETCH(QString, text);
        QFETCH(int, level);
        QFETCH(QString, expectedLevel);
        QString error;
        const BarcodeSymbol qr = Barcode::encodeQr(text, QrErrorCorrection(level), &error);
        QVERIFY2(!qr.isNull(), qPrintable(error));
        QCOMPARE(qr.columns(), qr.rows());
        QVERIFY(qr.columns() >= 21);
        const QVector<DecodedBarcode> found = Barcode::decode(render(qr, QSize(300, 300)));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().format, BarcodeFormat::QrCode);
        QCOMPARE(found.first().text, text);
        QCOMPARE(found.first().ecLevel, expectedLevel);
    }

    void code128RoundTrip_data()
    {
        QTest::addColumn<QString>("card");
        QTest::newRow("generated card") << u"800000000012"_s;
        QTest::newRow("odd digits") << u"1234567"_s;
        QTest::newRow("letters") << u"VIP-A0042"_s;
    }
    void code128RoundTrip()
    {
        QFETCH(QString, card);
        QString error;
        const BarcodeSymbol bars = Barcode::encodeCode128(card, &error);
        QVERIFY2(!bars.isNull(), qPrintable(error));
        QVERIFY(bars.isLinear());
        QCOMPARE(bars.rows(), 1);
        // Code 128 starts with a bar and ends with the 2-module stop bar.
        QVERIFY(bars.module(0, 0));
        QVERIFY(bars.module(bars.columns() - 1, 0));
        const QVector<DecodedBarcode> found =
            Barcode::decode(render(bars, QSize(2 * (bars.columns() + 20), 80)));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().format, BarcodeFormat::Code128);
        QCOMPARE(found.first().text, card);
    }

    void refusesWhatCannotBeEncoded()
    {
        QString error;
        QVERIFY(Barcode::encodeQr(QString(), QrErrorCorrection::M, &error).isNull());
        QVERIFY(!error.isEmpty());
        error.clear();
        QVERIFY(Barcode::encodeQr(QString(5000, u'x'), QrErrorCorrection::Q, &error).isNull());
        QVERIFY2(error.contains(QLocale().toString(5000)), qPrintable(error));
        error.clear();
        QVERIFY(Barcode::encodeCode128(u"卡8001"_s, &error).isNull());
        QVERIFY2(error.contains(u"卡8001"_s), qPrintable(error));
        error.clear();
        QVERIFY(Barcode::encodeCode128(QString(), &error).isNull());
        QVERIFY(!error.isEmpty());
    }

    void paintKeepsQuietZoneAndSquareModules()
    {
        QString error;
        const BarcodeSymbol qr = Barcode::encodeQr(u"MD1.1.1.abcdef"_s, QrErrorCorrection::M, &error);
        const int total = qr.columns() + 2 * qr.quietZoneModules();
        QImage image(400, 300, QImage::Format_RGB32);
        image.fill(Qt::red); // what the barcode does not cover stays red
        QPainter p(&image);
        const QRectF symbol = Barcode::paint(&p, QRectF(0, 0, 400, 300), qr);
        p.end();
        // Modules snapped to whole pixels: 300 / total rounded down.
        const int module = 300 / total;
        QCOMPARE(symbol.width(), double(module * qr.columns()));
        QCOMPARE(symbol.height(), symbol.width());
        // The quiet zone is white on every side of the symbol.
        const int qz = module * qr.quietZoneModules();
        const QRect s = symbol.toRect();
        QCOMPARE(QColor(image.pixel(s.left() - qz, s.top() - qz)), QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(s.right() + qz, s.bottom() + qz)), QColor(Qt::white));
        QCOMPARE(QColor(image.pixel(s.left() - qz - 1, s.center().y())), QColor(Qt::red));
        // The finder pattern's corner module is dark, and crisp (no grey anti-aliased edge).
        QCOMPARE(QColor(image.pixel(s.left(), s.top())), QColor(Qt::black));
        QCOMPARE(QColor(image.pixel(s.left() + module - 1, s.top())), QColor(Qt::black));
        // A null symbol paints nothing.
        QVERIFY(Barcode::paint(&p, QRectF(0, 0, 10, 10), BarcodeSymbol()).isEmpty());
    }

    void decodeFindsNothingInBlankImage()
    {
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(Barcode::decode(blank).isEmpty());
        QVERIFY(Barcode::decode(QImage()).isEmpty());
    }
};

QTEST_MAIN(TestInvitationBarcode)
#include "TestInvitationBarcode.moc"
