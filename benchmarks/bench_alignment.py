"""Time align_versions on synthetic versions of 100, 1,000 and 10,000
paragraphs and show that growth is about linear (the programme is banded).

Run: .venv/bin/python benchmarks/bench_alignment.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from alignment.aligner import align_versions  # noqa: E402
from alignment.synthetic import synthetic_versions  # noqa: E402

SIZES = (100, 1_000, 10_000)


def main() -> int:
    times = {}
    for n in SIZES:
        pivot, other = synthetic_versions(n, other_lang="zh", seed=n)
        # a few omissions, so the path is not a plain diagonal
        other = [p for k, p in enumerate(other) if k % 97 != 50]
        start = time.perf_counter()
        links = align_versions(pivot, other, pivot_lang="en", other_lang="zh")
        times[n] = time.perf_counter() - start
        wrong = sum(
            1 for lk in links if lk.pivot and lk.other and lk.other[0] - 1_000_000 != lk.pivot[0]
        )
        print(
            f"{n:>6} paragraphs: {times[n]:7.3f} s  ({times[n] / n * 1000:.2f} ms/paragraph,"
            f" {len(links)} links, {wrong} misaligned)"
        )
    growth = times[SIZES[-1]] / times[SIZES[-2]]
    print(f"growth 1,000 -> 10,000: x{growth:.1f} (linear would be x10)")
    return 0 if growth < 20 else 1


if __name__ == "__main__":
    raise SystemExit(main())
