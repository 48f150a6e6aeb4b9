// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stats.h"

#include "importio/ImportSupport.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace md::bench {

/// The import's phases in seconds, named like the raw floor's (RawSqlite::lastPhases) where they do
/// the same work, so the two can be compared phase by phase.
inline QJsonObject importPhases(const ImportTimings& t)
{
    const auto s = [](qint64 ms) { return rounded(double(ms) / 1000.0, 2); };
    return {{QStringLiteral("read"), s(t.read)},       {QStringLiteral("preload"), s(t.preload)},
            {QStringLiteral("decide"), s(t.decide)},   {QStringLiteral("rows"), s(t.rows)},
            {QStringLiteral("members"), s(t.members)}, {QStringLiteral("summaries"), s(t.summaries)},
            {QStringLiteral("indexes"), s(t.indexes)}, {QStringLiteral("commit"), s(t.commit)}};
}

using RawPhases = std::vector<std::pair<const char*, double>>;

/// The raw floor's phases in seconds; with a second run, the mean of the two (phase by phase).
inline QJsonObject rawPhases(const RawPhases& first, const RawPhases* second = nullptr)
{
    QJsonObject phases;
    for (size_t i = 0; i < first.size(); ++i) {
        const bool paired = second && i < second->size() && qstrcmp((*second)[i].first, first[i].first) == 0;
        const double seconds = paired ? (first[i].second + (*second)[i].second) / 2 : first[i].second;
        phases[QString::fromLatin1(first[i].first)] = rounded(seconds, 2);
    }
    return phases;
}

} // namespace md::bench
