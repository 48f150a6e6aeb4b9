// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPanel.h"

#include "common/Formatting.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts below were written for ImportDialog and are translated under its name: they keep that
// context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

ImportMappingPanel::ImportMappingPanel(QWidget* parent) : QSplitter(Qt::Horizontal, parent)
{
    // Mapping: one row per file column.
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(u"mappingTableWidget"_s);
    m_mapping->setHorizontalHeaderLabels(
        {QCoreApplication::translate("md::ui::ImportDialog", "File column"),
         QCoreApplication::translate("md::ui::ImportDialog", "First value"),
         QCoreApplication::translate("md::ui::ImportDialog", "Imported as")});
    m_mapping->verticalHeader()->hide();
    // The choices take the room left: sized to their longest name ("Member (number, card, phone or old
    // number)" in English), they squeezed the first values to a few pixels. The first value keeps room
    // for a card number or a date; a longer one shows in its tooltip.
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_mapping->setColumnWidth(1, m_mapping->fontMetrics().horizontalAdvance(u"2024-05-17 00:00:00"_s) +
                                     m_mapping->fontMetrics().averageCharWidth() * 2);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingStatus = new QLabel;
    m_mappingStatus->setObjectName(u"mappingStatusLabel"_s);
    m_mappingStatus->setWordWrap(true);
    auto* mappingBox =
        new QGroupBox(QCoreApplication::translate("md::ui::ImportDialog", "Columns (* required)"));
    auto* mappingLayout = new QVBoxLayout(mappingBox);
    mappingLayout->addWidget(m_mapping, 1);
    mappingLayout->addWidget(m_mappingStatus);

    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(u"previewTableWidget"_s);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->horizontalHeader()->setStretchLastSection(true);
    m_previewNote = new QLabel;
    m_previewNote->setObjectName(u"previewNoteLabel"_s);
    m_previewNote->setWordWrap(true);
    auto* previewBox = new QGroupBox(QCoreApplication::translate(
        "md::ui::ImportDialog", "Preview: the first rows as they will be imported"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable, 1);
    previewLayout->addWidget(m_previewNote);

    addWidget(mappingBox);
    addWidget(previewBox);
    setStretchFactor(0, 2);
    setStretchFactor(1, 3);
    setChildrenCollapsible(false);
}

QString ImportMappingPanel::fieldName(const QString& field) const
{
    // The texts keep the ImportDialog context they were translated under.
    static const struct
    {
        const char* field;
        const char* text;
    } kNames[] = {
        {"phone", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Phone")},
        {"birthday", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Birthday")},
        {"card", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Card number")},
        {"gender", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Gender")},
        {"note", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Note")},
        {"external_ref", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Number in the old system")},
        {"consent", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Marketing consent")},
        {"anonymized", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Anonymised")},
        {"member_ref",
         QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Member (number, card, phone or old number)")},
        {"date", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Date")},
        {"amount", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Amount")},
        {"profit", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Gross profit")},
        {"voided", QT_TRANSLATE_NOOP("md::ui::ImportDialog", "Voided")},
    };
    if (field == u"name"_s)
        return m_kind == ImportKind::Members
                   ? QCoreApplication::translate("md::ui::ImportDialog", "Name")
                   : QCoreApplication::translate("md::ui::ImportDialog", "Name (for new members)");
    for (const auto& name : kNames) {
        if (field == QLatin1StringView(name.field))
            return QCoreApplication::translate("md::ui::ImportDialog", name.text);
    }
    return field;
}

void ImportMappingPanel::showFile(const ImportPreview& preview, ImportKind kind, const QStringList& fields)
{
    m_preview = preview;
    m_kind = kind;
    m_fields = fields;
    m_checked = false;
    m_problems.clear();
    m_failedRows = 0;
    rebuildMapping();
    rebuildPreview();
}

void ImportMappingPanel::rebuildMapping()
{
    const QStringList keys = ColumnMapping::fieldKeys(m_kind);
    const QStringList required = ColumnMapping::requiredFields(m_kind);
    m_mapping->setRowCount(m_preview.ok ? m_preview.columnCount : 0);
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        auto* name = new QTableWidgetItem(m_preview.columnName(c));
        m_mapping->setItem(c, 0, name);
        const QString first = m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().fields.value(c);
        auto* sample = new QTableWidgetItem(first);
        sample->setForeground(palette().placeholderText());
        sample->setToolTip(first);
        m_mapping->setItem(c, 1, sample);
        auto* combo = new QComboBox;
        combo->setObjectName(u"fieldComboBox%1"_s.arg(c));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        combo->addItem(QCoreApplication::translate("md::ui::ImportDialog", "— ignore —"), QString());
        for (const QString& key : keys)
            combo->addItem(fieldName(key) + (required.contains(key) ? u" *"_s : QString()), key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_fields.value(c))));
        const QString reason = ColumnMapping::notImportedReason(m_kind, m_preview.header.value(c));
        if (!reason.isEmpty()) {
            name->setToolTip(reason);
            combo->setToolTip(reason);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onMappingChanged(c); });
        m_mapping->setCellWidget(c, 2, combo);
    }
    updateStatus();
}

void ImportMappingPanel::updateStatus()
{
    QString problem;
    const bool complete = isComplete(&problem);
    m_mappingStatus->setText(problem);
    m_mappingStatus->setStyleSheet(complete ? QString() : errorLabelStyle());
}

void ImportMappingPanel::setMappedField(int column, const QString& field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2)))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

void ImportMappingPanel::onMappingChanged(int column)
{
    auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
    if (!combo || column >= m_fields.size())
        return;
    const QString field = combo->currentData().toString();
    m_fields[column] = field;
    // A field comes from one column: the column that had it lets go.
    if (!field.isEmpty()) {
        for (int c = 0; c < m_fields.size(); ++c) {
            if (c != column && m_fields.at(c) == field) {
                m_fields[c].clear();
                if (auto* other = qobject_cast<QComboBox*>(m_mapping->cellWidget(c, 2))) {
                    const QSignalBlocker blocker(other);
                    other->setCurrentIndex(0);
                }
            }
        }
    }
    updateStatus();
    emit mappingChanged();
    rebuildPreview();
}

bool ImportMappingPanel::isComplete(QString* problem) const
{
    problem->clear();
    if (!m_preview.ok)
        return false;
    QStringList missing;
    for (const QString& key : ColumnMapping::requiredFields(m_kind)) {
        if (m_fields.contains(key))
            continue;
        if (key == u"member_ref"_s && (m_fields.contains(u"card"_s) || m_fields.contains(u"phone"_s)))
            continue;
        missing << fieldName(key);
    }
    if (missing.isEmpty()) {
        *problem = QCoreApplication::translate("md::ui::ImportDialog", "Every required field has a column.");
        return true;
    }
    *problem = QCoreApplication::translate("md::ui::ImportDialog", "Choose a column for: %1.")
                   .arg(QLocale().createSeparatedList(missing));
    return false;
}

void ImportMappingPanel::showCheck(const ImportReport* report)
{
    m_checked = report != nullptr;
    m_problems.clear();
    m_skipped.clear();
    m_failedRows = 0;
    if (report) {
        for (const ImportIssue& issue : report->issues)
            m_problems[issue.line] << (issue.column.isEmpty() ? issue.message
                                                              : issue.column + u": "_s + issue.message);
        for (const ImportSkippedRow& row : report->skippedRows)
            m_skipped.insert(row.line, row.message);
        m_failedRows = report->failedRows;
    }
    rebuildPreview();
}

void ImportMappingPanel::rebuildPreview()
{
    const QStringList keys = ColumnMapping::fieldKeys(m_kind);
    QVector<int> columns; // file column of each preview column, in field order
    QStringList labels{QCoreApplication::translate("md::ui::ImportDialog", "Line")};
    for (const QString& key : keys) {
        const int c = int(m_fields.indexOf(key));
        if (c >= 0) {
            columns << c;
            labels << fieldName(key);
        }
    }
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(labels.size()));
    m_previewTable->setHorizontalHeaderLabels(labels);
    m_previewTable->setRowCount(m_preview.ok ? int(m_preview.rows.size()) : 0);
    for (int r = 0; r < m_previewTable->rowCount(); ++r) {
        const CsvRecord& record = m_preview.rows.at(r);
        const QStringList rowProblems = m_problems.value(record.line);
        auto* line = new QTableWidgetItem(QString::number(record.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_previewTable->setItem(r, 0, line);
        for (int i = 0; i < columns.size(); ++i)
            m_previewTable->setItem(r, i + 1, new QTableWidgetItem(record.fields.value(columns.at(i))));
        if (!rowProblems.isEmpty()) {
            for (int i = 0; i < m_previewTable->columnCount(); ++i) {
                QTableWidgetItem* item = m_previewTable->item(r, i);
                item->setBackground(QColor(0xFD, 0xE2, 0xE1));
                item->setToolTip(rowProblems.join(u'\n'));
            }
        } else if (const auto skipped = m_skipped.constFind(record.line); skipped != m_skipped.cend()) {
            // Left out on purpose: greyed, not red, with the reason.
            const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);
            for (int i = 0; i < m_previewTable->columnCount(); ++i) {
                QTableWidgetItem* item = m_previewTable->item(r, i);
                item->setForeground(grey);
                item->setToolTip(*skipped);
            }
        }
    }
    m_previewTable->resizeColumnsToContents();
    if (!m_preview.ok)
        m_previewNote->clear();
    else if (m_checked && m_failedRows > 0 && !m_skipped.isEmpty())
        m_previewNote->setText(QCoreApplication::translate(
            "md::ui::ImportDialog",
            "Rows in red will not be imported, rows in grey are skipped; the lists below say why."));
    else if (m_checked && m_failedRows > 0)
        m_previewNote->setText(QCoreApplication::translate(
            "md::ui::ImportDialog", "Rows in red will not be imported; the list below says why."));
    else if (m_checked && !m_skipped.isEmpty())
        m_previewNote->setText(QCoreApplication::translate(
            "md::ui::ImportDialog", "Rows in grey are skipped; the list below says why."));
    else if (m_preview.moreRows)
        m_previewNote->setText(QCoreApplication::translate("md::ui::ImportDialog",
                                                           "The first %Ln row(s); \"Check\" reads them all.",
                                                           "", int(m_preview.rows.size())));
    else
        m_previewNote->setText(QCoreApplication::translate(
            "md::ui::ImportDialog", "All %Ln row(s) of the file.", "", int(m_preview.rows.size())));
}

void ImportMappingPanel::setMappingEnabled(bool enabled)
{
    m_mapping->setEnabled(enabled);
}

void ImportMappingPanel::focusMapping()
{
    m_mapping->setFocus();
}

} // namespace md::ui
