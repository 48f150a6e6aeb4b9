// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceContext.h"

namespace md {

bool requireOwner(const ServiceContext& ctx, QString* error)
{
    if (ctx.actor.role == Role::Owner)
        return true;
    if (error)
        *error = QCoreApplication::translate("Permissions", "Only the owner may do this. Ask the owner to sign in.");
    return false;
}

} // namespace md
