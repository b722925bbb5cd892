#!/usr/bin/env bash
# Ingest benchmark (docs/PERFORMANCE.md, "Ingest"): drives the release `kg` binary.
#
#   bash Benchmarks/ingest/run.sh news [ROUNDS]   news.jsonl with --jobs 1 and --jobs 2, alternated
#   bash Benchmarks/ingest/run.sh big [COUNT]     a COUNT-article corpus (default 100000): ingest, stats, queries
#   bash Benchmarks/ingest/run.sh merge [SHARDS]  news.jsonl in SHARDS shards (default 8), merge vs one ingest
#
# Everything it writes goes to $WORK (default /tmp/kg-ingest-bench); nothing is committed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
news=${NEWS:-$repo/../shared/data/news/news.jsonl}
work=${WORK:-/tmp/kg-ingest-bench}
mkdir -p "$work"
kg=$work/kg
[ -f "$news" ] || { echo "no $news: set NEWS=path/to/news.jsonl" >&2; exit 1; }
(cd "$repo" && swift build -c release --product kg >/dev/null) && cp "$repo/.build/release/kg" "$kg"

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# timed LABEL COMMAND...: runs COMMAND, prints "LABEL wall user sys maxrss_kb" and the command's stderr tail.
timed() {
  local label=$1; shift
  /usr/bin/time -f "$label %e %U %S %M" -o "$work/time.txt" "$@" 2>"$work/stderr.txt" >/dev/null || true
  tail -n 1 "$work/stderr.txt" >&2
  cat "$work/time.txt"
}
# latencies GRAPH: median Run Time of each workload query over 5 runs in one REPL (after one warm-up).
latencies() {
  { echo ".timer on"; echo ".mode csv"; for _ in 1 2 3 4 5 6; do grep -v '^#' "$here/workload.kgq"; done; } >"$work/w.txt"
  "$kg" repl "$1" <"$work/w.txt" 2>&1 | grep '^Run Time' | awk '{print $3}' >"$work/times.txt"
  local n; n=$(grep -vc '^#' "$here/workload.kgq")
  grep -v '^#' "$here/workload.kgq" | while IFS= read -r q; do
    i=$((${i:-0} + 1))
    t=$(awk -v i="$i" -v n="$n" 'NR > n && (NR - i) % n == 0 {print $1 * 1000}' "$work/times.txt" | median)
    printf '%8.1f ms  %s\n' "$t" "$q"
  done
}

case ${1:-news} in
news)
  rounds=${2:-5}
  echo "load before: $(load)"
  for r in $(seq "$rounds"); do
    for j in 1 2; do timed "jobs$j" "$kg" ingest "$news" --jobs "$j" --force -o "$work/news-j$j.kg"; done
  done 2>&1 | tee "$work/news.txt"
  echo "load after: $(load)"
  cmp "$work/news-j1.kg" "$work/news-j2.kg" && echo "graphs identical"
  for j in 1 2; do
    printf 'jobs %s: median wall %s s, user %s s, max RSS %s KB\n' "$j" \
      "$(awk -v l="jobs$j" '$1 == l {print $2}' "$work/news.txt" | median)" \
      "$(awk -v l="jobs$j" '$1 == l {print $3}' "$work/news.txt" | median)" \
      "$(awk -v l="jobs$j" '$1 == l {print $5}' "$work/news.txt" | median)"
  done
  paste <(awk '$1 == "jobs1" {print $2}' "$work/news.txt") <(awk '$1 == "jobs2" {print $2}' "$work/news.txt") |
    awk '{print $1 / $2}' | median | xargs printf 'same-round speed-up (wall jobs1 / jobs2), median: %s\n'
  ;;
big)
  count=${2:-100000}
  corpus=$work/news-$count.jsonl
  [ -f "$corpus" ] || python3 "$here/make-corpus.py" "$news" "$count" -o "$corpus"
  echo "load before: $(load)"
  /usr/bin/time -v "$kg" ingest "$corpus" --jobs 2 --force -o "$work/big.kg" 2>"$work/big-ingest.txt" || true
  grep -E "big.kg:|Elapsed|Maximum resident|User time|System time" "$work/big-ingest.txt"
  echo "load after: $(load)"
  ls -l "$work/big.kg"
  for _ in 1 2 3; do "$kg" stats "$work/big.kg" --top 0 | grep file; done
  "$kg" stats "$work/big.kg" --top 0
  latencies "$work/big.kg"
  ;;
merge)
  shards=${2:-8}
  echo "load before: $(load)"
  timed "whole" "$kg" ingest "$news" --jobs 2 --force -o "$work/whole.kg"
  files=()
  for i in $(seq "$shards"); do
    timed "shard$i" "$kg" ingest "$news" --jobs 2 --shard "$i/$shards" --force -o "$work/shard$i.kg"
    files+=("$work/shard$i.kg")
  done
  for _ in 1 2 3; do timed "merge" "$kg" merge "${files[@]}" --force -o "$work/merged.kg"; done
  echo "load after: $(load)"
  while IFS= read -r q; do
    [ -z "$q" ] || [ "${q#\#}" != "$q" ] && continue
    if cmp -s <("$kg" query "$work/whole.kg" "$q" --format tsv | sort) <("$kg" query "$work/merged.kg" "$q" --format tsv | sort); then
      echo "same answer: $q"
    else
      echo "DIFFERENT:   $q"
    fi
  done <"$here/workload.kgq"
  ;;
*) echo "usage: $0 news|big|merge [N]" >&2; exit 2 ;;
esac
