// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/AudienceFilter.h"
#include "events/MemberInsightSource.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QString>
#include <QVector>

#include <optional>

namespace md {

class Database;
struct ServiceContext;

/// Why a member who passes the filter (or was added by hand) is not on the guest list.
enum class ExclusionReason
{
    NoConsent,       ///< did not consent to marketing
    Anonymised,      ///< anonymised on request
    ManuallyRemoved, ///< taken off the list by the owner
    OverCapacity,    ///< the event is full: everyone before them in the seat order got a seat
};

/// A member on (or excluded from) the guest list.
struct AudienceMember
{
    qint64 id = 0;
    QString name;
    QString card;
    QString phone;  ///< normalised; mask for clerks (Permissions::phoneForDisplay)
    int gender = 0; ///< md::Gender as int (0 unknown, 1 male, 2 female)
    int tier = 0;
    QString tierName; ///< as the user reads it (LoyaltyRules::tierDisplayName)
    bool consent = false;
    bool anonymised = false;
    bool manuallyAdded = false;
    bool alreadyInvited = false; ///< has an invitation to the event evaluated for
    Fen spend12mFen = 0;         ///< paid in the 365 days ending on the as-of date (the seat order)
    QDate lastVisit;
    QDate birthday;
    int referrals = 0;
    std::optional<RfmSegment> segment;
    std::optional<LoyaltyType> type;
    std::optional<double> pAlive;
};

struct ExcludedMember
{
    AudienceMember member;
    ExclusionReason reason = ExclusionReason::NoConsent;
};

/// The result of evaluating a filter.
struct Audience
{
    QDate asOf;
    /// Who gets (or already has) a seat, in seat order: already invited first, then added by hand, then
    /// by spend in the last 12 months (highest first), then by id.
    QVector<AudienceMember> matched;
    /// Members who pass the filter (or were added) but are left out, with the reason; by id.
    QVector<ExcludedMember> excluded;
    /// Criteria that cannot be evaluated on this history (e.g. "P(alive) cannot be computed: …"); when
    /// not empty the filter uses a criterion that matched nobody for that reason — show it, never hide it.
    QStringList warnings;

    int count() const { return int(matched.size()); }
    int excludedCount(ExclusionReason reason) const;
};

/// The data an audience is evaluated on, loaded once: every member's row and the insight figures.
/// Loading costs one pass over members and purchases (plus a model fit the first time); evaluating a
/// filter then runs in memory (a few milliseconds for thousands of members): what a live count needs.
struct AudienceData
{
    QDate asOf;
    QVector<AudienceMember> members; ///< every member, by id, with the figures filled in
    AudienceInsight insight;
};

class AudienceBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AudienceBuilder)
public:
    /// Loads members, referral counts, tier names and the insight figures as of `asOf`.
    static bool load(Database& db, const QDate& asOf, AudienceData* data, QString* error);
    /// The same on a read-only connection of its own (for a worker thread).
    static bool loadOnPath(const QString& databasePath, const QDate& asOf, AudienceData* data,
                           QString* error);

    AudienceBuilder() = default;
    explicit AudienceBuilder(AudienceData data);
    const AudienceData& data() const { return m_data; }
    bool isLoaded() const { return m_data.asOf.isValid(); }

    /// Applies `filter`. `capacity` (seats, none: unlimited) cuts the seat order; `alreadyInvited`
    /// members (see EventInvitations::invitedMemberIds) hold their seats first and are flagged.
    Audience evaluate(const AudienceFilter& filter, std::optional<int> capacity = {},
                      const QSet<qint64>& alreadyInvited = {}) const;
    /// Just the live count: matched.size() of evaluate().
    int count(const AudienceFilter& filter, std::optional<int> capacity = {},
              const QSet<qint64>& alreadyInvited = {}) const;

    /// Writes the audience to CSV (UTF-8 BOM, as CsvExporter): id, card, name, phone, tier, consent,
    /// status (invited / matched / excluded), reason. Owner only (Permission::ExportData), audited as
    /// "event.audience.export". Anonymised members are written without personal data.
    static bool exportCsv(const ServiceContext& ctx, const Audience& audience, const QString& path,
                          qint64* rows, QString* error);

    /// Stable key (no_consent, anonymised, removed, over_capacity) and the sentence shown to the owner.
    static QString reasonKey(ExclusionReason reason);
    static QString reasonText(ExclusionReason reason);

private:
    AudienceData m_data;
};

} // namespace md
