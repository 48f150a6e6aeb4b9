// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightParetoTab.h"

#include "common/Formatting.h"
#include "insight/InsightCharts.h"
#include "insight/InsightLabels.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Texts here were InsightPage's before its tabs became classes of their own; they keep its translation
// context ("md::ui::InsightPage") so the existing translations still apply, hence
// QCoreApplication::translate rather than tr().

namespace md::ui {

using namespace insight;

InsightParetoTab::InsightParetoTab(QWidget* parent) : QWidget(parent)
{
    m_headline = wrappedLabel(u"paretoLabel"_s, headlineStyle());
    m_detail = wrappedLabel(u"paretoDetailLabel"_s, noteStyle());
    m_chart = new ParetoChartView;
    connect(m_chart, &ParetoChartView::clicked, this, &InsightParetoTab::topRequested);
    m_topButton = new QPushButton;
    m_topButton->setObjectName(u"topPushButton"_s);
    connect(m_topButton, &QPushButton::clicked, this, &InsightParetoTab::topRequested);
    m_vipButton = new QPushButton;
    m_vipButton->setObjectName(u"vipPushButton"_s);
    connect(m_vipButton, &QPushButton::clicked, this, &InsightParetoTab::potentialVipsRequested);
    m_vipNote = wrappedLabel(u"vipNoteLabel"_s, noteStyle());
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_topButton);
    buttons->addWidget(m_vipButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    layout->addWidget(m_chart, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_vipNote);
}

QString InsightParetoTab::headline() const
{
    return m_headline->text();
}

QString InsightParetoTab::vipNote() const
{
    return m_vipNote->text();
}

void InsightParetoTab::showResult(const InsightSnapshot& s, const LoyaltyRules& rules)
{
    const QLocale locale;
    m_chart->setVisible(s.hasSpend);
    m_topButton->setEnabled(s.hasSpend);
    m_vipButton->setEnabled(s.hasSpend && !s.potentialVips.isEmpty());
    if (s.hasSpend) {
        m_headline->setText(
            QCoreApplication::translate("md::ui::InsightPage", "The top 20 % of members bring %1 % of sales")
                .arg(locale.toString(qRound(s.pareto.topShare * 100))));
        m_detail->setText(
            QCoreApplication::translate("md::ui::InsightPage",
                                        "%Ln member(s) out of %L2 who paid spent %3 of %4 in the window.", "",
                                        s.pareto.topCount)
                .arg(s.pareto.ranked.size())
                .arg(money(s.pareto.topSpendFen), money(s.pareto.totalSpendFen)));
        m_chart->setResult(s.pareto);
        m_topButton->setText(QCoreApplication::translate("md::ui::InsightPage", "List the top 20 % (%L1)")
                                 .arg(s.pareto.topCount));
        m_vipButton->setText(QCoreApplication::translate("md::ui::InsightPage", "Potential VIPs (%L1)")
                                 .arg(s.potentialVips.size()));
        const int firstTop = Pareto::defaultFirstTopTier(int(rules.tiers.size()));
        m_vipNote->setText(
            QCoreApplication::translate("md::ui::InsightPage",
                                        "Potential VIPs are among the top 20 % but below %1: invite them to "
                                        "move up.")
                .arg(rules.tierDisplayName(firstTop)));
    } else {
        m_headline->setText(s.paretoMessage);
        m_detail->clear();
        m_topButton->setText(QCoreApplication::translate("md::ui::InsightPage", "List the top 20 %"));
        m_vipButton->setText(QCoreApplication::translate("md::ui::InsightPage", "Potential VIPs"));
        m_vipNote->clear();
    }
}

} // namespace md::ui
