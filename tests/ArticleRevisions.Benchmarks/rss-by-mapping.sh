#!/usr/bin/env bash
# Resident memory of one artrev process by mapping (binary, anonymous = heaps, each shared library), read while
# strace holds the process at exit_group, so the figures are its peak for a command that only grows.
#
#   rss-by-mapping.sh ARTREV ARGS...
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -ge 1 ] || { echo "rss-by-mapping.sh: usage: rss-by-mapping.sh ARTREV ARGS... (see --help)" >&2; exit 2; }
[ -x "$1" ] && [ -f "$1" ] || { echo "rss-by-mapping.sh: $1 is not an executable file" >&2; exit 2; }
strace -f -qq -o /dev/null -e trace=exit_group -e inject=exit_group:delay_enter=3000000 "$@" > /dev/null &
tracer=$!
sleep 1.5
# strace's own child, not the newest artrev on the machine (another one may be running).
pid=$(pgrep -P $tracer | head -1)
awk '/^[0-9a-f]+-[0-9a-f]+ /{name=$6; if(name=="") name="[anon]"} /^Rss:/{rss[name]+=$2} END{for(n in rss) if (rss[n]>100) printf "%8d KiB %s\n", rss[n], n}' /proc/$pid/smaps | sort -rn | head -15
grep -E "VmHWM|VmRSS" /proc/$pid/status
wait
