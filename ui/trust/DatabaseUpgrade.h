// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace md::ui {

/// A database from an older release is upgraded when it is opened. At a million members an upgrade can
/// rebuild an index of every purchase (about 30 s), so the GUI does it on a worker thread behind a notice
/// instead of showing nothing until the counter appears.
namespace DatabaseUpgrade {
/// Upgrades the file when that is due (Database::upgradeDue), showing the notice meanwhile; `shown` (for
/// tests) is called with the notice once it is visible. True when nothing was due or the upgrade succeeded;
/// otherwise `error` gets the reason, and the file is as it was before the step that failed.
bool run(const QString& path, QString* error, const std::function<void(QWidget* notice)>& shown = {});
} // namespace DatabaseUpgrade

} // namespace md::ui
