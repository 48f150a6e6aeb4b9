// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightRfmTab.h"

#include "insight/InsightCharts.h"
#include "insight/InsightLabels.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// Texts here were InsightPage's before its tabs became classes of their own; they keep its translation
// context ("md::ui::InsightPage") so the existing translations still apply, hence
// QCoreApplication::translate rather than tr().

namespace md::ui {

using namespace insight;

InsightRfmTab::InsightRfmTab(QWidget* parent) : QWidget(parent)
{
    m_chart = new RfmChartView;
    m_advice = wrappedLabel(u"rfmAdviceLabel"_s);
    m_advice->setMinimumHeight(m_advice->fontMetrics().height() * 2 + 4);
    auto* hint = wrappedLabel(u"rfmHintLabel"_s, noteStyle());
    hint->setText(QCoreApplication::translate(
        "md::ui::InsightPage",
        "Members who bought in the window, scored 1–5 on how recently (R), how often (F) and how "
        "much (M) they bought. Click a bar (or use the arrow keys and Enter) to list its members."));
    connect(m_chart, &RfmChartView::segmentHovered, this, [this](RfmSegment s, bool entered) {
        if (entered)
            showAdvice(s);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_advice);
    layout->addWidget(hint);
}

void InsightRfmTab::showResult(const RfmResult& result)
{
    m_chart->setResult(result);
    m_advice->setText(QCoreApplication::translate("md::ui::InsightPage",
                                                  "Point at a bar to see what to do about its members."));
}

void InsightRfmTab::showAdvice(RfmSegment segment)
{
    m_advice->setText(
        u"<b>%1</b>: %2"_s.arg(Rfm::name(segment).toHtmlEscaped(), Rfm::advice(segment).toHtmlEscaped()));
}

} // namespace md::ui
