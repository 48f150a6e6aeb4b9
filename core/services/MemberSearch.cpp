// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberSearch.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kSummaryColumns = u"id, name, phone, card, tier, points, last_visit"_s;

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

bool isPhoneLike(const QString& query)
{
    static const QRegularExpression phoneLike(u"^[+＋]?[0-9０-９\\s\\-]+$"_s);
    return phoneLike.match(query).hasMatch();
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

    auto collect = [&](const QString& where, const QVariantList& binds, Match match, const QString& order) {
        if (hits.size() >= limit)
            return;
        QSqlQuery* q = statement(u"SELECT "_s + kSummaryColumns + u" FROM members WHERE "_s + where + order +
                                 u" LIMIT ?"_s);
        if (!q)
            return;
        int index = 0;
        for (const QVariant& b : binds)
            q->bindValue(index++, b);
        q->bindValue(index, limit + int(seen.size())); // rows seen before may come back; fetch enough
        if (!q->exec())
            return;
        while (q->next() && hits.size() < limit) {
            MemberSummary s = readSummary(*q);
            if (seen.contains(s.id))
                continue;
            seen.insert(s.id);
            hits.append({s, match});
        }
        q->finish(); // ends the read at once: an open statement would pin the WAL snapshot
    };

    QString card;
    if (CardNumber::normalize(query, &card))
        collect(u"card = ?"_s, {card}, Match::Card, QString());
    // A scanned card is an identity: nothing else can match better, and the scanner's Enter is waiting.
    if (!hits.isEmpty())
        return hits;

    if (isPhoneLike(query)) {
        const QString digits = PhoneNumber::normalize(query);
        if (digits.size() >= 7) {
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
    collect(u"name_key LIKE ? ESCAPE '\\'"_s, {u"%"_s + likeEscaped(key) + u"%"_s}, Match::NameContains,
            QString());
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
                                          Cursor* next) const
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
    sql += u" LIMIT ?"_s;
    binds << limit;

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

} // namespace md
