// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight/InsightRefresher.h"

#include "common/Clock.h"
#include "common/WorkerPool.h"
#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace md::ui {

InsightRefresher::InsightRefresher(const ServiceContext& ctx, QObject* parent)
    : QObject(parent), m_ctx(ctx), m_watcher(new QFutureWatcher<Result>(this)),
      m_stop(std::make_shared<std::atomic_bool>(false))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher->future().resultCount() == 0)
            return;
        const Result result = m_watcher->result();
        emit finished(result.ok, result.error);
    });
}

InsightRefresher::~InsightRefresher()
{
    // Closing the window must not wait for a whole fit: the worker stops at its next step (nothing is
    // written then; tomorrow's start or the next check tries again).
    m_stop->store(true);
    m_watcher->waitForFinished();
}

bool InsightRefresher::isRunning() const
{
    return m_watcher->isRunning();
}

bool InsightRefresher::refreshIfDue()
{
    if (isRunning())
        return false;
    const QDate last = MemberInsightStore(m_ctx).lastRefreshDay();
    if (last.isValid() && last >= m_ctx.clock.today())
        return false;
    const QString path = m_ctx.db.path();
    const Clock* clock = &m_ctx.clock;
    const std::shared_ptr<std::atomic_bool> stop = m_stop;
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [path, clock, stop] {
        Result result;
        InsightSnapshot snapshot;
        result.ok = MemberInsightStore::refreshOnPath(path, *clock, &snapshot, &result.error,
                                                      [stop](InsightStep) { return !stop->load(); });
        return result;
    }));
    return true;
}

} // namespace md::ui
