#!/usr/bin/env bash
# Fails when clang-format (the repository's .clang-format) would change a tracked C++ file.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
cd "$(dirname "$0")/.."

command -v clang-format >/dev/null || { echo "check-format: clang-format is not installed" >&2; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -d '' files < <(git ls-files -z '*.cpp' '*.h')
else
    mapfile -d '' files < <(find syncclient emulator ui app tests \( -name '*.cpp' -o -name '*.h' \) -print0)
fi
if ! clang-format --dry-run --Werror "${files[@]}"; then
    echo "check-format: the files above are not formatted ($(clang-format --version))." >&2
    echo "check-format: run  git ls-files '*.cpp' '*.h' | xargs clang-format -i" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
