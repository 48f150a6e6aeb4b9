// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

class Database;

/// Key/value settings kept inside the database (the store's profile, the loyalty rules, counters):
/// they travel with backups. Per-PC preferences (language, window layout) live in AppSettings instead.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    QString value(const QString& key, const QString& defaultValue = {}) const;
    bool setValue(const QString& key, const QString& value, QString* error);

private:
    Database& m_db;
};

} // namespace md
