// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that records purchases with SIGKILL at random moments, many times, and checks after each
// kill that the database is sound and holds every purchase whose commit had returned, exactly once.
// SIGKILL loses the process, not the operating system's page cache: this proves SQLite transactions and our
// transaction boundaries, not the disk's honesty about fsync (synchronous=FULL covers that part).
#include "TestDatabaseFixture.h"

#include "services/IntegrityChecker.h"
#include "services/MemberService.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace md;
using namespace md::test;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void killRepeatedly();
};

void TestCrashSafety::killRepeatedly()
{
    // Bounded for CI; MEMBERDESK_CRASH_KILLS / MEMBERDESK_CRASH_SECONDS raise it for a long soak.
    const int maxKills = qEnvironmentVariableIsSet("MEMBERDESK_CRASH_KILLS")
                             ? qEnvironmentVariableIntValue("MEMBERDESK_CRASH_KILLS")
                             : 60;
    const int budgetMs = 1000 * (qEnvironmentVariableIsSet("MEMBERDESK_CRASH_SECONDS")
                                     ? qEnvironmentVariableIntValue("MEMBERDESK_CRASH_SECONDS")
                                     : 18);
    constexpr int kMembers = 5;
    qint64 firstMember = 0;
    DatabaseFixture f;
    for (int i = 0; i < kMembers; ++i) {
        MemberInput in;
        in.name = QStringLiteral("Crash %1").arg(i);
        Member m;
        MemberSaveError error;
        QVERIFY2(MemberService(f.context()).add(in, &m, &error), qPrintable(error.message));
        if (i == 0)
            firstMember = m.id;
    }
    f.db.close();

    QRandomGenerator rng(20260315);   // fixed seed: the same kill schedule every run
    QHash<qint64, QString> confirmed; // purchase id -> note, printed after commit returned
    QSet<qint64> confirmedVoids;
    int kills = 0;
    int exitedEarly = 0;
    qint64 losses = 0;
    QElapsedTimer total;
    total.start();
    while (kills < maxKills && total.elapsed() < budgetMs) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(MEMBERDESK_CRASH_WRITER),
                     {f.path, QString::number(firstMember), QString::number(kMembers),
                      QStringLiteral("run%1").arg(kills)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        // Let it write for a random while, reading its output so the pipe never blocks it.
        const int delayMs = 20 + int(rng.bounded(400));
        QByteArray out;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < delayMs && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(int(qMax<qint64>(1, delayMs - t.elapsed())));
            out += writer.readAllStandardOutput();
        }
        if (writer.state() != QProcess::Running) {
            ++exitedEarly;
            QFAIL(qPrintable(QStringLiteral("the writer stopped by itself: %1")
                                 .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        }
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        out += writer.readAllStandardOutput();
        ++kills;

        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "P")
                confirmed.insert(parts.at(1).toLongLong(), QString::fromUtf8(parts.at(2)));
            else if (parts.size() == 2 && parts.at(0) == "V")
                confirmedVoids.insert(parts.at(1).toLongLong());
        }

        Database db;
        QString error;
        QVERIFY2(db.open(f.path, &error), qPrintable(error));
        const QStringList problems = IntegrityChecker(db).problems(true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QHash<qint64, QString> stored;
        QHash<QString, int> notes;
        QSet<qint64> voided;
        {
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral("SELECT id, note, voided_by IS NOT NULL FROM purchases")));
            while (q.next()) {
                stored.insert(q.value(0).toLongLong(), q.value(1).toString());
                ++notes[q.value(1).toString()];
                if (q.value(2).toBool())
                    voided.insert(q.value(0).toLongLong());
            }
        }
        for (auto it = confirmed.cbegin(); it != confirmed.cend(); ++it) {
            if (stored.value(it.key()) != it.value())
                ++losses;
        }
        for (const qint64 id : std::as_const(confirmedVoids)) {
            if (!voided.contains(id))
                ++losses;
        }
        for (auto it = notes.cbegin(); it != notes.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("purchase %1 recorded twice").arg(it.key())));
        QCOMPARE(losses, 0);
        db.close();
    }
    qInfo("crash test: %d kills, %lld confirmed purchases, %lld confirmed voids, %lld lost, %.1f s", kills,
          qint64(confirmed.size()), qint64(confirmedVoids.size()), losses, double(total.elapsed()) / 1000.0);
    QVERIFY2(kills >= qMin(maxKills, 10), "too few kills within the time budget");
    QVERIFY(!confirmed.isEmpty());
    QCOMPARE(exitedEarly, 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
