// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace md::ui {

/// The first start on a new database: the shop's name and the owner's account (name and password, typed
/// twice). One page, keyboard-first; core's rules (UserService::validatePassword) decide what is accepted.
class FirstStartWizard : public QDialog
{
    Q_OBJECT
public:
    FirstStartWizard(Database& db, const Clock& clock, QWidget* parent = nullptr);

    /// The owner just created (after accept()).
    Actor owner() const { return m_owner; }
    QString error() const;

public slots:
    void accept() override;

private:
    void fail(const QString& message, QLineEdit* field);

    Database& m_db;
    const Clock& m_clock;
    QLineEdit* m_store;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_error;
    Actor m_owner;
};

} // namespace md::ui
