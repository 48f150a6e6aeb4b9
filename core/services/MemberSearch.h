// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"

#include <QVariant>
#include <QVector>

namespace md {

class Database;

/// The counter's lookup and the member list's paging. Every lookup is answered from an index:
/// card (unique), phone (unique), the last 4+ digits of a phone (index on the reversed digits),
/// name prefix (index on the lower-cased name), name contains (member_name_grams: the 1- and
/// 2-character pieces of every name, kept by triggers). The member list's text filter still scans.
class MemberSearch
{
public:
    explicit MemberSearch(Database& db) : m_db(db) {}

    enum class Match
    {
        Card,
        Phone,
        PhoneSuffix,
        CardPrefix,
        NamePrefix,
        NameContains,
    };
    struct Hit
    {
        MemberSummary member;
        Match match;
    };

    /// Best matches first: exact card, exact phone, phone suffix, card prefix, name prefix, name contains.
    /// The hits' `member.lastVisit` is not read (left invalid): the hit lists do not show it, and the
    /// member file loads it.
    QVector<Hit> find(const QString& query, int limit = 20) const;
    /// Why the last find() may have missed members: a statement failed (a damaged page, a busy or
    /// unreadable file), in words for the user. Empty when it ran to the end: no hits then means none.
    QString lastError() const { return m_error; }

    enum class SortKey
    {
        Id,
        Name,
        Card,
        Tier,
        Points,
        LastVisit,
    };
    struct ListFilter
    {
        QString text;  ///< name, phone digits (prefix or suffix) or card prefix; empty: everyone
        int tier = -1; ///< -1: all tiers
        SortKey sort = SortKey::Id;
        bool descending = false;
    };
    /// Keyset position: the sort value and id of the last row already shown.
    struct Cursor
    {
        QVariant key;
        qint64 id = 0;
        bool valid = false;
    };
    /// The next `limit` rows after `after` (or the first page): deep pages cost the same as the first.
    /// `skip` rows past `after` are passed over first (an OFFSET: costs a walk over those rows; the member
    /// list uses it to jump to a page it has no cursor near).
    QVector<MemberSummary> page(const ListFilter& filter, const Cursor& after, int limit,
                                Cursor* next = nullptr, qint64 skip = 0) const;
    qint64 count(const ListFilter& filter) const;

    /// Refills member_name_grams from members (bulk writers that drop its triggers call it at the end).
    static bool rebuildNameIndex(Database& db, QString* error);

private:
    Database& m_db;
    mutable QString m_error;
};

} // namespace md
