// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/AuditLogDialog.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "common/LocaleFormat.h"
#include "services/AuditText.h"
#include "services/UserService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

namespace {

struct ActionLabel
{
    const char16_t* key;
    const char* label;
};

// What the owner reads; the key stays in the tooltip and in `audit list` (CLI). Unknown keys show as keys.
constexpr ActionLabel kActionLabels[] = {
    {u"backup.auto", QT_TRANSLATE_NOOP("AuditLogDialog", "Automatic backup")},
    {u"backup.folder", QT_TRANSLATE_NOOP("AuditLogDialog", "Backup folder changed")},
    {u"backup.restore", QT_TRANSLATE_NOOP("AuditLogDialog", "Backup restored")},
    {u"backup.write", QT_TRANSLATE_NOOP("AuditLogDialog", "Backup written")},
    {u"complaint.handle", QT_TRANSLATE_NOOP("AuditLogDialog", "Complaint handled")},
    {u"complaint.open", QT_TRANSLATE_NOOP("AuditLogDialog", "Complaint opened")},
    {u"complaint.resolve", QT_TRANSLATE_NOOP("AuditLogDialog", "Complaint resolved")},
    {u"event.audience", QT_TRANSLATE_NOOP("AuditLogDialog", "Event guest list saved")},
    {u"event.audience.export", QT_TRANSLATE_NOOP("AuditLogDialog", "Event guest list exported")},
    {u"event.checkin", QT_TRANSLATE_NOOP("AuditLogDialog", "Guest checked in")},
    {u"event.create", QT_TRANSLATE_NOOP("AuditLogDialog", "Event created")},
    {u"event.delete", QT_TRANSLATE_NOOP("AuditLogDialog", "Event deleted")},
    {u"event.edit", QT_TRANSLATE_NOOP("AuditLogDialog", "Event changed")},
    {u"event.invitations", QT_TRANSLATE_NOOP("AuditLogDialog", "Invitations printed")},
    {u"event.invite", QT_TRANSLATE_NOOP("AuditLogDialog", "Guests invited")},
    {u"event.withdraw", QT_TRANSLATE_NOOP("AuditLogDialog", "Invitation withdrawn")},
    {u"export.member_list", QT_TRANSLATE_NOOP("AuditLogDialog", "Member list exported")},
    {u"export.members", QT_TRANSLATE_NOOP("AuditLogDialog", "Members exported")},
    {u"export.purchases", QT_TRANSLATE_NOOP("AuditLogDialog", "Purchases exported")},
    {u"gift.add", QT_TRANSLATE_NOOP("AuditLogDialog", "Gift added")},
    {u"gift.edit", QT_TRANSLATE_NOOP("AuditLogDialog", "Gift changed")},
    {u"gift.redeem", QT_TRANSLATE_NOOP("AuditLogDialog", "Gift redeemed")},
    {u"import.members", QT_TRANSLATE_NOOP("AuditLogDialog", "Members imported")},
    {u"insight.thresholds", QT_TRANSLATE_NOOP("AuditLogDialog", "Loyalty-type thresholds changed")},
    {u"invitation.template", QT_TRANSLATE_NOOP("AuditLogDialog", "Invitation text changed")},
    {u"import.purchases", QT_TRANSLATE_NOOP("AuditLogDialog", "Purchases imported")},
    {u"maintenance.run", QT_TRANSLATE_NOOP("AuditLogDialog", "Daily points expiry and tier review")},
    {u"member.anonymize", QT_TRANSLATE_NOOP("AuditLogDialog", "Member anonymised")},
    {u"member.note", QT_TRANSLATE_NOOP("AuditLogDialog", "Member note changed")},
    {u"points.adjust", QT_TRANSLATE_NOOP("AuditLogDialog", "Points adjusted by hand")},
    {u"purchase.void", QT_TRANSLATE_NOOP("AuditLogDialog", "Purchase voided")},
    {u"rules.set", QT_TRANSLATE_NOOP("AuditLogDialog", "Loyalty rules changed")},
    {u"signin.failed", QT_TRANSLATE_NOOP("AuditLogDialog", "Sign-in failed")},
    {u"signin.locked", QT_TRANSLATE_NOOP("AuditLogDialog", "Account locked after failed sign-ins")},
    {u"signin.ok", QT_TRANSLATE_NOOP("AuditLogDialog", "Signed in")},
    {u"store.logo", QT_TRANSLATE_NOOP("AuditLogDialog", "Store logo changed")},
    {u"tier.review", QT_TRANSLATE_NOOP("AuditLogDialog", "Tier review")},
    {u"user.add", QT_TRANSLATE_NOOP("AuditLogDialog", "Account added")},
    {u"user.disable", QT_TRANSLATE_NOOP("AuditLogDialog", "Account disabled")},
    {u"user.enable", QT_TRANSLATE_NOOP("AuditLogDialog", "Account enabled")},
    {u"user.secret", QT_TRANSLATE_NOOP("AuditLogDialog", "Password or PIN changed")},
};

constexpr ActionLabel kFamilyLabels[] = {
    {u"backup.", QT_TRANSLATE_NOOP("AuditLogDialog", "Backups and restores (all)")},
    {u"complaint.", QT_TRANSLATE_NOOP("AuditLogDialog", "Complaints (all)")},
    {u"event.", QT_TRANSLATE_NOOP("AuditLogDialog", "Events (all)")},
    {u"export.", QT_TRANSLATE_NOOP("AuditLogDialog", "Exports (all)")},
    {u"gift.", QT_TRANSLATE_NOOP("AuditLogDialog", "Gifts (all)")},
    {u"import.", QT_TRANSLATE_NOOP("AuditLogDialog", "Imports (all)")},
    {u"member.", QT_TRANSLATE_NOOP("AuditLogDialog", "Member data (all)")},
    {u"signin.", QT_TRANSLATE_NOOP("AuditLogDialog", "Sign-ins (all)")},
    {u"user.", QT_TRANSLATE_NOOP("AuditLogDialog", "Accounts (all)")},
};

QString familyLabel(const QString& family)
{
    for (const ActionLabel& entry : kFamilyLabels) {
        if (family == QStringView(entry.key))
            return QCoreApplication::translate("AuditLogDialog", entry.label);
    }
    return QCoreApplication::translate("AuditLogDialog", "%1* (all)").arg(family);
}

} // namespace

QString AuditLogDialog::actionLabel(const QString& key)
{
    for (const ActionLabel& entry : kActionLabels) {
        if (key == QStringView(entry.key))
            return QCoreApplication::translate("AuditLogDialog", entry.label);
    }
    return key;
}

AuditLogDialog::AuditLogDialog(const ServiceContext& ctx, QWidget* parent) : QDialog(parent), m_ctx(ctx)
{
    setObjectName(u"auditLogDialog"_s);
    setWindowTitle(tr("Audit log"));

    m_user = new QComboBox;
    m_user->setObjectName(u"userComboBox"_s);
    m_user->addItem(tr("Everyone"), qint64(0));
    for (const User& user : UserService(ctx).list())
        m_user->addItem(user.name, user.id);

    m_action = new QComboBox;
    m_action->setObjectName(u"actionComboBox"_s);
    m_action->addItem(tr("All actions"), QString());
    QString error;
    QStringList families;
    const QStringList actions = AuditQuery(ctx).actions(&error);
    for (const QString& action : actions) {
        const int dot = action.indexOf(u'.');
        const QString family = dot > 0 ? action.left(dot + 1) : QString();
        if (!family.isEmpty() && !families.contains(family))
            families << family;
    }
    // A family ("signin.*") first, then its actions: one choice shows every sign-in event.
    for (const QString& family : std::as_const(families)) {
        m_action->addItem(familyLabel(family), family);
        for (const QString& action : actions) {
            if (action.startsWith(family))
                m_action->addItem(u"    "_s + actionLabel(action), action);
        }
    }
    for (const QString& action : actions) {
        if (!action.contains(u'.'))
            m_action->addItem(action, action);
    }

    const QDate today = ctx.clock.now().date();
    m_useDates = new QCheckBox(tr("&From"));
    m_useDates->setObjectName(u"dateCheckBox"_s);
    m_from = new QDateEdit(today.addDays(-30));
    m_from->setObjectName(u"fromDateEdit"_s);
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today);
    m_to->setObjectName(u"toDateEdit"_s);
    m_to->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_text = new QLineEdit;
    m_text->setObjectName(u"textLineEdit"_s);
    m_text->setPlaceholderText(tr("Text in the action, target, details or user"));
    m_text->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    auto* userLabel = new QLabel(tr("&User:"));
    userLabel->setBuddy(m_user);
    auto* actionLabel = new QLabel(tr("&Action:"));
    actionLabel->setBuddy(m_action);
    auto* textLabel = new QLabel(tr("&Search:"));
    textLabel->setBuddy(m_text);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(actionLabel);
    filters->addWidget(m_action);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(m_to);
    filters->addWidget(textLabel);
    filters->addWidget(m_text, 1);

    m_table = new QTableWidget(0, 5);
    m_table->setObjectName(u"auditTableWidget"_s);
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Target"), tr("Details")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10); // a log reads dense
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_count = new QLabel;
    m_count->setObjectName(u"countLabel"_s);
    m_error = new QLabel;
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b3261e;"_s);
    m_error->hide();
    m_more = new QPushButton(tr("Show &more"));
    m_more->setObjectName(u"morePushButton"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditLogDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_more);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(bottom);
    resize(1100, 620);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &AuditLogDialog::reload);
    connect(m_text, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &AuditLogDialog::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditLogDialog::showMore);
    reload();
    m_text->setFocus();
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter filter;
    filter.userId = m_user->currentData().toLongLong();
    filter.action = m_action->currentData().toString();
    filter.text = m_text->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.from = QDateTime(m_from->date(), QTime(0, 0));
        filter.to = QDateTime(m_to->date(), QTime(23, 59, 59));
    }
    filter.limit = kPageSize;
    return filter;
}

QString AuditLogDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AuditLogDialog::reload()
{
    m_typing->stop();
    m_table->setRowCount(0);
    m_total = 0;
    AuditFilter f = filter();
    if (m_useDates->isChecked() && m_from->date() > m_to->date()) {
        m_error->setText(tr("The first day is after the last day."));
        m_error->show();
        updateCount();
        return;
    }
    AuditPage page;
    QString error;
    if (!AuditQuery(m_ctx).find(f, &page, &error)) {
        m_error->setText(error);
        m_error->show();
        updateCount();
        return;
    }
    m_error->hide();
    m_total = page.total;
    append(page);
    m_table->resizeColumnsToContents();
    // Details can be long; the last column takes the rest of the width.
    for (int column = 0; column < 4; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
}

void AuditLogDialog::showMore()
{
    AuditFilter f = filter();
    f.offset = m_table->rowCount();
    AuditPage page;
    QString error;
    if (!AuditQuery(m_ctx).find(f, &page, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_total = page.total;
    append(page);
}

void AuditLogDialog::append(const AuditPage& page)
{
    // Names, tiers and amounts in words; what is stored stays in the tooltips (and in the search).
    const AuditText words(m_ctx, page.entries);
    const QLocale locale;
    const QString timeFormat = dateFormat(locale) + u" HH:mm:ss"_s;
    for (const AuditEntry& entry : page.entries) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(locale.toString(entry.time, timeFormat)));
        m_table->setItem(row, 1,
                         new QTableWidgetItem(entry.userName.isEmpty() ? tr("(no user)") : entry.userName));
        auto* action = new QTableWidgetItem(actionLabel(entry.action));
        action->setData(Qt::UserRole, entry.action);
        action->setToolTip(entry.action);
        m_table->setItem(row, 2, action);
        auto* target = new QTableWidgetItem(words.target(entry));
        target->setToolTip(entry.target);
        m_table->setItem(row, 3, target);
        auto* details = new QTableWidgetItem(words.details(entry));
        details->setToolTip(entry.details);
        m_table->setItem(row, 4, details);
    }
    updateCount();
}

void AuditLogDialog::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("Showing %1 of %Ln entry(ies), newest first.", "", int(m_total))
                         .arg(locale.toString(m_table->rowCount())));
    m_more->setEnabled(m_table->rowCount() < m_total);
}

} // namespace md::ui
