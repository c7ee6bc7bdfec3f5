#!/bin/sh
# Action round-trip benchmark (not a test): our SyncClient vs the official twilio-sync JS
# client, each in both roles (proctor and extension), on one emulator, in one run.
# Builds nothing: uses $SP_BUILD_DIR (default build/release) for sp-bench-actionrtt and
# sp-sync-emulator (`cmake --preset release && cmake --build build/release`).
# Prints one JSON object per line; extra arguments go to sp-bench-actionrtt (--n N --warmup W).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/sp-bench-actionrtt
emu=${SP_EMULATOR:-$build/emulator/sp-sync-emulator}
for f in "$bench" "$emu"; do
    if [ ! -x "$f" ]; then
        echo "bench: no $f (build the release preset or set SP_BUILD_DIR / SP_EMULATOR)" >&2
        exit 2
    fi
done
export SP_EMULATOR="$emu" SP_SOURCE_DIR="$root" QT_QPA_PLATFORM=offscreen
exec timeout --kill-after=5 900 "$root/tests/interop/run-with-npm.sh" "$bench" "$@"
