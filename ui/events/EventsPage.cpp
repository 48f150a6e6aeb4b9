// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/EventsPage.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/AudienceBuilderWidget.h"
#include "events/CheckInWidget.h"
#include "events/EventDialog.h"
#include "events/EventRoiPanel.h"
#include "events/EventService.h"
#include "events/InvitationDesigner.h"
#include "security/Permissions.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kEventIdRole = Qt::UserRole;

QString timeWindow(const Event& event)
{
    const QLocale locale;
    const QString from = locale.toString(event.startsAt.time(), u"HH:mm"_s);
    const QString to = locale.toString(event.endsAt.time(), u"HH:mm"_s);
    if (event.startsAt.date() == event.endsAt.date())
        return EventsPage::tr("%1 %2–%3").arg(dateText(event.startsAt.date()), from, to);
    return EventsPage::tr("%1 %2 – %3 %4")
        .arg(dateText(event.startsAt.date()), from, dateText(event.endsAt.date()), to);
}

} // namespace

EventsPage::EventsPage(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_canPlan(Permissions::allows(ctx.actor.role, Permission::PlanEvents))
{
    setObjectName(u"eventsPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_canPlan) {
        // The door is all a clerk runs: choose today's event, scan.
        m_checkIn = new CheckInWidget(m_ctx, true);
        layout->addWidget(m_checkIn);
        return;
    }
    layout->addWidget(buildPlanner());
    reload();
}

QWidget* EventsPage::buildPlanner()
{
    m_new = new QPushButton(tr("&New event…"));
    m_new->setObjectName(u"newEventPushButton"_s);
    connect(m_new, &QPushButton::clicked, this, &EventsPage::newEvent);
    m_list = new QTreeWidget;
    m_list->setObjectName(u"eventTreeWidget"_s);
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Event"), tr("Invited"), tr("In")});
    m_list->headerItem()->setToolTip(2, tr("Checked in at the door"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &EventsPage::onCurrentItemChanged);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kEventIdRole).toLongLong() > 0)
            editEvent();
    });
    auto* left = new QWidget;
    left->setMinimumWidth(250);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* newRow = new QHBoxLayout;
    newRow->addWidget(m_new);
    newRow->addStretch();
    leftLayout->addLayout(newRow);
    leftLayout->addWidget(m_list, 1);

    m_placeholder = new QLabel;
    m_placeholder->setObjectName(u"placeholderLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setStyleSheet(u"QLabel { font-size: 16px; color: #444; }"_s);

    m_title = new QLabel;
    m_title->setObjectName(u"titleLabel"_s);
    m_title->setStyleSheet(u"QLabel { font-size: 20px; font-weight: bold; }"_s);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_when = new QLabel;
    m_when->setObjectName(u"whenLabel"_s);
    m_when->setStyleSheet(u"QLabel { color: #444; }"_s);
    m_edit = new QPushButton(tr("&Edit…"));
    m_edit->setObjectName(u"editEventPushButton"_s);
    connect(m_edit, &QPushButton::clicked, this, &EventsPage::editEvent);
    m_delete = new QPushButton(tr("Delete…"));
    m_delete->setObjectName(u"deleteEventPushButton"_s);
    connect(m_delete, &QPushButton::clicked, this, &EventsPage::deleteEvent);
    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_when);
    auto* head = new QHBoxLayout;
    head->addLayout(heading, 1);
    head->addWidget(m_edit, 0, Qt::AlignTop);
    head->addWidget(m_delete, 0, Qt::AlignTop);

    m_audience = new AudienceBuilderWidget(m_ctx);
    m_designer = new InvitationDesigner(m_ctx);
    m_checkIn = new CheckInWidget(m_ctx, false);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"eventTabWidget"_s);
    m_tabs->addTab(buildOverview(), tr("Overview"));
    m_tabs->addTab(m_audience, tr("Guests"));
    m_tabs->addTab(m_designer, tr("Invitations"));
    m_tabs->addTab(m_checkIn, tr("Door check-in"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showTab(i); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == CheckInTab)
            m_checkIn->focusInput();
    });
    connect(m_audience, &AudienceBuilderWidget::invitationsChanged, this, [this] {
        refreshCurrent();
        m_designer->reloadGuests();
    });
    connect(m_audience, &AudienceBuilderWidget::saved, this, &EventsPage::refreshCurrent);
    connect(m_audience, &AudienceBuilderWidget::openMemberRequested, this, &EventsPage::openMemberRequested);
    connect(m_checkIn, &CheckInWidget::checkedIn, this, [this] {
        // Only the counts change: the list row and the overview, not the tabs being worked in.
        Event event;
        QString error;
        if (EventService(m_ctx).get(m_event.id, &event, &error)) {
            m_event.invited = event.invited;
            m_event.attended = event.attended;
            if (QTreeWidgetItem* item = m_list->currentItem()) {
                item->setText(1, QLocale().toString(event.invited));
                item->setText(2, QLocale().toString(event.attended));
            }
            updateOverview();
        }
    });

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addLayout(head);
    detailLayout->addWidget(m_tabs, 1);
    m_detail = new QStackedWidget;
    m_detail->addWidget(m_placeholder);
    m_detail->addWidget(detail);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(u"eventsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The list starts at its minimum: the guest list beside the criteria needs every pixel of the rest.
    splitter->setSizes({250, 950});
    return splitter;
}

QWidget* EventsPage::buildOverview()
{
    m_details = new QLabel;
    m_details->setObjectName(u"detailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_roi = new EventRoiPanel(m_ctx);
    auto* roiTitle = new QLabel(tr("Return of the event"));
    roiTitle->setStyleSheet(u"QLabel { font-size: 16px; font-weight: bold; }"_s);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_details);
    layout->addSpacing(8);
    layout->addWidget(roiTitle);
    layout->addWidget(m_roi);
    layout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setObjectName(u"overviewScrollArea"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void EventsPage::reload()
{
    if (!m_canPlan) {
        m_checkIn->reload();
        return;
    }
    const qint64 keep = m_event.id;
    const QVector<Event> upcoming = EventService(m_ctx).list(EventService::Which::Upcoming);
    const QVector<Event> past = EventService(m_ctx).list(EventService::Which::Past);
    m_selecting = true;
    m_list->clear();
    const QLocale locale;
    QTreeWidgetItem* select = nullptr;
    const auto addGroup = [&](const QString& title, const QVector<Event>& events) {
        auto* group = new QTreeWidgetItem(m_list, {title});
        group->setFlags(Qt::ItemIsEnabled);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFirstColumnSpanned(true);
        for (const Event& event : events) {
            QString line = timeWindow(event);
            if (!event.place.isEmpty())
                line += u'\n' + event.place;
            auto* item =
                new QTreeWidgetItem(group, {event.title + u'\n' + line, locale.toString(event.invited),
                                            locale.toString(event.attended)});
            item->setData(0, kEventIdRole, event.id);
            item->setToolTip(0, event.title + u'\n' + line);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            if (event.id == keep)
                select = item;
        }
        group->setExpanded(true);
        return group;
    };
    addGroup(tr("Upcoming (%1)").arg(locale.toString(upcoming.size())), upcoming);
    addGroup(tr("Past (%1)").arg(locale.toString(past.size())), past);
    if (!select) {
        // The next event first: that is what the owner is working on; otherwise the latest one.
        QTreeWidgetItem* group = m_list->topLevelItem(upcoming.isEmpty() ? 1 : 0);
        if (group && group->childCount() > 0)
            select = group->child(0);
    }
    m_selecting = false;
    if (select) {
        m_list->setCurrentItem(select);
        if (select->data(0, kEventIdRole).toLongLong() == keep)
            refreshCurrent(); // same event, fresh counts
    } else {
        m_event = Event();
        m_placeholder->setText(
            tr("No events yet.\n\nA VIP event (VIP专场) rewards your best customers and brings "
               "them back. Plan one with “New event…” (Alt+N)."));
        m_detail->setCurrentWidget(m_placeholder);
    }
}

void EventsPage::activate()
{
    reload();
    if (!m_canPlan) {
        m_checkIn->focusInput();
        return;
    }
    if (m_audience && m_event.isValid())
        m_audience->reloadData(); // purchases and members may have changed on the other pages
    if (m_tabs && m_tabs->currentIndex() == CheckInTab)
        m_checkIn->focusInput();
    else if (m_list)
        m_list->setFocus();
}

bool EventsPage::selectEvent(qint64 eventId)
{
    if (!m_list) {
        return false;
    }
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kEventIdRole).toLongLong() == eventId) {
                m_list->setCurrentItem(group->child(i));
                return m_event.id == eventId;
            }
        }
    }
    return false;
}

bool EventsPage::showGuestsOf(qint64 eventId)
{
    if (!m_canPlan)
        return false;
    Event event;
    QString error;
    if (!EventService(m_ctx).get(eventId, &event, &error)) {
        QMessageBox::warning(this, tr("VIP events"), error);
        return false;
    }
    reload();
    // Select the row without the unsaved-guests question: the saved list is what is shown next.
    m_selecting = true;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kEventIdRole).toLongLong() == eventId)
                m_list->setCurrentItem(group->child(i));
        }
    }
    m_selecting = false;
    displayEvent(event);
    showTab(GuestsTab);
    m_tabs->setFocus();
    return true;
}

void EventsPage::showTab(int tab)
{
    if (m_tabs && m_event.isValid())
        m_tabs->setCurrentIndex(tab);
}

bool EventsPage::settleUnsavedAudience()
{
    if (!m_audience || !m_audience->hasUnsavedChanges())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Guest list not saved"),
        tr("The guest list of “%1” was changed. Save it with the event?").arg(m_event.title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_audience->save();
    return true;
}

void EventsPage::onCurrentItemChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous)
{
    if (m_selecting)
        return;
    const qint64 id = current ? current->data(0, kEventIdRole).toLongLong() : 0;
    if (id <= 0 || id == m_event.id)
        return;
    if (!settleUnsavedAudience()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(previous);
        return;
    }
    Event event;
    QString error;
    if (!EventService(m_ctx).get(id, &event, &error)) {
        m_placeholder->setText(error);
        m_detail->setCurrentWidget(m_placeholder);
        return;
    }
    displayEvent(event);
}

void EventsPage::displayEvent(const Event& event)
{
    m_event = event;
    m_detail->setCurrentIndex(1);
    updateOverview();
    m_audience->setEvent(event);
    m_designer->setEvent(event);
    m_checkIn->setEventId(event.id);
    m_roi->setEvent(event.id);
}

void EventsPage::refreshCurrent()
{
    if (!m_event.isValid())
        return;
    Event event;
    QString error;
    if (!EventService(m_ctx).get(m_event.id, &event, &error))
        return;
    m_event = event;
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        item->setText(1, QLocale().toString(event.invited));
        item->setText(2, QLocale().toString(event.attended));
    }
    updateOverview();
    m_roi->setEvent(event.id);
}

void EventsPage::updateOverview()
{
    const Event& e = m_event;
    const QLocale locale;
    const bool past = e.isPast(m_ctx.clock.now());
    m_title->setText(e.title);
    m_when->setText(e.place.isEmpty() ? timeWindow(e) : tr("%1 · %2").arg(timeWindow(e), e.place));
    const auto row = [](const QString& label, const QString& value) {
        return u"<tr><td style='padding:2px 16px 2px 0; color:#555'>%1</td><td style='padding:2px 0'>%2</td></tr>"_s
            .arg(label.toHtmlEscaped(), value);
    };
    QString html = u"<table>"_s;
    html += row(tr("When"), timeWindow(e).toHtmlEscaped());
    html += row(tr("Place"), e.place.isEmpty() ? u"—"_s : e.place.toHtmlEscaped());
    html += row(tr("Offer"), e.offer.isEmpty() ? u"—"_s : e.offer.toHtmlEscaped());
    html += row(tr("Seats"), e.capacity ? locale.toString(*e.capacity) : tr("unlimited").toHtmlEscaped());
    html += row(tr("Cost"), money(e.costFen).toHtmlEscaped());
    html += row(tr("Guests"), tr("%1 invited, %2 checked in")
                                  .arg(locale.toString(e.invited), locale.toString(e.attended))
                                  .toHtmlEscaped());
    if (!e.description.isEmpty())
        html += row(tr("Description"), e.description.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    html += u"</table>"_s;
    if (past)
        html += u"<p style='color:#555'>%1</p>"_s.arg(tr("This event is over.").toHtmlEscaped());
    m_details->setText(html);
    m_delete->setEnabled(e.invited == 0);
    m_delete->setToolTip(e.invited == 0
                             ? QString()
                             : tr("An event with invitations is kept: it is the record of what was "
                                  "spent and who came."));
}

void EventsPage::newEvent()
{
    if (!m_canPlan || !settleUnsavedAudience())
        return;
    auto* dialog = new EventDialog(m_ctx, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EventDialog::saved, this, [this](qint64 id) {
        reload();
        selectEvent(id);
        showTab(GuestsTab); // next step: choose the guests
    });
    dialog->open();
}

void EventsPage::editEvent()
{
    if (!m_canPlan || !m_event.isValid())
        return;
    auto* dialog = new EventDialog(m_ctx, m_event.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EventDialog::saved, this, [this](qint64 id) {
        Event event;
        QString error;
        if (EventService(m_ctx).get(id, &event, &error)) {
            // Keep an edited, unsaved guest list: only the plan changed.
            const AudienceFilter edited = m_audience->currentFilter();
            const bool unsaved = m_audience->hasUnsavedChanges();
            reload();
            selectEvent(id);
            m_event = event;
            updateOverview();
            m_audience->setEvent(event);
            if (unsaved)
                m_audience->setFilter(edited);
            m_designer->setEvent(event);
            m_roi->setEvent(id);
        }
    });
    dialog->open();
}

void EventsPage::deleteEvent()
{
    if (!m_canPlan || !m_event.isValid())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete event"),
                                              tr("Delete “%1” on %2? Its plan and guest list are removed.")
                                                  .arg(m_event.title, dateText(m_event.startsAt.date())),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    QString error;
    if (!EventService(m_ctx).remove(m_event.id, &error)) {
        QMessageBox::warning(this, tr("Delete event"), error);
        return;
    }
    m_event = Event();
    m_audience->setEvent(Event()); // nothing left to save for a deleted event
    reload();
}

} // namespace md::ui
