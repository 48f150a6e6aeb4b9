// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "importio/MemberImporter.h"
#include "importio/PurchaseImporter.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxIssues = 100000; // kept for the CSV of the problems
constexpr int kShownIssues = 2000; // listed in the dialog

void runInWorker(QPromise<ImportReport>& promise, const QString& dbPath, const Clock* clock,
                 const Actor& actor, ImportKind kind, const QByteArray& data, ImportOptions options,
                 std::shared_ptr<std::atomic_bool> cancel)
{
    // The result is always added (a cancelled QFuture would drop it): a stop that comes after the commit
    // must still report what was imported.
    ImportReport report;
    Database db;
    if (db.open(dbPath, &report.error)) {
        const ServiceContext ctx{db, *clock, actor};
        promise.setProgressRange(0, 1000);
        options.progress = [&promise, cancel](double done) {
            promise.setProgressValue(int(done * 1000));
            return !cancel->load();
        };
        if (kind == ImportKind::Members)
            MemberImporter(ctx).run(data, options, &report);
        else
            PurchaseImporter(ctx).run(data, options, &report);
    }
    promise.addResult(report);
}

QString encodingText(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Gb18030:
        return u"GBK / GB18030"_s;
    case CsvEncoding::Big5:
        return u"Big5"_s;
    case CsvEncoding::Utf16:
        return u"UTF-16"_s;
    case CsvEncoding::Auto:
        break;
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(const ServiceContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import from a spreadsheet (CSV)"));

    // File and how it is read.
    m_kind = new QComboBox;
    m_kind->setObjectName(u"kindComboBox"_s);
    m_kind->addItem(tr("Members"), int(ImportKind::Members));
    m_kind->addItem(tr("Purchase history"), int(ImportKind::Purchases));
    m_file = new QLineEdit;
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("Choose a CSV file saved from Excel…"));
    m_choose = new QPushButton(tr("&Choose file…"));
    m_choose->setObjectName(u"chooseFilePushButton"_s);
    m_encoding = new QComboBox;
    m_encoding->setObjectName(u"encodingComboBox"_s);
    m_encoding->addItem(tr("Automatic"), int(CsvEncoding::Auto));
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Gb18030, CsvEncoding::Big5, CsvEncoding::Utf16})
        m_encoding->addItem(encodingText(e), int(e));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(u"delimiterComboBox"_s);
    m_delimiter->addItem(tr("Automatic"), int(CsvDelimiter::Auto));
    m_delimiter->addItem(tr("Comma ,"), int(CsvDelimiter::Comma));
    m_delimiter->addItem(tr("Semicolon ;"), int(CsvDelimiter::Semicolon));
    m_delimiter->addItem(tr("Tab"), int(CsvDelimiter::Tab));
    m_delimiter->addItem(tr("Spaces"), int(CsvDelimiter::Whitespace));
    m_header = new QCheckBox(tr("First row holds the column names"));
    m_header->setObjectName(u"headerCheckBox"_s);
    m_dateFormat = new QComboBox;
    m_dateFormat->setObjectName(u"dateFormatComboBox"_s);
    m_dateFormat->addItem(tr("Automatic (2024-05-17, 2024/5/17, 20240517, 2024年5月17日)"), QString());
    m_dateFormat->addItem(tr("Day first (17/05/2024)"), u"dd/MM/yyyy"_s);
    m_dateFormat->addItem(tr("Month first (05/17/2024)"), u"MM/dd/yyyy"_s);
    m_detected = new QLabel;
    m_detected->setObjectName(u"detectedLabel"_s);
    m_detected->setWordWrap(true);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_kind);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* readRow = new QHBoxLayout;
    auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text);
        label->setBuddy(w);
        readRow->addWidget(label);
        readRow->addWidget(w);
    };
    addLabelled(tr("&Encoding:"), m_encoding);
    addLabelled(tr("&Delimiter:"), m_delimiter);
    addLabelled(tr("Da&tes:"), m_dateFormat);
    readRow->addWidget(m_header);
    readRow->addStretch(1);

    // Mapping: one row per file column.
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(u"mappingTableWidget"_s);
    m_mapping->setHorizontalHeaderLabels({tr("File column"), tr("First value"), tr("Imported as")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingStatus = new QLabel;
    m_mappingStatus->setObjectName(u"mappingStatusLabel"_s);
    m_mappingStatus->setWordWrap(true);
    auto* mappingBox = new QGroupBox(tr("Columns (* required)"));
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
    auto* previewBox = new QGroupBox(tr("Preview: the first rows as they will be imported"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_previewTable, 1);
    previewLayout->addWidget(m_previewNote);

    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(mappingBox);
    top->addWidget(previewBox);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    top->setChildrenCollapsible(false);

    // Checking and its results.
    m_duplicates = new QComboBox;
    m_duplicates->setObjectName(u"duplicatesComboBox"_s);
    m_duplicates->addItem(tr("Skip members already in the shop (same phone, card or old number)"),
                          int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Merge: fill in members already in the shop from the file"),
                          int(DuplicatePolicy::Merge));
    m_createMembers = new QCheckBox(tr("Create members the shop does not know yet"));
    m_createMembers->setObjectName(u"createMembersCheckBox"_s);
    m_check = new QPushButton(tr("C&heck"));
    m_check->setObjectName(u"checkPushButton"_s);
    m_check->setToolTip(tr("Reads every row and reports what would be imported; nothing is written."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_duplicates);
    checkRow->addWidget(m_createMembers);
    checkRow->addStretch(1);
    checkRow->addWidget(m_progress);
    checkRow->addWidget(m_check);

    m_result = new QLabel;
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_issues = new QTableWidget(0, 3);
    m_issues->setObjectName(u"issuesTableWidget"_s);
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Problem")});
    m_issues->verticalHeader()->hide();
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setWordWrap(false);
    m_saveIssues = new QPushButton(tr("&Save errors as CSV…"));
    m_saveIssues->setObjectName(u"saveIssuesPushButton"_s);
    m_saveIssues->setEnabled(false);
    auto* resultBox = new QWidget;
    auto* resultLayout = new QVBoxLayout(resultBox);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_issues, 1);
    m_issuesNote = new QLabel;
    m_issuesNote->setObjectName(u"issuesNoteLabel"_s);
    m_issuesNote->hide();
    resultLayout->addWidget(m_issuesNote);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(top);
    vertical->addWidget(resultBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("&Import valid rows"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importPushButton"_s);
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(u"closePushButton"_s);
    m_close->setToolTip(tr("Closes without importing anything."));
    buttons->addButton(m_saveIssues, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(readRow);
    layout->addWidget(m_detected);
    layout->addWidget(vertical, 1);
    layout->addLayout(checkRow);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_duplicates->setVisible(kind() == ImportKind::Members);
        m_createMembers->setVisible(kind() == ImportKind::Purchases);
        reloadPreview();
    });
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadPreview);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::reloadPreview);
    connect(m_header, &QCheckBox::toggled, this, &ImportDialog::reloadPreview);
    connect(m_dateFormat, &QComboBox::currentIndexChanged, this, &ImportDialog::settingsChanged);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::settingsChanged);
    connect(m_createMembers, &QCheckBox::toggled, this, &ImportDialog::settingsChanged);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importValidRows);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_saveIssues, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save errors as CSV"),
            QFileInfo(m_path).dir().filePath(QFileInfo(m_path).completeBaseName() + tr("-errors") +
                                             u".csv"_s),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            saveIssues(path);
    });
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::onFinished);

    m_createMembers->hide();
    m_header->setEnabled(false);
    if (m_ctx.actor.role != Role::Owner) { // the importers refuse anyone else
        m_choose->setEnabled(false);
        showMessage(tr("Only the owner can import members and purchases."), true);
    }
    rebuildMapping();
    rebuildPreview();
    m_check->setEnabled(false);
    resize(1180, 700);
}

ImportDialog::~ImportDialog()
{
    // The worker writes through its own connection; let it roll back before the dialog goes.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ImportDialog::fieldName(const QString& field) const
{
    const bool members = kind() == ImportKind::Members;
    if (field == u"name"_s)
        return members ? tr("Name") : tr("Name (for new members)");
    if (field == u"phone"_s)
        return tr("Phone");
    if (field == u"birthday"_s)
        return tr("Birthday");
    if (field == u"card"_s)
        return tr("Card number");
    if (field == u"gender"_s)
        return tr("Gender");
    if (field == u"note"_s)
        return tr("Note");
    if (field == u"external_ref"_s)
        return tr("Number in the old system");
    if (field == u"consent"_s)
        return tr("Marketing consent");
    if (field == u"anonymized"_s)
        return tr("Anonymised");
    if (field == u"member_ref"_s)
        return tr("Member (number, card, phone or old number)");
    if (field == u"date"_s)
        return tr("Date");
    if (field == u"amount"_s)
        return tr("Amount");
    if (field == u"profit"_s)
        return tr("Gross profit");
    if (field == u"voided"_s)
        return tr("Voided");
    return field;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV file"), QFileInfo(m_path).path(),
                                                      tr("CSV and text files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportDialog::setFilePath(const QString& path)
{
    QString error;
    QByteArray data;
    if (!CsvReader::readBytes(path, &data, &error)) {
        showMessage(error, true);
        return false;
    }
    m_path = path;
    m_data = data;
    m_file->setText(QDir::toNativeSeparators(path));
    // A new file: let the header be detected again.
    m_header->setEnabled(false);
    reloadPreview();
    // Next step from the keyboard: Enter checks (or the mapping needs a look first).
    if (m_check->isEnabled())
        m_check->setFocus();
    else
        m_mapping->setFocus();
    return m_preview.ok;
}

void ImportDialog::reloadPreview()
{
    if (m_running != Run::None)
        return;
    m_checked = false;
    m_report = ImportReport();
    showIssues();
    if (m_path.isEmpty()) {
        rebuildMapping();
        rebuildPreview();
        return;
    }
    CsvOptions csv;
    csv.encoding = CsvEncoding(m_encoding->currentData().toInt());
    csv.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    // Until the user touches the checkbox, the header is detected; then their choice holds.
    const HeaderMode header = !m_header->isEnabled()
                                  ? HeaderMode::Auto
                                  : (m_header->isChecked() ? HeaderMode::Yes : HeaderMode::No);
    m_preview = ImportPreviewReader::read(m_data, kind(), csv, header, kPreviewRows);
    if (!m_header->isEnabled()) {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(m_preview.hasHeader);
        m_header->setEnabled(true);
    }
    if (!m_preview.ok) {
        m_detected->setText(m_preview.error);
        m_detected->setStyleSheet(errorLabelStyle());
        m_fields.clear();
    } else {
        QString delimiter;
        switch (m_preview.delimiter) {
        case CsvDelimiter::Semicolon:
            delimiter = tr("semicolons");
            break;
        case CsvDelimiter::Tab:
            delimiter = tr("tabs");
            break;
        case CsvDelimiter::Whitespace:
            delimiter = tr("spaces");
            break;
        default:
            delimiter = tr("commas");
        }
        m_detected->setText(
            (m_preview.hasHeader ? tr("Read as %1, columns separated by %2, %Ln column(s) with names.", "",
                                      m_preview.columnCount)
                                 : tr("Read as %1, columns separated by %2, %Ln column(s) without names.", "",
                                      m_preview.columnCount))
                .arg(encodingText(m_preview.encoding) + (m_preview.hadBom ? tr(" (with BOM)") : QString()),
                     delimiter));
        m_detected->setStyleSheet(QString());
        m_fields = m_preview.guessed;
    }
    rebuildMapping();
    rebuildPreview();
}

void ImportDialog::rebuildMapping()
{
    const QStringList keys = ColumnMapping::fieldKeys(kind());
    const QStringList required = ColumnMapping::requiredFields(kind());
    m_mapping->setRowCount(m_preview.ok ? m_preview.columnCount : 0);
    for (int c = 0; c < m_mapping->rowCount(); ++c) {
        auto* name = new QTableWidgetItem(m_preview.columnName(c));
        m_mapping->setItem(c, 0, name);
        const QString first = m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().fields.value(c);
        auto* sample = new QTableWidgetItem(first);
        sample->setForeground(palette().placeholderText());
        m_mapping->setItem(c, 1, sample);
        auto* combo = new QComboBox;
        combo->setObjectName(u"fieldComboBox%1"_s.arg(c));
        combo->addItem(tr("— ignore —"), QString());
        for (const QString& key : keys)
            combo->addItem(fieldName(key) + (required.contains(key) ? u" *"_s : QString()), key);
        combo->setCurrentIndex(qMax(0, combo->findData(m_fields.value(c))));
        const QString reason = ColumnMapping::notImportedReason(kind(), m_preview.header.value(c));
        if (!reason.isEmpty()) {
            name->setToolTip(reason);
            combo->setToolTip(reason);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c] { onMappingChanged(c); });
        m_mapping->setCellWidget(c, 2, combo);
    }
    QString problem;
    const bool complete = mappingComplete(&problem);
    m_mappingStatus->setText(problem);
    m_mappingStatus->setStyleSheet(complete ? QString() : errorLabelStyle());
    m_check->setEnabled(m_preview.ok && complete && m_running == Run::None);
}

QString ImportDialog::mappedField(int column) const
{
    return m_fields.value(column);
}

void ImportDialog::setMappedField(int column, const QString& field)
{
    if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2)))
        combo->setCurrentIndex(qMax(0, combo->findData(field)));
}

void ImportDialog::onMappingChanged(int column)
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
    QString problem;
    const bool complete = mappingComplete(&problem);
    m_mappingStatus->setText(problem);
    m_mappingStatus->setStyleSheet(complete ? QString() : errorLabelStyle());
    m_check->setEnabled(m_preview.ok && complete && m_running == Run::None);
    settingsChanged();
    rebuildPreview();
}

bool ImportDialog::mappingComplete(QString* problem) const
{
    problem->clear();
    if (!m_preview.ok)
        return false;
    QStringList missing;
    for (const QString& key : ColumnMapping::requiredFields(kind())) {
        if (m_fields.contains(key))
            continue;
        if (key == u"member_ref"_s && (m_fields.contains(u"card"_s) || m_fields.contains(u"phone"_s)))
            continue;
        missing << fieldName(key);
    }
    if (missing.isEmpty()) {
        *problem = tr("Every required field has a column.");
        return true;
    }
    *problem = tr("Choose a column for: %1.").arg(QLocale().createSeparatedList(missing));
    return false;
}

void ImportDialog::rebuildPreview()
{
    const QStringList keys = ColumnMapping::fieldKeys(kind());
    QVector<int> columns; // file column of each preview column, in field order
    QStringList labels{tr("Line")};
    for (const QString& key : keys) {
        const int c = int(m_fields.indexOf(key));
        if (c >= 0) {
            columns << c;
            labels << fieldName(key);
        }
    }
    QHash<int, QStringList> problems;
    if (m_checked) {
        for (const ImportIssue& issue : m_report.issues)
            problems[issue.line] << (issue.column.isEmpty() ? issue.message
                                                            : issue.column + u": "_s + issue.message);
    }
    m_previewTable->clear();
    m_previewTable->setColumnCount(int(labels.size()));
    m_previewTable->setHorizontalHeaderLabels(labels);
    m_previewTable->setRowCount(m_preview.ok ? int(m_preview.rows.size()) : 0);
    for (int r = 0; r < m_previewTable->rowCount(); ++r) {
        const CsvRecord& record = m_preview.rows.at(r);
        const QStringList rowProblems = problems.value(record.line);
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
        }
    }
    m_previewTable->resizeColumnsToContents();
    if (!m_preview.ok)
        m_previewNote->clear();
    else if (m_checked && m_report.failedRows > 0)
        m_previewNote->setText(tr("Rows in red will not be imported; the list below says why."));
    else if (m_preview.moreRows)
        m_previewNote->setText(
            tr("The first %Ln row(s); \"Check\" reads them all.", "", int(m_preview.rows.size())));
    else
        m_previewNote->setText(tr("All %Ln row(s) of the file.", "", int(m_preview.rows.size())));
}

void ImportDialog::settingsChanged()
{
    if (m_running != Run::None)
        return;
    // Results of a check no longer describe what would be imported.
    if (m_checked) {
        m_checked = false;
        m_report = ImportReport();
        showIssues();
        rebuildPreview();
    }
    m_import->setEnabled(false);
}

ImportOptions ImportDialog::currentOptions() const
{
    ImportOptions options;
    options.csv.encoding = CsvEncoding(m_encoding->currentData().toInt());
    options.csv.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    options.header = m_header->isChecked() ? HeaderMode::Yes : HeaderMode::No;
    options.automaticMapping = false;
    for (int c = 0; c < m_fields.size(); ++c) {
        if (!m_fields.at(c).isEmpty())
            options.mappings << u"%1=%2"_s.arg(m_fields.at(c)).arg(c + 1);
    }
    options.dateFormat = m_dateFormat->currentData().toString();
    options.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    options.createMembers = kind() == ImportKind::Purchases && m_createMembers->isChecked();
    options.maxIssues = kMaxIssues;
    options.sourceName = QFileInfo(m_path).fileName();
    return options;
}

void ImportDialog::check()
{
    start(Run::Check);
}

void ImportDialog::importValidRows()
{
    if (!m_checked || !m_report.ok)
        return;
    start(Run::Import);
}

void ImportDialog::start(Run run)
{
    QString problem;
    if (m_running != Run::None || !mappingComplete(&problem))
        return;
    ImportOptions options = currentOptions();
    options.dryRun = run == Run::Check;
    m_running = run;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    setBusy(true);
    m_result->setStyleSheet(QString());
    m_result->setText(run == Run::Check ? tr("Checking every row…") : tr("Importing…"));
    m_watcher.setFuture(QtConcurrent::run(&runInWorker, m_ctx.db.path(), &m_ctx.clock, m_ctx.actor, kind(),
                                          m_data, options, m_cancel));
}

bool ImportDialog::isBusy() const
{
    return m_running != Run::None;
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_choose, m_encoding, m_delimiter, m_header,
                                                      m_dateFormat, m_mapping, m_duplicates, m_createMembers,
                                                      m_check, m_import, m_saveIssues})
        w->setEnabled(!busy);
    m_close->setText(busy ? tr("Stop") : tr("Cancel"));
    m_close->setToolTip(busy ? tr("Stops; nothing is written.") : tr("Closes without importing anything."));
}

void ImportDialog::onFinished()
{
    const Run run = m_running;
    m_running = Run::None;
    m_report = m_watcher.future().resultCount() > 0 ? m_watcher.result() : ImportReport();
    setBusy(false);
    const QLocale locale;
    const QString seconds = locale.toString(double(m_report.elapsedMs) / 1000.0, 'f', 1);
    const bool members = kind() == ImportKind::Members;
    if (!m_report.ok) {
        m_checked = false;
        showMessage(m_report.cancelled ? tr("Stopped. Nothing was written.")
                                       : tr("Nothing was imported: %1").arg(m_report.error),
                    !m_report.cancelled);
    } else if (run == Run::Check) {
        m_checked = true;
        // Whole sentences, one per count: translations never glue fragments.
        QStringList lines{tr("Checked %Ln row(s) in %1 s.", "", int(m_report.rows)).arg(seconds)};
        lines << (members ? tr("%Ln member(s) can be imported.", "", int(m_report.imported))
                          : tr("%Ln purchase(s) can be imported.", "", int(m_report.imported)));
        if (m_report.duplicates > 0)
            lines << (m_report.merged > 0
                          ? tr("%Ln already in the shop: they will be merged.", "", int(m_report.duplicates))
                          : tr("%Ln already in the shop: they will be skipped.", "",
                               int(m_report.duplicates)));
        if (m_report.skipped > m_report.duplicates)
            lines << tr("%Ln skipped (anonymised or voided).", "",
                        int(m_report.skipped - m_report.duplicates));
        if (m_report.zeroValue > 0)
            lines << tr("%Ln of ¥0.00, imported all the same (a visit is a visit).", "",
                        int(m_report.zeroValue));
        if (m_report.createdMembers > 0)
            lines << tr("%Ln new member(s) will be created for them.", "", int(m_report.createdMembers));
        lines << tr("%Ln row(s) with errors will not be imported.", "", int(m_report.failedRows));
        showMessage(lines.join(u"  "_s), false);
    } else {
        m_checked = false;
        m_importedOnce = true;
        QStringList lines{members ? tr("Done: %Ln member(s) imported.", "", int(m_report.imported))
                                  : tr("Done: %Ln purchase(s) imported.", "", int(m_report.imported))};
        if (m_report.merged > 0)
            lines << tr("%Ln member(s) already in the shop updated.", "", int(m_report.merged));
        if (m_report.skipped > 0)
            lines << tr("%Ln row(s) skipped.", "", int(m_report.skipped));
        if (m_report.createdMembers > 0)
            lines << tr("%Ln new member(s) created.", "", int(m_report.createdMembers));
        if (m_report.failedRows > 0)
            lines << tr("%Ln row(s) with errors left out.", "", int(m_report.failedRows));
        showMessage(lines.join(u"  "_s), false);
        m_result->setStyleSheet(successLabelStyle());
        emit imported();
    }
    showIssues();
    rebuildPreview();
    m_import->setEnabled(m_checked && m_report.ok && (m_report.imported > 0 || m_report.merged > 0));
    m_check->setEnabled(m_preview.ok && run != Run::Import);
    if (m_importedOnce) {
        m_close->setText(tr("Close"));
        m_close->setToolTip(QString());
        m_check->setEnabled(false);
    }
    emit finished();
}

void ImportDialog::showIssues()
{
    const QVector<ImportIssue>& issues = m_report.issues;
    // A table of every problem of a badly mapped 100,000-row file would take seconds to build; the
    // first ones show what is wrong, the CSV holds them all.
    const int shown = int(qMin<qsizetype>(issues.size(), kShownIssues));
    m_issues->setRowCount(shown);
    if (m_report.errorCount > shown)
        m_issuesNote->setText(
            tr("Showing the first %Ln of %1 problems; \"Save errors as CSV\" writes %2 of them.", "", shown)
                .arg(QLocale().toString(m_report.errorCount), QLocale().toString(qint64(issues.size()))));
    m_issuesNote->setVisible(m_report.errorCount > shown);
    for (int i = 0; i < shown; ++i) {
        auto* line = new QTableWidgetItem(QString::number(issues.at(i).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(i, 0, line);
        m_issues->setItem(i, 1, new QTableWidgetItem(issues.at(i).column));
        auto* message = new QTableWidgetItem(issues.at(i).message);
        message->setToolTip(issues.at(i).message);
        m_issues->setItem(i, 2, message);
    }
    m_saveIssues->setEnabled(!issues.isEmpty() && m_running == Run::None);
}

bool ImportDialog::saveIssues(const QString& path)
{
    QString error;
    if (!saveImportIssues(path, m_report.issues, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(
        tr("%Ln error(s) saved to %1.", "", int(m_report.issues.size())).arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

void ImportDialog::showMessage(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? errorLabelStyle() : QString());
}

void ImportDialog::reject()
{
    if (m_running != Run::None) {
        // Stop: the importer rolls its transaction back at its next progress report.
        m_cancel->store(true);
        m_result->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace md::ui
