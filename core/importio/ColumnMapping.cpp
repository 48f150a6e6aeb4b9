// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct FieldLabels
{
    const char16_t* key;
    const char16_t* labels; // '|'-separated, compared after normalising (case, spaces, _ and -)
};

// The usual labels of Chinese shop spreadsheets and of common exports.
const FieldLabels kMemberFields[] = {
    {u"name",
     u"name|姓名|名字|会员姓名|客户姓名|顾客姓名|會員姓名|客戶姓名|顧客姓名|member_name|customer_name"},
    {u"phone", u"phone|手机|手机号|手机号码|电话|电话号码|联系电话|联系方式|手機|手機號|手機號碼|電話|"
               u"電話號碼|聯絡電話|聯繫電話|聯絡方式|行動電話|mobile|tel|telephone"},
    {u"birthday", u"birthday|生日|出生日期|出生年月日|birth_date|birthdate|dob|date_of_birth"},
    {u"card", u"card|卡号|会员卡号|会员卡|卡號|會員卡號|會員卡|card_no|card_number"},
    {u"gender", u"gender|性别|性別|sex"},
    {u"note", u"note|备注|notes|remark|remarks|说明|備註|備注|說明"},
    {u"external_ref", u"external_ref|外部编号|原编号|原会员号|原系统编号|旧系统编号|外部編號|原編號|原會員號|"
                      u"原系統編號|舊系統編號|"
                      u"external_id|customer_id"},
    {u"consent", u"consent|营销同意|同意营销|營銷同意|行銷同意|同意行銷|marketing_consent"},
    {u"anonymized", u"anonymized|已匿名"},
};

const FieldLabels kPurchaseFields[] = {
    {u"member_ref", u"member_ref|会员|会员号|会员编号|会员卡号|會員|會員號|會員編號|會員卡號|member|member_"
                    u"id|customer|customer_id|客户编号|客戶編號"},
    {u"date", u"date|日期|时间|消费日期|消费时间|购买日期|交易日期|交易时间|時間|消費日期|消費時間|購買日期|"
              u"交易時間|time|datetime|purchase_date"},
    {u"amount", u"amount|金额|消费金额|实付|实付金额|付款金额|实收金额|金額|消費金額|實付|實付金額|付款金額|"
                u"實收金額|total"},
    {u"profit", u"profit|毛利|利润|毛利润|利潤|毛利潤|gross_profit"},
    {u"note", u"note|备注|notes|remark|说明|備註|備注|說明"},
    {u"card", u"card|卡号|卡號|card_no|card_number"},
    {u"phone",
     u"phone|手机|手机号|手机号码|电话|联系电话|手機|手機號|手機號碼|電話|聯絡電話|行動電話|mobile|tel"},
    {u"name", u"name|姓名|名字|会员姓名|客户姓名|會員姓名|客戶姓名"},
    {u"voided", u"voided|已作废|作废|已作廢|作廢"},
};

QString normalizeLabel(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.trimmed()) {
        if (c == u' ' || c == u'_' || c == u'-' || c == QChar(0x3000) || c == QChar(0xFEFF))
            continue;
        out.append(c.toLower());
    }
    return out;
}

template <size_t N> const FieldLabels* findField(const FieldLabels (&table)[N], const QString& key)
{
    for (const FieldLabels& f : table) {
        if (QStringView(f.key) == key)
            return &f;
    }
    return nullptr;
}

QStringList labelsOf(const FieldLabels& f)
{
    return QString::fromUtf16(f.labels).split(u'|');
}

} // namespace

QStringList ColumnMapping::fieldKeys(ImportKind kind)
{
    QStringList keys;
    if (kind == ImportKind::Members) {
        for (const FieldLabels& f : kMemberFields)
            keys << QString::fromUtf16(f.key);
    } else {
        for (const FieldLabels& f : kPurchaseFields)
            keys << QString::fromUtf16(f.key);
    }
    return keys;
}

QStringList ColumnMapping::labelsFor(ImportKind kind, const QString& field)
{
    const FieldLabels* f =
        kind == ImportKind::Members ? findField(kMemberFields, field) : findField(kPurchaseFields, field);
    return f ? labelsOf(*f) : QStringList();
}

QString ColumnMapping::describeColumn(int column) const
{
    if (m_hasHeader && column >= 0 && column < m_header.size() && !m_header.at(column).trimmed().isEmpty())
        return tr("%1 (column %2)").arg(m_header.at(column).trimmed()).arg(column + 1);
    return tr("column %1").arg(column + 1);
}

QStringList ColumnMapping::requiredFields(ImportKind kind)
{
    if (kind == ImportKind::Members)
        return {u"name"_s};
    return {u"member_ref"_s, u"date"_s, u"amount"_s};
}

QStringList ColumnMapping::guess(ImportKind kind, const QStringList& header)
{
    QStringList fields(header.size());
    QStringList normalized;
    normalized.reserve(header.size());
    for (const QString& cell : header)
        normalized << normalizeLabel(cell);
    for (const QString& key : fieldKeys(kind)) {
        const QStringList labels = labelsFor(kind, key);
        for (int c = 0; c < normalized.size(); ++c) {
            if (!fields.at(c).isEmpty() || normalized.at(c).isEmpty())
                continue;
            const bool match = std::any_of(labels.begin(), labels.end(), [&](const QString& l) {
                return normalizeLabel(l) == normalized.at(c);
            });
            if (match) {
                fields[c] = key;
                break;
            }
        }
    }
    return fields;
}

QString ColumnMapping::notImportedReason(ImportKind kind, const QString& header)
{
    static const QStringList rebuilt = {u"points"_s,   u"积分"_s,     u"積分"_s,        u"会员积分"_s,
                                        u"會員積分"_s, u"可用积分"_s, u"可用積分"_s,    u"tier"_s,
                                        u"等级"_s,     u"等級"_s,     u"会员等级"_s,    u"會員等級"_s,
                                        u"visits"_s,   u"消费次数"_s, u"消費次數"_s,    u"paid_total"_s,
                                        u"累计消费"_s, u"累計消費"_s, u"first_visit"_s, u"last_visit"_s};
    const QString label = normalizeLabel(header);
    if (label.isEmpty() || !rebuilt.contains(label))
        return {};
    if (kind == ImportKind::Members)
        return tr("Points, tier and totals are not imported: they are rebuilt from the purchases (import "
                  "the purchase history after the members).");
    return tr("Points and tier are not imported: each purchase earns them by the current loyalty rules.");
}

bool ColumnMapping::build(ImportKind kind, const QStringList& firstRecord, const QStringList& overrides,
                          HeaderMode mode, QString* error, bool automatic)
{
    m_columns.clear();
    m_header.clear();
    const QStringList keys = fieldKeys(kind);

    // Parse the overrides first: a named column tells us the file has a header.
    struct Override
    {
        QString field;
        QString column;
        int index = -1; // from a number
    };
    QVector<Override> parsed;
    bool namedOverride = false;
    for (const QString& item : overrides) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0 || eq == item.size() - 1) {
            *error = tr("--map needs FIELD=COLUMN (e.g. amount=3 or phone=手机), not \"%1\".").arg(item);
            return false;
        }
        Override o{item.left(eq).trimmed().toLower(), item.mid(eq + 1).trimmed()};
        if (!keys.contains(o.field)) {
            *error =
                tr("Unknown field \"%1\" in --map. The fields are: %2.").arg(o.field, keys.join(u", "_s));
            return false;
        }
        bool isNumber = false;
        const int number = o.column.toInt(&isNumber);
        if (isNumber) {
            if (number < 1) {
                *error = tr("Column numbers in --map start at 1 (got %1).").arg(o.column);
                return false;
            }
            o.index = number - 1;
        } else {
            namedOverride = true;
        }
        parsed.append(o);
    }

    // Header detection.
    bool namesAField = false;
    for (const QString& cell : firstRecord) {
        const QString label = normalizeLabel(cell);
        for (const QString& key : keys) {
            for (const QString& l : labelsFor(kind, key)) {
                if (normalizeLabel(l) == label && !label.isEmpty())
                    namesAField = true;
            }
        }
    }
    bool anyDigit = false;
    for (const QString& cell : firstRecord) {
        for (const QChar c : cell) {
            if (c.isDigit())
                anyDigit = true;
        }
    }
    m_hasHeader =
        mode == HeaderMode::Yes ||
        (mode == HeaderMode::Auto && (namesAField || namedOverride || (!anyDigit && !firstRecord.isEmpty())));
    m_width = int(firstRecord.size());
    if (m_hasHeader)
        m_header = firstRecord;

    // Automatic mapping from the header, then the overrides on top.
    if (m_hasHeader && automatic) {
        const QStringList guessed = guess(kind, m_header);
        for (int c = 0; c < guessed.size(); ++c) {
            if (!guessed.at(c).isEmpty())
                m_columns.insert(guessed.at(c), c);
        }
    }
    for (const Override& o : parsed) {
        int index = o.index;
        if (index < 0) {
            if (!m_hasHeader) {
                *error = tr("--map %1=%2 names a column, but the file has no header: use the column number.")
                             .arg(o.field, o.column);
                return false;
            }
            for (int c = 0; c < m_header.size(); ++c) {
                if (m_header.at(c).trimmed().compare(o.column, Qt::CaseInsensitive) == 0) {
                    index = c;
                    break;
                }
            }
            if (index < 0) {
                *error = tr("--map %1=%2: the file has no column \"%2\". Its columns are: %3.")
                             .arg(o.field, o.column, m_header.join(u", "_s));
                return false;
            }
        } else if (index >= m_width) {
            *error = tr("--map %1=%2: the file has only %Ln column(s).", "", m_width).arg(o.field, o.column);
            return false;
        }
        // A column moved to another field stops feeding the field it matched by name.
        for (auto it = m_columns.begin(); it != m_columns.end();) {
            if (it.value() == index && it.key() != o.field)
                it = m_columns.erase(it);
            else
                ++it;
        }
        m_columns.insert(o.field, index);
    }

    // Required fields.
    QStringList required;
    if (kind == ImportKind::Members) {
        required << u"name"_s;
    } else {
        required << u"date"_s << u"amount"_s;
        if (!has(u"member_ref"_s) && !has(u"card"_s) && !has(u"phone"_s)) {
            *error =
                tr("The file has no column that names the member (member_ref, 会员号, card or phone). Use "
                   "--map member_ref=COLUMN.");
            return false;
        }
    }
    for (const QString& key : required) {
        if (!has(key)) {
            const QStringList labels = labelsFor(kind, key);
            *error = tr("The file has no column for \"%1\" (a header such as %2). Use --map %1=COLUMN.")
                         .arg(key, labels.mid(0, 3).join(u" / "_s));
            return false;
        }
    }
    return true;
}

namespace {
// Splits "12:30:05" / "2024-05-17" into numbers; false on anything but digits and the separators.
bool splitNumbers(QStringView text, const QString& separators, int* numbers, int* lengths, int max,
                  int* count)
{
    *count = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (*count == max)
            return false;
        int value = 0, length = 0;
        while (i < n && text[i].isDigit()) {
            if (length < 9)
                value = value * 10 + text[i].digitValue();
            ++length;
            ++i;
        }
        if (length == 0)
            return false;
        numbers[*count] = value;
        lengths[*count] = length;
        ++*count;
        if (i < n) {
            if (!separators.contains(text[i]))
                return false;
            ++i;
            if (i == n)
                return false;
        }
    }
    return true;
}

// yyyy-MM-dd, alone or with HH:mm:ss after a space or 'T': the form nearly every exported file uses,
// read without trimming and splitting (a history has millions of rows). Anything else, an invalid date
// among them, is left to readAuto, which also words the error.
bool readIsoDateTime(const QString& text, QDate* date, QTime* time)
{
    const qsizetype n = text.size();
    if (n != 10 && n != 19)
        return false;
    const QChar* c = text.constData();
    auto number = [c](int from, int length, int* value) {
        int v = 0;
        for (int i = from; i < from + length; ++i) {
            const char16_t u = c[i].unicode();
            if (u < u'0' || u > u'9')
                return false;
            v = v * 10 + (u - u'0');
        }
        *value = v;
        return true;
    };
    int y = 0, m = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (c[4] != u'-' || c[7] != u'-' || !number(0, 4, &y) || !number(5, 2, &m) || !number(8, 2, &d))
        return false;
    const QDate parsed(y, m, d);
    if (!parsed.isValid())
        return false;
    QTime tod;
    if (n == 19) {
        if ((c[10] != u' ' && c[10] != u'T') || c[13] != u':' || c[16] != u':' || !number(11, 2, &h) ||
            !number(14, 2, &mi) || !number(17, 2, &sec))
            return false;
        tod = QTime(h, mi, sec);
        if (!tod.isValid())
            return false;
    }
    *date = parsed;
    *time = tod;
    return true;
}
} // namespace

bool DateReader::readAuto(const QString& text, QDate* date, QTime* time, QString* error) const
{
    const QString s = text.trimmed();
    auto fail = [&]() {
        *error = tr("\"%1\" is not a date (write it as 2024-05-17, 2024/5/17 or 20240517).").arg(s);
        return false;
    };
    qsizetype split = s.indexOf(u' ');
    const qsizetype t = s.indexOf(u'T');
    if (t > 0 && (split < 0 || t < split))
        split = t;
    QStringView datePart = QStringView(s).left(split < 0 ? s.size() : split);
    QStringView timePart = split < 0 ? QStringView() : QStringView(s).mid(split + 1).trimmed();
    if (datePart.endsWith(u'日'))
        datePart.chop(1);
    int numbers[3] = {0, 0, 0}, lengths[3] = {0, 0, 0}, count = 0;
    if (!splitNumbers(datePart, u"-/.年月"_s, numbers, lengths, 3, &count))
        return fail();
    int y = 0, m = 0, d = 0;
    if (count == 1 && lengths[0] == 8) {
        y = numbers[0] / 10000;
        m = numbers[0] / 100 % 100;
        d = numbers[0] % 100;
    } else if (count == 3 && lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2) {
        y = numbers[0];
        m = numbers[1];
        d = numbers[2];
    } else if (count == 3 && lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2 &&
               datePart.contains(u'.')) {
        d = numbers[0];
        m = numbers[1];
        y = numbers[2];
    } else if (count == 3 && lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2) {
        const QString problem = tr("\"%1\": day and month cannot be told apart.").arg(s);
        *error = tr("%1 %2", "a problem, then what to do about it")
                     .arg(problem, m_ambiguousHint.isEmpty()
                                       ? tr("Give the file's date format (day/month/year or month/day/year).")
                                       : m_ambiguousHint);
        return false;
    } else {
        return fail();
    }
    const QDate parsed(y, m, d);
    if (!parsed.isValid())
        return fail();
    QTime tod;
    if (!timePart.isEmpty()) {
        const qsizetype dot = timePart.indexOf(u'.'); // fractions of a second are dropped
        if (dot > 0)
            timePart = timePart.left(dot);
        int tn[3] = {0, 0, 0}, tl[3] = {0, 0, 0}, tc = 0;
        if (!splitNumbers(timePart, u":"_s, tn, tl, 3, &tc) || tc < 2 || tl[0] > 2 || tl[1] != 2 ||
            (tc == 3 && tl[2] != 2))
            return fail();
        tod = QTime(tn[0], tn[1], tc == 3 ? tn[2] : 0);
        if (!tod.isValid())
            return fail();
    }
    *date = parsed;
    *time = tod;
    return true;
}

bool DateReader::read(const QString& text, QDate* date, QTime* time, QString* error)
{
    // Files list many rows of the same day: remember the last answer.
    if (!m_lastText.isNull() && text == m_lastText) {
        *date = m_lastDate;
        *time = m_lastTime;
        return true;
    }
    QDate d;
    QTime t;
    if (m_format.isEmpty()) {
        if (!readIsoDateTime(text, &d, &t) && !readAuto(text, &d, &t, error))
            return false;
    } else {
        const QString s = text.trimmed();
        const QDateTime dt = QDateTime::fromString(s, m_format);
        if (dt.isValid() && (m_format.contains(u'H') || m_format.contains(u'h'))) {
            d = dt.date();
            t = dt.time();
        } else {
            d = QDate::fromString(s, m_format);
        }
        if (!d.isValid()) {
            *error = tr("\"%1\" does not match the date format %2.").arg(s, m_format);
            return false;
        }
    }
    if (d.year() < 1900 || d.year() > 9999) {
        *error = tr("The date %1 is out of range.").arg(text.trimmed());
        return false;
    }
    m_lastText = text;
    m_lastDate = d;
    m_lastTime = t;
    *date = d;
    *time = t;
    return true;
}

namespace ImportValues {

bool parseAmount(const QString& text, Fen* fen, QString* error)
{
    // Fast path for the common plain form; anything else goes through parseYuan's full rules.
    const QChar* p = text.constData();
    const qsizetype n = text.size();
    qsizetype i = 0;
    qint64 whole = 0;
    int digits = 0;
    while (i < n && p[i] >= u'0' && p[i] <= u'9' && digits < 12) {
        whole = whole * 10 + (p[i].unicode() - u'0');
        ++digits;
        ++i;
    }
    if (digits > 0 && digits < 12) {
        qint64 cents = 0;
        bool plain = false;
        if (i == n) {
            plain = true;
        } else if (p[i] == u'.') {
            ++i;
            int decimals = 0;
            while (i < n && p[i] >= u'0' && p[i] <= u'9' && decimals < 3) {
                cents = cents * 10 + (p[i].unicode() - u'0');
                ++decimals;
                ++i;
            }
            if (i == n && decimals <= 2) {
                plain = true;
                if (decimals == 1)
                    cents *= 10;
            }
        }
        if (plain) {
            *fen = whole * 100 + cents;
            return true;
        }
    }
    return parseYuan(text, fen, error);
}

bool parseGender(const QString& text, Gender* gender, QString* error)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == u"u"_s || s == u"unknown"_s || s == u"未知"_s || s == u"0"_s) {
        *gender = Gender::Unknown;
    } else if (s == u"m"_s || s == u"male"_s || s == u"男"_s || s == u"1"_s || s == u"先生"_s) {
        *gender = Gender::Male;
    } else if (s == u"f"_s || s == u"female"_s || s == u"女"_s || s == u"2"_s || s == u"女士"_s) {
        *gender = Gender::Female;
    } else {
        *error = QCoreApplication::translate("ColumnMapping", "\"%1\" is not a gender (use m, f, 男 or 女).")
                     .arg(text.trimmed());
        return false;
    }
    return true;
}

bool parseBool(const QString& text, bool* value, QString* error)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == u"no"_s || s == u"n"_s || s == u"false"_s || s == u"0"_s || s == u"否"_s ||
        s == u"不同意"_s) {
        *value = false;
    } else if (s == u"yes"_s || s == u"y"_s || s == u"true"_s || s == u"1"_s || s == u"是"_s ||
               s == u"同意"_s) {
        *value = true;
    } else {
        *error = QCoreApplication::translate("ColumnMapping", "\"%1\" is not yes or no.").arg(text.trimmed());
        return false;
    }
    return true;
}

QString unprotectCell(const QString& text)
{
    if (text.size() >= 2 && text.at(0) == u'\'') {
        const QChar c = text.at(1);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@')
            return text.mid(1);
    }
    return text;
}

} // namespace ImportValues

} // namespace md
