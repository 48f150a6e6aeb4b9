#!/usr/bin/env bash
# Installs what is needed, builds, creates a demo shop (once) and starts MemberDesk on it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/compile.sh"
build="${MEMBERDESK_BUILD_DIR:-$root/build}"
data="${XDG_DATA_HOME:-$HOME/.local/share}/MemberDesk"
db="${MEMBERDESK_DEMO_DB:-$data/demo.db}"
mkdir -p "$(dirname "$db")"
if [ ! -f "$db" ]; then
    echo "Creating a demo shop in $db (5,000 members, 24 months)…"
    "$build/app/memberdesk-cli" --db "$db" demo --members 5000 --months 24 --seed 1
fi
# Demo-only accounts (made by the demo generator; a real shop chooses its own in the first-start wizard).
echo "Demo accounts: owner 店主, password demo-owner; clerks 小王 (PIN 1234) and 小李 (PIN 5678)."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here. On a desktop this starts: $build/app/memberdesk --db $db"
    echo "Headless preview: xvfb-run -a -s '-screen 0 1366x768x24' $build/app/memberdesk --db $db"
    exit 0
fi
exec "$build/app/memberdesk" --db "$db"
