// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceListsPanel.h"

#include "events/AudienceModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

// The texts below were written for AudienceBuilderWidget and are translated under its name: they keep
// that context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

namespace {

/// The narrowest width `text` takes on at most two lines broken at a space.
int twoLineWidth(const QFontMetrics& metrics, const QString& text)
{
    int best = metrics.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(u' '); at >= 0; at = text.indexOf(u' ', at + 1))
        best = qMin(best, qMax(metrics.horizontalAdvance(text.left(at)),
                               metrics.horizontalAdvance(text.mid(at + 1))));
    return best;
}

QTableView* memberTable(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    // A long header ("Spent, 12 months") breaks onto a second line rather than widen its column past
    // its values (see fitColumns()).
    view->horizontalHeader()->setDefaultAlignment(
        Qt::Alignment::fromInt(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap));
    view->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    // The lists share the page with the criteria (about 430 px in English at 1366×768): with the phone
    // every column cannot fit, and the one cut at the edge hid the spend. The phone is on the member's
    // card (Enter) and in the CSV export.
    view->setColumnHidden(AudienceModel::PhoneColumn, true);
    view->setWordWrap(false);
    return view;
}

} // namespace

AudienceListsPanel::AudienceListsPanel(Role role, QWidget* parent) : QWidget(parent)
{
    auto* addLabel =
        new QLabel(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "A&dd a member:"));
    m_addMember = new QLineEdit;
    m_addMember->setObjectName(u"addMemberLineEdit"_s);
    m_addMember->setPlaceholderText(QCoreApplication::translate("md::ui::AudienceBuilderWidget",
                                                                "phone, card number or name, then Enter"));
    addLabel->setBuddy(m_addMember);
    connect(m_addMember, &QLineEdit::returnPressed, this,
            [this] { emit addMemberRequested(m_addMember->text()); });

    m_matchedModel = new AudienceModel(AudienceModel::Kind::Matched, role, this);
    m_excludedModel = new AudienceModel(AudienceModel::Kind::Excluded, role, this);
    m_matchedView = memberTable(m_matchedModel, u"matchedTableView"_s);
    m_excludedView = memberTable(m_excludedModel, u"excludedTableView"_s);
    // Why a member is not invited is what this list is for, and the reasons are long: beside the name it
    // is never the column cut at the list's edge (the figures after it may scroll).
    m_excludedView->horizontalHeader()->moveSection(AudienceModel::NoteColumn, 1);
    m_lists = new QTabWidget;
    m_lists->setObjectName(u"listsTabWidget"_s);
    m_lists->addTab(m_matchedView, QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Guests"));
    m_lists->addTab(m_excludedView,
                    QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Not invited"));

    m_remove =
        new QPushButton(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "&Remove from list"));
    m_remove->setObjectName(u"removePushButton"_s);
    m_remove->setToolTip(QCoreApplication::translate("md::ui::AudienceBuilderWidget",
                                                     "Takes the selected guests off the list (Delete)."));
    m_putBack = new QPushButton(QCoreApplication::translate("md::ui::AudienceBuilderWidget", "&Put back"));
    m_putBack->setObjectName(u"putBackPushButton"_s);
    m_putBack->setToolTip(QCoreApplication::translate("md::ui::AudienceBuilderWidget",
                                                      "Puts members removed by hand back on the list."));
    // Delete works only while the guests list has the focus: elsewhere it edits text.
    auto* removeAction = new QAction(this);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_matchedView->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &AudienceListsPanel::removeRequested);
    connect(m_remove, &QPushButton::clicked, this, &AudienceListsPanel::removeRequested);
    connect(m_putBack, &QPushButton::clicked, this, &AudienceListsPanel::putBackRequested);
    connect(m_lists, &QTabWidget::currentChanged, this, &AudienceListsPanel::selectionChanged);
    connect(m_lists, &QTabWidget::currentChanged, this,
            [this] { fitColumns(m_lists->currentIndex() == 0 ? m_matchedView : m_excludedView); });
    for (QTableView* view : {m_matchedView, m_excludedView}) {
        view->setToolTip(QCoreApplication::translate(
            "md::ui::AudienceBuilderWidget", "Double-click or Enter opens the member at the counter."));
        connect(view, &QTableView::activated, this, [this](const QModelIndex& index) {
            emit openMemberRequested(index.data(AudienceModel::MemberIdRole).toLongLong());
        });
    }
    connect(m_matchedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudienceListsPanel::selectionChanged);
    connect(m_excludedView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AudienceListsPanel::selectionChanged);

    // By hand: add one member, take the selected ones off, put removed ones back.
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(addLabel);
    addRow->addWidget(m_addMember, 1);
    addRow->addWidget(m_remove);
    addRow->addWidget(m_putBack);

    // No margins: the lists and the row line up with the count and buttons of the builder around them.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lists, 1);
    layout->addLayout(addRow);
}

void AudienceListsPanel::setAudience(const Audience& audience)
{
    m_matchedModel->setAudience(audience);
    m_excludedModel->setAudience(audience);
    fitColumns(m_matchedView);
    fitColumns(m_excludedView);
    const QLocale locale;
    m_lists->setTabText(0, QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Guests (%1)")
                               .arg(locale.toString(audience.count())));
    m_lists->setTabText(1, QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Not invited (%1)")
                               .arg(locale.toString(int(audience.excluded.size()))));
}

void AudienceListsPanel::fitColumns(QTableView* view)
{
    // Each column as wide as its widest value or its header, whichever is wider. When that is more than
    // the list's width (English beside the criteria), long headers break onto a second line instead of
    // widening their columns past their values. Values are measured on the rows laid out, so this runs
    // again when the lists or the other tab are shown.
    QHeaderView* header = view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
    QList<int> columns, oneLine, twoLines;
    for (int column = 0; column < header->count(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        const QString text = view->model()->headerData(column, Qt::Horizontal).toString();
        const int values = static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column);
        columns << column;
        oneLine << qMax(values, metrics.horizontalAdvance(text) + margins);
        twoLines << qMax(values, twoLineWidth(metrics, text) + margins);
    }
    const bool wrap = std::accumulate(oneLine.cbegin(), oneLine.cend(), 0) > view->viewport()->width();
    for (qsizetype i = 0; i < columns.size(); ++i)
        view->setColumnWidth(columns.at(i), wrap ? twoLines.at(i) : oneLine.at(i));
    header->setMinimumHeight(wrap && oneLine != twoLines ? 2 * metrics.lineSpacing() + margins : 0);
}

void AudienceListsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns(m_matchedView);
    fitColumns(m_excludedView);
}

void AudienceListsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // A wider window unwraps the headers, a narrower one wraps them (the hidden tab is fitted when shown).
    fitColumns(m_lists->currentIndex() == 0 ? m_matchedView : m_excludedView);
}

QList<qint64> AudienceListsPanel::selectedGuestIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_matchedView->selectionModel()->selectedRows())
        ids << index.data(AudienceModel::MemberIdRole).toLongLong();
    return ids;
}

QList<qint64> AudienceListsPanel::selectedRemovedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_excludedView->selectionModel()->selectedRows())
        if (m_excludedModel->reasonAt(index.row()) == ExclusionReason::ManuallyRemoved)
            ids << m_excludedModel->memberIdAt(index.row());
    return ids;
}

void AudienceListsPanel::updateButtons(bool canChange, bool canAdd)
{
    const bool matchedTab = m_lists->currentIndex() == 0;
    m_remove->setEnabled(canChange && matchedTab && m_matchedView->selectionModel()->hasSelection());
    m_putBack->setEnabled(canChange && !matchedTab && !selectedRemovedIds().isEmpty());
    m_addMember->setEnabled(canAdd);
}

QPoint AudienceListsPanel::addMemberMenuPosition() const
{
    return m_addMember->mapToGlobal(QPoint(0, m_addMember->height()));
}

void AudienceListsPanel::clearAddMember()
{
    m_addMember->clear();
}

} // namespace md::ui
