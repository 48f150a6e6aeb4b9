// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceBuilderWidget.h"

#include "common/Clock.h"
#include "common/Formatting.h"
#include "events/AudienceCounter.h"
#include "events/AudienceCriteriaForm.h"
#include "events/AudienceListsPanel.h"
#include "events/AudienceModel.h"
#include "events/EventService.h"
#include "security/Permissions.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace md::ui {

AudienceBuilderWidget::AudienceBuilderWidget(const ServiceContext& ctx, QWidget* parent)
    : QWidget(parent), m_ctx(ctx), m_search(ctx.db)
{
    setObjectName(u"audienceBuilderWidget"_s);
    m_counter = new AudienceCounter(this);
    connect(m_counter, &AudienceCounter::countDue, this, &AudienceBuilderWidget::startEvaluation);
    connect(m_counter, &AudienceCounter::loaded, this, &AudienceBuilderWidget::onDataLoaded);
    connect(m_counter, &AudienceCounter::counted, this, &AudienceBuilderWidget::onEvaluated);

    m_criteria = new AudienceCriteriaForm(m_ctx);
    // Any change re-counts after a short pause; clearing keeps the members added or removed by hand.
    connect(m_criteria, &AudienceCriteriaForm::criteriaChanged, this,
            &AudienceBuilderWidget::scheduleEvaluation);
    connect(m_criteria, &AudienceCriteriaForm::clearRequested, this, [this] {
        AudienceFilter filter;
        filter.addedMemberIds = m_added;
        filter.removedMemberIds = m_removed;
        setFilter(filter);
    });
    // The criteria scroll on a small screen, never sideways; the lists take the width that is left.
    auto* criteria = new QScrollArea;
    criteria->setObjectName(u"criteriaScrollArea"_s);
    criteria->setWidget(m_criteria);
    criteria->setWidgetResizable(true);
    criteria->setFrameShape(QFrame::NoFrame);
    criteria->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    criteria->setMinimumWidth(m_criteria->sizeHint().width() +
                              criteria->verticalScrollBar()->sizeHint().width() + 4);
    criteria->setMaximumWidth(criteria->minimumWidth() + 40);

    auto* results = buildResults();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(criteria);
    layout->addWidget(results, 1);
    updateButtons();
}

AudienceBuilderWidget::~AudienceBuilderWidget() = default; // the counter waits for its workers

AudienceModel* AudienceBuilderWidget::matchedModel() const
{
    return m_lists->matchedModel();
}

AudienceModel* AudienceBuilderWidget::excludedModel() const
{
    return m_lists->excludedModel();
}

QWidget* AudienceBuilderWidget::buildResults()
{
    m_count = new QLabel;
    m_count->setObjectName(u"countLabel"_s);
    m_count->setStyleSheet(u"QLabel { font-size: 18px; font-weight: bold; }"_s);
    m_busy = new QProgressBar;
    m_busy->setObjectName(u"busyProgressBar"_s);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_busy);

    m_warnings = new QLabel;
    m_warnings->setObjectName(u"warningsLabel"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(
        u"QLabel { background: #fff6e0; color: #6b4c00; padding: 6px; border-radius: 4px; }"_s);
    m_warnings->hide();
    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_lists = new AudienceListsPanel(m_ctx.actor.role);
    connect(m_lists, &AudienceListsPanel::addMemberRequested, this, &AudienceBuilderWidget::submitAddMember);
    connect(m_lists, &AudienceListsPanel::removeRequested, this, &AudienceBuilderWidget::removeSelected);
    connect(m_lists, &AudienceListsPanel::putBackRequested, this, &AudienceBuilderWidget::putBackSelected);
    connect(m_lists, &AudienceListsPanel::selectionChanged, this, &AudienceBuilderWidget::updateButtons);
    connect(m_lists, &AudienceListsPanel::openMemberRequested, this,
            &AudienceBuilderWidget::openMemberRequested);

    m_save = new QPushButton(tr("&Save guest list"));
    m_save->setObjectName(u"savePushButton"_s);
    connect(m_save, &QPushButton::clicked, this, &AudienceBuilderWidget::save);
    if (Permissions::allows(m_ctx.actor.role, Permission::ExportData)) {
        m_export = new QPushButton(tr("E&xport CSV…"));
        m_export->setObjectName(u"exportPushButton"_s);
        connect(m_export, &QPushButton::clicked, this, &AudienceBuilderWidget::chooseExportFile);
    }
    m_invite = new QPushButton(tr("&Invite…"));
    m_invite->setObjectName(u"invitePushButton"_s);
    m_invite->setStyleSheet(u"QPushButton { font-weight: bold; padding: 4px 16px; }"_s);
    connect(m_invite, &QPushButton::clicked, this, &AudienceBuilderWidget::confirmAndInvite);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    if (m_export)
        buttons->addWidget(m_export);
    buttons->addWidget(m_invite);

    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(countRow);
    layout->addWidget(m_warnings);
    layout->addWidget(m_message);
    layout->addWidget(m_lists, 1);
    layout->addLayout(buttons);
    return panel;
}

void AudienceBuilderWidget::setEvent(const Event& event)
{
    m_event = event;
    m_invited = EventInvitations(m_ctx).invitedMemberIds(event.id);
    m_savedFilter = event.audience;
    m_message->hide();
    setFilter(event.audience);
    if (!m_counter->figures() && !m_counter->isLoading())
        reloadData();
}

void AudienceBuilderWidget::reloadData()
{
    if (!m_counter->load(m_ctx.db.path(), m_ctx.clock.now().date()))
        return; // already loading
    m_busy->show();
    if (!m_counter->figures())
        m_count->setText(tr("Loading the members and their figures…"));
    updateButtons();
}

void AudienceBuilderWidget::onDataLoaded(bool ok, const QString& error)
{
    if (!ok) {
        // Earlier figures, if any, stay usable; the failure is said either way.
        m_busy->hide();
        if (!m_counter->figures())
            m_count->clear();
        showMessage(tr("The members and their figures could not be loaded: %1").arg(error), true);
        updateButtons();
        return;
    }
    startEvaluation();
}

bool AudienceBuilderWidget::isBusy() const
{
    return m_counter->isBusy();
}

AudienceFilter AudienceBuilderWidget::currentFilter() const
{
    AudienceFilter filter = m_criteria->criteria();
    filter.addedMemberIds = m_added;
    filter.removedMemberIds = m_removed;
    return filter;
}

void AudienceBuilderWidget::setFilter(const AudienceFilter& filter)
{
    m_criteria->setCriteria(filter);
    m_added = filter.addedMemberIds;
    m_removed = filter.removedMemberIds;
    scheduleEvaluation();
}

bool AudienceBuilderWidget::hasUnsavedChanges() const
{
    return m_event.isValid() && currentFilter() != m_savedFilter;
}

void AudienceBuilderWidget::scheduleEvaluation()
{
    m_counter->schedule();
    if (m_counter->figures())
        m_busy->show();
    updateButtons();
}

void AudienceBuilderWidget::startEvaluation()
{
    m_counter->cancelSchedule();
    if (!m_counter->figures() || !m_event.isValid()) {
        updateButtons();
        return;
    }
    if (m_counter->deferWhileCounting())
        return; // the counter asks again with the newest filter when this count is done
    QString error;
    if (!m_criteria->minSpendReadable(&error)) {
        m_busy->hide();
        showMessage(tr("Minimum spend: %1").arg(error), true);
        updateButtons();
        return;
    }
    const AudienceFilter filter = currentFilter();
    if (!filter.validate(&error)) {
        m_busy->hide();
        showMessage(error, true);
        updateButtons();
        return;
    }
    if (m_message->property("filterError").toBool())
        m_message->hide();
    m_busy->show();
    m_counter->count(filter, m_event.capacity, m_invited);
    updateButtons();
}

void AudienceBuilderWidget::onEvaluated(const Audience& audience)
{
    m_busy->hide();
    m_audience = audience;
    m_lists->setAudience(m_audience);
    const int matched = m_audience.count();
    const int newGuests = int(std::count_if(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                            [](const AudienceMember& m) { return !m.alreadyInvited; }));
    QString text = tr("%Ln guest(s)", "", matched);
    if (!m_invited.isEmpty())
        text += tr(" · %Ln already invited", "", int(m_invited.size()));
    if (m_event.capacity)
        text += tr(" · %Ln seat(s)", "", *m_event.capacity);
    m_count->setText(text);
    QStringList lines = m_audience.warnings;
    const int noConsent = m_audience.excludedCount(ExclusionReason::NoConsent);
    if (noConsent > 0)
        lines << tr("%Ln member(s) match but did not consent to marketing: they are not invited.", "",
                    noConsent);
    const int overCapacity = m_audience.excludedCount(ExclusionReason::OverCapacity);
    if (overCapacity > 0)
        lines << tr("%Ln member(s) match but get no seat: the event is full.", "", overCapacity);
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
    m_invite->setText(newGuests > 0 ? tr("&Invite %Ln guest(s)…", "", newGuests) : tr("&Invite…"));
    updateButtons();
}

void AudienceBuilderWidget::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? errorLabelStyle() : successLabelStyle());
    m_message->setProperty("filterError", error);
    m_message->setVisible(!text.isEmpty());
}

void AudienceBuilderWidget::updateButtons()
{
    const bool ready = m_counter->figures() && m_event.isValid() && !isBusy();
    const bool owner = Permissions::allows(m_ctx.actor.role, Permission::PlanEvents);
    const bool past = m_event.isValid() && m_event.isPast(m_ctx.clock.now());
    m_lists->updateButtons(ready && owner, m_event.isValid() && owner);
    m_save->setEnabled(m_event.isValid() && owner && hasUnsavedChanges());
    if (m_export)
        m_export->setEnabled(ready);
    const bool anyNew = std::any_of(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                    [](const AudienceMember& m) { return !m.alreadyInvited; });
    m_invite->setEnabled(ready && owner && !past && anyNew);
    m_invite->setToolTip(past ? tr("The event is over: no more invitations.") : QString());
}

void AudienceBuilderWidget::addMemberId(qint64 memberId)
{
    m_removed.remove(memberId);
    m_added.insert(memberId);
    scheduleEvaluation();
}

void AudienceBuilderWidget::submitAddMember(const QString& query)
{
    if (addMember(query))
        m_lists->clearAddMember();
}

bool AudienceBuilderWidget::addMember(const QString& query)
{
    const QString text = query.trimmed();
    if (text.isEmpty())
        return false;
    const QVector<MemberSearch::Hit> hits = m_search.find(text, 12);
    if (hits.isEmpty()) {
        showMessage(tr("No member matches “%1”.").arg(text), true);
        return false;
    }
    const auto exact = [](const MemberSearch::Hit& hit) {
        return hit.match == MemberSearch::Match::Card || hit.match == MemberSearch::Match::Phone;
    };
    qint64 chosen = 0;
    if (hits.size() == 1 || exact(hits.first())) {
        chosen = hits.first().member.id;
    } else {
        QMenu menu(this);
        for (const MemberSearch::Hit& hit : hits) {
            QAction* action = menu.addAction(
                tr("%1 · %2 · %3")
                    .arg(hit.member.name, hit.member.card, phoneFor(hit.member.phone, m_ctx.actor.role)));
            action->setData(hit.member.id);
        }
        QAction* picked = menu.exec(m_lists->addMemberMenuPosition());
        if (!picked)
            return false;
        chosen = picked->data().toLongLong();
    }
    const auto it = std::find_if(hits.cbegin(), hits.cend(),
                                 [chosen](const MemberSearch::Hit& h) { return h.member.id == chosen; });
    addMemberId(chosen);
    showMessage(tr("%1 was added to the list.").arg(it != hits.cend() ? it->member.name : QString()), false);
    return true;
}

void AudienceBuilderWidget::removeMemberIds(const QList<qint64>& memberIds)
{
    for (qint64 id : memberIds) {
        m_added.remove(id);
        m_removed.insert(id);
    }
    scheduleEvaluation();
}

void AudienceBuilderWidget::putBackMemberIds(const QList<qint64>& memberIds)
{
    for (qint64 id : memberIds)
        m_removed.remove(id);
    scheduleEvaluation();
}

void AudienceBuilderWidget::removeSelected()
{
    const QList<qint64> ids = m_lists->selectedGuestIds();
    if (ids.isEmpty())
        return;
    QList<qint64> invited;
    for (qint64 id : ids)
        if (m_invited.contains(id))
            invited << id;
    if (!invited.isEmpty()) {
        // A written invitation may already be printed: withdrawing it is a separate, confirmed step.
        const auto answer = QMessageBox::question(
            this, tr("Withdraw invitations"),
            tr("%Ln of the selected guest(s) already have an invitation. Withdraw it? A printed invitation "
               "is then refused at the door.",
               "", int(invited.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        EventInvitations invitations(m_ctx);
        for (qint64 id : invited) {
            QString error;
            if (!invitations.withdraw(m_event.id, id, &error)) {
                showMessage(error, true);
                m_invited = invitations.invitedMemberIds(m_event.id);
                removeMemberIds(ids);
                emit invitationsChanged(m_event.id);
                return;
            }
        }
        m_invited = invitations.invitedMemberIds(m_event.id);
        emit invitationsChanged(m_event.id);
    }
    removeMemberIds(ids);
}

void AudienceBuilderWidget::putBackSelected()
{
    putBackMemberIds(m_lists->selectedRemovedIds());
}

bool AudienceBuilderWidget::save()
{
    QString error;
    const AudienceFilter filter = currentFilter();
    if (!EventService(m_ctx).setAudience(m_event.id, filter, &error)) {
        showMessage(error, true);
        return false;
    }
    m_savedFilter = filter;
    m_event.audience = filter;
    showMessage(tr("The guest list is saved with the event."), false);
    updateButtons();
    emit saved(m_event.id);
    return true;
}

void AudienceBuilderWidget::chooseExportFile()
{
    const QString suggested = tr("guests-%1.csv").arg(m_event.startsAt.date().toString(u"yyyy-MM-dd"_s));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the guest list"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AudienceBuilderWidget::exportTo(const QString& path)
{
    qint64 rows = 0;
    QString error;
    if (!AudienceBuilder::exportCsv(m_ctx, m_audience, path, &rows, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("%Ln row(s) written to %1.", "", int(rows)).arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void AudienceBuilderWidget::confirmAndInvite()
{
    const int newGuests = int(std::count_if(m_audience.matched.cbegin(), m_audience.matched.cend(),
                                            [](const AudienceMember& m) { return !m.alreadyInvited; }));
    const auto answer = QMessageBox::question(
        this, tr("Invite guests"),
        tr("Write %Ln invitation(s) for “%1”? Each gets a personal check-in code; guests invited before keep "
           "theirs. The guest list is saved with the event.",
           "", newGuests)
            .arg(m_event.title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        writeInvitations();
}

bool AudienceBuilderWidget::writeInvitations()
{
    if (!m_counter->figures() || isBusy()) {
        showMessage(tr("Wait until the guest list is counted."), true);
        return false;
    }
    const AudienceFilter filter = currentFilter();
    InviteResult result;
    QString error;
    EventInvitations invitations(m_ctx);
    if (!invitations.invite(m_event.id, filter, *m_counter->figures(), &result, &error)) {
        showMessage(error, true);
        return false;
    }
    m_savedFilter = filter;
    m_event.audience = filter;
    m_invited = invitations.invitedMemberIds(m_event.id);
    showMessage(tr("%Ln new invitation(s) written; the event now has %1. Print them on the Invitations tab.",
                   "", result.invited)
                    .arg(QLocale().toString(result.total)),
                false);
    scheduleEvaluation();
    emit invitationsChanged(m_event.id);
    return true;
}

} // namespace md::ui
