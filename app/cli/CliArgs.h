// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace md::cli {

/// Options and positional arguments of one command. Each command declares which options take a value
/// and which are flags; anything else is a usage error (a typo must not be silently ignored).
class CliArgs
{
public:
    bool parse(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
               QString* error);
    bool has(const QString& option) const { return m_values.contains(option) || m_flags.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const;
    QStringList values(const QString& option) const { return m_values.value(option); }
    const QStringList& positional() const { return m_positional; }

private:
    QMap<QString, QStringList> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
};

} // namespace md::cli
