// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"

#include <QCoreApplication>
#include <QString>

namespace md {

/// A member's name with the polite form of address: 王芳女士 / 李强先生 in Chinese, "Ms Wang Fang" /
/// "Mr Li Qiang" in English; the bare name when the gender is unknown.
class Honorific
{
    Q_DECLARE_TR_FUNCTIONS(Honorific)
public:
    static QString name(const QString& memberName, Gender gender);
};

} // namespace md
