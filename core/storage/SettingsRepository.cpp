// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsRepository.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

QString SettingsRepository::value(const QString& key, const QString& defaultValue) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return defaultValue;
}

bool SettingsRepository::setValue(const QString& key, const QString& value, QString* error)
{
    QSqlQuery q(m_db.sql());
    if (!Sql::prepare(q, u"INSERT INTO settings(key, value) VALUES(?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s,
                      error))
        return false;
    q.addBindValue(key);
    q.addBindValue(value);
    return Sql::exec(q, error);
}

} // namespace md
