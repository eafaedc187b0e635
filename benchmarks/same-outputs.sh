#!/usr/bin/env bash
# Whether two run folders hold the same selection, byte for byte, but for what names the engine build:
# the run id (K + 12 hex digits, which hashes the engine version) and engine.version in manifest.json, and
# run.log; in rapport.html also the commit in the engine versions of its footer. Workbooks (.xlsx) are
# compared part by part after the same replacement; the SHA-256 lines of the
# manifest are left out (they hash files that carry the run id). Exit 0 when the same, 1 with the
# differences listed.
#   benchmarks/same-outputs.sh <run-a> <run-b>
set -uo pipefail
a=$1 b=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
normalise() { # <folder> <into>
  (cd "$1" && find . -type f ! -name run.log | sort) | while read -r f; do
    mkdir -p "$2/$(dirname "$f")"
    case "$f" in
      *.xlsx) mkdir -p "$2/$f.d" && (cd "$2/$f.d" && unzip -qq -o "$1/$f") && find "$2/$f.d" -type f -exec sed -i -E 's/K[0-9A-F]{12}/K<run>/g' {} + ;;
      ./manifest.json) sed -E 's/K[0-9A-F]{12}/K<run>/g; s/"version": "[^"]*"/"version": "<engine>"/; /"sha256"|"bytes"/d' "$1/$f" >"$2/$f" ;;
      *.parquet) cp "$1/$f" "$2/$f" ;;
      *.html) sed -E 's/K[0-9A-F]{12}/K<run>/g; s/\+[0-9a-f]{40}/+<commit>/g' "$1/$f" >"$2/$f" ;;
      *) sed -E 's/K[0-9A-F]{12}/K<run>/g' "$1/$f" >"$2/$f" ;;
    esac
  done
}
normalise "$(cd "$a" && pwd)" "$work/a"
normalise "$(cd "$b" && pwd)" "$work/b"
if diff -rq "$work/a" "$work/b" >"$work/diff"; then
  echo "same outputs: $a and $b"
else
  sed "s|$work/||g" "$work/diff" | head -n 40
  echo "the outputs differ: $a and $b"
  exit 1
fi
