// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up with a database from an older release: the upgrade runs behind a notice (not a blank screen),
// a failed one says why and leaves the file as it was, and an up-to-date file shows nothing.
#include "storage/Database.h"
#include "support/GuiFixture.h"
#include "trust/DatabaseUpgrade.h"

#include <QApplication>
#include <QFile>
#include <QProgressBar>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace md;
using namespace md::ui;

namespace {

QString copyOfRelease9(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"shop.db"_s);
    if (!QFile::copy(QStringLiteral(MEMBERDESK_TEST_DATA) + u"/schema-v9.db"_s, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

bool noticeIsOpen()
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == u"busyNotice"_s && w->isVisible())
            return true;
    return false;
}

} // namespace

class TestDatabaseUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void anOlderDatabaseIsUpgradedBehindANotice()
    {
        QTemporaryDir dir;
        const QString path = copyOfRelease9(dir);
        QVERIFY(!path.isEmpty());
        QCOMPARE(Database::storedSchemaVersion(path), 9);
        QVERIFY(Database::upgradeDue(path));

        QString seen;
        bool busy = false;
        QString error;
        QVERIFY2(DatabaseUpgrade::run(path, &error,
                                      [&](QWidget* notice) {
                                          QVERIFY(notice->isVisible());
                                          seen += test::labelTexts(notice);
                                          const auto* bar = notice->findChild<QProgressBar*>();
                                          busy = bar && bar->minimum() == 0 && bar->maximum() == 0;
                                      }),
                 qPrintable(error));
        QVERIFY2(seen.contains(u"Upgrading the member database"_s), qPrintable(seen));
        QVERIFY2(seen.contains(u"Schema 9 to %1"_s.arg(Database::latestSchemaVersion())), qPrintable(seen));
        QVERIFY(busy);
        QVERIFY(!noticeIsOpen());

        // Upgraded on the worker's connection, every row kept: the GUI then opens it without a step to run.
        QCOMPARE(Database::storedSchemaVersion(path), Database::latestSchemaVersion());
        QVERIFY(!Database::upgradeDue(path));
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(u"SELECT count(*), sum(paid_fen) FROM purchases"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        QCOMPARE(q.value(1).toLongLong(), 124700 + 8880);
    }

    void aFailedUpgradeSaysWhyAndChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = copyOfRelease9(dir);
        QVERIFY(!path.isEmpty());
        {
            // An index the upgrade replaces is already gone (a hand-edited file): step 10 cannot run.
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DROP INDEX purchases_history"_s));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"edit"_s);

        QString error;
        int notices = 0;
        QVERIFY(!DatabaseUpgrade::run(path, &error, [&](QWidget*) { ++notices; }));
        QCOMPARE(notices, 1);
        QVERIFY2(error.contains(u"schema 10"_s) && error.contains(u"nothing was changed"_s),
                 qPrintable(error));
        QVERIFY(!noticeIsOpen());
        QCOMPARE(Database::storedSchemaVersion(path), 9);
    }

    void anUpToDateOrNewDatabaseShowsNothing()
    {
        test::GuiFixture fixture;
        fixture.db.close();
        int notices = 0;
        QString error;
        QVERIFY(!Database::upgradeDue(fixture.path));
        QVERIFY(DatabaseUpgrade::run(fixture.path, &error, [&](QWidget*) { ++notices; }));
        QCOMPARE(notices, 0);

        // No file yet: opening creates it (the first start); nothing to upgrade, nothing created here.
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"new.db"_s);
        QCOMPARE(Database::storedSchemaVersion(missing), -1);
        QVERIFY(DatabaseUpgrade::run(missing, &error, [&](QWidget*) { ++notices; }));
        QCOMPARE(notices, 0);
        QVERIFY(!QFile::exists(missing));

        // Not an SQLite file: left to Database::open, which words the refusal.
        const QString text = dir.filePath(u"notes.db"_s);
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database, just some notes that happen to be long enough\n");
        file.close();
        QCOMPARE(Database::storedSchemaVersion(text), -1);
        QVERIFY(DatabaseUpgrade::run(text, &error, [&](QWidget*) { ++notices; }));
        QCOMPARE(notices, 0);
    }
};

QTEST_MAIN(TestDatabaseUpgrade)
#include "TestDatabaseUpgrade.moc"
