// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudienceBuilder.h"

#include "common/Clock.h"
#include "domain/LoyaltyRules.h"
#include "domain/Member.h"
#include "importio/CsvExporter.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

namespace {

bool matches(const AudienceFilter& f, const AudienceMember& m, const AudienceInsight& insight)
{
    if (!f.tiers.isEmpty() && !f.tiers.contains(m.tier))
        return false;
    if (!f.loyaltyTypes.isEmpty() && (!m.type || !f.loyaltyTypes.contains(*m.type)))
        return false;
    if (!f.rfmSegments.isEmpty() && (!m.segment || !f.rfmSegments.contains(*m.segment)))
        return false;
    if (f.birthdayMonth && (!m.birthday.isValid() || m.birthday.month() != *f.birthdayMonth))
        return false;
    if (f.lastVisitBefore.isValid() && m.lastVisit.isValid() && m.lastVisit >= f.lastVisitBefore)
        return false;
    if (f.lastVisitAfter.isValid() && (!m.lastVisit.isValid() || m.lastVisit <= f.lastVisitAfter))
        return false;
    if (f.minReferrals && m.referrals < *f.minReferrals)
        return false;
    if (f.minPAlive && (!m.pAlive || *m.pAlive < *f.minPAlive))
        return false;
    if (f.minSpendFen && insight.paidInLastDays(m.id, f.spendDays) < *f.minSpendFen)
        return false;
    return true;
}

} // namespace

int Audience::excludedCount(ExclusionReason reason) const
{
    return int(std::count_if(excluded.cbegin(), excluded.cend(),
                             [reason](const ExcludedMember& e) { return e.reason == reason; }));
}

bool AudienceBuilder::load(Database& db, const QDate& asOf, AudienceData* data, QString* error)
{
    if (!asOf.isValid()) {
        *error = tr("The date the guest list is evaluated on is not valid.");
        return false;
    }
    AudienceData out;
    out.asOf = asOf;
    if (!MemberInsightSource::load(db, asOf, &out.insight, error))
        return false;
    const FixedClock clock(localDateTime(asOf, QTime(23, 59, 59)));
    const LoyaltyRules rules = RulesService(ServiceContext{db, clock, Actor{}}).current();

    QHash<qint64, int> referrals;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!Sql::prepare(q,
                      u"SELECT referrer_id, COUNT(*) FROM members WHERE referrer_id IS NOT NULL "
                      "AND substr(created_at, 1, 10) <= ? GROUP BY referrer_id"_s,
                      error))
        return false;
    q.addBindValue(toStoredDate(asOf));
    if (!Sql::exec(q, error))
        return false;
    while (q.next())
        referrals.insert(q.value(0).toLongLong(), q.value(1).toInt());

    if (!Sql::prepare(q,
                      u"SELECT id, name, card, phone, gender, tier, consent, anonymized_at IS NOT NULL, "
                      "last_visit, birthday FROM members ORDER BY id"_s,
                      error) ||
        !Sql::exec(q, error))
        return false;
    while (q.next()) {
        AudienceMember m;
        m.id = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.card = q.value(2).toString();
        m.phone = q.value(3).toString();
        m.gender = int(genderFromCode(q.value(4).toString()));
        m.tier = q.value(5).toInt();
        m.tierName = rules.tierDisplayName(m.tier);
        m.consent = q.value(6).toInt() != 0;
        m.anonymised = q.value(7).toBool();
        // The last visit as of the evaluation date (an ROI looks back at the day of the invitations): the
        // last non-voided purchase day up to asOf, else the stored last visit when it is not later.
        const auto days = out.insight.paidDays.constFind(m.id);
        if (days != out.insight.paidDays.constEnd() && !days->isEmpty()) {
            m.lastVisit = QDate::fromJulianDay(days->last().first);
        } else if (!q.value(8).isNull()) {
            const QDate stored = fromStoredTime(q.value(8).toString()).date();
            if (stored <= asOf)
                m.lastVisit = stored;
        }
        m.birthday = fromStoredDate(q.value(9).toString());
        m.referrals = referrals.value(m.id);
        m.spend12mFen = out.insight.paidInLastDays(m.id, 365);
        const auto it = out.insight.figures.constFind(m.id);
        if (it != out.insight.figures.constEnd()) {
            m.segment = it->segment;
            m.type = it->type;
            m.pAlive = it->pAlive;
        }
        out.members.append(std::move(m));
    }
    if (q.lastError().isValid()) {
        *error = Database::describeSqlError(q.lastError().text());
        return false;
    }
    *data = std::move(out);
    return true;
}

bool AudienceBuilder::loadOnPath(const QString& databasePath, const QDate& asOf, AudienceData* data,
                                 QString* error)
{
    Database db;
    if (!db.open(databasePath, error, Database::Access::ReadOnly))
        return false;
    return load(db, asOf, data, error);
}

AudienceBuilder::AudienceBuilder(AudienceData data) : m_data(std::move(data)) {}

Audience AudienceBuilder::evaluate(const AudienceFilter& filter, std::optional<int> capacity,
                                   const QSet<qint64>& alreadyInvited) const
{
    Audience a;
    a.asOf = m_data.asOf;
    if ((!filter.rfmSegments.isEmpty() || !filter.loyaltyTypes.isEmpty()) && !m_data.insight.segmentsOk)
        a.warnings << m_data.insight.segmentsMessage;
    if (filter.minPAlive && !m_data.insight.pAliveOk)
        a.warnings << m_data.insight.pAliveMessage;

    QVector<AudienceMember> candidates;
    for (const AudienceMember& member : m_data.members) {
        if (alreadyInvited.contains(member.id)) {
            // An invitation already written holds its seat whatever the filter says now.
            AudienceMember m = member;
            m.alreadyInvited = true;
            m.manuallyAdded = filter.addedMemberIds.contains(m.id);
            a.matched.append(std::move(m));
            continue;
        }
        const bool removed = filter.removedMemberIds.contains(member.id);
        const bool added = filter.addedMemberIds.contains(member.id);
        if (!removed && !added && !matches(filter, member, m_data.insight))
            continue;
        AudienceMember m = member;
        m.manuallyAdded = added;
        if (removed)
            a.excluded.append({std::move(m), ExclusionReason::ManuallyRemoved});
        else if (m.anonymised)
            a.excluded.append({std::move(m), ExclusionReason::Anonymised});
        else if (!m.consent)
            a.excluded.append({std::move(m), ExclusionReason::NoConsent});
        else
            candidates.append(std::move(m));
    }
    std::sort(candidates.begin(), candidates.end(), [](const AudienceMember& x, const AudienceMember& y) {
        if (x.manuallyAdded != y.manuallyAdded)
            return x.manuallyAdded;
        if (x.spend12mFen != y.spend12mFen)
            return x.spend12mFen > y.spend12mFen;
        return x.id < y.id;
    });
    const qsizetype seats = capacity ? qMax<qsizetype>(0, *capacity - a.matched.size()) : candidates.size();
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        if (i < seats)
            a.matched.append(std::move(candidates[i]));
        else
            a.excluded.append({std::move(candidates[i]), ExclusionReason::OverCapacity});
    }
    std::sort(a.excluded.begin(), a.excluded.end(),
              [](const ExcludedMember& x, const ExcludedMember& y) { return x.member.id < y.member.id; });
    return a;
}

int AudienceBuilder::count(const AudienceFilter& filter, std::optional<int> capacity,
                           const QSet<qint64>& alreadyInvited) const
{
    return evaluate(filter, capacity, alreadyInvited).count();
}

QString AudienceBuilder::reasonKey(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::NoConsent:
        return u"no_consent"_s;
    case ExclusionReason::Anonymised:
        return u"anonymised"_s;
    case ExclusionReason::ManuallyRemoved:
        return u"removed"_s;
    case ExclusionReason::OverCapacity:
        return u"over_capacity"_s;
    }
    return {};
}

QString AudienceBuilder::reasonText(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::NoConsent:
        return tr("Did not consent to marketing");
    case ExclusionReason::Anonymised:
        return tr("Anonymised on request");
    case ExclusionReason::ManuallyRemoved:
        return tr("Removed from the list by hand");
    case ExclusionReason::OverCapacity:
        return tr("No seat left (capacity reached)");
    }
    return {};
}

bool AudienceBuilder::exportCsv(const ServiceContext& ctx, const Audience& audience, const QString& path,
                                qint64* rows, QString* error)
{
    if (!Permissions::require(ctx, Permission::ExportData, error))
        return false;
    Transaction tx(ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringEncoder utf8(QStringEncoder::Utf8);
    QByteArray buffer("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the BOM
    auto writeRow = [&](const QStringList& cells) {
        buffer += utf8.encode(cells.join(u','));
        buffer += "\r\n";
    };
    auto row = [&](const AudienceMember& m, const QString& status, const QString& reason) {
        // Anonymised on request: nothing that identifies the person leaves the shop.
        writeRow({QString::number(m.id), CsvExporter::cell(m.card, true),
                  CsvExporter::cell(m.anonymised ? QString() : m.name, true),
                  m.anonymised ? QString() : m.phone, CsvExporter::cell(m.tierName, true),
                  m.consent ? u"yes"_s : u"no"_s, status, CsvExporter::cell(reason, true)});
    };
    writeRow({u"id"_s, u"card"_s, u"name"_s, u"phone"_s, u"tier"_s, u"consent"_s, u"status"_s, u"reason"_s});
    qint64 count = 0;
    for (const AudienceMember& m : audience.matched) {
        row(m, m.alreadyInvited ? u"invited"_s : u"matched"_s, QString());
        ++count;
    }
    for (const ExcludedMember& e : audience.excluded) {
        row(e.member, u"excluded"_s, reasonText(e.reason));
        ++count;
    }
    file.write(buffer);
    if (!AuditLog::record(ctx, u"event.audience.export"_s, QDir::toNativeSeparators(path),
                          u"rows:%1 matched:%2 excluded:%3"_s.arg(count)
                              .arg(audience.matched.size())
                              .arg(audience.excluded.size()),
                          error))
        return false;
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!tx.commit(error))
        return false;
    if (rows)
        *rows = count;
    return true;
}

} // namespace md
