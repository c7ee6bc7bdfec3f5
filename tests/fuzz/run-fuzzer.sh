#!/usr/bin/env bash
# Runs one libFuzzer target for $SP_FUZZ_SECONDS (default 60) seconds, starting from the committed
# seeds. New inputs go to a work directory in the build tree (listed first, so libFuzzer writes
# there), never into the committed corpus; crash inputs go next to it.
# Usage: run-fuzzer.sh FUZZER SEED_DIR WORK_DIR
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3
mkdir -p "$work/corpus" "$work/artifacts"
exec "$fuzzer" -max_total_time="${SP_FUZZ_SECONDS:-60}" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" "$seeds"
