#!/usr/bin/env bash
# `add` before/after, interleaved: each round appends a small edit of the latest text (a line added) to a copy of
# DIR_A/h10k.jsonl with ARTREV_A, then to a copy of DIR_B/h10k.jsonl with ARTREV_B, twice (once under perf stat for the
# CPU time, once under /usr/bin/time for the peak RSS), at past times; prints medians, least CPU and largest RSS.
#
#   store-interleaved-add.sh ROUNDS ARTREV_A DIR_A ARTREV_B DIR_B
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -eq 5 ] || { echo "store-interleaved-add.sh: usage: store-interleaved-add.sh ROUNDS ARTREV_A DIR_A ARTREV_B DIR_B (see --help)" >&2; exit 2; }
for d in "$3" "$5"; do [ -f "$d/h10k.jsonl" ] || { echo "store-interleaved-add.sh: $d/h10k.jsonl not found" >&2; exit 2; }; done
[ -x "$2" ] && [ -f "$2" ] || { echo "store-interleaved-add.sh: $2 is not an executable file" >&2; exit 2; }
[ -x "$4" ] && [ -f "$4" ] || { echo "store-interleaved-add.sh: $4 is not an executable file" >&2; exit 2; }
rounds=$1; ba=$2; da=$3; bb=$4; db=$5
w=$(mktemp -d)
for s in A B; do mkdir -p $w/$s; done
cp $da/h10k.jsonl $da/h10k.jsonl.idx $w/A/; cp $db/h10k.jsonl $db/h10k.jsonl.idx $w/B/
$ba show $da/h10k.jsonl > $w/extra.txt
out=$w/out
for ((i=1;i<=rounds;i++)); do
  printf 'Revision appended by the benchmark, number %d.\n' $i >> $w/extra.txt
  for s in A B; do
    if [ $s = A ]; then bin=$ba; else bin=$bb; fi
    t=$(perf stat -x, -e task-clock $bin add $w/$s/h10k.jsonl $w/extra.txt --at "2026-01-01T00:$(printf %02d $i):00Z" 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
    printf 'Second line %d.\n' $i >> $w/extra.txt
    m=$(/usr/bin/time -f %M $bin add $w/$s/h10k.jsonl $w/extra.txt --at "2026-01-01T00:$(printf %02d $i):30Z" 2>&1 >/dev/null | tail -1)
    echo "$s|$t|$m" >> $out
  done
done
python3 - $out <<'PY'
import sys,statistics as st
d={'A':[],'B':[]}; r={'A':[],'B':[]}
for l in open(sys.argv[1]):
    s,t,m=l.strip().split('|'); d[s].append(float(t)); r[s].append(int(m))
print(f"add  A cpu {st.median(d['A']):.1f} ms (min {min(d['A']):.1f}) rss {max(r['A'])/1024:.1f} MiB | B cpu {st.median(d['B']):.1f} ms (min {min(d['B']):.1f}) rss {max(r['B'])/1024:.1f} MiB  n={len(d['A'])}")
PY
for s in A B; do tail -c 300 $w/$s/h10k.jsonl | tail -1 | cut -c1-120; done
rm -rf $w
