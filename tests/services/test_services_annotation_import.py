"""Importing another coder's annotation file, and the cancellable export."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.services import annotating, annotation_import, export_formats
from annotary.services.exporting import Scope
from helpers import REPORT, add_article, new_project


def _exported(tmp_path: Path) -> Path:
    """An Annotary JSON export of one article with one quote, by coder "jonas"."""
    other = new_project(tmp_path, "jonas.annotary", coder="jonas")
    article = add_article(other)
    start = REPORT.index("“")
    annotating.create(other, article.id, "quote", start, start + 20)
    target = tmp_path / "jonas.json"
    steps: list[tuple[int, int, str]] = []
    summary = export_formats.write(
        export_formats.by_key("json"),
        other,
        target,
        Scope(),
        progress=lambda done, total, item: steps.append((done, total, item)),
    )
    assert summary is not None and "annotation" in summary
    assert steps[0][0] == 0 and steps[-1][0] == steps[-1][1], "progress runs from 0 to the end"
    other.close()
    return target


def test_an_annotation_file_merges_as_one_undoable_outcome(tmp_path: Path) -> None:
    export = _exported(tmp_path)
    project = new_project(tmp_path)
    told: list[str] = []

    outcome = annotation_import.import_annotations(
        project, export, progress=lambda _d, _t, item: told.append(item)
    )

    assert told == ["jonas.json"]
    assert outcome.value.added and outcome.undo
    (article,) = outcome.changes.articles
    assert [a.coder for a in annotating.for_article(project, article)] == ["jonas"]


def test_a_broken_file_names_itself_and_changes_nothing(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "annotary", "version": 1, "articles": [{"id": 7}]}', "utf-8")
    with pytest.raises(InvalidInputError, match=r"broken\.json"):
        annotation_import.import_annotations(project, broken)
    with pytest.raises(InvalidInputError, match="no such file"):
        annotation_import.import_annotations(project, tmp_path / "missing.json")
    assert annotation_import.kind_of(Path("a.QDPX")) == "refiqda"
    assert annotation_import.kind_of(broken) == "json"


def test_a_cancelled_export_leaves_an_earlier_file_alone(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    add_article(project)
    target = tmp_path / "keep.json"
    target.write_text("earlier export", "utf-8")
    asked: list[int] = []

    def cancelled() -> bool:  # Cancel arrives while the file is being written
        asked.append(1)
        return len(asked) > 1

    fmt = export_formats.by_key("json")
    assert export_formats.write(fmt, project, target, Scope(), None, cancelled) is None
    assert target.read_text("utf-8") == "earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep.json")] == []
