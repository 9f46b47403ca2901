"""Suggestions on an article that names thousands of different people: the work must grow
with the text, not with its square (each name looked up among all the others).

Run: PYTHONPATH=desktop python bench/suggest_many_people.py [--sizes 1000,2000,4000]

Each paragraph names a new person with an appositive and a second person, then a quote
with "he said" and a second quote attributed by surname alone. Prints the median CPU time
of three runs for each size, and the ratio of each size's time to the one before: about
2 for linear work when the size doubles, about 4 for quadratic.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from annotary.suggest import suggest_quotes

_FIRST = "Tom Nora Mara Dale Lena Joel Ben Ann Ada Eli Ian Kai Liv Max Ned Oli Pia Raf Sam Tia"
_LAST = ["Kell", "Varga", "Tolven", "Okafor", "Vance", "Brandt", "Ortiz", "Ander"]


def article(paragraphs: int) -> str:
    rng = random.Random(3)
    first = _FIRST.split()
    out = []
    for i in range(paragraphs):
        surname = f"{rng.choice(_LAST)}{i}"
        out.append(
            f"{rng.choice(first)} {surname}, a delegate from Ohio, spoke at the hall with "
            f"{rng.choice(first)} Quill{i}. “We will hold the line on item {i},” he said. "
            f"“It is not over,” {surname} added."
        )
    return "\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000")
    args = parser.parse_args(argv)
    previous: tuple[float, int] | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        text = article(size)
        times = []
        for _ in range(3):
            began = time.process_time()
            found = suggest_quotes(text, "en")
            times.append(time.process_time() - began)
        median = statistics.median(times)
        words = len(text.split())
        line = f"{size:>6} people ({words:,} words): {median:.2f} s CPU, {len(found)} suggestions"
        if previous is not None:
            line += f"  x{median / previous[0]:.1f} for x{size / previous[1]:.0f} the size"
        print(line)
        previous = (median, size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
