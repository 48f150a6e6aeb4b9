// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalTimeZone.h"

#include <QFileInfo>
#include <QtGlobal>

#include <ctime>

namespace md {

bool cacheLocalTimeZone()
{
#ifdef Q_OS_LINUX
    if (qEnvironmentVariableIsSet("TZ") || !QFileInfo::exists(QStringLiteral("/etc/localtime")))
        return false;
    qputenv("TZ", ":/etc/localtime");
    tzset();
    return true;
#else
    return false;
#endif
}

} // namespace md
