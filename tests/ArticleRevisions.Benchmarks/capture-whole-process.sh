#!/usr/bin/env bash
# Whole-process capture benchmarks against a local web server (python3 -m http.server on 127.0.0.1; nothing leaves
# the machine): capture of an unchanged page (one conditional request answered 304), capture of a changed page, and
# one `watch --once` round over 1,000 sources (first round: every page new; second: every page answered 304).
# Usage: tests/ArticleRevisions.Benchmarks/capture-whole-process.sh ARTREV   (ARTREV: the Native AOT binary)
set -euo pipefail
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -eq 1 ] || { echo "capture-whole-process.sh: usage: capture-whole-process.sh ARTREV (see --help)" >&2; exit 2; }
[ -x "$1" ] && [ -f "$1" ] || { echo "capture-whole-process.sh: $1 is not an executable file" >&2; exit 2; }
artrev=$(realpath "$1")
runs=${RUNS:-20}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/site/news" "$work/desk"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
python3 - "$work" <<'PY'
import sys, os, json
work = sys.argv[1]
para = "Kestlebury City Council has approved a package of emergency repairs to the Harbour Bridge after engineers found corrosion in two of its steel support cables. "
for i in range(1000):
    body = "".join(f"<p>{para}Paragraph {p} of story {i}.</p>" for p in range(12))
    with open(f"{work}/site/news/story{i}.html", "w") as f:
        f.write(f"<!doctype html><html><head><meta charset='utf-8'><title>Story {i}</title></head><body><nav>Home News Sport</nav><article><h1>Story {i}</h1>{body}</article></body></html>")
PY
python3 -m http.server "$port" --bind 127.0.0.1 -d "$work/site" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.1; done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }

page="http://127.0.0.1:$port/news/story0.html"
"$artrev" capture "$work/one.jsonl" "$page" >/dev/null
echo "capture, unchanged page (one 304), median of $runs: $(for _ in $(seq "$runs"); do ms "$artrev" capture "$work/one.jsonl"; done | median) ms"
"$artrev" capture "$work/one.jsonl"

changed() {
  local n=$1
  python3 - "$work/site/news/story0.html" "$n" <<'PY'
import sys, os, time
path, n = sys.argv[1], int(sys.argv[2])
text = open(path).read()
import re
text = re.sub(r"Paragraph 0 of story 0\.( Edit \d+\.)?", f"Paragraph 0 of story 0. Edit {n}.", text)
open(path, "w").write(text)
t = time.time() + 10 * n  # Last-Modified has whole seconds: each edit is dated later
os.utime(path, (t, t))
PY
  ms "$artrev" capture "$work/one.jsonl"
}
echo "capture, changed page (download, extract, append), median of $runs: $(for n in $(seq "$runs"); do changed "$n"; done | median) ms"

python3 - "$work/desk" "$port" <<'PY'
import sys, json
desk, port = sys.argv[1], sys.argv[2]
sources = [{"id": f"story{i}", "url": f"http://127.0.0.1:{port}/news/story{i}.html", "kind": "page", "interval": "15m", "zone": "UTC", "language": "en"} for i in range(1000)]
json.dump({"format": "artrev-watch", "version": 1, "sources": sources}, open(f"{desk}/watch.json", "w"))
PY
for round in first second; do
  flags=(--once); [ "$round" = second ] && flags+=(--all)
  /usr/bin/time -f "%e %M" -o "$work/time" "$artrev" watch "$work/desk" "${flags[@]}" > "$work/out"
  read -r seconds kib < "$work/time"
  echo "watch --once over 1,000 sources, $round round: $(tail -1 "$work/out")"
  echo "  elapsed ${seconds} s, peak RSS $((kib / 1024)) MiB"
done
