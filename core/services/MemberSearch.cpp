// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSearch.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

#include <limits>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kSummaryColumns = u"id, name, phone, card, tier, points, last_visit"_s;
// The counter's hit list shows no last visit: find() leaves it out (a local-time QDateTime per row was a
// fifth of a name lookup's time).
const QString kHitColumnsOfM = u"m.id, m.name, m.phone, m.card, m.tier, m.points"_s;
// Counting a gram's rows stops here: past it, any gram is as good a start as another.
constexpr int kGramCountCap = 5000;

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

MemberSummary readHit(const QSqlQuery& q)
{
    MemberSummary s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.phone = q.value(2).toString();
    s.card = q.value(3).toString();
    s.tier = q.value(4).toInt();
    s.points = q.value(5).toLongLong();
    return s;
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

QSqlQuery* MemberSearch::statement(const QString& sql) const
{
    // The counter searches on every keystroke: prepare each statement once per MemberSearch.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db.sql());
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return nullptr;
        it = m_statements.insert(sql, query);
    }
    return it->get();
}

QVector<MemberSearch::Hit> MemberSearch::find(const QString& rawQuery, int limit) const
{
    QVector<Hit> hits;
    QSet<qint64> seen;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || limit <= 0)
        return hits;

    // `from` is a whole FROM … WHERE … ORDER BY clause; members must be reachable as `m`.
    auto collectFrom = [&](const QString& from, const QVariantList& binds, Match match) {
        if (hits.size() >= limit)
            return;
        QSqlQuery* q = statement(u"SELECT "_s + kHitColumnsOfM + from + u" LIMIT ?"_s);
        if (!q)
            return;
        int index = 0;
        for (const QVariant& b : binds)
            q->bindValue(index++, b);
        q->bindValue(index, limit + int(seen.size())); // rows seen before may come back; fetch enough
        if (!q->exec())
            return;
        while (q->next() && hits.size() < limit) {
            MemberSummary s = readHit(*q);
            if (seen.contains(s.id))
                continue;
            seen.insert(s.id);
            hits.append({s, match});
        }
        q->finish(); // ends the read at once: an open statement would pin the WAL snapshot
    };
    auto collect = [&](const QString& where, const QVariantList& binds, Match match, const QString& order) {
        collectFrom(u" FROM members m WHERE "_s + where + order, binds, match);
    };

    QString card;
    const bool cardLike = CardNumber::normalize(query, &card);
    const bool phoneLike = isPhoneLike(query);
    const QString digits = phoneLike ? PhoneNumber::normalize(query) : QString();
    if (cardLike && digits.size() >= 7) {
        // Digits that may be a card or a phone: both exact lookups in one statement, the card's rows
        // marked 0. The card wins, as below.
        QSqlQuery* q =
            statement(u"SELECT * FROM (SELECT "_s + kHitColumnsOfM +
                      u", 0 FROM members m WHERE card = ? LIMIT ?) UNION ALL SELECT * FROM (SELECT "_s +
                      kHitColumnsOfM + u", 1 FROM members m WHERE phone = ? LIMIT ?)"_s);
        if (q) {
            q->bindValue(0, card);
            q->bindValue(1, limit);
            q->bindValue(2, digits);
            q->bindValue(3, limit);
            QVector<Hit> byCard;
            QVector<Hit> byPhone;
            if (q->exec()) {
                while (q->next()) {
                    const bool isCard = q->value(6).toInt() == 0;
                    QVector<Hit>& into = isCard ? byCard : byPhone;
                    if (into.size() < limit)
                        into.append({readHit(*q), isCard ? Match::Card : Match::Phone});
                }
            }
            q->finish();
            if (!byCard.isEmpty())
                return byCard;
            for (const Hit& hit : std::as_const(byPhone)) {
                seen.insert(hit.member.id);
                hits.append(hit);
            }
        } else {
            collect(u"card = ?"_s, {card}, Match::Card, QString());
            if (hits.isEmpty())
                collect(u"phone = ?"_s, {digits}, Match::Phone, QString());
        }
    } else if (cardLike) {
        collect(u"card = ?"_s, {card}, Match::Card, QString());
    }
    // A scanned card is an identity: nothing else can match better, and the scanner's Enter is waiting.
    if (!hits.isEmpty() && hits.front().match == Match::Card)
        return hits;

    if (phoneLike) {
        if (digits.size() >= 7) {
            if (!cardLike)
                collect(u"phone = ?"_s, {digits}, Match::Phone, QString());
            // A whole mobile number found: its suffix and card-prefix searches could only repeat it.
            if (!hits.isEmpty() && digits.size() >= 11)
                return hits;
        }
        if (digits.size() >= 4) {
            const QString rev = PhoneNumber::reversed(digits);
            collect(u"phone_rev >= ? AND phone_rev < ?"_s, {rev, prefixEnd(rev)}, Match::PhoneSuffix,
                    u" ORDER BY last_visit DESC"_s);
        }
        if (digits.size() >= 6)
            collect(u"card >= ? AND card < ?"_s, {digits, prefixEnd(digits)}, Match::CardPrefix,
                    u" ORDER BY card"_s);
        return hits;
    }
    const QString key = query.toLower();
    collect(u"name_key >= ? AND name_key < ?"_s, {key, prefixEnd(key)}, Match::NamePrefix,
            u" ORDER BY name_key, id"_s);
    if (hits.size() >= limit)
        return hits;
    // "Contains" from the gram index, in member id order (the order of the table scan it replaces).
    const QStringList grams = containsGrams(key);
    if (grams.size() == 1) {
        collectFrom(u" FROM member_name_grams g CROSS JOIN members m ON m.id = g.member_id WHERE g.gram = ? "
                    u"ORDER BY g.member_id"_s,
                    {grams.front()}, Match::NameContains);
        return hits;
    }
    // Longer texts: walk the rarest of their 2-grams and check the whole text on each candidate.
    QString rarest;
    qint64 fewest = std::numeric_limits<qint64>::max();
    QSqlQuery* count =
        statement(u"SELECT count(*) FROM (SELECT 1 FROM member_name_grams WHERE gram = ? LIMIT "_s +
                  QString::number(kGramCountCap) + u")"_s);
    for (const QString& gram : grams) {
        qint64 n = 0;
        if (count) {
            count->bindValue(0, gram);
            if (count->exec() && count->next())
                n = count->value(0).toLongLong();
            count->finish();
        }
        if (n == 0)
            return hits; // a piece no name has: nothing contains the whole
        if (n < fewest) {
            fewest = n;
            rarest = gram;
        }
    }
    collectFrom(u" FROM member_name_grams g CROSS JOIN members m ON m.id = g.member_id WHERE g.gram = ? "
                u"AND m.name_key LIKE ? ESCAPE '\\' ORDER BY g.member_id"_s,
                {rarest, u"%"_s + likeEscaped(key) + u"%"_s}, Match::NameContains);
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
