// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace md {

/// The languages MemberDesk ships, in the order a language menu lists them.
QStringList supportedLanguages(); // {"zh_CN", "zh_TW", "en"}

/// Picks the shipped language closest to a locale: zh_TW/zh_HK/zh_Hant → zh_TW, other zh → zh_CN,
/// anything else → en.
QString languageForLocale(const QLocale& locale);

/// Installs MemberDesk's and Qt's own translators for `language` ("zh_CN", "zh_TW" or "en"),
/// replacing any installed before. Returns false when the language is not shipped.
bool installTranslations(const QString& language);

/// The language installed last ("en" before any call).
QString currentLanguage();

} // namespace md
