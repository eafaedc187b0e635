#!/usr/bin/env bash
# Two commands run in turn, pair by pair, so that a host whose speed drifts (a shared machine) treats both alike:
# the median and least wall time and the median CPU time (perf stat's task-clock) of each. Session 9 of issue 11
# (benchmarks/README.md): the start and end programs at 1×, where differences of tens of milliseconds matter.
#   benchmarks/alternate.sh <pairs> <command A ...> -- <command B ...>
# e.g. benchmarks/alternate.sh 10 old/selection run --data sample-data --rules illustrativ --out /tmp/a --force \
#        -- new/selection run --data sample-data --rules illustrativ --out /tmp/b --force
set -uo pipefail
pairs=$1; shift
a=(); b=(); side=a
for arg in "$@"; do
  if [ "$arg" = "--" ]; then side=b; continue; fi
  if [ $side = a ]; then a+=("$arg"); else b+=("$arg"); fi
done
[ ${#a[@]} -gt 0 ] && [ ${#b[@]} -gt 0 ] || { echo "usage: $0 <pairs> <command A ...> -- <command B ...>" >&2; exit 2; }
wall_a=(); wall_b=(); cpu_a=(); cpu_b=()
once() { # <command ...>: "<wall ms> <cpu ms>" of one run, both from perf stat
  perf stat -x, -e task-clock,duration_time "$@" 2>&1 >/dev/null \
    | awk -F, '/task-clock/ { cpu = $1 } /duration_time/ { wall = $1 / 1000000 } END { printf "%d %d\n", wall, cpu }'
}
for _ in $(seq "$pairs"); do
  read -r w c < <(once "${a[@]}"); wall_a+=("$w"); cpu_a+=("$c")
  read -r w c < <(once "${b[@]}"); wall_b+=("$w"); cpu_b+=("$c")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
least() { printf '%s\n' "$@" | sort -n | head -n 1; }
echo "A: wall median $(median "${wall_a[@]}") ms, least $(least "${wall_a[@]}") ms; CPU median $(median "${cpu_a[@]}") ms"
echo "B: wall median $(median "${wall_b[@]}") ms, least $(least "${wall_b[@]}") ms; CPU median $(median "${cpu_b[@]}") ms"
