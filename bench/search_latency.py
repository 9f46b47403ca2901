"""Search latency over 10,000 articles, English and Chinese queries: median and p95.

Run: .venv/bin/python bench/search_latency.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.formats.document import ImportedDocument
from annotary.services import importing
from annotary.services.project import open_project
from annotary.services.searching import SearchFilters, search
from synthetic import OUTLETS, article_text

EN_QUERIES = [
    "minister",
    "port budget",
    "ferry",
    "inflation rates",
    "harvest",
    "storm",
    "court",
    "opposition",
    '"trade tariff"',
    "election",
]
ZH_QUERIES = [
    "港",
    "或者",
    "公交线",
    "百分之十二",
    "经济",
    "协议",
    "记者会",
    "环境保护",
    "渡轮",
    "增长",
]


def build(path: Path, n: int) -> None:
    rng = random.Random(1)
    project = open_project(path, coder="bench")
    t0 = time.perf_counter()
    with project.store.write():  # one transaction for setup speed only
        for i in range(n):
            chinese = i % 3 == 0
            text = article_text(rng, chinese)
            doc = ImportedDocument(
                title=f"Article {i}",
                text=text,
                source=b"",
                source_format="pasted",
                outlet=OUTLETS[i % len(OUTLETS)],
                language="zh" if chinese else "en",
                published=f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}",
            )
            importing.store_document(project, doc)
    print(f"built {n} articles in {time.perf_counter() - t0:.1f} s")
    project.close()


def measure(
    path: Path, queries: list[str], rounds: int, filters: SearchFilters | None
) -> list[float]:
    project = open_project(path, coder="bench")
    times = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            search(project, q, filters, limit=50)
            times.append((time.perf_counter() - t0) * 1000)
    project.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.annotary"
        build(path, args.articles)
        print(f"{'queries':<28}{'median ms':>10}{'p95 ms':>10}")
        for label, queries, flt in (
            ("English", EN_QUERIES, None),
            ("Chinese (1-4 characters)", ZH_QUERIES, None),
            ("English, outlet filter", EN_QUERIES, SearchFilters(outlet="Coast Post")),
            ("Chinese, date filter", ZH_QUERIES, SearchFilters(date_from="2026-06-01")),
        ):
            times = measure(path, queries, args.rounds, flt)
            print(f"{label:<28}{statistics.median(times):>10.1f}{p95(times):>10.1f}")


if __name__ == "__main__":
    main()
