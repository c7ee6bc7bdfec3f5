#!/bin/sh
# All benchmarks (not tests): one JSON object per line on stdout, in this order:
#   emulator_write_rate, fanout_latency (official JS client on both ends)
#   codec_decode, fanout (200 subscribers), emulator_connections (1000)      sp-bench-emulator
#   action_rtt (cpp and js), action_rtt_ratio                                 sp-bench-actionrtt
#   concurrent_append                                                          sp-bench-concurrent
#   console_load (200 documents, 50 updates/s)                                bench_consoleload
#   room_view (500 simulated students, 100 updates/s, 60 s)                   bench_roomview
#   emulator_abuse (300 MiB request flood, 20 paused subscribers)             sp-bench-abuse
#   soak (only with --soak MINUTES; faults on)                                sp-bench-concurrent
# Builds nothing: uses $SP_BUILD_DIR (default build/release; `cmake --preset release &&
# cmake --build build/release`). Progress and errors go to stderr.
#   tests/bench/run.sh [--soak MINUTES]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
export SP_BUILD_DIR=${SP_BUILD_DIR:-$root/build/release}
export SP_EMULATOR=${SP_EMULATOR:-$SP_BUILD_DIR/emulator/sp-sync-emulator}
soak=""
while [ $# -gt 0 ]; do
    case "$1" in
    --soak) soak=${2:?--soak needs MINUTES}; shift 2 ;;
    *) echo "usage: tests/bench/run.sh [--soak MINUTES]" >&2; exit 2 ;;
    esac
done
if [ ! -x "$SP_EMULATOR" ]; then
    echo "bench: no emulator at $SP_EMULATOR (build the release preset or set SP_BUILD_DIR)" >&2
    exit 2
fi
conf=$root/tests/conformance
if [ ! -d "$conf/node_modules" ] || [ "$conf/package-lock.json" -nt "$conf/node_modules" ]; then
    echo "bench: npm ci in tests/conformance" >&2
    (cd "$conf" && npm ci --no-audit --no-fund --loglevel=error >&2 && touch node_modules)
fi
bench="$root/tests/bench"
status=0
step() { "$@" || { echo "bench: failed: $*" >&2; status=1; }; }
step timeout --kill-after=5 300 node "$bench/emulator/bench.js" --emulator "$SP_EMULATOR"
step "$bench/emulatorload/run.sh"
step "$bench/actionrtt/run.sh"
step "$bench/concurrent/run.sh"
step "$bench/consoleload/run.sh"
step "$bench/roomview/run.sh"
step "$bench/abuse/run.sh"
if [ -n "$soak" ]; then
    step "$bench/concurrent/run.sh" --soak "$soak"
fi
exit $status
