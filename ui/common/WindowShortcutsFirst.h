// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace md::ui {

/// Lets a window's own shortcuts win over a text field's editing keys. On X11 a line edit takes Ctrl+E
/// ("end of line") before the window sees it, so the counter's "Edit member (Ctrl+E)" did nothing while
/// the cursor was in the search or amount field, which at the counter is always. Only key combinations
/// with Ctrl, Alt or Meta that one of the window's enabled actions has are taken from the field: typing,
/// and editing keys the window does not use (Ctrl+A, Ctrl+C…), stay with it.
class WindowShortcutsFirst : public QObject
{
public:
    /// Watches the application for `window` (and is deleted with it).
    explicit WindowShortcutsFirst(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
};

} // namespace md::ui
