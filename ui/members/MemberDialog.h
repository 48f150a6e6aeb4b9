// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MemberService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace md::ui {

/// Registers a new member (name + phone is enough) or edits one. Every check runs as the clerk types,
/// so a duplicate phone is caught before saving, with a link to the member who has it.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    /// `memberId` 0: register; otherwise edit that member.
    MemberDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent = nullptr);

    /// Fills the form from what the clerk typed in the search box (a phone number or a name).
    void prefillFromSearch(const QString& text);
    qint64 savedMemberId() const { return m_savedId; }

signals:
    void saved(qint64 memberId);
    void openExistingRequested(qint64 memberId);

public slots:
    void accept() override;

private:
    MemberInput input(QString* parseError, QString* parseField) const;
    bool check(MemberSaveError* error, bool nameOptional = false) const;
    void revalidate();
    void showError(const MemberSaveError& error);
    QWidget* fieldWidget(const QString& field) const;

    ServiceContext m_ctx;
    qint64 m_memberId;
    qint64 m_savedId = 0;
    qint64 m_existingId = 0;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QComboBox* m_gender;
    QLineEdit* m_birthday;
    QLineEdit* m_card;
    QLineEdit* m_referrer;
    QLabel* m_referrerName;
    QCheckBox* m_consent;
    QLineEdit* m_externalRef;
    QPlainTextEdit* m_note;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

/// Parses a birthday as clerks type it: 1990-03-15, 1990/3/15, 19900315. Invalid date when not a date.
QDate parseTypedDate(const QString& text);

} // namespace md::ui
