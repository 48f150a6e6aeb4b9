// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/EventDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "common/LocaleFormat.h"
#include "events/EventService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

EventDialog::EventDialog(const ServiceContext& ctx, qint64 eventId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_eventId(eventId)
{
    setObjectName(u"eventDialog"_s);
    setWindowTitle(eventId > 0 ? tr("Edit event") : tr("New VIP event"));

    const QLocale locale;
    m_title = new QLineEdit;
    m_title->setObjectName(u"titleLineEdit"_s);
    m_title->setMaxLength(EventService::kMaxTitleLength);
    m_title->setPlaceholderText(tr("e.g. Autumn VIP evening"));
    m_title->setMinimumWidth(m_title->fontMetrics().horizontalAdvance(u"M"_s) * 32);

    m_date = new QDateEdit;
    m_date->setObjectName(u"dateDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dateFormat(locale));
    m_start = new QTimeEdit;
    m_start->setObjectName(u"startTimeEdit"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end = new QTimeEdit;
    m_end->setObjectName(u"endTimeEdit"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    auto* fromLabel = new QLabel(tr("&from"));
    fromLabel->setBuddy(m_start);
    auto* toLabel = new QLabel(tr("&to"));
    toLabel->setBuddy(m_end);
    m_windowHint = new QLabel;
    m_windowHint->setObjectName(u"windowHintLabel"_s);
    m_windowHint->setStyleSheet(u"QLabel { color: #555; }"_s);
    auto* when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addSpacing(8);
    when->addWidget(fromLabel);
    when->addWidget(m_start);
    when->addWidget(toLabel);
    when->addWidget(m_end);
    when->addSpacing(8);
    when->addWidget(m_windowHint, 1);

    m_place = new QLineEdit;
    m_place->setObjectName(u"placeLineEdit"_s);
    m_place->setMaxLength(EventService::kMaxPlaceLength);
    m_place->setPlaceholderText(tr("e.g. in the shop, 2nd floor"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(u"descriptionPlainTextEdit"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What happens at the event, for your planning"));
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_offer = new QLineEdit;
    m_offer->setObjectName(u"offerLineEdit"_s);
    m_offer->setMaxLength(EventService::kMaxTextLength);
    m_offer->setPlaceholderText(tr("What guests get, e.g. 20 % off everything, a gift from ¥300"));
    m_cost = new QLineEdit;
    m_cost->setObjectName(u"costLineEdit"_s);
    m_cost->setPlaceholderText(tr("0.00"));
    m_cost->setToolTip(tr("Everything the event costs (gifts, food, printing), in yuan. The return is "
                          "measured against it."));
    m_cost->setMaximumWidth(m_cost->fontMetrics().horizontalAdvance(u"0"_s) * 16);
    auto* costRow = new QHBoxLayout;
    costRow->addWidget(m_cost);
    costRow->addWidget(new QLabel(tr("yuan")));
    costRow->addStretch();
    m_capacity = new QSpinBox;
    m_capacity->setObjectName(u"capacitySpinBox"_s);
    m_capacity->setRange(0, EventService::kMaxCapacity);
    m_capacity->setSpecialValueText(tr("Unlimited"));
    m_capacity->setSuffix(tr(" seats"));
    m_capacity->setToolTip(tr("0 means unlimited. Guests beyond the seats are listed as excluded."));

    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    auto* dateLabel = new QLabel(tr("&Date"));
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, when);
    form->addRow(tr("&Place"), m_place);
    form->addRow(tr("&Offer"), m_offer);
    auto* costLabel = new QLabel(tr("&Cost"));
    costLabel->setBuddy(m_cost);
    form->addRow(costLabel, costRow);
    form->addRow(tr("&Seats"), m_capacity);
    form->addRow(tr("Descr&iption"), m_description);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &EventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // A new event: next Saturday afternoon, a typical slot for a shop's VIP afternoon.
    const QDate today = m_ctx.clock.now().date();
    QDate day = today.addDays(1);
    while (day.dayOfWeek() != Qt::Saturday)
        day = day.addDays(1);
    m_date->setDate(day);
    m_start->setTime(QTime(14, 0));
    m_end->setTime(QTime(17, 0));

    if (m_eventId > 0) {
        Event event;
        QString error;
        if (EventService(m_ctx).get(m_eventId, &event, &error)) {
            m_title->setText(event.title);
            m_date->setDate(event.startsAt.date());
            m_start->setTime(event.startsAt.time());
            m_end->setTime(event.endsAt.time());
            m_storedEndDays = int(event.startsAt.date().daysTo(event.endsAt.date()));
            m_place->setText(event.place);
            m_description->setPlainText(event.description);
            m_offer->setText(event.offer);
            m_cost->setText(event.costFen ? formatYuanPlain(event.costFen) : QString());
            m_capacity->setValue(event.capacity.value_or(0));
            m_template = event.invitationTemplate;
        } else {
            showError(error);
            buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        }
    }
    connect(m_start, &QTimeEdit::timeChanged, this, &EventDialog::updateWindowHint);
    connect(m_end, &QTimeEdit::timeChanged, this, &EventDialog::updateWindowHint);
    updateWindowHint();
    m_title->setFocus();
}

QString EventDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int EventDialog::endDayOffset() const
{
    if (m_storedEndDays > 0)
        return m_storedEndDays;
    return m_end->time() <= m_start->time() ? 1 : 0;
}

void EventDialog::updateWindowHint()
{
    const int days = endDayOffset();
    if (days == 0) {
        const int minutes = m_start->time().secsTo(m_end->time()) / 60;
        m_windowHint->setText(tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_windowHint->setText(tr("ends %Ln day(s) later", "", days));
    }
}

bool EventDialog::readInput(EventInput* input, QString* error) const
{
    input->title = m_title->text().trimmed();
    input->startsAt = QDateTime(m_date->date(), m_start->time());
    input->endsAt = QDateTime(m_date->date().addDays(endDayOffset()), m_end->time());
    input->place = m_place->text().trimmed();
    input->description = m_description->toPlainText().trimmed();
    input->offer = m_offer->text().trimmed();
    input->invitationTemplate = m_template;
    const QString cost = m_cost->text().trimmed();
    input->costFen = 0;
    if (!cost.isEmpty()) {
        QString parseError;
        if (!parseYuan(cost, &input->costFen, &parseError)) {
            *error = tr("Cost: %1").arg(parseError);
            return false;
        }
    }
    if (m_capacity->value() > 0)
        input->capacity = m_capacity->value();
    else
        input->capacity.reset();
    return true;
}

void EventDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->show();
}

void EventDialog::accept()
{
    EventInput input;
    QString error;
    if (!readInput(&input, &error)) {
        showError(error);
        m_cost->setFocus();
        m_cost->selectAll();
        return;
    }
    EventService service(m_ctx);
    bool ok = false;
    if (m_eventId > 0) {
        ok = service.update(m_eventId, input, &error);
    } else {
        qint64 id = 0;
        ok = service.create(input, &id, &error);
        if (ok)
            m_eventId = id;
    }
    if (!ok) {
        showError(error);
        return;
    }
    emit saved(m_eventId);
    QDialog::accept();
}

} // namespace md::ui
