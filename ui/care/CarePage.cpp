// SPDX-License-Identifier: GPL-3.0-or-later
#include "care/CarePage.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "common/WorkerPool.h"
#include "storage/Database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kMemberRole = Qt::UserRole + 1;      ///< rows: the member; headings and "Show more": the kind
constexpr int kCountRole = Qt::UserRole + 2;       ///< headings: rows not done in the group
constexpr int kMoreRole = Qt::UserRole + 3;        ///< true on a group's "Show more" row
constexpr int kPlaceholderRole = Qt::UserRole + 4; ///< true on the "Loading…" line of an empty list
constexpr int kKindCount = CareList::kKindCount;
constexpr int kFoldAbove = 15;

QString groupTitle(CareRow::Kind kind, int count)
{
    switch (kind) {
    case CareRow::Kind::BirthdayToday:
        return CarePage::tr("Birthdays today (%Ln)", "", count);
    case CareRow::Kind::BirthdayThisWeek:
        return CarePage::tr("Birthdays this week (%Ln)", "", count);
    case CareRow::Kind::NearNextTier:
        return CarePage::tr("Close to the next tier (%Ln)", "", count);
    case CareRow::Kind::PointsExpiring:
        return CarePage::tr("Points expiring within 30 days (%Ln)", "", count);
    case CareRow::Kind::FollowupDue:
        return CarePage::tr("Follow-ups due (%Ln)", "", count);
    case CareRow::Kind::ComplaintOpen:
        return CarePage::tr("Open complaints (%Ln)", "", count);
    case CareRow::Kind::Lapsed:
        return CarePage::tr("Regulars not seen lately (%Ln)", "", count);
    }
    return QString();
}

QColor kindColor(CareRow::Kind kind)
{
    switch (kind) {
    case CareRow::Kind::BirthdayToday:
    case CareRow::Kind::BirthdayThisWeek:
        return QColor(0xd9, 0x48, 0x5f);
    case CareRow::Kind::NearNextTier:
        return QColor(0xc2, 0x9a, 0x1c);
    case CareRow::Kind::PointsExpiring:
        return QColor(0xe0, 0x7a, 0x1f);
    case CareRow::Kind::FollowupDue:
        return QColor(0x2f, 0x7c, 0xc4);
    case CareRow::Kind::ComplaintOpen:
        return QColor(0xb4, 0x23, 0x18);
    case CareRow::Kind::Lapsed:
        return QColor(0x6b, 0x72, 0x80);
    }
    return QColor(Qt::gray);
}

QString moreText(int remaining)
{
    return CarePage::tr("Show more… (%Ln more)", "", remaining);
}

} // namespace

CarePage::CarePage(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_limits(kKindCount, kPageRows), m_kindCounts(kKindCount, 0)
{
    setObjectName(u"carePage"_s);
    auto* title = new QLabel(tr("Today's care list"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_status = new QLabel;
    m_status->setObjectName(u"statusLabel"_s);
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_tree = new QTreeWidget;
    m_tree->setObjectName(u"careTreeWidget"_s);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Member"), tr("Why"), tr("Date")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(0, m_tree->fontMetrics().horizontalAdvance(u"MMMMMMMMMMMMMMMMMMMMMM"_s));
    m_tree->installEventFilter(this);

    m_openButton = new QPushButton(tr("Open at the counter (Enter)"));
    m_openButton->setObjectName(u"openPushButton"_s);
    m_doneButton = new QPushButton(tr("Mark done (Space)"));
    m_doneButton->setObjectName(u"donePushButton"_s);
    m_undoButton = new QPushButton(tr("Undo (Ctrl+Z)"));
    m_undoButton->setObjectName(u"undoPushButton"_s);
    m_undoButton->setEnabled(false);
    m_refreshButton = new QPushButton(tr("Refresh"));
    m_refreshButton->setObjectName(u"refreshPushButton"_s);
    for (QPushButton* button : {m_openButton, m_doneButton, m_undoButton, m_refreshButton})
        button->setFocusPolicy(Qt::NoFocus);

    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    auto* undo =
        new QShortcut(QKeySequence::Undo, this, this, &CarePage::undoLast, Qt::WidgetWithChildrenShortcut);
    undo->setObjectName(u"undoShortcut"_s);
    connect(m_openButton, &QPushButton::clicked, this, &CarePage::openCurrent);
    connect(m_doneButton, &QPushButton::clicked, this, &CarePage::markCurrentDone);
    connect(m_undoButton, &QPushButton::clicked, this, &CarePage::undoLast);
    connect(m_refreshButton, &QPushButton::clicked, this, &CarePage::reload);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kMoreRole).toBool())
            showMore(item->data(0, kMemberRole).toInt());
        else if (item && item->parent())
            openCurrent();
        else if (item)
            item->setExpanded(!item->isExpanded());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &CarePage::onLoaded);
    setFocusProxy(m_tree);
}

CarePage::~CarePage()
{
    // The worker uses its own connection but reads the clock it was given: wait for it.
    m_watcher.waitForFinished();
}

void CarePage::reload()
{
    if (m_watcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    m_status->setText(tr("Loading…"));
    // Marking and undoing wait for the list: the buttons say so, the keys are refused with a note.
    m_doneButton->setEnabled(false);
    m_undoButton->setEnabled(false);
    if (m_tree->topLevelItemCount() == 0) { // the first load, or nothing was left: say it in the list
        auto* placeholder = new QTreeWidgetItem(m_tree, {tr("Loading the care list…")});
        placeholder->setData(0, kPlaceholderRole, true);
        placeholder->setFirstColumnSpanned(true);
        placeholder->setFlags(Qt::NoItemFlags);
    }
    const QString path = m_ctx.db.path();
    const Clock* clock = &m_ctx.clock;
    const Actor actor = m_ctx.actor;
    const QVector<int> limits = m_limits;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [path, clock, actor, limits]() {
        Outcome outcome;
        Database db;
        if (!db.open(path, &outcome.error, Database::Access::ReadOnly))
            return outcome;
        const ServiceContext ctx{db, *clock, actor};
        outcome.ok = CareList(ctx).load(&outcome.result, &outcome.error, false, limits);
        return outcome;
    }));
}

void CarePage::onLoaded()
{
    const Outcome outcome = m_watcher.result();
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    m_loading = false;
    if (!outcome.ok) {
        m_status->clear();
        if (m_tree->topLevelItemCount() == 1 && m_tree->topLevelItem(0)->data(0, kPlaceholderRole).toBool())
            delete m_tree->takeTopLevelItem(0);
        m_doneButton->setEnabled(currentRowItem() != nullptr);
        m_message->setText(tr("The care list could not be loaded: %1").arg(outcome.error));
        m_message->setStyleSheet(errorLabelStyle());
        m_message->show();
        m_selectBelowKey.clear();
        return;
    }
    // A refusal stays until the clerk acts again: the list arriving does not make it untrue.
    if (!m_refusedWhileLoading)
        m_message->hide();
    m_refusedWhileLoading = false;
    QString selected;
    if (QTreeWidgetItem* item = currentRowItem())
        selected = item->data(0, kKeyRole).toString();
    const bool below = !m_selectBelowKey.isEmpty();
    if (below)
        selected = m_selectBelowKey;
    m_selectBelowKey.clear();
    m_rows = outcome.result.rows;
    m_kindCounts = outcome.result.kindCounts;
    m_done.clear();
    m_undoStack.clear();
    m_undoButton->setEnabled(false);
    rebuild(selected, below);
}

void CarePage::setPageSize(int rows)
{
    m_pageRows = qMax(1, rows);
    m_limits.fill(m_pageRows, kKindCount);
}

void CarePage::showMore(int kind)
{
    if (kind < 0 || kind >= kKindCount || m_loading)
        return;
    m_limits[kind] += m_pageRows;
    // The row above "Show more" keeps its place; the first of the new rows below it takes the selection.
    m_selectBelowKey.clear();
    for (const CareRow& row : std::as_const(m_rows)) {
        if (int(row.kind) == kind && !m_done.contains(row.key))
            m_selectBelowKey = row.key;
    }
    reload();
}

void CarePage::rebuild(const QString& selectKey, bool selectBelow)
{
    QVector<QVector<const CareRow*>> groups(kKindCount);
    QVector<int> counts = m_kindCounts;
    for (const CareRow& row : std::as_const(m_rows)) {
        if (m_done.contains(row.key))
            --counts[int(row.kind)]; // marked done since the load
        else if (!row.done)
            groups[int(row.kind)].append(&row);
    }
    QSet<int> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->data(0, kPlaceholderRole).toBool())
            continue;
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->data(0, kMemberRole).toInt());
    }
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    QTreeWidgetItem* toSelect = nullptr;
    int total = 0;
    for (int kind = 0; kind < kKindCount; ++kind) {
        const auto& rows = groups.at(kind);
        const int count = qMax(counts.at(kind), int(rows.size()));
        if (count == 0)
            continue;
        total += count;
        auto* group = new QTreeWidgetItem(m_tree, {groupTitle(CareRow::Kind(kind), count)});
        group->setData(0, kMemberRole, kind);
        group->setData(0, kCountRole, count);
        group->setFirstColumnSpanned(true);
        group->setIcon(0, dotIcon(kindColor(CareRow::Kind(kind))));
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setForeground(0, kindColor(CareRow::Kind(kind)));
        QList<QTreeWidgetItem*> children;
        children.reserve(rows.size());
        for (const CareRow* row : rows) {
            auto* item = new QTreeWidgetItem({row->memberName, row->detail, dateText(row->refDate)});
            item->setData(0, kKeyRole, row->key);
            item->setData(0, kMemberRole, row->memberId);
            if (row->key == selectKey)
                toSelect = item;
            children.append(item);
        }
        if (count > rows.size()) {
            auto* more = new QTreeWidgetItem({moreText(count - int(rows.size()))});
            more->setData(0, kMemberRole, kind);
            more->setData(0, kMoreRole, true);
            more->setFirstColumnSpanned(true);
            QFont italic = more->font(0);
            italic.setItalic(true);
            more->setFont(0, italic);
            more->setToolTip(0, tr("Enter loads the next %Ln row(s) of this group.", "", m_pageRows));
            children.append(more);
        }
        if (selectBelow && toSelect && toSelect->parent() == nullptr) {
            const int at = int(children.indexOf(toSelect));
            if (at >= 0 && at + 1 < children.size())
                toSelect = children.at(at + 1);
        }
        group->addChildren(children);
        // Long groups start folded so every kind's heading shows; afterwards the user's choice stays.
        group->setExpanded(m_expandedOnce ? !collapsed.contains(kind) : count <= kFoldAbove);
    }
    m_tree->setUpdatesEnabled(true);
    m_expandedOnce = m_expandedOnce || total > 0;
    if (toSelect && !toSelect->parent()->isExpanded())
        toSelect->parent()->setExpanded(true);
    if (!toSelect && m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem* first = m_tree->topLevelItem(0);
        toSelect = first->isExpanded() && first->childCount() > 0 ? first->child(0) : first;
    }
    if (toSelect) {
        m_tree->setCurrentItem(toSelect);
        m_tree->scrollToItem(toSelect);
    }
    showTotal(total);
}

void CarePage::showTotal(int total)
{
    if (total == 0)
        m_status->setText(tr("Nothing to do today."));
    else
        m_status->setText(tr("%Ln item(s) to do", "", total));
    m_doneButton->setEnabled(total > 0);
    m_openButton->setEnabled(total > 0);
    setCount(total);
}

QTreeWidgetItem* CarePage::currentRowItem() const
{
    QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->parent() && !item->data(0, kMoreRole).toBool() ? item : nullptr;
}

void CarePage::openCurrent()
{
    if (QTreeWidgetItem* item = currentRowItem())
        emit openMemberRequested(item->data(0, kMemberRole).toLongLong());
}

void CarePage::refuseWhileLoading(const QString& text)
{
    m_refusedWhileLoading = true;
    m_message->setText(text);
    m_message->setStyleSheet(errorLabelStyle());
    m_message->show();
    QApplication::beep();
}

void CarePage::markCurrentDone()
{
    if (m_loading) {
        refuseWhileLoading(tr("Nothing was marked done: the list was not shown yet. Select the row and press "
                              "Space again."));
        return;
    }
    QTreeWidgetItem* item = currentRowItem();
    if (!item)
        return;
    const QString key = item->data(0, kKeyRole).toString();
    QString error;
    if (!CareList(m_ctx).markDone(key, &error)) {
        m_message->setText(error);
        m_message->setStyleSheet(errorLabelStyle());
        m_message->show();
        return;
    }
    m_done.insert(key);
    m_undoStack.append(key);
    m_undoButton->setEnabled(true);
    m_message->hide();
    // Only this row goes (a full rebuild would be slow on a long list); the next row of the same group,
    // or the one before, takes the selection so Space can go on.
    QTreeWidgetItem* group = item->parent();
    const int index = group->indexOfChild(item);
    QTreeWidgetItem* next = index + 1 < group->childCount() ? group->child(index + 1)
                            : index > 0                     ? group->child(index - 1)
                                                            : nullptr;
    delete group->takeChild(index);
    const int kind = group->data(0, kMemberRole).toInt();
    const int left = group->data(0, kCountRole).toInt() - 1;
    group->setData(0, kCountRole, left);
    if (left <= 0) {
        const int at = m_tree->indexOfTopLevelItem(group);
        delete m_tree->takeTopLevelItem(at);
        if (m_tree->topLevelItemCount() > 0)
            next = m_tree->topLevelItem(qMin(at, m_tree->topLevelItemCount() - 1));
    } else {
        group->setText(0, groupTitle(CareRow::Kind(kind), left));
    }
    if (next)
        m_tree->setCurrentItem(next);
    showTotal(m_count - 1);
}

void CarePage::undoLast()
{
    if (m_undoStack.isEmpty())
        return;
    if (m_loading) {
        refuseWhileLoading(tr("Nothing was undone: the list was not shown yet."));
        return;
    }
    const QString key = m_undoStack.last();
    QString error;
    if (!CareList(m_ctx).undoDone(key, &error)) {
        m_message->setText(error);
        m_message->setStyleSheet(errorLabelStyle());
        m_message->show();
        return;
    }
    m_undoStack.removeLast();
    m_done.remove(key);
    m_undoButton->setEnabled(!m_undoStack.isEmpty());
    rebuild(key);
}

void CarePage::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    emit countChanged(count);
}

void CarePage::focusList()
{
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

bool CarePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Delete) &&
            key->modifiers() == Qt::NoModifier) {
            markCurrentDone();
            return true;
        }
        // Enter on a list not shown yet opens nothing: say so rather than swallow it.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_loading &&
            !m_tree->currentItem()) {
            refuseWhileLoading(tr("Nothing was opened: the list was not shown yet."));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace md::ui
