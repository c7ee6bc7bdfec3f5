#!/bin/sh
# Runs conformance scenario files with the official twilio-sync client (node --test).
#   SP_EMULATOR=/path/to/sp-sync-emulator tests/conformance/run-conformance.sh [scenarios/x.test.js ...]
# Installs the pinned npm packages (npm ci) into this directory only when node_modules is
# missing or older than package-lock.json. Everything talks to 127.0.0.1 only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

if [ -z "${SP_EMULATOR:-}" ]; then
    echo "run-conformance.sh: set SP_EMULATOR to the sp-sync-emulator binary" >&2
    exit 2
fi
# Without Node 20 + npm the suite cannot run: skipped (exit 77) locally, a failure under CI.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 \
    || ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
    echo "run-conformance.sh: Node.js >= 20 and npm are required (scripts/setup.sh installs them)" >&2
    if [ "${CI:-}" = true ]; then exit 1; fi
    exit 77
fi

install_if_stale() {
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ] \
        || [ ! -f node_modules/twilio-sync/package.json ]; then
        echo "run-conformance.sh: npm ci (twilio-sync pinned by package-lock.json)"
        npm ci --no-audit --no-fund --loglevel=error
        touch node_modules
    fi
}
# Several CTest entries may start at once: one installs, the others wait for it.
if command -v flock >/dev/null 2>&1; then
    lock="${TMPDIR:-/tmp}/sp-conformance-npm-$(printf '%s' "$here" | cksum | cut -d' ' -f1).lock"
    exec 9>"$lock"
    flock 9
    install_if_stale
    flock -u 9
else
    install_if_stale
fi

[ "$#" -gt 0 ] || set -- scenarios/*.test.js
# The outer bound (150 s per scenario file) keeps a wedged client from holding CTest until
# its own timeout.
exec timeout --kill-after=5 "${SP_CONFORMANCE_TIMEOUT:-$((150 * $#))}" \
    node --test --test-reporter=spec --test-concurrency=1 "$@"
