#!/usr/bin/env bash
# Regenerates queries/expected/*.out from the seeds graph, the way QueryFileTests and .ci/run
# compare them: stdout, then (if any) a line "# stderr" and what the run wrote to stderr.
# With a folder argument, writes the outputs there instead (CI diffs that folder against
# queries/expected).
set -euo pipefail
cd "$(dirname "$0")/.."
kg=${KG:-.build/debug/kg}
out=${1:-queries/expected}
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$kg" ingest seeds -o "$tmp/seeds.kg" --jobs 1 2>/dev/null
for file in queries/*.kgq; do
    name=$(basename "$file" .kgq)
    "$kg" run "$tmp/seeds.kg" "$file" >"$tmp/out" 2>"$tmp/err" || true
    {
        cat "$tmp/out"
        if [ -s "$tmp/err" ]; then echo "# stderr"; cat "$tmp/err"; fi
    } >"$out/$name.out"
done
echo "wrote $(ls "$out"/*.out | wc -l) query outputs to $out"
