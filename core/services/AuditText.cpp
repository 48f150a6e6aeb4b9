// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AuditText.h"

#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "common/Money.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {

/// "member:42" → ("member", 42); false for a target of another form (a file, a day, empty).
bool splitTarget(const QString& target, QString* kind, qint64* id)
{
    const qsizetype colon = target.indexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *id = target.mid(colon + 1).toLongLong(&ok);
    *kind = target.left(colon);
    return ok && *id > 0;
}

} // namespace

AuditText::AuditText(const ServiceContext& ctx, const QVector<AuditEntry>& entries)
    : m_rules(RulesService(ctx).current())
{
    QSet<QString> wanted;
    for (const AuditEntry& e : entries)
        wanted.insert(e.target);
    static const QHash<QString, QString> namesSql = {
        {u"member"_s, u"SELECT name FROM members WHERE id = ?"_s},
        {u"user"_s, u"SELECT name FROM users WHERE id = ?"_s},
        {u"event"_s, u"SELECT title FROM events WHERE id = ?"_s},
        {u"gift"_s, u"SELECT name FROM gifts WHERE id = ?"_s},
        {u"purchase"_s, u"SELECT p.time, p.paid_fen, m.name FROM purchases p JOIN members m ON m.id = "
                        "p.member_id WHERE p.id = ?"_s},
    };
    const QLocale locale;
    for (const QString& target : std::as_const(wanted)) {
        QString kind;
        qint64 id = 0;
        if (!splitTarget(target, &kind, &id) || !namesSql.contains(kind))
            continue;
        QSqlQuery q(ctx.db.sql());
        q.prepare(namesSql.value(kind));
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            continue; // deleted since (an event, say): shown as stored
        QString text;
        if (kind == u"purchase"_s)
            text = tr("%1 on %2, %3")
                       .arg(formatYuan(q.value(1).toLongLong(), locale),
                            localDateTimeText(locale, fromStoredTime(q.value(0).toString())),
                            q.value(2).toString());
        else if (kind == u"member"_s)
            text = tr("%1 (No. %2)").arg(q.value(0).toString()).arg(id);
        else
            text = q.value(0).toString();
        m_targets.insert(target, text);
    }
}

QString AuditText::tierName(int tier) const
{
    return m_rules.tierDisplayName(tier);
}

QString AuditText::target(const AuditEntry& entry) const
{
    if (entry.target == u"settings:insight"_s)
        return tr("Insight thresholds");
    return m_targets.value(entry.target, entry.target);
}

QString AuditText::details(const AuditEntry& entry) const
{
    const QLocale locale;
    const QString& d = entry.details;
    if (entry.action == u"tier.review"_s) {
        static const QRegularExpression review(
            u"^from:(\\d+) to:(\\d+) review: spend_fen=(-?\\d+) basis=(\\w+)$"_s);
        static const QRegularExpression rules(u"^from:(\\d+) to:(\\d+) rules$"_s);
        if (const auto m = review.match(d); m.hasMatch())
            return tr("%1 → %2 at the tier review; %3 %4")
                .arg(tierName(m.captured(1).toInt()), tierName(m.captured(2).toInt()),
                     m.captured(4) == u"paid_lifetime"_s ? tr("lifetime paid spend")
                                                         : tr("paid spend in the last 12 months"),
                     formatYuan(m.captured(3).toLongLong(), locale));
        if (const auto m = rules.match(d); m.hasMatch())
            return tr("%1 → %2 after a change of the programme")
                .arg(tierName(m.captured(1).toInt()), tierName(m.captured(2).toInt()));
    } else if (entry.action == u"maintenance.run"_s) {
        static const QRegularExpression run(
            u"^expired_entries:(\\d+) reviewed:(\\d+) tier_changes:(\\d+)$"_s);
        if (const auto m = run.match(d); m.hasMatch())
            return tr("Lapsed credits expired: %1; members reviewed: %2; tiers changed: %3")
                .arg(locale.toString(m.captured(1).toLongLong()), locale.toString(m.captured(2).toLongLong()),
                     locale.toString(m.captured(3).toLongLong()));
    } else if (entry.action == u"user.add"_s) {
        static const QRegularExpression added(u"^(owner|clerk) (.+)$"_s);
        if (const auto m = added.match(d); m.hasMatch())
            return tr("%1 account “%2”")
                .arg(m.captured(1) == u"owner"_s ? tr("Owner") : tr("Clerk"), m.captured(2));
    } else if (entry.action == u"backup.write"_s || entry.action == u"backup.auto"_s) {
        static const QRegularExpression written(u"^(\\d+) bytes(?:, (\\d+) old removed)?$"_s);
        if (const auto m = written.match(d); m.hasMatch()) {
            const QString size = locale.formattedDataSize(m.captured(1).toLongLong());
            return m.captured(2).isEmpty()
                       ? size
                       : tr("%1; old backups removed: %2").arg(size, locale.toString(m.captured(2).toInt()));
        }
    }
    return d;
}

} // namespace md
