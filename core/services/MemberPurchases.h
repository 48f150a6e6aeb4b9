// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace md {

class Database;

/// One purchase as the counter lists it under the member card.
struct PurchaseRow
{
    qint64 id = 0;
    QDateTime time;
    Fen grossFen = 0;
    Fen discountFen = 0;
    qint64 redeemedPoints = 0;
    Fen redeemedFen = 0;
    Fen paidFen = 0;
    qint64 pointsEarned = 0;
    QString note;
    bool voided = false;
    QString voidReason;
    QDateTime voidTime;
};

/// Read-only views of a member's purchases (newest first).
class MemberPurchases
{
public:
    explicit MemberPurchases(Database& db) : m_db(db) {}

    QVector<PurchaseRow> recent(qint64 memberId, int limit, QString* error = nullptr) const;

private:
    Database& m_db;
};

} // namespace md
