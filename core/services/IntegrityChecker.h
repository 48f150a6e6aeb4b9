// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace md {

class Database;

/// SQLite's own checks plus MemberDesk's invariants: every member's points equal the sum of their ledger,
/// no credit is consumed beyond its amount, cached visit and spend figures match the purchases, every
/// purchase adds up, every void points at its purchase. Read-only.
class IntegrityChecker
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)
public:
    explicit IntegrityChecker(Database& db) : m_db(db) {}
    /// Empty when everything holds. `full` runs PRAGMA integrity_check instead of quick_check.
    QStringList problems(bool full = true);

private:
    void checkQuery(const QString& sql, const char* message, QStringList* problems);
    Database& m_db;
};

} // namespace md
