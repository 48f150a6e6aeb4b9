// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/AppSettings.h"

#include "Translations.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
const QString kLanguage = u"ui/language"_s;
const QString kDatabasePath = u"storage/databasePath"_s;
const QString kGeometry = u"ui/windowGeometry"_s;
const QString kLastUser = u"session/lastUserName"_s;
} // namespace

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(iniFile.isEmpty() ? new QSettings : new QSettings(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings()
{
    delete m_settings;
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguage).toString();
    return supportedLanguages().contains(value) ? value : QString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty() || !supportedLanguages().contains(language))
        m_settings->remove(kLanguage);
    else
        m_settings->setValue(kLanguage, language);
}

QString AppSettings::databasePath() const
{
    return m_settings->value(kDatabasePath).toString();
}

void AppSettings::setDatabasePath(const QString& path)
{
    if (path.trimmed().isEmpty())
        m_settings->remove(kDatabasePath);
    else
        m_settings->setValue(kDatabasePath, path.trimmed());
}

QString AppSettings::lastUserName() const
{
    return m_settings->value(kLastUser).toString();
}

void AppSettings::setLastUserName(const QString& name)
{
    m_settings->setValue(kLastUser, name);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings->setValue(kGeometry, geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace md::ui
