// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace md::ui::BusyNotice {

/// Runs `work` on a worker thread while a small window says what is happening (a title, a sentence and a
/// busy bar; it cannot be closed), and returns once the work is done. For the long steps before the
/// first window: upgrading or checking a large database. `work` must not touch widgets or the caller's
/// database connections. `shown` (for tests) is called with the notice once it is visible.
/// `showAfterMs`: the notice appears only when the work is still running then, so that work which is
/// usually quick (a small shop's) does not flash a window.
void run(const QString& title, const QString& detail, const std::function<void()>& work,
         const std::function<void(QWidget* notice)>& shown = {}, int showAfterMs = 0);

} // namespace md::ui::BusyNotice
