#!/usr/bin/env bash
# Configures (once) and builds MemberDesk into build/ (incremental: a second run is quick).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${MEMBERDESK_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" -j"$(nproc)"
