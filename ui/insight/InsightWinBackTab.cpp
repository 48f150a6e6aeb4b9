// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightWinBackTab.h"

#include "common/Formatting.h"
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

InsightWinBackTab::InsightWinBackTab(QWidget* parent) : QWidget(parent)
{
    m_headline = wrappedLabel(u"winBackHeadlineLabel"_s, headlineStyle());
    m_detail = wrappedLabel(u"winBackDetailLabel"_s);
    m_detail->setTextFormat(Qt::RichText);
    m_button = new QPushButton(QCoreApplication::translate("md::ui::InsightPage", "Show the win-back &list"));
    m_button->setObjectName(u"winBackPushButton"_s);
    connect(m_button, &QPushButton::clicked, this, &InsightWinBackTab::listRequested);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addSpacing(8);
    layout->addWidget(m_detail);
    layout->addSpacing(8);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_button);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
}

void InsightWinBackTab::showResult(const InsightSnapshot& s)
{
    const QLocale locale;
    if (s.clvOk) {
        m_headline->setText(QCoreApplication::translate(
            "md::ui::InsightPage", "%Ln valuable member(s) have probably stopped coming.", "",
            int(s.winBack.size())));
        const QString detail =
            QCoreApplication::translate(
                "md::ui::InsightPage",
                "<p><b>Valuable</b>: they spent at least as much as the top 20 % of customers so far. "
                "<b>Probably stopped</b>: the chance that they are still your customers, judged from each "
                "one's "
                "own rhythm of visits, is below %1.</p>")
                .arg(locale.toString(qRound(s.pAliveThreshold * 100)) + locale.percent()) +
            u"<p>"_s +
            QCoreApplication::translate("md::ui::InsightPage",
                                        "Left alone, they are expected to spend %1 in the next %Ln week(s) "
                                        "(expected visits × expected "
                                        "spend per visit); won back, about %2.",
                                        "", s.horizonWeeks)
                .arg(money(s.winBackValueFen), money(s.winBackIfWonFen)) +
            u"</p><p style=\"color:#555\">"_s +
            QCoreApplication::translate(
                "md::ui::InsightPage",
                "Models: BG/NBD on %L1 customers (%L2 came back) and Gamma-Gamma spend, up to %3.")
                .arg(s.purchases.customers)
                .arg(s.purchases.repeatCustomers)
                .arg(dateText(s.window.asOf)) +
            u"</p>"_s;
        m_detail->setText(detail);
        m_button->setEnabled(!s.winBack.isEmpty());
    } else {
        m_headline->setText(QCoreApplication::translate("md::ui::InsightPage", "No win-back list yet"));
        m_detail->setText(s.clvMessage.toHtmlEscaped());
        m_button->setEnabled(false);
    }
}

} // namespace md::ui
