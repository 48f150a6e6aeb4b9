// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace md::ui {

class AppSettings;

/// This PC's preferences: language and which database file to open. Both apply at the next start
/// (the dialog offers to restart now).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(AppSettings& settings, const QString& currentDatabase, QWidget* parent = nullptr);

    /// True when the user changed something that needs a restart and asked for it.
    bool restartRequested() const { return m_restart; }

public slots:
    void accept() override;

private:
    AppSettings& m_settings;
    QComboBox* m_language;
    QLineEdit* m_database;
    bool m_restart = false;
};

} // namespace md::ui
