// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Money.h"
#include "services/ServiceContext.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QIcon>
#include <QString>

namespace md::ui {

/// "¥1,234.50" in the user's language.
QString money(Fen fen);
/// A short local date ("2026年3月15日" / "15 Mar 2026"); "—" when unknown.
QString dateText(const QDate& date);
QString dateTimeText(const QDateTime& time);
/// Owners see the whole number; clerks see 138****5678 (the privacy rule of the trust issue).
QString phoneFor(const QString& normalizedPhone, Role role);
/// Badge colours by tier rank: grey, silver, gold, diamond blue, then purple for extra tiers.
QColor tierColor(int tier);
/// Stylesheet for a rounded tier badge label.
QString tierBadgeStyle(int tier);
/// A small filled circle, the colour marker of list rows (care list kinds, timeline kinds).
QIcon dotIcon(const QColor& color);
/// Stylesheets for inline message labels.
QString errorLabelStyle();
QString successLabelStyle();

} // namespace md::ui
