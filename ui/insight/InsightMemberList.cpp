// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightMemberList.h"

#include "services/MemberRows.h"
#include "services/RulesService.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

InsightMemberList::InsightMemberList(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"insightMemberList"_s);
    m_title = new QLabel;
    m_title->setObjectName(u"listTitleLabel"_s);
    m_title->setWordWrap(true);
    m_title->setStyleSheet(u"QLabel { font-size: 15px; font-weight: bold; }"_s);
    m_note = new QLabel;
    m_note->setObjectName(u"listNoteLabel"_s);
    m_note->setWordWrap(true);

    m_model = new InsightMemberModel(m_ctx, this);
    m_view = new QTableView;
    m_view->setObjectName(u"memberListTableView"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);

    m_open = new QPushButton(tr("&Open at the counter"));
    m_open->setObjectName(u"openPushButton"_s);
    m_export = new QPushButton(tr("E&xport CSV…"));
    m_export->setObjectName(u"exportPushButton"_s);
    // Exports carry whole phone numbers: the service refuses clerks, the screen does not offer it.
    m_export->setVisible(m_ctx.actor.role == Role::Owner);

    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = currentMemberId())
            emit openMemberRequested(id);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMemberId())
            emit openMemberRequested(id);
    });
    connect(m_export, &QPushButton::clicked, this, &InsightMemberList::exportWithDialog);
    m_audience = new QPushButton(tr("Use as &event audience…"));
    m_audience->setObjectName(u"audiencePushButton"_s);
    m_audience->setToolTip(tr("Invite the members of this list to an event."));
    m_audience->hide();
    connect(m_audience, &QPushButton::clicked, this, [this] {
        const QVector<qint64> ids = memberIds();
        if (!ids.isEmpty())
            emit audienceRequested(m_name, ids);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_audience);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    clear(QString());
}

void InsightMemberList::showList(const QString& name, const QString& note,
                                 const QVector<InsightFigureColumn>& columns, const QVector<qint64>& ids,
                                 const QVector<QVector<QVariant>>& figures)
{
    QVector<MemberSummary> members;
    QString error;
    if (!MemberRows::load(m_ctx.db, ids, &members, &error)) {
        clear(error);
        return;
    }
    QHash<qint64, int> positionOf;
    positionOf.reserve(ids.size());
    for (int i = 0; i < ids.size(); ++i)
        positionOf.insert(ids[i], i);
    QVector<InsightMemberRow> rows;
    rows.reserve(members.size());
    for (MemberSummary& m : members) {
        const int position = positionOf.value(m.id);
        rows.append({std::move(m), figures.value(position)});
    }
    m_name = name;
    m_model->setRows(columns, std::move(rows), RulesService(m_ctx).current());
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_title->setText(tr("%1 · %Ln member(s)", "", int(m_model->rowCount())).arg(name));
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_view->resizeColumnsToContents();
    m_open->setEnabled(m_model->rowCount() > 0);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_audience->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void InsightMemberList::clear(const QString& hint)
{
    m_name.clear();
    m_model->clear();
    m_title->setText(tr("Members"));
    m_note->setText(hint.isEmpty() ? tr("Click a bar, a quadrant or a list button to see its members here.")
                                   : hint);
    m_note->setVisible(true);
    m_open->setEnabled(false);
    m_export->setEnabled(false);
    m_audience->setEnabled(false);
}

bool InsightMemberList::exportTo(const QString& path, QString* error)
{
    const QVector<InsightFigureColumn>& columns = m_model->figureColumns();
    QStringList headers;
    for (const InsightFigureColumn& c : columns)
        headers.append(c.header);
    QVector<MemberRows::CsvRow> rows;
    rows.reserve(m_model->rowCount());
    for (const InsightMemberRow& row : m_model->rows()) {
        MemberRows::CsvRow csv{row.member.id, {}};
        for (int i = 0; i < columns.size(); ++i)
            csv.figures.append(InsightMemberModel::plainText(row.figures.value(i), columns[i].kind));
        rows.append(csv);
    }
    return MemberRows::writeCsv(m_ctx, path, m_name, headers, rows, error);
}

void InsightMemberList::exportWithDialog()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString fileName = m_name;
    fileName.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export members"), QDir(documents).filePath(fileName + u".csv"_s), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error))
        m_note->setText(tr("%Ln member(s) exported to %1.", "", int(m_model->rowCount()))
                            .arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export members"), error);
}

void InsightMemberList::setAudienceAvailable(bool available)
{
    m_audience->setVisible(available);
}

QVector<qint64> InsightMemberList::memberIds() const
{
    QVector<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.append(m_model->memberIdAt(row));
    return ids;
}

qint64 InsightMemberList::currentMemberId() const
{
    return m_model->memberIdAt(m_view->currentIndex().row());
}

} // namespace md::ui
