// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "ImportIssuesPanel.h"
#include "ImportMappingPanel.h"
#include "common/Formatting.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxIssues = 100000; // kept for the CSV of the problems

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

ImportDialog::ImportDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
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

    // The file's columns and how they map, beside the preview of the first rows.
    m_mapping = new ImportMappingPanel;
    connect(m_mapping, &ImportMappingPanel::mappingChanged, this, &ImportDialog::onMappingChanged);

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
    m_issues = new ImportIssuesPanel;
    connect(m_issues, &ImportIssuesPanel::saveRequested, this, &ImportDialog::saveIssues);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_mapping);
    vertical->addWidget(m_issues);
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
    buttons->addButton(m_issues->saveButton(), QDialogButtonBox::ActionRole);

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
    connect(&m_runner, &ImportRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(&m_runner, &ImportRunner::finished, this, &ImportDialog::onFinished);

    m_createMembers->hide();
    m_header->setEnabled(false);
    if (m_ctx.actor.role != Role::Owner) { // the importers refuse anyone else
        m_choose->setEnabled(false);
        showMessage(tr("Only the owner can import members and purchases."), true);
    }
    m_mapping->showFile(ImportPreview(), kind(), {});
    m_check->setEnabled(false);
    resize(1180, 700);
}

// The runner, a member, stops the worker and waits for it to roll back before the widgets go.
ImportDialog::~ImportDialog() = default;

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
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
    m_issues->setSourcePath(path);
    m_file->setText(QDir::toNativeSeparators(path));
    // A new file: let the header be detected again.
    m_header->setEnabled(false);
    reloadPreview();
    // Next step from the keyboard: Enter checks (or the mapping needs a look first).
    if (m_check->isEnabled())
        m_check->setFocus();
    else
        m_mapping->focusMapping();
    return m_mapping->preview().ok;
}

void ImportDialog::reloadPreview()
{
    if (m_runner.isRunning())
        return;
    m_checked = false;
    m_report = ImportReport();
    m_issues->showReport(m_report);
    if (m_path.isEmpty()) {
        m_mapping->showFile(ImportPreview(), kind(), {});
        updateCheckButton();
        return;
    }
    CsvOptions csv;
    csv.encoding = CsvEncoding(m_encoding->currentData().toInt());
    csv.delimiter = CsvDelimiter(m_delimiter->currentData().toInt());
    // Until the user touches the checkbox, the header is detected; then their choice holds.
    const HeaderMode header = !m_header->isEnabled()
                                  ? HeaderMode::Auto
                                  : (m_header->isChecked() ? HeaderMode::Yes : HeaderMode::No);
    const ImportPreview preview = ImportPreviewReader::read(m_data, kind(), csv, header, kPreviewRows);
    if (!m_header->isEnabled()) {
        const QSignalBlocker blocker(m_header);
        m_header->setChecked(preview.hasHeader);
        m_header->setEnabled(true);
    }
    if (!preview.ok) {
        m_detected->setText(preview.error);
        m_detected->setStyleSheet(errorLabelStyle());
    } else {
        QString delimiter;
        switch (preview.delimiter) {
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
            (preview.hasHeader ? tr("Read as %1, columns separated by %2, %Ln column(s) with names.", "",
                                    preview.columnCount)
                               : tr("Read as %1, columns separated by %2, %Ln column(s) without names.", "",
                                    preview.columnCount))
                .arg(encodingText(preview.encoding) + (preview.hadBom ? tr(" (with BOM)") : QString()),
                     delimiter));
        m_detected->setStyleSheet(QString());
    }
    m_mapping->showFile(preview, kind(), preview.ok ? preview.guessed : QStringList());
    updateCheckButton();
}

QString ImportDialog::mappedField(int column) const
{
    return m_mapping->mappedField(column);
}

void ImportDialog::setMappedField(int column, const QString& field)
{
    m_mapping->setMappedField(column, field);
}

void ImportDialog::onMappingChanged()
{
    updateCheckButton();
    settingsChanged();
}

void ImportDialog::updateCheckButton()
{
    QString problem;
    const bool complete = m_mapping->isComplete(&problem);
    m_check->setEnabled(m_mapping->preview().ok && complete && !m_runner.isRunning());
}

void ImportDialog::settingsChanged()
{
    if (m_runner.isRunning())
        return;
    // Results of a check no longer describe what would be imported.
    if (m_checked) {
        m_checked = false;
        m_report = ImportReport();
        m_issues->showReport(m_report);
        m_mapping->showCheck(nullptr);
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
    const QStringList& fields = m_mapping->fields();
    for (int c = 0; c < fields.size(); ++c) {
        if (!fields.at(c).isEmpty())
            options.mappings << u"%1=%2"_s.arg(fields.at(c)).arg(c + 1);
    }
    options.dateFormat = m_dateFormat->currentData().toString();
    options.duplicates = DuplicatePolicy(m_duplicates->currentData().toInt());
    options.createMembers = kind() == ImportKind::Purchases && m_createMembers->isChecked();
    // The check box by its own words (without its mnemonic), so the hint names what the owner sees.
    options.createMembersHint = tr("Tick “%1” to create them.").arg(m_createMembers->text().remove(u'&'));
    // Ambiguous dates: the date box and its choices by their own words (the CLI names its flag).
    options.dateFormatHint = tr("Choose “%1” or “%2” in the date box above.")
                                 .arg(m_dateFormat->itemText(1), m_dateFormat->itemText(2));
    options.maxIssues = kMaxIssues;
    options.sourceName = QFileInfo(m_path).fileName();
    return options;
}

void ImportDialog::check()
{
    start(ImportRunner::Mode::Check);
}

void ImportDialog::importValidRows()
{
    if (!m_checked || !m_report.ok)
        return;
    start(ImportRunner::Mode::Import);
}

void ImportDialog::start(ImportRunner::Mode mode)
{
    QString problem;
    if (m_runner.isRunning() || !m_mapping->isComplete(&problem))
        return;
    setBusy(true);
    m_result->setStyleSheet(QString());
    m_result->setText(mode == ImportRunner::Mode::Check ? tr("Checking every row…") : tr("Importing…"));
    m_runner.start(mode, m_ctx, kind(), m_data, currentOptions());
}

bool ImportDialog::isBusy() const
{
    return m_runner.isRunning();
}

void ImportDialog::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_choose, m_encoding, m_delimiter, m_header,
                                                      m_dateFormat, m_duplicates, m_createMembers, m_check,
                                                      m_import, m_issues->saveButton()})
        w->setEnabled(!busy);
    m_mapping->setMappingEnabled(!busy);
    m_close->setText(busy ? tr("Stop") : tr("Cancel"));
    m_close->setToolTip(busy ? tr("Stops; nothing is written.") : tr("Closes without importing anything."));
}

void ImportDialog::onFinished(ImportRunner::Mode mode, const ImportReport& report)
{
    m_report = report;
    setBusy(false);
    const QLocale locale;
    const QString seconds = locale.toString(double(m_report.elapsedMs) / 1000.0, 'f', 1);
    const bool members = kind() == ImportKind::Members;
    if (!m_report.ok) {
        m_checked = false;
        showMessage(m_report.cancelled ? tr("Stopped. Nothing was written.")
                                       : tr("Nothing was imported: %1").arg(m_report.error),
                    !m_report.cancelled);
    } else if (mode == ImportRunner::Mode::Check) {
        m_checked = true;
        // Whole sentences, one per count: translations never glue fragments.
        QStringList lines{tr("Checked %Ln row(s) in %1 s.", "", int(m_report.rows)).arg(seconds)};
        lines << (members ? tr("%Ln member(s) can be imported.", "", int(m_report.imported))
                          : tr("%Ln purchase(s) can be imported.", "", int(m_report.imported)));
        if (m_report.duplicates > 0)
            lines
                << (m_report.merged > 0
                        ? tr("%Ln share a phone, card or old number with a member of the shop or a row above "
                             "in the file: they will be merged into that member.",
                             "", int(m_report.duplicates))
                        : tr("%Ln share a phone, card or old number with a member of the shop or a row above "
                             "in the file: they will be skipped.",
                             "", int(m_report.duplicates)));
        if (m_report.alreadyRecorded > 0)
            lines << tr("%Ln purchase(s) already recorded (same member, time and amount): they will be "
                        "skipped.",
                        "", int(m_report.alreadyRecorded));
        if (m_report.skipped > m_report.duplicates + m_report.alreadyRecorded)
            lines << tr("%Ln skipped (anonymised or voided).", "",
                        int(m_report.skipped - m_report.duplicates - m_report.alreadyRecorded));
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
    m_issues->showReport(m_report);
    m_mapping->showCheck(m_checked ? &m_report : nullptr);
    m_import->setEnabled(m_checked && m_report.ok && (m_report.imported > 0 || m_report.merged > 0));
    m_check->setEnabled(m_mapping->preview().ok && mode != ImportRunner::Mode::Import);
    if (m_importedOnce) {
        m_close->setText(tr("Close"));
        m_close->setToolTip(QString());
        m_check->setEnabled(false);
    }
    emit finished();
}

bool ImportDialog::saveIssues(const QString& path)
{
    QString error;
    if (!saveImportIssues(path, m_report.issues, m_report.skippedRows, &error)) {
        showMessage(error, true);
        return false;
    }
    const QString where = QDir::toNativeSeparators(path);
    const int skipped = int(m_report.skippedRows.size());
    if (m_report.issues.isEmpty() && skipped > 0) {
        showMessage(tr("%Ln skipped row(s) saved to %1.", "", skipped).arg(where), false);
        return true;
    }
    QString text = tr("%Ln error(s) saved to %1.", "", int(m_report.issues.size())).arg(where);
    if (skipped > 0)
        text += u"  "_s + tr("The file lists %Ln skipped row(s) after them.", "", skipped);
    showMessage(text, false);
    return true;
}

void ImportDialog::showMessage(const QString& text, bool error)
{
    m_result->setText(text);
    m_result->setStyleSheet(error ? errorLabelStyle() : QString());
}

void ImportDialog::reject()
{
    if (m_runner.isRunning()) {
        // Stop: the importer rolls its transaction back at its next progress report.
        m_runner.stop();
        m_result->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace md::ui
