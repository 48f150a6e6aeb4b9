// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "common/Money.h"
#include "domain/LoyaltyRules.h"
#include "services/AuditLog.h"
#include "services/RulesService.h"
#include "storage/Database.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

namespace {
QString timeForSpreadsheet(const QVariant& stored)
{
    QString s = stored.toString();
    if (s.size() > 10 && s.at(10) == u'T')
        s[10] = u' ';
    return s;
}
} // namespace

QString CsvExporter::cell(const QString& value, bool text)
{
    QString v = value;
    if (text && !v.isEmpty()) {
        const QChar c = v.at(0);
        // A spreadsheet runs a cell starting with = + - @ (or a tab/CR before one) as a formula.
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(u'\'');
    }
    const bool quote = v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') ||
                       v.contains(u';') || v.contains(u'\t') ||
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(u"\""_s, u"\"\""_s);
    return u"\""_s + v + u"\""_s;
}

bool CsvExporter::exportMembers(const QString& path, qint64* rows, QString* error)
{
    return exportTo(path, true, rows, error);
}

bool CsvExporter::exportPurchases(const QString& path, qint64* rows, QString* error)
{
    return exportTo(path, false, rows, error);
}

bool CsvExporter::exportTo(const QString& path, bool members, qint64* rows, QString* error)
{
    if (!requireOwner(m_ctx, error))
        return false;
    const LoyaltyRules rules = RulesService(m_ctx).current();
    // One transaction: a consistent snapshot, and the audit entry goes with the export.
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringEncoder utf8(QStringEncoder::Utf8);
    QByteArray buffer("\xEF\xBB\xBF"); // Excel reads UTF-8 only with the BOM
    auto writeRow = [&](const QStringList& cells) {
        buffer += utf8.encode(cells.join(u','));
        buffer += "\r\n";
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    };
    QSqlQuery q(m_ctx.db.sql());
    q.setForwardOnly(true);
    qint64 count = 0;
    qint64 total = 0;
    if (m_progress) {
        if (q.exec(members ? u"SELECT COUNT(*) FROM members"_s : u"SELECT COUNT(*) FROM purchases"_s) &&
            q.next())
            total = q.value(0).toLongLong();
        q.finish();
    }
    bool cancelled = m_progress && !m_progress(0, total);
    // After each row: false when the user cancelled.
    auto progressed = [&]() {
        if (m_progress && count % 5000 == 0 && !m_progress(count, total))
            cancelled = true;
        return !cancelled;
    };
    if (members) {
        writeRow({u"id"_s, u"card"_s, u"name"_s, u"phone"_s, u"gender"_s, u"birthday"_s, u"consent"_s,
                  u"consent_at"_s, u"external_ref"_s, u"note"_s, u"tier"_s, u"points"_s, u"visits"_s,
                  u"paid_total"_s, u"first_visit"_s, u"last_visit"_s, u"created_at"_s, u"anonymized"_s});
        if (!q.exec(u"SELECT id, card, name, phone, gender, birthday, consent, consent_at, external_ref, "
                    u"note, tier, "
                    "points, visits, paid_total_fen, first_visit, last_visit, created_at, anonymized_at IS "
                    "NOT NULL "
                    "FROM members ORDER BY id"_s)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
        while (q.next()) {
            const bool anonymized = q.value(17).toBool();
            // Anonymised on request: nothing that identifies the person leaves the shop.
            auto personal = [&](int column) { return anonymized ? QString() : q.value(column).toString(); };
            writeRow({q.value(0).toString(), cell(q.value(1).toString(), true), cell(personal(2), true),
                      personal(3), anonymized ? u"u"_s : q.value(4).toString(), personal(5),
                      q.value(6).toInt() ? u"yes"_s : u"no"_s, timeForSpreadsheet(personal(7)),
                      cell(personal(8), true), cell(personal(9), true),
                      cell(rules.tiers.value(q.value(10).toInt()).name, true), q.value(11).toString(),
                      q.value(12).toString(), formatYuanPlain(q.value(13).toLongLong()),
                      timeForSpreadsheet(q.value(14)), timeForSpreadsheet(q.value(15)),
                      timeForSpreadsheet(q.value(16)), anonymized ? u"yes"_s : u"no"_s});
            ++count;
            if (!progressed())
                break;
        }
    } else {
        writeRow({u"purchase_id"_s, u"date"_s, u"member_ref"_s, u"member_id"_s, u"amount"_s, u"gross"_s,
                  u"discount"_s, u"redeemed_points"_s, u"redeemed"_s, u"profit"_s, u"points_earned"_s,
                  u"tier"_s, u"note"_s, u"source"_s, u"voided"_s});
        if (!q.exec(
                u"SELECT p.id, p.time, m.card, p.member_id, p.paid_fen, p.gross_fen, p.discount_fen, "
                "p.redeemed_points, p.redeemed_fen, p.profit_fen, p.points_earned, p.tier, p.note, p.source, "
                "p.voided_by IS NOT NULL FROM purchases p JOIN members m ON m.id = p.member_id ORDER BY p.id"_s)) {
            *error = Database::describeSqlError(q.lastError().text());
            return false;
        }
        while (q.next()) {
            writeRow({q.value(0).toString(), timeForSpreadsheet(q.value(1)),
                      cell(q.value(2).toString(), true), q.value(3).toString(),
                      formatYuanPlain(q.value(4).toLongLong()), formatYuanPlain(q.value(5).toLongLong()),
                      formatYuanPlain(q.value(6).toLongLong()), q.value(7).toString(),
                      formatYuanPlain(q.value(8).toLongLong()),
                      q.value(9).isNull() ? QString() : formatYuanPlain(q.value(9).toLongLong()),
                      q.value(10).toString(), cell(rules.tiers.value(q.value(11).toInt()).name, true),
                      cell(q.value(12).toString(), true), cell(q.value(13).toString(), true),
                      q.value(14).toBool() ? u"yes"_s : u"no"_s});
            ++count;
            if (!progressed())
                break;
        }
    }
    if (q.lastError().isValid()) {
        *error = Database::describeSqlError(q.lastError().text());
        return false;
    }
    q.finish();
    if (m_progress && !cancelled && !m_progress(count, total))
        cancelled = true;
    if (cancelled) {
        file.cancelWriting();
        *error = tr("The export was cancelled; no file was written.");
        return false;
    }
    file.write(buffer);
    if (!AuditLog::record(m_ctx, members ? u"export.members"_s : u"export.purchases"_s,
                          QDir::toNativeSeparators(path), u"rows:%1"_s.arg(count), error))
        return false;
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (!tx.commit(error))
        return false;
    if (rows)
        *rows = count;
    return true;
}

} // namespace md
