// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/Event.h"
#include "services/ServiceContext.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace md::ui {

/// Plans a VIP event or changes its plan: title, day and time window, place, description, offer, cost
/// (typed in yuan, stored in fen) and seats. Core validates; its sentence is shown in the dialog, which
/// stays open until the event is saved.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    /// `eventId` 0: a new event.
    EventDialog(const ServiceContext& ctx, qint64 eventId, QWidget* parent = nullptr);

    qint64 eventId() const { return m_eventId; }
    /// The error shown, empty when none (tests).
    QString errorText() const;

public slots:
    void accept() override;

signals:
    void saved(qint64 eventId);

private:
    /// Reads the fields; false with *error when the cost is not an amount.
    bool readInput(EventInput* input, QString* error) const;
    void showError(const QString& error);
    /// Whole days between the event's day and its end (0: ends the same day; an end time not after the
    /// start time means the next day, for an evening that runs past midnight).
    int endDayOffset() const;
    void updateWindowHint();

    ServiceContext m_ctx;
    qint64 m_eventId;
    QString m_template; ///< kept as it is: the designer edits it
    QLineEdit* m_title;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QLineEdit* m_place;
    QPlainTextEdit* m_description;
    QLineEdit* m_offer;
    QLineEdit* m_cost;
    QSpinBox* m_capacity;
    QLabel* m_windowHint;
    QLabel* m_error;
    int m_storedEndDays = 0; ///< an edited event that spans days keeps its span
};

} // namespace md::ui
