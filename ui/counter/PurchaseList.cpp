// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter/PurchaseList.h"

#include "common/Formatting.h"
#include "common/StatusMessage.h"
#include "counter/VoidPurchaseDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {
constexpr int kShownPurchases = 50;
}

PurchaseList::PurchaseList(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    m_table = new QTableWidget(0, 6);
    m_table->setObjectName(u"purchasesTableWidget"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Amount"), tr("Discount"), tr("Paid"), tr("Points"), tr("Status")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setMinimumSectionSize(
        m_table->fontMetrics().horizontalAdvance(u"¥0,000.00"_s) + 12);
    m_voidButton = new QPushButton(tr("&Void…"));
    m_voidButton->setObjectName(u"voidPushButton"_s);
    m_voidButton->setToolTip(
        tr("Reverse the selected purchase (a reversal is recorded, nothing is deleted)"));

    auto* title = new QLabel(tr("Latest purchases"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_voidButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PurchaseList::updateButtons);
    connect(m_voidButton, &QPushButton::clicked, this, &PurchaseList::askVoid);
    updateButtons();
}

void PurchaseList::setMember(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

void PurchaseList::reload()
{
    m_rows.clear();
    if (m_memberId > 0) {
        QString error;
        m_rows = MemberPurchases(m_ctx.db).recent(m_memberId, kShownPurchases, &error);
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const PurchaseRow& p = m_rows.at(row);
        const QStringList cells{
            dateTimeText(p.time),
            money(p.grossFen),
            p.discountFen > 0 ? money(p.discountFen) : QString(),
            money(p.paidFen) + (p.redeemedPoints > 0
                                    ? u" "_s + tr("(+%Ln point(s) used)", "", int(p.redeemedPoints))
                                    : QString()),
            p.pointsEarned > 0 ? u"+"_s + QLocale().toString(p.pointsEarned) : QString(),
            p.voided ? tr("Voided: %1").arg(p.voidReason) : tr("OK"),
        };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column >= 1 && column <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (p.voided) {
                QFont font = item->font();
                font.setStrikeOut(column < 5);
                item->setFont(font);
                item->setForeground(QColor(0x8a, 0x8f, 0x98));
            }
            m_table->setItem(row, column, item);
        }
    }
    updateButtons();
}

void PurchaseList::updateButtons()
{
    // Enabled while there is anything to void: with nothing chosen yet, it leads to the list.
    const bool any =
        std::any_of(m_rows.cbegin(), m_rows.cend(), [](const PurchaseRow& p) { return !p.voided; });
    m_voidButton->setEnabled(any);
}

void PurchaseList::askVoid()
{
    const int row = m_table->currentRow();
    const bool chosen = row >= 0 && row < m_rows.size() && m_table->selectionModel()->hasSelection();
    if (!chosen || m_rows.at(row).voided) {
        // Alt+V from the amount field: show where the choice is made instead of doing nothing (a disabled
        // button's key used to type a "v" into the amount).
        int newest = 0;
        while (newest < m_rows.size() && m_rows.at(newest).voided)
            ++newest;
        if (newest < m_rows.size()) {
            m_table->setFocus();
            m_table->selectRow(chosen ? row : newest);
        }
        showStatusMessage(window(),
                          chosen ? tr("That purchase is already voided.")
                                 : tr("Choose the purchase to void (↑/↓), then Alt+V again."),
                          8000);
        return;
    }
    auto* dialog = new VoidPurchaseDialog(m_rows.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const PurchaseRow purchase = m_rows.at(row);
    connect(dialog, &QDialog::accepted, this, [this, dialog, purchase] {
        VoidResult result;
        QString error;
        if (!PurchaseService(m_ctx).voidPurchase(purchase.id, dialog->reason(), &result, &error)) {
            QMessageBox::warning(this, tr("Void purchase"), error);
            return;
        }
        reload();
        emit voided(result, purchase);
    });
    dialog->open();
}

} // namespace md::ui
