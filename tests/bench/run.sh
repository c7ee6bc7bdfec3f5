#!/bin/sh
# Emulator benchmark (not a test): the official twilio-sync JS client on both ends.
# Builds nothing: uses $SP_EMULATOR or build/release/emulator/sp-sync-emulator
# (configure and build that with `cmake --preset release && cmake --build build/release`).
# Prints one JSON object per line; extra arguments go to bench.js (--writes N --seconds S --samples N).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
emu=${SP_EMULATOR:-$root/build/release/emulator/sp-sync-emulator}
if [ ! -x "$emu" ]; then
    echo "bench: no emulator at $emu (build the release preset or set SP_EMULATOR)" >&2
    exit 2
fi
conf=$root/tests/conformance
if [ ! -d "$conf/node_modules" ] || [ "$conf/package-lock.json" -nt "$conf/node_modules" ]; then
    echo "bench: npm ci in tests/conformance" >&2
    (cd "$conf" && npm ci --no-audit --no-fund --loglevel=error >&2 && touch node_modules)
fi
timeout --kill-after=5 300 node "$root/tests/bench/emulator/bench.js" --emulator "$emu" "$@"
# Action round trip, our client vs the JS client (tests/bench/actionrtt; same build dir).
SP_BUILD_DIR=${SP_BUILD_DIR:-$(dirname "$(dirname "$emu")")} SP_EMULATOR="$emu" "$root/tests/bench/actionrtt/run.sh"
# Console with 200 documents under 50 updates/s (tests/bench/consoleload; same build dir; skipped if not built).
SP_BUILD_DIR=${SP_BUILD_DIR:-$(dirname "$(dirname "$emu")")} "$root/tests/bench/consoleload/run.sh"
