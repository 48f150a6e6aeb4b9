// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/EventCheckIn.h"
#include "services/ServiceContext.h"

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace md::ui {

/// The door: one big input that takes what the scanner types (an invitation's QR token followed by
/// Enter), a member card number or a phone number. The banner says who it is, their tier, and whether
/// they are welcome or why not (core's sentence); the count of guests in runs beside it. After every
/// scan the input is empty and keeps the focus, ready for the next guest.
class CheckInWidget : public QWidget
{
    Q_OBJECT
public:
    /// `chooseEvent`: show a chooser of the events open for check-in (clerks, who see no event list);
    /// otherwise the page sets the event with setEventId().
    CheckInWidget(const ServiceContext& ctx, bool chooseEvent, QWidget* parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    /// The last result shown (tests).
    const CheckInResult& lastResult() const { return m_last; }

public slots:
    void setEventId(qint64 eventId);
    /// Reloads the chooser's events and the counts (the page calls it when shown).
    void reload();
    void focusInput();
    /// Checks in whatever is in the input (what Enter does).
    void submit();

signals:
    /// Someone was checked in (the page refreshes its counts).
    void checkedIn(qint64 eventId, qint64 memberId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showIdleBanner();
    void showResult(const CheckInResult& result);
    void updateCounts();
    void updateEnabled();

    ServiceContext m_ctx;
    qint64 m_eventId = 0;
    CheckInResult m_last;
    QComboBox* m_events = nullptr;
    QLabel* m_eventLabel;
    QLabel* m_counts;
    QLineEdit* m_input;
    QPushButton* m_checkIn;
    QFrame* m_banner;
    QLabel* m_bannerTitle;
    QString m_nextEvent; ///< "The next event, … is on …", when none is open today
    QLabel* m_bannerName;
    QLabel* m_bannerTier;
    QLabel* m_bannerMessage;
    QListWidget* m_recent;
};

} // namespace md::ui
