// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThreadPool;

namespace md::ui {

/// The threads MemberDesk's own background work runs on (backups, the day's maintenance, imports,
/// exports, the care and dashboard loads, insight). Not QThreadPool::globalInstance(): Qt 6.4 converts
/// and scales large images for painting on that pool and waits for it on the GUI thread, so two long
/// jobs there (a 3-minute backup and the day's maintenance on a 2-core PC) froze the window's painting
/// until one ended.
QThreadPool* workerPool();

} // namespace md::ui
