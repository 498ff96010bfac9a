#!/usr/bin/env bash
# Resident memory of one artrev process by mapping (binary, anonymous = heaps, each shared library), read while
# strace holds the process at exit_group, so the figures are its peak for a command that only grows.
#
#   rss-by-mapping.sh ARTREV ARGS...
strace -f -qq -o /dev/null -e trace=exit_group -e inject=exit_group:delay_enter=3000000 "$@" > /dev/null &
tracer=$!
sleep 1.5
# strace's own child, not the newest artrev on the machine (another one may be running).
pid=$(pgrep -P $tracer | head -1)
awk '/^[0-9a-f]+-[0-9a-f]+ /{name=$6; if(name=="") name="[anon]"} /^Rss:/{rss[name]+=$2} END{for(n in rss) if (rss[n]>100) printf "%8d KiB %s\n", rss[n], n}' /proc/$pid/smaps | sort -rn | head -15
grep -E "VmHWM|VmRSS" /proc/$pid/status
wait
