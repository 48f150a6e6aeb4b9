// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/CheckInWidget.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/EventService.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

/// Invitation tokens start with their version tag (InvitationToken: "MD1.<event>.<member>.<MAC>");
/// anything else at the door is a card or a phone number.
bool looksLikeToken(const QString& text)
{
    return text.startsWith(u"MD1."_s, Qt::CaseInsensitive);
}

QString bannerStyle(const QString& background, const QString& border)
{
    return u"QFrame#bannerFrame { background: %1; border: 2px solid %2; border-radius: 8px; }"_s.arg(
        background, border);
}

} // namespace

CheckInWidget::CheckInWidget(const ServiceContext& ctx, bool chooseEvent, QWidget* parent)
    : QWidget(parent), m_ctx(ctx)
{
    setObjectName(u"checkInWidget"_s);

    auto* top = new QHBoxLayout;
    if (chooseEvent) {
        m_events = new QComboBox;
        m_events->setObjectName(u"eventComboBox"_s);
        m_events->setMinimumWidth(360);
        auto* label = new QLabel(tr("&Event at the door:"));
        label->setBuddy(m_events);
        top->addWidget(label);
        top->addWidget(m_events);
        connect(m_events, &QComboBox::currentIndexChanged, this,
                [this] { setEventId(m_events->currentData().toLongLong()); });
    }
    m_eventLabel = new QLabel;
    m_eventLabel->setObjectName(u"eventLabel"_s);
    m_eventLabel->setStyleSheet(u"QLabel { color: #444; }"_s);
    m_eventLabel->setVisible(!chooseEvent);
    top->addWidget(m_eventLabel, 1);
    if (chooseEvent)
        top->addStretch(1);
    m_counts = new QLabel;
    m_counts->setObjectName(u"countsLabel"_s);
    m_counts->setStyleSheet(u"QLabel { font-size: 20px; font-weight: bold; }"_s);
    top->addWidget(m_counts);

    m_input = new QLineEdit;
    m_input->setObjectName(u"checkInLineEdit"_s);
    m_input->setStyleSheet(u"QLineEdit { font-size: 26px; padding: 8px; }"_s);
    m_input->setPlaceholderText(tr("Scan the invitation, or type a card or phone number"));
    m_input->setClearButtonEnabled(true);
    m_checkIn = new QPushButton(tr("Check &in"));
    m_checkIn->setObjectName(u"checkInPushButton"_s);
    m_checkIn->setMinimumHeight(m_input->sizeHint().height());
    m_checkIn->setAutoDefault(false);
    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_checkIn);
    auto* hint = new QLabel(tr("Enter checks in · Esc clears · the scanner types the QR code and presses "
                               "Enter by itself"));
    hint->setObjectName(u"hintLabel"_s);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"QLabel { color: #666; }"_s);

    m_banner = new QFrame;
    m_banner->setObjectName(u"bannerFrame"_s);
    m_banner->setMinimumHeight(150);
    m_bannerTitle = new QLabel;
    m_bannerTitle->setObjectName(u"bannerTitleLabel"_s);
    m_bannerTitle->setStyleSheet(u"QLabel { font-size: 22px; font-weight: bold; }"_s);
    m_bannerName = new QLabel;
    m_bannerName->setObjectName(u"bannerNameLabel"_s);
    m_bannerName->setStyleSheet(u"QLabel { font-size: 34px; font-weight: bold; }"_s);
    m_bannerName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bannerTier = new QLabel;
    m_bannerTier->setObjectName(u"bannerTierLabel"_s);
    m_bannerMessage = new QLabel;
    m_bannerMessage->setObjectName(u"bannerMessageLabel"_s);
    m_bannerMessage->setWordWrap(true);
    m_bannerMessage->setStyleSheet(u"QLabel { font-size: 18px; }"_s);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(m_bannerName);
    nameRow->addSpacing(12);
    nameRow->addWidget(m_bannerTier, 0, Qt::AlignVCenter);
    nameRow->addStretch();
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(18, 12, 18, 12);
    bannerLayout->addWidget(m_bannerTitle);
    bannerLayout->addLayout(nameRow);
    bannerLayout->addWidget(m_bannerMessage);
    bannerLayout->addStretch();

    auto* recentLabel = new QLabel(tr("At the door so far (latest first):"));
    m_recent = new QListWidget;
    m_recent->setObjectName(u"recentListWidget"_s);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setAlternatingRowColors(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(inputRow);
    layout->addWidget(hint);
    layout->addSpacing(6);
    layout->addWidget(m_banner);
    layout->addWidget(recentLabel);
    layout->addWidget(m_recent, 1);

    connect(m_input, &QLineEdit::returnPressed, this, &CheckInWidget::submit);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInWidget::submit);
    connect(m_input, &QLineEdit::textChanged, this, &CheckInWidget::updateEnabled);
    m_input->installEventFilter(this);

    m_bannerTier->hide();
    if (m_events)
        reload();
    showIdleBanner();
    updateEnabled();
}

void CheckInWidget::showIdleBanner()
{
    m_banner->setStyleSheet(bannerStyle(u"#f4f5f7"_s, u"#d0d4da"_s));
    m_bannerName->clear();
    m_bannerTier->hide();
    if (m_eventId > 0) {
        m_bannerTitle->setText(tr("Ready for the first guest"));
        m_bannerMessage->setText(tr("Invited guests are checked in once; a second scan of the same "
                                    "invitation is refused and says when they came."));
        return;
    }
    // Nothing to check in to: say so, and when the door opens next, rather than "ready".
    m_bannerTitle->setText(tr("No event today"));
    m_bannerMessage->setText(m_nextEvent.isEmpty() ? tr("No event is planned yet.") : m_nextEvent);
}

void CheckInWidget::setEventId(qint64 eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    m_recent->clear();
    m_last = CheckInResult();
    showIdleBanner();
    updateCounts();
    updateEnabled();
}

void CheckInWidget::reload()
{
    if (m_events) {
        // Events whose door is open now (or opens later today), soonest first; the clerk picks one.
        const QDateTime now = m_ctx.clock.now();
        const qint64 keep = m_eventId;
        const QSignalBlocker blocker(m_events);
        m_events->clear();
        const QLocale locale;
        const Event* next = nullptr;
        const QVector<Event> events = EventService(m_ctx).list(EventService::Which::All);
        for (const Event& event : events) {
            const QDateTime opens = event.startsAt.addSecs(-3600LL * EventCheckIn::kOpensHoursBefore);
            const QDateTime closes = event.endsAt.addSecs(3600LL * EventCheckIn::kClosesHoursAfter);
            const bool today = event.startsAt.date() == now.date();
            if (!today && now < opens && (!next || event.startsAt < next->startsAt))
                next = &event;
            if (!today && (now < opens || now > closes))
                continue;
            m_events->addItem(tr("%1 · %2 %3–%4")
                                  .arg(event.title, dateText(event.startsAt.date()),
                                       locale.toString(event.startsAt.time(), u"HH:mm"_s),
                                       locale.toString(event.endsAt.time(), u"HH:mm"_s)),
                              event.id);
        }
        m_nextEvent = next ? tr("The next event, %1, is on %2 at %3.")
                                 .arg(next->title, dateText(next->startsAt.date()),
                                      locale.toString(next->startsAt.time(), u"HH:mm"_s))
                           : QString();
        if (m_events->count() == 0) {
            m_events->addItem(tr("No event is open for check-in today"), 0);
            m_events->setEnabled(false);
        } else {
            m_events->setEnabled(true);
        }
        const int index = m_events->findData(keep);
        m_events->setCurrentIndex(index >= 0 ? index : 0);
        const qint64 chosen = m_events->currentData().toLongLong();
        if (chosen != m_eventId)
            setEventId(chosen);
        else if (m_eventId <= 0)
            showIdleBanner(); // the next event may have changed
    }
    updateCounts();
    updateEnabled();
}

void CheckInWidget::focusInput()
{
    m_input->setFocus();
    m_input->selectAll();
}

void CheckInWidget::updateEnabled()
{
    m_input->setEnabled(m_eventId > 0);
    m_checkIn->setEnabled(m_eventId > 0 && !m_input->text().trimmed().isEmpty());
}

void CheckInWidget::updateCounts()
{
    if (m_eventId <= 0) {
        m_counts->clear();
        m_eventLabel->clear();
        return;
    }
    Event event;
    QString error;
    if (!EventService(m_ctx).get(m_eventId, &event, &error)) {
        m_counts->setText(error);
        return;
    }
    const QLocale locale;
    m_eventLabel->setText(tr("%1 · %2 %3–%4 · %5")
                              .arg(event.title, dateText(event.startsAt.date()),
                                   locale.toString(event.startsAt.time(), u"HH:mm"_s),
                                   locale.toString(event.endsAt.time(), u"HH:mm"_s), event.place));
    m_counts->setText(tr("In: %1 of %2 invited").arg(event.attended).arg(event.invited));
}

bool CheckInWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_input->text().isEmpty()) {
        m_input->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CheckInWidget::submit()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty() || m_eventId <= 0)
        return;
    EventCheckIn checkIn(m_ctx);
    const CheckInResult result =
        looksLikeToken(text) ? checkIn.byToken(m_eventId, text) : checkIn.byCardOrPhone(m_eventId, text);
    m_input->clear();
    m_input->setFocus();
    showResult(result);
    if (result.ok()) {
        updateCounts();
        emit checkedIn(result.eventId, result.memberId);
    }
}

void CheckInWidget::showResult(const CheckInResult& result)
{
    m_last = result;
    const QLocale locale;
    const QString who = result.honorificName.isEmpty() ? result.name : result.honorificName;
    switch (result.status) {
    case CheckInResult::Status::CheckedIn:
        m_banner->setStyleSheet(bannerStyle(u"#e7f6ec"_s, u"#2e9d55"_s));
        m_bannerTitle->setText(tr("✓ Welcome"));
        break;
    case CheckInResult::Status::AlreadyCheckedIn:
        m_banner->setStyleSheet(bannerStyle(u"#fff6e0"_s, u"#d99a00"_s));
        m_bannerTitle->setText(
            tr("Already checked in at %1").arg(locale.toString(result.firstCheckInAt.time(), u"HH:mm"_s)));
        break;
    default:
        m_banner->setStyleSheet(bannerStyle(u"#fdecec"_s, u"#c62828"_s));
        m_bannerTitle->setText(tr("✗ Refused"));
        break;
    }
    m_bannerName->setText(who);
    m_bannerName->setVisible(!who.isEmpty());
    if (result.memberId > 0 && !result.tierName.isEmpty()) {
        m_bannerTier->setText(result.tierName);
        m_bannerTier->setStyleSheet(tierBadgeStyle(result.tier));
        m_bannerTier->show();
    } else {
        m_bannerTier->hide();
    }
    m_bannerMessage->setText(result.message);
    if (!result.ok())
        QApplication::beep(); // the door is busy: a refusal should be heard, not only seen

    const QString time = locale.toString(m_ctx.clock.now().time(), u"HH:mm"_s);
    // Welcomes repeat the name already on the line; a refusal's sentence is the point.
    const QString status = result.ok() ? tr("checked in") : result.message;
    QString line = who.isEmpty() ? tr("%1  %2").arg(time, status) : tr("%1  %2 · %3").arg(time, who, status);
    if (result.ok() && !result.tierName.isEmpty())
        line = tr("%1  %2 (%3) · %4").arg(time, who, result.tierName, status);
    auto* item = new QListWidgetItem(line);
    item->setIcon(dotIcon(
        result.ok() ? QColor(0x2e, 0x9d, 0x55)
                    : (result.alreadyCheckedIn() ? QColor(0xd9, 0x9a, 0x00) : QColor(0xc6, 0x28, 0x28))));
    m_recent->insertItem(0, item);
    while (m_recent->count() > 200)
        delete m_recent->takeItem(m_recent->count() - 1);
}

} // namespace md::ui
