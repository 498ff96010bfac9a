#!/usr/bin/env bash
# Whole-process comparison of artrev with git on the same files (issue 15): start-up, word diff, unified patch and
# peak memory, artrev and git interleaved run by run, outputs to /dev/null.
#
#   git-compare.sh [--artrev BIN] [--runs N] [--large-runs N] [--memory-runs N] [--seed SEED] [--work DIR] [--only REGEX]
#
# --artrev      the artrev binary to time; default: publish the Native AOT build of this checkout into WORK/aot
#               (dotnet publish src/ArticleRevisions.Cli -c Release -r linux-x64 -p:PublishAot=true -o WORK/aot)
# --runs        runs of each command for start-up, 2 KB and 100 KB (default 20)
# --large-runs  runs of each command at 1 MB and 10 MB (default 5)
# --memory-runs runs of each command for the peak-memory table at 10 MB (default 3)
# --seed        seed of the generated texts (default 2026), written by
#               `ArticleRevisions.Benchmarks --make-git-inputs WORK/inputs-SEED SEED` unless already there
# --work        where the binary and the texts go (default /tmp/artrev-git-compare)
# --only        time only the cases whose name matches this extended regex (e.g. 'start-up|2KB')
#
# Each case runs artrev and git alternately (which goes first alternates too), after one warm-up of each. Wall time is
# taken around the process; CPU time (user + system) comes from the kernel's accounting of the process (wait4), to
# the microsecond. Peak memory is the resident-set high-water mark as `/usr/bin/time -f %M` reports it. Printed:
# medians, and artrev's median over git's median with the issue's target beside it. On a shared machine trust the
# CPU ratio more than the wall ratio: wall time includes waiting for a core.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
artrev=""
runs=20
large_runs=5
memory_runs=3
seed=2026
work=/tmp/artrev-git-compare
only=""
while [ $# -gt 0 ]; do
  case $1 in
    --artrev) artrev=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --large-runs) large_runs=$2; shift 2 ;;
    --memory-runs) memory_runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "git-compare.sh: unknown argument $1; see --help" >&2; exit 2 ;;
  esac
done
command -v git > /dev/null || { echo "git-compare.sh: git is not installed" >&2; exit 2; }
command -v python3 > /dev/null || { echo "git-compare.sh: python3 is needed to time processes" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "git-compare.sh: /usr/bin/time is needed for peak memory (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

if [ -z "$artrev" ]; then
  echo "publishing the Native AOT artrev into $work/aot ..." >&2
  dotnet publish "$root/src/ArticleRevisions.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" > "$work/publish.log" 2>&1 \
    || { tail -20 "$work/publish.log" >&2; exit 2; }
  artrev=$work/aot/artrev
fi
artrev=$(cd "$(dirname "$artrev")" && pwd)/$(basename "$artrev")

inputs=$work/inputs-$seed
if [ ! -f "$inputs/rewritten-1MB.new.txt" ]; then
  echo "writing the texts (seed $seed) into $inputs ..." >&2
  dotnet run -c Release --project "$root/tests/ArticleRevisions.Benchmarks" -- --make-git-inputs "$inputs" "$seed" > "$work/inputs.log" 2>&1 \
    || { tail -20 "$work/inputs.log" >&2; exit 2; }
fi

# git with no user or system configuration, so a pager, colour or diff driver set elsewhere cannot change its work.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null GIT_PAGER=cat NO_COLOR=1

echo "artrev: $artrev ($("$artrev" --version)), $(git --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "texts: seed $seed in $inputs; runs: $runs (start-up, 2 KB, 100 KB), $large_runs (1 MB, 10 MB), $memory_runs (memory)"

python3 - "$artrev" "$inputs" "$runs" "$large_runs" "$memory_runs" "$only" <<'PY'
import os, re, shutil, statistics, subprocess, sys, tempfile, time

artrev, inputs, runs, large_runs, memory_runs, only = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
null = os.open(os.devnull, os.O_WRONLY)

def files(name):
    return [os.path.join(inputs, f"{name}.old.txt"), os.path.join(inputs, f"{name}.new.txt")]

def once(argv):
    """Runs argv once with its output to /dev/null: (wall ms, cpu ms) from the clock and from wait4."""
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = (time.perf_counter() - start) * 1000
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"git-compare.sh: {' '.join(argv)} exited {code}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000

def peak(argv):
    """The peak resident set of one run, in KiB, as /usr/bin/time -f %M reports it."""
    with tempfile.NamedTemporaryFile("r") as out:
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", out.name, *argv], stdout=null, stderr=null)
        return int(out.read().split()[-1])

def interleaved(a, b, n):
    """Runs a and b n times each, alternately (who goes first alternates), after one warm-up of each."""
    once(a); once(b)
    ta, tb = [], []
    for i in range(n):
        if i % 2 == 0:
            ta.append(once(a)); tb.append(once(b))
        else:
            tb.append(once(b)); ta.append(once(a))
    return ta, tb

def med(samples, i):
    return statistics.median(s[i] for s in samples)

def ms(x):
    return f"{x:.1f}" if x < 100 else f"{x:.0f}"

git = shutil.which("git")
git_word = [git, "diff", "--no-index", "--word-diff"]
git_line = [git, "diff", "--no-index"]
cases = [("start-up", [artrev, "--version"], [git, "--version"], runs, 2.0)]
for name, n, target in [("edited-2KB", runs, 2.0), ("edited-100KB", runs, None), ("edited-1MB", large_runs, 1.0), ("edited-10MB", large_runs, 1.0)]:
    cases.append((f"{name} word-diff", [artrev, "diff", "--format", "word-diff", *files(name)], git_word + files(name), n, target))
    cases.append((f"{name} inline", [artrev, "diff", *files(name)], git_word + files(name), n, target))
cases.append(("rewritten-1MB word-diff", [artrev, "diff", "--format", "word-diff", *files("rewritten-1MB")], git_word + files("rewritten-1MB"), large_runs, 1.5))
cases.append(("rewritten-1MB inline", [artrev, "diff", *files("rewritten-1MB")], git_word + files("rewritten-1MB"), large_runs, 1.5))
for name in ("edited-1MB", "edited-10MB"):
    cases.append((f"{name} unified", [artrev, "diff", "--format", "unified", *files(name)], git_line + files(name), large_runs, 1.5))

print()
print("Time: medians in ms; ratio = artrev / git (target: the issue's bound on the ratio; ok when the ratio is within it)")
print()
print("| case | vs git | artrev wall | git wall | wall ratio | artrev cpu | git cpu | cpu ratio | target |")
print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for name, a, b, n, target in cases:
    if only and not re.search(only, name):
        continue
    ta, tb = interleaved(a, b, n)
    wa, wb, ca, cb = med(ta, 0), med(tb, 0), med(ta, 1), med(tb, 1)
    vs = " ".join(x for x in b[1:] if not x.startswith("/"))
    verdict = "" if target is None else f"≤ {target:g}× " + ("ok" if wa / wb <= target else "missed") + (" (cpu ok)" if ca / cb <= target < wa / wb else "")
    print(f"| {name} | `git {vs}` | {ms(wa)} | {ms(wb)} | {wa / wb:.2f} | {ms(ca)} | {ms(cb)} | {ca / cb:.2f} | {verdict} |", flush=True)

if not only or re.search(only, "memory"):
    big = files("edited-10MB")
    formats = [("inline", []), ("word-diff", ["--format", "word-diff"]), ("unified", ["--format", "unified"]),
               ("side-by-side", ["--format", "side-by-side", "--width", "160"]), ("--stat", ["--stat"]),
               ("json", ["--format", "json"]), ("markdown", ["--format", "markdown"]), ("html", ["--format", "html"])]
    git_peaks = {"word-diff": [], "line": []}
    rows = []
    for label, extra in formats:
        mine = []
        for _ in range(memory_runs):
            mine.append(peak([artrev, "diff", *extra, *big]))
            git_peaks["word-diff"].append(peak(git_word + big))
            git_peaks["line"].append(peak(git_line + big))
        rows.append((label, statistics.median(mine)))
    gw, gl = statistics.median(git_peaks["word-diff"]), statistics.median(git_peaks["line"])
    print()
    print(f"Peak resident set at 10 MB (edited-10MB, 1% edited), median of {memory_runs}, MiB; git --word-diff {gw / 1024:.1f} MiB, "
          f"plain git diff {gl / 1024:.1f} MiB. Ratio against git --word-diff (plain git diff for unified); target ≤ 2×.")
    print()
    print("| artrev format | artrev peak | git peak | ratio | target |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label, value in rows:
        g = gl if label == "unified" else gw
        print(f"| {label} | {value / 1024:.1f} | {g / 1024:.1f} | {value / g:.2f} | ≤ 2× {'ok' if value / g <= 2 else 'missed'} |")
PY
echo
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) at end"
