"""The codebook: moving, merging and deleting themes."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.services import annotating, codebook, history
from helpers import add_article, new_project


def _names(project, parent=None) -> list[str]:  # type: ignore[no-untyped-def]
    return [t.name for t in codebook.themes(project) if t.parent == parent]


def test_move_reorders_and_reparents_in_one_undo_step(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    a, b, c = (codebook.create(project, n).value for n in ("Economy", "Health", "Trust"))
    moved = codebook.move(project, c.id, None, 0)
    assert _names(project) == ["Trust", "Economy", "Health"]
    second = codebook.move(project, a.id, b.id, 0)
    assert _names(project) == ["Trust", "Health"] and _names(project, b.id) == ["Economy"]
    history.revert(project, second.undo)
    assert _names(project) == ["Trust", "Economy", "Health"]
    history.revert(project, moved.undo)
    assert _names(project) == ["Economy", "Health", "Trust"]


def test_a_theme_cannot_move_under_its_own_subtheme(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    parent = codebook.create(project, "Economy").value
    child = codebook.create(project, "Jobs", parent=parent.id).value
    with pytest.raises(InvalidInputError):
        codebook.move(project, parent.id, child.id, 0)


def test_delete_reports_what_it_affects(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    parent = codebook.create(project, "Economy").value
    child = codebook.create(project, "Jobs", parent=parent.id).value
    note = annotating.create(project, article.id, "passage", 0, 10, themes=[child.id]).value
    assert codebook.affected_by_delete(project, parent.id) == (1, 1)
    done = codebook.delete(project, parent.id)
    assert codebook.themes(project) == [] and annotating.get(project, note.id).themes == ()
    history.revert(project, done.undo)
    assert annotating.get(project, note.id).themes == (child.id,)
