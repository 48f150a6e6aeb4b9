// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSupport.h"

#include "importio/CsvExporter.h"
#include "importio/CsvReader.h"

#include <QDir>
#include <QSaveFile>
#include <QStringEncoder>

#include <QFileInfo>

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace md {

ImportPragmas::ImportPragmas(Database& db, bool bulk) : m_scope(db)
{
    // A large file: foreign keys are not checked row by row.
    if (bulk)
        m_scope.set(u"foreign_keys"_s, u"OFF"_s);
    m_scope.set(u"cache_size"_s, u"-1048576"_s);
    // A bulk import may rebuild indexes: SQLite's sorter then spills sorted runs to temporary files and
    // merges them, which is about twice as fast with files than with its in-memory temp store.
    if (!bulk)
        m_scope.set(u"temp_store"_s, u"MEMORY"_s);
}

void ImportReport::addIssue(int line, const QString& column, const QString& message, int maxIssues)
{
    ++errorCount;
    if (issues.size() < maxIssues)
        issues.append({line, column, message});
}

QString importSkipKindName(ImportSkipKind kind)
{
    switch (kind) {
    case ImportSkipKind::AlreadyRecorded:
        return u"already_recorded"_s;
    case ImportSkipKind::Voided:
        return u"voided"_s;
    case ImportSkipKind::Anonymised:
        return u"anonymised"_s;
    case ImportSkipKind::Duplicate:
        return u"duplicate"_s;
    }
    return {};
}

QString ImportRows::cell(const CsvRecord& record, const ColumnMapping& mapping, const QString& field)
{
    return cellAt(record, mapping.column(field));
}

QString ImportRows::cellAt(const CsvRecord& record, int column)
{
    if (column < 0 || column >= record.fields.size())
        return {};
    return ImportValues::unprotectCell(record.fields.at(column).trimmed());
}

bool ImportRows::reportProgress(const ImportOptions& options, double done, ImportReport* report)
{
    if (!options.progress || options.progress(qBound(0.0, done, 1.0)))
        return true;
    report->cancelled = true;
    report->error = tr("The import was cancelled; nothing was written.");
    return false;
}

bool ImportRows::stream(const QByteArray& data, ImportKind kind, const ImportOptions& options,
                        ImportReport* report, ColumnMapping* mapping,
                        const std::function<bool(const CsvRecord& record)>& row, double progressShare)
{
    bool first = true;
    bool fatal = false;
    CsvTable info;
    // Progress by line: records know their line, and counting line ends is cheap next to parsing.
    const qint64 totalLines = options.progress ? qMax<qint64>(1, data.count('\n') + 1) : 1;
    int sinceProgress = 0;
    const bool read = CsvReader::forEachRecord(data, options.csv, &info, [&](CsvRecord& record) {
        if (options.progress && ++sinceProgress >= 2000) {
            sinceProgress = 0;
            if (!reportProgress(options, progressShare * double(record.line) / double(totalLines), report)) {
                fatal = true;
                return false;
            }
        }
        if (first) {
            first = false;
            QString error;
            if (!mapping->build(kind, record.fields, options.mappings, options.header, &error,
                                options.automaticMapping)) {
                report->error = error;
                fatal = true;
                return false;
            }
            report->hasHeader = mapping->hasHeader();
            if (mapping->hasHeader()) {
                if (!record.problem.isEmpty()) {
                    report->error = tr("Line %1 (the header): %2").arg(record.line).arg(record.problem);
                    fatal = true;
                    return false;
                }
                return true;
            }
        }
        ++report->rows;
        const qint64 before = report->errorCount;
        if (!record.problem.isEmpty()) {
            report->addIssue(record.line, {}, record.problem, options.maxIssues);
        } else if (record.fields.size() < mapping->width()) {
            report->addIssue(
                record.line, {},
                tr("The row has %1 column(s) where %2 are expected; check its quotes and delimiters.")
                    .arg(record.fields.size())
                    .arg(mapping->width()),
                options.maxIssues);
        } else {
            for (int c = mapping->width(); c < record.fields.size(); ++c) {
                if (!record.fields.at(c).trimmed().isEmpty()) {
                    report->addIssue(
                        record.line, mapping->describeColumn(c),
                        tr("The row has %1 column(s) where %2 are expected; check its quotes and "
                           "delimiters.")
                            .arg(record.fields.size())
                            .arg(mapping->width()),
                        options.maxIssues);
                    break;
                }
            }
        }
        if (report->errorCount != before) {
            ++report->failedRows;
            return true;
        }
        if (!row(record)) {
            fatal = true;
            return false;
        }
        return true;
    });
    report->encoding = info.encoding;
    report->delimiter = info.delimiter;
    if (!read) {
        report->error = info.error;
        return false;
    }
    if (fatal)
        return false;
    if (first) {
        report->error = tr("The file is empty.");
        return false;
    }
    return true;
}

bool readImportFile(const QString& path, const ImportOptions& options, QByteArray* data, ImportOptions* named,
                    ImportReport* report)
{
    *report = ImportReport();
    if (!CsvReader::readBytes(path, data, &report->error))
        return false;
    *named = options;
    if (named->sourceName.isEmpty())
        named->sourceName = QFileInfo(path).fileName();
    return true;
}

bool saveImportIssues(const QString& path, const QVector<ImportIssue>& issues, QString* error)
{
    return saveImportIssues(path, issues, {}, error);
}

bool saveImportIssues(const QString& path, const QVector<ImportIssue>& issues,
                      const QVector<ImportSkippedRow>& skipped, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            ImportRows::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QStringEncoder utf8(QStringEncoder::Utf8);
    QByteArray bytes("\xEF\xBB\xBF");
    // The kind comes last: a sheet made for the first three columns reads the same.
    bytes += "line,column,problem,kind\r\n";
    for (const ImportIssue& issue : issues) {
        bytes += utf8.encode(QString::number(issue.line) + u',' + CsvExporter::cell(issue.column, true) +
                             u',' + CsvExporter::cell(issue.message, true) + u",error"_s);
        bytes += "\r\n";
    }
    for (const ImportSkippedRow& row : skipped) {
        bytes += utf8.encode(QString::number(row.line) + u",,"_s + CsvExporter::cell(row.message, true) +
                             u',' + importSkipKindName(row.kind));
        bytes += "\r\n";
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error =
            ImportRows::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace md
