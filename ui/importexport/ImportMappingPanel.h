// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importio/ImportPreview.h"
#include "importio/ImportSupport.h"

#include <QHash>
#include <QSplitter>

class QLabel;
class QTableWidget;

namespace md::ui {

/// The middle of the import dialog: the file's columns, each mapped to a field or "ignore" (the automatic
/// guess pre-filled, required fields marked with *, a field taken by one column only), beside a preview of
/// the first rows as they will be imported — rows a check found problems in shown in red. It holds the
/// mapping; ImportDialog reads the file, runs the check and the import. It is the splitter between the two
/// halves itself (not a widget around one) so the dialog's own splitter sizes it as before.
class ImportMappingPanel : public QSplitter
{
    Q_OBJECT
public:
    explicit ImportMappingPanel(QWidget* parent = nullptr);

    /// Shows a file as read (a failed read shows no columns) with `fields` as the mapping, no check marks.
    void showFile(const ImportPreview& preview, ImportKind kind, const QStringList& fields);
    const ImportPreview& preview() const { return m_preview; }
    /// The field of each file column ("" = ignored).
    const QStringList& fields() const { return m_fields; }
    QString mappedField(int column) const { return m_fields.value(column); }
    void setMappedField(int column, const QString& field);
    /// True when every required field has a column; `problem` says which are missing, or that none is.
    bool isComplete(QString* problem) const;
    /// Marks the preview rows `report` found problems in; nullptr when no check describes the current
    /// settings (nothing is marked then).
    void showCheck(const ImportReport* report);
    /// The mapping cannot change while a check or an import runs.
    void setMappingEnabled(bool enabled);
    void focusMapping();

signals:
    /// The user mapped a column differently (a check no longer describes the settings).
    void mappingChanged();

private:
    void rebuildMapping();
    void rebuildPreview();
    void onMappingChanged(int column);
    void updateStatus();
    QString fieldName(const QString& field) const;

    ImportPreview m_preview;
    ImportKind m_kind = ImportKind::Members;
    QStringList m_fields;
    bool m_checked = false;             ///< m_problems and m_failedRows come from a check
    QHash<int, QStringList> m_problems; ///< the problems of each line, from the check
    QHash<int, QString> m_skipped;      ///< why each line skipped on purpose is, from the check
    qint64 m_failedRows = 0;

    QTableWidget* m_mapping;
    QLabel* m_mappingStatus;
    QTableWidget* m_previewTable;
    QLabel* m_previewNote;
};

} // namespace md::ui
