// SPDX-License-Identifier: GPL-3.0-or-later
// The event commands through the real memberdesk-cli executable.
#include "CliRunner.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_event = 0;

    using Run = md::test::CliRun;

    Run cli(const QStringList& args, const QString& now = u"2026-05-10T10:00:00"_s)
    {
        return md::test::runCli(m_db, args, now);
    }

    qint64 addMember(const QString& name, const QString& gender, const QString& consent)
    {
        const Run r =
            cli({u"member"_s, u"add"_s, u"--name"_s, name, u"--gender"_s, gender, u"--consent"_s, consent});
        if (r.exitCode != 0)
            qFatal("member add: %s", qPrintable(r.err));
        return r.json.value(u"id"_s).toInteger();
    }

    void buy(qint64 member, const QString& amount, const QString& when)
    {
        const Run r = cli(
            {u"purchase"_s, u"add"_s, u"--member"_s, QString::number(member), u"--amount"_s, amount}, when);
        if (r.exitCode != 0)
            qFatal("purchase add: %s", qPrintable(r.err));
    }

    QString token(qint64 event, qint64 member)
    {
        QString token;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"peek"_s);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT token FROM event_invitations WHERE event_id = ? AND member_id = ?"_s);
                q.addBindValue(event);
                q.addBindValue(member);
                if (q.exec() && q.next())
                    token = q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_s);
        return token;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"events.db"_s);
        QCOMPARE(addMember(u"王芳"_s, u"f"_s, u"yes"_s), 1);
        QCOMPARE(addMember(u"李强"_s, u"m"_s, u"yes"_s), 2);
        QCOMPARE(addMember(u"赵敏"_s, u"f"_s, u"no"_s), 3);
        buy(1, u"300"_s, u"2026-04-01T10:00:00"_s);
        buy(2, u"100"_s, u"2026-04-02T10:00:00"_s);
    }

    void create()
    {
        Run r = cli({u"event"_s, u"create"_s, u"--title"_s, u"Tea night"_s, u"--start"_s,
                     u"2026-05-20T18:00"_s, u"--end"_s, u"2026-05-20T21:00:00"_s, u"--place"_s, u"Shop"_s,
                     u"--cost"_s, u"100"_s, u"--offer"_s, u"10% off"_s, u"--capacity"_s, u"10"_s});
        QCOMPARE(r.exitCode, 0);
        m_event = r.json.value(u"id"_s).toInteger();
        QVERIFY(m_event > 0);
        QCOMPARE(r.json.value(u"cost_fen"_s).toInteger(), 10000);
        QCOMPARE(r.json.value(u"starts_at"_s).toString(), u"2026-05-20T18:00:00"_s);

        r = cli({u"event"_s, u"create"_s, u"--start"_s, u"2026-05-20T18:00"_s, u"--end"_s,
                 u"2026-05-20T21:00"_s, u"--place"_s, u"Shop"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"usage"_s);
        r = cli({u"event"_s, u"create"_s, u"--title"_s, u"X"_s, u"--start"_s, u"2026-05-20T18:00"_s,
                 u"--end"_s, u"2026-05-20T17:00"_s, u"--place"_s, u"Shop"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"end after"_s));
        r = cli({u"event"_s, u"create"_s, u"--title"_s, u"X"_s, u"--start"_s, u"tomorrow"_s, u"--end"_s,
                 u"2026-05-20T17:00"_s, u"--place"_s, u"Shop"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"event"_s, u"create"_s, u"--title"_s, u"X"_s, u"--start"_s, u"2026-05-20T18:00"_s,
                 u"--end"_s, u"2026-05-20T19:00"_s, u"--place"_s, u"Shop"_s, u"--cost"_s, u"-5"_s});
        QCOMPARE(r.exitCode, 1);
        // The place is part of every invitation: required, as the contract says.
        r = cli({u"event"_s, u"create"_s, u"--title"_s, u"X"_s, u"--start"_s, u"2026-05-20T18:00"_s,
                 u"--end"_s, u"2026-05-20T19:00"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.json.value(u"error"_s).toString().contains(u"--place"_s));
    }

    void invite()
    {
        const QString id = QString::number(m_event);
        Run r = cli({u"event"_s, u"invite"_s, id, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"excluded_by_reason"_s).toObject().value(u"no_consent"_s).toInt(), 1);
        QVERIFY(token(m_event, 1).isEmpty()); // a dry run writes nothing
        // After the event a dry run gives a real run's answer, not a count of guests it cannot invite.
        r = cli({u"event"_s, u"invite"_s, id, u"--dry-run"_s}, u"2026-05-22T10:00:00"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"can no longer be sent"_s), qPrintable(r.out));

        r = cli({u"event"_s, u"invite"_s, id, u"--tier"_s, u"No such tier"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        r = cli({u"event"_s, u"invite"_s, id, u"--type"_s, u"enemies"_s});
        QCOMPARE(r.exitCode, 2);
        r = cli({u"event"_s, u"invite"_s, id, u"--birthday-month"_s, u"13"_s});
        QCOMPARE(r.exitCode, 2);
        // Two customers with one visit each: no purchase model, and the command says so.
        r = cli({u"event"_s, u"invite"_s, id, u"--min-p-alive"_s, u"0.5"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"cannot be computed"_s), qPrintable(r.err));

        r = cli({u"event"_s, u"invite"_s, id, u"--limit"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 1);
        // The one --limit left out is counted apart from the one without consent.
        QCOMPARE(r.json.value(u"excluded_by_reason"_s).toObject().value(u"over_limit"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"excluded_by_reason"_s).toObject().value(u"no_consent"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"excluded"_s).toInt(), 2);
        r = cli({u"event"_s, u"invite"_s, id});
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"already_invited"_s).toInt(), 1);
        r = cli({u"event"_s, u"invite"_s, id});
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 0);
        QCOMPARE(r.json.value(u"total"_s).toInt(), 2);
        QVERIFY(!token(m_event, 1).isEmpty());
        QVERIFY(!token(m_event, 2).isEmpty());
        QVERIFY(token(m_event, 3).isEmpty());
    }

    void checkin()
    {
        const QString door = u"2026-05-20T18:05:00"_s;
        const QString wang = token(m_event, 1);
        Run r = cli({u"event"_s, u"checkin"_s, wang}, door);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"event_id"_s).toInteger(), m_event);
        QCOMPARE(r.json.value(u"member_id"_s).toInteger(), 1);
        QCOMPARE(r.json.value(u"already_checked_in"_s).toBool(), false);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Ms 王芳"_s);
        r = cli({u"event"_s, u"checkin"_s, wang}, u"2026-05-20T18:30:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"already_checked_in"_s).toBool(), true);
        QCOMPARE(r.json.value(u"checked_in_at"_s).toString(), u"2026-05-20T18:05:00"_s);

        QString forged = wang;
        forged.replace(u".1."_s, u".2."_s);
        r = cli({u"event"_s, u"checkin"_s, forged}, door);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"invalid_input"_s);
        r = cli({u"event"_s, u"checkin"_s, u"hello"_s}, door);
        QCOMPARE(r.exitCode, 1);

        // By phone for the selected event; the guest list shows both check-ins and the codes.
        r = cli({u"event"_s, u"checkin"_s, u"--event"_s, QString::number(m_event), u"--phone"_s,
                 u"13800000000"_s},
                door);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"not_found"_s);
        r = cli({u"event"_s, u"checkin"_s, u"--phone"_s, u"13800000000"_s}, door);
        QCOMPARE(r.exitCode, 2);
        r = cli({u"event"_s, u"guests"_s, QString::number(m_event)}, door);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray guests = r.json.value(u"guests"_s).toArray();
        QCOMPARE(guests.size(), 2);
        for (const QJsonValue& g : guests) {
            const QJsonObject o = g.toObject();
            QCOMPARE(o.value(u"token"_s).toString(), token(m_event, o.value(u"member_id"_s).toInteger()));
            QCOMPARE(o.value(u"checked_in_at"_s).isNull(), o.value(u"member_id"_s).toInteger() != 1);
        }
        const QString liCard = guests.at(0).toObject().value(u"member_id"_s).toInteger() == 2
                                   ? guests.at(0).toObject().value(u"card"_s).toString()
                                   : guests.at(1).toObject().value(u"card"_s).toString();
        r = cli({u"event"_s, u"checkin"_s, u"--event"_s, QString::number(m_event), u"--card"_s, liCard},
                u"2026-05-20T22:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"member_id"_s).toInteger(), 2);
        QCOMPARE(r.json.value(u"name"_s).toString(), u"Mr 李强"_s);

        // Another event's invitation at this event's door.
        r = cli({u"event"_s, u"create"_s, u"--title"_s, u"Mooncake evening"_s, u"--start"_s,
                 u"2026-06-01T18:00"_s, u"--end"_s, u"2026-06-01T20:00"_s, u"--place"_s, u"Shop"_s});
        const qint64 other = r.json.value(u"id"_s).toInteger();
        QCOMPARE(cli({u"event"_s, u"invite"_s, QString::number(other)}).exitCode, 0);
        r = cli({u"event"_s, u"checkin"_s, token(other, 2), u"--event"_s, QString::number(m_event)}, door);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"conflict"_s);
        QVERIFY2(r.json.value(u"error"_s).toString().contains(u"Mooncake evening"_s), qPrintable(r.err));
        // Its own door is not open yet.
        r = cli({u"event"_s, u"checkin"_s, token(other, 2)}, door);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"conflict"_s);
    }

    void roiAndList()
    {
        buy(1, u"200"_s, u"2026-05-20T19:00:00"_s); // during the event
        buy(1, u"50"_s, u"2026-05-23T12:00:00"_s);  // the week after
        buy(2, u"80"_s, u"2026-05-22T12:00:00"_s);  // checked in late by card
        const Run r = cli({u"event"_s, u"roi"_s, QString::number(m_event)}, u"2026-06-10T10:00:00"_s);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"invited"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"attended"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"revenue_fen"_s).toInteger(), 33000);
        QCOMPARE(r.json.value(u"cost_fen"_s).toInteger(), 10000);
        QVERIFY(r.json.value(u"complete"_s).toBool());
        // Nobody consenting was left out: no comparable group, the whole revenue counts.
        QCOMPARE(r.json.value(u"comparable"_s).toObject().value(u"basis"_s).toString(), u"none"_s);
        QCOMPARE(r.json.value(u"roi"_s).toDouble(), 2.3); // (330 − 0 − 100) / 100
        QCOMPARE(cli({u"event"_s, u"roi"_s, u"999"_s}).json.value(u"code"_s).toString(), u"not_found"_s);

        Run list = cli({u"event"_s, u"list"_s, u"--past"_s}, u"2026-05-25T10:00:00"_s);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json.value(u"events"_s).toArray().size(), 1);
        QCOMPARE(list.json.value(u"events"_s).toArray().first().toObject().value(u"attended"_s).toInt(), 2);
        list = cli({u"event"_s, u"list"_s, u"--upcoming"_s}, u"2026-05-25T10:00:00"_s);
        QCOMPARE(list.json.value(u"events"_s).toArray().size(), 1);
        QCOMPARE(list.json.value(u"events"_s).toArray().first().toObject().value(u"title"_s).toString(),
                 u"Mooncake evening"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliEvents)
#include "TestCliEvents.moc"
