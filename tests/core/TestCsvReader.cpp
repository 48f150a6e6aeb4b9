// SPDX-License-Identifier: GPL-3.0-or-later
#include "importio/CsvReader.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace md;

class TestCsvReader : public QObject
{
    Q_OBJECT

    static CsvTable read(const QString& name, const CsvOptions& options = {})
    {
        return CsvReader::readFile(QStringLiteral(MEMBERDESK_TEST_DATA "/csv/") + name, options);
    }

private slots:
    void quotes()
    {
        const CsvTable t = read(u"quotes.csv"_s);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.delimiter, CsvDelimiter::Comma);
        QCOMPARE(t.records.size(), 4);
        QCOMPARE(t.records[1].fields, QStringList({u"Wang, Fang"_s, u"13800138000"_s, u"She said \"hi\""_s}));
        QCOMPARE(t.records[2].fields, QStringList({QString(), u"13900139000"_s, QString()}));
        // Spaces around a quoted field are dropped before it; text after the closing quote is kept.
        QCOMPARE(t.records[3].fields.at(0), u"Li Lei  "_s);
        QCOMPARE(t.records[3].fields.at(2), u"ab"_s);
        QCOMPARE(t.records[3].line, 4);
        for (const CsvRecord& r : t.records)
            QVERIFY(r.problem.isEmpty());
    }

    void embeddedNewlinesKeepFileLines()
    {
        const CsvTable t = read(u"embedded_newlines.csv"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[1].line, 2);
        QCOMPARE(t.records[1].fields.at(1), u"line one\nline two\nline three"_s);
        QCOMPARE(t.records[2].line, 5);
        QCOMPARE(t.records[2].fields, QStringList({u"Li Si"_s, u"plain"_s}));
    }

    void raggedRowsAndBlankLines()
    {
        const CsvTable t = read(u"ragged.csv"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 5);
        QCOMPARE(t.records[2].fields.size(), 2);
        QCOMPARE(t.records[3].fields.size(), 4);
        QCOMPARE(t.records[4].line, 7); // two blank lines skipped, numbering kept
        QCOMPARE(t.records[4].fields.at(0), u"D"_s);
    }

    void hugeFieldIsBoundedAndFlagged()
    {
        CsvOptions options;
        options.maxFieldChars = 1000;
        const CsvTable t = read(u"huge_field.csv"_s, options);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[1].fields.at(1).size(), 1000);
        QVERIFY(t.records[1].problem.contains(u"longer than"_s));
        QCOMPARE(t.records[2].line, 3);
        QVERIFY(t.records[2].problem.isEmpty());
        QCOMPARE(t.records[2].fields.at(1), u"short"_s);
    }

    void invalidUtf8NamesTheLine()
    {
        const CsvTable t = read(u"invalid_utf8.csv"_s, {CsvEncoding::Utf8});
        QVERIFY(!t.ok);
        QCOMPARE(t.errorLine, 3);
        QVERIFY(t.error.contains(u"Line 3"_s));
        // Auto: the other lines are UTF-8, so this is damage, not GBK.
        const CsvTable a = read(u"invalid_utf8.csv"_s);
        QVERIFY(!a.ok);
        QCOMPARE(a.errorLine, 3);
    }

    void mixedEncodingsAreRefused()
    {
        const CsvTable t = read(u"mixed_encoding.csv"_s);
        QVERIFY(!t.ok);
        QCOMPARE(t.errorLine, 4);
        QVERIFY(t.error.contains(u"mixes encodings"_s));
    }

    void gbkIsDetected()
    {
        const CsvTable t = read(u"gbk.csv"_s);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.encoding, CsvEncoding::Gb18030);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[0].fields, QStringList({u"姓名"_s, u"手机号"_s, u"生日"_s, u"性别"_s, u"备注"_s}));
        QCOMPARE(t.records[1].fields.at(0), u"张三"_s);
        QCOMPARE(t.records[2].fields.at(4), u"喜欢绿茶，常买"_s);
        // Forced UTF-8 on a GBK file is an error, never garbage.
        const CsvTable forced = read(u"gbk.csv"_s, {CsvEncoding::Utf8});
        QVERIFY(!forced.ok);
        QCOMPARE(forced.errorLine, 1);
    }

    void big5IsDetected()
    {
        // Taiwan's Excel saves CSV as Big5: told apart from GBK, read with its traditional headers.
        const CsvTable t = read(u"big5_members.csv"_s);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.encoding, CsvEncoding::Big5);
        QCOMPARE(t.records.size(), 6);
        QCOMPARE(t.records[0].fields,
                 QStringList({u"姓名"_s, u"手機"_s, u"生日"_s, u"性別"_s, u"備註"_s, u"積分"_s}));
        QCOMPARE(t.records[1].fields.at(0), u"陳大文"_s);
        QCOMPARE(t.records[1].fields.at(4), u"常客，喜歡烏龍茶"_s);
        // A simplified GBK file next to it is still GBK.
        const CsvTable g = read(u"gbk_members.csv"_s);
        QVERIFY2(g.ok, qPrintable(g.error));
        QCOMPARE(g.encoding, CsvEncoding::Gb18030);
        QCOMPARE(g.records[1].fields.at(1), u"王小明"_s);
        // Asked for explicitly, and refused when the bytes are not Big5.
        QCOMPARE(read(u"big5_members.csv"_s, {CsvEncoding::Big5}).records.size(), 6);
        const CsvTable truncated = CsvReader::parse(QByteArray("name\n\xB3\xAF\xA4"), {CsvEncoding::Big5});
        QVERIFY(!truncated.ok);
        QCOMPARE(truncated.errorLine, 2);
        QVERIFY(truncated.error.contains(u"Big5"_s));
        QCOMPARE(CsvReader::encodingName(CsvEncoding::Big5), u"big5"_s);
        CsvEncoding e = CsvEncoding::Auto;
        QVERIFY(CsvReader::encodingFromName(u"BIG5"_s, &e));
        QCOMPARE(e, CsvEncoding::Big5);
    }

    void chineseEncodingGuess_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("codec");
        QTest::addColumn<int>("expected");
        const int gbk = int(CsvEncoding::Gb18030), big5 = int(CsvEncoding::Big5);
        // Short texts are the hard case: a header alone, or one name.
        const QStringList simplified = {u"姓名"_s,
                                        u"姓名,电话"_s,
                                        u"会员卡号,电话,姓名,生日,性别,备注,金额,日期,积分"_s,
                                        u"张三"_s,
                                        u"刘备"_s,
                                        u"李四,王五,赵六"_s,
                                        u"手机号码,消费金额,消费日期"_s,
                                        u"喜欢绿茶，常买"_s,
                                        u"老客户，每周来两次"_s};
        const QStringList traditional = {u"姓名"_s,
                                         u"姓名,電話"_s,
                                         u"會員卡號,電話,姓名,生日,性別,備註,金額,日期,積分"_s,
                                         u"陳大文"_s,
                                         u"林美玲"_s,
                                         u"黃志明,張淑芬,吳建國"_s,
                                         u"手機號碼,消費金額,消費日期"_s,
                                         u"常客，喜歡烏龍茶"_s,
                                         u"老客戶，每週來兩次"_s};
        for (const QString& text : simplified)
            QTest::addRow("gbk %s", qPrintable(text)) << text << QByteArray("GB18030") << gbk;
        for (const QString& text : traditional)
            QTest::addRow("big5 %s", qPrintable(text)) << text << QByteArray("Big5") << big5;
        // Traditional characters saved by a mainland Excel are GBK: bytes Big5 never has.
        QTest::addRow("gbk traditional") << u"會員卡號,電話,姓名,備註"_s << QByteArray("GB18030") << gbk;
    }

    void chineseEncodingGuess()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, codec);
        QFETCH(int, expected);
        QStringEncoder encoder(codec.constData());
        const QByteArray bytes = encoder.encode(text + u"\n"_s);
        QCOMPARE(int(CsvReader::guessChineseEncoding(bytes)), expected);
        const CsvTable t = CsvReader::parse(bytes);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(int(t.encoding), expected);
        QCOMPARE(t.records.value(0).fields.join(u','), text);
    }

    void bomCrlfSemicolon()
    {
        const CsvTable t = read(u"bom_crlf_semicolon.csv"_s);
        QVERIFY(t.ok);
        QVERIFY(t.hadBom);
        QCOMPARE(t.encoding, CsvEncoding::Utf8);
        QCOMPARE(t.delimiter, CsvDelimiter::Semicolon);
        QCOMPARE(t.records[0].fields.at(0), u"name"_s); // no BOM glued to the first header
        QCOMPARE(t.records[1].fields, QStringList({u"陈静"_s, u"13912345678"_s, u"12.50"_s}));
        QCOMPARE(t.records[2].fields.at(0), u"Müller; Hans"_s);
        QCOMPARE(t.records[2].fields.at(2), u"3"_s); // no \r left over
        // The BOM says UTF-8: reading it as GBK would be garbage, so that is refused.
        QVERIFY(!read(u"bom_crlf_semicolon.csv"_s, {CsvEncoding::Gb18030}).ok);
    }

    void utf16TabText()
    {
        const CsvTable t = read(u"utf16_tab.txt"_s);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.encoding, CsvEncoding::Utf16);
        QCOMPARE(t.delimiter, CsvDelimiter::Tab);
        QCOMPARE(t.records[1].fields, QStringList({u"周杰"_s, u"13800138000"_s}));
    }

    void cdnowWhitespaceColumns()
    {
        const CsvTable t = read(u"cdnow_sample_head.txt"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.delimiter, CsvDelimiter::Whitespace);
        QCOMPARE(t.records.size(), 12);
        QCOMPARE(t.records[0].fields,
                 QStringList({u"00004"_s, u"0001"_s, u"19970101"_s, u"2"_s, u"29.33"_s}));
        for (const CsvRecord& r : t.records)
            QCOMPARE(r.fields.size(), 5);
    }

    void unclosedQuote()
    {
        const CsvTable t = read(u"unclosed_quote.csv"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[2].line, 3);
        QVERIFY(t.records[2].problem.contains(u"line 3"_s));
    }

    void carriageReturnOnly()
    {
        const CsvTable t = read(u"cr_only.csv"_s);
        QVERIFY(t.ok);
        QCOMPARE(t.records.size(), 3);
        QCOMPARE(t.records[2].line, 3);
        QCOMPARE(t.records[2].fields.at(1), u"13900139000"_s);
    }

    void nulBytesAreRefused()
    {
        const CsvTable t = read(u"nul_bytes.csv"_s);
        QVERIFY(!t.ok);
        QCOMPARE(t.errorLine, 2);
    }

    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("records");
        QTest::addColumn<QStringList>("last");
        QTest::newRow("empty") << QByteArray() << 0 << QStringList();
        QTest::newRow("only newlines") << QByteArray("\r\n\n\r") << 0 << QStringList();
        QTest::newRow("no final newline") << QByteArray("a,b\nc,d") << 2 << QStringList{u"c"_s, u"d"_s};
        QTest::newRow("trailing comma")
            << QByteArray("a,b,\n") << 1 << QStringList{u"a"_s, u"b"_s, QString()};
        QTest::newRow("trailing comma at eof")
            << QByteArray("a,b,") << 1 << QStringList{u"a"_s, u"b"_s, QString()};
        QTest::newRow("lone quote") << QByteArray("\"") << 1 << QStringList{QString()};
        QTest::newRow("quote inside unquoted")
            << QByteArray("ab\"c,d") << 1 << QStringList{u"ab\"c"_s, u"d"_s};
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << 0 << QStringList();
    }

    void edgeCases()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, records);
        QFETCH(QStringList, last);
        CsvOptions options;
        options.delimiter = CsvDelimiter::Comma;
        const CsvTable t = CsvReader::parse(data, options);
        QVERIFY2(t.ok, qPrintable(t.error));
        QCOMPARE(t.records.size(), records);
        if (records > 0)
            QCOMPARE(t.records.last().fields, last);
    }

    void tooManyFieldsAreFlagged()
    {
        CsvOptions options;
        options.maxFields = 3;
        const CsvTable t = CsvReader::parse("a,b,c,d,e\n", options);
        QVERIFY(t.ok);
        QCOMPARE(t.records[0].fields.size(), 3);
        QVERIFY(!t.records[0].problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
