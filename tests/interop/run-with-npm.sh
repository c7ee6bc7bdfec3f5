#!/bin/sh
# Runs a command (an interop test or the action round-trip benchmark) after making sure the
# official twilio-sync client is installed in tests/conformance/node_modules, exactly as
# tests/conformance/run-conformance.sh does it (npm ci when missing or stale, under the same
# lock, so parallel CTest entries install once). Without Node 20 + npm: exit 77 (skipped), a
# failure under CI=true.
#   run-with-npm.sh COMMAND [ARGS...]
set -eu
conf=$(cd "$(dirname "$0")/../conformance" && pwd)

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1 \
    || ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
    echo "run-with-npm.sh: Node.js >= 20 and npm are required (scripts/setup.sh installs them)" >&2
    if [ "${CI:-}" = true ]; then exit 1; fi
    exit 77
fi

install_if_stale() {
    if [ ! -d "$conf/node_modules" ] || [ "$conf/package-lock.json" -nt "$conf/node_modules" ] \
        || [ ! -f "$conf/node_modules/twilio-sync/package.json" ]; then
        echo "run-with-npm.sh: npm ci in tests/conformance (twilio-sync pinned by package-lock.json)" >&2
        (cd "$conf" && npm ci --no-audit --no-fund --loglevel=error >&2 && touch node_modules)
    fi
}
# The same lock file as run-conformance.sh (derived from the conformance directory).
if command -v flock >/dev/null 2>&1; then
    lock="${TMPDIR:-/tmp}/sp-conformance-npm-$(printf '%s' "$conf" | cksum | cut -d' ' -f1).lock"
    exec 9>"$lock"
    flock 9
    install_if_stale
    flock -u 9
    exec 9>&-
else
    install_if_stale
fi
exec "$@"
