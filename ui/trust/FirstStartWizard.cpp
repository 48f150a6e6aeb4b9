// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/FirstStartWizard.h"

#include "reports/MonthlyReport.h"
#include "services/UserService.h"
#include "storage/SettingsRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

FirstStartWizard::FirstStartWizard(Database& db, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock)
{
    setObjectName(u"firstStartWizard"_s);
    setWindowTitle(tr("Welcome to MemberDesk"));

    auto* intro = new QLabel(tr("<b>Welcome.</b> Two things before the counter opens: your shop's name, "
                                "and the owner's account. Only the owner can change the loyalty programme, "
                                "see reports, export and restore backups; clerks get their own PINs later "
                                "(Shop ▸ Users)."));
    intro->setWordWrap(true);

    m_store = new QLineEdit(SettingsRepository(db).value(MonthlyReport::storeNameSettingsKey()));
    m_store->setObjectName(u"storeNameLineEdit"_s);
    m_store->setPlaceholderText(tr("e.g. Corner Store No. 3"));
    auto* shop = new QGroupBox(tr("Your shop"));
    auto* shopForm = new QFormLayout(shop);
    shopForm->addRow(tr("Shop &name:"), m_store);
    auto* shopHint = new QLabel(tr("Printed on the monthly report; you can change it later."));
    shopHint->setWordWrap(true);
    shopHint->setStyleSheet(u"color: #5f6368;"_s);
    shopForm->addRow(QString(), shopHint);

    m_name = new QLineEdit;
    m_name->setObjectName(u"ownerNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Owner, or your name"));
    m_name->setMaxLength(UserService::kMaxNameLength);
    m_password = new QLineEdit;
    m_password->setObjectName(u"passwordLineEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %Ln character(s)", "", UserService::kMinPasswordLength));
    m_repeat = new QLineEdit;
    m_repeat->setObjectName(u"repeatPasswordLineEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    auto* account = new QGroupBox(tr("Owner account"));
    auto* accountForm = new QFormLayout(account);
    accountForm->addRow(tr("&Your name:"), m_name);
    accountForm->addRow(tr("&Password:"), m_password);
    accountForm->addRow(tr("&Repeat password:"), m_repeat);
    auto* hint = new QLabel(tr("Keep the password safe: it is stored only as a hash and cannot be shown "
                               "again. The owner can add further owners later."));
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: #5f6368;"_s);
    accountForm->addRow(QString(), hint);

    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();

    auto* buttons = new QDialogButtonBox;
    QPushButton* create =
        buttons->addButton(tr("&Create and open the counter"), QDialogButtonBox::AcceptRole);
    create->setObjectName(u"createPushButton"_s);
    create->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartWizard::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartWizard::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(shop);
    layout->addWidget(account);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_store->setFocus();
}

QString FirstStartWizard::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstStartWizard::fail(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

void FirstStartWizard::accept()
{
    const QString store = m_store->text().trimmed();
    if (store.isEmpty())
        return fail(tr("Enter your shop's name."), m_store);
    if (m_name->text().trimmed().isEmpty())
        return fail(tr("Enter the owner's name (it is shown on the sign-in screen)."), m_name);
    QString error;
    if (!UserService::validatePassword(m_password->text(), &error))
        return fail(error, m_password);
    if (m_repeat->text() != m_password->text()) {
        m_repeat->clear();
        return fail(tr("The two passwords differ. Type the password again."), m_repeat);
    }
    const ServiceContext shopCtx{m_db, m_clock, Actor{}};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    User created;
    const bool ok =
        UserService(shopCtx).createFirstOwner(m_name->text().trimmed(), m_password->text(), &created, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return fail(error, m_name);
    // The account exists now; a failure to store the name only costs the report's heading.
    if (!SettingsRepository(m_db).setValue(MonthlyReport::storeNameSettingsKey(), store, &error))
        qWarning("store name not saved: %s", qPrintable(error));
    m_owner = Actor{created.id, Role::Owner, created.name};
    QDialog::accept();
}

} // namespace md::ui
