#!/usr/bin/env bash
# The sanitizer runs of issue 7, each in its own build folder so the normal .build stays as it is.
#
#   scripts/reliability/sanitizers.sh [asan|tsan|all]   (default all)
#
# asan: the whole test suite under AddressSanitizer (`swift test --sanitize=address` in
#       .build/asan), with KG_SANITIZER=address so tests that cannot run under it skip and say why.
# tsan: kg built with ThreadSanitizer (.build/tsan), then `kg ingest --jobs 2` over a small
#       corpus (the first 40 articles of ../shared/data/news when present, else articles made
#       from the extraction fixtures) and the seeds; any
#       "WARNING: ThreadSanitizer" report fails the run.
# Prints the wall time of every step; exits 1 when a step fails or a sanitizer reports.
set -uo pipefail
cd "$(dirname "$0")/../.."
which=${1:-all}
failed=0

step() { # NAME COMMAND...: runs and times one step
    local name=$1; shift
    local start; start=$(date +%s)
    "$@"
    local status=$?
    echo "sanitizers: $name: exit $status in $(( $(date +%s) - start )) s"
    [ $status -eq 0 ] || failed=1
    return $status
}

if [ "$which" = asan ] || [ "$which" = all ]; then
    step "asan build" swift build --build-tests --sanitize=address --scratch-path .build/asan
    # Leak checking is off: Swift runtime metadata and global caches live until exit.
    KG_SANITIZER=address ASAN_OPTIONS=detect_leaks=0 step "asan swift test" \
        swift test --skip-build --sanitize=address --scratch-path .build/asan
fi

if [ "$which" = tsan ] || [ "$which" = all ]; then
    step "tsan build" swift build -c debug -Xswiftc -sanitize=thread --product kg --scratch-path .build/tsan
    work=$(mktemp -d)
    mkdir -p "$work/corpus"
    news=../shared/data/news/news.jsonl
    if [ -f "$news" ]; then
        head -n 40 "$news" > "$work/corpus/news.jsonl"
    else
        cat Tests/ExtractionTests/Fixtures/*.conllu | sed -n 's/^# text = //p' | split -l 4 - "$work/corpus/art-"
        for f in "$work"/corpus/art-*; do { echo "Article $(basename "$f")"; echo; cat "$f"; } > "$f.txt"; rm "$f"; done
    fi
    TSAN_OPTIONS="halt_on_error=0" step "tsan kg ingest --jobs 2" \
        .build/tsan/debug/kg ingest --jobs 2 "$work/corpus" seeds -o "$work/g.kg" 2> "$work/stderr.txt"
    reports=$(grep -c "WARNING: ThreadSanitizer" "$work/stderr.txt")
    echo "sanitizers: tsan: $reports reports ($(tail -1 "$work/stderr.txt"))"
    if [ "$reports" -ne 0 ]; then
        grep -A20 "WARNING: ThreadSanitizer" "$work/stderr.txt" | head -80
        failed=1
    fi
    rm -rf "$work"
fi
exit $failed
