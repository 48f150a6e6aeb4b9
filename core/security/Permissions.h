// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ServiceContext.h"

#include <QString>

namespace md {

/// What a role may do. Core services refuse what is not allowed; the GUI asks the same question to hide
/// what would be refused.
enum class Permission
{
    ManageUsers,      ///< add clerks, reset secrets, disable accounts
    ChangeRules,      ///< the loyalty programme
    AdjustPoints,     ///< manual points corrections
    ExportData,       ///< CSV exports
    DeleteMember,     ///< delete or anonymise a member
    ViewAuditLog,     ///< browse the audit log
    ManualBackup,     ///< write a backup to a chosen file (a full copy of every member's data)
    ConfigureBackups, ///< choose the automatic backup folder
    RestoreBackup,    ///< replace the database with a backup
    OwnerReports,     ///< monthly reports, CLV, segments with money figures
    SeeFullPhone,     ///< phone numbers unmasked outside registration
    PlanEvents,       ///< create, edit and delete VIP events, invite guests, see an event's return
};

namespace Permissions {
bool allows(Role role, Permission permission);
/// Like requireOwner(): false with a sentence in *error when the acting user may not do this.
bool require(const ServiceContext& ctx, Permission permission, QString* error);

/// Whether a phone number is shown masked (138****5678) to `role`. Clerks see the full number only while
/// registering or editing a member (to read it back to the customer); owners always see it.
bool phoneMasked(Role role, bool registering = false);
/// `normalizedPhone` as `role` may see it (masked or not); empty stays empty.
QString phoneForDisplay(const QString& normalizedPhone, Role role, bool registering = false);
} // namespace Permissions

} // namespace md
