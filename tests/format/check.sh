#!/usr/bin/env bash
# The C++ tree is formatted as .clang-format says (applied to every file once): a change that
# leaves a file unformatted fails here, naming the file and line.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
command -v clang-format >/dev/null 2>&1 || { echo "clang-format is missing (Debian: clang-format)" >&2; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
  mapfile -t files < <(find app server shared tests translations -name '*.cpp' -o -name '*.h')
fi
[ "${#files[@]}" -gt 0 ] || { echo "no C++ files found" >&2; exit 1; }
clang-format --dry-run --Werror "${files[@]}"
