// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace md {

/// While TZ is unset, glibc re-reads /etc/localtime on every local-time conversion (a tenth of a member
/// lookup's time). Pointing TZ at that same file (":/etc/localtime", which Qt also reads as "the system
/// zone") gives the same zone, read once and cached. Call first thing in main(), before any thread starts;
/// does nothing when TZ is set, off Linux, or without /etc/localtime. Returns whether TZ was set.
bool cacheLocalTimeZone();

} // namespace md
