// SPDX-License-Identifier: GPL-3.0-or-later
#include "AudienceFilter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

QJsonArray idArray(const QSet<qint64>& ids)
{
    QVector<qint64> sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray a;
    for (qint64 id : sorted)
        a.append(id);
    return a;
}

bool readIds(const QJsonObject& json, const QString& key, QSet<qint64>* ids, QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = AudienceFilter::tr("The saved guest list is damaged (\"%1\" is not a list).").arg(key);
        return false;
    }
    for (const QJsonValue& e : v.toArray()) {
        const double d = e.toDouble(-1);
        if (!e.isDouble() || d < 1 || d != std::floor(d)) {
            *error = AudienceFilter::tr("The saved guest list is damaged (\"%1\" holds a value that is not a "
                                        "member number).")
                         .arg(key);
            return false;
        }
        ids->insert(qint64(d));
    }
    return true;
}

bool readInt(const QJsonObject& json, const QString& key, std::optional<qint64>* value, QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9e15) {
        *error =
            AudienceFilter::tr("The saved guest filter is damaged (\"%1\" is not a whole number).").arg(key);
        return false;
    }
    *value = qint64(d);
    return true;
}

bool readDate(const QJsonObject& json, const QString& key, QDate* date, QString* error)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    *date = QDate::fromString(v.toString(), Qt::ISODate);
    if (date->isValid())
        return true;
    *error = AudienceFilter::tr("The saved guest filter is damaged (\"%1\" is not a date).").arg(key);
    return false;
}

} // namespace

bool AudienceFilter::hasCriteria() const
{
    return !tiers.isEmpty() || !loyaltyTypes.isEmpty() || !rfmSegments.isEmpty() || minSpendFen ||
           minPAlive || birthdayMonth || lastVisitBefore.isValid() || lastVisitAfter.isValid() ||
           minReferrals;
}

bool AudienceFilter::validate(QString* error) const
{
    for (int t : tiers) {
        if (t < 0 || t > 99) {
            *error = tr("Tier %1 does not exist.").arg(t);
            return false;
        }
    }
    if (minSpendFen && *minSpendFen < 0) {
        *error = tr("The minimum spend cannot be negative.");
        return false;
    }
    if (spendDays < 1 || spendDays > kMaxSpendDays) {
        *error = tr("The spending period must be from 1 to %1 days.").arg(kMaxSpendDays);
        return false;
    }
    if (minPAlive && (!std::isfinite(*minPAlive) || *minPAlive < 0 || *minPAlive > 1)) {
        *error = tr("The minimum probability of still being a customer must be from 0 to 1.");
        return false;
    }
    if (birthdayMonth && (*birthdayMonth < 1 || *birthdayMonth > 12)) {
        *error = tr("The birthday month must be from 1 to 12.");
        return false;
    }
    if (lastVisitBefore.isValid() && lastVisitAfter.isValid() &&
        lastVisitAfter >= lastVisitBefore.addDays(-1)) {
        *error = tr("\"Last visit after\" must be at least two days before \"last visit before\", or nobody "
                    "can match.");
        return false;
    }
    if (minReferrals && *minReferrals < 0) {
        *error = tr("The minimum number of referrals cannot be negative.");
        return false;
    }
    for (qint64 id : addedMemberIds) {
        if (removedMemberIds.contains(id)) {
            *error = tr("Member %1 is both added and removed by hand.").arg(id);
            return false;
        }
    }
    return true;
}

AudienceFilter AudienceFilter::withAdded(const QVector<qint64>& ids, Addition* addition) const
{
    AudienceFilter out = *this;
    Addition counts;
    QSet<qint64> seen;
    for (qint64 id : ids) {
        if (id < 1) {
            ++counts.ignored;
            continue;
        }
        if (seen.contains(id))
            continue;
        seen.insert(id);
        if (out.addedMemberIds.contains(id)) {
            ++counts.alreadyAdded;
            continue;
        }
        if (out.removedMemberIds.remove(id))
            ++counts.restored;
        out.addedMemberIds.insert(id);
        ++counts.added;
    }
    if (addition)
        *addition = counts;
    return out;
}

QJsonObject AudienceFilter::toJson() const
{
    QJsonObject o;
    if (!tiers.isEmpty()) {
        QVector<int> sorted = tiers;
        std::sort(sorted.begin(), sorted.end());
        QJsonArray a;
        for (int t : sorted)
            a.append(t);
        o.insert(u"tiers"_s, a);
    }
    if (!loyaltyTypes.isEmpty()) {
        QJsonArray a;
        for (LoyaltyType t : LoyaltyTypes::types())
            if (loyaltyTypes.contains(t))
                a.append(LoyaltyTypes::key(t));
        o.insert(u"types"_s, a);
    }
    if (!rfmSegments.isEmpty()) {
        QJsonArray a;
        for (RfmSegment s : Rfm::segments())
            if (rfmSegments.contains(s))
                a.append(Rfm::key(s));
        o.insert(u"segments"_s, a);
    }
    if (minSpendFen) {
        o.insert(u"min_spend_fen"_s, *minSpendFen);
        o.insert(u"spend_days"_s, spendDays);
    }
    if (minPAlive)
        o.insert(u"min_p_alive"_s, *minPAlive);
    if (birthdayMonth)
        o.insert(u"birthday_month"_s, *birthdayMonth);
    if (lastVisitBefore.isValid())
        o.insert(u"last_visit_before"_s, lastVisitBefore.toString(Qt::ISODate));
    if (lastVisitAfter.isValid())
        o.insert(u"last_visit_after"_s, lastVisitAfter.toString(Qt::ISODate));
    if (minReferrals)
        o.insert(u"min_referrals"_s, *minReferrals);
    if (!addedMemberIds.isEmpty())
        o.insert(u"added"_s, idArray(addedMemberIds));
    if (!removedMemberIds.isEmpty())
        o.insert(u"removed"_s, idArray(removedMemberIds));
    return o;
}

bool AudienceFilter::fromJson(const QJsonObject& json, AudienceFilter* filter, QString* error)
{
    AudienceFilter f;
    const QJsonValue tiers = json.value(u"tiers"_s);
    if (!tiers.isUndefined()) {
        if (!tiers.isArray()) {
            *error = tr("The saved guest filter is damaged (\"%1\" is not a list).").arg(u"tiers"_s);
            return false;
        }
        for (const QJsonValue& v : tiers.toArray()) {
            if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) {
                *error = tr("The saved guest filter is damaged (\"%1\" holds a value that is not a tier).")
                             .arg(u"tiers"_s);
                return false;
            }
            f.tiers.append(v.toInt());
        }
    }
    for (const QJsonValue& v : json.value(u"types"_s).toArray()) {
        bool found = false;
        for (LoyaltyType t : LoyaltyTypes::types()) {
            if (LoyaltyTypes::key(t) == v.toString()) {
                f.loyaltyTypes.append(t);
                found = true;
            }
        }
        if (!found) {
            *error = tr("Unknown loyalty type \"%1\" (friends, butterflies, barnacles, strangers).")
                         .arg(v.toString());
            return false;
        }
    }
    for (const QJsonValue& v : json.value(u"segments"_s).toArray()) {
        bool found = false;
        for (RfmSegment s : Rfm::segments()) {
            if (Rfm::key(s) == v.toString()) {
                f.rfmSegments.append(s);
                found = true;
            }
        }
        if (!found) {
            *error = tr("Unknown customer segment \"%1\" (champions, loyal, new, potential, at_risk, "
                        "hibernating).")
                         .arg(v.toString());
            return false;
        }
    }
    std::optional<qint64> number;
    if (!readInt(json, u"min_spend_fen"_s, &number, error))
        return false;
    if (number)
        f.minSpendFen = *number;
    number.reset();
    if (!readInt(json, u"spend_days"_s, &number, error))
        return false;
    if (number)
        f.spendDays = int(qBound(qint64(-1), *number, qint64(1'000'000)));
    const QJsonValue pAlive = json.value(u"min_p_alive"_s);
    if (!pAlive.isUndefined() && !pAlive.isNull()) {
        if (!pAlive.isDouble()) {
            *error = tr("The saved guest filter is damaged (\"%1\" is not a number).").arg(u"min_p_alive"_s);
            return false;
        }
        f.minPAlive = pAlive.toDouble();
    }
    number.reset();
    if (!readInt(json, u"birthday_month"_s, &number, error))
        return false;
    if (number)
        f.birthdayMonth = int(qBound(qint64(-1), *number, qint64(1000)));
    number.reset();
    if (!readInt(json, u"min_referrals"_s, &number, error))
        return false;
    if (number)
        f.minReferrals = int(qBound(qint64(-1), *number, qint64(1'000'000)));
    if (!readDate(json, u"last_visit_before"_s, &f.lastVisitBefore, error) ||
        !readDate(json, u"last_visit_after"_s, &f.lastVisitAfter, error) ||
        !readIds(json, u"added"_s, &f.addedMemberIds, error) ||
        !readIds(json, u"removed"_s, &f.removedMemberIds, error))
        return false;
    if (!f.validate(error))
        return false;
    *filter = std::move(f);
    return true;
}

bool AudienceFilter::operator==(const AudienceFilter& o) const
{
    return toJson() == o.toJson();
}

} // namespace md
