#!/usr/bin/env bash
# Fails on any clang-tidy finding (.clang-tidy) in syncclient/ and emulator/. Uses the compile
# commands of an already configured build (default build/debug) and $SP_TIDY_JOBS (default 2)
# clang-tidy processes at once.
# A file that passed is not checked again while nothing it depends on changed: the cache key
# covers the clang-tidy version, .clang-tidy, the compile command and every file the translation
# unit reads (see scripts/check-tidy.py). Passes only are kept, in $SP_TIDY_CACHE_DIR (default
# ${XDG_CACHE_HOME:-~/.cache}/sp-proctor/tidy); SP_TIDY_CACHE=0 checks every file.
# Usage: scripts/check-tidy.sh [BUILD_DIR] [FILE-REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/debug}
regex=${2:-^/(syncclient|emulator)/}

db="$build/compile_commands.json"
[ -f "$db" ] || { echo "check-tidy: no $db (configure that build first)" >&2; exit 1; }
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy is not installed" >&2; exit 1; }
command -v clang++ >/dev/null || { echo "check-tidy: clang++ is not installed" >&2; exit 1; }

exec python3 scripts/check-tidy.py "$build" "$regex"
