#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (with AddressSanitizer) and runs each for a bounded time.
#
#   scripts/reliability/fuzz.sh [SECONDS] [TARGET...]
#
# FUZZ_SEED=N fixes libFuzzer's random seed (CI sets it, so a run there explores what the same
# run explored here).
# SECONDS per target (default 25, CI's setting); TARGETs default to all five. The longer run
# documented in docs/RELIABILITY.md is `scripts/reliability/fuzz.sh 1800`. Each target starts
# from the seeds in Fuzz/Corpus/<Target> (see fuzz-seeds.sh) and keeps what it finds in
# Fuzz/.build/corpus/<Target>, so later runs go on from there. A crash, a sanitizer report, a
# timeout or running out of memory stops that target, saves the input as
# Fuzz/.build/artifacts/<Target>-crash-… and makes the script exit 1 after the other targets ran.
# Prints one line per target: executions, seconds, corpus size, result.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-25}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzQuery FuzzScript FuzzGraphFile FuzzImport FuzzNLP)

echo "== building the fuzz targets (debug, -sanitize=fuzzer,address)"
start=$(date +%s)
swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol" | tail -3
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "fuzz: build failed"; exit 1; }
echo "fuzz: built in $(( $(date +%s) - start )) s"
bin=$(swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)

mkdir -p Fuzz/.build/artifacts Fuzz/.build/logs
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
failed=0
for target in "${targets[@]}"; do
    work=Fuzz/.build/corpus/$target
    mkdir -p "$work" "Fuzz/Corpus/$target"
    maxlen=4096
    [ "$target" = FuzzGraphFile ] && maxlen=16384
    log=Fuzz/.build/logs/$target.log
    seed_args=()
    [ -n "${FUZZ_SEED:-}" ] && seed_args=(-seed="$FUZZ_SEED")
    "$bin/$target" "${seed_args[@]}" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=$maxlen \
        -print_final_stats=1 -artifact_prefix="Fuzz/.build/artifacts/$target-" \
        "$work" "Fuzz/Corpus/$target" >"$log" 2>&1
    status=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    corpus=$(find "$work" -type f | wc -l)
    if [ $status -eq 0 ]; then
        result=ok
    else
        result="FAILED (exit $status; see $log)"
        failed=1
        grep -m1 -E 'ERROR: |Fatal error|fuzz: ' "$log" | sed 's/^/    /'
        ls Fuzz/.build/artifacts/"$target"-* 2>/dev/null | sed 's/^/    input: /'
    fi
    echo "$target: ${runs:-?} executions in $seconds s, corpus $corpus files, $result"
done
exit $failed
