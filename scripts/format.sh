#!/usr/bin/env bash
# clang-format (14, .clang-format at the root) the given files, or every changed C++ file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ $# -gt 0 ]; then files=("$@"); else mapfile -t files < <(git diff --name-only HEAD -- '*.cpp' '*.h'; git ls-files --others --exclude-standard -- '*.cpp' '*.h'); fi
[ ${#files[@]} -gt 0 ] && clang-format -i "${files[@]}"
