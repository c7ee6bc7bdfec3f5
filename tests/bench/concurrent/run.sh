#!/bin/sh
# Concurrent appends by several of our writers to one document (concurrent_append), or with
# --soak MINUTES a producer and a consumer of ours for that long on an emulator with faults
# (soak: RSS growth of our client and the emulator, lost actions). Not a test.
# Builds nothing: uses $SP_BUILD_DIR (default build/release). Prints one JSON object per line;
# extra arguments go to sp-bench-concurrent (--writers N --actions N | --soak MINUTES).
set -eu
BENCH_TARGET=sp-bench-concurrent
. "$(dirname "$0")/../common/benchenv.sh"
exec timeout --kill-after=5 7200 "$bench" "$@"
