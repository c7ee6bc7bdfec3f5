# Sourced by the benchmarks' run.sh with BENCH_TARGET set: finds the benchmark and the emulator
# in $SP_BUILD_DIR (default build/release), builds nothing, and exports what they read.
root=$(cd "$(dirname "$0")/../../.." && pwd)
build=${SP_BUILD_DIR:-$root/build/release}
bench=$build/tests/$BENCH_TARGET
emu=${SP_EMULATOR:-$build/emulator/sp-sync-emulator}
for f in "$bench" "$emu"; do
    if [ ! -x "$f" ]; then
        echo "bench: no $f (build the release preset or set SP_BUILD_DIR / SP_EMULATOR)" >&2
        exit 2
    fi
done
export SP_EMULATOR="$emu" SP_SOURCE_DIR="$root" QT_QPA_PLATFORM=offscreen
