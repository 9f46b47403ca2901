"""The window and other programs on one project file, acting as a user does.

The command line writes while the window is open; the window shows it within a
second and loses nothing of its own. A busy project, a failing worker, quitting
while work runs and markup in names all end in one line, never a hang or a
traceback.
"""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from pathlib import Path

import pytest
from live_project import annotation_ids, cli, integrity, phrases, theme_names
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotary.services import annotating, articles, codebook, importing, speakers
from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.library.model import COUNT
from annotary.ui.safety import BUSY_MESSAGE, log_path


def select_text(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.reader.text().index(exact)
    window.reader.select_range(start, start + len(exact))
    window.reader.setFocus()
    return start, start + len(exact)


def tag_with_new_theme(qtbot, window, exact: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Select words in the reader, press T, type a new theme's name, Enter."""
    select_text(window, exact)
    QTest.keyClick(window.reader, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: isinstance(window.annotator.popup, ThemePicker))
    picker = window.annotator.popup
    QTest.keyClicks(picker.field, theme)
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.annotator.popup is None)


def library_count(window, article_id: str) -> str:  # type: ignore[no-untyped-def]
    row = window.library.model.row_of(article_id)
    return "" if row is None else str(window.library.model.index(row, COUNT).data() or "")


@pytest.fixture
def open_window(qtbot, app_window, sample_files):  # type: ignore[no-untyped-def]
    """The window with one sample article open (suggestions running as usual)."""
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    first = w.library.model.summary(0).id
    w.open_article(first)
    assert w.session.article_id == first
    return w


def close_failure_boxes(window) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    texts = []
    for box in window.findChildren(QMessageBox, "failureBox"):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


# ---- what other programs wrote --------------------------------------------------------------


def test_cli_annotations_show_up_and_nothing_is_lost(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    path = Path(w.ctx.project.path)
    article = w.session.article
    assert article is not None
    mine, theirs = phrases(article.text, 6)[:3], phrases(article.text, 6)[3:]

    cli_ids: set[str] = set()
    for exact in theirs:
        done = cli(path, "annotate", article.id, "--kind", "passage", "--text", exact)
        assert done.returncode == 0, done.stderr
    cli_ids = annotation_ids(path)
    assert len(cli_ids) == 3

    themes = ["Flood defences", "Budget fight", "Local voices"]
    for exact, theme in zip(mine, themes, strict=True):
        tag_with_new_theme(qtbot, w, exact, theme)
    qtbot.waitUntil(lambda: len(w.session.annotations) == 6, timeout=1500)
    qtbot.waitUntil(lambda: library_count(w, article.id) == "6", timeout=1500)
    shown = set(w.sidebar.model.annotation_ids())
    assert cli_ids <= shown and len(shown) == 6
    assert all(w.reader.highlight(i) is not None for i in cli_ids)
    assert not close_failure_boxes(w)

    w.close()
    assert len(annotation_ids(path)) == 6
    assert set(themes) <= theme_names(path)
    assert integrity(path) == "ok"


def test_counts_refresh_without_losing_the_selection_or_reloading_needlessly(
    qtbot, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    importing.import_files(w.ctx.project, sample_files)
    w.library.reload()
    first, second = w.library.model.summary(0), w.library.model.summary(1)
    w.open_article(first.id)
    assert w.watcher.poll() is False, "nothing changed: nothing is reloaded"

    exact = phrases(articles.get(w.ctx.project, second.id).text, 1)[0]
    done = cli(
        Path(w.ctx.project.path), "annotate", second.id, "--kind", "passage", "--text", exact
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: library_count(w, second.id) == "1", timeout=1500)
    assert w.session.article_id == first.id
    assert w.library.selected_article_ids() == [first.id]
    assert w.watcher.poll() is False


def test_an_edit_elsewhere_reads_only_the_records_it_changed(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Another program edits one note of the open article: the window shows it without
    reading every annotation of the article again (that froze a long article's window)."""
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article_id = w.session.article_id
    exacts = phrases(w.session.article.text, 3)
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    made = [annotating.create(other, article_id, "passage", *_span(w, e)).value for e in exacts]
    w.watcher.poll()
    qtbot.waitUntil(lambda: all(m.id in w.session.annotations for m in made), timeout=1500)

    def whole_article(*_a: object) -> None:
        raise AssertionError("read every annotation of the article for one edit")

    monkeypatch.setattr(annotating, "for_article", whole_article)
    annotating.update(other, made[1].id, note="checked against the minutes")
    annotating.delete(other, [made[2].id])
    other.close()
    seen: list[object] = []
    w.watcher.external_change.connect(seen.append)
    assert w.watcher.poll() is True, "a read of what changed began"
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    (changes,) = seen
    assert changes.annotations == {made[1].id}
    assert made[2].id in changes.removed
    assert w.session.annotations[made[1].id].note == "checked against the minutes"
    assert made[2].id not in w.session.annotations


def test_working_out_what_changed_never_reads_the_library_on_the_gui_thread(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Reading every article's summary takes about 0.4 s in a 10,000-article project: on
    the GUI thread, every commit by a script (or by the window's own workers) froze the
    window that long."""
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    readers: list[threading.Thread] = []
    real = articles.summaries

    def recorded(*args, **kwargs):  # type: ignore[no-untyped-def]
        if kwargs.get("ids") is None:  # every article (a refresh reads the changed ones)
            readers.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(articles, "summaries", recorded)
    article_id = w.session.article_id
    exact = phrases(w.session.article.text, 1)[0]
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    made = annotating.create(other, article_id, "passage", *_span(w, exact)).value
    other.close()
    qtbot.waitUntil(lambda: made.id in w.session.annotations, timeout=5000)
    assert any(h.id == made.id for h in w.reader.highlights())
    assert library_count(w, article_id) == "1"
    assert readers, "the library was read to find what changed"
    assert threading.main_thread() not in readers


def test_an_edit_made_in_the_window_while_a_change_is_read_stays(
    qtbot, open_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The window's own annotation, made after a read of another program's change began,
    is not taken for one that program removed."""
    from annotary.services.project import open_project
    from annotary.ui import watcher

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    w.watcher.stop()
    release = threading.Event()
    real = watcher._read

    def held(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = real(*args, **kwargs)
        release.wait(timeout=10)  # what the read found is older than the window's edit
        return found

    monkeypatch.setattr(watcher, "_read", held)
    article_id = w.session.article_id
    first, second = phrases(w.session.article.text, 2)
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    theirs = annotating.create(other, article_id, "passage", *_span(w, first)).value
    other.close()
    assert w.watcher.poll() is True
    tag_with_new_theme(qtbot, w, second, "Mine")  # the window's edit, meanwhile
    mine = next(a for a in w.session.annotations.values() if a.id != theirs.id)
    assert w.watcher.reading
    release.set()
    qtbot.waitUntil(lambda: not w.watcher.reading, timeout=5000)
    qtbot.waitUntil(lambda: theirs.id in w.session.annotations, timeout=5000)
    assert mine.id in w.session.annotations
    assert {h.id for h in w.reader.highlights()} >= {mine.id, theirs.id}
    assert annotation_ids(Path(w.ctx.project.path)) == {mine.id, theirs.id}


def _span(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.session.article.text.index(exact)
    return start, start + len(exact)


def test_article_deleted_elsewhere_closes_with_a_message(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    w = open_window
    article_id = w.session.article_id
    conn = sqlite3.connect(str(w.ctx.project.path), timeout=10)  # a script deletes it
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    conn.close()
    qtbot.waitUntil(lambda: w.session.article is None, timeout=1500)
    assert w.reader.article() is None
    assert "deleted" in w.statusBar().currentMessage()
    assert w.library.model.row_of(article_id) is None


def test_new_text_from_elsewhere_shows_at_the_same_place(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = open_window
    w.resize(1300, 500)
    qtbot.waitUntil(lambda: w.reader.verticalScrollBar().maximum() > 0)
    w.reader.set_reading_position(0.5)
    qtbot.wait(500)  # the restore of the saved position is over
    w.reader.set_reading_position(0.5)
    before = w.reader.reading_position()
    article = w.session.article
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    articles.replace_text(other, article.id, article.text.replace("the", "THE", 1))
    other.close()
    qtbot.waitUntil(lambda: "THE" in w.reader.text(), timeout=1500)
    qtbot.wait(600)
    assert w.session.article_id == article.id
    assert abs(w.reader.reading_position() - before) < 0.05


def test_sidebar_keeps_its_scroll_and_selection_when_others_write(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = open_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article = w.session.article
    other = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    for i in range(60):
        annotating.create(other, article.id, "passage", i * 20, i * 20 + 10, note=f"n{i}")
    qtbot.waitUntil(lambda: len(w.sidebar.model.annotation_ids()) == 60, timeout=1500)
    bar = w.sidebar.tree.verticalScrollBar()
    assert bar.maximum() > 0
    ids = w.sidebar.model.annotation_ids()
    w.sidebar.select_annotation(ids[30])
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    annotating.create(other, article.id, "passage", 2000, 2010, note="late")
    other.close()
    qtbot.waitUntil(lambda: len(w.sidebar.model.annotation_ids()) == 61, timeout=1500)
    assert w.sidebar.selected_ids() == [ids[30]]
    assert abs(bar.value() - kept) <= 2


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


# ---- workers that fail, quitting while they run ---------------------------------------------


@pytest.mark.parametrize(
    "error",
    [
        UnicodeEncodeError("utf-8", "caf\udce9.txt", 3, 4, "surrogates not allowed"),
        sqlite3.OperationalError("disk I/O error"),
        MemoryError(),
    ],
    ids=["unicode", "sqlite", "memory"],
)
def test_a_failing_import_ends_busy_and_says_one_line(  # type: ignore[no-untyped-def]
    qtbot, app_window, sample_files, monkeypatch, error
) -> None:
    from PySide6.QtWidgets import QMessageBox

    w = app_window

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise error

    monkeypatch.setattr(importing, "import_files", broken)
    w.files.import_paths(sample_files[:1])
    assert w.files.busy
    qtbot.waitUntil(lambda: not w.files.busy, timeout=5000)
    boxes = [b for b in w.findChildren(QMessageBox, "failureBox") if b.isVisible()]
    assert len(boxes) == 1
    first_line = boxes[0].text().splitlines()[0]
    assert first_line.startswith("Import articles failed:") and "Traceback" not in boxes[0].text()
    assert "nothing was changed" in first_line
    boxes[0].close()
    if not isinstance(error, sqlite3.OperationalError | UnicodeEncodeError | MemoryError):
        return
    assert type(error).__name__ in log_path().read_text(encoding="utf-8")


def test_failing_suggestions_end_their_busy_state(
    qtbot, app_window, sample_files, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import suggesting

    def broken(*_a, **_k):  # type: ignore[no-untyped-def]
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(suggesting, "suggest", broken)
    w = app_window
    importing.import_files(w.ctx.project, sample_files[:1])
    w.library.reload()
    w.open_article(w.library.model.summary(0).id)
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=5000)
    message = w.suggestions.section.empty.text()
    assert message.startswith("Suggestions failed:") and "RuntimeError" in message
    assert "\n" not in message


def test_last_resort_hook_shows_one_line_and_logs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from annotary.ui.safety import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    said: list[str] = []
    install_excepthook(said.append)
    try:
        raise ValueError("a slot went wrong")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(said) == 1 and "\n" not in said[0] and "ValueError" in said[0]
    assert "a slot went wrong" in log_path().read_text(encoding="utf-8")


# ---- markup in names ------------------------------------------------------------------------


def test_names_with_markup_are_shown_as_written(qtbot, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    from annotary.services.project import open_project

    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    project = open_project(w.ctx.project.path, coder="script", backup_on_open=False)
    importing.import_files(project, sample_files[:1])
    article = articles.summaries(project)[0]
    text = articles.get(project, article.id).text
    exact = phrases(text, 1)[0]
    start = text.index(exact)
    person = speakers.create(project, "<b>x</b>").value
    theme = codebook.create(project, '<img src="file:///etc/passwd">').value
    note = annotating.create(
        project,
        article.id,
        "quote",
        start,
        start + len(exact),
        speaker=person.id,
        themes=[theme.id],
    ).value
    articles.update_metadata(project, article.id, title="<i>Slanted</i> news")
    project.close()  # another program wrote all this: the window picks it up
    qtbot.waitUntil(lambda: w.library.model.row_of(article.id) is not None, timeout=1500)
    w.open_article(article.id)
    qtbot.waitUntil(lambda: note.id in w.sidebar.model.annotation_ids())

    tip = w.sidebar.model.index_of(note.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;x&lt;/b&gt;" in tip and "<b>x</b>" not in tip
    assert "<img" not in tip
    row = w.library.model.row_of(article.id)
    title_tip = w.library.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;i&gt;Slanted" in title_tip and "<i>" not in title_tip
    from annotary.ui.richtext import plain_tip

    assert plain_tip("plain words") == "plain words"
    assert plain_tip("<b>a</b>\nb") == "<qt>&lt;b&gt;a&lt;/b&gt;<br>b</qt>"


def test_the_window_keeps_a_backup_in_the_background(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    qtbot.waitUntil(lambda: w.backups.runs >= 1, timeout=10_000)
    assert w.backups.timer.isActive()
