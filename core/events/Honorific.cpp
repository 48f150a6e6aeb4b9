// SPDX-License-Identifier: GPL-3.0-or-later
#include "Honorific.h"

namespace md {

QString Honorific::name(const QString& memberName, Gender gender)
{
    const QString n = memberName.simplified();
    if (n.isEmpty())
        return n;
    switch (gender) {
    case Gender::Male:
        //: A man's name with the polite form of address; Chinese puts 先生 after the name: "%1先生".
        return tr("Mr %1").arg(n);
    case Gender::Female:
        //: A woman's name with the polite form of address; Chinese puts 女士 after the name: "%1女士".
        return tr("Ms %1").arg(n);
    case Gender::Unknown:
        break;
    }
    return n;
}

} // namespace md
