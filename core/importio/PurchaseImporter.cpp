// SPDX-License-Identifier: GPL-3.0-or-later
#include "PurchaseImporter.h"

#include "common/Clock.h"
#include "common/LocaleFormat.h"
#include "common/Money.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "importio/MemberRefCache.h"
#include "services/AuditLog.h"
#include "services/BulkPurchaseWriter.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <optional>

#include <vector>

using namespace Qt::StringLiterals;

namespace md {

namespace {

struct Pending
{
    int line = 0;
    HistoricalPurchase purchase;
};

/// The stored text of a row's time, as the writer will store it.
QByteArray storedTimeOf(const HistoricalPurchase& p)
{
    return toStoredTime(QDateTime(p.date, QTime(0, 0).addSecs(p.secondsOfDay))).toLatin1();
}

/// Drops the rows the database already holds: a file imported twice, or two exports that overlap, must
/// not book the same sales twice (with their points and tiers). A row is there already when its member
/// has a purchase, not voided, at the same second for the same amount (what was paid, or the price
/// before the discount of a sale made at the counter). Reads nothing when no purchase at all falls in the
/// file's time span, as in a shop's first history load.
/// The first `maxRows` rows dropped are described in `rows` (in line order: `pending` is); only those
/// cost a card look-up and a message.
bool dropAlreadyRecorded(sqlite3* handle, const QSet<qint64>& existingMembers, std::vector<Pending>* pending,
                         qint64* dropped, int maxRows, QVector<ImportSkippedRow>* rows, QString* error)
{
    *dropped = 0;
    // The span from the rows' day and second (formatting a time for each of ten million rows of a first
    // history load, which reads nothing, would cost more than the check): only its ends become text.
    const Pending* first = nullptr;
    const Pending* last = nullptr;
    const auto key = [](const Pending& p) {
        return p.purchase.date.toJulianDay() * 86400 + p.purchase.secondsOfDay;
    };
    for (const Pending& p : *pending) {
        if (!existingMembers.contains(p.purchase.memberId))
            continue;
        if (!first || key(p) < key(*first))
            first = &p;
        if (!last || key(p) > key(*last))
            last = &p;
    }
    if (!first)
        return true;
    SqliteStatement any;
    if (!any.prepare(handle, "SELECT 1 FROM purchases WHERE time >= ? AND time <= ? LIMIT 1")) {
        *error = Database::describeSqlError(any.errorText());
        return false;
    }
    any.bind(1, storedTimeOf(first->purchase)).bind(2, storedTimeOf(last->purchase));
    const bool overlap = any.next();
    any.done();
    if (!overlap)
        return true;
    SqliteStatement same;
    if (!same.prepare(handle,
                      "SELECT 1 FROM purchases WHERE member_id = ? AND time = ? AND voided_by IS NULL "
                      "AND (paid_fen = ? OR gross_fen = ?) LIMIT 1")) {
        *error = Database::describeSqlError(same.errorText());
        return false;
    }
    SqliteStatement cardOf; // prepared at the first row dropped
    std::vector<Pending> kept;
    kept.reserve(pending->size());
    for (Pending& p : *pending) {
        bool found = false;
        if (existingMembers.contains(p.purchase.memberId)) {
            same.bind(1, p.purchase.memberId)
                .bind(2, storedTimeOf(p.purchase))
                .bind(3, p.purchase.paidFen)
                .bind(4, p.purchase.paidFen);
            found = same.next();
            same.done();
            if (same.failed()) {
                *error = Database::describeSqlError(same.errorText());
                return false;
            }
        }
        if (!found) {
            kept.push_back(std::move(p));
            continue;
        }
        ++*dropped;
        if (rows->size() < maxRows) {
            QString card;
            if (!cardOf.isPrepared() && !cardOf.prepare(handle, "SELECT card FROM members WHERE id = ?")) {
                *error = Database::describeSqlError(cardOf.errorText());
                return false;
            }
            cardOf.bind(1, p.purchase.memberId);
            if (cardOf.next())
                card = cardOf.string(0);
            cardOf.done();
            const QLocale locale;
            const QString when = localDateText(locale, p.purchase.date) + u' ' +
                                 QTime(0, 0).addSecs(p.purchase.secondsOfDay).toString(u"HH:mm:ss"_s);
            rows->append({p.line, ImportSkipKind::AlreadyRecorded,
                          PurchaseImporter::tr("Already recorded: %1, %2 for card %3.")
                              .arg(when, formatYuan(p.purchase.paidFen, locale), card)});
        }
    }
    pending->swap(kept);
    return true;
}

// Of the progress: reading and checking the rows, then the loyalty arithmetic (in memory), then writing.
constexpr double kReadShare = 0.6;
constexpr double kDecideShare = 0.1;

struct Resolved
{
    qint64 id = 0;
    bool anonymized = false;
};

} // namespace

bool PurchaseImporter::runFile(const QString& path, const ImportOptions& options, ImportReport* report)
{
    QByteArray data;
    ImportOptions named;
    return readImportFile(path, options, &data, &named, report) && run(data, named, report);
}

bool PurchaseImporter::run(const QByteArray& data, const ImportOptions& options, ImportReport* report)
{
    *report = ImportReport();
    report->dryRun = options.dryRun;
    QElapsedTimer timer;
    timer.start();
    if (!requireOwner(m_ctx, &report->error))
        return false;
    Database& db = m_ctx.db;
    // Set before the transaction, restored after it; row-by-row foreign key checks off for large files.
    ImportPragmas pragmas(db, data.size() > 4 * 1024 * 1024);
    Transaction tx(db);
    if (!tx.isActive()) {
        report->error = tx.error();
        return false;
    }
    QString sqlError;
    // The look-ups run once per member the file names (a million in a large history): on the sqlite3
    // handle, without QtSql's QVariant per value.
    sqlite3* const handle = sqliteHandle(db);
    SqliteStatement byId, byCard, byPhone, byExternal;
    const auto prepareLookup = [&](SqliteStatement& statement, const char* column) {
        const QByteArray sql =
            QByteArray("SELECT id, anonymized_at IS NOT NULL FROM members WHERE ") + column + " = ?";
        if (statement.prepare(handle, sql.constData()))
            return true;
        sqlError = Database::describeSqlError(statement.errorText());
        return false;
    };
    QSqlQuery insertMember(db.sql()), maxId(db.sql());
    if (!prepareLookup(byId, "id") || !prepareLookup(byCard, "card") || !prepareLookup(byPhone, "phone") ||
        !prepareLookup(byExternal, "external_ref") ||
        !Sql::prepare(
            insertMember,
            u"INSERT INTO members(card, name, name_key, phone, phone_rev, external_ref, tier, tier_since, "
            "created_at, updated_at) VALUES(?,?,?,?,?,?,0,?,?,?)"_s,
            &sqlError)) {
        report->error = sqlError;
        return false;
    }
    maxId.exec(u"SELECT COALESCE(MAX(id), 0) + 1 FROM members"_s);
    qint64 cardSequence = maxId.next() ? maxId.value(0).toLongLong() : 1;
    maxId.finish();
    auto found = [](SqliteStatement& q) -> Resolved {
        Resolved r;
        if (q.next())
            r = {q.integer(0), q.integer(1) != 0};
        q.done();
        return r;
    };
    auto lookup = [&](SqliteStatement& q, const QString& text) {
        q.bindTextOrNull(1, text);
        return found(q);
    };
    auto lookupId = [&](qint64 id) {
        byId.bind(1, id);
        return found(byId);
    };

    const QDateTime nowTime = m_ctx.clock.now();
    const QString now = toStoredTime(nowTime);
    const QString today = toStoredDate(nowTime.date());
    const qint64 nowKey = nowTime.date().toJulianDay() * 86400 + nowTime.time().msecsSinceStartOfDay() / 1000;
    BulkPurchaseWriter writer(m_ctx, u"import"_s);
    MemberRefCache<Resolved> refs; // member_ref as written → member
    QSet<qint64> existingMembers;  // found, not created by this import
    std::vector<Pending> pending;
    DateReader dates(options.dateFormat, options.dateFormatHint);
    ColumnMapping mapping;
    bool fatal = false;
    QString refField;
    // Where each field's column is, read from the mapping once: a map lookup per cell adds up over
    // millions of rows.
    struct FieldColumns
    {
        int voided, date, amount, profit, note, ref, phone, name;
    };
    std::optional<FieldColumns> fieldColumns;

    auto resolve = [&](const QString& ref) -> Resolved {
        if (const Resolved* cached = refs.find(ref))
            return *cached;
        Resolved found;
        const MemberRefKind kind = options.memberRef;
        if (refField == u"card"_s || kind == MemberRefKind::Card ||
            (kind == MemberRefKind::Auto && refField == u"member_ref"_s)) {
            QString card;
            if (CardNumber::normalize(ref, &card))
                found = lookup(byCard, card);
        }
        if (!found.id && (refField == u"phone"_s || kind == MemberRefKind::Phone ||
                          (kind == MemberRefKind::Auto && refField == u"member_ref"_s))) {
            QString phone;
            if (PhoneNumber::validate(ref, &phone))
                found = lookup(byPhone, phone);
        }
        if (!found.id && refField != u"member_ref"_s) {
            // A card or phone that is not one of ours ("A1"): a member an earlier import created from it
            // keeps it as the old system's reference. Without this, importing the file again tried to
            // create that member a second time and failed on the unique reference.
            found = lookup(byExternal, ref);
        }
        if (refField == u"member_ref"_s && (kind == MemberRefKind::External || kind == MemberRefKind::Auto)) {
            // An external reference is the most specific match; it wins over a card or phone.
            const Resolved external = lookup(byExternal, ref);
            if (external.id)
                found = external;
        }
        if (!found.id && refField == u"member_ref"_s &&
            (kind == MemberRefKind::Id || (kind == MemberRefKind::Auto && !options.createMembers))) {
            bool isNumber = false;
            const qint64 id = ref.toLongLong(&isNumber);
            if (isNumber && id > 0)
                found = lookupId(id);
        }
        if (found.id) {
            refs.insert(ref, found);
            existingMembers.insert(found.id);
        }
        return found;
    };

    const bool streamed = ImportRows::stream(
        data, ImportKind::Purchases, options, report, &mapping,
        [&](const CsvRecord& r) {
            if (!fieldColumns) {
                refField = mapping.has(u"member_ref"_s) ? u"member_ref"_s
                           : mapping.has(u"card"_s)     ? u"card"_s
                                                        : u"phone"_s;
                fieldColumns = FieldColumns{mapping.column(u"voided"_s), mapping.column(u"date"_s),
                                            mapping.column(u"amount"_s), mapping.column(u"profit"_s),
                                            mapping.column(u"note"_s),   mapping.column(refField),
                                            mapping.column(u"phone"_s),  mapping.column(u"name"_s)};
            }
            const qint64 issuesBefore = report->errorCount;
            auto issue = [&](const QString& field, const QString& message) {
                report->addIssue(r.line,
                                 field.isEmpty() ? QString() : mapping.describeColumn(mapping.column(field)),
                                 message, options.maxIssues);
            };
            auto cell = [&](int column) { return ImportRows::cellAt(r, column); };

            if (fieldColumns->voided >= 0) {
                bool voided = false;
                QString e;
                if (!ImportValues::parseBool(cell(fieldColumns->voided), &voided, &e)) {
                    issue(u"voided"_s, e);
                    ++report->failedRows;
                    return true;
                }
                if (voided) {
                    // A voided sale is not history to rebuild.
                    report->addSkipped(
                        r.line, ImportSkipKind::Voided,
                        [] { return tr("The sale is marked as voided in the file; it is not imported."); },
                        options.maxIssues);
                    return true;
                }
            }
            Pending p;
            p.line = r.line;
            QDate date;
            QTime time;
            QString e;
            if (!dates.read(cell(fieldColumns->date), &date, &time, &e)) {
                issue(u"date"_s, cell(fieldColumns->date).isEmpty() ? tr("The date is empty.") : e);
            } else {
                p.purchase.date = date;
                p.purchase.secondsOfDay = time.isValid() ? time.msecsSinceStartOfDay() / 1000 : 0;
                if (date.toJulianDay() * 86400 + p.purchase.secondsOfDay > nowKey)
                    issue(u"date"_s, tr("The date %1 is in the future.").arg(cell(fieldColumns->date)));
            }
            const QString amountText = cell(fieldColumns->amount);
            if (amountText.isEmpty()) {
                issue(u"amount"_s, tr("The amount is empty."));
            } else if (!ImportValues::parseAmount(amountText, &p.purchase.paidFen, &e)) {
                issue(u"amount"_s, e);
            } else if (p.purchase.paidFen < 0) {
                issue(u"amount"_s,
                      tr("The amount %1 is negative; refunds are recorded as voids.").arg(amountText));
            } else if (p.purchase.paidFen > kMaxPurchaseFen) {
                issue(u"amount"_s, tr("The amount %1 is above the limit of %2 for one purchase.")
                                       .arg(amountText, formatYuanPlain(kMaxPurchaseFen)));
            }
            const QString profitText = cell(fieldColumns->profit);
            if (!profitText.isEmpty()) {
                if (!ImportValues::parseAmount(profitText, &p.purchase.profitFen, &e))
                    issue(u"profit"_s, e);
                else if (qAbs(p.purchase.profitFen) > p.purchase.paidFen && p.purchase.paidFen >= 0)
                    issue(u"profit"_s, tr("The gross profit %1 is larger than the amount.").arg(profitText));
                else
                    p.purchase.hasProfit = true;
            }
            p.purchase.note = cell(fieldColumns->note);
            if (p.purchase.note.size() > 2000)
                issue(u"note"_s, tr("The note is longer than %Ln character(s).", "", 2000));
            const QString ref = cell(fieldColumns->ref);
            if (ref.isEmpty()) {
                issue(refField, tr("The member reference is empty."));
            } else if (report->errorCount == issuesBefore) {
                Resolved member = resolve(ref);
                if (!member.id && options.createMembers) {
                    if (ref.size() > 64) {
                        issue(refField, tr("The member reference is longer than 64 characters."));
                    } else {
                        // A new member known by the reference; a phone or name column fills in the rest.
                        QString phone;
                        const bool refIsPhone =
                            refField == u"phone"_s || options.memberRef == MemberRefKind::Phone;
                        const QString phoneText = refIsPhone ? ref : cell(fieldColumns->phone);
                        if (!phoneText.isEmpty() && PhoneNumber::validate(phoneText, &phone) &&
                            lookup(byPhone, phone).id)
                            phone.clear();
                        QString name = cell(fieldColumns->name).left(40);
                        if (name.isEmpty())
                            name = tr("Customer %1").arg(ref).left(40);
                        QString card;
                        const bool refIsCard =
                            refField == u"card"_s || options.memberRef == MemberRefKind::Card;
                        if (!refIsCard || !CardNumber::normalize(ref, &card) ||
                            CardNumber::looksMistyped(card) || lookup(byCard, card).id) {
                            for (;; ++cardSequence) {
                                card = CardNumber::generate(cardSequence);
                                if (!lookup(byCard, card).id)
                                    break;
                            }
                            ++cardSequence;
                        }
                        insertMember.addBindValue(card);
                        insertMember.addBindValue(name);
                        insertMember.addBindValue(name.toLower());
                        insertMember.addBindValue(phone.isEmpty() ? QVariant() : QVariant(phone));
                        insertMember.addBindValue(phone.isEmpty() ? QVariant()
                                                                  : QVariant(PhoneNumber::reversed(phone)));
                        insertMember.addBindValue(ref);
                        insertMember.addBindValue(today);
                        insertMember.addBindValue(now);
                        insertMember.addBindValue(now);
                        if (!Sql::exec(insertMember, &sqlError)) {
                            report->error = tr("Line %1: the member %2 could not be created: %3")
                                                .arg(r.line)
                                                .arg(ref, sqlError);
                            fatal = true;
                            return false;
                        }
                        member.id = insertMember.lastInsertId().toLongLong();
                        refs.insert(ref, member);
                        writer.addNewMember(member.id, QDate());
                        ++report->createdMembers;
                    }
                } else if (!member.id) {
                    const QString noMatch =
                        tr("No member matches \"%1\" (member number, card, phone or external reference).")
                            .arg(ref);
                    issue(refField, options.createMembersHint.isEmpty()
                                        ? noMatch
                                        : tr("%1 %2", "a problem, then what to do about it")
                                              .arg(noMatch, options.createMembersHint));
                } else if (member.anonymized) {
                    issue(refField,
                          tr("Member %1 was anonymised on request; their purchases cannot be imported.")
                              .arg(member.id));
                }
                p.purchase.memberId = member.id;
            }
            if (report->errorCount != issuesBefore) {
                ++report->failedRows;
                return true;
            }
            if (p.purchase.paidFen == 0)
                ++report->zeroValue;
            pending.push_back(std::move(p));
            return true;
        },
        kReadShare);
    if (!streamed || fatal) {
        report->elapsedMs = timer.elapsed();
        return false;
    }
    if (options.strict && report->errorCount > 0) {
        report->error =
            tr("Nothing was imported: %Ln row(s) have errors (strict mode).", "", int(report->failedRows));
        report->createdMembers = 0;
        report->zeroValue = 0;
        report->elapsedMs = timer.elapsed();
        return false;
    }
    QString error;
    qint64 alreadyRecorded = 0;
    QVector<ImportSkippedRow> recordedRows;
    if (!dropAlreadyRecorded(handle, existingMembers, &pending, &alreadyRecorded, options.maxIssues,
                             &recordedRows, &error)) {
        report->error = error;
        return false;
    }
    report->skipped += alreadyRecorded;
    report->alreadyRecorded = alreadyRecorded;
    if (!recordedRows.isEmpty()) {
        // Both lists hold the lowest lines of their kind, so the lowest lines of all are among them.
        QVector<ImportSkippedRow>& rows = report->skippedRows;
        rows += recordedRows;
        std::stable_sort(rows.begin(), rows.end(), [](const ImportSkippedRow& a, const ImportSkippedRow& b) {
            return a.line < b.line;
        });
        if (rows.size() > options.maxIssues)
            rows.resize(qMax(0, options.maxIssues));
    }
    report->timings.read = timer.elapsed();
    QDate earliest;
    QHash<qint64, Fen> batchFen; // per member found (not created): what the file adds
    for (const Pending& p : pending) {
        if (!earliest.isValid() || p.purchase.date < earliest)
            earliest = p.purchase.date;
        if (existingMembers.contains(p.purchase.memberId))
            batchFen[p.purchase.memberId] += p.purchase.paidFen;
    }
    if (!writer.begin(&error) || !writer.preload(batchFen, qint64(pending.size()), &error, earliest)) {
        report->error = error;
        return false;
    }
    report->timings.preload = timer.elapsed() - report->timings.read;
    for (size_t i = 0; i < pending.size(); ++i) {
        const Pending& p = pending[i];
        if (!writer.add(p.purchase, &error)) {
            report->error = tr("Line %1: %2").arg(p.line).arg(error);
            return false;
        }
        if (options.progress && i % 2000 == 1999 &&
            !ImportRows::reportProgress(
                options, kReadShare + kDecideShare * double(i + 1) / double(pending.size()), report)) {
            report->elapsedMs = timer.elapsed();
            return false;
        }
    }
    report->timings.decide = timer.elapsed() - report->timings.read - report->timings.preload;
    const auto writing = [&](double done) {
        return ImportRows::reportProgress(
            options, kReadShare + kDecideShare + (1.0 - kReadShare - kDecideShare) * done, report);
    };
    if (!writer.finish(&error, options.progress ? std::function<bool(double)>(writing) : nullptr)) {
        if (!report->cancelled) {
            const qint64 failed = writer.failedPurchase();
            report->error = failed >= 0 && failed < qint64(pending.size())
                                ? tr("Line %1: %2").arg(pending[size_t(failed)].line).arg(error)
                                : error;
        }
        report->elapsedMs = timer.elapsed();
        return false;
    }
    const BulkPurchaseStats written = writer.stats();
    report->timings.rows = written.rowsMs;
    report->timings.members = written.membersMs;
    report->timings.summaries = written.summariesMs;
    report->timings.indexes = written.indexesMs;
    const qint64 committing = timer.elapsed();
    report->imported = qint64(pending.size());
    if (options.dryRun) {
        tx.rollback();
        report->ok = true;
        report->elapsedMs = timer.elapsed();
        return true;
    }
    if (!AuditLog::record(
            m_ctx, u"import.purchases"_s, options.sourceName,
            u"imported:%1 created_members:%2 zero_value:%3 skipped:%4 errors:%5"_s.arg(report->imported)
                .arg(report->createdMembers)
                .arg(report->zeroValue)
                .arg(report->skipped)
                .arg(report->errorCount),
            &report->error) ||
        !tx.commit(&report->error)) {
        report->imported = 0;
        return false;
    }
    report->committed = true;
    report->ok = true;
    report->elapsedMs = timer.elapsed();
    report->timings.commit = report->elapsedMs - committing;
    return true;
}

} // namespace md
