// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace md::ui {

/// The GUI's own preferences (per PC user, in QSettings), typed so no key is spelt twice.
/// Shop data and the loyalty rules live in the database, not here.
class AppSettings
{
public:
    /// Uses the application's QSettings; tests pass a file of their own.
    explicit AppSettings(const QString& iniFile = {});
    ~AppSettings();
    AppSettings(const AppSettings&) = delete;
    AppSettings& operator=(const AppSettings&) = delete;

    /// "zh_CN", "zh_TW", "en", or empty to follow the system language.
    QString language() const;
    void setLanguage(const QString& language);

    /// The database file; empty for the default location.
    QString databasePath() const;
    void setDatabasePath(const QString& path);

    /// The account that signed in last on this PC (preselected on the sign-in screen).
    QString lastUserName() const;
    void setLastUserName(const QString& name);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    void sync();

private:
    QSettings* m_settings;
};

} // namespace md::ui
