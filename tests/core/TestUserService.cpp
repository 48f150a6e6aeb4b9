// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabaseFixture.h"

#include "security/PasswordHash.h"
#include "services/UserService.h"

#include <QSqlQuery>

using namespace md;
using namespace md::test;

class TestUserService : public QObject
{
    Q_OBJECT
private slots:
    void firstOwner();
    void secretsAreHashed();
    void clerkPinRules_data();
    void clerkPinRules();
    void signInAndLockout();
    void lockGrowsAndCaps();
    void unknownAndDisabled();
    void changeOwnSecret();
    void clerkCannotManageUsers();

private:
    qint64 auditCount(DatabaseFixture& f, const QString& action);
    qint64 makeClerk(DatabaseFixture& f, const QString& name, const QString& pin);
};

qint64 TestUserService::auditCount(DatabaseFixture& f, const QString& action)
{
    QSqlQuery q(f.db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 TestUserService::makeClerk(DatabaseFixture& f, const QString& name, const QString& pin)
{
    User clerk;
    QString error;
    if (!UserService(f.context()).addUser(name, Role::Clerk, pin, &clerk, &error))
        qFatal("addUser: %s", qPrintable(error));
    return clerk.id;
}

void TestUserService::firstOwner()
{
    DatabaseFixture f;
    UserService users(f.context());
    QVERIFY(users.needsOwnerSetup());
    QString error;
    User owner;
    QVERIFY(!users.createFirstOwner(QStringLiteral("Boss"), QStringLiteral("short"), &owner, &error));
    QVERIFY(error.contains(QStringLiteral("8")));
    QVERIFY(!users.createFirstOwner(QStringLiteral("  "), QStringLiteral("long enough"), &owner, &error));
    QVERIFY2(users.createFirstOwner(QStringLiteral("Boss"), QStringLiteral("s3cret-pass"), &owner, &error),
             qPrintable(error));
    QCOMPARE(owner.role, Role::Owner);
    QCOMPARE(owner.name, QStringLiteral("Boss"));
    QVERIFY(owner.hasSecret);
    QVERIFY(!users.needsOwnerSetup());
    // A second "first owner" is refused, even by someone claiming to be the owner.
    User second;
    QVERIFY(
        !users.createFirstOwner(QStringLiteral("Intruder"), QStringLiteral("another-pass"), &second, &error));
    QCOMPARE(f.count(QStringLiteral("users")), 1);
    QCOMPARE(auditCount(f, QStringLiteral("user.add")), 1);

    const SignInResult ok = users.signIn(QStringLiteral("Boss"), QStringLiteral("s3cret-pass"));
    QVERIFY2(ok.ok(), qPrintable(ok.message));
    QCOMPARE(ok.actor.userId, owner.id);
    QCOMPARE(ok.actor.role, Role::Owner);
    QCOMPARE(auditCount(f, QStringLiteral("signin.ok")), 1);
}

void TestUserService::secretsAreHashed()
{
    DatabaseFixture f;
    UserService users(f.context());
    QString error;
    QVERIFY(users.createFirstOwner(QStringLiteral("Boss"), QStringLiteral("s3cret-pass"), nullptr, &error));
    makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    QSqlQuery q(f.db.sql());
    q.exec(QStringLiteral("SELECT role, secret_hash FROM users ORDER BY id"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("owner"));
    QString stored = q.value(1).toString();
    QVERIFY(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
    QVERIFY(!stored.contains(QStringLiteral("s3cret")));
    QCOMPARE(PasswordHash::iterationsOf(stored), PasswordHash::kPasswordIterations);
    QVERIFY(PasswordHash::iterationsOf(stored) >= 200000);
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("clerk"));
    stored = q.value(1).toString();
    QVERIFY(!stored.contains(QStringLiteral("4821")));
    QCOMPARE(PasswordHash::iterationsOf(stored), PasswordHash::kPinIterations);
}

void TestUserService::clerkPinRules_data()
{
    QTest::addColumn<QString>("pin");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 digits") << QStringLiteral("0000") << true;
    QTest::newRow("6 digits") << QStringLiteral("123456") << true;
    QTest::newRow("3 digits") << QStringLiteral("123") << false;
    QTest::newRow("7 digits") << QStringLiteral("1234567") << false;
    QTest::newRow("letters") << QStringLiteral("12a4") << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("１２３４") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestUserService::clerkPinRules()
{
    QFETCH(QString, pin);
    QFETCH(bool, valid);
    DatabaseFixture f;
    QString error;
    QCOMPARE(UserService(f.context()).addUser(QStringLiteral("Clerk"), Role::Clerk, pin, nullptr, &error),
             valid);
    QCOMPARE(f.count(QStringLiteral("users")), valid ? 1 : 0);
    if (!valid)
        QVERIFY(!error.isEmpty());
}

void TestUserService::signInAndLockout()
{
    DatabaseFixture f;
    const qint64 li = makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    UserService users(f.context());
    SignInResult r = users.signIn(li, QStringLiteral("4821"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.actor.role, Role::Clerk);

    for (int attempt = 1; attempt < UserService::kMaxFailures; ++attempt) {
        r = users.signIn(li, QStringLiteral("0000"));
        QCOMPARE(r.status, SignInStatus::WrongSecret);
        QCOMPARE(r.attemptsLeft, UserService::kMaxFailures - attempt);
        QVERIFY(!r.lockedUntil.isValid());
    }
    r = users.signIn(li, QStringLiteral("0000")); // the fifth failure locks
    QCOMPARE(r.status, SignInStatus::WrongSecret);
    QCOMPARE(r.lockedUntil, f.clock.now().addSecs(UserService::kFirstLockSeconds));
    QCOMPARE(auditCount(f, QStringLiteral("signin.failed")), 5);
    QCOMPARE(auditCount(f, QStringLiteral("signin.locked")), 1);

    // While locked, even the right PIN is refused (and the refusal is audited).
    r = users.signIn(li, QStringLiteral("4821"));
    QCOMPARE(r.status, SignInStatus::LockedOut);
    QVERIFY(!r.message.isEmpty());
    QCOMPARE(auditCount(f, QStringLiteral("signin.failed")), 6);
    User stored;
    QVERIFY(users.get(li, &stored));
    QCOMPARE(stored.failedAttempts, 5);
    QVERIFY(stored.lockedUntil.isValid());

    f.clock.advanceSeconds(UserService::kFirstLockSeconds - 1);
    QCOMPARE(users.signIn(li, QStringLiteral("4821")).status, SignInStatus::LockedOut);
    f.clock.advanceSeconds(1);
    r = users.signIn(li, QStringLiteral("4821"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(users.get(li, &stored));
    QCOMPARE(stored.failedAttempts, 0);
    QVERIFY(!stored.lockedUntil.isValid());
}

void TestUserService::lockGrowsAndCaps()
{
    QCOMPARE(UserService::lockSecondsFor(4), 0);
    QCOMPARE(UserService::lockSecondsFor(5), 30);
    QCOMPARE(UserService::lockSecondsFor(6), 60);
    QCOMPARE(UserService::lockSecondsFor(7), 120);
    QCOMPARE(UserService::lockSecondsFor(12), UserService::kMaxLockSeconds);
    QCOMPARE(UserService::lockSecondsFor(1000), UserService::kMaxLockSeconds);

    DatabaseFixture f;
    const qint64 li = makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    UserService users(f.context());
    for (int i = 0; i < 5; ++i)
        users.signIn(li, QStringLiteral("1111"));
    f.clock.advanceSeconds(30);
    // The lock has run out, but the next failure locks again, for twice as long.
    const SignInResult r = users.signIn(li, QStringLiteral("1111"));
    QCOMPARE(r.status, SignInStatus::WrongSecret);
    QCOMPARE(r.lockedUntil, f.clock.now().addSecs(60));
    f.clock.advanceSeconds(59);
    QCOMPARE(users.signIn(li, QStringLiteral("4821")).status, SignInStatus::LockedOut);
}

void TestUserService::unknownAndDisabled()
{
    DatabaseFixture f;
    UserService owner(f.context());
    QString error;
    const qint64 li = makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    SignInResult r = owner.signIn(QStringLiteral("Nobody"), QStringLiteral("1234"));
    QCOMPARE(r.status, SignInStatus::UnknownUser);
    QCOMPARE(auditCount(f, QStringLiteral("signin.failed")), 1);

    QVERIFY2(owner.setDisabled(li, true, &error), qPrintable(error));
    r = owner.signIn(li, QStringLiteral("4821"));
    QCOMPARE(r.status, SignInStatus::Disabled);
    QVERIFY(owner.setDisabled(li, false, &error));
    QVERIFY(owner.signIn(li, QStringLiteral("4821")).ok());
}

void TestUserService::changeOwnSecret()
{
    DatabaseFixture f;
    const qint64 li = makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    UserService asLi({f.db, f.clock, Actor{li, Role::Clerk, QStringLiteral("Li")}});
    QString error;
    QVERIFY(!asLi.changeOwnSecret(QStringLiteral("0000"), QStringLiteral("5555"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!asLi.changeOwnSecret(QStringLiteral("4821"), QStringLiteral("55"), &error));
    QVERIFY2(asLi.changeOwnSecret(QStringLiteral("4821"), QStringLiteral("5555"), &error), qPrintable(error));
    QVERIFY(!asLi.signIn(li, QStringLiteral("4821")).ok());
    QVERIFY(asLi.signIn(li, QStringLiteral("5555")).ok());
    // Nobody signed in: nothing to change.
    QVERIFY(
        !UserService(f.context()).changeOwnSecret(QStringLiteral("x"), QStringLiteral("12345678"), &error));
}

void TestUserService::clerkCannotManageUsers()
{
    DatabaseFixture f;
    UserService owner(f.context());
    QString error;
    User boss;
    QVERIFY(owner.createFirstOwner(QStringLiteral("Boss"), QStringLiteral("s3cret-pass"), &boss, &error));
    const qint64 li = makeClerk(f, QStringLiteral("Li"), QStringLiteral("4821"));
    UserService asClerk({f.db, f.clock, Actor{li, Role::Clerk, QStringLiteral("Li")}});

    QVERIFY(!asClerk.addUser(QStringLiteral("Wang"), Role::Clerk, QStringLiteral("1234"), nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("owner")));
    QVERIFY(
        !asClerk.addUser(QStringLiteral("Wang"), Role::Owner, QStringLiteral("12345678"), nullptr, &error));
    QVERIFY(!asClerk.resetSecret(boss.id, QStringLiteral("hijacked-pass"), &error));
    QVERIFY(!asClerk.setDisabled(boss.id, true, &error));
    QCOMPARE(f.count(QStringLiteral("users")), 2);

    // The owner: cannot disable the only owner or their own account.
    UserService asBoss({f.db, f.clock, Actor{boss.id, Role::Owner, QStringLiteral("Boss")}});
    QVERIFY(!asBoss.setDisabled(boss.id, true, &error));
    QVERIFY(!owner.setDisabled(boss.id, true, &error));
    QVERIFY(error.contains(QStringLiteral("only owner")));
    QVERIFY2(asBoss.resetSecret(li, QStringLiteral("9999"), &error), qPrintable(error));
    QVERIFY(!asBoss.resetSecret(li, QStringLiteral("not-a-pin"), &error));
    QVERIFY(asBoss.signIn(li, QStringLiteral("9999")).ok());
}

QTEST_GUILESS_MAIN(TestUserService)
#include "TestUserService.moc"
