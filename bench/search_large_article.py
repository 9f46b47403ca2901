"""Search latency with very large articles in the corpus: median and p95.

A corpus of ordinary articles plus one large English and one large Chinese
article (5 MB each by default; try --large-mb 50). Queries match the large
articles near their start, in their middle and only at their very end, so that
both the ranking and the snippet of a large article are measured.

Run: .venv/bin/python bench/search_large_article.py [--articles 2000] [--large-mb 5]
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
from annotary.services.searching import search
from synthetic import OUTLETS, article_text, chinese_paragraph, english_paragraph

EN_QUERIES = ["minister", "port budget", "ferry", "harvest", '"trade tariff"', "zanzibarite"]
ZH_QUERIES = ["港", "或者", "公交线", "经济", "渡轮", "鹦鹉螺"]


def large_text(rng: random.Random, chinese: bool, megabytes: float) -> str:
    make = chinese_paragraph if chinese else english_paragraph
    parts: list[str] = []
    size = 0
    while size < megabytes * 1_000_000:
        para = make(rng)
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    parts.append("鹦鹉螺号到港。" if chinese else "The zanzibarite ferry docked.")
    return "\n\n".join(parts)


def build(path: Path, n: int, megabytes: float) -> None:
    rng = random.Random(1)
    project = open_project(path, coder="bench")
    t0 = time.perf_counter()
    texts = [
        (f"Large {'Chinese' if zh else 'English'}", large_text(rng, zh, megabytes), zh)
        for zh in (False, True)
    ]
    texts += [(f"Article {i}", article_text(rng, i % 3 == 0), i % 3 == 0) for i in range(n)]
    with project.store.write():  # one transaction for setup speed only
        for i, (title, text, chinese) in enumerate(texts):
            doc = ImportedDocument(
                title=title,
                text=text,
                source=b"",
                source_format="pasted",
                outlet=OUTLETS[i % len(OUTLETS)],
                language="zh" if chinese else "en",
            )
            importing.store_document(project, doc)
    print(f"built {n} articles and two of {megabytes:g} MB in {time.perf_counter() - t0:.1f} s")
    project.close()


def measure(path: Path, queries: list[str], rounds: int) -> list[float]:
    project = open_project(path, coder="bench")
    times = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            search(project, q, limit=50)
            times.append((time.perf_counter() - t0) * 1000)
    project.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--large-mb", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.annotary"
        build(path, args.articles, args.large_mb)
        print(f"{'queries':<12}{'median ms':>10}{'p95 ms':>10}{'max ms':>10}")
        for label, queries in (("English", EN_QUERIES), ("Chinese", ZH_QUERIES)):
            times = measure(path, queries, args.rounds)
            print(
                f"{label:<12}{statistics.median(times):>10.1f}{p95(times):>10.1f}"
                f"{max(times):>10.1f}"
            )


if __name__ == "__main__":
    main()
