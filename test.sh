#!/usr/bin/env bash
# Installs what is missing, builds (debug preset), and runs every test suite with CTest:
# unit, integration and the conformance suite with the official twilio-sync JS client.
# Extra arguments go to ctest (e.g. ./test.sh -L unit).
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup.sh
PRESET="${SP_PRESET:-debug}"
cmake --preset "$PRESET" >/dev/null
cmake --build --preset "$PRESET" -j "$(nproc)"

export QT_QPA_PLATFORM=offscreen
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false}"
ctest --preset "$PRESET" -j "$(nproc)" "$@"
