// SPDX-License-Identifier: GPL-3.0-or-later
#include "care/FollowupDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "services/CareRecords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

FollowupDialog::FollowupDialog(const ServiceContext& ctx, qint64 memberId, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"followupDialog"_s);
    setWindowTitle(tr("Record a follow-up"));
    const QDate today = m_ctx.clock.now().date();

    m_date = new QDateEdit(today);
    m_date->setObjectName(u"dateDateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_channel = new QComboBox;
    m_channel->setObjectName(u"channelComboBox"_s);
    for (const QString& key : CareRecords::channels())
        m_channel->addItem(CareRecords::channelDisplayName(key), key);
    m_outcome = new QLineEdit;
    m_outcome->setObjectName(u"outcomeLineEdit"_s);
    m_outcome->setMaxLength(CareRecords::kMaxTextLength);
    m_outcome->setPlaceholderText(tr("What was said, e.g. happy with the new jacket"));
    m_outcome->setMinimumWidth(m_outcome->fontMetrics().horizontalAdvance(u"M"_s) * 30);
    m_hasNext = new QCheckBox(tr("Follow up again on"));
    m_hasNext->setObjectName(u"nextCheckBox"_s);
    m_next = new QDateEdit(today.addDays(30));
    m_next->setObjectName(u"nextDateEdit"_s);
    m_next->setCalendarPopup(true);
    m_next->setMinimumDate(today.addDays(1));
    m_next->setEnabled(false);
    connect(m_hasNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    auto* next = new QHBoxLayout;
    next->addWidget(m_hasNext);
    next->addWidget(m_next, 1);

    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("Next"), next);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &FollowupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_outcome, m_channel);
    setTabOrder(m_channel, m_date);
    setTabOrder(m_date, m_hasNext);
    setTabOrder(m_hasNext, m_next);
    m_outcome->setFocus();
}

void FollowupDialog::accept()
{
    FollowupInput input;
    const QDate date = m_date->date();
    if (date != m_ctx.clock.now().date())
        input.time = QDateTime(date, QTime(12, 0)); // an earlier contact: the day is what matters
    input.channel = m_channel->currentData().toString();
    input.outcome = m_outcome->text().trimmed();
    if (m_hasNext->isChecked())
        input.nextDate = m_next->date();
    qint64 id = 0;
    QString error;
    if (!CareRecords(m_ctx).addFollowup(m_memberId, input, &id, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit saved(id);
    QDialog::accept();
}

} // namespace md::ui
