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
            } else if (i + 1 < args.size()) {
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
    return true;
}

QString CliArgs::value(const QString& option, const QString& fallback) const
{
    const QStringList v = m_values.value(option);
    return v.isEmpty() ? fallback : v.last();
}

} // namespace md::cli
