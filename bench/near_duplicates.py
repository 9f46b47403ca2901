"""Near-duplicates at 10,000 articles: signature, import-time lookup and a full scan.

Run: .venv/bin/python bench/near_duplicates.py [--articles 10000]
Builds a project of synthetic articles (one in ten a lightly edited copy of an
earlier one, one in four Chinese), timing for each import the near-duplicate step
(signature + LSH lookup + checks, inside the import's transaction); then removes
every signature and times a scan that signs and compares them all again.
Prints medians and the 95th percentile in milliseconds.
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
from annotary.domain import near_duplicates as nd
from annotary.formats.document import ImportedDocument
from annotary.services import duplicates, importing
from annotary.services.project import open_project
from synthetic import article_text


def _edited(rng: random.Random, text: str) -> str:
    """Three characters changed: three words (or Chinese characters) edited."""
    for _ in range(3):
        at = rng.randrange(len(text))
        text = text[:at] + "改" + text[at + 1 :]
    return text


def _ms(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[int(len(ordered) * 0.95) - 1] if ordered else 0.0
    return f"median {statistics.median(ordered) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    rng = random.Random(11)
    timings: list[float] = []
    real = duplicates.flag_new_article

    def timed(*a, **kw):  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        try:
            return real(*a, **kw)
        finally:
            timings.append(time.perf_counter() - start)

    importing.duplicates.flag_new_article = timed  # type: ignore[method-assign]
    texts: list[str] = []
    sig_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        project = open_project(Path(tmp) / "bench.annotary", coder="bench")
        started = time.perf_counter()
        for i in range(args.articles):
            if texts and i % 10 == 9:
                text = _edited(rng, rng.choice(texts))
            else:
                text = article_text(rng, chinese=i % 4 == 0)
            texts.append(text)
            if i % 50 == 0:
                t0 = time.perf_counter()
                nd.signature(text)
                sig_times.append(time.perf_counter() - t0)
            doc = ImportedDocument(
                title=f"Article {i}", text=text, source=b"", source_format="pasted"
            )
            importing.store_document(project, doc)
        built = time.perf_counter() - started
        groups = duplicates.groups(project)
        grouped = sum(len(g.members) for g in groups)
        print(
            f"{args.articles} articles imported in {built:.1f} s; "
            f"{grouped} articles in {len(groups)} groups of near-duplicates"
        )
        print(f"signature alone:                     {_ms(sig_times)}")
        print(f"at import, all articles:             {_ms(timings)}")
        print(f"at import, the last 1,000 articles:  {_ms(timings[-1000:])}")
        with project.store.write():
            project.store.execute("DELETE FROM near_duplicates")
            project.store.execute("DELETE FROM signature_buckets")
            project.store.execute("DELETE FROM article_signatures")
        t0 = time.perf_counter()
        report = duplicates.scan(project).value
        scan = time.perf_counter() - t0
        print(
            f"scan of {report.signed} articles: {scan:.1f} s "
            f"({scan / max(report.signed, 1) * 1000:.2f} ms an article), "
            f"{report.flagged} articles in {len(duplicates.groups(project))} groups"
        )
        project.close()


if __name__ == "__main__":
    main()
