// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QString;
class QWidget;

namespace md::ui {

/// Shows `text` in the status bar of `window` when it is a main window (background jobs report there);
/// an empty text takes the job's message away. Nothing when `window` is null.
void showStatusMessage(QWidget* window, const QString& text, int timeoutMs);

} // namespace md::ui
