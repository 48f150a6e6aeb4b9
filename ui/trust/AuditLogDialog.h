// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/AuditQuery.h"
#include "services/ServiceContext.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace md::ui {

/// The owner's audit log browser: newest first, filtered by user, action, date range and text
/// (AuditQuery does the filtering and refuses clerks). Pages of kPageSize rows; "Show more" appends.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    AuditLogDialog(const ServiceContext& ctx, QWidget* parent = nullptr);
    static constexpr int kPageSize = 200;
    /// A readable, translated name for an action key ("signin.failed" → "Sign-in failed").
    static QString actionLabel(const QString& key);

    /// The filter the widgets describe (offset 0).
    AuditFilter filter() const;
    /// Runs the filter from the first page.
    void reload();
    /// Appends the next page.
    void showMore();

    QTableWidget* table() const { return m_table; }
    QComboBox* userCombo() const { return m_user; }
    QComboBox* actionCombo() const { return m_action; }
    QLineEdit* textEdit() const { return m_text; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QCheckBox* dateCheck() const { return m_useDates; }
    qint64 total() const { return m_total; }
    QString error() const;

private:
    void append(const AuditPage& page);
    void updateCount();

    ServiceContext m_ctx;
    QComboBox* m_user;
    QComboBox* m_action;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QTableWidget* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QPushButton* m_more;
    QTimer* m_typing;
    qint64 m_total = 0;
};

} // namespace md::ui
