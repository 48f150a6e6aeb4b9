// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace md {

enum class Gender
{
    Unknown,
    Male,
    Female,
};
QString genderCode(Gender gender); // "m", "f", "u"
Gender genderFromCode(const QString& code);

/// What a clerk types when registering or editing a member. Empty optional fields stay empty.
struct MemberInput
{
    QString name;
    QString phone; ///< as typed; validated and normalised on save
    Gender gender = Gender::Unknown;
    QDate birthday;
    QString card; ///< empty: generate one
    qint64 referrerId = 0;
    bool consent = false;
    QString externalRef;
    QString note;
};

/// A member as stored, with the cached figures the counter shows at a glance.
struct Member
{
    qint64 id = 0;
    QString card;
    QString name;
    QString phone; ///< normalised digits, empty when none
    Gender gender = Gender::Unknown;
    QDate birthday;
    qint64 referrerId = 0;
    bool consent = false;
    QDateTime consentAt;
    QString externalRef;
    QString note;
    int tier = 0;
    QDate tierSince;
    qint64 points = 0;
    int visits = 0;
    Fen paidTotalFen = 0;
    QDateTime firstVisit;
    QDateTime lastVisit;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool anonymized = false;

    bool isValid() const { return id > 0; }
};

/// A short row for search results and the member list.
struct MemberSummary
{
    qint64 id = 0;
    QString name;
    QString phone; ///< normalised; mask before showing to clerks
    QString card;
    int tier = 0;
    qint64 points = 0;
    QDateTime lastVisit;
};

} // namespace md
