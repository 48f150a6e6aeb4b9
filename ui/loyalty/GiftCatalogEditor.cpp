// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyalty/GiftCatalogEditor.h"

#include "common/Formatting.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

enum GiftColumn
{
    NameColumn,
    PriceColumn,
    StockColumn,
    ActiveColumn,
    ColumnCount,
};

QLineEdit* numberEdit(const QString& objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    edit->setMaxLength(16);
    return edit;
}

} // namespace

GiftDialog::GiftDialog(const ServiceContext& ctx, qint64 giftId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_giftId(giftId)
{
    setObjectName(u"giftDialog"_s);
    setWindowTitle(giftId == 0 ? tr("Add gift") : tr("Edit gift"));
    m_name = new QLineEdit;
    m_name->setObjectName(u"nameLineEdit"_s);
    m_name->setMaxLength(GiftCatalog::kMaxNameLength);
    m_name->setMinimumWidth(m_name->fontMetrics().horizontalAdvance(u"M"_s) * 24);
    m_name->setPlaceholderText(tr("e.g. Canvas tote bag"));
    m_price = numberEdit(u"priceLineEdit"_s);
    m_stock = numberEdit(u"stockLineEdit"_s);
    m_active = new QCheckBox(tr("&Offered at the counter"));
    m_active->setObjectName(u"activeCheckBox"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();

    Gift gift;
    if (giftId != 0) {
        QString error;
        if (GiftCatalog(m_ctx).get(giftId, &gift, &error)) {
            m_name->setText(gift.name);
            m_price->setText(QString::number(gift.pointsPrice));
            m_stock->setText(QString::number(gift.stock));
        } else {
            m_error->setText(error);
            m_error->show();
        }
    } else {
        m_stock->setText(u"0"_s);
    }
    m_active->setChecked(gift.active);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Points price"), m_price);
    form->addRow(tr("&Stock"), m_stock);
    form->addRow(QString(), m_active);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(u"savePushButton"_s);
    save->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &GiftDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
    m_name->selectAll();
}

bool GiftDialog::readNumber(QLineEdit* edit, const QString& what, qint64* value)
{
    QString text = edit->text().trimmed();
    text.remove(QLocale().groupSeparator());
    text.remove(u',');
    text.remove(u' ');
    bool ok = false;
    *value = text.toLongLong(&ok);
    if (!ok) {
        showError(tr("%1: enter a whole number.").arg(what), edit);
        return false;
    }
    return true;
}

QWidget* GiftDialog::fieldFor(const GiftInput& input) const
{
    // Asks the core which field it refuses, one field at a time on an otherwise valid gift.
    const GiftCatalog catalog(m_ctx);
    const GiftInput valid{u"x"_s, 1, 0, true};
    QString ignored;
    GiftInput probe = valid;
    probe.name = input.name;
    if (!catalog.validate(probe, &ignored))
        return m_name;
    probe = valid;
    probe.pointsPrice = input.pointsPrice;
    if (!catalog.validate(probe, &ignored))
        return m_price;
    probe = valid;
    probe.stock = input.stock;
    if (!catalog.validate(probe, &ignored))
        return m_stock;
    return nullptr;
}

void GiftDialog::accept()
{
    m_error->hide();
    GiftInput input;
    input.name = m_name->text();
    input.active = m_active->isChecked();
    qint64 stock = 0;
    if (!readNumber(m_price, tr("Points price"), &input.pointsPrice) ||
        !readNumber(m_stock, tr("Stock"), &stock))
        return;
    // Out-of-range stock stays out of range (the core names the limits).
    input.stock = int(qBound<qint64>(-1, stock, qint64(GiftCatalog::kMaxStock) + 1));
    GiftCatalog catalog(m_ctx);
    QString error;
    const bool saved =
        m_giftId == 0 ? catalog.add(input, &m_giftId, &error) : catalog.update(m_giftId, input, &error);
    if (!saved) {
        showError(error, fieldFor(input));
        return;
    }
    QDialog::accept();
}

void GiftDialog::showError(const QString& message, QWidget* field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus(Qt::OtherFocusReason);
        if (auto* edit = qobject_cast<QLineEdit*>(field))
            edit->selectAll();
    }
}

GiftCatalogEditor::GiftCatalogEditor(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"giftCatalogEditor"_s);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(u"giftsTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Gift"), tr("Points"), tr("Stock"), tr("Offered")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setToolTip(tr("Double-click or press Enter to edit a gift."));
    m_empty = new QLabel(tr("No gifts yet. Add the gifts members can take for points."));
    m_empty->setObjectName(u"emptyLabel"_s);
    m_empty->setWordWrap(true);
    m_add = new QPushButton(tr("Add &gift…"));
    m_add->setObjectName(u"addGiftPushButton"_s);
    m_edit = new QPushButton(tr("&Edit gift…"));
    m_edit->setObjectName(u"editGiftPushButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &GiftCatalogEditor::addGift);
    connect(m_edit, &QPushButton::clicked, this, &GiftCatalogEditor::editGift);
    connect(m_table, &QAbstractItemView::activated, this, &GiftCatalogEditor::editGift);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GiftCatalogEditor::updateButtons);
    reload();
}

void GiftCatalogEditor::reload(qint64 selectId)
{
    const QLocale locale;
    const QVector<Gift> gifts = GiftCatalog(m_ctx).list(true);
    m_table->setRowCount(0);
    m_table->setRowCount(gifts.size());
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    int selectRow = gifts.isEmpty() ? -1 : 0;
    for (int row = 0; row < gifts.size(); ++row) {
        const Gift& gift = gifts.at(row);
        const QString cells[ColumnCount] = {gift.name, locale.toString(gift.pointsPrice),
                                            locale.toString(gift.stock), gift.active ? tr("yes") : tr("no")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, gift.id);
            if (column == PriceColumn || column == StockColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!gift.active)
                item->setForeground(inactive);
            m_table->setItem(row, column, item);
        }
        if (gift.id == selectId)
            selectRow = row;
    }
    if (selectRow >= 0)
        m_table->setCurrentCell(selectRow, NameColumn);
    m_empty->setVisible(gifts.isEmpty());
    updateButtons();
}

void GiftCatalogEditor::updateButtons()
{
    m_edit->setEnabled(m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
}

void GiftCatalogEditor::addGift()
{
    auto* dialog = new GiftDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->giftId());
        m_table->setFocus();
        emit giftsChanged();
    });
    dialog->open();
}

void GiftCatalogEditor::editGift()
{
    const QTableWidgetItem* item = m_table->item(m_table->currentRow(), NameColumn);
    if (!item)
        return;
    auto* dialog = new GiftDialog(m_ctx, item->data(Qt::UserRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload(dialog->giftId());
        m_table->setFocus();
        emit giftsChanged();
    });
    dialog->open();
}

} // namespace md::ui
