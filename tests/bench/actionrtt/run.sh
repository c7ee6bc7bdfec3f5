#!/bin/sh
# Action round-trip benchmark (not a test): our SyncClient vs the official twilio-sync JS
# client, each in both roles (proctor and extension), on one emulator, in one run.
# Builds nothing: uses $SP_BUILD_DIR (default build/release) for sp-bench-actionrtt and
# sp-sync-emulator (`cmake --preset release && cmake --build build/release`).
# Prints one JSON object per line; extra arguments go to sp-bench-actionrtt (--n N --warmup W).
set -eu
BENCH_TARGET=sp-bench-actionrtt
. "$(dirname "$0")/../common/benchenv.sh"
exec timeout --kill-after=5 900 "$root/tests/interop/run-with-npm.sh" "$bench" "$@"
