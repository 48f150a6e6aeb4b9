// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AddToEventDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/EventDialog.h"
#include "events/EventService.h"
#include "events/EventsPage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

constexpr int kEventIdRole = Qt::UserRole;

/// The event's day and hours as the events list writes them (same strings, same translations).
QString when(const Event& event)
{
    const QLocale locale;
    const QString from = locale.toString(event.startsAt.time(), u"HH:mm"_s);
    const QString to = locale.toString(event.endsAt.time(), u"HH:mm"_s);
    const QString window =
        event.startsAt.date() == event.endsAt.date()
            ? EventsPage::tr("%1 %2–%3").arg(dateText(event.startsAt.date()), from, to)
            : EventsPage::tr("%1 %2 – %3 %4")
                  .arg(dateText(event.startsAt.date()), from, dateText(event.endsAt.date()), to);
    return event.place.isEmpty() ? window : EventsPage::tr("%1 · %2").arg(window, event.place);
}

} // namespace

AddToEventDialog::AddToEventDialog(const ServiceContext& ctx, const QString& listName,
                                   const QVector<qint64>& memberIds, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_listName(listName), m_ids(memberIds)
{
    setObjectName(u"addToEventDialog"_s);
    setWindowTitle(tr("Add to an event"));

    m_heading =
        new QLabel(tr("Add %Ln member(s) from “%1” to an event", "", int(m_ids.size())).arg(listName));
    m_heading->setObjectName(u"headingLabel"_s);
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(u"QLabel { font-size: 16px; font-weight: bold; }"_s);

    m_events = new QListWidget;
    m_events->setObjectName(u"eventListWidget"_s);
    m_events->setAlternatingRowColors(true);
    m_events->setMinimumWidth(m_events->fontMetrics().horizontalAdvance(u"M"_s) * 34);
    auto* eventLabel = new QLabel(tr("&Event:"));
    eventLabel->setBuddy(m_events);
    // Enter reaches the default button; a double-click chooses too (itemActivated would fire beside it).
    connect(m_events, &QListWidget::itemDoubleClicked, this, [this] { accept(); });

    m_note =
        new QLabel(tr("They are added to the event's guests by hand; its other criteria stay as they are. "
                      "Members who have not agreed to marketing are not invited: the Guests tab lists "
                      "them as excluded, with the reason."));
    m_note->setObjectName(u"noteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"QLabel { color: #555; }"_s);

    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"addPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddToEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_events, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* item = m_events->currentItem();
        const bool planNew = item && item->data(kEventIdRole).toLongLong() == 0;
        m_ok->setText(planNew ? tr("&Plan the event…") : tr("&Add to event"));
        m_ok->setEnabled(item != nullptr && !m_ids.isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addSpacing(6);
    layout->addWidget(eventLabel);
    layout->addWidget(m_events, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    loadEvents(0);
    if (m_ids.isEmpty())
        showError(tr("The list “%1” has no members to add.").arg(listName));
    resize(sizeHint().expandedTo(QSize(520, 400)));
}

void AddToEventDialog::loadEvents(qint64 select)
{
    const QVector<Event> upcoming = EventService(m_ctx).list(EventService::Which::Upcoming);
    const QLocale locale;
    m_events->clear();
    QListWidgetItem* current = nullptr;
    for (const Event& event : upcoming) {
        QString text = event.title + u'\n' + when(event);
        if (event.invited > 0)
            text += u'\n' + tr("%Ln already invited", "", event.invited);
        auto* item = new QListWidgetItem(text, m_events);
        item->setData(kEventIdRole, event.id);
        item->setToolTip(text);
        if (event.id == select || !current)
            current = item;
    }
    auto* planNew = new QListWidgetItem(tr("New event…"), m_events);
    planNew->setData(kEventIdRole, qint64(0));
    QFont italic = planNew->font();
    italic.setItalic(true);
    planNew->setFont(italic);
    m_events->setCurrentItem(current ? current : planNew);
}

bool AddToEventDialog::chooseEvent(qint64 eventId)
{
    for (int row = 0; row < m_events->count(); ++row) {
        if (m_events->item(row)->data(kEventIdRole).toLongLong() == eventId) {
            m_events->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString AddToEventDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddToEventDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}

void AddToEventDialog::start()
{
    // Only "New event…" listed: nothing is coming up, so planning one is the next step anyway.
    if (m_events->count() == 1 && !m_ids.isEmpty()) {
        m_direct = true;
        planNewEvent();
        return;
    }
    open();
}

void AddToEventDialog::accept()
{
    const QListWidgetItem* item = m_events->currentItem();
    if (m_ids.isEmpty())
        return;
    if (!item) {
        showError(tr("Choose an event, or “New event…”."));
        return;
    }
    const qint64 eventId = item->data(kEventIdRole).toLongLong();
    if (eventId == 0) {
        planNewEvent();
        return;
    }
    addTo(eventId);
}

void AddToEventDialog::planNewEvent()
{
    // Shown over the main window when this dialog is not open, else over this dialog.
    QWidget* parent = m_direct && parentWidget() ? parentWidget() : this;
    auto* dialog = new EventDialog(m_ctx, 0, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("New VIP event for %Ln member(s) from “%1”", "", int(m_ids.size())).arg(m_listName));
    m_eventDialog = dialog;
    connect(dialog, &EventDialog::saved, this, [this](qint64 eventId) {
        loadEvents(eventId); // listed and chosen whatever happens next: it exists now
        if (addTo(eventId))
            return;
        if (m_direct) {
            // The event was planned but the guests could not be saved: show why, and let the owner retry.
            m_direct = false;
            QTimer::singleShot(0, this, &QDialog::open);
        }
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_direct) // cancelled before anything was written: nothing more to do
            deleteLater();
    });
    dialog->open();
}

bool AddToEventDialog::addTo(qint64 eventId)
{
    QString summary;
    QString error;
    if (!addMembers(m_ctx, eventId, m_listName, m_ids, &summary, &error)) {
        showError(error);
        return false;
    }
    m_error->hide();
    if (m_direct)
        deleteLater(); // never shown
    else
        QDialog::accept();
    emit added(eventId, summary);
    return true;
}

bool AddToEventDialog::addMembers(const ServiceContext& ctx, qint64 eventId, const QString& listName,
                                  const QVector<qint64>& memberIds, QString* summary, QString* error)
{
    if (memberIds.isEmpty()) {
        *error = tr("The list “%1” has no members to add.").arg(listName);
        return false;
    }
    EventService events(ctx);
    Event event;
    if (!events.get(eventId, &event, error))
        return false;
    if (!event.audienceError.isEmpty()) {
        // Saving over a guest list that could not be read would lose it.
        *error = tr("The guest list saved with “%1” cannot be read (%2). Open the event's Guests tab and "
                    "save its guests again before adding more.")
                     .arg(event.title, event.audienceError);
        return false;
    }
    if (event.isPast(ctx.clock.now())) {
        *error = tr("“%1” is over. Choose an upcoming event.").arg(event.title);
        return false;
    }
    AudienceFilter::Addition addition;
    const AudienceFilter filter = event.audience.withAdded(memberIds, &addition);
    if (addition.added == 0 && addition.alreadyAdded == 0) { // only ids that are not member numbers
        *error = tr("The list “%1” has no members to add.").arg(listName);
        return false;
    }
    if (addition.added > 0 && !events.setAudience(eventId, filter, error))
        return false;
    QStringList sentences;
    if (addition.added == 0) {
        sentences << tr("All %Ln member(s) from “%1” were already on the guest list of “%2”.", "",
                        addition.alreadyAdded)
                         .arg(listName, event.title);
    } else {
        sentences << tr("%Ln member(s) from “%1” added to the guests of “%2”.", "", addition.added)
                         .arg(listName, event.title);
        if (addition.alreadyAdded > 0)
            sentences << tr("%Ln member(s) were already on the guest list.", "", addition.alreadyAdded);
        if (addition.restored > 0)
            sentences << tr("%Ln member(s) removed by hand earlier are back on the list.", "",
                            addition.restored);
    }
    *summary = sentences.join(u' ');
    return true;
}

} // namespace md::ui
