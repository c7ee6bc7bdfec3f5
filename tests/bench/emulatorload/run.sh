#!/bin/sh
# Emulator benchmarks with our client (not a test): codec_decode, fanout (200 subscribers),
# emulator_connections (1000). Builds nothing: uses $SP_BUILD_DIR (default build/release).
# Prints one JSON object per line; extra arguments go to sp-bench-emulator.
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/sp-bench-emulator
emu=${SP_EMULATOR:-$build/emulator/sp-sync-emulator}
for f in "$bench" "$emu"; do
    if [ ! -x "$f" ]; then
        echo "bench: no $f (build the release preset or set SP_BUILD_DIR / SP_EMULATOR)" >&2
        exit 2
    fi
done
export SP_EMULATOR="$emu" SP_SOURCE_DIR="$root" QT_QPA_PLATFORM=offscreen
exec timeout --kill-after=5 900 "$bench" "$@"
