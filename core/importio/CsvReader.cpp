// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// The 1-based line of a byte offset, counting LF, CRLF and lone CR as line ends.
int lineOfOffset(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    const char* p = data.constData();
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= data.size() || p[i + 1] != '\n')))
            ++line;
    }
    return line;
}

int lineOfIndex(const QString& text, qsizetype index)
{
    int line = 1;
    for (qsizetype i = 0; i < index && i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n')))
            ++line;
    }
    return line;
}

// Strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF), line by line: how many lines hold
// valid multi-byte text and how many hold invalid bytes, and where the first invalid byte is.
struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    int validMultibyteLines = 0;
    int invalidLines = 0;
};

Utf8Scan scanUtf8(const QByteArray& data)
{
    Utf8Scan scan;
    const auto* p = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    bool lineMultibyte = false, lineInvalid = false;
    auto endLine = [&]() {
        if (lineInvalid)
            ++scan.invalidLines;
        else if (lineMultibyte)
            ++scan.validMultibyteLines;
        lineMultibyte = lineInvalid = false;
    };
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c == '\n')
                endLine();
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        bool valid = length > 0 && i + length <= n;
        if (valid) {
            for (int k = 1; k < length; ++k) {
                const unsigned char b = p[i + k];
                const unsigned char min = k == 1 ? lo : 0x80, max = k == 1 ? hi : 0xBF;
                if (b < min || b > max) {
                    valid = false;
                    break;
                }
            }
        }
        if (valid) {
            lineMultibyte = true;
            i += length;
        } else {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            lineInvalid = true;
            ++i;
        }
    }
    endLine();
    return scan;
}

bool decodeWith(const char* name, const QByteArray& bytes, QString* text, int* errorLine)
{
    // Stateless: the whole file is one chunk, so a character cut off at its end is an error rather
    // than held back (and silently dropped) waiting for more bytes.
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *text = decoder.decode(bytes);
    if (!decoder.hasError())
        return true;
    const qsizetype bad = text->indexOf(QChar(QChar::ReplacementCharacter));
    *errorLine = bad >= 0 ? lineOfIndex(*text, bad) : lineOfOffset(bytes, bytes.size());
    return false;
}

const char* decoderName(CsvEncoding encoding)
{
    return encoding == CsvEncoding::Big5 ? "Big5" : "GB18030";
}

bool isHorizontalSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0x3000) || c == QChar(0xA0);
}

} // namespace

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"utf-8"_s;
    case CsvEncoding::Gb18030:
        return u"gbk"_s;
    case CsvEncoding::Utf16:
        return u"utf-16"_s;
    case CsvEncoding::Big5:
        return u"big5"_s;
    case CsvEncoding::Auto:
        break;
    }
    return u"auto"_s;
}

QString CsvReader::delimiterName(CsvDelimiter delimiter)
{
    switch (delimiter) {
    case CsvDelimiter::Comma:
        return u"comma"_s;
    case CsvDelimiter::Semicolon:
        return u"semicolon"_s;
    case CsvDelimiter::Tab:
        return u"tab"_s;
    case CsvDelimiter::Whitespace:
        return u"whitespace"_s;
    case CsvDelimiter::Auto:
        break;
    }
    return u"auto"_s;
}

bool CsvReader::encodingFromName(const QString& name, CsvEncoding* encoding)
{
    const QString n = name.trimmed().toLower();
    if (n == u"auto"_s)
        *encoding = CsvEncoding::Auto;
    else if (n == u"utf-8"_s || n == u"utf8"_s)
        *encoding = CsvEncoding::Utf8;
    else if (n == u"gbk"_s || n == u"gb18030"_s || n == u"gb2312"_s)
        *encoding = CsvEncoding::Gb18030;
    else if (n == u"utf-16"_s || n == u"utf16"_s)
        *encoding = CsvEncoding::Utf16;
    else if (n == u"big5"_s || n == u"big-5"_s || n == u"cp950"_s)
        *encoding = CsvEncoding::Big5;
    else
        return false;
    return true;
}

bool CsvReader::delimiterFromName(const QString& name, CsvDelimiter* delimiter)
{
    const QString n = name.trimmed().toLower();
    if (n == u"auto"_s)
        *delimiter = CsvDelimiter::Auto;
    else if (n == u"comma"_s || n == u","_s)
        *delimiter = CsvDelimiter::Comma;
    else if (n == u"semicolon"_s || n == u";"_s)
        *delimiter = CsvDelimiter::Semicolon;
    else if (n == u"tab"_s || n == u"\\t"_s)
        *delimiter = CsvDelimiter::Tab;
    else if (n == u"whitespace"_s || n == u"space"_s)
        *delimiter = CsvDelimiter::Whitespace;
    else
        return false;
    return true;
}

bool CsvReader::decode(const QByteArray& data, CsvEncoding requested, QString* text, CsvEncoding* used,
                       bool* hadBom, QString* error, int* errorLine)
{
    *errorLine = 0;
    *hadBom = false;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *hadBom = true;
        bytes.remove(0, 3);
        if (requested == CsvEncoding::Gb18030 || requested == CsvEncoding::Big5 ||
            requested == CsvEncoding::Utf16) {
            *error = tr("The file starts with a UTF-8 byte order mark, but %1 was asked for. Use --encoding "
                        "utf-8 (or auto).")
                         .arg(encodingName(requested));
            return false;
        }
        requested = CsvEncoding::Utf8;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *hadBom = true;
        const bool little = bytes.startsWith("\xFF\xFE");
        bytes.remove(0, 2);
        if (requested != CsvEncoding::Auto && requested != CsvEncoding::Utf16) {
            *error = tr("The file starts with a UTF-16 byte order mark, but %1 was asked for.")
                         .arg(encodingName(requested));
            return false;
        }
        *used = CsvEncoding::Utf16;
        if (!decodeWith(little ? "UTF-16LE" : "UTF-16BE", bytes, text, errorLine)) {
            *error = tr("Line %1 is not valid UTF-16.").arg(*errorLine);
            return false;
        }
        return true;
    }
    if (requested == CsvEncoding::Utf16) {
        *error = tr("The file has no UTF-16 byte order mark; save it again as \"Unicode text\" or as UTF-8.");
        return false;
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        *errorLine = lineOfOffset(bytes, nul);
        *error =
            tr("Line %1 contains a NUL byte: this is not a text file (or it is UTF-16 without a byte order "
               "mark).")
                .arg(*errorLine);
        return false;
    }
    if (requested == CsvEncoding::Gb18030) {
        *used = CsvEncoding::Gb18030;
        if (!decodeWith("GB18030", bytes, text, errorLine)) {
            *error = tr("Line %1 is not valid GBK/GB18030 text.").arg(*errorLine);
            return false;
        }
        return true;
    }
    if (requested == CsvEncoding::Big5) {
        *used = CsvEncoding::Big5;
        if (!decodeWith("Big5", bytes, text, errorLine)) {
            *error = tr("Line %1 is not valid Big5 text.").arg(*errorLine);
            return false;
        }
        return true;
    }
    const Utf8Scan scan = scanUtf8(bytes);
    if (scan.firstInvalid < 0) {
        *used = CsvEncoding::Utf8;
        *text = QString::fromUtf8(bytes);
        return true;
    }
    const int badLine = lineOfOffset(bytes, scan.firstInvalid);
    // Auto: GBK when the non-ASCII lines are mostly not UTF-8. When most of them are UTF-8, the invalid
    // ones are damage or a second encoding pasted in: decoding all as GBK would turn the UTF-8 text into
    // garbage without any error, so refuse instead.
    if (requested == CsvEncoding::Auto && scan.validMultibyteLines < scan.invalidLines) {
        // GBK (mainland Excel) or Big5 (Taiwan / Hong Kong Excel): most byte pairs are valid in both, so
        // the guess weighs which reading gives common characters; the other is the fallback when the
        // guess does not decode cleanly.
        const CsvEncoding guess = guessChineseEncoding(bytes);
        *used = guess;
        if (decodeWith(decoderName(guess), bytes, text, errorLine))
            return true;
        const int guessLine = *errorLine;
        const CsvEncoding other = guess == CsvEncoding::Big5 ? CsvEncoding::Gb18030 : CsvEncoding::Big5;
        QString otherText;
        int otherLine = 0;
        if (decodeWith(decoderName(other), bytes, &otherText, &otherLine)) {
            *used = other;
            *text = std::move(otherText);
            *errorLine = 0;
            return true;
        }
        *errorLine = guessLine > 0 ? guessLine : badLine;
        *error = tr("Line %1 is neither UTF-8, GBK nor Big5 text. Save the file as UTF-8 and try again.")
                     .arg(*errorLine);
        return false;
    }
    *errorLine = badLine;
    if (requested == CsvEncoding::Auto)
        *error =
            tr("Line %1 is not valid UTF-8 while the rest of the file is: the file mixes encodings or is "
               "damaged. Fix that line, or save the whole file in one encoding.")
                .arg(badLine);
    else
        *error =
            tr("Line %1 is not valid UTF-8. If the file came from Excel, try --encoding gbk.").arg(badLine);
    return false;
}

CsvEncoding CsvReader::guessChineseEncoding(const QByteArray& bytes)
{
    // Both encodings pair a lead byte 0x81-0xFE with a trail byte. Simplified text from Excel stays in
    // GB2312, whose 3,755 common characters are leads B0-D7 with trails A1-FE; Big5's 5,401 common
    // characters are leads A4-C6 with trails 40-7E or A1-FE. The shared part (leads B0-C6, trails A1-FE)
    // counts for both; what decides is the rest: Big5's low trails and A4-AF leads (kana, Cyrillic and
    // user-defined slots in GBK), and GB2312's C7-D7 leads (reserved slots and rare characters in Big5).
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = qMin<qsizetype>(bytes.size(), 16 * 1024 * 1024); // plenty to decide
    qint64 gbk = 0, big5 = 0;
    for (qsizetype i = 0; i < n;) {
        const unsigned char lead = p[i];
        if (lead < 0x81 || lead == 0xFF || i + 1 >= n) {
            ++i;
            continue;
        }
        const unsigned char trail = p[i + 1];
        // A GB18030 four-byte character, or a GBK lead below Big5's range (GBK's extra characters,
        // traditional ones included): never Big5. (Windows' Big5 decoder maps them to private-use
        // characters instead of failing, so decoding alone would not tell.)
        if ((trail >= 0x30 && trail <= 0x39) || lead <= 0xA0)
            return CsvEncoding::Gb18030;
        const bool highTrail = trail >= 0xA1 && trail <= 0xFE;
        const bool lowTrail = trail >= 0x40 && trail <= 0x7E;
        if (lead >= 0xB0 && lead <= 0xD7 && highTrail)
            ++gbk;
        if ((lead >= 0xA4 && lead <= 0xC5 && (highTrail || lowTrail)) || (lead == 0xC6 && lowTrail))
            ++big5;
        i += 2;
    }
    return big5 > gbk ? CsvEncoding::Big5 : CsvEncoding::Gb18030;
}

CsvDelimiter CsvReader::detectDelimiter(const QString& text)
{
    const QChar candidates[] = {u',', u'\t', u';'};
    const CsvDelimiter kinds[] = {CsvDelimiter::Comma, CsvDelimiter::Tab, CsvDelimiter::Semicolon};
    int linesWith[3] = {0, 0, 0};
    int totals[3] = {0, 0, 0};
    int lineCounts[3] = {0, 0, 0};
    bool inQuotes = false, spaceSeparated = false, lineHasText = false, spaceAfterText = false;
    int lines = 0;
    for (qsizetype i = 0; i < text.size() && lines < 50; ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            inQuotes = !inQuotes;
            lineHasText = true;
            continue;
        }
        if (inQuotes)
            continue;
        if (c == u'\n' || c == u'\r') {
            for (int k = 0; k < 3; ++k) {
                if (lineCounts[k] > 0)
                    ++linesWith[k];
                totals[k] += lineCounts[k];
                lineCounts[k] = 0;
            }
            if (lineHasText)
                ++lines;
            lineHasText = spaceAfterText = false;
            continue;
        }
        for (int k = 0; k < 3; ++k) {
            if (c == candidates[k])
                ++lineCounts[k];
        }
        if (c == u' ' || c == u'\t') {
            if (lineHasText)
                spaceAfterText = true;
        } else {
            if (spaceAfterText)
                spaceSeparated = true;
            lineHasText = true;
        }
    }
    for (int k = 0; k < 3; ++k) {
        if (lineCounts[k] > 0)
            ++linesWith[k];
        totals[k] += lineCounts[k];
    }
    int best = -1;
    for (int k = 0; k < 3; ++k) {
        if (linesWith[k] == 0)
            continue;
        if (best < 0 || linesWith[k] > linesWith[best] ||
            (linesWith[k] == linesWith[best] && totals[k] > totals[best]))
            best = k;
    }
    if (best >= 0)
        return kinds[best];
    return spaceSeparated ? CsvDelimiter::Whitespace : CsvDelimiter::Comma;
}

CsvTable CsvReader::parse(const QByteArray& data, const CsvOptions& options)
{
    CsvTable table;
    QVector<CsvRecord> records;
    forEachRecord(data, options, &table, [&](CsvRecord& record) {
        records.append(std::move(record));
        return true;
    });
    table.records = std::move(records);
    return table;
}

bool CsvReader::forEachRecord(const QByteArray& data, const CsvOptions& options, CsvTable* info,
                              const std::function<bool(CsvRecord& record)>& sink)
{
    CsvTable& table = *info;
    table = CsvTable();
    QString text;
    if (!decode(data, options.encoding, &text, &table.encoding, &table.hadBom, &table.error,
                &table.errorLine))
        return false;
    table.delimiter = options.delimiter == CsvDelimiter::Auto ? detectDelimiter(text) : options.delimiter;
    const bool whitespace = table.delimiter == CsvDelimiter::Whitespace;
    const QChar delimiter = table.delimiter == CsvDelimiter::Semicolon ? u';'
                            : table.delimiter == CsvDelimiter::Tab     ? u'\t'
                                                                       : u',';
    const int maxField = qMax(1, options.maxFieldChars);
    const int maxFields = qMax(1, options.maxFields);

    const QChar* const begin = text.constData();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;
    auto isDelimiter = [&](QChar c) { return whitespace ? isHorizontalSpace(c) : c == delimiter; };
    auto isLineEnd = [](QChar c) { return c == u'\n' || c == u'\r'; };
    // Consumes one line end at pos (CRLF counts once).
    auto takeLineEnd = [&]() {
        if (begin[pos] == u'\r' && pos + 1 < n && begin[pos + 1] == u'\n')
            ++pos;
        ++pos;
        ++line;
    };

    qsizetype lastFieldCount = 0;
    while (pos < n) {
        CsvRecord record;
        record.line = line;
        record.fields.reserve(lastFieldCount); // rows of a file have the same fields, mostly
        bool anyQuoted = false;
        bool endOfRecord = false;
        bool tooManyReported = false;
        while (!endOfRecord) {
            if (whitespace) {
                while (pos < n && isHorizontalSpace(begin[pos]))
                    ++pos;
                if (pos >= n || isLineEnd(begin[pos])) {
                    if (pos < n)
                        takeLineEnd();
                    break;
                }
            }
            QString field;
            bool truncated = false;
            auto append = [&](const QChar* from, qsizetype length) {
                const qsizetype room = maxField - field.size();
                if (length > room) {
                    truncated = true;
                    length = qMax<qsizetype>(0, room);
                }
                if (length > 0 && field.isEmpty())
                    field = QString(from, length); // the usual unquoted field: one exact allocation
                else if (length > 0)
                    field.append(from, length);
            };
            // Leading spaces before an opening quote are not part of the field.
            qsizetype start = pos;
            while (start < n && begin[start] == u' ' && !isDelimiter(begin[start]))
                ++start;
            if (start < n && begin[start] == u'"') {
                anyQuoted = true;
                const int quoteLine = line;
                pos = start + 1;
                bool closed = false;
                while (pos < n) {
                    qsizetype run = pos;
                    while (run < n && begin[run] != u'"' && begin[run] != u'\n' && begin[run] != u'\r')
                        ++run;
                    append(begin + pos, run - pos);
                    pos = run;
                    if (pos >= n)
                        break;
                    if (begin[pos] == u'"') {
                        if (pos + 1 < n && begin[pos + 1] == u'"') {
                            append(begin + pos, 1);
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    // A line end inside quotes belongs to the field (as \n).
                    static const QChar newline(u'\n');
                    append(&newline, 1);
                    takeLineEnd();
                }
                if (!closed) {
                    record.problem = tr("The quote opened on line %1 is never closed.").arg(quoteLine);
                    pos = n;
                }
                // Text after the closing quote (not valid CSV, but Excel writes it): keep it.
                qsizetype run = pos;
                while (run < n && !isDelimiter(begin[run]) && !isLineEnd(begin[run]))
                    ++run;
                append(begin + pos, run - pos);
                pos = run;
            } else {
                qsizetype run = pos;
                while (run < n && !isDelimiter(begin[run]) && !isLineEnd(begin[run]))
                    ++run;
                append(begin + pos, run - pos);
                pos = run;
            }
            if (truncated && record.problem.isEmpty())
                record.problem = tr("Field %1 is longer than %Ln character(s).", "", maxField)
                                     .arg(record.fields.size() + 1);
            if (record.fields.size() < maxFields) {
                record.fields.append(std::move(field));
            } else if (!tooManyReported) {
                tooManyReported = true;
                if (record.problem.isEmpty())
                    record.problem = tr("The record has more than %Ln field(s).", "", maxFields);
            }
            if (pos >= n) {
                endOfRecord = true;
            } else if (isLineEnd(begin[pos])) {
                takeLineEnd();
                endOfRecord = true;
            } else if (!whitespace) {
                ++pos; // the delimiter; one at the end of a line or file leaves an empty field after it
            }
        }
        lastFieldCount = record.fields.size();
        const bool blank = record.fields.isEmpty() || (record.fields.size() == 1 && !anyQuoted &&
                                                       record.fields.first().trimmed().isEmpty());
        if ((!blank || !record.problem.isEmpty()) && !sink(record)) {
            table.ok = true;
            return true;
        }
    }
    table.ok = true;
    return true;
}

bool CsvReader::readBytes(const QString& path, QByteArray* data, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > kMaxFileBytes) {
        *error =
            tr("%1 is larger than 1 GB; split it into smaller files.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

CsvTable CsvReader::readFile(const QString& path, const CsvOptions& options)
{
    QByteArray data;
    QString error;
    if (!readBytes(path, &data, &error)) {
        CsvTable table;
        table.error = error;
        return table;
    }
    return parse(data, options);
}

} // namespace md
