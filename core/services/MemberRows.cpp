// SPDX-License-Identifier: GPL-3.0-or-later
#include "MemberRows.h"

#include "common/Clock.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {

constexpr int kChunk = 400; // well below SQLite's smallest host-parameter limit (999)

QString placeholders(int count)
{
    QString text;
    text.reserve(count * 2);
    for (int i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u",?"_s;
    return text;
}

// A spreadsheet runs a cell starting with = + - @ (or a tab/CR before one) as a formula.
QString safeText(const QString& text)
{
    if (!text.isEmpty() && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' ||
                            text.front() == u'@' || text.front() == u'\t' || text.front() == u'\r'))
        return u"'"_s + text;
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + quoted + u"\""_s;
}

QString csvLine(const QStringList& fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += csvField(fields[i]);
    }
    return line + u"\r\n"_s;
}

} // namespace

bool MemberRows::load(Database& db, const QVector<qint64>& ids, QVector<MemberSummary>* rows, QString* error)
{
    rows->clear();
    QHash<qint64, MemberSummary> found;
    found.reserve(ids.size());
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    int prepared = -1;
    for (int start = 0; start < ids.size(); start += kChunk) {
        const int count = int(qMin<qsizetype>(kChunk, ids.size() - start));
        if (count != prepared) {
            if (!Sql::prepare(q,
                              u"SELECT id, name, phone, card, tier, points, last_visit, "
                              u"anonymized_at IS NOT NULL FROM members "
                              u"WHERE id IN ("_s +
                                  placeholders(count) + u")"_s,
                              error))
                return false;
            prepared = count;
        }
        for (int i = 0; i < count; ++i)
            q.bindValue(i, ids[start + i]);
        if (!Sql::exec(q, error))
            return false;
        while (q.next()) {
            MemberSummary s;
            s.id = q.value(0).toLongLong();
            s.name = q.value(1).toString();
            s.phone = q.value(2).toString();
            s.card = q.value(3).toString();
            s.tier = q.value(4).toInt();
            s.points = q.value(5).toLongLong();
            s.lastVisit = fromStoredTime(q.value(6).toString());
            if (q.value(7).toBool()) {
                // Anonymised on request: nothing that identifies the person is shown or exported.
                s.name = tr("(anonymised)");
                s.phone.clear();
            }
            found.insert(s.id, s);
        }
    }
    rows->reserve(found.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            rows->append(*it);
    }
    return true;
}

bool MemberRows::writeCsv(const ServiceContext& ctx, const QString& path, const QString& listName,
                          const QStringList& figureHeaders, const QVector<CsvRow>& rows, QString* error)
{
    if (!requireOwner(ctx, error))
        return false;
    if (path.isEmpty()) {
        *error = tr("No file was given to export to.");
        return false;
    }
    for (const CsvRow& row : rows)
        if (row.figures.size() != figureHeaders.size()) {
            *error = tr("Every exported row needs one value per figure column.");
            return false;
        }
    QVector<qint64> ids;
    ids.reserve(rows.size());
    for (const CsvRow& row : rows)
        ids.append(row.memberId);
    QVector<MemberSummary> members;
    if (!load(ctx.db, ids, &members, error))
        return false;
    QHash<qint64, const MemberSummary*> byId;
    for (const MemberSummary& m : members)
        byId.insert(m.id, &m);
    const LoyaltyRules rules = RulesService(ctx).current();

    QString text;
    text.reserve(64 * (rows.size() + 1));
    text += csvLine(QStringList{tr("Card"), tr("Name"), tr("Phone"), tr("Tier")} + figureHeaders);
    int written = 0;
    for (const CsvRow& row : rows) {
        const MemberSummary* m = byId.value(row.memberId);
        if (!m)
            continue; // removed since the list was made
        QStringList fields{safeText(m->card), safeText(m->name), safeText(m->phone),
                           safeText(rules.tierDisplayName(m->tier))};
        for (const QString& figure : row.figures) {
            bool number = false;
            figure.toDouble(&number); // "-3.00" is a number, not a formula
            fields.append(number ? figure : safeText(figure));
        }
        text += csvLine(fields);
        ++written;
    }

    Transaction tx(ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!AuditLog::record(ctx, u"export.member_list"_s, QDir::toNativeSeparators(path),
                          u"%1; rows:%2"_s.arg(listName).arg(written), error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bom("\xEF\xBB\xBF");
    if (file.write(bom) != bom.size() || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return tx.commit(error);
}

} // namespace md
