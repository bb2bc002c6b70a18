"""Speed and memory against the size of the knowledge base.

    python bench/latency.py                       # 100, 1,000 and 10,000 entries
    python bench/latency.py --sizes 100 --queries 50

For each size, a fresh process generates a synthetic base (10 variants per
entry), then measures: time to load (parse and validate the YAML) and index
it from scratch, time to take the same index from the on-disk cache (what a
restart or a reload of unchanged files costs), memory the loaded base and its
index hold, and per-question matching time (median, p99), beside the floor of a
single bare rapidfuzz.process.extractOne (WRatio) over the same strings.
Targets on a 2-core machine: p99 < 5 ms at 1,000 entries and < 50 ms at
10,000; load and index of 10,000 entries < 2 s; memory < 200 MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RESULTS = Path(__file__).with_name("results")
TARGETS = {1000: 5.0, 10000: 50.0}


def _held_mb(kb_dir: Path) -> float:
    """Memory the loaded base and its index keep (Python allocations, measured
    in a separate, untimed load under tracemalloc)."""
    from bot.config import Settings
    from bot.knowledge import load_knowledge
    from bot.matcher import Matcher

    gc.collect()
    tracemalloc.start()
    matcher = Matcher(load_knowledge(kb_dir), Settings().thresholds)
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del matcher
    return held / 1024 / 1024


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def measure(size: int, queries: int) -> dict:
    """One size, in this process (run in a fresh process by `main`)."""
    from rapidfuzz import fuzz, process, utils

    import synthetic
    from bot.config import Settings
    from bot.knowledge import load_knowledge
    from bot.matcher import Matcher

    with tempfile.TemporaryDirectory() as tmp:
        kb_dir = synthetic.generate(Path(tmp) / "knowledge", size)
        asked = synthetic.questions(kb_dir, queries)
        started = time.perf_counter()
        kb = load_knowledge(kb_dir)
        loaded = time.perf_counter()
        matcher = Matcher(kb, Settings().thresholds)
        indexed = time.perf_counter()
        memory = _held_mb(kb_dir)
        from bot import index_cache

        cached = Path(tmp) / "index.pickle"
        index_cache._write(cached, matcher)
        t0 = time.perf_counter()
        index_cache._read(cached)
        warm = time.perf_counter() - t0
        timings = []
        for question in asked:
            t0 = time.perf_counter()
            matcher.match(question)
            timings.append((time.perf_counter() - t0) * 1000)
        choices = [p for e in kb.entries.values() for p in e.phrasings]
        floor = []
        for question in asked:
            t0 = time.perf_counter()
            process.extractOne(question, choices, scorer=fuzz.WRatio, processor=utils.default_process)
            floor.append((time.perf_counter() - t0) * 1000)
    return {
        "entries": size,
        "phrasings": len(choices),
        "load_s": round(loaded - started, 3),
        "index_s": round(indexed - loaded, 3),
        "warm_s": round(warm, 3),
        "memory_mb": round(memory, 1),
        "median_ms": round(statistics.median(timings), 3),
        "p99_ms": round(_percentile(timings, 99), 3),
        "floor_median_ms": round(statistics.median(floor), 3),
        "floor_p99_ms": round(_percentile(floor, 99), 3),
    }


def run_size(size: int, queries: int) -> dict:
    output = subprocess.run(
        [sys.executable, __file__, "--worker", str(size), "--queries", str(queries)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(output.stdout.strip().splitlines()[-1])


def table(rows: list[dict]) -> str:
    header = (f"{'entries':>8} {'phrasings':>10} {'load s':>8} {'index s':>8} {'cached s':>9} {'memory MB':>10} "
              f"{'median ms':>10} {'p99 ms':>8} {'floor med':>10} {'floor p99':>10} {'target p99':>11}")
    lines = [header]
    for r in rows:
        target = TARGETS.get(r["entries"])
        verdict = "" if target is None else (f"< {target:g} ms " + ("ok" if r["p99_ms"] < target else "MISSED"))
        lines.append(f"{r['entries']:>8} {r['phrasings']:>10} {r['load_s']:>8} {r['index_s']:>8} {r['warm_s']:>9} "
                     f"{r['memory_mb']:>10} {r['median_ms']:>10} {r['p99_ms']:>8} {r['floor_median_ms']:>10} "
                     f"{r['floor_p99_ms']:>10} {verdict:>11}")
    return "\n".join(lines)


def chart(rows: list[dict], path: Path) -> None:
    from charts import chart as new_chart

    sizes = [r["entries"] for r in rows]
    with new_chart(path) as ax:
        ax.plot(sizes, [r["p99_ms"] for r in rows], "o-", label="our matcher, p99")
        ax.plot(sizes, [r["median_ms"] for r in rows], "o--", label="our matcher, median")
        ax.plot(sizes, [r["floor_p99_ms"] for r in rows], "s-", label="bare extractOne WRatio, p99")
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("entries in the knowledge base (10 variants each)")
        ax.set_ylabel("ms per question")
        ax.set_title(f"Matching time ({platform.machine()}, {platform.python_version()})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(measure(args.worker, args.queries)))
        return 0
    rows = [run_size(size, args.queries) for size in args.sizes]
    print(table(rows))
    for r in rows:
        if r["entries"] == 10000:
            cold = r["load_s"] + r["index_s"]
            print(f"load+index of 10,000 entries (target < 2 s): from scratch {cold:.2f} s "
                  f"({'ok' if cold < 2 else 'missed'}), from the index cache {r['warm_s']:.2f} s "
                  f"({'ok' if r['warm_s'] < 2 else 'missed'}); memory {r['memory_mb']} MB "
                  f"(target < 200 MB: {'ok' if r['memory_mb'] < 200 else 'missed'})")
    if not args.no_chart:
        chart(rows, RESULTS / "latency.png")
        print(f"chart: {RESULTS / 'latency.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
