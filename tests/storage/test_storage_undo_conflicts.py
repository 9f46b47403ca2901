"""Undo and redo never overwrite what another program (another connection) wrote since.

Each test has two connections to one file: ``mine`` does an action, ``theirs``
(the command line, a worker thread) changes the same records; undoing ``mine``
then raises UndoConflict and changes nothing. Without a conflict, undo works
as before, for single rows and for many-row actions (merges, imports).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotary.domain.errors import AnnotaryError, UndoConflict
from annotary.services import annotating, codebook, history, importing, searching, speakers
from annotary.services import articles as article_service
from annotary.services.project import Project, open_project
from helpers import add_article, new_project


@pytest.fixture
def mine(tmp_path: Path) -> Project:
    project = new_project(tmp_path)
    yield project  # type: ignore[misc]
    project.close()


@pytest.fixture
def theirs(mine: Project) -> Project:
    other = open_project(mine.path, coder="bo")
    yield other  # type: ignore[misc]
    other.close()


def dump(path: Path) -> list[str]:
    """Every row of the file, read by a connection of its own."""
    conn = sqlite3.connect(str(path))
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def refused(
    project: Project, undo: history.Inverse, what: str = "'Tag passage'", redo: bool = False
) -> str:
    before = dump(project.path)
    with pytest.raises(UndoConflict) as info:
        history.revert(project, undo, what, redo=redo)
    assert dump(project.path) == before, "a refused undo changes nothing"
    assert not project.store.conn.in_transaction
    return str(info.value)


def test_undo_of_a_note_edit_after_another_program_edited_it_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20).value
    edit = annotating.update(mine, note.id, note="mine")
    annotating.update(theirs, note.id, note="theirs")

    message = refused(mine, edit.undo)
    assert message == "can't undo 'Tag passage': another program has changed those records since"
    assert isinstance(UndoConflict(message), AnnotaryError)
    assert annotating.get(mine, note.id).note == "theirs"


def test_undo_after_another_program_deleted_the_record_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20).value
    edit = annotating.update(mine, note.id, note="mine")
    annotating.delete(theirs, [note.id])

    refused(mine, edit.undo)
    assert annotating.for_article(mine, article.id) == []


def test_undo_of_a_delete_after_another_program_reused_the_row_puts_it_back_beside(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20, note="mine").value
    gone = annotating.delete(mine, [note.id])
    made = annotating.create(theirs, article.id, "quote", 30, 50).value  # takes the freed row
    assert row_id(mine, made.id) == row_id_before(gone, "annotations")

    redo = history.revert(mine, gone.undo, "'Delete annotation'")
    back = annotating.get(mine, note.id)
    assert (back.start, back.end, back.note) == (0, 20, "mine")
    assert annotating.get(mine, made.id).kind == "quote", "their record is untouched"
    assert row_id(mine, note.id) != row_id(mine, made.id)

    history.revert(mine, redo.undo, "'Delete annotation'", redo=True)  # redo deletes mine again
    assert [a.id for a in annotating.for_article(mine, article.id)] == [made.id]


def test_undo_of_a_delete_after_another_program_made_the_same_record_again_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20).value
    conn = sqlite3.connect(str(mine.path))
    (values,) = conn.execute("SELECT * FROM annotations WHERE id = ?", (note.id,)).fetchall()
    gone = annotating.delete(mine, [note.id])
    with conn:  # a script writes the same record (same id) back, in the freed row
        conn.execute(f"INSERT INTO annotations VALUES ({', '.join('?' * len(values))})", values)
    conn.close()

    refused(mine, gone.undo)
    assert [a.id for a in annotating.for_article(mine, article.id)] == [note.id]


def row_id(project: Project, record_id: str, table: str = "annotations") -> int:
    (row,) = project.store.query(f"SELECT rowid FROM {table} WHERE id = ?", (record_id,))
    return int(row[0])


def row_id_before(change: history.Inverse | object, table: str) -> int:
    undo = change.undo  # type: ignore[attr-defined]
    (rowid,) = {r for t, r, _ in undo.expected if t == table}
    return int(rowid)


def test_undo_that_would_cascade_into_another_programs_records_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    made = annotating.annotate_text(
        mine, article.id, "passage", "Li Hongzhong", theme_names=["Ports"]
    )
    theirs_note = annotating.annotate_text(
        theirs, article.id, "passage", "harbour authority", theme_names=["Ports"]
    ).value
    # Undoing would delete the theme "Ports", and with it their tag on their passage.
    refused(mine, made.undo)
    assert annotating.get(mine, theirs_note.id).themes == annotating.get(mine, made.value.id).themes


def test_undo_after_another_program_removed_a_record_it_refers_to_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    speaker = speakers.create(mine, "Li Hongzhong").value
    note = annotating.create(mine, article.id, "quote", 0, 20, speaker=speaker.id).value
    gone = annotating.delete(mine, [note.id])
    article_service.delete(theirs, [article.id])

    refused(mine, gone.undo)
    assert article_service.summaries(mine) == []


def test_redo_after_another_program_changed_the_record_is_refused(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20).value
    edit = annotating.update(mine, note.id, note="mine")
    redo = history.revert(mine, edit.undo, "'Edit note'")
    assert annotating.get(mine, note.id).note is None
    annotating.update(theirs, note.id, note="theirs")

    message = refused(mine, redo.undo, "'Edit note'", redo=True)
    assert message.startswith("can't redo 'Edit note': another program")
    assert annotating.get(mine, note.id).note == "theirs"


def test_undo_of_an_inverse_made_on_another_connection_checks_too(
    mine: Project, theirs: Project
) -> None:
    """A worker thread's action is undone on the window's connection."""
    article = add_article(mine)
    note = annotating.create(theirs, article.id, "passage", 0, 20).value
    edit = annotating.update(theirs, note.id, note="worker")
    annotating.update(theirs, note.id, note="later")
    refused(mine, edit.undo)


# ---- no conflict: undo works as before -------------------------------------------------------


def test_undo_works_when_another_program_changed_other_records(
    mine: Project, theirs: Project
) -> None:
    article = add_article(mine)
    note = annotating.create(mine, article.id, "passage", 0, 20).value
    other = annotating.create(theirs, article.id, "quote", 30, 50).value
    edit = annotating.update(mine, note.id, note="mine")
    annotating.update(theirs, other.id, note="theirs")

    redo = history.revert(mine, edit.undo)
    assert annotating.get(mine, note.id).note is None
    assert annotating.get(mine, other.id).note == "theirs"
    history.revert(mine, redo.undo)
    assert annotating.get(mine, note.id).note == "mine"


def test_undo_of_merges_and_imports_with_another_writer_elsewhere(
    mine: Project, theirs: Project, tmp_path: Path
) -> None:
    article = add_article(mine)
    a = codebook.create(mine, "Economy").value
    b = codebook.create(mine, "Economics").value
    tagged = annotating.create(mine, article.id, "passage", 0, 20, themes=[b.id]).value
    merged = codebook.merge(mine, b.id, a.id)
    li = speakers.create(mine, "Li Hongzhong").value
    li2 = speakers.create(mine, "the Party secretary").value
    quote = annotating.create(mine, article.id, "quote", 30, 50, speaker=li2.id).value
    joined = speakers.merge(mine, li2.id, li.id)
    files = []
    for i in range(3):
        f = tmp_path / f"story{i}.txt"
        f.write_text(f"Story {i}\n\nThe council met on day {i} to discuss the harbour.")
        files.append(f)
    imported = importing.import_files(mine, files)
    assert len(article_service.summaries(mine)) == 4
    # another program, other rows (a new theme could take the merged theme's freed row id)
    elsewhere = annotating.create(theirs, article.id, "passage", 60, 80, note="theirs").value

    history.revert(mine, imported.undo)
    assert len(article_service.summaries(mine)) == 1
    redo = history.revert(mine, joined.undo)
    assert annotating.get(mine, quote.id).speaker == li2.id
    history.revert(mine, merged.undo)
    assert annotating.get(mine, tagged.id).themes == (b.id,)
    history.revert(mine, redo.undo)
    assert annotating.get(mine, quote.id).speaker == li.id
    assert annotating.get(mine, elsewhere.id).note == "theirs"


def test_undo_of_an_article_delete_after_its_row_was_reused_finds_both_in_search(
    mine: Project, theirs: Project
) -> None:
    add_article(mine, "Dredging of the old harbour begins in spring.", title="Dredging")
    article = add_article(mine, "The ferry timetable changes on Monday.", title="Ferry")
    gone = article_service.delete(mine, [article.id])
    other = add_article(theirs, "Tram works close the bridge.", title="Tram")
    assert row_id(mine, other.id, "articles") == row_id_before(gone, "articles")

    history.revert(mine, gone.undo, "undo 'Delete article'")
    assert {s.id for s in article_service.summaries(mine)} >= {article.id, other.id}
    assert [h.article for h in searching.search(mine, "timetable")] == [article.id]
    assert [h.article for h in searching.search(mine, "bridge")] == [other.id]
