#!/bin/sh
# Console load benchmark (not a test): the real console, 200 documents, 50 updates/s in all.
# Builds nothing: uses $SP_BUILD_DIR (default build/release) for bench_consoleload
# (`cmake --preset release && cmake --build build/release --target bench_consoleload`).
# Prints one JSON object per line; extra arguments go to bench_consoleload
# (--documents N --rate R --seconds S --emulator-thread --screenshot FILE).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/bench_consoleload
if [ ! -x "$bench" ]; then
    echo "bench: no $bench, skipping console_load (build target bench_consoleload or set SP_BUILD_DIR)" >&2
    exit 0
fi
export QT_QPA_PLATFORM=offscreen
exec timeout --kill-after=5 600 "$bench" "$@"
