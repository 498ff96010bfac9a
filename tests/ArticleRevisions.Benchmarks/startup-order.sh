#!/usr/bin/env bash
# Writes src/ArticleRevisions.Cli/startup.order: the managed methods that short runs of the Native AOT artrev execute,
# which the compiler lays out first and together (IlcOrderFile in ArticleRevisions.Cli.csproj; RESULTS.md, "st17").
#
#   startup-order.sh [--artrev BIN] [--inputs DIR]
#
# --artrev  an artrev published with symbols; default: publish this checkout into /tmp/artrev-startup-order/aot
#           (dotnet publish src/ArticleRevisions.Cli -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=false)
# --inputs  the git-compare.sh texts (default /tmp/artrev-git-compare/inputs-2026; edited-2KB.old/new.txt are used)
#
# Each run goes through valgrind's callgrind; the methods it names are listed in the order the runs and their profiles
# first name them (the 2 KB word diff first), each once. Only names that are managed methods of the binary are kept.
# Names the compiler no longer knows are skipped by it, so an old list only lays out less well.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
artrev=""
inputs=/tmp/artrev-git-compare/inputs-2026
while [ $# -gt 0 ]; do
  case $1 in
    --artrev) artrev=$2; shift 2 ;;
    --inputs) inputs=$2; shift 2 ;;
    -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "startup-order.sh: unknown argument $1; see --help" >&2; exit 2 ;;
  esac
done
command -v valgrind > /dev/null || { echo "startup-order.sh: valgrind is needed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ -z "$artrev" ]; then
  dotnet publish "$root/src/ArticleRevisions.Cli" -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=false \
    -o /tmp/artrev-startup-order/aot > "$work/publish.log" 2>&1 || { tail -20 "$work/publish.log" >&2; exit 2; }
  artrev=/tmp/artrev-startup-order/aot/artrev
fi
old=$inputs/edited-2KB.old.txt
new=$inputs/edited-2KB.new.txt
history=$root/fixtures/general-staff-kursk/history.jsonl
i=0
while read -r -a run; do
  i=$((i + 1))
  valgrind --tool=callgrind --compress-strings=no --callgrind-out-file="$work/cg.$i" "$artrev" "${run[@]}" > /dev/null 2>&1 || true
done <<RUNS
diff --format word-diff $old $new
diff $old $new
--version
diff --format unified $old $new
diff --format side-by-side $old $new
diff --format json $old $new
diff --format markdown $old $new
diff --format html $old $new
diff --stat $old $new
log $history
show $history
RUNS
python3 - "$artrev" "$work" "$i" "$root/src/ArticleRevisions.Cli/startup.order" <<'PY'
import re, subprocess, sys
artrev, work, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
sections = subprocess.run(["readelf", "-SW", artrev], capture_output=True, text=True, check=True).stdout.splitlines()
fields = next(l for l in sections if "__managedcode" in l).split()
at = fields.index("__managedcode")
start, size = int(fields[at + 2], 16), int(fields[at + 4], 16)
managed = set()
for line in subprocess.run(["nm", "--defined-only", artrev], capture_output=True, text=True, check=True).stdout.splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[1] in "tT" and start <= int(parts[0], 16) < start + size:
        managed.add(parts[2])
if not managed:
    sys.exit("startup-order.sh: no managed method symbols: publish with -p:StripSymbols=false")
order, seen = [], set()
for k in range(1, runs + 1):
    for line in open(f"{work}/cg.{k}", errors="replace"):
        if line.startswith(("fn=", "cfn=")):
            name = re.sub(r"^\(\d+\)\s*", "", line.split("=", 1)[1].strip()).split("'")[0]
            if name in managed and name not in seen:
                seen.add(name)
                order.append(name)
with open(out, "w") as f:
    f.write("\n".join(order) + "\n")
print(f"{out}: {len(order)} methods")
PY
