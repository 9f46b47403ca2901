"""Undo beside other programs writing the same project, and a busy project, acting as a
user does: an undo that would overwrite another program's work is refused in one
line with nothing changed; one that needs only a fresh row id works; a project
another program holds busy fails fast in one line, then works.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from live_project import annotation_ids, cli, integrity, phrases, theme_names
from live_window import close_failure_boxes, select_text, tag_with_new_theme
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotary.services import annotating, importing
from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.safety import BUSY_MESSAGE


def test_a_restore_clears_the_undo_history(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    tag_with_new_theme(qtbot, w, phrases(w.session.article.text, 1)[0], "Kept")
    assert w.ctx.undo_stack.count() == 1
    conn = sqlite3.connect(str(w.ctx.project.path), timeout=10)
    with conn:
        conn.execute(
            "INSERT INTO project_meta(key, value) VALUES ('restored', 'r1') "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )
    conn.close()
    qtbot.waitUntil(lambda: w.ctx.undo_stack.count() == 0, timeout=1500)
    assert "restored" in w.statusBar().currentMessage()


def test_undo_after_another_program_reused_the_row_puts_it_back(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article = w.session.article
    first, other = phrases(article.text, 2)
    tag_with_new_theme(qtbot, w, first, "Mine")
    (note,) = annotating.for_article(w.ctx.project, article.id)
    w.annotator.delete([note.id])  # the window deletes it: undo would put its row back
    assert annotating.for_article(w.ctx.project, article.id) == []
    done = cli(
        Path(w.ctx.project.path), "annotate", article.id, "--kind", "passage", "--text", other
    )
    assert done.returncode == 0, done.stderr  # takes the freed row id
    qtbot.waitUntil(lambda: len(w.session.annotations) == 1, timeout=1500)

    w.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(w.session.annotations) == 2, timeout=1500)
    assert close_failure_boxes(w) == []
    after = annotating.for_article(w.ctx.project, article.id)
    assert sorted(a.exact for a in after) == sorted([first, other])
    assert [a.themes for a in after if a.id == note.id] == [note.themes]
    assert integrity(Path(w.ctx.project.path)) == "ok"


def table_rows(path: Path) -> list[tuple[object, ...]]:
    """Every user record of the file (a connection of its own), to show nothing changed."""
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return [
            (table, *row)
            for table in ("articles", "annotations", "annotation_themes", "themes", "speakers")
            for row in conn.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")
        ]
    finally:
        conn.close()


def test_undo_of_a_note_another_program_edited_since_is_refused_in_one_line(
    qtbot, open_window
) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    path = Path(w.ctx.project.path)
    article = w.session.article
    tag_with_new_theme(qtbot, w, phrases(article.text, 1)[0], "Mine")
    (note,) = annotating.for_article(w.ctx.project, article.id)
    w.annotator.set_note(note.id, "the window's note")  # the window edits the note
    stack = w.ctx.undo_stack
    assert stack.count() == 2 and "Edit note" in stack.undoText()

    other = sqlite3.connect(str(path), timeout=10)  # another program edits the same note
    with other:
        other.execute(
            "UPDATE annotations SET note = 'their note', modified = '2030-01-01T00:00:00Z' "
            "WHERE id = ?",
            (note.id,),
        )
    other.close()
    before = table_rows(path)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=1000)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "another program" in w.statusBar().currentMessage(), timeout=1000)
    texts = close_failure_boxes(w)
    assert len(texts) == 1 and "\n" not in texts[0] and "Traceback" not in texts[0]
    assert "can't undo 'Edit note': another program has changed those records since" in texts[0]
    assert table_rows(path) == before, "the refused undo changed nothing"
    assert annotating.get(w.ctx.project, note.id).note == "their note"
    # The step can never succeed: it is dropped; the one before it still undoes.
    qtbot.waitUntil(lambda: stack.count() == 1, timeout=1000)
    assert stack.canUndo() and not stack.canRedo()
    assert integrity(path) == "ok"


def test_undo_that_would_remove_a_theme_the_command_line_used_is_refused(
    qtbot, open_window
) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    path = Path(w.ctx.project.path)
    article = w.session.article
    mine, theirs = phrases(article.text, 2)
    tag_with_new_theme(qtbot, w, mine, "Shared theme")  # the window creates the theme
    done = cli(
        path, "annotate", article.id, "--kind", "passage", "--text", theirs,
        "--theme", "Shared theme",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: len(w.session.annotations) == 2, timeout=1500)
    before = table_rows(path)

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=1000)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "another program" in w.statusBar().currentMessage(), timeout=1000)
    texts = close_failure_boxes(w)
    assert len(texts) == 1 and "\n" not in texts[0] and "another program" in texts[0]
    assert table_rows(path) == before, "undoing would have untagged the command line's passage"
    assert "Shared theme" in theme_names(path) and len(annotation_ids(path)) == 2
    qtbot.waitUntil(lambda: w.ctx.undo_stack.count() == 0, timeout=1000)


# ---- a busy project ------------------------------------------------------------------------


def test_busy_project_fails_fast_in_one_line_then_works(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    path = Path(w.ctx.project.path)
    exact = phrases(w.session.article.text, 1)[0]
    before = annotation_ids(path)
    holder = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    holder.execute("PRAGMA busy_timeout = 10000")
    holder.execute("BEGIN IMMEDIATE")
    try:
        select_text(w, exact)
        QTest.keyClick(w.reader, Qt.Key.Key_T)
        qtbot.waitUntil(lambda: isinstance(w.annotator.popup, ThemePicker))
        picker = w.annotator.popup
        QTest.keyClicks(picker.field, "Contested")
        started = time.monotonic()
        QTest.keyClick(picker.field, Qt.Key.Key_Return)  # the action runs on the GUI thread
        elapsed = time.monotonic() - started
        assert elapsed < 1.0, f"the GUI thread waited {elapsed:.1f} s for the lock"
        qtbot.waitUntil(lambda: BUSY_MESSAGE in w.statusBar().currentMessage(), timeout=1000)
        texts = close_failure_boxes(w)
        assert texts and all("\n" not in t for t in texts)
        assert annotation_ids(path) == before
        assert "Contested" not in theme_names(path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    if w.annotator.popup is not None:
        w.annotator.popup.close()
    tag_with_new_theme(qtbot, w, exact, "Contested")
    assert len(annotation_ids(path)) == len(before) + 1
    assert "Contested" in theme_names(path)


def test_undo_while_busy_fails_in_one_line_and_can_be_tried_again(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    path = Path(w.ctx.project.path)
    tag_with_new_theme(qtbot, w, phrases(w.session.article.text, 1)[0], "Undone later")
    stack = w.ctx.undo_stack
    assert stack.canUndo()
    holder = sqlite3.connect(str(path), timeout=10, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        stack.undo()
        assert time.monotonic() - started < 1.0
        qtbot.waitUntil(lambda: BUSY_MESSAGE in w.statusBar().currentMessage(), timeout=1000)
        qtbot.waitUntil(stack.canUndo, timeout=1000)  # the step is still there to try again
        assert not stack.canRedo()
        assert len(annotation_ids(path)) == 1
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    close_failure_boxes(w)
    stack.undo()
    assert annotation_ids(path) == set()
    stack.redo()
    assert len(annotation_ids(path)) == 1


def test_search_runs_off_the_gui_thread_and_the_newest_query_wins(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    importing.import_files(w.ctx.project, sample_files)
    w.library.reload()
    box = w.library.search_box
    for word in ("river", "rates", "sandbags"):
        box.setText(word)
        w.library.run_search()
    assert w.library.searching  # returned at once, the results come later
    qtbot.waitUntil(lambda: not w.library.searching, timeout=5000)
    hits = w.library.results_model.hits()
    assert len(hits) == 1 and "Estmark" in hits[0].title
    qtbot.wait(200)  # older results that arrive late are dropped
    assert w.library.results_model.hits() == hits
