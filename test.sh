#!/usr/bin/env bash
# Installs what is missing, checks the formatting (clang-format), builds (debug preset, warnings
# are errors), and runs every test suite with CTest: unit, integration, the conformance suite
# with the official twilio-sync JS client and the Debian package check (label package), then
# scans everything the tests printed for tokens (scripts/check-no-tokens.sh).
# Then, unless ctest arguments were given (e.g. ./test.sh -L unit runs only that):
# - clang-tidy on syncclient/ and emulator/ (scripts/check-tidy.sh; skips files that passed
#   before with the same inputs);
# - the asan preset (gcc, ASan + UBSan): unit and integration tests, building only what they run;
# - the fuzz preset (clang, libFuzzer): each fuzzer for $SP_FUZZ_SECONDS (default 60) s, two at
#   a time. SP_TIDY=0, SP_ASAN=0 or SP_FUZZ=0 skip a stage.
# Each stage prints when it starts and how long it took.
set -euo pipefail
cd "$(dirname "$0")"

stage_name=""
stage_start=$SECONDS
# stage NAME: ends the running stage (prints its time) and starts NAME; no NAME only ends.
stage() {
    if [ -n "$stage_name" ]; then
        echo "test.sh: done: $stage_name ($((SECONDS - stage_start)) s)"
    fi
    stage_name=$*
    stage_start=$SECONDS
    if [ -n "$stage_name" ]; then
        echo "test.sh: stage: $stage_name (start $(date -u +%H:%M:%S))"
    fi
}

stage "setup"
./scripts/setup.sh --test

stage "format check"
./scripts/check-format.sh

PRESET="${SP_PRESET:-debug}"
stage "$PRESET preset: configure and build"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"

stage "$PRESET preset: tests"
export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"
status=0
ctest --preset "$PRESET" -j "$(nproc)" "$@" || status=$?
# Even after a failure: nothing any test printed may hold a token (JWTs, SP tokens, secrets).
./scripts/check-no-tokens.sh "build/$PRESET"
[ "$status" -eq 0 ] || exit "$status"
if [ $# -ne 0 ]; then
    stage
    exit 0
fi

if [ "${SP_TIDY:-1}" != 0 ]; then
    stage "clang-tidy: syncclient/ and emulator/"
    SP_TIDY_JOBS="$(nproc)" ./scripts/check-tidy.sh "build/$PRESET"
fi

# Conformance and interop are left out under ASan: they exercise the JS client (node is not
# instrumented) and are timing-heavy; our side of them is covered by the integration tests.
# A test may run twice: sanitizers slow everything 2-3x and some integration tests wait 10 s for
# a reply; a memory error or UB aborts again on the second run, a merely slow run passes.
if [ "${SP_ASAN:-1}" != 0 ]; then
    stage "asan preset: build, unit + integration tests"
    cmake --preset asan >/dev/null
    # Only what these tests run (cmake/SpTesting.cmake): no benchmarks, no interop/hostile-only
    # executables. The debug build above keeps those compiling.
    cmake --build --preset asan -j "$(nproc)" --target tests_unit tests_integration
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
stage
echo "test.sh: all stages passed in $SECONDS s"
