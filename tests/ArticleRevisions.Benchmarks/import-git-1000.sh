#!/usr/bin/env bash
# Times `artrev import git` on a file with 1,000 commits (a rename half way, author dates in six time zones).
# Usage: tests/ArticleRevisions.Benchmarks/import-git-1000.sh [ARTREV]   (default: the Release build of the CLI)
set -euo pipefail
case ${1:-} in -h|--help) sed -n '2,/^[^#]/{/^#/{s/^# \{0,1\}//;p}}' "$0"; exit 0 ;; esac
[ $# -le 1 ] || { echo "import-git-1000.sh: usage: import-git-1000.sh [ARTREV] (see --help)" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../.." && pwd)
artrev=${1:-$root/src/ArticleRevisions.Cli/bin/Release/net10.0/artrev}
[ -x "$artrev" ] && [ -f "$artrev" ] || { echo "import-git-1000.sh: $artrev is not an executable file (build the CLI in Release, or name one)" >&2; exit 2; }
work=$(mktemp -d /tmp/artrev-git-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
git init -q -b main "$repo"
cd "$repo"
git config user.name Bench; git config user.email bench@example.org; git config commit.gpgsign false
zones=("+00:00" "+04:30" "-05:00" "+05:45" "-09:30" "+13:45")
name=draft.md
for i in $(seq 1 1000); do
  # A 20-paragraph article whose paragraph (i mod 20) changes in every commit.
  for p in $(seq 0 19); do
    if [ $((i % 20)) -eq "$p" ]; then echo "Paragraph $p, revised in commit $i."; else echo "Paragraph $p of the article, unchanged text that keeps the file recognisable."; fi
    echo
  done > "$name"
  if [ "$i" -eq 500 ]; then git mv draft.md article.md; name=article.md; for p in $(seq 0 19); do echo "Paragraph $p of the article, unchanged text that keeps the file recognisable."; echo; done > article.md; fi
  git add -A
  secs=$((i * 3600))
  GIT_AUTHOR_DATE="@$((1704067200 + secs)) ${zones[$((i % 6))]/:/}" GIT_COMMITTER_DATE="@$((1704067200 + secs)) +0000" git commit -q -m "Commit $i" --allow-empty
done
cd "$root"
echo "repository: $(git -C "$repo" rev-list --count HEAD) commits"
/usr/bin/time -v "$artrev" import git "$repo" article.md "$work/article.jsonl" 2> "$work/time.txt"
grep -E "User time|System time|Elapsed|Maximum resident" "$work/time.txt"
"$artrev" verify "$work/article.jsonl"
