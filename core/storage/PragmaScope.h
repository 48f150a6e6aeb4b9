// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace md {

class Database;

/// Sets connection pragmas for a scope and puts their previous values back when it ends, last set first
/// restored (e.g. a bulk import's page cache, an index rebuild's sorter threads).
class PragmaScope
{
public:
    explicit PragmaScope(Database& db) : m_db(db) {}
    PragmaScope(Database& db, const QList<QPair<QString, QString>>& pragmas);
    ~PragmaScope();
    PragmaScope(const PragmaScope&) = delete;
    PragmaScope& operator=(const PragmaScope&) = delete;

    /// Remembers the pragma's value (once per name), then sets it.
    void set(const QString& name, const QString& value);

private:
    Database& m_db;
    QList<QPair<QString, QString>> m_previous; // name, value before
};

} // namespace md
