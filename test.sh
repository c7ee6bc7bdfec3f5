#!/usr/bin/env bash
# Installs what is missing, builds (debug preset), and runs every test suite with CTest:
# unit, integration and the conformance suite with the official twilio-sync JS client, then
# scans everything the tests printed for tokens (scripts/check-no-tokens.sh).
# Then, unless ctest arguments were given (e.g. ./test.sh -L unit runs only that):
# - the asan preset (gcc, ASan + UBSan): unit and integration tests;
# - the fuzz preset (clang, libFuzzer): each fuzzer for $SP_FUZZ_SECONDS (default 60) s, two at
#   a time. SP_ASAN=0 or SP_FUZZ=0 skip a stage.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup.sh --test
PRESET="${SP_PRESET:-debug}"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"
status=0
ctest --preset "$PRESET" -j "$(nproc)" "$@" || status=$?
# Even after a failure: nothing any test printed may hold a token (JWTs, SP tokens, secrets).
./scripts/check-no-tokens.sh "build/$PRESET"
[ "$status" -eq 0 ] || exit "$status"
[ $# -eq 0 ] || exit 0

stage() { echo "test.sh: $* ($(date -u +%H:%M:%S))"; }

# Conformance and interop are left out under ASan: they exercise the JS client (node is not
# instrumented) and are timing-heavy; our side of them is covered by the integration tests.
# A test may run twice: sanitizers slow everything 2-3x and some integration tests wait 10 s for
# a reply; a memory error or UB aborts again on the second run, a merely slow run passes.
if [ "${SP_ASAN:-1}" != 0 ]; then
    stage "asan preset: build, unit + integration tests"
    cmake --preset asan >/dev/null
    cmake --build --preset asan -j "$(nproc)"
    ctest --preset asan -L 'unit|integration' -LE 'conformance|interop' -j "$(nproc)" \
        --repeat until-pass:2
    ./scripts/check-no-tokens.sh build/asan
fi

if [ "${SP_FUZZ:-1}" != 0 ]; then
    stage "fuzz preset: build, ${SP_FUZZ_SECONDS:-60} s per fuzzer"
    cmake --preset fuzz >/dev/null
    cmake --build --preset fuzz -j "$(nproc)"
    ctest --preset fuzz -L fuzz -j 2
fi
stage "all stages passed"
