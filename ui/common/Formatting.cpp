// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Formatting.h"
#include "common/LocaleFormat.h"

#include "security/Permissions.h"

#include "domain/PhoneNumber.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace md::ui {

QString money(Fen fen)
{
    return formatYuan(fen, QLocale());
}

QString dateText(const QDate& date)
{
    if (!date.isValid())
        return u"—"_s;
    return localDateText(QLocale(), date);
}

QString dateTimeText(const QDateTime& time)
{
    if (!time.isValid())
        return u"—"_s;
    return localDateTimeText(QLocale(), time);
}

QString phoneFor(const QString& normalizedPhone, Role role)
{
    if (normalizedPhone.isEmpty())
        return u"—"_s;
    return Permissions::phoneForDisplay(normalizedPhone, role);
}

QColor tierColor(int tier)
{
    static const QColor colors[] = {QColor(0x75, 0x7d, 0x87), QColor(0x8a, 0x9b, 0xae),
                                    QColor(0xc2, 0x9a, 0x1c), QColor(0x2f, 0x7c, 0xc4),
                                    QColor(0x7b, 0x4f, 0xb5)};
    return colors[qBound(0, tier, 4)];
}

QString tierBadgeStyle(int tier)
{
    return u"QLabel { background: %1; color: white; border-radius: 9px; padding: 2px 10px; font-weight: bold; }"_s
        .arg(tierColor(tier).name());
}

QIcon dotIcon(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(color);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

QString errorLabelStyle()
{
    return u"QLabel { background: #fdecec; color: #8a1c1c; padding: 6px; border-radius: 4px; }"_s;
}

QString successLabelStyle()
{
    return u"QLabel { background: #e7f6ec; color: #14532d; padding: 6px; border-radius: 4px; }"_s;
}

} // namespace md::ui
