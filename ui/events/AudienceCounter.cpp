// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/AudienceCounter.h"

#include "common/WorkerPool.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace md::ui {

namespace {

constexpr int kDebounceMs = 250; // typing an amount is several changes: count once after the last

} // namespace

AudienceCounter::AudienceCounter(QObject* parent) : QObject(parent)
{
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &AudienceCounter::countDue);
    m_loader = new QFutureWatcher<Loaded>(this);
    connect(m_loader, &QFutureWatcherBase::finished, this, &AudienceCounter::onLoaded);
    m_counter = new QFutureWatcher<Audience>(this);
    connect(m_counter, &QFutureWatcherBase::finished, this, &AudienceCounter::onCounted);
}

AudienceCounter::~AudienceCounter()
{
    m_loader->waitForFinished();
    m_counter->waitForFinished();
}

bool AudienceCounter::load(const QString& dbPath, const QDate& asOf)
{
    if (m_loading)
        return false;
    m_loading = true;
    m_loader->setFuture(QtConcurrent::run(workerPool(), [dbPath, asOf] {
        Loaded loaded;
        AudienceData data;
        if (AudienceBuilder::loadOnPath(dbPath, asOf, &data, &loaded.error))
            loaded.figures = std::make_shared<const AudienceBuilder>(std::move(data));
        return loaded;
    }));
    return true;
}

void AudienceCounter::onLoaded()
{
    m_loading = false;
    Loaded loaded = m_loader->result();
    const bool ok = loaded.figures != nullptr;
    if (ok)
        m_figures = std::move(loaded.figures);
    emit this->loaded(ok, loaded.error);
}

void AudienceCounter::schedule()
{
    m_debounce->start();
}

void AudienceCounter::cancelSchedule()
{
    m_debounce->stop();
}

bool AudienceCounter::deferWhileCounting()
{
    if (m_counting) {
        m_countPending = true; // one more pass with the newest filter when this one is done
        return true;
    }
    m_countPending = false;
    return false;
}

void AudienceCounter::count(const AudienceFilter& filter, std::optional<int> capacity,
                            const QSet<qint64>& invited)
{
    m_counting = true;
    const std::shared_ptr<const AudienceBuilder> figures = m_figures;
    m_counter->setFuture(QtConcurrent::run(workerPool(), [figures, filter, capacity, invited] {
        return figures->evaluate(filter, capacity, invited);
    }));
}

void AudienceCounter::onCounted()
{
    m_counting = false;
    if (m_countPending) {
        emit countDue();
        return;
    }
    emit counted(m_counter->result());
}

bool AudienceCounter::isBusy() const
{
    return m_loading || m_counting || m_debounce->isActive() || m_countPending;
}

} // namespace md::ui
