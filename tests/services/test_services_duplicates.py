"""Near-duplicates: flagged at import, found in older projects, kept, hidden or merged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from duplicate_texts import SAME_TOPIC, WIRE, WIRE_EDITED, WIRE_ZH, WIRE_ZH_EDITED

from annotary.domain.errors import InvalidInputError
from annotary.services import annotating, duplicates, history, searching
from annotary.services import articles as article_service
from annotary.services.project import Project
from helpers import add_article, new_project


def _wire_pair(project: Project) -> tuple[str, str]:
    first = add_article(project, WIRE, "Council votes to close ferry terminal", outlet="Ledger")
    second = add_article(
        project, WIRE_EDITED, "Ferry terminal to close", outlet="Courier", published="2025-03-04"
    )
    return first.id, second.id


def _annotate(project: Project, article_id: str, text: str, words: str, kind: str) -> str:
    start = text.index(words)
    return annotating.create(project, article_id, kind, start, start + len(words)).value.id


def _rows(project: Project, sql: str, *params: object) -> list[sqlite3.Row]:
    return project.store.query(sql, params)


def test_a_near_duplicate_is_imported_flagged_and_grouped(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    other = add_article(project, SAME_TOPIC, "Ferry terminal: a sad day").id
    [group] = duplicates.groups(project)
    assert [m.article_id for m in group.members] == [first, second]
    assert all(m.state == "flagged" and m.similarity >= 0.9 for m in group.members)
    assert duplicates.similar_counts(project, [first, second, other]) == {first: 1, second: 1}
    assert article_service.count(project) == 3


def test_an_exact_duplicate_is_still_skipped(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, _ = _wire_pair(project)
    from annotary.formats.document import ImportedDocument
    from annotary.services import importing

    doc = ImportedDocument(title="Again", text=WIRE, source=b"", source_format="pasted")
    assert importing.store_document(project, doc).value == first
    assert article_service.count(project) == 2
    assert len(duplicates.groups(project)[0].members) == 2


def test_chinese_wire_copy_is_grouped_and_undoing_the_import_unflags_it(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    add_article(project, WIRE_ZH, "河港关闭老码头")
    from annotary.formats.document import ImportedDocument
    from annotary.services import importing

    doc = ImportedDocument(
        title="老码头将关闭", text=WIRE_ZH_EDITED, source=b"", source_format="pasted"
    )
    outcome = importing.store_document(project, doc)
    assert len(duplicates.groups(project)) == 1
    history.revert(project, outcome.undo)
    assert duplicates.groups(project) == []
    assert _rows(project, "SELECT count(*) AS n FROM article_signatures")[0]["n"] == 1


def test_a_scan_finds_near_duplicates_among_articles_imported_before(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    _forget_signatures(project)
    seen: list[tuple[int, int]] = []
    report = duplicates.scan(project, progress=lambda d, t, _n: seen.append((d, t))).value
    assert report.signed == 2 and report.flagged == 2 and not report.cancelled
    assert seen[-1] == (2, 2)
    assert [m.article_id for m in duplicates.groups(project)[0].members] == [first, second]
    assert duplicates.scan(project).value.signed == 0  # nothing left to compare


def _forget_signatures(project: Project) -> None:
    """As in a project from before signatures existed."""
    with project.store.write():
        project.store.execute("DELETE FROM near_duplicates")
        project.store.execute("DELETE FROM signature_buckets")
        project.store.execute("DELETE FROM article_signatures")


def test_a_cancelled_scan_keeps_what_it_finished(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _wire_pair(project)
    _forget_signatures(project)
    report = duplicates.scan(project, cancelled=lambda: True).value
    assert report.cancelled and report.signed == 0
    assert duplicates.groups(project) == []
    assert duplicates.scan(project).value.flagged == 2


def test_a_rescan_keeps_the_choices_made(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    duplicates.hide_others(project, duplicates.groups(project)[0].id, keep=first)
    assert duplicates.scan(project, rescan=True).value.signed == 2
    [group] = duplicates.groups(project)
    assert {m.article_id: m.state for m in group.members} == {first: "kept", second: "hidden"}


def test_hiding_the_others_leaves_them_out_of_the_library_and_search(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    group = duplicates.groups(project)[0]
    outcome = duplicates.hide_others(project, group.id, keep=second)
    assert {m.article_id: m.state for m in outcome.value.members} == {
        first: "hidden",
        second: "kept",
    }
    assert [s.id for s in article_service.summaries(project)] == [second]
    assert {s.id for s in article_service.summaries(project, include_hidden=True)} == {
        first,
        second,
    }
    hits = searching.search(project, "Okafor")
    assert [h.article for h in hits] == [second]
    assert article_service.count(project) == 1
    assert article_service.count(project, include_hidden=True) == 2  # still in the project
    shown = duplicates.show_all(project, group.id)
    assert {s.id for s in article_service.summaries(project)} == {first, second}
    history.revert(project, shown.undo)
    assert [s.id for s in article_service.summaries(project)] == [second]
    history.revert(project, outcome.undo)
    assert {m.state for m in duplicates.groups(project)[0].members} == {"flagged"}
    assert {s.id for s in article_service.summaries(project)} == {first, second}


def test_keep_all_answers_the_question(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _wire_pair(project)
    group = duplicates.keep_all(project, duplicates.groups(project)[0].id).value
    assert group.decided and {m.state for m in group.members} == {"kept"}


def test_merge_moves_every_annotation_onto_the_kept_article(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    kept_quote = _annotate(project, first, WIRE, "“Nobody asked us.”", "quote")
    same = _annotate(project, second, WIRE_EDITED, "“We cannot keep pouring money", "quote")
    close = _annotate(project, second, WIRE_EDITED, "2,400 passengers each day", "passage")
    lost = _annotate(project, second, WIRE_EDITED, "furious", "passage")
    before = _rows(project, "SELECT count(*) AS n FROM annotations")[0]["n"]

    group = duplicates.groups(project)[0]
    outcome = duplicates.merge(project, group.id, into=first)
    report = outcome.value
    assert report.kept == first and report.merged == (second,)
    assert (report.placed, report.orphaned) == (2, 1)  # the kept article's own stay

    rows = _rows(
        project, "SELECT id, article_id, start_offset, end_offset, exact, status FROM annotations"
    )
    assert len(rows) == before == 4
    assert {r["article_id"] for r in rows} == {first}
    by_id = {r["id"]: r for r in rows}
    for ident in (kept_quote, same, close):
        r = by_id[ident]
        assert r["status"] == "anchored"
        assert WIRE[r["start_offset"] : r["end_offset"]] == r["exact"]
    assert by_id[same]["exact"] == "“We cannot keep pouring money"
    assert by_id[lost]["status"] == "orphaned" and by_id[lost]["exact"] == "furious"
    assert article_service.count(project) == 1
    merged = duplicates.merged_into(project, first)
    assert [(m.merged_id, m.outlet, m.published) for m in merged] == [
        (second, "Courier", "2025-03-04")
    ]
    assert duplicates.groups(project) == []


def test_undoing_a_merge_brings_the_article_and_its_annotations_back(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    note = _annotate(project, second, WIRE_EDITED, "furious", "passage")
    outcome = duplicates.merge(project, duplicates.groups(project)[0].id)
    history.revert(project, outcome.undo)
    assert article_service.count(project) == 2
    row = _rows(project, "SELECT article_id, exact, status FROM annotations WHERE id = ?", note)
    assert tuple(row[0]) == (second, "furious", "anchored")
    assert len(duplicates.groups(project)[0].members) == 2
    assert duplicates.merged_into(project, first) == []
    assert [h.article for h in searching.search(project, "furious")] == [second]


def test_an_article_outside_the_group_cannot_be_kept(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _wire_pair(project)
    other = add_article(project, SAME_TOPIC, "Another").id
    with pytest.raises(InvalidInputError):
        duplicates.merge(project, duplicates.groups(project)[0].id, into=other)
    assert article_service.count(project) == 3


def test_hidden_near_duplicates_are_left_out_of_the_coder_comparison(tmp_path: Path) -> None:
    from annotary.services import agreement

    project = new_project(tmp_path)
    first, second = _wire_pair(project)
    for coder in ("amira", "ben"):
        project.coder = coder
        for article_id, text in ((first, WIRE), (second, WIRE_EDITED)):
            _annotate(project, article_id, text, "“We cannot keep pouring money", "passage")
    assert set(agreement.compare_coders(project).articles) == {first, second}
    duplicates.hide_others(project, duplicates.groups(project)[0].id, keep=first)
    assert agreement.compare_coders(project).articles == (first,)


def test_an_article_whose_text_was_replaced_is_compared_again(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first = add_article(project, WIRE, "Council closes ferry").id
    other = add_article(project, SAME_TOPIC, "A sad day").id
    assert duplicates.groups(project) == []
    article_service.replace_text(project, other, WIRE_EDITED)
    report = duplicates.scan(project).value
    assert report.signed == 1 and report.flagged == 2
    assert {m.article_id for m in duplicates.groups(project)[0].members} == {first, other}
