// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberInsightStore.h"

#include "common/Clock.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace md {

namespace {

const QString kIsoTime = u"yyyy-MM-ddTHH:mm:ss"_s;

MemberInsightStatus statusFrom(const QString& stored)
{
    MemberInsightStatus status;
    if (stored.isEmpty())
        return status;
    const QJsonObject o = QJsonDocument::fromJson(stored.toUtf8()).object();
    status.asOf = QDate::fromString(o.value(u"as_of"_s).toString(), Qt::ISODate);
    status.computedAt = QDateTime::fromString(o.value(u"computed_at"_s).toString(), kIsoTime);
    if (!status.asOf.isValid() || !status.computedAt.isValid())
        return status; // an unreadable status is no status: the next refresh rewrites it
    status.exists = true;
    status.ok = o.value(u"ok"_s).toBool();
    status.error = o.value(u"error"_s).toString();
    status.clvMessage = o.value(u"clv_message"_s).toString();
    status.windowDays = o.value(u"window_days"_s).toInt();
    status.horizonWeeks = o.value(u"horizon_weeks"_s).toInt();
    status.members = o.value(u"members"_s).toInteger();
    return status;
}

QString statusText(const MemberInsightStatus& s)
{
    QJsonObject o;
    o.insert(u"ok"_s, s.ok);
    o.insert(u"error"_s, s.error);
    o.insert(u"clv_message"_s, s.clvMessage);
    o.insert(u"as_of"_s, s.asOf.toString(Qt::ISODate));
    o.insert(u"window_days"_s, s.windowDays);
    o.insert(u"horizon_weeks"_s, s.horizonWeeks);
    o.insert(u"computed_at"_s, s.computedAt.toString(kIsoTime));
    o.insert(u"members"_s, s.members);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

int segmentIndex(const QString& key)
{
    for (RfmSegment segment : Rfm::segments())
        if (Rfm::key(segment) == key)
            return int(segment);
    return -1;
}

int typeIndex(const QString& key)
{
    for (LoyaltyType type : LoyaltyTypes::types())
        if (LoyaltyTypes::key(type) == key)
            return int(type);
    return -1;
}

struct Row
{
    const RfmMember* rfm = nullptr;
    const MemberLoyalty* loyalty = nullptr;
    const InsightPrediction* prediction = nullptr;
};

} // namespace

bool MemberInsightStore::write(const InsightSnapshot& snapshot, QString* error, bool* written)
{
    if (written)
        *written = false;
    if (snapshot.stopped)
        return true; // nothing was learnt; the stored snapshot stays
    if (!snapshot.window.asOf.isValid()) {
        *error = tr("The insight snapshot has no valid date.");
        return false;
    }
    // A look into the future (an as-of date after today) is not what the member card should show, and
    // would keep the daily refresh from replacing it until that date.
    if (snapshot.window.asOf > m_ctx.clock.today())
        return true;

    MemberInsightStatus status;
    status.exists = true;
    status.ok = snapshot.ok;
    status.error = snapshot.ok ? QString() : snapshot.error;
    status.clvMessage = snapshot.ok && !snapshot.clvOk ? snapshot.clvMessage : QString();
    status.asOf = snapshot.window.asOf;
    status.windowDays = snapshot.window.days;
    status.horizonWeeks = snapshot.horizonWeeks;
    status.computedAt = m_ctx.clock.now();

    // The rows are staged in a TEMP table first (the connection's own temporary database: no lock on the
    // shop's file), so the write lock is held only for one INSERT … SELECT — a sale at the counter waits
    // a fraction of a second at most, never the busy timeout.
    if (!Sql::run(m_ctx.db,
                  u"CREATE TEMP TABLE IF NOT EXISTS member_insight_new AS SELECT * FROM main.member_insight "
                  "WHERE 0"_s,
                  error) ||
        !Sql::run(m_ctx.db, u"DELETE FROM temp.member_insight_new"_s, error))
        return false;
    if (snapshot.ok) {
        QHash<qint64, Row> rows;
        rows.reserve(qMax(snapshot.rfm.members.size(), snapshot.predictions.size()));
        for (const RfmMember& m : snapshot.rfm.members)
            rows[m.memberId].rfm = &m;
        for (const MemberLoyalty& m : snapshot.types.members)
            rows[m.memberId].loyalty = &m;
        if (snapshot.clvOk)
            for (const InsightPrediction& p : snapshot.predictions)
                rows[p.memberId].prediction = &p;

        // In member-id order (appends to the table's B-tree instead of random inserts) and many rows per
        // statement: the per-statement cost of the driver dominates a 100,000-row snapshot otherwise.
        QVector<qint64> ids = rows.keys().toVector();
        std::sort(ids.begin(), ids.end());
        constexpr int kColumns = 14;
        constexpr int kRowsPerStatement = 64; // 896 parameters, under SQLite's 999 of old builds
        const QString head =
            u"INSERT INTO temp.member_insight_new(member_id, as_of, window_days, rfm_segment, r, f, m, "
            "loyalty_type, window_paid_fen, p_alive, expected_purchases, horizon_weeks, "
            "predicted_value_fen, computed_at) VALUES "_s;
        const QString tuple = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const auto statementFor = [&](int count) {
            QStringList tuples;
            for (int i = 0; i < count; ++i)
                tuples << tuple;
            return head + tuples.join(u", "_s);
        };
        QSqlQuery full(m_ctx.db.sql());
        if (ids.size() >= kRowsPerStatement && !Sql::prepare(full, statementFor(kRowsPerStatement), error))
            return false;
        const QVariant asOf(status.asOf.toString(Qt::ISODate));
        const QVariant computedAt(status.computedAt.toString(kIsoTime));
        const QVariant windowDays(status.windowDays);
        const QVariant horizon(snapshot.horizonWeeks);
        const QVariant null;
        QVector<QVariant> segmentKeys;
        for (RfmSegment segment : Rfm::segments())
            segmentKeys.append(Rfm::key(segment));
        QVector<QVariant> typeKeys;
        for (LoyaltyType type : LoyaltyTypes::types())
            typeKeys.append(LoyaltyTypes::key(type));
        for (int start = 0; start < ids.size(); start += kRowsPerStatement) {
            const int count = int(qMin<qsizetype>(kRowsPerStatement, ids.size() - start));
            QSqlQuery tail(m_ctx.db.sql());
            QSqlQuery& insert = count == kRowsPerStatement ? full : tail;
            if (count < kRowsPerStatement && !Sql::prepare(tail, statementFor(count), error))
                return false;
            for (int i = 0; i < count; ++i) {
                const qint64 id = ids[start + i];
                const Row& row = rows[id];
                const int at = i * kColumns;
                // Segment and type come from the same window; a member with one but not the other would
                // be a bug upstream, and the table's CHECK refuses it rather than storing half a line.
                insert.bindValue(at + 0, id);
                insert.bindValue(at + 1, asOf);
                insert.bindValue(at + 2, windowDays);
                insert.bindValue(at + 3, row.rfm ? segmentKeys[int(row.rfm->segment)] : null);
                insert.bindValue(at + 4, row.rfm ? QVariant(row.rfm->r) : null);
                insert.bindValue(at + 5, row.rfm ? QVariant(row.rfm->f) : null);
                insert.bindValue(at + 6, row.rfm ? QVariant(row.rfm->m) : null);
                insert.bindValue(at + 7, row.loyalty ? typeKeys[int(row.loyalty->type)] : null);
                insert.bindValue(at + 8, row.rfm ? row.rfm->monetaryFen : Fen(0));
                insert.bindValue(at + 9, row.prediction ? QVariant(row.prediction->pAlive) : null);
                insert.bindValue(at + 10,
                                 row.prediction ? QVariant(row.prediction->expectedPurchases) : null);
                insert.bindValue(at + 11, row.prediction ? horizon : null);
                insert.bindValue(at + 12,
                                 row.prediction ? QVariant(row.prediction->predictedValueFen) : null);
                insert.bindValue(at + 13, computedAt);
            }
            if (!Sql::exec(insert, error))
                return false;
        }
        status.members = rows.size();
    }

    Transaction transaction(m_ctx.db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    SettingsRepository settings(m_ctx.db);
    const QString key = QString::fromUtf16(kStatusKey);
    const MemberInsightStatus previous = statusFrom(settings.value(key));
    if (previous.exists && previous.asOf > snapshot.window.asOf)
        return true; // a snapshot for a later date is kept (rolled back: nothing was written)
    // The table's CHECK constraints and foreign key apply here, on the copy into the shop's file.
    if (!Sql::run(m_ctx.db, u"DELETE FROM main.member_insight"_s, error) ||
        !Sql::run(m_ctx.db, u"INSERT INTO main.member_insight SELECT * FROM temp.member_insight_new"_s,
                  error) ||
        !settings.setValue(key, statusText(status), error) || !transaction.commit(error))
        return false;
    QString ignored; // only frees memory; the next write empties it first anyway
    Sql::run(m_ctx.db, u"DELETE FROM temp.member_insight_new"_s, &ignored);
    if (written)
        *written = true;
    return true;
}

MemberInsightStatus MemberInsightStore::status() const
{
    return statusFrom(SettingsRepository(m_ctx.db).value(QString::fromUtf16(kStatusKey)));
}

QDate MemberInsightStore::lastRefreshDay() const
{
    const MemberInsightStatus s = status();
    return s.exists ? s.computedAt.date() : QDate();
}

bool MemberInsightStore::get(qint64 memberId, MemberInsight* insight, QString* error) const
{
    *insight = MemberInsight();
    insight->memberId = memberId;
    insight->moneyVisible = Permissions::allows(m_ctx.actor.role, Permission::OwnerReports);
    QSqlQuery query(m_ctx.db.sql());
    if (!Sql::prepare(
            query,
            u"SELECT as_of, window_days, rfm_segment, r, f, m, loyalty_type, window_paid_fen, p_alive, "
            "expected_purchases, horizon_weeks, predicted_value_fen, computed_at FROM member_insight "
            "WHERE member_id = ?"_s,
            error))
        return false;
    query.addBindValue(memberId);
    if (!Sql::exec(query, error))
        return false;
    if (!query.next())
        return true;
    insight->found = true;
    insight->asOf = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    insight->windowDays = query.value(1).toInt();
    const int segment = segmentIndex(query.value(2).toString());
    const int type = typeIndex(query.value(6).toString());
    insight->inWindow = segment >= 0 && type >= 0;
    if (insight->inWindow) {
        insight->segment = RfmSegment(segment);
        insight->r = query.value(3).toInt();
        insight->f = query.value(4).toInt();
        insight->m = query.value(5).toInt();
        insight->type = LoyaltyType(type);
    }
    const double pAlive = query.value(8).toDouble();
    const double expected = query.value(9).toDouble();
    insight->hasPrediction = !query.value(8).isNull() && !query.value(11).isNull() && std::isfinite(pAlive) &&
                             pAlive >= 0 && pAlive <= 1 && std::isfinite(expected) && expected >= 0;
    if (insight->hasPrediction) {
        insight->pAlive = pAlive;
        insight->expectedPurchases = expected;
        insight->horizonWeeks = query.value(10).toInt();
    }
    if (insight->moneyVisible) {
        insight->windowPaidFen = query.value(7).toLongLong();
        if (insight->hasPrediction)
            insight->predictedValueFen = query.value(11).toLongLong();
    }
    insight->computedAt = QDateTime::fromString(query.value(12).toString(), kIsoTime);
    return true;
}

bool MemberInsightStore::distribution(InsightDistribution* d, QString* error) const
{
    *d = InsightDistribution();
    d->status = status();
    d->moneyVisible = Permissions::allows(m_ctx.actor.role, Permission::OwnerReports);
    QSqlQuery query(m_ctx.db.sql());
    if (!Sql::prepare(query,
                      u"SELECT rfm_segment, loyalty_type, COUNT(*), SUM(window_paid_fen), COUNT(p_alive) "
                      "FROM member_insight GROUP BY rfm_segment, loyalty_type"_s,
                      error) ||
        !Sql::exec(query, error))
        return false;
    while (query.next()) {
        const int segment = segmentIndex(query.value(0).toString());
        const int type = typeIndex(query.value(1).toString());
        const int members = query.value(2).toInt();
        const Fen spend = d->moneyVisible ? query.value(3).toLongLong() : 0;
        d->predicted += query.value(4).toInt();
        if (segment >= 0) {
            d->segmentMembers[size_t(segment)] += members;
            d->segmentSpendFen[size_t(segment)] += spend;
        }
        if (type >= 0) {
            d->typeMembers[size_t(type)] += members;
            d->typeSpendFen[size_t(type)] += spend;
        }
    }
    return true;
}

InsightOptions MemberInsightStore::currentOptions(Database& db, const QDate& asOf)
{
    const FixedClock clock(asOf.startOfDay());
    const LoyaltyRules rules = RulesService(ServiceContext{db, clock, {}}).current();
    InsightOptions options;
    options.window.asOf = asOf;
    options.window.days = 365;
    options.horizonWeeks = 52;
    options.defaultMarginBp = rules.defaultMarginBp;
    options.tierCount = int(rules.tiers.size());
    options.typeOptions = InsightThresholds::load(db);
    return options;
}

bool MemberInsightStore::refreshOnPath(const QString& databasePath, const Clock& clock,
                                       InsightSnapshot* snapshot, QString* error,
                                       const Insight::Progress& progress)
{
    Database db;
    if (!db.open(databasePath, error))
        return false;
    const InsightOptions options = currentOptions(db, clock.today());
    *snapshot = Insight::compute(db, options, progress);
    if (!MemberInsightStore(ServiceContext{db, clock, {}}).write(*snapshot, error))
        return false;
    if (!snapshot->ok) {
        *error = snapshot->error;
        return false;
    }
    return true;
}

LoyaltyTypeOptions InsightThresholds::load(Database& db)
{
    SettingsRepository settings(db);
    LoyaltyTypeOptions options;
    bool ok = false;
    const qint64 profit = settings.value(QString::fromUtf16(kProfitKey)).toLongLong(&ok);
    if (ok && profit >= 0)
        options.profitThresholdFen = profit;
    const double loyalty = settings.value(QString::fromUtf16(kLoyaltyKey)).toDouble(&ok);
    if (ok && std::isfinite(loyalty) && loyalty >= 0)
        options.loyaltyThreshold = loyalty;
    return options;
}

bool InsightThresholds::save(const ServiceContext& ctx, const LoyaltyTypeOptions& options, QString* error)
{
    if (!Permissions::require(ctx, Permission::OwnerReports, error))
        return false;
    if (options.profitThresholdFen && *options.profitThresholdFen < 0) {
        *error = tr("The profit threshold cannot be negative.");
        return false;
    }
    if (options.loyaltyThreshold &&
        (!std::isfinite(*options.loyaltyThreshold) || *options.loyaltyThreshold < 0)) {
        *error = tr("The loyalty threshold must be zero or more.");
        return false;
    }
    Transaction transaction(ctx.db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    SettingsRepository settings(ctx.db);
    // "median" (anything that is not a number) means unset: the window's median decides.
    const QString profit =
        options.profitThresholdFen ? QString::number(*options.profitThresholdFen) : u"median"_s;
    const QString loyalty =
        options.loyaltyThreshold ? QString::number(*options.loyaltyThreshold, 'g', 17) : u"median"_s;
    QJsonObject details;
    details.insert(u"profit_threshold_fen"_s, profit);
    details.insert(u"loyalty_threshold"_s, loyalty);
    if (!settings.setValue(QString::fromUtf16(kProfitKey), profit, error) ||
        !settings.setValue(QString::fromUtf16(kLoyaltyKey), loyalty, error) ||
        !AuditLog::record(ctx, u"insight.thresholds"_s, u"settings:insight"_s,
                          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), error))
        return false;
    return transaction.commit(error);
}

} // namespace md
