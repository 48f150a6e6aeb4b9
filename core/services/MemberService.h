// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Member.h"
#include "services/ServiceContext.h"

namespace md {

/// Why a member could not be saved: a sentence for the user, the field at fault, and — for a phone or
/// card that is taken — the member who already has it (so the counter can open that one instead).
struct MemberSaveError
{
    QString message;
    QString field; ///< "name", "phone", "card", "birthday", "referrer", "external_ref", "note" or empty
    qint64 existingMemberId = 0;
};

/// Registers and edits members. Every check happens before anything is written.
class MemberService
{
    Q_DECLARE_TR_FUNCTIONS(MemberService)
public:
    explicit MemberService(const ServiceContext& ctx) : m_ctx(ctx) {}

    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxNoteLength = 2000;

    bool add(const MemberInput& input, Member* created, MemberSaveError* error);
    bool update(qint64 id, const MemberInput& input, MemberSaveError* error);

    bool get(qint64 id, Member* member, QString* error = nullptr) const;
    /// 0 when no member has that card / phone (phone in any typed form).
    qint64 idByCard(const QString& card) const;
    qint64 idByPhone(const QString& phone) const;
    qint64 idByExternalRef(const QString& ref) const;

    /// Checks without saving (the registration dialog calls this as the clerk types).
    bool validate(const MemberInput& input, qint64 existingId, MemberSaveError* error) const;

private:
    bool insertRow(const MemberInput& input, const QString& phone, const QString& card, qint64* id,
                   MemberSaveError* error);
    QString nextGeneratedCard() const;
    bool wouldCreateReferralCycle(qint64 memberId, qint64 referrerId) const;

    ServiceContext m_ctx;
};

/// Reads one member row (shared with other services so the column list lives in one place).
bool loadMember(class Database& db, qint64 id, Member* member);

} // namespace md
