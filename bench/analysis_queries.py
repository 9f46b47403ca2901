"""Corpus-wide queries on 10,000 articles and 100,000 annotations: median times.

Run: .venv/bin/python bench/analysis_queries.py [--articles 10000] [--per-article 10]
     [--runs 7] [--keep FILE]

Targets (issue 12): every table and view opens in <= 300 ms; filtering updates in
<= 100 ms. A view shows a page of rows and the number found, so "filter" times a
count plus the first 200 rows; "all rows" times listing every row of a filter.
``--keep FILE`` keeps the built project there and reuses it on the next run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from annotary.domain.analysis import AnnotationQuery
from annotary.domain.anchoring import make_anchor
from annotary.domain.models import Annotation, new_id, now_iso
from annotary.formats.document import ImportedDocument
from annotary.services import analysis, codebook, importing, speakers
from annotary.services.project import Project, open_project
from annotary.storage import annotations as annotation_store
from synthetic import OUTLETS, article_text

PAGE = 200
ROLES = ("minister", "mayor", "spokeswoman", "union leader", "analyst", None)
AFFILIATIONS = ("government", "city council", "union", "university", None)


def build(path: Path, articles: int, per_article: int) -> None:
    rng = random.Random(12)
    project = open_project(path, coder="bench")
    themes: list[str] = []
    for p in range(8):
        parent = codebook.create(project, f"Theme {p}").value.id
        themes.append(parent)
        themes += [
            codebook.create(project, f"Theme {p}.{c}", parent=parent).value.id for c in range(4)
        ]
    people = [
        speakers.create(
            project,
            f"Speaker {i}",
            role=rng.choice(ROLES),
            affiliation=rng.choice(AFFILIATIONS),
            aliases=(f"S{i}", f"the official number {i}"),
        ).value.id
        for i in range(300)
    ]
    stamp = now_iso()
    with project.store.write():
        for i in range(articles):
            text = article_text(rng, chinese=i % 5 == 0, paragraphs=8)
            published = f"{2021 + i % 3}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            doc = ImportedDocument(
                title=f"Article {i}",
                text=text,
                source=b"",
                source_format="pasted",
                outlet=OUTLETS[i % len(OUTLETS)],
                published=published,
                language="zh" if i % 5 == 0 else "en",
            )
            article = importing.store_document(project, doc).value
            assert not isinstance(article, str)
            made = []
            for _ in range(per_article):
                start = rng.randrange(0, len(text) - 80)
                anchor = make_anchor(text, start, start + rng.randint(10, 80))
                kind = rng.choice(("quote", "quote", "passage"))
                made.append(
                    Annotation(
                        id=new_id(),
                        article=article.id,
                        kind=kind,  # type: ignore[arg-type]
                        start=anchor.start,
                        end=anchor.end,
                        exact=anchor.exact,
                        prefix=anchor.prefix,
                        suffix=anchor.suffix,
                        speaker=rng.choice(people) if kind == "quote" else None,
                        themes=tuple(rng.sample(themes, rng.randint(1, 2))),
                        note="a note" if rng.random() < 0.1 else None,
                        quote_type=rng.choice(("direct", "indirect")) if kind == "quote" else None,
                        coder=rng.choice(("amira", "bo", "chen")),
                        created=stamp,
                        modified=stamp,
                    )
                )
            annotation_store.insert_many(project.store, made)
    project.close()


def median_ms(fn: Callable[[], object], runs: int) -> tuple[str, object]:
    """The median wall-clock time and the median CPU time of this process, in ms (on a
    machine shared with other work the two differ: the CPU time is what the query costs)."""
    wall, cpu = [], []
    result: object = None
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return f"{statistics.median(wall):7.1f} ms (cpu {statistics.median(cpu):6.1f})", result


def first_page(project: Project, query: AnnotationQuery) -> tuple[int, int]:
    """What a view does when a filter changes: how many, and the rows it shows."""
    return analysis.count(project, query), len(analysis.rows(project, query, limit=PAGE))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the project here once and reuse it")
    args = parser.parse_args()
    path = args.keep or Path(f"/tmp/annotary-bench-analysis-{args.articles}.annotary")
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.articles, args.per_article)
        print(f"built {args.articles} articles in {time.perf_counter() - t0:.0f} s")
    project = open_project(path, coder="bench")
    total = analysis.count(project)
    print(f"{args.articles} articles, {total} annotations; medians of {args.runs} runs")
    theme = analysis.find_themes(project, "Theme 3")[0]
    leaf = analysis.find_themes(project, "Theme 3.1")[0]
    speaker = analysis.find_speakers(project, "S42")[0]
    quotes = AnnotationQuery(kind="quote")
    filters: list[tuple[str, AnnotationQuery]] = [
        ("quotes, no filter", quotes),
        (
            "quotes by a speaker's alias",
            AnnotationQuery(kind="quote", speaker="the official number 42"),
        ),
        ("quotes with a theme and sub-themes", AnnotationQuery(kind="quote", theme=theme)),
        (
            "passages with one theme",
            AnnotationQuery(kind="passage", theme=leaf, include_subthemes=False),
        ),
        ("quotes in an outlet", AnnotationQuery(kind="quote", outlet="harbour daily")),
        (
            "quotes in a date range",
            AnnotationQuery(kind="quote", date_from="2022-03-01", date_to="2022-05-31"),
        ),
        (
            "quotes, direct, one coder",
            AnnotationQuery(kind="quote", quote_type="direct", coder="bo"),
        ),
        ("quotes, language zh", AnnotationQuery(kind="quote", language="zh")),
        ("quotes with free text", AnnotationQuery(kind="quote", text="levee")),
        (
            "combined: speaker, theme, dates",
            AnnotationQuery(kind="quote", speaker=speaker, theme=theme, date_from="2021-06-01"),
        ),
    ]
    print(f"\nfiltering (count + first {PAGE} rows; target <= 100 ms)")
    for label, query in filters:
        ms, (n, _shown) = median_ms(lambda q=query: first_page(project, q), args.runs)  # type: ignore[misc]
        print(f"  {label:<40} {ms}  ({n} rows)")
    print("\nall rows of a filter (target <= 300 ms)")
    for label, query in filters[:4]:
        ms, found = median_ms(lambda q=query: analysis.rows(project, q), args.runs)  # type: ignore[misc]
        print(f"  {label:<40} {ms}  ({len(found)} rows)")  # type: ignore[arg-type]
    print("\ntables (target <= 300 ms)")
    tables: list[tuple[str, Callable[[], object]]] = [
        (f"{m} by {b}", lambda m=m, b=b: analysis.counts(project, m, b))  # type: ignore[misc]
        for m in ("themes", "speakers", "quote-types")
        for b in ("outlet", "month", "speaker", "theme", "role")
        if not (m == "speakers" and b == "speaker")
    ]
    tables += [
        ("voice share by role", lambda: analysis.voice_share(project, "role")),
        ("voice share by affiliation", lambda: analysis.voice_share(project, "affiliation")),
        ("co-occurrence, annotation", lambda: analysis.cooccurrence(project, "annotation")),
        ("co-occurrence, paragraph", lambda: analysis.cooccurrence(project, "paragraph")),
        (
            "themes by outlet, filtered",
            lambda: analysis.counts(
                project,
                "themes",
                "outlet",
                AnnotationQuery(date_from="2022-01-01", date_to="2022-12-31"),
            ),
        ),
        ("speaker profile", lambda: analysis.speaker_profile(project, speaker)),
        ("theme profile (a leaf theme)", lambda: analysis.theme_profile(project, leaf)),
    ]
    for label, fn in tables:
        ms, _ = median_ms(fn, args.runs)
        print(f"  {label:<40} {ms}")
    table = analysis.counts(project, "themes", "outlet")
    ms, cell = median_ms(lambda: analysis.cell_rows(project, table, 3, 1), args.runs)
    print(f"  {'rows of one cell (click)':<40} {ms}  ({len(cell)} rows)")  # type: ignore[arg-type]
    project.close()


if __name__ == "__main__":
    main()
