// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace md::test {

/// A fresh database in a temporary folder with a fixed clock (2026-03-15 10:00 unless moved).
class DatabaseFixture
{
public:
    DatabaseFixture() : clock(QDateTime(QDate(2026, 3, 15), QTime(10, 0)))
    {
        path = dir.filePath(QStringLiteral("test.db"));
        QString error;
        if (!db.open(path, &error))
            qFatal("cannot open test database: %s", qPrintable(error));
    }
    ServiceContext context(Role role = Role::Owner) { return {db, clock, Actor{0, role, {}}}; }
    qint64 count(const QString& table);

    QTemporaryDir dir;
    QString path;
    Database db;
    FixedClock clock;
};

} // namespace md::test
