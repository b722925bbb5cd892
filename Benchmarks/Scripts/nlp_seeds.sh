#!/usr/bin/env bash
# Trains the English models with several seeds of one recipe and scores each on EWT dev and
# test, then prints the mean and the spread over the seeds. A change to the tagger, supertagger
# or parser is worth keeping only if it moves the mean by more than the seeds alone do: four
# seeds of the committed recipe span 0.37 test UAS (docs/NLP.md, "Tried on 2026-12-05").
#
#   Benchmarks/Scripts/nlp_seeds.sh [-k KG] [-j JOBS] [-o DIR] SEED... [-- TRAIN-OPTION...]
#
# For each SEED it runs `kg nlp train --seed SEED -o DIR/seedSEED.kgm TRAIN-OPTION...` (log in
# DIR/seedSEED.log), JOBS trainings at a time (default 2: each is one thread, about 9 minutes
# alone on the 2-core machine and 12 two side by side), then `kg nlp eval --conllu … --model` on
# dev and test. DIR defaults to /tmp/nlp-seeds. Needs ../shared/data/ud-english-ewt.
set -euo pipefail
cd "$(dirname "$0")/../.."
kg=.build/release/kg
jobs=2
out=/tmp/nlp-seeds
usage() {
    echo "usage: $0 [-k KG] [-j JOBS] [-o DIR] SEED... [-- TRAIN-OPTION...]" >&2
    exit 2
}
while getopts k:j:o: opt; do
    case $opt in
    k) kg=$OPTARG ;;
    j) jobs=$OPTARG ;;
    o) out=$OPTARG ;;
    *) usage ;;
    esac
done
shift $((OPTIND - 1))
seeds=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
    seeds+=("$1")
    shift
done
[ "${1:-}" = -- ] && shift
[ ${#seeds[@]} -gt 0 ] || usage
treebank=../shared/data/ud-english-ewt
[ -f "$treebank/en_ewt-ud-test.conllu" ] || { echo "$0: needs $treebank" >&2; exit 1; }
[ -x "$kg" ] || { echo "$0: no kg binary at $kg (swift build -c release --product kg)" >&2; exit 1; }
mkdir -p "$out"

pids=()
for seed in "${seeds[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 5; done
    "$kg" nlp train --seed "$seed" -o "$out/seed$seed.kgm" "$@" >"$out/seed$seed.log" 2>&1 &
    pids+=($!)
done
failed=0
for k in "${!pids[@]}"; do
    if ! wait "${pids[$k]}"; then
        echo "$0: training with seed ${seeds[$k]} failed; see $out/seed${seeds[$k]}.log" >&2
        failed=1
    fi
done
[ $failed -eq 0 ] || exit 1

metrics=(UPOS lemma UAS LAS)
{
    printf 'seed'
    for split in dev test; do for m in "${metrics[@]}"; do printf '\t%s %s' "$split" "$m"; done; done
    printf '\n'
    for seed in "${seeds[@]}"; do
        printf '%s' "$seed"
        for split in dev test; do
            scores=$("$kg" nlp eval --conllu "$treebank/en_ewt-ud-$split.conllu" --model "$out/seed$seed.kgm")
            for m in "${metrics[@]}"; do printf '\t%s' "$(awk -v m="$m" '$1 == m { print $2 }' <<<"$scores")"; done
        done
        printf '\n'
    done
} | tee "$out/scores.tsv"
awk -F '\t' 'NR == 1 { for (i = 2; i <= NF; i++) name[i] = $i; next }
    { for (i = 2; i <= NF; i++) { s[i] += $i; if (NR == 2 || $i < lo[i]) lo[i] = $i; if (NR == 2 || $i > hi[i]) hi[i] = $i } }
    END { for (i = 2; i in name; i++) printf "%-10s mean %.2f  min %.2f  max %.2f  spread %.2f\n", name[i], s[i] / (NR - 1), lo[i], hi[i], hi[i] - lo[i] }' \
    "$out/scores.tsv"
