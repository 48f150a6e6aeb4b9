// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WorkerPool.h"

#include <QThread>
#include <QThreadPool>

namespace md::ui {

QThreadPool* workerPool()
{
    static QThreadPool* const pool = [] {
        auto* created = new QThreadPool; // lives until exit, like the global instance
        // The jobs mostly wait for the disk: a backup, the maintenance and a page's load run side by side.
        created->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
        return created;
    }();
    return pool;
}

} // namespace md::ui
