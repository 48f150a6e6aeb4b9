// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/MemberInsightStore.h"
#include "services/ServiceContext.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>

namespace md::ui {

/// The daily background refresh of the per-member insight snapshot: once per shop day, on a worker
/// thread with its own connection (MemberInsightStore::refreshOnPath), so the counter never waits.
class InsightRefresher : public QObject
{
    Q_OBJECT
public:
    explicit InsightRefresher(const ServiceContext& ctx, QObject* parent = nullptr);
    ~InsightRefresher() override;

    /// Starts a refresh when none has been recorded for the clock's day and none is running.
    /// Returns whether one was started.
    bool refreshIfDue();
    bool isRunning() const;

signals:
    /// A refresh ended: ok false with the reason (an empty window, too little history is not a failure of
    /// the refresh: the snapshot then records the reason, which the member card shows).
    void finished(bool ok, const QString& error);

private:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    ServiceContext m_ctx;
    QFutureWatcher<Result>* m_watcher;
    std::shared_ptr<std::atomic_bool> m_stop;
};

} // namespace md::ui
