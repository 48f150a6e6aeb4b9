// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserService.h"

#include "common/Clock.h"
#include "security/PasswordHash.h"
#include "security/Permissions.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kUserColumns =
    u"id, name, role, disabled, secret_hash, failed_attempts, locked_until, created_at"_s;

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = q.value(2).toString() == u"owner"_s ? Role::Owner : Role::Clerk;
    u.disabled = q.value(3).toInt() != 0;
    u.hasSecret = !q.value(4).toString().isEmpty();
    u.failedAttempts = q.value(5).toInt();
    u.lockedUntil = q.value(6).isNull() ? QDateTime() : fromStoredTime(q.value(6).toString());
    u.createdAt = fromStoredTime(q.value(7).toString());
    return u;
}

int iterationsFor(Role role)
{
    return role == Role::Owner ? PasswordHash::kPasswordIterations : PasswordHash::kPinIterations;
}
} // namespace

QString UserService::roleCode(Role role)
{
    return role == Role::Owner ? u"owner"_s : u"clerk"_s;
}

int UserService::lockSecondsFor(int failures)
{
    if (failures < kMaxFailures)
        return 0;
    const int doublings = failures - kMaxFailures;
    if (doublings >= 7) // 30 s · 2^7 > one hour
        return kMaxLockSeconds;
    return qMin(kMaxLockSeconds, kFirstLockSeconds << doublings);
}

bool UserService::validatePassword(const QString& password, QString* error)
{
    if (password.size() < kMinPasswordLength) {
        if (error)
            *error = tr("The password needs at least %Ln character(s).", "", kMinPasswordLength);
        return false;
    }
    if (password.trimmed() != password) {
        if (error)
            *error = tr("The password must not begin or end with a space.");
        return false;
    }
    return true;
}

bool UserService::validatePin(const QString& pin, QString* error)
{
    bool digits = pin.size() >= 4 && pin.size() <= 6;
    for (const QChar c : pin)
        digits = digits && c >= u'0' && c <= u'9';
    if (!digits && error)
        *error = tr("A PIN is 4 to 6 digits.");
    return digits;
}

bool UserService::validateSecret(Role role, const QString& secret, QString* error)
{
    return role == Role::Owner ? validatePassword(secret, error) : validatePin(secret, error);
}

int UserService::activeOwnerCount() const
{
    QSqlQuery q(m_ctx.db.sql());
    q.exec(u"SELECT count(*) FROM users WHERE role = 'owner' AND disabled = 0 AND secret_hash <> ''"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

bool UserService::needsOwnerSetup() const
{
    return activeOwnerCount() == 0;
}

bool UserService::get(qint64 userId, User* user) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT "_s + kUserColumns + u" FROM users WHERE id = ?"_s);
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return false;
    *user = readUser(q);
    return true;
}

qint64 UserService::idByName(const QString& name) const
{
    QSqlQuery q(m_ctx.db.sql());
    q.prepare(u"SELECT id FROM users WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QVector<User> UserService::list() const
{
    QVector<User> users;
    QSqlQuery q(m_ctx.db.sql());
    q.exec(u"SELECT "_s + kUserColumns + u" FROM users ORDER BY role DESC, name"_s);
    while (q.next())
        users << readUser(q);
    return users;
}

bool UserService::insertUser(const QString& rawName, Role role, const QString& secret, User* created,
                             QString* error)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty()) {
        *error = tr("Enter a name for the account.");
        return false;
    }
    if (name.size() > kMaxNameLength) {
        *error = tr("The name is longer than %Ln character(s).", "", kMaxNameLength);
        return false;
    }
    if (!validateSecret(role, secret, error))
        return false;
    if (idByName(name) != 0) {
        *error = tr("There is already an account named %1.").arg(name);
        return false;
    }
    const QString hashed = PasswordHash::hash(secret, iterationsFor(role)); // slow: before the write lock
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"INSERT INTO users(name, role, secret_hash, created_at) VALUES(?,?,?,?)"_s, error))
        return false;
    q.addBindValue(name);
    q.addBindValue(roleCode(role));
    q.addBindValue(hashed);
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    if (!Sql::exec(q, error))
        return false;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog::record(m_ctx, u"user.add"_s, u"user:%1"_s.arg(id), roleCode(role) + u" "_s + name, error))
        return false;
    if (!tx.commit(error))
        return false;
    if (created)
        get(id, created);
    return true;
}

bool UserService::createFirstOwner(const QString& name, const QString& password, User* created,
                                   QString* error)
{
    if (!needsOwnerSetup()) {
        *error = tr("The owner account already exists. The owner adds further accounts after signing in.");
        return false;
    }
    return insertUser(name, Role::Owner, password, created, error);
}

bool UserService::addUser(const QString& name, Role role, const QString& secret, User* created,
                          QString* error)
{
    if (!Permissions::require(m_ctx, Permission::ManageUsers, error))
        return false;
    return insertUser(name, role, secret, created, error);
}

bool UserService::writeSecret(qint64 userId, Role role, const QString& secret, QString* error)
{
    const QString hashed = PasswordHash::hash(secret, iterationsFor(role));
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q, u"UPDATE users SET secret_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
            error))
        return false;
    q.addBindValue(hashed);
    q.addBindValue(userId);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, u"user.secret"_s, u"user:%1"_s.arg(userId), QString(), error))
        return false;
    return tx.commit(error);
}

bool UserService::resetSecret(qint64 userId, const QString& secret, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::ManageUsers, error))
        return false;
    User user;
    if (!get(userId, &user)) {
        *error = tr("There is no account with number %1.").arg(userId);
        return false;
    }
    if (!validateSecret(user.role, secret, error))
        return false;
    return writeSecret(userId, user.role, secret, error);
}

bool UserService::changeOwnSecret(const QString& currentSecret, const QString& newSecret, QString* error)
{
    User user;
    if (m_ctx.actor.userId <= 0 || !get(m_ctx.actor.userId, &user)) {
        *error = tr("Sign in first to change your password or PIN.");
        return false;
    }
    if (!validateSecret(user.role, newSecret, error))
        return false;
    // Proving the current secret goes through sign-in, so guesses here count towards the lock too.
    const SignInResult proof = signInUser(user, currentSecret);
    if (!proof.ok()) {
        *error = proof.message;
        return false;
    }
    return writeSecret(user.id, user.role, newSecret, error);
}

bool UserService::setDisabled(qint64 userId, bool disabled, QString* error)
{
    if (!Permissions::require(m_ctx, Permission::ManageUsers, error))
        return false;
    User user;
    if (!get(userId, &user)) {
        *error = tr("There is no account with number %1.").arg(userId);
        return false;
    }
    if (disabled && userId == m_ctx.actor.userId) {
        *error = tr("You cannot disable the account you are signed in with.");
        return false;
    }
    if (disabled && user.role == Role::Owner && !user.disabled && activeOwnerCount() <= 1) {
        *error = tr("This is the only owner account: it cannot be disabled.");
        return false;
    }
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"UPDATE users SET disabled = ? WHERE id = ?"_s, error))
        return false;
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(userId);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, disabled ? u"user.disable"_s : u"user.enable"_s, u"user:%1"_s.arg(userId),
                          user.name, error))
        return false;
    return tx.commit(error);
}

SignInResult UserService::signIn(const QString& name, const QString& secret)
{
    const qint64 id = idByName(name);
    if (id == 0) {
        SignInResult result;
        result.status = SignInStatus::UnknownUser;
        result.message = tr("There is no account named %1.").arg(name.trimmed());
        Transaction tx(m_ctx.db);
        QString ignored;
        // What was typed is not logged: it may be a password typed into the wrong field.
        if (tx.isActive() &&
            AuditLog::record(m_ctx, u"signin.failed"_s, QString(), u"unknown account"_s, &ignored))
            tx.commit(&ignored);
        return result;
    }
    return signIn(id, secret);
}

SignInResult UserService::signIn(qint64 userId, const QString& secret)
{
    User user;
    if (!get(userId, &user)) {
        SignInResult result;
        result.status = SignInStatus::UnknownUser;
        result.message = tr("There is no account with number %1.").arg(userId);
        return result;
    }
    return signInUser(user, secret);
}

SignInResult UserService::signInUser(const User& user, const QString& secret)
{
    SignInResult result;
    const QDateTime now = m_ctx.clock.now();
    const QString target = u"user:%1"_s.arg(user.id);
    // Failures are recorded as the shop (no user): whoever typed is not known to be the account's owner.
    ServiceContext anonymous{m_ctx.db, m_ctx.clock, Actor{}};
    auto auditOnly = [&](const QString& action, const QString& details) {
        Transaction tx(m_ctx.db);
        QString ignored;
        if (tx.isActive() && AuditLog::record(anonymous, action, target, details, &ignored))
            tx.commit(&ignored);
    };

    if (user.disabled) {
        result.status = SignInStatus::Disabled;
        result.message = tr("The account %1 is disabled. Ask the owner.").arg(user.name);
        auditOnly(u"signin.failed"_s, u"account disabled"_s);
        return result;
    }
    if (user.lockedUntil.isValid() && now < user.lockedUntil) {
        result.status = SignInStatus::LockedOut;
        result.lockedUntil = user.lockedUntil;
        const qint64 wait = qMax<qint64>(1, now.secsTo(user.lockedUntil));
        result.message = tr("Too many wrong attempts. Try again in %Ln second(s).", "", int(wait));
        auditOnly(u"signin.failed"_s, u"locked until "_s + toStoredTime(user.lockedUntil));
        return result;
    }

    // Read the stored hash fresh: the row may have changed since `user` was loaded.
    QString stored;
    {
        QSqlQuery q(m_ctx.db.sql());
        q.prepare(u"SELECT secret_hash FROM users WHERE id = ?"_s);
        q.addBindValue(user.id);
        if (q.exec() && q.next())
            stored = q.value(0).toString();
    }
    const bool matches = PasswordHash::verify(secret, stored);

    Transaction tx(m_ctx.db);
    QString error;
    if (!tx.isActive()) {
        result.status = SignInStatus::WrongSecret;
        result.message = tx.error();
        return result;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (matches) {
        // Entries hashed under a weaker policy are upgraded while the secret is at hand.
        const bool rehash = PasswordHash::iterationsOf(stored) < iterationsFor(user.role);
        q.prepare(
            rehash
                ? u"UPDATE users SET failed_attempts = 0, locked_until = NULL, secret_hash = ? WHERE id = ?"_s
                : u"UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s);
        if (rehash)
            q.addBindValue(PasswordHash::hash(secret, iterationsFor(user.role)));
        q.addBindValue(user.id);
        const Actor actor{user.id, user.role, user.name};
        const ServiceContext signedIn{m_ctx.db, m_ctx.clock, actor};
        if (!Sql::exec(q, &error) || !AuditLog::record(signedIn, u"signin.ok"_s, target, QString(), &error) ||
            !tx.commit(&error)) {
            result.status = SignInStatus::WrongSecret;
            result.message = tr("Signing in failed: %1").arg(error);
            return result;
        }
        result.status = SignInStatus::Ok;
        result.actor = actor;
        return result;
    }

    int failures = user.failedAttempts;
    q.prepare(u"SELECT failed_attempts FROM users WHERE id = ?"_s);
    q.addBindValue(user.id);
    if (q.exec() && q.next())
        failures = q.value(0).toInt();
    q.finish();
    ++failures;
    const int lockSeconds = lockSecondsFor(failures);
    const QDateTime lockedUntil = lockSeconds > 0 ? now.addSecs(lockSeconds) : QDateTime();
    q.prepare(u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s);
    q.addBindValue(failures);
    q.addBindValue(lockSeconds > 0 ? QVariant(toStoredTime(lockedUntil)) : QVariant());
    q.addBindValue(user.id);
    bool written = Sql::exec(q, &error) && AuditLog::record(anonymous, u"signin.failed"_s, target,
                                                            u"attempt %1"_s.arg(failures), &error);
    if (written && lockSeconds > 0)
        written = AuditLog::record(anonymous, u"signin.locked"_s, target,
                                   u"until "_s + toStoredTime(lockedUntil), &error);
    if (written)
        tx.commit(&error);
    result.status = SignInStatus::WrongSecret;
    if (lockSeconds > 0) {
        result.lockedUntil = lockedUntil;
        result.message = user.role == Role::Owner
                             ? tr("Wrong password. The account is locked for %Ln second(s).", "", lockSeconds)
                             : tr("Wrong PIN. The account is locked for %Ln second(s).", "", lockSeconds);
    } else {
        result.attemptsLeft = kMaxFailures - failures;
        result.message =
            user.role == Role::Owner
                ? tr("Wrong password. %Ln attempt(s) left before the account locks.", "", result.attemptsLeft)
                : tr("Wrong PIN. %Ln attempt(s) left before the account locks.", "", result.attemptsLeft);
    }
    return result;
}

} // namespace md
