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
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The texts below were written for AudienceBuilderWidget and are translated under its name: they keep
// that context (QCoreApplication::translate) so the shipped translations still apply to them.

namespace md::ui {

namespace {

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
    m_matchedView->resizeColumnsToContents();
    m_excludedView->resizeColumnsToContents();
    const QLocale locale;
    m_lists->setTabText(0, QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Guests (%1)")
                               .arg(locale.toString(audience.count())));
    m_lists->setTabText(1, QCoreApplication::translate("md::ui::AudienceBuilderWidget", "Not invited (%1)")
                               .arg(locale.toString(int(audience.excluded.size()))));
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
