// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WindowShortcutsFirst.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace md::ui {

WindowShortcutsFirst::WindowShortcutsFirst(QWidget* window) : QObject(window), m_window(window)
{
    qApp->installEventFilter(this);
}

bool WindowShortcutsFirst::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    auto* widget = static_cast<QWidget*>(watched);
    if (widget->window() != m_window)
        return false;
    if (!qobject_cast<QLineEdit*>(widget) && !qobject_cast<QAbstractSpinBox*>(widget) &&
        !qobject_cast<QTextEdit*>(widget) && !qobject_cast<QPlainTextEdit*>(widget))
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (!(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    const QKeySequence pressed(key->keyCombination());
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        // Not accepted here, the override lets the window's shortcut run instead of the field's key.
        if (action->isEnabled() && action->shortcuts().contains(pressed))
            return true;
    }
    return false;
}

} // namespace md::ui
