"""Merging a large file costs a fixed number of queries, not some per annotation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from annotary.domain.anchoring import make_anchor
from annotary.domain.models import Annotation, Bundle, new_id, now_iso
from annotary.services import merging
from annotary.storage.store import Store
from helpers import REPORT, add_article, new_project


def _bundle(article: str, count: int) -> Bundle:
    stamp = now_iso()
    notes = []
    for i in range(count):
        start = i % (len(REPORT) - 40)
        anchor = make_anchor(REPORT, start, start + 10 + i % 30)
        notes.append(
            Annotation(
                id=new_id(),
                article=article,
                kind="passage",
                start=anchor.start,
                end=anchor.end,
                exact=anchor.exact,
                prefix=anchor.prefix,
                suffix=anchor.suffix,
                note=f"note {i}",
                coder="amira",
                created=stamp,
                modified=stamp,
            )
        )
    return Bundle(annotations=notes)


def _round_trips(tmp_path: Path, count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    project = new_project(tmp_path, f"p{count}.annotary")
    article = add_article(project)
    calls = [0]
    for name in ("query", "execute"):
        real = getattr(Store, name)

        def counted(self: Store, *args: object, _real: object = real) -> object:
            calls[0] += 1
            return _real(self, *args)  # type: ignore[operator]

        monkeypatch.setattr(Store, name, counted)
    bundle = _bundle(article.id, count)
    report = merging.merge_bundle(project, bundle).value
    monkeypatch.undo()
    assert report.added["annotations"] == count
    again = merging.merge_bundle(project, replace(bundle)).value
    assert again.recognised["annotations"] == count and not again.added["annotations"]
    project.close()
    return calls[0]


def test_queries_do_not_grow_with_the_annotations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = _round_trips(tmp_path, 50, monkeypatch)
    large = _round_trips(tmp_path, 1000, monkeypatch)
    assert large - small <= 5, (small, large)
