// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberTimeline.h"

#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "domain/LoyaltyRules.h"
#include "services/CareRecords.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {
/// ", " in English, "，" in Chinese: details are joined in the user's language's punctuation.
QString listSeparator()
{
    return MemberTimeline::tr(", ", "between the parts of a detail");
}
} // namespace

namespace {

/// The head every timeline entry shares: what it is, which row it comes from, when.
TimelineItem timelineItem(TimelineItem::Kind kind, const QString& kindKey, qint64 refId,
                          const QString& storedTime)
{
    TimelineItem it;
    it.kind = kind;
    it.kindKey = kindKey;
    it.refId = refId;
    it.time = fromStoredTime(storedTime);
    return it;
}

// Same-second items: the consequence above its cause (newest first), e.g. points above their purchase.
int rank(TimelineItem::Kind kind)
{
    switch (kind) {
    case TimelineItem::Kind::Tier:
        return 0;
    case TimelineItem::Kind::Points:
        return 1;
    case TimelineItem::Kind::Void:
        return 2;
    case TimelineItem::Kind::Purchase:
        return 3;
    case TimelineItem::Kind::Joined:
        return 5; // below what was written in the same second (the registration's note, an opening purchase)
    default:
        return 4;
    }
}
} // namespace

bool MemberTimeline::load(qint64 memberId, int offset, int limit, Page* page, QString* error) const
{
    if (offset < 0 || limit <= 0 || limit > 1000) {
        *error = tr("A timeline page holds 1 to 1000 items.");
        return false;
    }
    QSqlQuery exists(m_ctx.db.sql());
    exists.prepare(u"SELECT m.created_at, m.card, r.id, r.name, r.anonymized_at IS NOT NULL, "
                   "m.first_visit < m.created_at FROM members m "
                   "LEFT JOIN members r ON r.id = m.referrer_id WHERE m.id = ?"_s);
    exists.addBindValue(memberId);
    if (!exists.exec() || !exists.next()) {
        *error = tr("There is no member with number %1.").arg(memberId);
        return false;
    }
    const QString registeredAt = exists.value(0).toString(); // a note written then is not a change
    // The day the member joined, sorted by its time like the rest: the oldest entry of a member registered
    // here (purchases an import brings from before its day sit below it, and the entry says "added").
    TimelineItem joined = timelineItem(TimelineItem::Kind::Joined, u"joined"_s, memberId, registeredAt);
    // A member imported with their history bought before they were added here: the day of the import is
    // not the day they joined, and "Joined" above two years of purchases would say it is.
    joined.title = exists.value(5).toBool() ? tr("Added to MemberDesk") : tr("Joined");
    QStringList joinedParts{tr("card %1").arg(exists.value(1).toString())};
    if (!exists.value(2).isNull())
        joinedParts << (exists.value(4).toBool() ? tr("referred by a member since anonymised")
                                                 : tr("referred by %1").arg(exists.value(3).toString()));
    joined.detail = joinedParts.join(listSeparator());
    exists.finish();
    // Each source gives its newest offset + limit + 1 rows; the merge of those holds the page exactly.
    const int want = offset + limit + 1;
    const QLocale locale;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    QVector<TimelineItem> all{joined};
    auto run = [&](const QString& sql, auto&& each) -> bool {
        QSqlQuery q(m_ctx.db.sql());
        q.setForwardOnly(true);
        if (!Sql::prepare(q, sql, error))
            return false;
        q.addBindValue(memberId);
        q.addBindValue(want);
        if (!Sql::exec(q, error))
            return false;
        while (q.next())
            each(q);
        return true;
    };
    auto tierName = [&](const QVariant& index, const QVariant& storedName) {
        const int i = index.toInt();
        if (i >= 0 && i < rules.tiers.size() && rules.tiers.at(i).name == storedName.toString())
            return rules.tierDisplayName(i);
        return storedName.toString();
    };

    bool ok = run(u"SELECT id, time, gross_fen, discount_fen, redeemed_points, paid_fen, note, voided_by "
                  "FROM purchases WHERE member_id = ? ORDER BY time DESC, id DESC LIMIT ?"_s,
                  [&](const QSqlQuery& q) {
                      TimelineItem it = timelineItem(TimelineItem::Kind::Purchase, u"purchase"_s,
                                                     q.value(0).toLongLong(), q.value(1).toString());
                      it.voided = !q.value(7).isNull();
                      it.title = it.voided ? tr("Purchase %1 (voided)").arg(it.refId)
                                           : tr("Purchase %1").arg(it.refId);
                      const Fen discount = q.value(3).toLongLong();
                      const qint64 used = q.value(4).toLongLong();
                      it.detail = tr("Amount %1").arg(formatYuan(q.value(2).toLongLong(), locale));
                      if (discount > 0)
                          it.detail += u", "_s + tr("member discount %1").arg(formatYuan(discount, locale));
                      if (used > 0)
                          it.detail += u", "_s + tr("%Ln point(s) used", "", int(used));
                      if (!q.value(6).toString().isEmpty())
                          it.detail += u" · "_s + q.value(6).toString();
                      it.hasAmount = true;
                      it.amountFen = q.value(5).toLongLong();
                      all.append(it);
                  });
    ok = ok && run(u"SELECT v.id, v.time, v.reason, p.id, p.paid_fen FROM purchase_voids v JOIN purchases p "
                   "ON p.id = v.purchase_id WHERE p.member_id = ? ORDER BY v.time DESC, v.id DESC LIMIT ?"_s,
                   [&](const QSqlQuery& q) {
                       TimelineItem it = timelineItem(TimelineItem::Kind::Void, u"void"_s,
                                                      q.value(3).toLongLong(), q.value(1).toString());
                       it.title = tr("Purchase %1 voided").arg(it.refId);
                       it.detail = tr("Reason: %1").arg(q.value(2).toString());
                       it.hasAmount = true;
                       it.amountFen = -q.value(4).toLongLong();
                       all.append(it);
                   });
    ok = ok && run(u"SELECT id, time, delta, kind, purchase_id, expires_on, reason FROM points_ledger "
                   "WHERE member_id = ? ORDER BY time DESC, id DESC LIMIT ?"_s,
                   [&](const QSqlQuery& q) {
                       TimelineItem it = timelineItem(TimelineItem::Kind::Points, u"points"_s,
                                                      q.value(0).toLongLong(), q.value(1).toString());
                       it.hasPoints = true;
                       it.points = q.value(2).toLongLong();
                       it.subKind = q.value(3).toString();
                       it.expiresOn = fromStoredDate(q.value(5).toString());
                       const qint64 purchase = q.value(4).toLongLong();
                       const QString reason = q.value(6).toString();
                       QStringList parts;
                       if (it.subKind == u"earn"_s) {
                           it.title = tr("Points earned");
                           parts << tr("purchase %1").arg(purchase);
                       } else if (it.subKind == u"redeem"_s) {
                           it.title = tr("Points used as cash");
                           parts << tr("purchase %1").arg(purchase);
                       } else if (it.subKind == u"void_earn"_s) {
                           it.title = tr("Points taken back");
                           parts << tr("purchase %1 voided").arg(purchase);
                       } else if (it.subKind == u"void_redeem"_s) {
                           it.title = tr("Points given back");
                           parts << tr("purchase %1 voided").arg(purchase);
                       } else if (it.subKind == u"expire"_s) {
                           it.title = tr("Points expired");
                       } else if (it.subKind == u"adjust"_s) {
                           it.title = tr("Points adjusted");
                           parts << reason;
                       } else if (it.subKind == u"referral"_s) {
                           it.title = tr("Referral bonus");
                           parts << tr("a referred member's first purchase");
                       } else if (it.subKind == u"gift"_s) {
                           it.title = tr("Gift: %1").arg(reason);
                       } else {
                           it.title = tr("Points imported");
                           parts << reason;
                       }
                       if (it.points > 0)
                           parts << (it.expiresOn.isValid()
                                         ? tr("valid until %1").arg(localDateText(locale, it.expiresOn))
                                         : tr("never expire"));
                       parts.removeAll(QString());
                       it.detail = parts.join(listSeparator());
                       all.append(it);
                   });
    ok =
        ok &&
        run(u"SELECT id, time, from_tier, to_tier, from_name, to_name, reason, purchase_id FROM tier_history "
            "WHERE member_id = ? ORDER BY time DESC, id DESC LIMIT ?"_s,
            [&](const QSqlQuery& q) {
                TimelineItem it = timelineItem(TimelineItem::Kind::Tier, u"tier"_s, q.value(0).toLongLong(),
                                               q.value(1).toString());
                const QString to = tierName(q.value(3), q.value(5));
                it.title = q.value(2).isNull()
                               ? tr("Tier: %1").arg(to)
                               : tr("Tier: %1 → %2").arg(tierName(q.value(2), q.value(4)), to);
                const QString reason = q.value(6).toString();
                it.subKind = reason.section(u':', 0, 0);
                if (reason == u"purchase"_s) {
                    it.detail = tr("Reached with purchase %1").arg(q.value(7).toLongLong());
                } else if (reason == u"void"_s) {
                    it.detail = tr("Purchase %1 was voided").arg(q.value(7).toLongLong());
                } else if (reason.startsWith(u"review"_s)) {
                    const Fen spend = reason.section(u"spend_fen="_s, 1).section(u' ', 0, 0).toLongLong();
                    const bool lifetime = reason.contains(u"basis=paid_lifetime"_s);
                    it.detail = lifetime
                                    ? tr("Tier review: lifetime paid spend %1").arg(formatYuan(spend, locale))
                                    : tr("Tier review: paid spend in the last 12 months %1")
                                          .arg(formatYuan(spend, locale));
                } else if (reason == u"rules"_s) {
                    it.detail = tr("The programme no longer has the former tier");
                } else {
                    it.detail = reason;
                }
                all.append(it);
            });
    ok = ok &&
         run(u"SELECT f.id, f.time, f.channel, f.outcome, f.next_date, COALESCE(u.name, '') FROM followups f "
             "LEFT JOIN users u ON u.id = f.user_id WHERE f.member_id = ? ORDER BY f.time DESC, f.id DESC "
             "LIMIT ?"_s,
             [&](const QSqlQuery& q) {
                 TimelineItem it = timelineItem(TimelineItem::Kind::Followup, u"followup"_s,
                                                q.value(0).toLongLong(), q.value(1).toString());
                 it.subKind = q.value(2).toString();
                 it.title = tr("Follow-up (%1)").arg(CareRecords::channelDisplayName(it.subKind));
                 QStringList parts{q.value(3).toString()};
                 const QDate next = fromStoredDate(q.value(4).toString());
                 if (next.isValid())
                     parts << tr("next follow-up %1").arg(localDateText(locale, next));
                 if (!q.value(5).toString().isEmpty())
                     parts << tr("by %1").arg(q.value(5).toString());
                 parts.removeAll(QString());
                 it.detail = parts.join(listSeparator());
                 all.append(it);
             });
    // A complaint gives up to three items: opened, handled (first response) and resolved.
    ok = ok &&
         run(u"SELECT c.id, c.opened_at, c.description, COALESCE(uo.name, ''), c.handled_at, "
             "COALESCE(uh.name, ''), c.resolved_at, c.resolution, COALESCE(ur.name, '') FROM complaints c "
             "LEFT JOIN users uo ON uo.id = c.opened_by LEFT JOIN users uh ON uh.id = c.handled_by "
             "LEFT JOIN users ur ON ur.id = c.resolved_by WHERE c.member_id = ? "
             "ORDER BY COALESCE(c.resolved_at, c.handled_at, c.opened_at) DESC, c.id DESC LIMIT ?"_s,
             [&](const QSqlQuery& q) {
                 auto add = [&](const QString& when, const QString& sub, const QString& title,
                                const QString& text, const QString& by) {
                     if (when.isEmpty())
                         return;
                     TimelineItem it = timelineItem(TimelineItem::Kind::Complaint, u"complaint"_s,
                                                    q.value(0).toLongLong(), when);
                     it.subKind = sub;
                     it.title = title;
                     it.detail = by.isEmpty() ? text : tr("%1 (by %2)").arg(text, by);
                     all.append(it);
                 };
                 const qint64 id = q.value(0).toLongLong();
                 add(q.value(1).toString(), u"opened"_s, tr("Complaint %1 opened").arg(id),
                     q.value(2).toString(), q.value(3).toString());
                 if (q.value(4).toString() != q.value(6).toString())
                     add(q.value(4).toString(), u"handled"_s, tr("Complaint %1 handled").arg(id),
                         q.value(6).isNull() ? q.value(7).toString() : QString(), q.value(5).toString());
                 add(q.value(6).toString(), u"resolved"_s, tr("Complaint %1 resolved").arg(id),
                     q.value(7).toString(), q.value(8).toString());
             });
    ok = ok && run(u"SELECT a.id, a.time, a.details, COALESCE(u.name, '') FROM audit_log a LEFT JOIN users u "
                   "ON u.id = a.user_id WHERE a.action = 'member.note' AND a.target = 'member:' || ? "
                   "ORDER BY a.time DESC, a.id DESC LIMIT ?"_s,
                   [&](const QSqlQuery& q) {
                       TimelineItem it = timelineItem(TimelineItem::Kind::Note, u"note"_s,
                                                      q.value(0).toLongLong(), q.value(1).toString());
                       const bool atRegistration = q.value(1).toString() == registeredAt;
                       const QString by = q.value(3).toString();
                       if (atRegistration)
                           it.title = by.isEmpty() ? tr("Note written at registration")
                                                   : tr("Note written at registration by %1").arg(by);
                       else
                           it.title = by.isEmpty() ? tr("Note changed") : tr("Note changed by %1").arg(by);
                       it.detail =
                           q.value(2).toString().isEmpty() ? tr("(note cleared)") : q.value(2).toString();
                       all.append(it);
                   });
    if (!ok)
        return false;
    std::stable_sort(all.begin(), all.end(), [](const TimelineItem& a, const TimelineItem& b) {
        if (a.time != b.time)
            return a.time > b.time;
        if (rank(a.kind) != rank(b.kind))
            return rank(a.kind) < rank(b.kind);
        return a.refId > b.refId;
    });
    Page out;
    out.hasMore = all.size() > offset + limit;
    out.items = all.mid(offset, limit);
    *page = out;
    return true;
}

} // namespace md
