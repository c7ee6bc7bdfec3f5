#!/bin/sh
# emulator_abuse (not a test): the emulator's RSS at rest, at its peak during a 300 MiB flood
# of oversized HTTP requests and 20 WebSocket subscribers that stop reading, and afterwards.
# Targets: peak < 150 MB, after within 10 % of the baseline. Talks only to 127.0.0.1.
# Builds nothing: uses $SP_BUILD_DIR (default build/release); extra arguments go to
# sp-bench-abuse (--flood-mb N --subscribers N).
set -eu
BENCH_TARGET=sp-bench-abuse
. "$(dirname "$0")/../common/benchenv.sh"
exec timeout --kill-after=5 600 "$bench" "$@"
