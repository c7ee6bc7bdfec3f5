#!/usr/bin/env bash
# Fails when anything the test suite printed holds a token (tokens never appear in
# any output or log). Scans what CTest recorded (BUILD_DIR/Testing/Temporary/LastTest*.log), the
# wire logs tests wrote (BUILD_DIR/Testing/WireLogs/*.jsonl) and any FILE given, for
#   - JWT-shaped strings (every Twilio access token),
#   - the emulator's random demo SP tokens (sp_ + 32 base64url characters),
#   - every SP token and token secret the test sources use as a literal.
# Prints where (file:line, which kind), never the token itself.
# Usage: scripts/check-no-tokens.sh BUILD_DIR [FILE...]     (test.sh runs it after ctest)
# Exits 2 when there is nothing to scan.
set -euo pipefail
build="${1:?usage: $0 BUILD_DIR [FILE...]}"
shift
src="$(cd "$(dirname "$0")/.." && pwd)"

shopt -s nullglob
logs=("$build"/Testing/Temporary/LastTest*.log)
# CHECK_NO_TOKENS_WIRE_ONLY=1: the wire logs (and FILEs) only, e.g. from a test while CTest runs.
[ "${CHECK_NO_TOKENS_WIRE_ONLY:-0}" = 1 ] && logs=()
ctest_logs=${#logs[@]}
wire_logs=("$build"/Testing/WireLogs/*.jsonl)
logs+=("${wire_logs[@]}" "$@")
if [ "${#logs[@]}" -eq 0 ]; then
    echo "check-no-tokens: no CTest log under $build/Testing/Temporary (run ctest first)" >&2
    exit 2
fi

literals="$(mktemp)"
trap 'rm -f "$literals"' EXIT
# Quoted literals in the tests that are SP tokens ("sp-…", "tok-…") or signing secrets
# ("…secret…" with a digit), e.g. "sp-student-secret-0001", "spsync-test-secret-0123…".
# Not the client's own name ("sp-proctor-qt", sent in every init) nor the program names, which
# tests also quote.
grep -rhoE --include='*.cpp' --include='*.h' --include='*.js' --exclude-dir=node_modules \
    '"((sp|tok)[-_][A-Za-z0-9_-]{4,}|[A-Za-z0-9-]*secret[A-Za-z0-9-]*)"' "$src/tests" \
    | tr -d '"' | awk 'length($0) >= 8 && ($0 ~ /^(sp|tok)[-_]/ || ($0 ~ /[0-9]/ && length($0) >= 12))' \
    | grep -v -x -e 'sp-proctor-qt' -e 'sp-proctor-console' -e 'sp-sync-emulator' \
    | sort -u >"$literals"

found=0
report() { # kind, grep options, pattern
    local kind="$1" hits
    shift
    for log in "${logs[@]}"; do
        hits="$(grep -n -o "$@" "$log" | cut -d: -f1 | sort -un | head -20 | tr '\n' ' ' || true)"
        if [ -n "$hits" ]; then
            echo "check-no-tokens: $kind in $log, line(s) $hits" >&2
            found=1
        fi
    done
}
report "a JWT-shaped string" -E 'eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.'
report "a demo SP token" -E '(^|[^A-Za-z0-9_-])sp_[A-Za-z0-9_-]{32}([^A-Za-z0-9_-]|$)'
[ -s "$literals" ] && report "an SP token or secret used by a test" -F -f "$literals"

if [ "$found" -ne 0 ]; then
    echo "check-no-tokens: FAILED: a test printed a token (see above; the tokens are not shown)" >&2
    exit 1
fi
echo "check-no-tokens: no token in $ctest_logs CTest log(s), ${#wire_logs[@]} wire log(s) and $# other file(s) ($(wc -l <"$literals") literal tokens checked)"
