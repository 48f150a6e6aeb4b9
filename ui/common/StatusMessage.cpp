// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/StatusMessage.h"

#include <QMainWindow>
#include <QStatusBar>

namespace md::ui {

void showStatusMessage(QWidget* window, const QString& text, int timeoutMs)
{
    if (auto* main = qobject_cast<QMainWindow*>(window))
        main->statusBar()->showMessage(text, timeoutMs);
}

} // namespace md::ui
