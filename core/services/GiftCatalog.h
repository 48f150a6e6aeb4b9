// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDateTime>
#include <QVector>

namespace md {

struct Gift
{
    qint64 id = 0;
    QString name;
    qint64 pointsPrice = 0;
    int stock = 0;
    bool active = true;
};

struct GiftInput
{
    QString name;
    qint64 pointsPrice = 0;
    int stock = 0;
    bool active = true;
};

struct GiftRedemption
{
    qint64 id = 0;
    qint64 giftId = 0;
    QString giftName;
    qint64 memberId = 0;
    qint64 ledgerId = 0;
    qint64 points = 0;
    QDateTime time;
};

/// The gift catalogue: gifts members take for points. Editing the catalogue is owner-only; any user may
/// hand out a gift. A redemption debits the points (soonest-expiring first, ledger kind 'gift'), lowers
/// the stock by one and writes a gift_redemptions row, all in one transaction.
class GiftCatalog
{
    Q_DECLARE_TR_FUNCTIONS(GiftCatalog)
public:
    explicit GiftCatalog(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kMaxNameLength = 40;
    static constexpr qint64 kMaxPointsPrice = 10'000'000;
    static constexpr int kMaxStock = 1'000'000;

    bool add(const GiftInput& input, qint64* id, QString* error);
    bool update(qint64 id, const GiftInput& input, QString* error);
    bool get(qint64 id, Gift* gift, QString* error) const;
    /// By name; inactive gifts only when `includeInactive`.
    QVector<Gift> list(bool includeInactive = true) const;
    bool validate(const GiftInput& input, QString* error) const;

    bool redeem(qint64 giftId, qint64 memberId, GiftRedemption* redemption, QString* error);
    /// A member's gift redemptions, newest first.
    QVector<GiftRedemption> redemptionsOf(qint64 memberId) const;

private:
    ServiceContext m_ctx;
};

} // namespace md
