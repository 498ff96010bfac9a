#!/usr/bin/env bash
# Whole-process timings of the store's targets, as a user meets them: one artrev process per command.
#
#   whole-process.sh ARTREV HISTORY [RUNS]
#
# ARTREV is the binary to time (the Native AOT build: dotnet publish src/ArticleRevisions.Cli -c Release -r linux-x64
# -p:PublishAot=true -o artifacts/aot); HISTORY a history made by `ArticleRevisions.Benchmarks --make-history FILE 10000`.
# The history is copied first, so the appends never change it. Prints one line per target: the median wall time of
# RUNS runs (default 10; SLOW_RUNS, default 1, for verify/blame; one cold log; SKIP_BLAME=1 leaves blame out), the
# median CPU time, and the peak resident memory.
set -euo pipefail
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -eq 2 ] || [ $# -eq 3 ] || { echo "whole-process.sh: usage: whole-process.sh ARTREV HISTORY [RUNS] (see --help)" >&2; exit 2; }
[ -x "$1" ] && [ -f "$1" ] || { echo "whole-process.sh: $1 is not an executable file" >&2; exit 2; }
[ -f "$2" ] || { echo "whole-process.sh: $2 not found" >&2; exit 2; }
artrev=$1
history=$2
runs=${3:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$history" "$work/h.jsonl"
[ -f "$history.idx" ] && cp "$history.idx" "$work/h.jsonl.idx"
h="$work/h.jsonl"
# Each add appends a small edit of the latest text (a line added), as an edit of the article would be.
"$artrev" show "$h" > "$work/extra.txt"

# measure RUNS CMD...: "wall W ms, cpu C ms, peak P KiB": medians of the wall time and of the CPU time (user + system)
# over RUNS runs, and the largest peak resident set. CPU time is what to compare on a busy machine: wall time there
# includes waiting for a core.
measure() {
  local n=$1; shift
  : > "$work/runs"
  for ((i = 0; i < n; i++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2>&1 || true
    tail -1 "$work/time" >> "$work/runs"
  done
  awk '{ wall[NR] = $1 * 1000; cpu[NR] = ($2 + $3) * 1000; if ($4 > peak) peak = $4 }
       function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                          return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
       END { printf "wall %.0f ms, cpu %.0f ms, peak %d KiB", median(wall, NR), median(cpu, NR), peak }' "$work/runs"
}

count=0
echo "file: $(stat -c %s "$history") bytes"
echo "start-up (--help): $(measure "$runs" "$artrev" --help)"
# Each add appends a new line to the copy, at a time after every revision in it and in the past (an add more than five
# minutes ahead of the clock is refused, and would time a failure).
: > "$work/runs.add"
for ((r = 0; r < runs; r++)); do
  count=$((count + 1))
  printf 'Revision appended by the benchmark, number %d.\n' "$count" >> "$work/extra.txt"
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$artrev" add "$h" "$work/extra.txt" --at "2026-01-01T00:00:$(printf %02d "$count")Z" > /dev/null 2> "$work/add.err" \
    || { echo "add failed: $(cat "$work/add.err")" >&2; exit 1; }
  tail -1 "$work/time" >> "$work/runs.add"
done
echo "add: $(awk '{ wall[NR] = $1 * 1000; cpu[NR] = ($2 + $3) * 1000; if ($4 > peak) peak = $4 }
  function median(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                     return (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  END { printf "wall %.0f ms, cpu %.0f ms, peak %d KiB", median(wall, NR), median(cpu, NR), peak }' "$work/runs.add")"
echo "show --at: $(measure "$runs" "$artrev" show "$h" --at 2025-01-20T12:00:00Z)"
echo "show latest: $(measure "$runs" "$artrev" show "$h")"
slow=${SLOW_RUNS:-1}
echo "verify: $(measure "$slow" "$artrev" verify "$h")"
echo "diff of the last two: $(measure "$runs" "$artrev" diff "$h")"
# log and timeline read each revision's facts from the facts sidecar (h.jsonl.facts); without it the first log derives
# every fact (one comparison per revision) and keeps them: that is the cold figure, the rest are warm.
rm -f "$h.facts"
echo "log, cold (no facts sidecar): $(measure 1 "$artrev" log "$h")"
echo "log, warm: $(measure "$runs" "$artrev" log "$h")"
echo "timeline, warm: $(measure "$runs" "$artrev" timeline "$h")"
[ -n "${SKIP_BLAME:-}" ] || echo "blame: $(measure "$slow" "$artrev" blame "$h")"
