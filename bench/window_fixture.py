"""Projects for the window benchmarks: large articles with many annotations, big libraries.

The rows are written straight into the project's tables in one transaction (the
services would take minutes for 50,000 annotations); everything else about the
file is what the window normally opens.
"""

from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import OUTLETS, article_text, english_paragraph

KINDS = ("quote", "speaker", "passage")


def big_text(size: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paras: list[str] = []
    n = 0
    while n < size:
        p = english_paragraph(rng, 8)
        paras.append(p)
        n += len(p) + 2
    return "\n\n".join(paras)


def add_annotations(project: object, article_id: str, text: str, count: int, seed: int) -> None:
    """``count`` annotations spread over ``text``, in one transaction."""
    from annotary.domain.models import new_id, now_iso

    rng = random.Random(seed)
    stamp = now_iso()
    rows = []
    for i in range(count):
        start = rng.randrange(0, len(text) - 200)
        end = start + rng.randint(10, 160)
        kind = KINDS[i % 3]
        rows.append(
            (
                new_id(),
                article_id,
                kind,
                start,
                end,
                text[start:end],
                text[max(0, start - 32) : start],
                text[end : end + 32],
                "direct" if kind == "quote" else None,
                "bench",
                stamp,
                stamp,
                "anchored",
            )
        )
    store = project.store  # type: ignore[attr-defined]
    with store.write():
        store.conn.executemany(
            "INSERT INTO annotations (id, article_id, kind, start_offset, end_offset, exact, "
            "prefix, suffix, quote_type, coder, created, modified, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def article_project(path: Path) -> dict[str, str]:
    """Article ``a`` (2 MB, 5,000 annotations), ``b`` (2 MB, 50,000) and ``c`` (short)."""
    from annotary.services import importing
    from annotary.services.project import open_project

    project = open_project(path, coder="bench", backup_on_open=False)
    ids: dict[str, str] = {}
    for key, size, count, seed in (("a", 2_000_000, 5_000, 1), ("b", 2_000_000, 50_000, 2)):
        text = big_text(size, seed)
        made = importing.import_pasted(project, text, f"Long article {key}").value
        ids[key] = made.id  # type: ignore[union-attr]
        add_annotations(project, ids[key], made.text, count, seed)  # type: ignore[union-attr]
    short = article_text(random.Random(3), False)
    made = importing.import_pasted(project, short, "Short article").value
    ids["c"] = made.id  # type: ignore[union-attr]
    project.close()
    return ids


def library_project(path: Path, count: int = 10_000) -> None:
    """A project of ``count`` short articles (a fifth in Chinese), in one transaction."""
    from annotary.formats.readers import read_pasted
    from annotary.services.importing import store_document
    from annotary.services.project import open_project

    project = open_project(path, coder="bench", backup_on_open=False)
    rng = random.Random(7)
    with project.store.write():
        for i in range(count):
            doc = read_pasted(article_text(rng, i % 5 == 0, 3), f"Article {i:05d}")
            published = f"20{10 + i % 15}-{1 + i % 12:02d}-{1 + i % 28:02d}"
            doc = replace(doc, outlet=OUTLETS[i % len(OUTLETS)], published=published)
            store_document(project, doc)
    project.close()
