// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/GiftCatalog.h"
#include "services/ServiceContext.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace md::ui {

/// Adds or edits one gift of the catalogue (name, points price, stock, active). Enter saves through
/// GiftCatalog; a refusal is shown inline with the offending field focused.
class GiftDialog : public QDialog
{
    Q_OBJECT
public:
    /// `giftId` 0 adds a new gift; otherwise edits that gift.
    GiftDialog(const ServiceContext& ctx, qint64 giftId, QWidget* parent = nullptr);

    void accept() override;
    /// The gift saved (valid after accept()).
    qint64 giftId() const { return m_giftId; }

private:
    bool readNumber(QLineEdit* edit, const QString& what, qint64* value);
    void showError(const QString& message, QWidget* field);
    QWidget* fieldFor(const GiftInput& input) const;

    ServiceContext m_ctx;
    qint64 m_giftId;
    QLineEdit* m_name;
    QLineEdit* m_price;
    QLineEdit* m_stock;
    QCheckBox* m_active;
    QLabel* m_error;
};

/// The owner's gift catalogue on the programme page: a table of gifts, "Add gift…" and "Edit gift…"
/// (also double-click or Enter on a row). Each gift is saved at once by its dialog.
class GiftCatalogEditor : public QWidget
{
    Q_OBJECT
public:
    explicit GiftCatalogEditor(const ServiceContext& ctx, QWidget* parent = nullptr);

    /// Reloads the table from the catalogue, selecting `selectId` when given.
    void reload(qint64 selectId = 0);
    void addGift();
    void editGift();

signals:
    void giftsChanged();

private:
    void updateButtons();

    ServiceContext m_ctx;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QLabel* m_empty;
};

} // namespace md::ui
