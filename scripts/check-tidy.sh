#!/usr/bin/env bash
# Fails on any clang-tidy finding (.clang-tidy) in syncclient/ and emulator/. Uses the compile
# commands of an already configured build (default build/debug) and $SP_TIDY_JOBS (default 2)
# clang-tidy processes at once.
# Usage: scripts/check-tidy.sh [BUILD_DIR] [FILE-REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/debug}
regex=${2:-^/(syncclient|emulator)/}

db="$build/compile_commands.json"
[ -f "$db" ] || { echo "check-tidy: no $db (configure that build first)" >&2; exit 1; }
command -v clang-tidy >/dev/null || { echo "check-tidy: clang-tidy is not installed" >&2; exit 1; }

# Our sources only: generated files (moc, resources) live in the build tree.
mapfile -t files < <(python3 - "$db" "$regex" "$(pwd)" <<'PY'
import json, re, sys
db, regex, root = sys.argv[1], re.compile(sys.argv[2]), sys.argv[3].rstrip('/') + '/'
seen = set()
for entry in json.load(open(db)):
    f = entry['file']
    if f.startswith(root) and not f.startswith(root + 'build') and regex.search(f[len(root) - 1:]):
        seen.add(f)
print('\n'.join(sorted(seen)))
PY
)
[ ${#files[@]} -gt 0 ] || { echo "check-tidy: no files match $regex in $db" >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
printf '%s\0' "${files[@]}" \
    | xargs -0 -n 1 -P "${SP_TIDY_JOBS:-2}" clang-tidy -p "$build" --quiet --warnings-as-errors='*' \
        >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
    grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$' "$log" >&2 || true
    echo "check-tidy: findings in the files above (${#files[@]} files checked)" >&2
    exit 1
fi
echo "check-tidy: ${#files[@]} files, no findings"
