// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LoyaltyRules.h"
#include "services/ServiceContext.h"

#include <QDateTime>

namespace md {

/// One change of the programme, as recorded in rules_history.
struct RulesChange
{
    qint64 id = 0;
    QDateTime time;
    qint64 userId = 0; ///< 0: the shop itself (no account)
    QString userName;  ///< empty when userId is 0 or the account is gone
    QString oldDoc;    ///< empty for the first change
    QString newDoc;
};

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
    /// The rules document of `rules show`, whole or in part: keys left out keep their current values.
    bool setFromJson(const QByteArray& json, QString* error);
    /// The recorded changes, newest first (at most `limit`).
    QVector<RulesChange> history(int limit = 50) const;

    static constexpr const char16_t* kSettingsKey = u"rules";

private:
    ServiceContext m_ctx;
};

} // namespace md
