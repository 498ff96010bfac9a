#!/usr/bin/env bash
# Before/after, interleaved: each command run with binary A on DIR_A/h10k.jsonl, then with binary B on DIR_B/h10k.jsonl,
# ROUNDS times; prints the median and least CPU time (perf stat task-clock) and the largest peak RSS (/usr/bin/time %M).
# CPU time is what to compare on a shared machine. Each DIR holds a copy of a --make-history file and its index.
#
#   store-interleaved.sh ROUNDS ARTREV_A DIR_A ARTREV_B DIR_B
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -eq 5 ] || { echo "store-interleaved.sh: usage: store-interleaved.sh ROUNDS ARTREV_A DIR_A ARTREV_B DIR_B (see --help)" >&2; exit 2; }
for d in "$3" "$5"; do [ -f "$d/h10k.jsonl" ] || { echo "store-interleaved.sh: $d/h10k.jsonl not found" >&2; exit 2; }; done
[ -x "$2" ] && [ -f "$2" ] || { echo "store-interleaved.sh: $2 is not an executable file" >&2; exit 2; }
[ -x "$4" ] && [ -f "$4" ] || { echo "store-interleaved.sh: $4 is not an executable file" >&2; exit 2; }
rounds=$1; ba=$2; da=$3; bb=$4; db=$5
cmds=("--version" "show H -r 101" "show H -r 200" "show H --at 2025-01-20T12:00:00Z" "show H" "diff H" "log H")
out=$(mktemp)
for ((i=0;i<rounds;i++)); do
  for c in "${cmds[@]}"; do
    for side in A B; do
      if [ $side = A ]; then bin=$ba; h=$da/h10k.jsonl; else bin=$bb; h=$db/h10k.jsonl; fi
      a=${c//H/$h}
      t=$(perf stat -x, -e task-clock $bin $a 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
      m=$(/usr/bin/time -f %M $bin $a 2>&1 >/dev/null | tail -1)
      echo "$side|$c|$t|$m" >> $out
    done
  done
done
python3 - "$out" <<'PY'
import sys,statistics as st,collections
d=collections.defaultdict(list); r=collections.defaultdict(list)
order=[]
for l in open(sys.argv[1]):
    s,c,t,m=l.strip().split('|')
    if (c) not in order: order.append(c)
    d[(s,c)].append(float(t)); r[(s,c)].append(int(m))
for c in order:
    print(f"{c:40s} A cpu {st.median(d[('A',c)]):7.1f} ms (min {min(d[('A',c)]):6.1f}) rss {max(r[('A',c)])/1024:5.1f} MiB | B cpu {st.median(d[('B',c)]):7.1f} ms (min {min(d[('B',c)]):6.1f}) rss {max(r[('B',c)])/1024:5.1f} MiB")
PY
