// SPDX-License-Identifier: GPL-3.0-or-later
#include "Permissions.h"

#include "domain/PhoneNumber.h"

namespace md::Permissions {

bool allows(Role role, Permission permission)
{
    if (role == Role::Owner)
        return true;
    // Clerks run the counter: search, register, record and void purchases, and nothing on this list.
    switch (permission) {
    case Permission::ManageUsers:
    case Permission::ChangeRules:
    case Permission::AdjustPoints:
    case Permission::ExportData:
    case Permission::DeleteMember:
    case Permission::ViewAuditLog:
    case Permission::ManualBackup:
    case Permission::ConfigureBackups:
    case Permission::RestoreBackup:
    case Permission::OwnerReports:
    case Permission::SeeFullPhone:
    case Permission::PlanEvents:
        return false;
    }
    return false;
}

bool require(const ServiceContext& ctx, Permission permission, QString* error)
{
    if (allows(ctx.actor.role, permission))
        return true;
    return requireOwner(ctx, error); // same refusal sentence everywhere
}

bool phoneMasked(Role role, bool registering)
{
    return !registering && !allows(role, Permission::SeeFullPhone);
}

QString phoneForDisplay(const QString& normalizedPhone, Role role, bool registering)
{
    if (normalizedPhone.isEmpty())
        return normalizedPhone;
    return phoneMasked(role, registering) ? PhoneNumber::mask(normalizedPhone) : normalizedPhone;
}

} // namespace md::Permissions
