// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QString>

// The label styles of the Insight page, shared by the page and its tabs (InsightPage.cpp, Insight*Tab.cpp)
// so the headlines and notes of every tab look alike.
namespace md::ui::insight {

inline QLabel* wrappedLabel(const QString& objectName, const QString& style = QString())
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (!style.isEmpty())
        label->setStyleSheet(style);
    return label;
}

inline QString headlineStyle()
{
    return QStringLiteral("QLabel { font-size: 17px; font-weight: bold; }");
}

inline QString noteStyle()
{
    return QStringLiteral("QLabel { color: #555; }");
}

} // namespace md::ui::insight
