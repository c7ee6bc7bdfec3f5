#!/bin/sh
# Emulator benchmarks with our client (not a test): codec_decode, fanout (200 subscribers),
# emulator_connections (1000). Builds nothing: uses $SP_BUILD_DIR (default build/release).
# Prints one JSON object per line; extra arguments go to sp-bench-emulator.
set -eu
BENCH_TARGET=sp-bench-emulator
. "$(dirname "$0")/../common/benchenv.sh"
exec timeout --kill-after=5 900 "$bench" "$@"
