#!/usr/bin/env bash
# Writes the fuzzers' seed corpora into Fuzz/Corpus/<Target>/ from the project's own inputs:
# the saved queries (queries/*.kgq, whole and one statement per file), the seed articles, the
# extraction fixtures' sentences, small TSV and N-Triples files, and a small saved graph made
# by the built kg (KG=path/to/kg, default .build/debug/kg). Run from anywhere; idempotent.
set -euo pipefail
cd "$(dirname "$0")/../.."
KG=${KG:-.build/debug/kg}
corpus=Fuzz/Corpus
mkdir -p "$corpus"/{FuzzQuery,FuzzScript,FuzzGraphFile,FuzzImport,FuzzNLP}

# Queries: every non-comment line of every saved query is a seed; whole files seed the script runner.
n=0
for f in queries/*.kgq; do
    cp "$f" "$corpus/FuzzScript/$(basename "$f")"
    grep -v '^#' "$f" | grep -v '^[[:space:]]*$' | while IFS= read -r line; do
        printf '%s' "$line" > "$corpus/FuzzQuery/q-$(basename "$f" .kgq)-$(printf '%s' "$line" | cksum | cut -d' ' -f1)"
    done
done
for q in '?x ?p ?y limit 3' 'select ?x count(*) where { ?x meet ?y } group by ?x' \
         'path Blinken -> Zelenskyy' 'neighbors Russia depth 2' 'explain ?x border ?y . ?y border ?x' \
         '?x meet ?y filter ?x != ?y and not (?y = Lavrov)' '?x lead/border ?y' 'why Blinken meet ?who' \
         '?x born_in_year ?n filter ?n > 1955 order by desc ?n' 'optional { ?x visit ?y }'; do
    printf '%s' "$q" > "$corpus/FuzzQuery/extra-$(printf '%s' "$q" | cksum | cut -d' ' -f1)"
done

# Import: first byte 0 = TSV, 1 = N-Triples.
{ printf '\0'; printf 'Blinken\tmeet\tLavrov\t0.9\nRussia\tannex\tCrimea\nLavrov\tborn in year\t1950\nRussia\ttype\tPlace\n# c\n\nbad line\n'; } > "$corpus/FuzzImport/tsv-1"
{ printf '\1'; printf '<http://x/s> <http://x/p> <http://x/o> .\n_:b1 <http://x/p\\u0041> "lit"@en .\n<http://x/s> <http://x/p> "42"^^<http://www.w3.org/2001/XMLSchema#integer> . # c\n<http://x/s> <http://x/p> "a\\"b\\\\c\\n" .\n'; } > "$corpus/FuzzImport/nt-1"

# NLP: paragraphs of the seed articles and the fixtures' sentences.
i=0
for f in seeds/*.txt; do
    awk -v RS= -v dir="$corpus/FuzzNLP" -v base="$(basename "$f" .txt)" '{ f = dir "/" base "-" NR; printf "%s", $0 > f; close(f) }' "$f"
done
for f in Tests/ExtractionTests/Fixtures/*.conllu; do
    grep '^# text = ' "$f" | sed 's/^# text = //' | head -20 | while IFS= read -r s; do
        printf '%s' "$s" > "$corpus/FuzzNLP/fx-$(printf '%s' "$s" | cksum | cut -d' ' -f1)"
    done
done

# Graph files: a small saved graph (when kg is built) and the header alone.
if [ -x "$KG" ]; then
    tmp=$(mktemp -d)
    printf 'Blinken\tmeet\tLavrov\t0.9\nRussia\tannex\tCrimea\nLavrov\tborn in year\t1950\nRussia\ttype\tPlace\n' > "$tmp/t.tsv"
    "$KG" ingest --triples "$tmp/t.tsv" -o "$tmp/g.kg" --force >/dev/null
    cp "$tmp/g.kg" "$corpus/FuzzGraphFile/small.kg"
    head -c 32 "$tmp/g.kg" > "$corpus/FuzzGraphFile/header-only"
    rm -rf "$tmp"
else
    echo "fuzz-seeds: $KG not built; no graph-file seeds" >&2
fi
echo "fuzz-seeds: $(find "$corpus" -type f | wc -l) seed files in $corpus"
