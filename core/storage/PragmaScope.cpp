// SPDX-License-Identifier: GPL-3.0-or-later
#include "PragmaScope.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md {

PragmaScope::PragmaScope(Database& db, const QList<QPair<QString, QString>>& pragmas) : m_db(db)
{
    for (const auto& [name, value] : pragmas)
        set(name, value);
}

void PragmaScope::set(const QString& name, const QString& value)
{
    QSqlQuery q(m_db.sql());
    const bool known =
        std::any_of(m_previous.cbegin(), m_previous.cend(), [&](const auto& p) { return p.first == name; });
    if (!known && q.exec(u"PRAGMA "_s + name) && q.next())
        m_previous << qMakePair(name, q.value(0).toString());
    q.finish();
    q.exec(u"PRAGMA %1 = %2"_s.arg(name, value));
}

PragmaScope::~PragmaScope()
{
    QSqlQuery q(m_db.sql());
    for (auto it = m_previous.crbegin(); it != m_previous.crend(); ++it)
        q.exec(u"PRAGMA %1 = %2"_s.arg(it->first, it->second));
}

} // namespace md
