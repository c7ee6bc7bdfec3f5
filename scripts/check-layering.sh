#!/usr/bin/env bash
# Fails when an #include breaks the layering (docs/architecture.md, "Layers of the client"):
#   - syncclient/sp/ (the SP rules) is included only from the SP layer of syncclient (sp/ itself
#     and the SyncClient files listed in SP_LAYER below) and from outside the library;
#   - emulator/ uses nothing of syncclient/ but the Twilsock codec in syncclient/twilsock/.
# Usage: scripts/check-layering.sh [SOURCE_DIR]
set -euo pipefail
src="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
cd "$src"

# The SP layer of syncclient/ outside sp/: SyncClient and its private parts.
SP_LAYER='^syncclient/(sp/.*|syncclient(_[a-z]+)?(_p)?\.(h|cpp)|actionconsumer(_p)?\.(h|cpp)|outboxpump(_p)?\.(h|cpp))$'

fail=0
while IFS= read -r file; do
    [[ "$file" =~ $SP_LAYER ]] && continue
    while IFS= read -r hit; do
        echo "check-layering: $file:$hit: the Twilio layer includes the SP layer" >&2
        fail=1
    done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]sp/' "$file" | cut -d: -f1)
done < <(find syncclient -name '*.h' -o -name '*.cpp' | sort)

# Headers of syncclient/ outside twilsock/, by file name (the emulator includes by name).
mapfile -t library < <(find syncclient -path syncclient/twilsock -prune -o -name '*.h' -printf '%f\n' | sort -u)
mapfile -t own < <(find emulator -name '*.h' -printf '%f\n' | sort -u)
while IFS= read -r line; do
    file="${line%%:*}"
    rest="${line#*:}"
    lineno="${rest%%:*}"
    header="$(sed -nE 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]([^">]+)[">].*/\1/p' <<<"${rest#*:}")"
    name="${header##*/}"
    for h in "${own[@]}"; do [ "$h" = "$name" ] && continue 2; done
    for h in "${library[@]}"; do
        if [ "$h" = "$name" ]; then
            echo "check-layering: $file:$lineno: the emulator includes $header from syncclient/" >&2
            fail=1
        fi
    done
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' emulator --include='*.h' --include='*.cpp'
         grep -rnE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<[a-z_/]+\.h>' emulator --include='*.h' --include='*.cpp')

# The emulator links the codec only, never the client library.
if grep -nE '\bSyncClient\b' emulator/CMakeLists.txt emulator/*.cmake emulator/*/*.cmake 2>/dev/null; then
    echo "check-layering: emulator/ links SyncClient; it may use SpTwilsock only" >&2
    fail=1
fi

[ "$fail" = 0 ] && echo "check-layering: ok"
exit "$fail"
