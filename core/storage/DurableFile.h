// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace md {

// File steps a backup or restore needs to survive a power cut: a copy that still sits in the page cache
// when the power goes is no backup, and a half-renamed database is worse than none.

/// Flushes a finished file (and its folder entry) to the disk.
void syncToDisk(const QString& path);
/// Atomically replaces `target` with `source` where the system allows it.
bool replaceFile(const QString& source, const QString& target);

} // namespace md
