// SPDX-License-Identifier: GPL-3.0-or-later
#include "loyalty/AdjustPointsDialog.h"

#include "common/Formatting.h"
#include "services/PointsAdjustment.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

AdjustPointsDialog::AdjustPointsDialog(const ServiceContext& ctx, qint64 memberId, qint64 balance,
                                       QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_memberId(memberId)
{
    setObjectName(u"adjustPointsDialog"_s);
    setWindowTitle(tr("Adjust points"));
    auto* intro = new QLabel(tr("Balance now: %1 points. A positive number adds points, a negative one takes "
                                "them away. The reason is shown in the member's history.")
                                 .arg(QLocale().toString(balance)));
    intro->setWordWrap(true);
    m_points = new QSpinBox;
    m_points->setObjectName(u"pointsSpinBox"_s);
    m_points->setRange(-int(PointsAdjustment::kMaxAdjustment), int(PointsAdjustment::kMaxAdjustment));
    m_points->setGroupSeparatorShown(true);
    m_reason = new QLineEdit;
    m_reason->setObjectName(u"reasonLineEdit"_s);
    m_reason->setMaxLength(PointsAdjustment::kMaxReasonLength);
    m_reason->setPlaceholderText(tr("Required, e.g. goodwill for a late delivery"));
    m_reason->setMinimumWidth(m_reason->fontMetrics().horizontalAdvance(u"M"_s) * 28);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorLabelStyle());
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Points"), m_points);
    form->addRow(tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"savePushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjustPointsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_points->setFocus();
    m_points->selectAll();
}

void AdjustPointsDialog::accept()
{
    m_points->interpretText();
    PointsAdjustment::Result result;
    QString error;
    if (!PointsAdjustment(m_ctx).adjust(m_memberId, m_points->value(), m_reason->text().trimmed(), &result,
                                        &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    emit saved(result.pointsBalance);
    QDialog::accept();
}

} // namespace md::ui
