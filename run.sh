#!/usr/bin/env bash
# Installs what is missing, builds the programs (app preset: release, no tests), and starts the
# proctor console on the embedded emulator with a demo session; without a display it plays the
# headless demo.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup.sh
cmake --preset app >/dev/null
cmake --build --preset app -j "$(nproc)" --target sp-proctor-console

CONSOLE=build/app/app/sp-proctor-console
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$CONSOLE" "$@"
fi
exec "$CONSOLE" --headless-demo "$@"
