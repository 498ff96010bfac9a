#!/usr/bin/env bash
# Issue 11 whole-process targets on a copy of HISTORY (made by ArticleRevisions.Benchmarks --make-history H 10000):
# start-up, show --at, show, diff of the last two, add, diff with the facts sidecar missing, blame cold and warm.
# Usage: tests/ArticleRevisions.Benchmarks/store-targets.sh ARTREV HISTORY.jsonl
set -u
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -eq 2 ] || { echo "store-targets.sh: usage: store-targets.sh ARTREV HISTORY.jsonl (see --help)" >&2; exit 2; }
[ -x "$1" ] && [ -f "$1" ] || { echo "store-targets.sh: $1 is not an executable file" >&2; exit 2; }
[ -f "$2" ] || { echo "store-targets.sh: $2 not found" >&2; exit 2; }
B=${1:?usage: store-targets.sh ARTREV HISTORY.jsonl}
W=$(mktemp -d)
cp "${2:?usage: store-targets.sh ARTREV HISTORY.jsonl}" $W/h.jsonl
cd $W
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
$B log h.jsonl > /dev/null 2>&1   # the first log derives the index and the facts sidecar (cold)
/usr/bin/time -f "log, warm: %e s wall %U+%S cpu %M KB" $B log h.jsonl > /dev/null
for c in "--version" "show h.jsonl --at 2025-01-20T12:00:00Z" "show h.jsonl" "diff h.jsonl 9999 10000"; do
  perf stat -r 15 -e task-clock -x, $B $c 2>&1 >/dev/null | grep task-clock | awk -F, -v c="$c" '{printf "%s: task-clock %.1f ms (±%s)\n", c, $1, $4}'
done
for i in 1 2 3 4 5 6 7 8 9; do cp h.jsonl a$i.jsonl; cp h.jsonl.idx a$i.jsonl.idx; cp h.jsonl.facts a$i.jsonl.facts; $B show h.jsonl > base.txt; echo "added line $i" >> base.txt; /usr/bin/time -f "%U %S %M" $B add a$i.jsonl base.txt --at 2026-01-0${i}T00:00:00Z 2>&1 >/dev/null | tail -1; done | awk '{c=($1+$2)*1000; print "add cpu ms " c " peak KB " $3}'
rm -f h.jsonl.facts
/usr/bin/time -f "diff last two, facts missing: %e s wall, %U+%S cpu, %M KB" $B diff h.jsonl 9999 10000 > /dev/null
/usr/bin/time -f "blame cold (no .blame): %e s wall, %U+%S cpu, %M KB" $B blame h.jsonl > blame1.txt
/usr/bin/time -f "blame warm: %e s wall, %U+%S cpu, %M KB" $B blame h.jsonl > blame2.txt
/usr/bin/time -f "blame warm: %e s wall, %U+%S cpu, %M KB" $B blame h.jsonl > blame3.txt
cmp blame1.txt blame2.txt && echo "blame outputs identical"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
