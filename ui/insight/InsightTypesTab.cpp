// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightTypesTab.h"

#include "common/Formatting.h"
#include "insight/InsightCharts.h"
#include "insight/InsightLabels.h"
#include "insight/InsightThresholdEditor.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Texts here were InsightPage's before its tabs became classes of their own; they keep its translation
// context ("md::ui::InsightPage") so the existing translations still apply, hence
// QCoreApplication::translate rather than tr().

namespace md::ui {

using namespace insight;

InsightTypesTab::InsightTypesTab(bool canEditThresholds, QWidget* parent) : QWidget(parent)
{
    m_chart = new QuadrantChartView;
    connect(m_chart, &QuadrantChartView::typeClicked, this, &InsightTypesTab::typeChosen);
    m_thresholds = wrappedLabel(u"thresholdsLabel"_s, noteStyle());

    // The owner may move the two lines of the quadrant; unset, they are the window's medians.
    m_editor = new InsightThresholdEditor;
    // Core refuses anyone else (Permission::OwnerReports); the screen does not offer it.
    m_editor->setVisible(canEditThresholds);
    m_table = new QTableWidget(kLoyaltyTypeCount, 4);
    m_table->setObjectName(u"typeTableWidget"_s);
    m_table->setHorizontalHeaderLabels({QCoreApplication::translate("md::ui::InsightPage", "Type"),
                                        QCoreApplication::translate("md::ui::InsightPage", "Members"),
                                        QCoreApplication::translate("md::ui::InsightPage", "Spent"),
                                        QCoreApplication::translate("md::ui::InsightPage", "What to do")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::cellClicked, this,
            [this](int row, int) { emit typeChosen(LoyaltyTypes::types().value(row)); });
    connect(m_table, &QTableWidget::cellActivated, this,
            [this](int row, int) { emit typeChosen(LoyaltyTypes::types().value(row)); });
    auto* layout = new QVBoxLayout(this);
    m_chart->setMinimumHeight(220);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_thresholds);
    layout->addWidget(m_editor);
    layout->addWidget(m_table);
}

void InsightTypesTab::showResult(const LoyaltyTypesResult& types, const LoyaltyTypeOptions& chosen)
{
    const QLocale locale;
    m_chart->setResult(types);

    const QString profit = money(types.profitThresholdFen);
    const QString loyalty = locale.toString(types.loyaltyThreshold, 'f', 1);
    QStringList sentences;
    sentences << (chosen.profitThresholdFen
                      ? QCoreApplication::translate("md::ui::InsightPage",
                                                    "Profitable: more than %1 profit in the window (your "
                                                    "threshold).")
                            .arg(profit)
                      : QCoreApplication::translate("md::ui::InsightPage",
                                                    "Profitable: more than %1 profit in the window (the "
                                                    "median).")
                            .arg(profit));
    sentences << (chosen.loyaltyThreshold
                      ? QCoreApplication::translate("md::ui::InsightPage",
                                                    "Loyal: a loyalty score above %1 (your threshold).")
                            .arg(loyalty)
                      : QCoreApplication::translate("md::ui::InsightPage",
                                                    "Loyal: a loyalty score above %1 (the median).")
                            .arg(loyalty));
    sentences << QCoreApplication::translate("md::ui::InsightPage",
                                             "Click a quadrant or a row to list its members.");
    m_thresholds->setText(sentences.join(u' '));
    m_editor->showThresholds(types, chosen);

    for (LoyaltyType t : LoyaltyTypes::types()) {
        const int row = int(t);
        auto* name = new QTableWidgetItem(LoyaltyTypes::name(t));
        name->setForeground(QuadrantChartView::typeColor(t));
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        m_table->setItem(row, 0, name);
        auto* count = new QTableWidgetItem(locale.toString(types.counts[size_t(t)]));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
        auto* paid = new QTableWidgetItem(money(types.paidFen[size_t(t)]));
        paid->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, paid);
        m_table->setItem(row, 3, new QTableWidgetItem(LoyaltyTypes::treatment(t)));
    }
    fitTable();
}

void InsightTypesTab::selectType(LoyaltyType type)
{
    m_table->selectRow(int(type));
}

void InsightTypesTab::fitTable()
{
    // As tall as its four rows at the current width (the treatments wrap): the rest goes to the chart.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < kLoyaltyTypeCount; ++row)
        height += m_table->rowHeight(row);
    if (m_table->height() != height)
        m_table->setFixedHeight(height);
}

bool InsightTypesTab::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        if (resize->size().width() != resize->oldSize().width())
            QTimer::singleShot(0, this, &InsightTypesTab::fitTable);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace md::ui
