// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberImporter.h"

#include "common/Clock.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "services/AuditLog.h"
#include "services/MemberService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}
} // namespace

bool MemberImporter::runFile(const QString& path, const ImportOptions& options, ImportReport* report)
{
    QByteArray data;
    ImportOptions named;
    return readImportFile(path, options, &data, &named, report) && run(data, named, report);
}

bool MemberImporter::run(const QByteArray& data, const ImportOptions& options, ImportReport* report)
{
    *report = ImportReport();
    report->dryRun = options.dryRun;
    QElapsedTimer timer;
    timer.start();
    if (!requireOwner(m_ctx, &report->error))
        return false;
    Database& db = m_ctx.db;
    ImportPragmas pragmas(db); // set before the transaction, restored after it
    Transaction tx(db);
    if (!tx.isActive()) {
        report->error = tx.error();
        return false;
    }
    QString sqlError;
    QSqlQuery byPhone(db.sql()), byCard(db.sql()), byExternal(db.sql()), insert(db.sql()), update(db.sql()),
        maxId(db.sql());
    if (!Sql::prepare(byPhone, u"SELECT id, anonymized_at IS NOT NULL FROM members WHERE phone = ?"_s,
                      &sqlError) ||
        !Sql::prepare(byCard, u"SELECT id, anonymized_at IS NOT NULL FROM members WHERE card = ?"_s,
                      &sqlError) ||
        !Sql::prepare(byExternal,
                      u"SELECT id, anonymized_at IS NOT NULL FROM members WHERE external_ref = ?"_s,
                      &sqlError) ||
        !Sql::prepare(
            insert,
            u"INSERT INTO members(card, name, name_key, phone, phone_rev, gender, birthday, consent, "
            "consent_at, external_ref, note, tier, tier_since, created_at, updated_at) "
            "VALUES(?,?,?,?,?,?,?,?,?,?,?,0,?,?,?)"_s,
            &sqlError) ||
        !Sql::prepare(
            update,
            u"UPDATE members SET name = COALESCE(?, name), name_key = COALESCE(?, name_key), "
            "gender = COALESCE(?, gender), birthday = COALESCE(?, birthday), card = COALESCE(?, card), "
            "consent = COALESCE(?, consent), consent_at = CASE WHEN ? IS NULL THEN consent_at "
            "WHEN ? = 0 THEN NULL ELSE COALESCE(consent_at, ?) END, "
            "external_ref = COALESCE(?, external_ref), note = COALESCE(?, note), updated_at = ? "
            "WHERE id = ?"_s,
            &sqlError)) {
        report->error = sqlError;
        return false;
    }
    maxId.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM members"_s);
    qint64 cardSequence = maxId.next() ? maxId.value(0).toLongLong() : 1;
    maxId.finish();
    const qint64 firstNewId = cardSequence; // members with this id or above are the file's own

    auto lookup = [&](QSqlQuery& q, const QString& value, bool* anonymized) -> qint64 {
        q.addBindValue(value);
        qint64 id = 0;
        if (q.exec() && q.next()) {
            id = q.value(0).toLongLong();
            *anonymized = q.value(1).toBool();
        }
        q.finish();
        return id;
    };
    const QString now = toStoredTime(m_ctx.clock.now());
    const QString today = toStoredDate(m_ctx.clock.today());
    const QDate todayDate = m_ctx.clock.today();
    DateReader dates(options.dateFormat, options.dateFormatHint);
    ColumnMapping mapping;
    bool fatal = false;

    const bool streamed =
        ImportRows::stream(data, ImportKind::Members, options, report, &mapping, [&](const CsvRecord& r) {
            const qint64 issuesBefore = report->errorCount;
            auto issue = [&](const QString& field, const QString& message) {
                report->addIssue(r.line,
                                 field.isEmpty() ? QString() : mapping.describeColumn(mapping.column(field)),
                                 message, options.maxIssues);
            };
            auto cell = [&](const QString& field) { return ImportRows::cell(r, mapping, field); };

            bool anonymizedRow = false;
            if (mapping.has(u"anonymized"_s)) {
                QString e;
                if (!ImportValues::parseBool(cell(u"anonymized"_s), &anonymizedRow, &e))
                    issue(u"anonymized"_s, e);
            }
            if (anonymizedRow) {
                // Nothing personal left to import.
                report->addSkipped(
                    r.line, ImportSkipKind::Anonymised,
                    [] {
                        return tr("The member is marked as anonymised in the file; nothing personal is left "
                                  "to import.");
                    },
                    options.maxIssues);
                return true;
            }
            const QString name = cell(u"name"_s);
            if (name.isEmpty())
                issue(u"name"_s, tr("The name is empty."));
            else if (name.size() > MemberService::kMaxNameLength)
                issue(u"name"_s,
                      tr("The name is longer than %Ln character(s).", "", MemberService::kMaxNameLength));
            else if (std::any_of(name.begin(), name.end(),
                                 [](QChar c) { return c.category() == QChar::Other_Control; }))
                issue(u"name"_s, tr("The name contains control characters."));
            QString phone;
            const QString phoneText = cell(u"phone"_s);
            if (!phoneText.isEmpty()) {
                QString e;
                if (!PhoneNumber::validate(phoneText, &phone, &e))
                    issue(u"phone"_s, e);
            }
            QDate birthday;
            const QString birthdayText = cell(u"birthday"_s);
            if (!birthdayText.isEmpty()) {
                QString e;
                QTime ignored;
                if (!dates.read(birthdayText, &birthday, &ignored, &e))
                    issue(u"birthday"_s, e);
                else if (birthday > todayDate)
                    issue(u"birthday"_s, tr("The birthday %1 is in the future.").arg(toStoredDate(birthday)));
            }
            Gender gender = Gender::Unknown;
            {
                QString e;
                if (!ImportValues::parseGender(cell(u"gender"_s), &gender, &e))
                    issue(u"gender"_s, e);
            }
            bool consent = false;
            const QString consentText = cell(u"consent"_s);
            {
                QString e;
                if (!ImportValues::parseBool(consentText, &consent, &e))
                    issue(u"consent"_s, e);
            }
            QString card;
            const QString cardText = cell(u"card"_s);
            if (!cardText.isEmpty()) {
                QString e;
                if (!CardNumber::normalize(cardText, &card, &e))
                    issue(u"card"_s, e);
                else if (CardNumber::looksMistyped(card))
                    issue(u"card"_s,
                          tr("The card number %1 has a wrong check digit: it was probably mistyped.")
                              .arg(card));
            }
            const QString externalRef = cell(u"external_ref"_s);
            if (externalRef.size() > 64)
                issue(u"external_ref"_s, tr("The external reference is longer than 64 characters."));
            const QString note = cell(u"note"_s);
            if (note.size() > MemberService::kMaxNoteLength)
                issue(u"note"_s,
                      tr("The note is longer than %Ln character(s).", "", MemberService::kMaxNoteLength));
            if (report->errorCount != issuesBefore) {
                ++report->failedRows;
                return true;
            }

            // Who is this already? Same phone, else same card, else same external reference.
            bool anonPhone = false, anonCard = false, anonExternal = false;
            const qint64 phoneOwner = phone.isEmpty() ? 0 : lookup(byPhone, phone, &anonPhone);
            const qint64 cardOwner = card.isEmpty() ? 0 : lookup(byCard, card, &anonCard);
            const qint64 externalOwner =
                externalRef.isEmpty() ? 0 : lookup(byExternal, externalRef, &anonExternal);
            QSet<qint64> owners;
            for (qint64 id : {phoneOwner, cardOwner, externalOwner}) {
                if (id > 0)
                    owners.insert(id);
            }
            if (owners.size() > 1) {
                issue({}, tr("The phone, card and external reference belong to different members (%1); fix "
                             "the row.")
                              .arg([&] {
                                  QStringList ids;
                                  for (qint64 id : owners)
                                      ids << QString::number(id);
                                  std::sort(ids.begin(), ids.end());
                                  return ids.join(u", "_s);
                              }()));
                ++report->failedRows;
                return true;
            }
            if (owners.size() == 1) {
                const qint64 existing = *owners.begin();
                ++report->duplicates;
                if (options.duplicates == DuplicatePolicy::Skip) {
                    report->addSkipped(
                        r.line, ImportSkipKind::Duplicate,
                        [&] {
                            // Named by what matched first, in the order of the look-up. A member this
                            // import created (ids above those before it) came from a row above, which a
                            // dry run leaves unwritten: named as such, not by a number that will not exist.
                            const bool fromFile = existing >= firstNewId;
                            if (phoneOwner == existing)
                                return fromFile
                                           ? tr("The phone %1 is on an earlier row of this file.").arg(phone)
                                           : tr("Member %1 already has the phone %2.")
                                                 .arg(existing)
                                                 .arg(phone);
                            if (cardOwner == existing)
                                return fromFile
                                           ? tr("The card %1 is on an earlier row of this file.").arg(card)
                                           : tr("Member %1 already has the card %2.").arg(existing).arg(card);
                            return fromFile
                                       ? tr("The external reference %1 is on an earlier row of this file.")
                                             .arg(externalRef)
                                       : tr("Member %1 already has the external reference %2.")
                                             .arg(existing)
                                             .arg(externalRef);
                        },
                        options.maxIssues);
                    return true;
                }
                if (anonPhone || anonCard || anonExternal) {
                    issue({}, tr("Member %1 was anonymised on request and cannot be updated.").arg(existing));
                    ++report->failedRows;
                    return true;
                }
                update.addBindValue(nullIfEmpty(name));
                update.addBindValue(nullIfEmpty(name.toLower()));
                update.addBindValue(gender == Gender::Unknown ? QVariant() : QVariant(genderCode(gender)));
                update.addBindValue(birthday.isValid() ? QVariant(toStoredDate(birthday)) : QVariant());
                update.addBindValue(nullIfEmpty(card));
                const QVariant consentValue = consentText.isEmpty() ? QVariant() : QVariant(consent ? 1 : 0);
                update.addBindValue(consentValue);
                update.addBindValue(consentValue);
                update.addBindValue(consentValue);
                update.addBindValue(now);
                update.addBindValue(nullIfEmpty(externalRef));
                update.addBindValue(nullIfEmpty(note));
                update.addBindValue(now);
                update.addBindValue(existing);
                if (!Sql::exec(update, &sqlError)) {
                    report->error = tr("Line %1: the member was not updated: %2").arg(r.line).arg(sqlError);
                    fatal = true;
                    return false;
                }
                ++report->merged;
                return true;
            }
            if (card.isEmpty()) {
                bool ignored = false;
                for (;; ++cardSequence) {
                    card = CardNumber::generate(cardSequence);
                    if (lookup(byCard, card, &ignored) == 0)
                        break;
                }
                ++cardSequence;
            }
            insert.addBindValue(card);
            insert.addBindValue(name);
            insert.addBindValue(name.toLower());
            insert.addBindValue(nullIfEmpty(phone));
            insert.addBindValue(nullIfEmpty(PhoneNumber::reversed(phone)));
            insert.addBindValue(genderCode(gender));
            insert.addBindValue(birthday.isValid() ? QVariant(toStoredDate(birthday)) : QVariant());
            insert.addBindValue(consent ? 1 : 0);
            insert.addBindValue(consent ? QVariant(now) : QVariant());
            insert.addBindValue(nullIfEmpty(externalRef));
            insert.addBindValue(Sql::text(note));
            insert.addBindValue(today);
            insert.addBindValue(now);
            insert.addBindValue(now);
            if (!Sql::exec(insert, &sqlError)) {
                report->error = tr("Line %1: the member was not saved: %2").arg(r.line).arg(sqlError);
                fatal = true;
                return false;
            }
            ++report->imported;
            return true;
        });
    report->elapsedMs = timer.elapsed();
    if (!streamed || fatal)
        return false; // the transaction rolls back
    if (options.strict && report->errorCount > 0) {
        report->error =
            tr("Nothing was imported: %Ln row(s) have errors (strict mode).", "", int(report->failedRows));
        return false;
    }
    if (options.dryRun) {
        tx.rollback();
        report->ok = true;
        return true;
    }
    if (!AuditLog::record(m_ctx, u"import.members"_s, options.sourceName,
                          u"imported:%1 merged:%2 skipped:%3 errors:%4"_s.arg(report->imported)
                              .arg(report->merged)
                              .arg(report->skipped)
                              .arg(report->errorCount),
                          &report->error) ||
        !tx.commit(&report->error))
        return false;
    report->committed = true;
    report->ok = true;
    report->elapsedMs = timer.elapsed();
    return true;
}

} // namespace md
