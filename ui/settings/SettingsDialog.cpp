// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

SettingsDialog::SettingsDialog(AppSettings& settings, const QString& currentDatabase, QWidget* parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setObjectName(u"languageComboBox"_s);
    // Each language is named in itself, so anyone can find their own.
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"繁體中文"_s, u"zh_TW"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language())));

    m_database = new QLineEdit(settings.databasePath());
    m_database->setObjectName(u"databaseLineEdit"_s);
    m_database->setPlaceholderText(Database::defaultPath());
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Member database"),
            m_database->text().isEmpty() ? Database::defaultPath() : m_database->text(),
            tr("MemberDesk database (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_database->setText(file);
    });
    auto* databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    auto* current = new QLabel(tr("Open now: %1").arg(currentDatabase));
    current->setWordWrap(true);
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    // A label for a layout gets no buddy, so its "&" would show: the line edit is the buddy.
    auto* databaseLabel = new QLabel(tr("&Database file"));
    databaseLabel->setBuddy(m_database);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(QString(), current);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const QString database = m_database->text().trimmed();
    const bool changed = language != m_settings.language() || database != m_settings.databasePath();
    m_settings.setLanguage(language);
    m_settings.setDatabasePath(database);
    m_settings.sync();
    if (changed) {
        const auto answer = QMessageBox::question(this, tr("Settings"),
                                                  tr("The change takes effect when MemberDesk starts again. "
                                                     "Restart now?"),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        m_restart = answer == QMessageBox::Yes;
    }
    QDialog::accept();
}

} // namespace md::ui
