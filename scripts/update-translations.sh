#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (run after adding or changing user-visible strings),
# then fill new entries: scripts/ts_fill.py translations/new-strings.tsv
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
"$lupdate" -no-obsolete -locations none -extensions cpp,h core ui app translations \
    -ts translations/memberdesk_zh_CN.ts translations/memberdesk_zh_TW.ts translations/memberdesk_en.ts
python3 scripts/ts_fill.py --report
