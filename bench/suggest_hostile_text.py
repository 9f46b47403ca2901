"""Suggestions on text no newsroom writes: the work must grow with the text, not with its
square, whatever the marks and words (stray opening marks, thousands of tiny quotes in one
paragraph, nested marks, a quote that never closes, abbreviations, a megabyte of Chinese).

Run: PYTHONPATH=desktop python bench/suggest_hostile_text.py [--scale 1]

For each shape, the median CPU time of three runs at a size and at twice that size, and
their ratio: about 2 for linear work, about 4 for quadratic. ``--scale`` multiplies the
sizes (the defaults take a few seconds each).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from annotary.suggest import suggest_quotes

SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "stray opening marks": (lambda n: "“" * n, 50_000),
    "tiny quotes in one paragraph": (lambda n: "“a” " * n, 10_000),
    "nested marks": (
        lambda n: "“He said ‘she said “they said ‘no’” ok’ fine,” Tom Kell said. " * n,
        1_000,
    ),
    "a quote that never closes": (lambda n: "Tom Kell said, “" + "blah " * n, 100_000),
    "'said' over and over": (lambda n: "he said, " * n, 50_000),
    "capitalised names": (lambda n: "Tom Kell " * n, 50_000),
    "titles and initials": (lambda n: "Mr. Dr. Sen. Rep. U.S. F.B.I. " * n, 10_000),
    "a megabyte of Chinese in one quote": (lambda n: "他说：“" + "中" * n + "”", 250_000),
}


def _cpu(text: str) -> float:
    times = []
    for _ in range(3):
        began = time.process_time()
        suggest_quotes(text, None)
        times.append(time.process_time() - began)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args(argv)
    for name, (make, size) in SHAPES.items():
        n = max(1, int(size * args.scale))
        small, large = make(n), make(2 * n)
        a, b = _cpu(small), _cpu(large)
        print(
            f"{name:36s} {len(small):>10,d} chars {a:6.2f} s   "
            f"{len(large):>10,d} chars {b:6.2f} s   x{b / a if a else 0:.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
