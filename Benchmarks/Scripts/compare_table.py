#!/usr/bin/env python3
"""Markdown tables for docs/PERFORMANCE.md from compare.py's same-run results.

Usage: python3 compare_table.py BENCH_DIR SIZE [SIZE ...]
Reads BENCH_DIR/results/compare_oxigraph-cmd_kg-bench-server_<size>.json (this project's
runs) and, for the anchor column, BENCH_DIR/results/compare_oxigraph-kuzu*_<size>.json
(RESULTS.md's same-run pyoxigraph medians). Standard library only.
"""
import glob
import json
import os
import sys

KG = "cmd:kg-bench-server"
TARGET_RATIO = 1 / 3  # issue 2: every query >= 3x faster than pyoxigraph


def anchor(bench, size):
    for path in sorted(glob.glob(os.path.join(bench, "results", f"compare_oxigraph-kuzu*_{size}.json"))):
        with open(path) as f:
            data = json.load(f)
        return {q["id"]: q["engines"]["oxigraph"].get("median_ms") for q in data["queries"]}, data["load"]["oxigraph"]["median_s"]
    return {}, None


def fmt(ms):
    if ms is None:
        return "–"
    return f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}" if ms >= 1 else f"{ms:.2f}"


def table(bench, size):
    with open(os.path.join(bench, "results", f"compare_oxigraph-cmd_kg-bench-server_{size}.json")) as f:
        data = json.load(f)
    anchors, anchor_load = anchor(bench, size)
    la0 = " ".join(f"{x:.1f}" for x in data["loadavg_start"])
    la1 = " ".join(f"{x:.1f}" for x in data["loadavg_end"])
    print(f"#### {size} ({data['triples']:,} triples) — run started {data['started']}, load average {la0} → {la1}\n")
    load = data["load"]
    ox, kg = load["oxigraph"], load[KG]
    ratio = kg["ratio_to_oxigraph"]
    print("| | pyoxigraph ms | kg ms | kg/pyoxigraph (same-run median) | kg speed-up | ≥ 3× | count (both) | anchor pyoxigraph ms (RESULTS.md) |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| load (s) | {ox['median_s']:.2f} s | {kg['median_s']:.2f} s | {ratio:.2f} | {1 / ratio:.1f}× "
          f"| {'yes' if 1 / ratio >= 5 else 'no'} (target 5×) | {data['triples']:,} | {anchor_load:.2f} s |" if anchor_load
          else f"| load (s) | {ox['median_s']:.2f} s | {kg['median_s']:.2f} s | {ratio:.2f} | {1 / ratio:.1f}× | | | |")
    for q in data["queries"]:
        e = q["engines"]
        r = q.get(f"ratio_{KG}_to_oxigraph")
        cox, ckg = e["oxigraph"].get("count"), e[KG].get("count")
        count = f"{cox:,}" if cox == ckg else f"**differs: {cox} vs {ckg}**"
        ok = "yes" if r is not None and r <= TARGET_RATIO else "**no**"
        print(f"| {q['id']} | {fmt(e['oxigraph'].get('median_ms'))} | {fmt(e[KG].get('median_ms'))} | "
              f"{r:.3f} | {1 / r:.1f}× | {ok} | {count} | {fmt(anchors.get(q['id']))} |")
    print()


if __name__ == "__main__":
    for s in sys.argv[2:]:
        table(sys.argv[1], s)
