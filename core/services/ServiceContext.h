// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace md {

class Database;
class Clock;

enum class Role
{
    Owner,
    Clerk,
};

/// Who is acting: stamped on purchases, ledger entries and the audit log, and checked by services.
struct Actor
{
    qint64 userId = 0; ///< 0: the shop itself (CLI, before any account exists)
    Role role = Role::Owner;
    QString name;
};

/// What every service needs: the database, the one clock, and the acting user.
struct ServiceContext
{
    Database& db;
    const Clock& clock;
    Actor actor;
};

/// Services call this before anything only an owner may do; the GUI merely hides what this refuses.
bool requireOwner(const ServiceContext& ctx, QString* error);

} // namespace md
