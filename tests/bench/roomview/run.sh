#!/bin/sh
# Room view benchmark (not a test): 500 simulated students, 100 updates/s in all, 60 s.
# Builds nothing: uses $SP_BUILD_DIR (default build/release) for bench_roomview
# (`cmake --preset release && cmake --build build/release --target bench_roomview`).
# Prints one JSON object per line; extra arguments go to bench_roomview
# (--sessions N --rate R --seconds S --screenshot FILE).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/bench_roomview
if [ ! -x "$bench" ]; then
    echo "bench: no $bench, skipping room_view (build target bench_roomview or set SP_BUILD_DIR)" >&2
    exit 0
fi
export QT_QPA_PLATFORM=offscreen
exec timeout --kill-after=5 600 "$bench" "$@"
