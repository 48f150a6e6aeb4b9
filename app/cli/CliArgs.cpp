// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliArgs.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace md::cli {

bool CliArgs::parse(const QStringList& args, const QSet<QString>& valueOptions, const QSet<QString>& flags,
                    QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (!arg.startsWith(u"--"_s) || arg == u"--"_s) {
            m_positional << arg;
            continue;
        }
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = arg.indexOf(u'=');
        if (eq > 0) {
            inlineValue = arg.mid(eq + 1);
            arg = arg.left(eq);
            hasInline = true;
        }
        const QString name = arg.mid(2);
        if (flags.contains(name) && !hasInline) {
            m_flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (hasInline) {
                m_values[name] << inlineValue;
            } else if (i + 1 < args.size() && !args.at(i + 1).startsWith(u"--"_s)) {
                m_values[name] << args.at(++i);
            } else {
                *error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                return false;
            }
        } else {
            *error = QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name);
            return false;
        }
    }
    // Only the filters and the column map take several values; any other option given twice would
    // silently use one of them ("--amount 10 --amount 20").
    static const QSet<QString> repeatable = {u"tier"_s, u"type"_s, u"segment"_s, u"map"_s};
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (it.value().size() > 1 && !repeatable.contains(it.key())) {
            *error =
                QCoreApplication::translate("Cli", "The option --%1 was given more than once.").arg(it.key());
            return false;
        }
    }
    return true;
}

QString CliArgs::value(const QString& option, const QString& fallback) const
{
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace md::cli
