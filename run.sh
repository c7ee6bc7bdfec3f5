#!/usr/bin/env bash
# Installs what is missing, builds (release preset), and starts the proctor console on the
# embedded emulator with a demo session; without a display it plays the headless demo.
set -euo pipefail
cd "$(dirname "$0")"

./scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

CONSOLE=build/release/app/sp-proctor-console
if [ -x "$CONSOLE" ]; then
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$CONSOLE" "$@"
    fi
    exec "$CONSOLE" --headless-demo "$@"
fi
# Until the console exists: the emulator with its demo data.
exec build/release/emulator/sp-sync-emulator --demo "$@"
