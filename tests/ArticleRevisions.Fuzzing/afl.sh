#!/usr/bin/env bash
# An AFL++ campaign of one fuzzing target through SharpFuzz: build the harness, copy it, instrument our own
# assembly (ArticleRevisions.dll, nothing else) with `sharpfuzz`, write the seed corpus (the target's seeds, and for
# the history reader our fixture histories and torn copies of them), run afl-fuzz in SharpFuzz's persistent mode,
# then print one summary line from afl's fuzzer_stats and replay every crash and hang through the uninstrumented
# harness.
#
#   tests/ArticleRevisions.Fuzzing/afl.sh TARGET SECONDS        fuzz for SECONDS (afl-fuzz -V)
#   tests/ArticleRevisions.Fuzzing/afl.sh TARGET --execs N      fuzz until about N executions (afl-fuzz -E)
#
# Targets: history-reader, time-input. Options (before TARGET): --out DIR (default artifacts/afl/TARGET, emptied
# first), --no-build, --timeout MS (per input, default 2000). Needs afl-fuzz (Debian: apt-get install afl++) and
# sharpfuzz (dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0; found on PATH or in ~/.dotnet/tools).
# Runs afl-fuzz under nice -n 19.
#
# Exit: 0 no crash and no reproducible hang; 1 a crash or hang (the inputs are listed, with what the replay threw);
# 2 usage; 3 afl-fuzz or sharpfuzz missing, or afl-fuzz failed to run.
set -uo pipefail
cd "$(dirname "$0")/../.."

out=""
build=1
timeout_ms=2000
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --timeout) timeout_ms="$2"; shift 2 ;;
    *) break ;;
  esac
done

usage() { echo "usage: $0 [--out DIR] [--no-build] [--timeout MS] TARGET (SECONDS | --execs N)" >&2; exit 2; }
[ $# -ge 2 ] || usage
target="$1"
case "$target" in history-reader|time-input) ;; *) echo "afl: unknown target '$target'" >&2; usage ;; esac
if [ "$2" = "--execs" ]; then
  [ $# -eq 3 ] && [[ "$3" =~ ^[0-9]+$ ]] || usage
  limit=(-E "$3")
else
  [[ "$2" =~ ^[0-9]+$ ]] || usage
  limit=(-V "$2")
fi
out="${out:-artifacts/afl/$target}"

export PATH="$PATH:${HOME:-/root}/.dotnet/tools"
for tool in afl-fuzz sharpfuzz; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "afl $target: $tool is missing (afl++: apt-get install afl++; sharpfuzz: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0)" >&2
    exit 3
  fi
done

bin=tests/ArticleRevisions.Fuzzing/bin/Release/net10.0
mkdir -p "$(dirname "$out")"
if [ "$build" -eq 1 ]; then
  dotnet build -c Release tests/ArticleRevisions.Fuzzing -v quiet -nologo >"$out.build.log" 2>&1 \
    || { cat "$out.build.log" >&2; echo "afl $target: the harness did not build" >&2; exit 3; }
fi

rm -rf "$out"
mkdir -p "$out/in"
out="$(cd "$out" && pwd)"

# Seeds, written by the uninstrumented harness.
dotnet "$bin/ArticleRevisions.Fuzzing.dll" seeds "$target" "$out/in" >/dev/null || exit 3
if [ "$target" = history-reader ]; then
  for history in fixtures/*/history*.jsonl; do
    name="$(basename "$(dirname "$history")")-$(basename "$history" .jsonl)"
    cp "$history" "$out/in/$name"
    head -c -20 "$history" >"$out/in/$name-torn"                 # a kill mid-write: the last line cut short
    head -c -1 "$history" >"$out/in/$name-no-final-newline"      # a complete last line without its newline
  done
fi

# The instrumented copy: only our assembly carries AFL's edge counters.
cp -r "$bin" "$out/bin"
sharpfuzz "$out/bin/ArticleRevisions.dll" >"$out/instrument.log" 2>&1 \
  || { cat "$out/instrument.log" >&2; echo "afl $target: sharpfuzz could not instrument ArticleRevisions.dll" >&2; exit 3; }

# dotnet is not an AFL-instrumented binary (SKIP_BIN_CHECK); the shared machine's cores are not ours to pin
# (NO_AFFINITY); core dumps and the CPU governor are not ours to change. The first start of dotnet can be slow on a
# loaded machine, hence the long fork-server start-up time-out.
AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
AFL_FORKSRV_INIT_TMOUT=120000 AFL_NO_CRASH_README=1 \
  nice -n 19 afl-fuzz -i "$out/in" -o "$out/findings" -m none -t "$timeout_ms" "${limit[@]}" \
  -- dotnet "$out/bin/ArticleRevisions.Fuzzing.dll" afl "$target" >"$out/afl-fuzz.log" 2>&1
afl_status=$?

stats="$out/findings/default/fuzzer_stats"
if [ ! -f "$stats" ]; then
  tail -n 30 "$out/afl-fuzz.log" >&2
  echo "afl $target: afl-fuzz did not run (exit $afl_status); its log is $out/afl-fuzz.log" >&2
  exit 3
fi

stat() { awk -F' *: *' -v k="$1" '$1 == k { print $2 }' "$stats"; }
crashes=$(stat saved_crashes)
hangs=$(stat saved_hangs)
echo "afl $target: $(stat afl_version), $(stat execs_done) executions in $(stat run_time) s ($(stat execs_per_sec)/s), corpus $(stat corpus_count), $crashes crashes, $hangs hangs"

# Replay what afl kept, through the uninstrumented harness: a crash shows the exception that escaped; a hang is
# real only if it also hangs here (afl's time-out can fire on a loaded machine while the GC or the JIT runs).
status=0
shopt -s nullglob
crash_files=("$out"/findings/default/crashes/id:*)
if [ "${#crash_files[@]}" -gt 0 ]; then
  status=1
  timeout 120 dotnet "$bin/ArticleRevisions.Fuzzing.dll" replay "$target" "${crash_files[@]}"
fi
for hang in "$out"/findings/default/hangs/id:*; do
  if ! timeout 30 dotnet "$bin/ArticleRevisions.Fuzzing.dll" replay "$target" "$hang"; then
    echo "afl $target: $hang still fails or hangs (30 s) when replayed" >&2
    status=1
  else
    echo "afl $target: $hang did not hang when replayed (a time-out of the loaded machine)"
  fi
done
exit "$status"
