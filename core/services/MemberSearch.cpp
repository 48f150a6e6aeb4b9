// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSearch.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kSummaryColumns = u"id, name, phone, card, tier, points, last_visit"_s;

// find()'s statements, one per kind of look-up (Database::sqliteStatement keys its cache by their
// address). The counter's hit list shows no last visit: find() leaves it out (a local-time QDateTime per
// row was a fifth of a name lookup's time). Card and phone are UNIQUE: one index probe each.
constexpr char kCardSql[] =
    "SELECT id, name, phone, card, tier, points FROM members WHERE card = ?1 LIMIT ?2";
constexpr char kPhoneSql[] =
    "SELECT id, name, phone, card, tier, points FROM members WHERE phone = ?1 LIMIT ?2";
constexpr char kPhoneSuffixSql[] =
    "SELECT id, name, phone, card, tier, points FROM members "
    "WHERE phone_rev >= ?1 AND phone_rev < ?2 ORDER BY last_visit DESC LIMIT ?3";
constexpr char kCardPrefixSql[] = "SELECT id, name, phone, card, tier, points FROM members "
                                  "WHERE card >= ?1 AND card < ?2 ORDER BY card LIMIT ?3";
constexpr char kNamePrefixSql[] = "SELECT id, name, phone, card, tier, points FROM members "
                                  "WHERE name_key >= ?1 AND name_key < ?2 ORDER BY name_key, id LIMIT ?3";
constexpr char kContainsGramSql[] =
    "SELECT m.id, m.name, m.phone, m.card, m.tier, m.points FROM member_name_grams g "
    "CROSS JOIN members m ON m.id = g.member_id WHERE g.gram = ?1 ORDER BY g.member_id LIMIT ?2";
constexpr char kContainsTextSql[] =
    "SELECT m.id, m.name, m.phone, m.card, m.tier, m.points FROM member_name_grams g "
    "CROSS JOIN members m ON m.id = g.member_id WHERE g.gram = ?1 AND m.name_key LIKE ?2 ESCAPE '\\' "
    "ORDER BY g.member_id LIMIT ?3";
// Digits that may be a card or a phone: both unique probes in one statement, the card's row marked 0.
constexpr char kCardOrPhoneSql[] =
    "SELECT id, name, phone, card, tier, points, 0 FROM members WHERE card = ?1 "
    "UNION ALL SELECT id, name, phone, card, tier, points, 1 FROM members "
    "WHERE phone = ?2";
// Counting a gram's rows stops at 5000: past it, any gram is as good a start as another.
constexpr char kGramCountSql[] =
    "SELECT count(*) FROM (SELECT 1 FROM member_name_grams WHERE gram = ?1 LIMIT 5000)";
// Upper bound for a prefix range on TEXT in BINARY collation (UTF-8 bytes): every string starting with a
// prefix sorts below the prefix followed by U+10FFFF.
const QByteArray kPrefixEnd("\xF4\x8F\xBF\xBF"); // U+10FFFF in UTF-8

// What member_name_grams is searched by: the text itself when it is one character, else its distinct
// 2-character pieces. Characters are code points, as SQLite's substr() cuts the stored keys.
QStringList containsGrams(const QString& key)
{
    const QList<uint> points = key.toUcs4();
    if (points.size() == 1)
        return {key};
    QStringList grams;
    for (qsizetype i = 0; i + 1 < points.size(); ++i) {
        const QString gram = QString::fromUcs4(reinterpret_cast<const char32_t*>(points.constData() + i), 2);
        if (!grams.contains(gram))
            grams << gram;
    }
    return grams;
}

MemberSummary readHit(const SqliteStatement& s)
{
    MemberSummary m;
    m.id = s.integer(0);
    m.name = s.string(1);
    m.phone = s.string(2);
    m.card = s.string(3);
    m.tier = int(s.integer(4));
    m.points = s.integer(5);
    return m;
}

MemberSummary readSummary(const QSqlQuery& q)
{
    MemberSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.phone = q.value(2).toString();
    s.card = q.value(3).toString();
    s.tier = q.value(4).toInt();
    s.points = q.value(5).toLongLong();
    s.lastVisit = fromStoredTime(q.value(6).toString());
    return s;
}

// Upper bound for a prefix range on TEXT in BINARY collation: every string starting with `prefix`
// sorts below prefix + U+10FFFF.
QString prefixEnd(const QString& prefix)
{
    return prefix + QString::fromUcs4(U"\U0010FFFF", 1);
}

QString likeEscaped(const QString& text)
{
    QString out = text;
    out.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return out;
}

// ^[+＋]?[0-9０-９\s-]+$ (ASCII white space), by hand: the counter asks on every lookup.
bool isPhoneLike(const QString& query)
{
    qsizetype i = 0;
    if (!query.isEmpty() && (query.front() == u'+' || query.front() == u'＋'))
        i = 1;
    if (i >= query.size())
        return false;
    for (; i < query.size(); ++i) {
        const char16_t c = query.at(i).unicode();
        const bool ok = (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９') || c == u'-' || c == u' ' ||
                        (c >= u'\t' && c <= u'\r');
        if (!ok)
            return false;
    }
    return true;
}
} // namespace

QVector<MemberSearch::Hit> MemberSearch::find(const QString& rawQuery, int limit) const
{
    QVector<Hit> hits;
    m_error.clear();
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || limit <= 0)
        return hits;

    // Every statement here runs straight on the sqlite3 handle (prepared once per connection, no QVariant
    // per value): the counter looks up on every keystroke. `s` has its search values bound; its LIMIT is
    // parameter `limitIndex`. A statement that fails finds nothing, and lastError() says why.
    auto collect = [&](SqliteStatement* s, int limitIndex, Match match) {
        if (!s || hits.size() >= limit)
            return;
        // A statement's own rows are distinct members: only the hits of the statements before can repeat.
        QSet<qint64> earlier;
        for (const Hit& hit : std::as_const(hits))
            earlier.insert(hit.member.id);
        s->bind(limitIndex, qint64(limit) + hits.size()); // rows found before may come back; fetch enough
        while (hits.size() < limit && s->next()) {
            if (!earlier.isEmpty() && earlier.contains(s->integer(0)))
                continue;
            hits.append({readHit(*s), match});
        }
        // A failed step reads like the end of the rows: without this, a damaged page is "no member found".
        if (s->failed() && m_error.isEmpty())
            m_error = Database::describeSqlError(s->errorText());
        s->done(); // ends the read at once: an open statement would pin the WAL snapshot
    };
    auto bound = [&](const char* sql, std::initializer_list<QByteArray> values) {
        QString error;
        SqliteStatement* s = m_db.sqliteStatement(sql, &error);
        if (!s && m_error.isEmpty())
            m_error = error;
        if (s) {
            int index = 1;
            for (const QByteArray& value : values)
                s->bind(index++, value);
        }
        return s;
    };

    QString card;
    const bool cardLike = CardNumber::normalize(query, &card);
    const bool phoneLike = isPhoneLike(query);
    const QString digits = phoneLike ? PhoneNumber::normalize(query) : QString();
    // Digits may be a card (a legacy card can read like a phone number) or a phone: the card is looked up
    // first and wins. The shape of a generated card ("8" + 11 digits) is most likely a scanned card, which
    // its probe alone answers; other digits are more likely a phone, so both probes run in one statement
    // (the card's row marked 0), which saves a statement when the card misses.
    const bool generatedShape = card.size() == 12 && card.front() == u'8';
    SqliteStatement* both = cardLike && phoneLike && digits.size() >= 7 && !generatedShape
                                ? bound(kCardOrPhoneSql, {card.toUtf8(), digits.toUtf8()})
                                : nullptr;
    if (both) {
        while (both->next()) {
            MemberSummary m = readHit(*both);
            if (both->integer(6) == 0) { // card and phone are unique: at most one row each
                both->done();
                return {{std::move(m), Match::Card}};
            }
            hits.append({std::move(m), Match::Phone});
        }
        both->done();
    } else if (cardLike) {
        collect(bound(kCardSql, {card.toUtf8()}), 2, Match::Card);
        // A scanned card is an identity: nothing else can match better, and the scanner's Enter is waiting.
        if (!hits.isEmpty())
            return hits;
    }

    if (phoneLike) {
        if (digits.size() >= 7) {
            if (!both)
                collect(bound(kPhoneSql, {digits.toUtf8()}), 2, Match::Phone);
            // A whole mobile number found: its suffix and card-prefix searches could only repeat it.
            if (!hits.isEmpty() && digits.size() >= 11)
                return hits;
        }
        if (digits.size() >= 4) {
            const QByteArray rev = PhoneNumber::reversed(digits).toUtf8();
            collect(bound(kPhoneSuffixSql, {rev, rev + kPrefixEnd}), 3, Match::PhoneSuffix);
        }
        if (digits.size() >= 6) {
            const QByteArray prefix = digits.toUtf8();
            collect(bound(kCardPrefixSql, {prefix, prefix + kPrefixEnd}), 3, Match::CardPrefix);
        }
        return hits;
    }
    const QString key = query.toLower();
    const QByteArray keyUtf8 = key.toUtf8();
    hits.reserve(qMin(limit, 64)); // a name prefix usually fills the list
    collect(bound(kNamePrefixSql, {keyUtf8, keyUtf8 + kPrefixEnd}), 3, Match::NamePrefix);
    if (hits.size() >= limit)
        return hits;
    // "Contains" from the gram index, in member id order (the order of the table scan it replaces).
    const QStringList grams = containsGrams(key);
    if (grams.size() == 1) {
        collect(bound(kContainsGramSql, {grams.front().toUtf8()}), 2, Match::NameContains);
        return hits;
    }
    // Longer texts: walk the rarest of their 2-grams and check the whole text on each candidate.
    QByteArray rarest;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (const QString& gram : grams) {
        const QByteArray gramUtf8 = gram.toUtf8();
        qint64 n = 0;
        if (SqliteStatement* count = bound(kGramCountSql, {gramUtf8})) {
            if (count->next())
                n = count->integer(0);
            count->done();
        }
        if (n == 0)
            return hits; // a piece no name has: nothing contains the whole
        if (n < fewest) {
            fewest = n;
            rarest = gramUtf8;
        }
    }
    collect(bound(kContainsTextSql, {rarest, "%" + likeEscaped(key).toUtf8() + "%"}), 3, Match::NameContains);
    return hits;
}

namespace {
QString sortColumn(MemberSearch::SortKey key)
{
    switch (key) {
    case MemberSearch::SortKey::Name:
        return u"name_key"_s;
    case MemberSearch::SortKey::Card:
        return u"card"_s;
    case MemberSearch::SortKey::Tier:
        return u"tier"_s;
    case MemberSearch::SortKey::Points:
        return u"points"_s;
    case MemberSearch::SortKey::LastVisit:
        return u"COALESCE(last_visit, '')"_s;
    case MemberSearch::SortKey::Id:
        break;
    }
    return u"id"_s;
}

void appendFilter(const MemberSearch::ListFilter& filter, QStringList* where, QVariantList* binds)
{
    if (filter.tier >= 0) {
        *where << u"tier = ?"_s;
        *binds << filter.tier;
    }
    const QString text = filter.text.trimmed();
    if (text.isEmpty())
        return;
    if (isPhoneLike(text)) {
        const QString digits = PhoneNumber::normalize(text);
        const QString rev = PhoneNumber::reversed(digits);
        *where
            << u"((phone >= ? AND phone < ?) OR (phone_rev >= ? AND phone_rev < ?) OR (card >= ? AND card < ?))"_s;
        *binds << digits << prefixEnd(digits) << rev << prefixEnd(rev) << digits << prefixEnd(digits);
        return;
    }
    *where << u"name_key LIKE ? ESCAPE '\\'"_s;
    *binds << u"%"_s + likeEscaped(text.toLower()) + u"%"_s;
}
} // namespace

QVector<MemberSummary> MemberSearch::page(const ListFilter& filter, const Cursor& after, int limit,
                                          Cursor* next, qint64 skip) const
{
    QStringList where;
    QVariantList binds;
    appendFilter(filter, &where, &binds);
    const QString column = sortColumn(filter.sort);
    const bool byId = filter.sort == SortKey::Id;
    const QString cmp = filter.descending ? u"<"_s : u">"_s;
    if (after.valid) {
        if (byId) {
            where << u"id "_s + cmp + u" ?"_s;
            binds << after.id;
        } else {
            where << u"("_s + column + u", id) "_s + cmp + u" (?, ?)"_s;
            binds << after.key << after.id;
        }
    }
    const QString dir = filter.descending ? u" DESC"_s : u" ASC"_s;
    QString sql = u"SELECT "_s + kSummaryColumns + u", "_s + column + u" FROM members"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += byId ? u" ORDER BY id"_s + dir : u" ORDER BY "_s + column + dir + u", id"_s + dir;
    sql += u" LIMIT ? OFFSET ?"_s;
    binds << limit << qMax<qint64>(0, skip);

    QVector<MemberSummary> rows;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return rows;
    QVariant lastKey;
    while (q.next()) {
        rows.append(readSummary(q));
        lastKey = q.value(7);
    }
    if (next) {
        next->valid = !rows.isEmpty();
        if (next->valid) {
            next->id = rows.back().id;
            next->key = lastKey;
        }
    }
    return rows;
}

qint64 MemberSearch::count(const ListFilter& filter) const
{
    QStringList where;
    QVariantList binds;
    appendFilter(filter, &where, &binds);
    QString sql = u"SELECT count(*) FROM members"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    QSqlQuery q(m_db.sql());
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool MemberSearch::rebuildNameIndex(Database& db, QString* error)
{
    // The same statement as the migration that created the index (schema 4).
    return Sql::run(db, u"DELETE FROM member_name_grams"_s, error) &&
           Sql::run(db,
                    u"INSERT OR IGNORE INTO member_name_grams(gram, member_id) "
                    u"SELECT substr(m.name_key, s.start, s.len) AS g, m.id FROM members m "
                    u"JOIN member_name_gram_slots s ON s.start + s.len - 1 <= length(m.name_key) "
                    u"ORDER BY g, m.id"_s,
                    error);
}

} // namespace md
