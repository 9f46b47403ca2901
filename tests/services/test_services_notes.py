"""A note on an article and the project's memo: stored, undoable, found by the search."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.domain.errors import LimitExceeded, NotFoundError
from annotary.services import history, notes
from annotary.services.project import open_project
from annotary.services.searching import search
from helpers import add_article, new_project


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = new_project(tmp_path)
    yield p
    p.close()


def test_an_article_note_is_kept_in_the_file_and_found_by_the_search(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    ferry = add_article(project, "The council voted to expand the ferry service.", title="Ferries")
    add_article(project, "港口将于周一重新开放。", title="港口")
    notes.set_article_note(project, ferry.id, "Compare with the levee story; 防洪 angle")
    project.close()

    again = open_project(tmp_path / "test.annotary")
    assert notes.article_note(again, ferry.id) == "Compare with the levee story; 防洪 angle"
    (hit,) = search(again, "levee")
    assert (hit.article, hit.matched, hit.annotation) == (ferry.id, "article-note", None)
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "levee"
    (hit,) = search(again, "防洪")
    assert hit.article == ferry.id
    assert [h.matched for h in search(again, "ferry")] == ["text"], "an article is listed once"
    again.close()


def test_the_memo_is_found_only_when_the_caller_shows_it(project) -> None:  # type: ignore[no-untyped-def]
    add_article(project, "Nothing about boats.", title="Other")
    notes.set_memo(project, "Research question: who speaks about ports?\nSecond line.")
    assert notes.memo(project).startswith("Research question")
    assert search(project, "ports") == []
    (hit,) = search(project, "ports", include_memo=True)
    assert (hit.matched, hit.article) == ("memo", "")
    assert "ports" in hit.snippet


def test_notes_undo_and_redo_like_any_change(project) -> None:  # type: ignore[no-untyped-def]
    article = add_article(project, "The council voted.", title="Vote")
    first = notes.set_article_note(project, article.id, "first")
    second = notes.set_article_note(project, article.id, "second")
    redo = history.revert(project, second.undo).undo
    assert notes.article_note(project, article.id) == "first"
    history.revert(project, redo)
    assert notes.article_note(project, article.id) == "second"
    history.revert(project, second.undo)
    history.revert(project, first.undo)
    assert notes.article_note(project, article.id) == ""
    memo = notes.set_memo(project, "a memo")
    history.revert(project, memo.undo)
    assert notes.memo(project) == ""


def test_a_blank_note_removes_it_and_bad_input_changes_nothing(project) -> None:  # type: ignore[no-untyped-def]
    article = add_article(project, "The council voted.", title="Vote")
    notes.set_article_note(project, article.id, "keep")
    notes.set_article_note(project, article.id, "   \n")
    assert notes.article_note(project, article.id) == ""
    notes.set_article_note(project, article.id, "keep")
    with pytest.raises(NotFoundError):
        notes.set_article_note(project, "no-such-article", "x")
    with pytest.raises(LimitExceeded):
        notes.set_article_note(project, article.id, "x" * (notes.MAX_NOTE_CHARS + 1))
    assert notes.article_note(project, article.id) == "keep"


def test_deleting_an_article_removes_its_note(project) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import articles

    article = add_article(project, "The council voted.", title="Vote")
    notes.set_article_note(project, article.id, "gone with it")
    articles.delete(project, [article.id])
    assert search(project, "gone") == []
