// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/KpiTile.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace md::ui {

KpiTile::KpiTile(const QString& title, QWidget* parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(
        u"md--ui--KpiTile { background: #ffffff; border: 1px solid #d5dbe3; border-radius: 6px; }"_s);
    m_title = new QLabel(title);
    m_title->setObjectName(u"title"_s);
    m_title->setStyleSheet(u"color: #55606e;"_s);
    m_title->setWordWrap(true);
    m_value = new QLabel(u"—"_s);
    m_value->setObjectName(u"value"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_previous = new QLabel;
    m_previous->setObjectName(u"previous"_s);
    m_lastYear = new QLabel;
    m_lastYear->setObjectName(u"lastYear"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_previous);
    layout->addWidget(m_lastYear);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

QString KpiTile::change(std::optional<double> current, std::optional<double> basis, bool rate, int* direction)
{
    if (direction)
        *direction = 0;
    if (!current || !basis)
        return u"—"_s;
    const QLocale locale;
    double delta = 0;
    QString unit;
    if (rate) {
        delta = (*current - *basis) * 100.0;
        unit = tr("pt", "percentage points");
    } else {
        if (*basis == 0)
            return u"—"_s;
        delta = (*current - *basis) / std::abs(*basis) * 100.0;
        unit = u"%"_s;
    }
    const double shown = std::round(delta * 10.0) / 10.0;
    QString arrow = u"="_s;
    if (shown > 0) {
        arrow = u"▲"_s;
        if (direction)
            *direction = 1;
    } else if (shown < 0) {
        arrow = u"▼"_s;
        if (direction)
            *direction = -1;
    }
    return u"%1 %2 %3"_s.arg(arrow, locale.toString(std::abs(shown), 'f', 1), unit);
}

void KpiTile::setComparison(QLabel* label, const QString& caption, std::optional<double> current,
                            std::optional<double> basis, bool rate)
{
    int direction = 0;
    const QString text = change(current, basis, rate, &direction);
    label->setText(caption.arg(text));
    const char* color = direction > 0 ? "#1e8449" : direction < 0 ? "#c0392b" : "#6b7480";
    label->setStyleSheet(u"color: %1;"_s.arg(QLatin1String(color)));
}

void KpiTile::setFigure(const QString& value, std::optional<double> current, std::optional<double> previous,
                        std::optional<double> lastYear, bool rate)
{
    m_value->setText(value);
    setComparison(m_previous, tr("%1 vs last month"), current, previous, rate);
    setComparison(m_lastYear, tr("%1 vs last year"), current, lastYear, rate);
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::previousText() const
{
    return m_previous->text();
}

QString KpiTile::lastYearText() const
{
    return m_lastYear->text();
}

} // namespace md::ui
