// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/StartOfDay.h"

#include "common/Clock.h"
#include "common/StatusMessage.h"
#include "common/WorkerPool.h"
#include "storage/Database.h"

#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QtConcurrent>

#include <utility>

namespace md::ui {

StartOfDay::StartOfDay(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &StartOfDay::onFinished);
}

StartOfDay::~StartOfDay()
{
    m_stop = true;
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void StartOfDay::setWindow(QWidget* window)
{
    m_window = window;
    // A run that ended before there was a window (a small shop's, during the sign-in) says so now.
    if (m_window && !m_pendingSummary.isEmpty())
        showStatusMessage(m_window, std::exchange(m_pendingSummary, QString()), 15000);
}

bool StartOfDay::start(const ServiceContext& ctx, QWidget* window)
{
    setWindow(window);
    if (m_running || DailyMaintenance(ctx).lastRunDay() == ctx.clock.today())
        return false;
    m_running = true;
    m_quiet = false;
    m_showedProgress = false;
    m_stop = false;
    const QString path = ctx.db.path();
    const Clock* clock = &ctx.clock;
    const Actor actor = ctx.actor;
    const qsizetype chunk = m_expiryChunk;
    const std::function<void()> betweenParts = m_betweenParts;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [this, path, clock, actor, chunk, betweenParts] {
        Outcome outcome;
        outcome.result.day = clock->today();
        // QtSql connections belong to the thread that made them: the worker opens its own.
        Database db;
        if (!db.open(path, &outcome.error))
            return outcome;
        DailyMaintenance::Options options;
        options.expiryChunk = chunk;
        options.progress = [this, betweenParts](qsizetype done, qsizetype total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { showProgress(done, total); }, Qt::QueuedConnection);
            if (done > 0 && done < total && betweenParts)
                betweenParts();
            return !m_stop.load();
        };
        outcome.ok = DailyMaintenance({db, *clock, actor}).run(options, &outcome.result, &outcome.error);
        return outcome;
    }));
    return true;
}

void StartOfDay::stop()
{
    if (!m_running)
        return;
    m_quiet = true;
    m_stop = true;
    waitForFinished();
}

void StartOfDay::waitForFinished()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &StartOfDay::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

void StartOfDay::showProgress(qsizetype done, qsizetype total)
{
    if (!m_running || total == 0 || done >= total)
        return;
    const QLocale locale;
    m_showedProgress = true;
    showStatusMessage(m_window,
                      tr("Today's points expiry: %1 of %2 lapsed credits…")
                          .arg(locale.toString(qint64(done)), locale.toString(qint64(total))),
                      0);
}

void StartOfDay::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    const MaintenanceResult& result = outcome.result;
    if (outcome.ok && result.ran && (result.expiredEntries > 0 || !result.review.changes.isEmpty())) {
        const QString summary =
            tr("Today's points expiry and tier review: %1 lapsed credits expired, %2 tiers lowered.")
                .arg(QLocale().toString(result.expiredEntries),
                     QLocale().toString(qint64(result.review.changes.size())));
        if (m_window)
            showStatusMessage(m_window, summary, 15000);
        else
            m_pendingSummary = summary;
    } else if (m_showedProgress) {
        showStatusMessage(m_window, QString(), 0);
    }
    m_showedProgress = false;
    if (!outcome.ok && !m_quiet && m_warnedDay != result.day) {
        m_warnedDay = result.day; // once a day; it is retried at every start()
        auto* box = new QMessageBox(QMessageBox::Warning, tr("MemberDesk"),
                                    tr("Today's points expiry and tier review could not run:\n%1\n\n"
                                       "The counter works; it is tried again in a few minutes.")
                                        .arg(outcome.error),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::NonModal);
        box->show();
        emit failureShown(outcome.error);
    }
    emit finished(outcome.ok, result, outcome.error);
}

} // namespace md::ui
