// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace md::ui {

/// Sets a password or PIN typed twice. Two uses: the signed-in user changes their own (proving the
/// current one), or the owner resets another account's (UserService decides who may).
class ChangeSecretDialog : public QDialog
{
    Q_OBJECT
public:
    /// The signed-in user's own secret.
    ChangeSecretDialog(const ServiceContext& ctx, QWidget* parent = nullptr);
    /// Owner: another account's secret.
    ChangeSecretDialog(const ServiceContext& ctx, qint64 userId, const QString& userName, Role role,
                       QWidget* parent = nullptr);

    QString error() const;

public slots:
    void accept() override;

private:
    void build(const QString& intro);
    void fail(const QString& message, QLineEdit* field);

    ServiceContext m_ctx;
    qint64 m_userId = 0; ///< 0: one's own
    Role m_role;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new;
    QLineEdit* m_repeat;
    QLabel* m_error;
};

} // namespace md::ui
