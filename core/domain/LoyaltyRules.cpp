// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoyaltyRules.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace md {

namespace {
struct DefaultTierName
{
    const char16_t* stored;
    const char* english;
};
// Stored names are the shop's data (Chinese by default); these are shown translated while unchanged.
const DefaultTierName kDefaultTierNames[] = {
    {u"普通会员", QT_TRANSLATE_NOOP("LoyaltyRules", "Regular")},
    {u"银卡", QT_TRANSLATE_NOOP("LoyaltyRules", "Silver")},
    {u"金卡", QT_TRANSLATE_NOOP("LoyaltyRules", "Gold")},
    {u"钻石", QT_TRANSLATE_NOOP("LoyaltyRules", "Diamond")},
};

const QSet<QString>& knownKeys()
{
    static const QSet<QString> keys = {
        u"tiers"_s,
        u"tier_basis"_s,
        u"tier_grace_months"_s,
        u"points_per_yuan"_s,
        u"earn_basis"_s,
        u"birthday_multiplier_pct"_s,
        u"expiry"_s,
        u"redeem_points_per_yuan"_s,
        u"redeem_max_percent"_s,
        u"referral_bonus_points"_s,
        u"default_margin_bp"_s,
        u"version"_s,
    };
    return keys;
}
} // namespace

LoyaltyRules LoyaltyRules::defaults()
{
    LoyaltyRules r;
    r.tiers = {
        {QString::fromUtf16(kDefaultTierNames[0].stored), 0, 0, 100},
        {QString::fromUtf16(kDefaultTierNames[1].stored), 100'000, 200, 100},
        {QString::fromUtf16(kDefaultTierNames[2].stored), 300'000, 500, 100},
        {QString::fromUtf16(kDefaultTierNames[3].stored), 800'000, 800, 100},
    };
    return r;
}

QString LoyaltyRules::tierDisplayName(int tier) const
{
    if (tier < 0 || tier >= tiers.size())
        return tr("Tier %1").arg(tier + 1);
    return displayNameOf(tiers.at(tier).name);
}

QString LoyaltyRules::displayNameOf(const QString& storedName)
{
    for (const auto& d : kDefaultTierNames) {
        if (storedName == QString::fromUtf16(d.stored))
            return tr(d.english);
    }
    return storedName;
}

QString LoyaltyRules::tierBasisDescription() const
{
    return tierBasis == TierBasis::PaidLifetime ? tr("lifetime paid spend")
                                                : tr("paid spend in the last 12 months");
}

int LoyaltyRules::tierForSpend(Fen spendFen) const
{
    int result = 0;
    for (int i = 0; i < tiers.size(); ++i) {
        if (spendFen >= tiers.at(i).thresholdFen)
            result = i;
    }
    return result;
}

Fen LoyaltyRules::discountFor(int tier, Fen grossFen) const
{
    if (tier < 0 || tier >= tiers.size())
        return 0;
    return basisPointsOf(grossFen, tiers.at(tier).discountBp);
}

qint64 LoyaltyRules::pointsFor(int tier, Fen earnBaseFen, bool birthdayMonth) const
{
    if (earnBaseFen <= 0)
        return 0;
    const qint64 wholeYuan = earnBaseFen / 100;
    qint64 points = wholeYuan * pointsPerYuan;
    const int tierPct = (tier >= 0 && tier < tiers.size()) ? tiers.at(tier).pointsMultiplierPct : 100;
    points = points * tierPct / 100;
    if (birthdayMonth)
        points = points * birthdayMultiplierPct / 100;
    return points;
}

QDate LoyaltyRules::expiryFor(const QDate& earned) const
{
    if (expiryMode == ExpiryMode::Never)
        return {};
    const QDate monthStart(earned.year(), earned.month(), 1);
    const QDate target = monthStart.addMonths(expiryMonths);
    return QDate(target.year(), target.month(), target.daysInMonth());
}

qint64 LoyaltyRules::maxRedeemablePoints(Fen payableFen) const
{
    if (redeemPointsPerYuan <= 0 || payableFen <= 0)
        return 0;
    const Fen capFen = payableFen * redeemMaxPercent / 100;
    // Whole points only, and never worth more than the cap.
    return capFen * redeemPointsPerYuan / 100;
}

Fen LoyaltyRules::pointsValueFen(qint64 points) const
{
    if (redeemPointsPerYuan <= 0)
        return 0;
    return points * 100 / redeemPointsPerYuan;
}

QJsonObject LoyaltyRules::toJson() const
{
    QJsonArray tierArray;
    for (const Tier& t : tiers) {
        tierArray.append(QJsonObject{{u"name"_s, t.name},
                                     {u"threshold_fen"_s, t.thresholdFen},
                                     {u"discount_bp"_s, t.discountBp},
                                     {u"points_multiplier_pct"_s, t.pointsMultiplierPct}});
    }
    QJsonObject expiry;
    if (expiryMode == ExpiryMode::Never)
        expiry = {{u"mode"_s, u"never"_s}};
    else
        expiry = {{u"mode"_s, u"end_of_month_after"_s}, {u"months"_s, expiryMonths}};
    return {
        {u"version"_s, 1},
        {u"tiers"_s, tierArray},
        {u"tier_basis"_s, tierBasis == TierBasis::PaidLifetime ? u"paid_lifetime"_s : u"paid_12m"_s},
        {u"tier_grace_months"_s, tierGraceMonths},
        {u"points_per_yuan"_s, pointsPerYuan},
        {u"earn_basis"_s, earnBasis == EarnBasis::Profit ? u"profit"_s : u"paid"_s},
        {u"birthday_multiplier_pct"_s, birthdayMultiplierPct},
        {u"expiry"_s, expiry},
        {u"redeem_points_per_yuan"_s, redeemPointsPerYuan},
        {u"redeem_max_percent"_s, redeemMaxPercent},
        {u"referral_bonus_points"_s, referralBonusPoints},
        {u"default_margin_bp"_s, defaultMarginBp},
    };
}

namespace {
// Reads an integer field; absent → keeps the default; present but not a whole number → error.
bool readInt(const QJsonObject& o, const QString& key, const QString& path, qint64* out, QString* error)
{
    if (!o.contains(key))
        return true;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != double(qint64(d))) {
        *error = QCoreApplication::translate("LoyaltyRules", "%1 must be a whole number.").arg(path);
        return false;
    }
    *out = qint64(d);
    return true;
}
} // namespace

bool LoyaltyRules::fromJson(const QJsonObject& doc, LoyaltyRules* out, QString* error)
{
    LoyaltyRules r = defaults();
    for (auto it = doc.begin(); it != doc.end(); ++it) {
        if (!knownKeys().contains(it.key())) {
            *error = tr("Unknown field \"%1\" in the rules.").arg(it.key());
            return false;
        }
    }
    if (doc.contains(u"tiers"_s)) {
        if (!doc.value(u"tiers"_s).isArray()) {
            *error = tr("tiers must be a list.");
            return false;
        }
        r.tiers.clear();
        const QJsonArray arr = doc.value(u"tiers"_s).toArray();
        for (int i = 0; i < arr.size(); ++i) {
            const QString path = u"tiers[%1]"_s.arg(i);
            if (!arr.at(i).isObject()) {
                *error = tr("%1 must be an object with name, threshold_fen, discount_bp and "
                            "points_multiplier_pct.")
                             .arg(path);
                return false;
            }
            const QJsonObject t = arr.at(i).toObject();
            for (auto it = t.begin(); it != t.end(); ++it) {
                static const QSet<QString> tierKeys = {u"name"_s, u"threshold_fen"_s, u"discount_bp"_s,
                                                       u"points_multiplier_pct"_s};
                if (!tierKeys.contains(it.key())) {
                    *error = tr("Unknown field \"%1\" in %2.").arg(it.key(), path);
                    return false;
                }
            }
            Tier tier;
            if (!t.value(u"name"_s).isString()) {
                *error = tr("%1.name must be text.").arg(path);
                return false;
            }
            tier.name = t.value(u"name"_s).toString().trimmed();
            qint64 threshold = -1, discount = 0, multiplier = 100;
            if (!t.contains(u"threshold_fen"_s)) {
                *error = tr("%1.threshold_fen is missing.").arg(path);
                return false;
            }
            if (!readInt(t, u"threshold_fen"_s, path + u".threshold_fen"_s, &threshold, error) ||
                !readInt(t, u"discount_bp"_s, path + u".discount_bp"_s, &discount, error) ||
                !readInt(t, u"points_multiplier_pct"_s, path + u".points_multiplier_pct"_s, &multiplier,
                         error))
                return false;
            // Out-of-int values must be refused here: a cast would wrap them into plausible numbers.
            if (discount < 0 || discount >= 10000) {
                *error = tr("%1.discount_bp must be from 0 to 9999 (under 100 %).").arg(path);
                return false;
            }
            if (multiplier < 0 || multiplier > 1000) {
                *error = tr("%1.points_multiplier_pct must be from 0 to 1000.").arg(path);
                return false;
            }
            if (threshold < 0 || threshold > kMaxThresholdFen) {
                *error = tr("%1.threshold_fen must be from 0 to %2.").arg(path).arg(kMaxThresholdFen);
                return false;
            }
            tier.thresholdFen = threshold;
            tier.discountBp = int(discount);
            tier.pointsMultiplierPct = int(multiplier);
            r.tiers.append(tier);
        }
    }
    if (doc.contains(u"tier_basis"_s)) {
        const QString basis = doc.value(u"tier_basis"_s).toString();
        if (basis == u"paid_12m"_s)
            r.tierBasis = TierBasis::Paid12Months;
        else if (basis == u"paid_lifetime"_s)
            r.tierBasis = TierBasis::PaidLifetime;
        else {
            *error = tr("tier_basis must be \"paid_12m\" or \"paid_lifetime\".");
            return false;
        }
    }
    if (doc.contains(u"earn_basis"_s)) {
        const QString basis = doc.value(u"earn_basis"_s).toString();
        if (basis == u"paid"_s)
            r.earnBasis = EarnBasis::Paid;
        else if (basis == u"profit"_s)
            r.earnBasis = EarnBasis::Profit;
        else {
            *error = tr("earn_basis must be \"paid\" or \"profit\".");
            return false;
        }
    }
    if (doc.contains(u"expiry"_s)) {
        if (!doc.value(u"expiry"_s).isObject()) {
            *error = tr("expiry must be an object with mode (and months).");
            return false;
        }
        const QJsonObject e = doc.value(u"expiry"_s).toObject();
        const QString mode = e.value(u"mode"_s).toString();
        if (mode == u"never"_s) {
            r.expiryMode = ExpiryMode::Never;
        } else if (mode == u"end_of_month_after"_s) {
            r.expiryMode = ExpiryMode::EndOfMonthAfter;
            qint64 months = r.expiryMonths;
            if (!readInt(e, u"months"_s, u"expiry.months"_s, &months, error))
                return false;
            if (months < 1 || months > 120) {
                *error = tr("expiry.months must be from 1 to 120.");
                return false;
            }
            r.expiryMonths = int(months);
        } else {
            *error = tr("expiry.mode must be \"end_of_month_after\" or \"never\".");
            return false;
        }
    }
    struct IntField
    {
        const char16_t* key;
        int* target;
    };
    const IntField ints[] = {
        {u"tier_grace_months", &r.tierGraceMonths},
        {u"points_per_yuan", &r.pointsPerYuan},
        {u"birthday_multiplier_pct", &r.birthdayMultiplierPct},
        {u"redeem_points_per_yuan", &r.redeemPointsPerYuan},
        {u"redeem_max_percent", &r.redeemMaxPercent},
        {u"referral_bonus_points", &r.referralBonusPoints},
        {u"default_margin_bp", &r.defaultMarginBp},
    };
    for (const IntField& f : ints) {
        const QString key = QString::fromUtf16(f.key);
        qint64 value = *f.target;
        if (!readInt(doc, key, key, &value, error))
            return false;
        if (value > std::numeric_limits<int>::max() || value < std::numeric_limits<int>::min()) {
            *error = tr("%1 is out of range.").arg(key);
            return false;
        }
        *f.target = int(value);
    }
    if (!r.validate(error))
        return false;
    *out = r;
    return true;
}

bool LoyaltyRules::validate(QString* error) const
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (tiers.size() < 2 || tiers.size() > 8)
        return fail(tr("tiers: a programme has 2 to 8 tiers (this one has %1).").arg(tiers.size()));
    QSet<QString> names;
    for (int i = 0; i < tiers.size(); ++i) {
        const Tier& t = tiers.at(i);
        const QString path = u"tiers[%1]"_s.arg(i);
        if (t.name.isEmpty())
            return fail(tr("%1.name is empty.").arg(path));
        if (t.name.size() > 20)
            return fail(tr("%1.name is longer than 20 characters.").arg(path));
        if (names.contains(t.name))
            return fail(tr("%1.name \"%2\" is used twice.").arg(path, t.name));
        names.insert(t.name);
        if (i == 0 && t.thresholdFen != 0)
            return fail(tr("tiers[0].threshold_fen must be 0: every member starts in the first tier."));
        if (t.thresholdFen > kMaxThresholdFen)
            return fail(tr("%1.threshold_fen must be from 0 to %2.").arg(path).arg(kMaxThresholdFen));
        if (i > 0 && t.thresholdFen <= tiers.at(i - 1).thresholdFen)
            return fail(tr("%1.threshold_fen must be higher than the tier before it.").arg(path));
        if (t.discountBp < 0 || t.discountBp >= 10000)
            return fail(tr("%1.discount_bp must be from 0 to 9999 (under 100 %).").arg(path));
        if (t.pointsMultiplierPct < 0 || t.pointsMultiplierPct > 1000)
            return fail(tr("%1.points_multiplier_pct must be from 0 to 1000.").arg(path));
    }
    if (tierGraceMonths < 0 || tierGraceMonths > 120)
        return fail(tr("tier_grace_months must be from 0 to 120."));
    if (pointsPerYuan < 0 || pointsPerYuan > 1000)
        return fail(tr("points_per_yuan must be from 0 to 1000."));
    if (birthdayMultiplierPct < 100 || birthdayMultiplierPct > 1000)
        return fail(tr("birthday_multiplier_pct must be from 100 to 1000."));
    if (expiryMode == ExpiryMode::EndOfMonthAfter && (expiryMonths < 1 || expiryMonths > 120))
        return fail(tr("expiry.months must be from 1 to 120."));
    if (redeemPointsPerYuan < 0 || redeemPointsPerYuan > 100000)
        return fail(tr("redeem_points_per_yuan must be from 0 to 100000."));
    if (redeemMaxPercent < 0 || redeemMaxPercent > 100)
        return fail(tr("redeem_max_percent must be from 0 to 100."));
    if (referralBonusPoints < 0 || referralBonusPoints > 1000000)
        return fail(tr("referral_bonus_points must be from 0 to 1000000."));
    if (defaultMarginBp < 0 || defaultMarginBp > 10000)
        return fail(tr("default_margin_bp must be from 0 to 10000."));
    return true;
}

} // namespace md
