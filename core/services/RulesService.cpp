// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesService.h"

#include "common/Clock.h"
#include "services/AuditLog.h"
#include "storage/Database.h"
#include "storage/SettingsRepository.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutex>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

LoyaltyRules RulesService::current() const
{
    // Read on every sale and on every keystroke at the counter. The stored document is looked up (one
    // prepared statement) but parsed only when its text differs from the one parsed last: the text is its
    // own version, so a change made through another connection or process (the CLI while the GUI runs)
    // is seen at the next call, and nothing has to be told to invalidate.
    // Compared as the stored UTF-8 bytes, straight from the sqlite3 handle: no QString per call.
    QByteArray stored;
    if (SqliteStatement* q = m_ctx.db.sqliteStatement("SELECT value FROM settings WHERE key = ?")) {
        static const QByteArray key = QString::fromUtf16(kSettingsKey).toUtf8();
        q->bind(1, key);
        if (q->next())
            stored = q->text(0);
        q->done();
    } else {
        stored = SettingsRepository(m_ctx.db).value(QString::fromUtf16(kSettingsKey)).toUtf8();
    }
    static QMutex mutex; // worker threads read the rules too
    static QByteArray parsedText;
    static LoyaltyRules parsedRules = LoyaltyRules::defaults();
    QMutexLocker lock(&mutex);
    if (stored == parsedText)
        return parsedRules;
    LoyaltyRules rules = LoyaltyRules::defaults();
    if (!stored.isEmpty()) {
        QString ignored;
        // A stored document was validated when saved; fall back to defaults only if the file was tampered
        // with.
        if (!LoyaltyRules::fromJson(QJsonDocument::fromJson(stored).object(), &rules, &ignored))
            rules = LoyaltyRules::defaults();
    }
    parsedText = stored;
    parsedRules = rules;
    return rules;
}

bool RulesService::set(const LoyaltyRules& rules, QString* error)
{
    if (!requireOwner(m_ctx, error) || !rules.validate(error))
        return false;
    const QString key = QString::fromUtf16(kSettingsKey);
    SettingsRepository settings(m_ctx.db);
    const QString oldDoc = settings.value(key);
    const QString newDoc = QString::fromUtf8(QJsonDocument(rules.toJson()).toJson(QJsonDocument::Compact));
    Transaction tx(m_ctx.db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (!settings.setValue(key, newDoc, error))
        return false;
    QSqlQuery q(m_ctx.db.sql());
    if (!Sql::prepare(q, u"INSERT INTO rules_history(time, user_id, old_doc, new_doc) VALUES(?,?,?,?)"_s,
                      error))
        return false;
    q.addBindValue(toStoredTime(m_ctx.clock.now()));
    q.addBindValue(m_ctx.actor.userId > 0 ? QVariant(m_ctx.actor.userId) : QVariant());
    q.addBindValue(oldDoc.isEmpty() ? QVariant() : QVariant(oldDoc));
    q.addBindValue(newDoc);
    if (!Sql::exec(q, error))
        return false;
    if (!AuditLog::record(m_ctx, u"rules.set"_s, QString(), newDoc, error))
        return false;
    return tx.commit(error);
}

bool RulesService::setFromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The rules file is not a JSON object: %1 (at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    // A key the document leaves out keeps its current value: "{"points_per_yuan": 3}" changes the earn
    // rate, not the shop's tiers back to the defaults. A key given replaces that whole value (all tiers).
    QJsonObject merged = current().toJson();
    const QJsonObject given = doc.object();
    for (auto it = given.begin(); it != given.end(); ++it)
        merged.insert(it.key(), it.value());
    LoyaltyRules rules;
    if (!LoyaltyRules::fromJson(merged, &rules, error))
        return false;
    return set(rules, error);
}

QVector<RulesChange> RulesService::history(int limit) const
{
    QVector<RulesChange> changes;
    QSqlQuery q(m_ctx.db.sql());
    q.setForwardOnly(true);
    QString ignored;
    if (!Sql::prepare(
            q,
            u"SELECT h.id, h.time, COALESCE(h.user_id, 0), COALESCE(u.name, ''), COALESCE(h.old_doc, ''), "
            u"h.new_doc FROM rules_history h LEFT JOIN users u ON u.id = h.user_id "
            u"ORDER BY h.id DESC LIMIT ?"_s,
            &ignored))
        return changes;
    q.addBindValue(qMax(0, limit));
    if (!Sql::exec(q, &ignored))
        return changes;
    while (q.next()) {
        RulesChange c;
        c.id = q.value(0).toLongLong();
        c.time = fromStoredTime(q.value(1).toString());
        c.userId = q.value(2).toLongLong();
        c.userName = q.value(3).toString();
        c.oldDoc = q.value(4).toString();
        c.newDoc = q.value(5).toString();
        changes.append(c);
    }
    return changes;
}

} // namespace md
