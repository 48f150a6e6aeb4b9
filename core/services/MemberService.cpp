// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberService.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "services/AuditLog.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
const QString kMemberColumns = u"id, card, name, phone, gender, birthday, referrer_id, consent, consent_at, "
                               "external_ref, note, tier, tier_since, points, visits, paid_total_fen, "
                               "first_visit, last_visit, created_at, updated_at, anonymized_at"_s;

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

qint64 scalarId(Database& db, const QString& sql, const QVariant& value)
{
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(value);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}
} // namespace

bool loadMember(Database& db, qint64 id, Member* m)
{
    // Prepared once per connection: the counter loads a member on every selection and every sale.
    QSqlQuery* cached =
        Sql::cached(db, u"SELECT "_s + kMemberColumns + u" FROM members WHERE id = ?"_s, {id});
    if (!cached)
        return false;
    QSqlQuery& q = *cached;
    struct Finish
    {
        QSqlQuery& q;
        ~Finish() { q.finish(); }
    } finish{q};
    if (!q.next())
        return false;
    m->id = q.value(0).toLongLong();
    m->card = q.value(1).toString();
    m->name = q.value(2).toString();
    m->phone = q.value(3).toString();
    m->gender = genderFromCode(q.value(4).toString());
    m->birthday = fromStoredDate(q.value(5).toString());
    m->referrerId = q.value(6).toLongLong();
    m->consent = q.value(7).toInt() != 0;
    m->consentAt = fromStoredTime(q.value(8).toString());
    m->externalRef = q.value(9).toString();
    m->note = q.value(10).toString();
    m->tier = q.value(11).toInt();
    m->tierSince = fromStoredDate(q.value(12).toString());
    m->points = q.value(13).toLongLong();
    m->visits = q.value(14).toInt();
    m->paidTotalFen = q.value(15).toLongLong();
    m->firstVisit = fromStoredTime(q.value(16).toString());
    m->lastVisit = fromStoredTime(q.value(17).toString());
    m->createdAt = fromStoredTime(q.value(18).toString());
    m->updatedAt = fromStoredTime(q.value(19).toString());
    m->anonymized = !q.value(20).isNull();
    return true;
}

bool MemberService::get(qint64 id, Member* member, QString* error) const
{
    if (loadMember(m_ctx.db, id, member))
        return true;
    if (error)
        *error = tr("There is no member with number %1.").arg(id);
    return false;
}

qint64 MemberService::idByCard(const QString& card) const
{
    QString normalized;
    if (!CardNumber::normalize(card, &normalized))
        return 0;
    return scalarId(m_ctx.db, u"SELECT id FROM members WHERE card = ?"_s, normalized);
}

qint64 MemberService::idByPhone(const QString& phone) const
{
    const QString digits = PhoneNumber::normalize(phone);
    if (digits.isEmpty())
        return 0;
    return scalarId(m_ctx.db, u"SELECT id FROM members WHERE phone = ?"_s, digits);
}

qint64 MemberService::idByExternalRef(const QString& ref) const
{
    if (ref.trimmed().isEmpty())
        return 0;
    return scalarId(m_ctx.db, u"SELECT id FROM members WHERE external_ref = ?"_s, ref.trimmed());
}

bool MemberService::wouldCreateReferralCycle(qint64 memberId, qint64 referrerId) const
{
    // Walk up the referral chain from the proposed referrer; reaching the member means a loop.
    qint64 current = referrerId;
    for (int depth = 0; current > 0 && depth < 10000; ++depth) {
        if (current == memberId)
            return true;
        current = scalarId(m_ctx.db, u"SELECT COALESCE(referrer_id, 0) FROM members WHERE id = ?"_s, current);
    }
    return false;
}

bool MemberService::validate(const MemberInput& input, qint64 existingId, MemberSaveError* error) const
{
    auto fail = [&](const QString& field, const QString& message, qint64 other = 0) {
        if (error)
            *error = {message, field, other};
        return false;
    };
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return fail(u"name"_s, tr("Enter the member's name."));
    if (name.size() > kMaxNameLength)
        return fail(u"name"_s, tr("The name is longer than %Ln character(s).", "", kMaxNameLength));
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return fail(u"name"_s, tr("The name contains control characters."));
    }
    if (!input.phone.trimmed().isEmpty()) {
        QString phone, phoneError;
        if (!PhoneNumber::validate(input.phone, &phone, &phoneError))
            return fail(u"phone"_s, phoneError);
        const qint64 owner = idByPhone(phone);
        if (owner != 0 && owner != existingId) {
            Member other;
            loadMember(m_ctx.db, owner, &other);
            return fail(u"phone"_s,
                        tr("The phone number %1 already belongs to %2 (card %3).")
                            .arg(PhoneNumber::mask(phone), other.name, other.card),
                        owner);
        }
    }
    if (!input.card.trimmed().isEmpty()) {
        QString card, cardError;
        if (!CardNumber::normalize(input.card, &card, &cardError))
            return fail(u"card"_s, cardError);
        if (CardNumber::looksMistyped(card))
            return fail(
                u"card"_s,
                tr("The card number %1 has a wrong check digit: it was probably mistyped.").arg(card));
        const qint64 owner = idByCard(card);
        if (owner != 0 && owner != existingId) {
            Member other;
            loadMember(m_ctx.db, owner, &other);
            return fail(u"card"_s, tr("The card %1 already belongs to %2.").arg(card, other.name), owner);
        }
    }
    if (input.birthday.isValid()) {
        if (input.birthday > m_ctx.clock.today())
            return fail(u"birthday"_s, tr("The birthday is in the future."));
        if (input.birthday.year() < 1900)
            return fail(u"birthday"_s, tr("The birthday is before 1900."));
    }
    if (input.referrerId != 0) {
        if (input.referrerId == existingId)
            return fail(u"referrer"_s, tr("A member cannot refer themselves."));
        Member referrer;
        if (!loadMember(m_ctx.db, input.referrerId, &referrer))
            return fail(u"referrer"_s,
                        tr("There is no member with number %1 to be the referrer.").arg(input.referrerId));
        if (existingId != 0 && wouldCreateReferralCycle(existingId, input.referrerId))
            return fail(u"referrer"_s,
                        tr("%1 was referred (directly or not) by this member: referrals cannot "
                           "go round in a circle.")
                            .arg(referrer.name));
    }
    if (!input.externalRef.trimmed().isEmpty()) {
        if (input.externalRef.trimmed().size() > 64)
            return fail(u"external_ref"_s, tr("The external reference is longer than 64 characters."));
        const qint64 owner = idByExternalRef(input.externalRef);
        if (owner != 0 && owner != existingId)
            return fail(u"external_ref"_s,
                        tr("The external reference %1 is already used by member %2.")
                            .arg(input.externalRef.trimmed())
                            .arg(owner),
                        owner);
    }
    if (input.note.size() > kMaxNoteLength)
        return fail(u"note"_s, tr("The note is longer than %Ln character(s).", "", kMaxNoteLength));
    return true;
}

QString MemberService::nextGeneratedCard() const
{
    QSqlQuery q(m_ctx.db.sql());
    q.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM members"_s);
    qint64 sequence = q.next() ? q.value(0).toLongLong() : 1;
    q.finish();
    // Imported cards may already use generated-looking numbers: step past any that are taken.
    for (;; ++sequence) {
        const QString card = CardNumber::generate(sequence);
        if (idByCard(card) == 0)
            return card;
    }
}

bool MemberService::insertRow(const MemberInput& input, const QString& phone, const QString& card, qint64* id,
                              MemberSaveError* error)
{
    const QString now = toStoredTime(m_ctx.clock.now());
    const QString name = input.name.trimmed();
    QSqlQuery q(m_ctx.db.sql());
    QString sqlError;
    if (!Sql::prepare(
            q,
            u"INSERT INTO members(card, name, name_key, phone, phone_rev, gender, birthday, referrer_id, "
            "consent, consent_at, external_ref, note, tier, tier_since, created_at, updated_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)"_s,
            &sqlError)) {
        *error = {sqlError, {}, 0};
        return false;
    }
    q.addBindValue(card);
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(nullIfEmpty(phone));
    q.addBindValue(nullIfEmpty(PhoneNumber::reversed(phone)));
    q.addBindValue(genderCode(input.gender));
    q.addBindValue(input.birthday.isValid() ? QVariant(toStoredDate(input.birthday)) : QVariant());
    q.addBindValue(input.referrerId > 0 ? QVariant(input.referrerId) : QVariant());
    q.addBindValue(input.consent ? 1 : 0);
    q.addBindValue(input.consent ? QVariant(now) : QVariant());
    q.addBindValue(nullIfEmpty(input.externalRef.trimmed()));
    q.addBindValue(Sql::text(input.note.trimmed()));
    q.addBindValue(toStoredDate(m_ctx.clock.today()));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!Sql::exec(q, &sqlError)) {
        *error = {tr("The member was not saved: %1").arg(sqlError), {}, 0};
        return false;
    }
    *id = q.lastInsertId().toLongLong();
    return true;
}

bool MemberService::add(const MemberInput& input, Member* created, MemberSaveError* error)
{
    MemberSaveError local;
    MemberSaveError* err = error ? error : &local;
    if (!validate(input, 0, err))
        return false;
    QString phone;
    if (!input.phone.trimmed().isEmpty())
        PhoneNumber::validate(input.phone, &phone);
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *err = {tx.error(), {}, 0};
        return false;
    }
    QString card;
    if (input.card.trimmed().isEmpty())
        card = nextGeneratedCard();
    else
        CardNumber::normalize(input.card, &card);
    qint64 id = 0;
    if (!insertRow(input, phone, card, &id, err))
        return false;
    // The first note opens the note history the member's timeline shows.
    QString auditError;
    if (!input.note.trimmed().isEmpty() && !AuditLog::record(m_ctx, u"member.note"_s, u"member:%1"_s.arg(id),
                                                             input.note.trimmed(), &auditError)) {
        *err = {tr("The member was not saved: %1").arg(auditError), {}, 0};
        return false;
    }
    QString commitError;
    if (!tx.commit(&commitError)) {
        *err = {commitError, {}, 0};
        return false;
    }
    if (created)
        loadMember(m_ctx.db, id, created);
    return true;
}

bool MemberService::update(qint64 id, const MemberInput& input, MemberSaveError* error)
{
    MemberSaveError local;
    MemberSaveError* err = error ? error : &local;
    Member current;
    if (!loadMember(m_ctx.db, id, &current)) {
        *err = {tr("There is no member with number %1.").arg(id), {}, 0};
        return false;
    }
    if (current.anonymized) {
        *err = {tr("This member was anonymised on request and can no longer be edited."), {}, 0};
        return false;
    }
    if (!validate(input, id, err))
        return false;
    QString phone;
    if (!input.phone.trimmed().isEmpty())
        PhoneNumber::validate(input.phone, &phone);
    QString card = current.card;
    if (!input.card.trimmed().isEmpty())
        CardNumber::normalize(input.card, &card);
    const QString now = toStoredTime(m_ctx.clock.now());
    const QString name = input.name.trimmed();
    // Consent keeps the moment it was first given; withdrawing clears it.
    QVariant consentAt;
    if (input.consent)
        consentAt = current.consent ? QVariant(toStoredTime(current.consentAt)) : QVariant(now);

    Transaction tx(m_ctx.db);
    QString sqlError;
    if (!tx.isActive()) {
        *err = {tx.error(), {}, 0};
        return false;
    }
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(
            q,
            u"UPDATE members SET card=?, name=?, name_key=?, phone=?, phone_rev=?, gender=?, birthday=?, "
            "referrer_id=?, consent=?, consent_at=?, external_ref=?, note=?, updated_at=? WHERE id=?"_s,
            &sqlError)) {
        *err = {sqlError, {}, 0};
        return false;
    }
    q.addBindValue(card);
    q.addBindValue(name);
    q.addBindValue(name.toLower());
    q.addBindValue(nullIfEmpty(phone));
    q.addBindValue(nullIfEmpty(PhoneNumber::reversed(phone)));
    q.addBindValue(genderCode(input.gender));
    q.addBindValue(input.birthday.isValid() ? QVariant(toStoredDate(input.birthday)) : QVariant());
    q.addBindValue(input.referrerId > 0 ? QVariant(input.referrerId) : QVariant());
    q.addBindValue(input.consent ? 1 : 0);
    q.addBindValue(consentAt);
    q.addBindValue(nullIfEmpty(input.externalRef.trimmed()));
    q.addBindValue(Sql::text(input.note.trimmed()));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!Sql::exec(q, &sqlError)) {
        *err = {tr("The member was not saved: %1").arg(sqlError), {}, 0};
        return false;
    }
    // Note changes are part of the member's history (the timeline shows them).
    if (input.note.trimmed() != current.note &&
        !AuditLog::record(m_ctx, u"member.note"_s, u"member:%1"_s.arg(id), input.note.trimmed(), &sqlError)) {
        *err = {tr("The member was not saved: %1").arg(sqlError), {}, 0};
        return false;
    }
    if (!tx.commit(&sqlError)) {
        *err = {sqlError, {}, 0};
        return false;
    }
    return true;
}

} // namespace md
