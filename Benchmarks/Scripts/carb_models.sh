#!/usr/bin/env bash
# Scores the extractor on CaRB dev through the parses of several models, so that an extraction
# rule (or a retrained parser) is judged on more than one parser's noise (docs/EXTRACTION.md,
# "Rules that hold across parsers").
#
#   Benchmarks/Scripts/carb_models.sh [-k KG] MODEL...
#
# MODEL is a model file (english.kgm) or `bundled` for the committed one. For each model it
# parses ../shared/data/carb/dev/dev.txt (`kg nlp parse --pretokenized`), extracts Open IE
# tuples from that parse (`kg extract --conllu --sentences --format openie`) and scores them
# with ../shared/eval/carb_score.py; then prints the mean best F1. Parses and tuples are kept
# in $CARB_OUT (default /tmp/carb-models) as <n>.conllu and <n>.tsv, n = 1, 2, ...
set -euo pipefail
cd "$(dirname "$0")/../.."
kg=.build/release/kg
if [ "${1:-}" = "-k" ]; then kg=$2; shift 2; fi
if [ $# -eq 0 ]; then
    echo "usage: $0 [-k KG] MODEL... (a model file, or 'bundled')" >&2
    exit 2
fi
shared=../shared
if [ ! -f "$shared/data/carb/dev/dev.txt" ] || [ ! -f "$shared/eval/carb_score.py" ]; then
    echo "$0: needs $shared/data/carb/dev and $shared/eval/carb_score.py" >&2
    exit 1
fi
[ -x "$kg" ] || { echo "$0: no kg binary at $kg (swift build -c release --product kg)" >&2; exit 1; }
out=${CARB_OUT:-/tmp/carb-models}
mkdir -p "$out"
n=0
f1s=()
for model in "$@"; do
    n=$((n + 1))
    flag=()
    [ "$model" = bundled ] || flag=(--model "$model")
    "$kg" nlp parse --pretokenized "${flag[@]}" "$shared/data/carb/dev/dev.txt" >"$out/$n.conllu"
    "$kg" extract --conllu --sentences --format openie "$out/$n.conllu" >"$out/$n.tsv"
    line=$(python3 "$shared/eval/carb_score.py" --gold "$shared/data/carb/dev/gold/dev.tsv" \
        --pred "$out/$n.tsv" 2>/dev/null | grep '^AUC')
    echo "$n $model: $line"
    f1s+=("$(sed -E 's/.*best F1 ([0-9.]+).*/\1/' <<<"$line")")
done
printf '%s\n' "${f1s[@]}" | awk '{ s += $1 } END { printf "mean best F1 over %d models: %.4f\n", NR, s / NR }'
