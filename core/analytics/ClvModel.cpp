// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClvModel.h"

#include "storage/Database.h"
#include "storage/SettingsRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>
#include <exception>
#include <system_error>
#include <thread>

using namespace Qt::StringLiterals;

namespace md {

namespace {

// FNV-1a over everything a fit depends on.
class Fingerprint
{
public:
    template <typename T> void add(const T& value)
    {
        unsigned char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        for (unsigned char b : bytes) {
            m_hash ^= b;
            m_hash *= 0x100000001b3ULL;
        }
    }
    QString text() const { return QString::number(m_hash, 16); }

private:
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

QString fingerprintOf(const ClvModel& m)
{
    Fingerprint f;
    f.add(qint64(m.calibrationEnd.toJulianDay()));
    f.add(int(m.unit));
    for (const CustomerSummary& c : m.customers) {
        f.add(c.memberId);
        f.add(c.x);
        f.add(c.tx);
        f.add(c.T);
        f.add(c.meanRepeatSpend);
    }
    return f.text();
}

bool readCache(Database& db, const QString& fingerprint, ClvModel* m)
{
    const QJsonObject o = QJsonDocument::fromJson(
                              SettingsRepository(db).value(QString::fromUtf16(ClvModels::kCacheKey)).toUtf8())
                              .object();
    if (o.value(u"fingerprint"_s).toString() != fingerprint)
        return false;
    const QJsonObject bg = o.value(u"bg_nbd"_s).toObject();
    const QJsonObject gg = o.value(u"gamma_gamma"_s).toObject();
    m->purchases.ok = true;
    m->purchases.params = {bg.value(u"r"_s).toDouble(), bg.value(u"alpha"_s).toDouble(),
                           bg.value(u"a"_s).toDouble(), bg.value(u"b"_s).toDouble()};
    m->purchases.logLikelihood = bg.value(u"loglik"_s).toDouble();
    m->purchases.customers = bg.value(u"customers"_s).toInt();
    m->purchases.repeatCustomers = bg.value(u"repeat_customers"_s).toInt();
    m->purchases.evaluations = bg.value(u"evaluations"_s).toInt();
    m->spend.ok = true;
    m->spend.params = {gg.value(u"p"_s).toDouble(), gg.value(u"q"_s).toDouble(), gg.value(u"v"_s).toDouble()};
    m->spend.logLikelihood = gg.value(u"loglik"_s).toDouble();
    m->spend.customers = gg.value(u"customers"_s).toInt();
    m->spend.evaluations = gg.value(u"evaluations"_s).toInt();
    const BgNbdParams& p = m->purchases.params;
    const GammaGammaParams& g = m->spend.params;
    // A damaged entry is ignored, never used.
    return p.r > 0 && p.alpha > 0 && p.a > 0 && p.b > 0 && g.p > 0 && g.q > 0 && g.v > 0 &&
           m->purchases.customers == m->customers.size();
}

void writeCache(Database& db, const QString& fingerprint, const ClvModel& m)
{
    const BgNbdParams& p = m.purchases.params;
    const GammaGammaParams& g = m.spend.params;
    const QJsonObject o{
        {u"fingerprint"_s, fingerprint},
        {u"bg_nbd"_s, QJsonObject{{u"r"_s, p.r},
                                  {u"alpha"_s, p.alpha},
                                  {u"a"_s, p.a},
                                  {u"b"_s, p.b},
                                  {u"loglik"_s, m.purchases.logLikelihood},
                                  {u"customers"_s, m.purchases.customers},
                                  {u"repeat_customers"_s, m.purchases.repeatCustomers},
                                  {u"evaluations"_s, m.purchases.evaluations}}},
        {u"gamma_gamma"_s, QJsonObject{{u"p"_s, g.p},
                                       {u"q"_s, g.q},
                                       {u"v"_s, g.v},
                                       {u"loglik"_s, m.spend.logLikelihood},
                                       {u"customers"_s, m.spend.customers},
                                       {u"evaluations"_s, m.spend.evaluations}}},
    };
    // Only a cache: a read-only or busy database simply keeps the old entry.
    QString ignored;
    SettingsRepository(db).setValue(QString::fromUtf16(ClvModels::kCacheKey),
                                    QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                                    &ignored);
}

} // namespace

bool ClvModels::fit(Database& db, const QDate& calibrationEnd, TimeUnit unit, ClvModel* model, QString* error,
                    bool useCache, Threads threads)
{
    if (!calibrationEnd.isValid()) {
        *error = tr("The calibration end is not a valid date.");
        return false;
    }
    PurchaseHistory history;
    if (!PurchaseHistory::load(db, calibrationEnd, 0, &history, error))
        return false;
    if (history.isEmpty()) {
        QSqlQuery q(db.sql());
        const QString first = q.exec(u"SELECT min(time) FROM purchases WHERE voided_by IS NULL"_s) && q.next()
                                  ? q.value(0).toString().left(10)
                                  : QString();
        *error = first.isEmpty() ? tr("There are no purchases yet: lifetime value needs purchase history.")
                                 : tr("The calibration end %1 is before the first purchase (%2).")
                                       .arg(calibrationEnd.toString(Qt::ISODate), first);
        return false;
    }
    return fitHistory(db, history, calibrationEnd, unit, model, error, useCache, threads);
}

bool ClvModels::fitHistory(Database& db, const PurchaseHistory& history, const QDate& calibrationEnd,
                           TimeUnit unit, ClvModel* model, QString* error, bool useCache, Threads threads)
{
    ClvModel m;
    m.calibrationEnd = calibrationEnd;
    m.unit = unit;
    if (!CustomerSummaries::build(history, calibrationEnd, unit, &m.customers, error))
        return false;
    const QString fingerprint = fingerprintOf(m);
    if (useCache && readCache(db, fingerprint, &m)) {
        m.fromCache = true;
        *model = std::move(m);
        return true;
    }
    // The fits share nothing but the (read-only) summaries; each is exactly the sequential computation, so
    // running them side by side changes no bit of either. Errors are reported in the sequential order:
    // BG/NBD's first.
    const QVector<CustomerSummary>& customers = m.customers;
    std::thread worker;
    GammaGammaFit spend;
    std::exception_ptr spendFailure;
    if (threads == Threads::Parallel) {
        try {
            worker = std::thread([&customers, &spend, &spendFailure] {
                try {
                    spend = GammaGamma::fit(customers);
                } catch (...) {
                    spendFailure = std::current_exception();
                }
            });
        } catch (const std::system_error&) {
            // No thread to be had (resource limits): the same fits, one after the other.
        }
    }
    if (worker.joinable()) {
        try {
            m.purchases = BgNbd::fit(customers);
        } catch (...) {
            worker.join();
            throw;
        }
        worker.join();
        if (spendFailure)
            std::rethrow_exception(spendFailure);
        m.spend = std::move(spend);
    } else {
        m.purchases = BgNbd::fit(customers);
        if (m.purchases.ok)
            m.spend = GammaGamma::fit(customers);
    }
    if (!m.purchases.ok) {
        *error = m.purchases.error;
        return false;
    }
    if (!m.spend.ok) {
        *error = m.spend.error;
        return false;
    }
    writeCache(db, fingerprint, m);
    *model = std::move(m);
    return true;
}

} // namespace md
