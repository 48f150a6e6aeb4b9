// SPDX-License-Identifier: GPL-3.0-or-later
#include "Member.h"

using namespace Qt::StringLiterals;

namespace md {

QString genderCode(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return u"m"_s;
    case Gender::Female:
        return u"f"_s;
    case Gender::Unknown:
        break;
    }
    return u"u"_s;
}

Gender genderFromCode(const QString& code)
{
    if (code == u"m"_s)
        return Gender::Male;
    if (code == u"f"_s)
        return Gender::Female;
    return Gender::Unknown;
}

} // namespace md
