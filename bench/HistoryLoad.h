// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace md {
class Database;
}

namespace md::bench {

/// The history load: a shop that has just imported its members loads its whole purchase history from
/// the old system. The bench database's own purchases (not voided, in id order, at most `maxRows`; all
/// when negative) become a CSV in memory; two fresh shops beside the bench file get the same programme,
/// users and members (without the figures the history gives them), and PurchaseImporter::run of the CSV
/// on one is timed against the raw floor (RawSqlite::importHistory) on the other. Both shops are
/// deleted at the end. Adds the import_history_* figures to *json; false and *error on failure.
bool historyLoad(Database& bench, const QString& benchPath, qint64 maxRows, QJsonObject* json,
                 QString* error);

} // namespace md::bench
