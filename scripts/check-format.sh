#!/usr/bin/env bash
# Fails, naming the files, when a C++ file of the project is not formatted
# as .clang-format says (Debian's clang-format 14). The whole tree was formatted
# once, so "every file" is "every changed file": one unformatted change fails.
# Fix with: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
bad=()
while IFS= read -r -d '' f; do
    "$CLANG_FORMAT" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <(find app models ui server tests bench tools -name '*.cpp' -print0 -o -name '*.h' -print0 | sort -z)
if [ ${#bad[@]} -gt 0 ]; then
    echo "check-format: not formatted as .clang-format says (run: clang-format -i FILE):" >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "check-format: every C++ file in app models ui server tests bench tools is formatted"
