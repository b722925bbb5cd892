#!/usr/bin/env python3
"""Markdown tables for docs/PERFORMANCE.md from compare.py's same-run results.

Usage: python3 compare_table.py BENCH_DIR SIZE [SIZE ...] [--previous RESULTS_DIR]
Reads BENCH_DIR/results/compare_oxigraph-cmd_kg-bench-server_<size>.json (this project's
runs) and, for the anchor column, BENCH_DIR/results/compare_oxigraph-kuzu*_<size>.json
(RESULTS.md's same-run pyoxigraph medians). With --previous, a column gives each ratio of an
earlier run whose compare_oxigraph-cmd_kg-bench-server_<size>.json files are in RESULTS_DIR,
to show how far ratios move between runs. Standard library only.
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


def ratios(path):
    with open(path) as f:
        data = json.load(f)
    out = {q["id"]: q.get(f"ratio_{KG}_to_oxigraph") for q in data["queries"]}
    out["load"] = data["load"][KG]["ratio_to_oxigraph"]
    return out


def table(bench, size, previous=None):
    with open(os.path.join(bench, "results", f"compare_oxigraph-cmd_kg-bench-server_{size}.json")) as f:
        data = json.load(f)
    before = {}
    if previous:
        path = os.path.join(previous, f"compare_oxigraph-cmd_kg-bench-server_{size}.json")
        before = ratios(path) if os.path.exists(path) else {}
    extra = (lambda key: f" {before[key]:.3f} |" if before.get(key) is not None else " – |") if previous else (lambda key: "")
    anchors, anchor_load = anchor(bench, size)
    la0 = " ".join(f"{x:.1f}" for x in data["loadavg_start"])
    la1 = " ".join(f"{x:.1f}" for x in data["loadavg_end"])
    print(f"#### {size} ({data['triples']:,} triples) — run started {data['started']}, load average {la0} → {la1}\n")
    load = data["load"]
    ox, kg = load["oxigraph"], load[KG]
    ratio = kg["ratio_to_oxigraph"]
    print("| | pyoxigraph ms | kg ms | kg/pyoxigraph (same-run median) | kg speed-up | ≥ 3× | count (both) | anchor pyoxigraph ms (RESULTS.md) |" + (" previous run's ratio |" if previous else ""))
    print("|---|---|---|---|---|---|---|---|" + ("---|" if previous else ""))
    print(f"| load (s) | {ox['median_s']:.2f} s | {kg['median_s']:.2f} s | {ratio:.2f} | {1 / ratio:.1f}× "
          f"| {'yes' if 1 / ratio >= 5 else 'no'} (target 5×) | {data['triples']:,} | {anchor_load:.2f} s |" + extra("load")
          if anchor_load else f"| load (s) | {ox['median_s']:.2f} s | {kg['median_s']:.2f} s | {ratio:.2f} | {1 / ratio:.1f}× | | | |"
          + extra("load"))
    for q in data["queries"]:
        e = q["engines"]
        r = q.get(f"ratio_{KG}_to_oxigraph")
        cox, ckg = e["oxigraph"].get("count"), e[KG].get("count")
        count = f"{cox:,}" if cox == ckg else f"**differs: {cox} vs {ckg}**"
        ok = "yes" if r is not None and r <= TARGET_RATIO else "**no**"
        print(f"| {q['id']} | {fmt(e['oxigraph'].get('median_ms'))} | {fmt(e[KG].get('median_ms'))} | "
              f"{r:.3f} | {1 / r:.1f}× | {ok} | {count} | {fmt(anchors.get(q['id']))} |" + extra(q["id"]))
    print()


if __name__ == "__main__":
    args = sys.argv[1:]
    prev = None
    if "--previous" in args:
        i = args.index("--previous")
        prev = args[i + 1]
        del args[i:i + 2]
    for s in args[1:]:
        table(args[0], s, prev)
