// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace md {

namespace {
std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}
QString& installedLanguage()
{
    static QString language = u"en"_s;
    return language;
}
} // namespace

QStringList supportedLanguages()
{
    return {u"zh_CN"_s, u"zh_TW"_s, u"en"_s};
}

QString languageForLocale(const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese)
        return u"en"_s;
    if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan ||
        locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao)
        return u"zh_TW"_s;
    return u"zh_CN"_s;
}

bool installTranslations(const QString& language)
{
    if (!supportedLanguages().contains(language))
        return false;
    for (auto* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto app = std::make_unique<QTranslator>();
    if (app->load(u":/i18n/memberdesk_"_s + language + u".qm"_s)) {
        QCoreApplication::installTranslator(app.get());
        appTranslator() = std::move(app);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    installedLanguage() = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

QString currentLanguage()
{
    return installedLanguage();
}

} // namespace md
