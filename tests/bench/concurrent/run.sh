#!/bin/sh
# Concurrent appends by several of our writers to one document (concurrent_append), or with
# --soak MINUTES a producer and a consumer of ours for that long on an emulator with faults
# (soak: RSS growth of our client and the emulator, lost actions). Not a test.
# Builds nothing: uses $SP_BUILD_DIR (default build/release). Prints one JSON object per line;
# extra arguments go to sp-bench-concurrent (--writers N --actions N | --soak MINUTES).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/sp-bench-concurrent
emu=${SP_EMULATOR:-$build/emulator/sp-sync-emulator}
for f in "$bench" "$emu"; do
    if [ ! -x "$f" ]; then
        echo "bench: no $f (build the release preset or set SP_BUILD_DIR / SP_EMULATOR)" >&2
        exit 2
    fi
done
export SP_EMULATOR="$emu" SP_SOURCE_DIR="$root" QT_QPA_PLATFORM=offscreen
exec timeout --kill-after=5 7200 "$bench" "$@"
