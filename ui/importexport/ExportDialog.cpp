// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "common/WorkerPool.h"
#include "importio/CsvExporter.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace md::ui {

ExportDialog::ExportDialog(const ServiceContext& ctx, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export to a spreadsheet (CSV)"));
    m_what = new QComboBox;
    m_what->setObjectName(u"whatComboBox"_s);
    m_what->addItem(tr("All members"), int(What::Members));
    m_what->addItem(tr("All purchases"), int(What::Purchases));
    m_file = new QLineEdit;
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setMinimumWidth(380);
    m_file->setPlaceholderText(tr("Where to save the file"));
    m_choose = new QPushButton(tr("&Choose…"));
    m_choose->setObjectName(u"chooseFilePushButton"_s);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* form = new QFormLayout;
    form->addRow(tr("&Export:"), m_what);
    auto* fileLabel = new QLabel(tr("&File:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    auto* note =
        new QLabel(tr("The file is UTF-8 with a byte order mark, so Excel shows Chinese correctly. It "
                      "holds members' personal data: keep it safe. Anonymised members are exported "
                      "without it. The export is recorded in the audit log."));
    note->setWordWrap(true);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"progressBar"_s);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_result = new QLabel;
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox;
    m_export = buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportPushButton"_s);
    m_export->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closePushButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);

    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    auto suggest = [this, folder] {
        const QString stem =
            m_what->currentData().toInt() == int(What::Members) ? tr("members") : tr("purchases");
        const QString name = u"%1-%2.csv"_s.arg(stem, m_ctx.clock.today().toString(u"yyyyMMdd"_s));
        const QFileInfo current(m_file->text());
        m_file->setText(QDir::toNativeSeparators(
            QDir(m_file->text().isEmpty() ? folder : current.path()).filePath(name)));
    };
    suggest();
    connect(m_what, &QComboBox::currentIndexChanged, this, suggest);
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::onFinished);
    if (!Permissions::allows(m_ctx.actor.role, Permission::ExportData)) {
        m_result->setText(tr("Only the owner can export member data."));
        m_result->setStyleSheet(errorLabelStyle());
    }
    updateButtons();
    setMinimumWidth(640);
    resize(680, 240);
}

ExportDialog::~ExportDialog()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void ExportDialog::setWhat(What what)
{
    m_what->setCurrentIndex(m_what->findData(int(what)));
}

void ExportDialog::setFilePath(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), QDir::fromNativeSeparators(m_file->text()), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        setFilePath(path.endsWith(u".csv"_s, Qt::CaseInsensitive) ? path : path + u".csv"_s);
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_running && !m_file->text().trimmed().isEmpty() &&
                         Permissions::allows(m_ctx.actor.role, Permission::ExportData));
    m_what->setEnabled(!m_running);
    m_file->setEnabled(!m_running);
    m_choose->setEnabled(!m_running);
    m_close->setText(m_running ? tr("Stop") : tr("Close"));
}

void ExportDialog::exportNow()
{
    if (m_running || m_file->text().trimmed().isEmpty())
        return;
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    const bool members = m_what->currentData().toInt() == int(What::Members);
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress->setValue(0);
    m_progress->show();
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Exporting…"));
    updateButtons();
    const QString dbPath = m_ctx.db.path();
    const Clock* clock = &m_ctx.clock;
    const Actor actor = m_ctx.actor;
    auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(
        workerPool(), [dbPath, clock, actor, path, members, cancel](QPromise<Outcome>& promise) {
            Outcome outcome;
            Database db;
            if (db.open(dbPath, &outcome.error)) {
                CsvExporter exporter(ServiceContext{db, *clock, actor});
                promise.setProgressRange(0, 1000);
                exporter.setProgress([&promise, cancel](qint64 done, qint64 total) {
                    promise.setProgressValue(total > 0 ? int(done * 1000 / total) : 0);
                    return !cancel->load();
                });
                outcome.ok = members ? exporter.exportMembers(path, &outcome.rows, &outcome.error)
                                     : exporter.exportPurchases(path, &outcome.rows, &outcome.error);
            }
            promise.addResult(outcome);
        }));
}

void ExportDialog::onFinished()
{
    m_running = false;
    const Outcome outcome = m_watcher.future().resultCount() > 0 ? m_watcher.result() : Outcome();
    m_progress->hide();
    const bool members = m_what->currentData().toInt() == int(What::Members);
    if (outcome.ok) {
        m_rows = outcome.rows;
        m_result->setText((members ? tr("%Ln member(s) exported to %1.", "", int(outcome.rows))
                                   : tr("%Ln purchase(s) exported to %1.", "", int(outcome.rows)))
                              .arg(m_file->text()));
        m_result->setStyleSheet(successLabelStyle());
    } else {
        m_result->setText(tr("Nothing was exported: %1").arg(outcome.error));
        m_result->setStyleSheet(errorLabelStyle());
    }
    updateButtons();
    emit finished();
}

void ExportDialog::reject()
{
    if (m_running) {
        m_cancel->store(true);
        m_result->setText(tr("Stopping…"));
        return;
    }
    QDialog::reject();
}

} // namespace md::ui
