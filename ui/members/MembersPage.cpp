// SPDX-License-Identifier: GPL-3.0-or-later
#include "members/MembersPage.h"

#include "domain/LoyaltyRules.h"
#include "members/MemberListModel.h"
#include "services/RulesService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

MembersPage::MembersPage(const ServiceContext& ctx, QWidget* parent) : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"membersPage"_s);
    m_filter = new QLineEdit;
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by name, phone or card"));
    m_filter->setClearButtonEnabled(true);
    m_tier = new QComboBox;
    m_tier->setObjectName(u"tierComboBox"_s);
    m_tier->addItem(tr("All tiers"), -1);
    const LoyaltyRules rules = RulesService(m_ctx).current();
    for (int tier = 0; tier < rules.tiers.size(); ++tier)
        m_tier->addItem(rules.tierDisplayName(tier), tier);
    m_count = new QLabel;
    m_count->setObjectName(u"countLabel"_s);
    auto* open = new QPushButton(tr("&Open at the counter"));
    open->setObjectName(u"openPushButton"_s);
    auto* edit = new QPushButton(tr("&Edit…"));
    edit->setObjectName(u"editPushButton"_s);

    m_model = new MemberListModel(m_ctx, this);
    m_view = new QTableView;
    m_view->setObjectName(u"membersTableView"_s);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MemberListModel::CardColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(MemberListModel::CardColumn, 130);
    m_view->setColumnWidth(MemberListModel::NameColumn, 160);
    m_view->setColumnWidth(MemberListModel::PhoneColumn, 130);
    m_view->setColumnWidth(MemberListModel::TierColumn, 90);
    m_view->setColumnWidth(MemberListModel::PointsColumn, 90);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filterDelay, &QTimer::timeout, this, &MembersPage::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &MembersPage::applyFilter);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &MembersPage::applyFilter);
    connect(m_model, &MemberListModel::totalCountChanged, this, &MembersPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const qint64 id = currentMemberId())
            emit openMemberRequested(id);
    });
    connect(open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMemberId())
            emit openMemberRequested(id);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentMemberId())
            emit editMemberRequested(id);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_tier);
    top->addWidget(m_count);
    top->addStretch();
    top->addWidget(open);
    top->addWidget(edit);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view);
    updateCount(m_model->totalCount());
}

void MembersPage::reload()
{
    m_model->reload();
}

void MembersPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void MembersPage::applyFilter()
{
    m_filterDelay->stop();
    m_model->setFilter(m_filter->text(), m_tier->currentData().toInt());
}

void MembersPage::updateCount(qint64 count)
{
    m_count->setText(tr("%Ln member(s)", "", int(qMin<qint64>(count, INT_MAX))));
}

qint64 MembersPage::currentMemberId() const
{
    return m_model->memberIdAt(m_view->currentIndex().row());
}

} // namespace md::ui
