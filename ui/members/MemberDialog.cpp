// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MemberDialog.h"

#include "domain/PhoneNumber.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

QDate parseTypedDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& format : {u"yyyy-M-d"_s, u"yyyy/M/d"_s, u"yyyyMMdd"_s, u"yyyy.M.d"_s}) {
        const QDate date = QDate::fromString(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

MemberDialog::MemberDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"memberDialog"_s);
    setWindowTitle(memberId > 0 ? tr("Edit member") : tr("Register a member"));

    m_name = new QLineEdit;
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setMaxLength(MemberService::kMaxNameLength + 10); // longer input gets a clear message, not a cut
    m_phone = new QLineEdit;
    m_phone->setObjectName(u"phoneLineEdit"_s);
    m_phone->setPlaceholderText(tr("Mobile or landline, e.g. 138 0013 8000"));
    m_gender = new QComboBox;
    m_gender->setObjectName(u"genderComboBox"_s);
    m_gender->addItem(tr("Not given"), int(Gender::Unknown));
    m_gender->addItem(tr("Female"), int(Gender::Female));
    m_gender->addItem(tr("Male"), int(Gender::Male));
    m_birthday = new QLineEdit;
    m_birthday->setObjectName(u"birthdayLineEdit"_s);
    m_birthday->setPlaceholderText(tr("YYYY-MM-DD, e.g. 1990-03-15"));
    m_card = new QLineEdit;
    m_card->setObjectName(u"cardLineEdit"_s);
    m_card->setPlaceholderText(tr("Scan a card, or leave empty to create a number"));
    m_referrer = new QLineEdit;
    m_referrer->setObjectName(u"referrerLineEdit"_s);
    m_referrer->setPlaceholderText(tr("Referrer's card or phone (optional)"));
    m_referrerName = new QLabel;
    m_referrerName->hide();
    m_consent = new QCheckBox(tr("Agrees to receive offers and invitations"));
    m_consent->setObjectName(u"consentCheckBox"_s);
    m_externalRef = new QLineEdit;
    m_externalRef->setObjectName(u"externalRefLineEdit"_s);
    m_externalRef->setPlaceholderText(tr("Number in a previous system (optional)"));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(u"notePlainTextEdit"_s);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(60);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setStyleSheet(u"color: #b42318;"_s);
    connect(m_error, &QLabel::linkActivated, this, [this] {
        if (m_existingId > 0) {
            emit openExistingRequested(m_existingId);
            reject();
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name *"), m_name);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("&Gender"), m_gender);
    form->addRow(tr("&Birthday"), m_birthday);
    form->addRow(tr("&Card number"), m_card);
    auto* referrerRow = new QHBoxLayout;
    referrerRow->addWidget(m_referrer, 1);
    referrerRow->addWidget(m_referrerName);
    auto* referrerLabel = new QLabel(tr("&Referred by"));
    referrerLabel->setBuddy(m_referrer);
    form->addRow(referrerLabel, referrerRow);
    form->addRow(QString(), m_consent);
    form->addRow(tr("&Old system number"), m_externalRef);
    form->addRow(tr("N&ote"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    if (memberId > 0) {
        Member member;
        if (MemberService(m_ctx).get(memberId, &member)) {
            m_name->setText(member.name);
            m_phone->setText(member.phone);
            m_gender->setCurrentIndex(m_gender->findData(int(member.gender)));
            m_birthday->setText(member.birthday.isValid() ? member.birthday.toString(Qt::ISODate)
                                                          : QString());
            m_card->setText(member.card);
            m_card->setReadOnly(true); // the card number is the member's identity at the counter
            if (member.referrerId > 0) {
                Member referrer;
                if (MemberService(m_ctx).get(member.referrerId, &referrer))
                    m_referrer->setText(referrer.card);
            }
            m_consent->setChecked(member.consent);
            m_externalRef->setText(member.externalRef);
            m_note->setPlainText(member.note);
        }
    }

    for (QLineEdit* edit : {m_name, m_phone, m_birthday, m_card, m_referrer, m_externalRef})
        connect(edit, &QLineEdit::textChanged, this, &MemberDialog::revalidate);
    connect(m_note, &QPlainTextEdit::textChanged, this, &MemberDialog::revalidate);
    resize(480, sizeHint().height());
}

void MemberDialog::prefillFromSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    static const QRegularExpression phoneLike(u"^[+0-9 ()-]{7,}$"_s);
    if (phoneLike.match(trimmed).hasMatch())
        m_phone->setText(trimmed);
    else if (!trimmed.contains(QRegularExpression(u"\\d"_s)))
        m_name->setText(trimmed);
}

MemberInput MemberDialog::input(QString* parseError, QString* parseField) const
{
    MemberInput in;
    in.name = m_name->text();
    in.phone = m_phone->text();
    in.gender = Gender(m_gender->currentData().toInt());
    in.card = m_card->text().trimmed();
    in.consent = m_consent->isChecked();
    in.externalRef = m_externalRef->text().trimmed();
    in.note = m_note->toPlainText();
    if (!m_birthday->text().trimmed().isEmpty()) {
        in.birthday = parseTypedDate(m_birthday->text());
        if (!in.birthday.isValid() && parseError->isEmpty()) {
            *parseError = tr("The birthday \"%1\" is not a date. Type it as YYYY-MM-DD, e.g. 1990-03-15.")
                              .arg(m_birthday->text().trimmed());
            *parseField = u"birthday"_s;
        }
    }
    const QString referrer = m_referrer->text().trimmed();
    if (!referrer.isEmpty()) {
        MemberService service(m_ctx);
        in.referrerId = service.idByCard(referrer);
        if (in.referrerId == 0)
            in.referrerId = service.idByPhone(referrer);
        if (in.referrerId == 0 && parseError->isEmpty()) {
            *parseError = tr("No member has the card or phone %1.").arg(referrer);
            *parseField = u"referrer"_s;
        }
    }
    return in;
}

bool MemberDialog::check(MemberSaveError* error, bool nameOptional) const
{
    QString parseError;
    QString parseField;
    MemberInput in = input(&parseError, &parseField);
    if (!parseError.isEmpty()) {
        *error = {parseError, parseField, 0};
        return false;
    }
    // While the clerk has not reached the name yet, still check everything else (a taken phone first of all).
    if (nameOptional && in.name.trimmed().isEmpty())
        in.name = u"?"_s;
    return MemberService(m_ctx).validate(in, m_memberId, error);
}

void MemberDialog::revalidate()
{
    // The referrer's name confirms the right person was found.
    m_referrerName->clear();
    m_referrerName->hide();
    const QString referrer = m_referrer->text().trimmed();
    if (!referrer.isEmpty()) {
        MemberService service(m_ctx);
        qint64 id = service.idByCard(referrer);
        if (id == 0)
            id = service.idByPhone(referrer);
        Member member;
        if (id > 0 && service.get(id, &member))
        {
            m_referrerName->setText(tr("Referrer: %1").arg(member.name));
            m_referrerName->show();
        }
    }
    MemberSaveError error;
    // An empty name is the normal state while the phone is typed first: it is reported on Save.
    if (check(&error, true)) {
        m_error->clear();
        m_existingId = 0;
        return;
    }
    showError(error);
}

QWidget* MemberDialog::fieldWidget(const QString& field) const
{
    if (field == u"name"_s)
        return m_name;
    if (field == u"phone"_s)
        return m_phone;
    if (field == u"card"_s)
        return m_card;
    if (field == u"birthday"_s)
        return m_birthday;
    if (field == u"referrer"_s)
        return m_referrer;
    if (field == u"external_ref"_s)
        return m_externalRef;
    if (field == u"note"_s)
        return m_note;
    return nullptr;
}

void MemberDialog::showError(const MemberSaveError& error)
{
    m_existingId = error.existingMemberId;
    QString text = error.message.toHtmlEscaped();
    if (error.existingMemberId > 0)
        text += u" <a href=\"open\">"_s + tr("Open that member") + u"</a>"_s;
    m_error->setText(text);
}

void MemberDialog::accept()
{
    MemberSaveError error;
    if (!check(&error)) {
        showError(error);
        if (QWidget* widget = fieldWidget(error.field))
            widget->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString parseError;
    QString parseField;
    const MemberInput in = input(&parseError, &parseField);
    MemberService service(m_ctx);
    if (m_memberId > 0) {
        if (!service.update(m_memberId, in, &error)) {
            showError(error);
            return;
        }
        m_savedId = m_memberId;
    } else {
        Member created;
        if (!service.add(in, &created, &error)) {
            showError(error);
            return;
        }
        m_savedId = created.id;
    }
    emit saved(m_savedId);
    QDialog::accept();
}

} // namespace md::ui
