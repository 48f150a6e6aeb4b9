#!/usr/bin/env bash
# Developer tool: starts the GUI on a virtual screen (Xvfb + openbox, so shortcuts and dialogs behave as
# on a desktop), types the given keys and saves a screenshot.
#   scripts/screenshot.sh DB LANG OUT.png [TEXT | key:KEYS | sleep:SECONDS]...
# e.g. scripts/screenshot.sh demo.db zh_CN counter.png 13014682324 key:Return 256.5
# It signs in first as MEMBERDESK_USER (default: the demo owner 店主) with MEMBERDESK_PASSWORD (default: the
# demo owner's password, see README); MEMBERDESK_PASSWORD= (empty) leaves the sign-in screen up.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${MEMBERDESK_IN_XVFB:-}" ]; then
    need=()
    for tool in xdotool:xdotool import:imagemagick openbox:openbox xvfb-run:xvfb; do
        command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
    done
    if [ ${#need[@]} -gt 0 ]; then
        sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
    fi
    MEMBERDESK_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "$@"
fi
db=$1 lang=$2 out=$3
shift 3
openbox >/dev/null 2>&1 &
sleep 0.5
user=${MEMBERDESK_USER:-店主}
password=${MEMBERDESK_PASSWORD-demo-owner}
"${MEMBERDESK_BUILD_DIR:-$root/build}/app/memberdesk" --db "$db" --lang "$lang" --now "${MEMBERDESK_NOW:-2026-11-20T10:00:00}" --user "$user" &
app=$!
# Typing before the sign-in window is up loses the keys: wait for it (a busy machine starts slowly).
timeout 30 xdotool search --sync --onlyvisible --pid "$app" >/dev/null 2>&1 || true
sleep 1
if [ -n "$password" ]; then
    xdotool type --delay 40 "$password"
    xdotool key Return
    sleep 6 # the password hash takes a moment on purpose (longer on a busy machine)
fi
for step in "$@"; do
    case "$step" in
        key:*) xdotool key --delay 80 ${step#key:} ;;
        sleep:*) sleep "${step#sleep:}" ;;
        *) xdotool type --delay 40 "$step" ;;
    esac
    sleep 0.5
done
sleep 1
import -window root "$out"
kill "$app"
