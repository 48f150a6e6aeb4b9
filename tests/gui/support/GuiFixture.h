// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "services/MemberService.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace md::test {

/// Every label's text in `widget`, one after another (what a notice or a message says).
inline QString labelTexts(const QWidget* widget)
{
    QString text;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

/// A fresh database and a fixed clock (2026-03-15 10:00) for widget tests.
class GuiFixture
{
public:
    GuiFixture() : clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0)))
    {
        path = dir.filePath(QStringLiteral("gui.db"));
        QString error;
        if (!db.open(path, &error))
            qFatal("cannot open test database: %s", qPrintable(error));
    }
    ServiceContext context(Role role = Role::Owner) { return {db, clock, Actor{0, role, {}}}; }
    QString settingsFile() const { return dir.filePath(QStringLiteral("settings.ini")); }

    qint64 addMember(const QString& name, const QString& phone)
    {
        MemberInput input;
        input.name = name;
        input.phone = phone;
        Member created;
        MemberSaveError error;
        if (!MemberService(context()).add(input, &created, &error))
            qFatal("cannot add member: %s", qPrintable(error.message));
        return created.id;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlQuery query(db.sql());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    QTemporaryDir dir;
    QString path;
    Database db;
    FixedClock clock;
};

/// Types into whatever has the keyboard focus, as a clerk (or a barcode scanner) would.
inline void typeText(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    // ASCII arrives as key presses (keyboard, barcode scanner); Chinese arrives committed by the
    // input method, as it does on a real counter PC.
    QString pendingIme;
    const auto flushIme = [&] {
        if (pendingIme.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(pendingIme);
        QApplication::sendEvent(QApplication::focusWidget(), &event);
        pendingIme.clear();
    };
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            flushIme();
            QTest::keyClick(QApplication::focusWidget(), char(ch.unicode()));
        } else {
            pendingIme += ch;
        }
    }
    flushIme();
}

inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

} // namespace md::test
