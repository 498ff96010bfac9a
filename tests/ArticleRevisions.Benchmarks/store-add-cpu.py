#!/usr/bin/env python3
"""CPU time of `artrev add` as a whole process, several binaries interleaved, each run on a fresh copy of a history.

    store-add-cpu.py RUNS HISTORY_DIR NEXT_TEXT BIN...

HISTORY_DIR holds h.jsonl, h.jsonl.idx and h.jsonl.facts; NEXT_TEXT is a valid next version of its latest revision.
Each run copies the three files to a fresh folder and runs BIN add h.jsonl NEXT_TEXT --at 2026-01-01T00:00:00Z, timed
by wait4: wall, and user + system CPU (what a busy machine does not inflate). Prints medians and the fastest CPU.
Peak memory: use /usr/bin/time -f %M instead (a child forked from Python starts with Python's resident set).
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

runs, source, text, binaries = int(sys.argv[1]), sys.argv[2], os.path.abspath(sys.argv[3]), sys.argv[4:]
null = os.open(os.devnull, os.O_WRONLY)
results = {b: [] for b in binaries}
with tempfile.TemporaryDirectory(prefix="artrev-add-") as scratch:
    for k in range(runs + 1):  # the first round warms the page cache and is not counted
        for binary in binaries:
            folder = os.path.join(scratch, "h")
            shutil.rmtree(folder, ignore_errors=True)
            os.mkdir(folder)
            for name in ("h.jsonl", "h.jsonl.idx", "h.jsonl.facts"):
                shutil.copy(os.path.join(source, name), folder)
            start = time.perf_counter()
            child = subprocess.Popen([binary, "add", "h.jsonl", text, "--at", "2026-01-01T00:00:00Z"], cwd=folder, stdout=null, stderr=null)
            _, status, usage = os.wait4(child.pid, 0)
            wall = time.perf_counter() - start
            if status != 0:
                sys.exit(f"{binary}: add failed (status {status})")
            if k > 0:
                results[binary].append((wall * 1000, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_utime * 1000, usage.ru_stime * 1000))
for binary, r in results.items():
    median = lambda i: statistics.median(x[i] for x in r)
    print(f"{binary}: wall {median(0):.1f} ms, CPU {median(1):.1f} ms (user {median(2):.1f} + sys {median(3):.1f}), fastest CPU {min(x[1] for x in r):.1f} ms")
