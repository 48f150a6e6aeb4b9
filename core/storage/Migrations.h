// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace md {

/// One schema step: the statements that take user_version from N-1 to N, run in one transaction.
struct Migration
{
    const char* summary;
    QStringList statements;
};

/// The ladder, in order. Index i takes the schema from version i to i+1. Released steps are never
/// edited: a change is a new step at the end (and a fixture of the previous version in tests/data).
const std::vector<Migration>& migrations();

} // namespace md
