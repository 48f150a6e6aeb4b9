// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace md {

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Clerk;
    bool disabled = false;
    bool hasSecret = false;
    int failedAttempts = 0; ///< consecutive failures since the last successful sign-in
    QDateTime lockedUntil;  ///< invalid: not locked
    QDateTime createdAt;
};

enum class SignInStatus
{
    Ok,
    UnknownUser,
    WrongSecret,
    LockedOut, ///< too many failures: try again after SignInResult::lockedUntil
    Disabled,
};

struct SignInResult
{
    SignInStatus status = SignInStatus::UnknownUser;
    Actor actor;           ///< the signed-in user when status == Ok
    QDateTime lockedUntil; ///< set with LockedOut (and with WrongSecret when this failure started a lock)
    int attemptsLeft = 0;  ///< with WrongSecret: failures left before the account locks
    QString message;       ///< a sentence for the sign-in screen (empty on success)
    bool ok() const { return status == SignInStatus::Ok; }
};

/// Accounts and sign-in. The owner signs in with a password, clerks with a 4–6 digit PIN; both are stored
/// only as salted PBKDF2 hashes (security/PasswordHash.h). After kMaxFailures consecutive failures an
/// account locks for kFirstLockSeconds, doubling with every further failure up to kMaxLockSeconds; the
/// count and the lock live in the users table and use the injected clock. Every sign-in, failure and lock
/// is written to the audit log. Managing accounts is owner-only, except the very first owner, which the
/// first-start wizard creates while no owner exists.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)
public:
    explicit UserService(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kMaxFailures = 5;
    static constexpr int kFirstLockSeconds = 30;
    static constexpr int kMaxLockSeconds = 3600;
    static constexpr int kMinPasswordLength = 8;
    static constexpr int kMaxNameLength = 40;

    /// True while no active owner account exists (the GUI shows the first-start wizard).
    bool needsOwnerSetup() const;
    /// Creates the first owner; refused once an owner exists (then an owner adds accounts with addUser).
    bool createFirstOwner(const QString& name, const QString& password, User* created, QString* error);
    /// Owner only. Owners get a password, clerks a PIN.
    bool addUser(const QString& name, Role role, const QString& secret, User* created, QString* error);
    /// Owner only: sets another account's password or PIN (and clears its lock).
    bool resetSecret(qint64 userId, const QString& secret, QString* error);
    /// The signed-in user changes their own password or PIN, proving the current one.
    bool changeOwnSecret(const QString& currentSecret, const QString& newSecret, QString* error);
    /// Owner only; the last active owner and one's own account cannot be disabled.
    bool setDisabled(qint64 userId, bool disabled, QString* error);

    QVector<User> list() const;
    bool get(qint64 userId, User* user) const;
    qint64 idByName(const QString& name) const;

    SignInResult signIn(const QString& name, const QString& secret);
    SignInResult signIn(qint64 userId, const QString& secret);

    /// Lock length after `failures` consecutive failures (0 below kMaxFailures).
    static int lockSecondsFor(int failures);
    static bool validatePassword(const QString& password, QString* error);
    static bool validatePin(const QString& pin, QString* error);
    static bool validateSecret(Role role, const QString& secret, QString* error);
    static QString roleCode(Role role);

private:
    bool insertUser(const QString& name, Role role, const QString& secret, User* created, QString* error);
    bool writeSecret(qint64 userId, Role role, const QString& secret, QString* error);
    int activeOwnerCount() const;
    SignInResult signInUser(const User& user, const QString& secret);

    ServiceContext m_ctx;
};

} // namespace md
