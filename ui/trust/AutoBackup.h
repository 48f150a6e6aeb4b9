// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

class QWidget;

namespace md::ui {

/// The automatic backup (BackupService::runAutomatic into the configured folder) with the GUI around it:
/// a busy cursor while it runs, and a warning when it fails. On exit the warning closes by itself after
/// kExitWarningSeconds, so a missing USB stick never keeps the program from closing.
namespace AutoBackup {
constexpr int kExitWarningSeconds = 30;
enum class When
{
    Daily,
    OnExit,
};
/// Runs today's backup when `when` is OnExit, or when none exists yet today (Daily). Returns true when a
/// good backup of today exists afterwards; `error` gets the reason otherwise. `warn`: show a failure.
bool run(const ServiceContext& ctx, When when, QWidget* parent, QString* error = nullptr, bool warn = true);
} // namespace AutoBackup

} // namespace md::ui
