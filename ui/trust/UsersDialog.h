// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace md::ui {

/// A new account: name, role and its first password or PIN (typed twice).
class AddUserDialog : public QDialog
{
    Q_OBJECT
public:
    AddUserDialog(const ServiceContext& ctx, QWidget* parent = nullptr);
    QString error() const;

public slots:
    void accept() override;

private:
    void updateForRole();
    void fail(const QString& message, QLineEdit* field);

    ServiceContext m_ctx;
    QLineEdit* m_name;
    QComboBox* m_role;
    QLabel* m_secretLabel;
    QLineEdit* m_secret;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

/// The owner's list of accounts: add a clerk (or another owner), reset a PIN or password, disable or
/// enable an account. Core refuses all of it to clerks, and refuses disabling oneself or the last owner.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(const ServiceContext& ctx, QWidget* parent = nullptr);

    void reload();
    QTableWidget* table() const { return m_table; }
    /// Disables or enables the selected account (what the button does); false with the reason shown.
    bool toggleSelected();
    QString error() const;

private:
    qint64 selectedId() const;
    void updateButtons();
    void showError(const QString& text);

    ServiceContext m_ctx;
    QTableWidget* m_table;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QLabel* m_error;
};

} // namespace md::ui
