#!/usr/bin/env bash
# Whole-process figures for benchmarks/README.md: wall time and peak memory (max RSS) of `selection run`
# and `selection validate` at 1×, 10×, 43× and 100× the country, each the best of N runs, from /usr/bin/time -v.
# 43× is the size of issue 11's own "100×" (2.8 million rows, 100 MB of CSV); our 100× is 2.3 times that.
#
#   benchmarks/whole-process.sh [--exe <program>] [--profile <publish profile>] [--scales "1 10 43 100"] [--repeat N] [--keep <folder>]
#
# Without --exe it publishes src/Selection.Cli with --profile (default linux-x64-aot) into <keep>/program.
# The scaled countries are `selection sample --scale N` (not committed), made once in <keep> (default
# /tmp/selection-bench) and reused. Prints one Markdown table row per command and scale.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=""
profile="linux-x64-aot"
scales="1 10 43 100"
repeat=3
keep="${TMPDIR:-/tmp}/selection-bench"
while [ $# -gt 0 ]; do
  case "$1" in
    --exe) exe="$2"; shift 2 ;;
    --profile) profile="$2"; shift 2 ;;
    --scales) scales="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --keep) keep="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$keep"
if [ -z "$exe" ]; then
  echo "publishing $profile ..." >&2
  dotnet publish src/Selection.Cli -p:PublishProfile="$profile" -p:PublishDir="$keep/program-$profile/" >"$keep/publish.log" 2>&1 \
    || { tail -n 30 "$keep/publish.log" >&2; exit 1; }
  exe="$keep/program-$profile/selection"
fi

data_for() {
  if [ "$1" = 1 ]; then echo "sample-data"; return; fi
  local folder="$keep/x$1"
  if [ ! -f "$folder/.complete" ]; then
    echo "generating x$1 ..." >&2
    "$exe" sample --out "$folder" --scale "$1" --force >/dev/null
    touch "$folder/.complete"
  fi
  echo "$folder"
}

# best of $repeat: "<wall seconds> <peak MB>"
measure() {
  local best_wall="" best_rss=""
  for _ in $(seq "$repeat"); do
    local log="$keep/time.log"
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || true
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
    if [ -z "$best_wall" ] || awk "BEGIN { exit !($wall < $best_wall) }"; then best_wall=$wall; best_rss=$rss; fi
  done
  echo "$best_wall $best_rss"
}

echo "| command | scale | schools | wall (s, best of $repeat) | peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|"
for scale in $scales; do
  data=$(data_for "$scale")
  schools=$(($(wc -l <"$data/skoler.csv") - 1))
  read -r wall rss < <(measure "$exe" run --data "$data" --rules illustrativ --out "$keep/out-x$scale" --force)
  echo "| run | ${scale}× | $schools | $wall | $rss |"
  read -r wall rss < <(measure "$exe" validate --data "$data" --rules illustrativ)
  echo "| validate | ${scale}× | $schools | $wall | $rss |"
done
