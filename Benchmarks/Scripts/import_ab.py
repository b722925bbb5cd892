#!/usr/bin/env python3
"""Same-run import comparison: pyoxigraph bulk_load of the N-Triples file alternated with
kg's import (kg-bench import) of the TSV and the N-Triples file, round by round.

Usage: python import_ab.py BENCH_DIR SIZE KG_BENCH [--rounds 3]
Run with the venv's python (pyoxigraph). Prints per-round seconds, the medians, and the median
of per-round ratios pyoxigraph/kg (> 1: kg faster), plus the load average before and after.
"""
import argparse
import gc
import os
import statistics
import subprocess
import time

import pyoxigraph as ox


def kg_import(kg_bench, path):
    out = subprocess.run([kg_bench, "import", path, "--runs", "1"], check=True, capture_output=True, text=True).stdout
    fields = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    return float(fields["import_median_s"]), int(fields["triples"])


def ox_load(nt):
    gc.collect()
    store = ox.Store()
    t = time.perf_counter()
    store.bulk_load(path=nt, format=ox.RdfFormat.N_TRIPLES)
    seconds = time.perf_counter() - t
    n = len(store)
    del store
    gc.collect()
    return seconds, n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bench")
    ap.add_argument("size")
    ap.add_argument("kg_bench")
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    nt = os.path.join(a.bench, "data", f"kg_{a.size}.nt")
    tsv = os.path.join(a.bench, "data", f"kg_{a.size}.tsv")
    print(f"size {a.size} loadavg_start {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    runs = {"oxigraph_nt": [], "kg_tsv": [], "kg_nt": []}
    triples = None
    for r in range(a.rounds):
        steps = [("oxigraph_nt", lambda: ox_load(nt)), ("kg_tsv", lambda: kg_import(a.kg_bench, tsv)),
                 ("kg_nt", lambda: kg_import(a.kg_bench, nt))]
        steps = steps[r % 3:] + steps[:r % 3]
        for name, step in steps:
            seconds, n = step()
            triples = triples or n
            assert n == triples, f"{name}: {n} triples, expected {triples}"
            runs[name].append(seconds)
        print(f"round {r + 1}: " + " ".join(f"{k}={v[-1]:.3f}s" for k, v in runs.items()), flush=True)
    for name, values in runs.items():
        med = statistics.median(values)
        line = f"{name} median_s {med:.3f} triples_per_s {triples / med:,.0f}"
        if name != "oxigraph_nt":
            ratio = statistics.median(o / k for o, k in zip(runs["oxigraph_nt"], values))
            line += f" speedup_vs_oxigraph {ratio:.2f}"
        print(line)
    print(f"loadavg_end {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
