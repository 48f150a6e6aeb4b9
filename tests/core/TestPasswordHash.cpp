// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PasswordHash.h"

#include <QElapsedTimer>
#include <QTest>

using namespace md;

class TestPasswordHash : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data();
    void knownAnswers();
    void storedFormat();
    void verifyRejects();
    void constantTimeEquals();
    void ownerHashIsSlow();
};

void TestPasswordHash::knownAnswers_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // RFC 7914 §11 (PBKDF2-HMAC-SHA256) and the widely published RFC 6070-style SHA-256 vectors.
    QTest::newRow("rfc7914-1") << QByteArray("passwd") << QByteArray("salt") << 1
                               << QByteArray(
                                      "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                                      "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    QTest::newRow("rfc7914-80000") << QByteArray("Password") << QByteArray("NaCl") << 80000
                                   << QByteArray(
                                          "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    QTest::newRow("c1") << QByteArray("password") << QByteArray("salt") << 1
                        << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c2") << QByteArray("password") << QByteArray("salt") << 2
                        << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c4096") << QByteArray("password") << QByteArray("salt") << 4096
                           << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

void TestPasswordHash::knownAnswers()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    const QByteArray derived =
        PasswordHash::pbkdf2Sha256(password, salt, iterations, int(expectedHex.size() / 2));
    QCOMPARE(derived.toHex(), expectedHex);
}

void TestPasswordHash::storedFormat()
{
    const QString stored = PasswordHash::hash(QStringLiteral("1234"), 1000);
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QStringLiteral("1000"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), PasswordHash::kSaltBytes);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), PasswordHash::kHashBytes);
    QCOMPARE(PasswordHash::iterationsOf(stored), 1000);
    QVERIFY(PasswordHash::verify(QStringLiteral("1234"), stored));
    // Salted: the same secret never gives the same stored form twice.
    QVERIFY(PasswordHash::hash(QStringLiteral("1234"), 1000) != stored);
    // Non-ASCII secrets hash as UTF-8.
    const QString chinese = PasswordHash::hash(QStringLiteral("店主密码123"), 1000);
    QVERIFY(PasswordHash::verify(QStringLiteral("店主密码123"), chinese));
    QVERIFY(PasswordHash::kPasswordIterations >= 200000);
}

void TestPasswordHash::verifyRejects()
{
    const QString stored = PasswordHash::hash(QStringLiteral("correct horse"), 500);
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct hors"), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse "), stored));
    QVERIFY(!PasswordHash::verify(QString(), stored));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QString()));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("plain-text")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$0$AAAA$AAAA")));
    QVERIFY(
        !PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$99999999999$AAAA$AAAA")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("pbkdf2-sha256$10$@@@$AAAA")));
    QVERIFY(!PasswordHash::verify(QStringLiteral("x"), QStringLiteral("md5$10$AAAA$AAAA")));
    QCOMPARE(PasswordHash::iterationsOf(QStringLiteral("garbage")), 0);
    // A tampered hash part no longer verifies.
    QStringList parts = stored.split(u'$');
    QByteArray hash = QByteArray::fromBase64(parts[3].toLatin1());
    hash[0] = char(hash[0] ^ 1);
    parts[3] = QString::fromLatin1(hash.toBase64());
    QVERIFY(!PasswordHash::verify(QStringLiteral("correct horse"), parts.join(u'$')));
}

void TestPasswordHash::constantTimeEquals()
{
    QVERIFY(PasswordHash::constantTimeEquals(QByteArray("abc"), QByteArray("abc")));
    QVERIFY(!PasswordHash::constantTimeEquals(QByteArray("abc"), QByteArray("abd")));
    QVERIFY(!PasswordHash::constantTimeEquals(QByteArray("xbc"), QByteArray("abc")));
    QVERIFY(!PasswordHash::constantTimeEquals(QByteArray("abc"), QByteArray("abcd")));
    QVERIFY(PasswordHash::constantTimeEquals(QByteArray(), QByteArray()));
}

void TestPasswordHash::ownerHashIsSlow()
{
    QElapsedTimer timer;
    timer.start();
    const QString stored =
        PasswordHash::hash(QStringLiteral("owner-password"), PasswordHash::kPasswordIterations);
    const qint64 ms = timer.elapsed();
    qInfo("owner password hash (%d iterations): %lld ms", PasswordHash::kPasswordIterations, ms);
    QVERIFY(PasswordHash::verify(QStringLiteral("owner-password"), stored));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "TestPasswordHash.moc"
