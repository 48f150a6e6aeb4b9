// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/ServiceContext.h"

namespace md {

/// The loyalty programme in force. Reading parses one small stored document; changing it is owner-only,
/// validated as a whole and recorded in rules_history and the audit log — past purchases keep what they
/// earned.
class RulesService
{
    Q_DECLARE_TR_FUNCTIONS(RulesService)
public:
    explicit RulesService(const ServiceContext& ctx) : m_ctx(ctx) {}
    LoyaltyRules current() const;
    bool set(const LoyaltyRules& rules, QString* error);
    bool setFromJson(const QByteArray& json, QString* error);

    static constexpr const char16_t* kSettingsKey = u"rules";

private:
    ServiceContext m_ctx;
};

} // namespace md
