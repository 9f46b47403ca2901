"""A quote in several parts: segments added, removed, undone, stored and re-anchored."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.services import annotating
from annotary.services import articles as article_service
from annotary.services.history import revert
from helpers import add_article, new_project

SPLIT = (
    "The mayor spoke at the harbour on Monday. "
    "“We will open the new ferry terminal in May,” Mayor Ilse Brandt said. "
    "“Nobody will wait in the rain again.” Critics were not convinced."
)
FIRST = "“We will open the new ferry terminal in May,”"
ATTRIBUTION = " Mayor Ilse Brandt said. "
SECOND = "“Nobody will wait in the rain again.”"


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def segment_rows(project: object, annotation_id: str) -> list[tuple[int, int, int, str]]:
    conn = project.store.conn  # type: ignore[attr-defined]
    return [
        tuple(r)
        for r in conn.execute(
            "SELECT position, start_offset, end_offset, exact FROM annotation_segments "
            "WHERE annotation_id = ? ORDER BY position",
            (annotation_id,),
        )
    ]


def test_a_split_quote_is_one_annotation_in_two_segments(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create(project, article.id, "quote", *span(SPLIT, FIRST)).value
    added = annotating.add_segment(project, quote.id, *span(SPLIT, SECOND))
    stored = annotating.get(project, quote.id)
    assert [s.exact for s in stored.segments] == [FIRST, SECOND]
    assert ATTRIBUTION not in stored.joined_exact
    assert stored.joined_exact == f"{FIRST} … {SECOND}"
    # The span runs from the first part's start to the second part's end.
    assert (stored.start, stored.end) == (span(SPLIT, FIRST)[0], span(SPLIT, SECOND)[1])
    assert stored.exact == SPLIT[stored.start : stored.end]
    assert stored.length == len(FIRST) + len(SECOND)
    # Each segment has its own context.
    assert stored.segments[1].prefix.endswith(ATTRIBUTION)
    assert stored.modified >= quote.modified
    assert segment_rows(project, quote.id) == [
        (0, *span(SPLIT, FIRST), FIRST),
        (1, *span(SPLIT, SECOND), SECOND),
    ]
    # One undo step takes the second part away again; redo puts it back.
    redo = revert(project, added.undo).undo
    assert [s.exact for s in annotating.get(project, quote.id).segments] == [FIRST]
    assert segment_rows(project, quote.id) == [(0, *span(SPLIT, FIRST), FIRST)]
    revert(project, redo)
    assert len(annotating.get(project, quote.id).segments) == 2


def test_removing_a_segment_and_never_the_last(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create_segments(
        project, article.id, "quote", [span(SPLIT, SECOND), span(SPLIT, FIRST)]
    ).value
    assert [s.exact for s in quote.segments] == [FIRST, SECOND]  # put in text order
    removed = annotating.remove_segment(project, quote.id, 0)
    left = annotating.get(project, quote.id)
    assert [s.exact for s in left.segments] == [SECOND]
    assert (left.start, left.end, left.exact) == (*span(SPLIT, SECOND), SECOND)
    with pytest.raises(InvalidInputError, match="only segment"):
        annotating.remove_segment(project, quote.id, 0)
    revert(project, removed.undo)
    assert [s.exact for s in annotating.get(project, quote.id).segments] == [FIRST, SECOND]


def test_a_segment_over_an_existing_one_joins_it(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    start, end = span(SPLIT, FIRST)
    quote = annotating.create(project, article.id, "quote", start, end - 10).value
    grown = annotating.add_segment(project, quote.id, end - 12, end).value
    assert [s.exact for s in grown.segments] == [FIRST]
    with pytest.raises(InvalidInputError, match="blank"):
        annotating.add_segment(project, quote.id, end, end + 1)  # a space
    with pytest.raises(InvalidInputError, match="outside"):
        annotating.add_segment(project, quote.id, len(SPLIT), len(SPLIT) + 4)


def test_deleting_a_quote_deletes_its_segments_and_undo_restores_them(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create_segments(
        project, article.id, "quote", [span(SPLIT, FIRST), span(SPLIT, SECOND)]
    ).value
    gone = annotating.delete(project, [quote.id])
    assert segment_rows(project, quote.id) == []
    revert(project, gone.undo)
    assert annotating.get(project, quote.id) == quote


def test_each_segment_is_reanchored_after_an_edit(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create_segments(
        project, article.id, "quote", [span(SPLIT, FIRST), span(SPLIT, SECOND)]
    ).value
    # Text inserted before the quote and inside the attribution moves both parts
    # by different amounts.
    edited = ("BREAKING: " + SPLIT).replace(
        " Mayor Ilse Brandt said.", " the mayor, Ilse Brandt, said."
    )
    report = article_service.replace_text(project, article.id, edited).value
    assert report.moved == 1 and report.orphaned == 0
    moved = annotating.get(project, quote.id)
    assert moved.status == "anchored"
    assert [edited[s.start : s.end] for s in moved.segments] == [FIRST, SECOND]
    assert moved.exact == edited[moved.start : moved.end]
    assert [(s.start, s.end) for s in moved.segments] == [span(edited, FIRST), span(edited, SECOND)]


def test_a_quote_is_orphaned_when_one_of_its_segments_is_gone(tmp_path: Path) -> None:
    """Keeping the part that was found and dropping the other would change what was
    quoted without telling: the whole quote is orphaned, both parts kept as they were."""
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create_segments(
        project, article.id, "quote", [span(SPLIT, FIRST), span(SPLIT, SECOND)]
    ).value
    edited = SPLIT.replace(SECOND, "He left without taking questions.")
    report = article_service.replace_text(project, article.id, edited).value
    assert report.orphaned == 1
    kept = annotating.get(project, quote.id)
    assert kept.status == "orphaned"
    assert [s.exact for s in kept.segments] == [FIRST, SECOND]
    assert all(0 <= s.start < s.end <= len(edited) for s in kept.segments)


def test_a_multi_segment_quote_in_a_text_cut_short_stays_inside_it(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create_segments(
        project, article.id, "quote", [span(SPLIT, FIRST), span(SPLIT, SECOND)]
    ).value
    short = "The mayor spoke at the harbour."
    article_service.replace_text(project, article.id, short)
    kept = annotating.get(project, quote.id)
    assert kept.status == "orphaned" and len(kept.segments) == 2
    assert all(0 <= s.start < s.end <= len(short) for s in kept.segments)


def test_a_segment_change_shows_in_the_versions_the_window_watches(tmp_path: Path) -> None:
    """Another program adding a part must be seen by an open window, which compares the
    ids and modification times of the covering index (annotations_versions)."""
    project = new_project(tmp_path)
    article = add_article(project, SPLIT)
    quote = annotating.create(project, article.id, "quote", *span(SPLIT, FIRST)).value
    before = annotating.versions(project, article.id)
    time.sleep(0.005)  # times are kept to the millisecond: let the clock move on
    annotating.add_segment(project, quote.id, *span(SPLIT, SECOND))
    after = annotating.versions(project, article.id)
    assert after.keys() == before.keys() and after[quote.id] > before[quote.id]
    plan = project.store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT id, modified FROM annotations WHERE article_id = ?",
        (article.id,),
    ).fetchall()
    assert any("annotations_versions" in str(row[-1]) for row in plan)
