"""The operations layer: one entry point runs every change, inline or in the background."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from annotary.domain.models import Annotation
from annotary.services import annotating, articles, importing
from annotary.services.project import Project
from annotary.ui.annotate.note_editor import NoteEditor
from annotary.ui.annotate.session import ArticleSession
from annotary.ui.annotate.speaker_picker import SpeakerPicker
from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.context import AppContext
from annotary.ui.operations import annotations as annotation_ops
from annotary.ui.operations.applied import Applied
from annotary.ui.operations.operation import Operation
from annotary.ui.operations.runner import OperationRunner

TEXT = (
    "Ferry fares in Vell rise by a third from June, the council said on Monday.\n\n"
    "“We cannot run the crossings at a loss any longer,” said Mayor Ilse Brandt."
)


@pytest.fixture
def ctx(qtbot, app_project):  # type: ignore[no-untyped-def]
    context = AppContext(app_project)
    yield context
    assert context.operations.shutdown(5000)


def _article(project: Project) -> str:
    made = importing.import_pasted(project, TEXT, "Ferry fares").value
    return made if isinstance(made, str) else made.id


def test_an_edit_runs_inline_as_one_undo_step_and_announces_what_it_made(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    article_id = _article(ctx.project)
    start = TEXT.index("“")
    applied: list[Applied] = []
    ctx.changed.connect(applied.append)

    running = ctx.operations.run(
        annotation_ops.create("Add quote", article_id, "quote", (start, len(TEXT)))
    )

    assert running.ok and isinstance(running.value, Annotation)
    note = running.value
    assert [a.id for a in annotating.for_article(ctx.project, article_id)] == [note.id]
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Add quote"
    (done,) = applied
    assert isinstance(done, Applied) and done.text == "Add quote"
    assert note.id in done.annotations and done.records == {note.id: note}  # not a re-read
    ctx.undo_stack.undo()
    assert annotating.for_article(ctx.project, article_id) == []


def test_the_open_article_takes_a_new_quote_from_the_operation_not_the_database(
    qtbot, app_window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    article_id = _article(w.ctx.project)
    w.library.reload()
    w.open_article(article_id)
    reads: list[str] = []
    real_read = ArticleSession._read
    monkeypatch.setattr(
        ArticleSession, "_read", lambda self, aid: reads.append(aid) or real_read(self, aid)
    )
    _select(w, "We cannot run the crossings at a loss any longer,")
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: isinstance(w.annotator.popup, SpeakerPicker))
    _finish_popup(qtbot, w)

    (note,) = annotating.for_article(w.ctx.project, article_id)
    assert w.sidebar.model.annotation_ids() == [note.id] and w.reader.highlight(note.id)
    assert reads == [], "the session used the record the operation returned"
    w.ctx.undo_stack.undo()  # an undo carries ids only: the session reads them back
    assert w.sidebar.model.annotation_ids() == [] and reads == [note.id]


def test_a_background_operation_reports_progress_and_stops_on_cancel(
    qtbot, ctx, app_window
) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, Any] = {}

    def job(project: Project, progress: Any, cancelled: Any) -> int:
        seen["thread"] = threading.get_ident()
        seen["own connection"] = project is not ctx.project
        for i in range(2000):
            if cancelled():
                return i
            progress(i, 2000, f"item {i}")
            time.sleep(0.002)
        return 2000

    op = Operation("Count", job, undoable=False).in_background("Counting")
    running = app_window.ctx.operations.run(op, app_window)
    dialog = app_window.findChild(QProgressDialog, "progressDialog")
    assert dialog is not None and not running.done, "the GUI thread is free meanwhile"
    qtbot.waitUntil(lambda: dialog.value() > 5 and "Counting:" in dialog.labelText())
    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: running.done, timeout=10_000)

    assert running.ok and 0 < running.value < 2000
    assert seen["thread"] != threading.get_ident() and seen["own connection"]
    assert app_window.ctx.operations.pool.running() == []


def test_a_failing_edit_is_told_once_and_changes_nothing(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    article_id = _article(w.ctx.project)
    before = articles.get(w.ctx.project, article_id)
    told: list[tuple[str, str]] = []
    w.ctx.failed.connect(lambda what, why: told.append((what, why)))

    running = w.ctx.operations.run(
        annotation_ops.create("Tag passage", article_id, "passage", (10, 10_000))
    )

    assert not running.ok and running.error
    assert told == [("Tag passage", f"{running.error} (nothing was changed)")]
    box = w.findChild(QMessageBox, "failureBox")
    assert box is not None and box.text().startswith("Tag passage failed:")
    assert "nothing was changed" in w.statusBar().currentMessage()
    assert annotating.for_article(w.ctx.project, article_id) == []
    assert articles.get(w.ctx.project, article_id) == before and w.ctx.undo_stack.count() == 0


def test_a_failing_background_operation_takes_the_same_path(qtbot, app_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    told: list[str] = []
    w.ctx.failed.connect(lambda what, _why: told.append(what))

    running = w.interchange.import_file(broken)
    assert running is not None
    qtbot.waitUntil(lambda: running.done, timeout=10_000)

    assert told == ["Import annotations from broken.json"]
    assert not w.files.busy and w.ctx.undo_stack.count() == 0
    assert articles.summaries(w.ctx.project) == []


# ---- every edit of the window goes through OperationRunner.run ------------------------------


class Observer:
    """A second connection that sees every commit to the project file, whoever made it."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path)

    def version(self) -> int:
        return int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._db.close()


def _finish_popup(qtbot, w) -> None:  # type: ignore[no-untyped-def]
    """Answer the picker a tag key opened, as a user would."""
    popup = w.annotator.popup
    if isinstance(popup, SpeakerPicker):
        QTest.keyClicks(popup.name_edit, "Ilse Brandt")
        QTest.keyClick(popup.name_edit, Qt.Key.Key_Return)
    elif isinstance(popup, ThemePicker):
        QTest.keyClicks(popup.field, "Fares")
        QTest.keyClick(popup.field, Qt.Key.Key_Return)
    elif isinstance(popup, NoteEditor):
        popup.edit.setPlainText("check the council minutes")
        popup.accept()
    qtbot.waitUntil(lambda: w.annotator.popup is None or not w.annotator.popup.isVisible())


def _select(w, exact: str) -> None:  # type: ignore[no-untyped-def]
    start = w.reader.text().index(exact)
    w.reader.select_range(start, start + len(exact))
    w.reader.setFocus()


def test_every_window_edit_goes_through_the_one_entry_point(
    qtbot, app_window, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    source = tmp_path / "fares.txt"
    more = (
        "\n\n“Nobody asked the islanders about any of this,” said Jonas Berg, a ferry worker."
        "\n\n“The timetable stays exactly as it is for now,” said Ilse Brandt."
    )
    source.write_text("Ferry fares\n\n" + TEXT + more, encoding="utf-8")
    calls: list[str] = []
    real_run = OperationRunner.run

    def recording(self: OperationRunner, op: Operation[Any], owner: Any = None) -> Any:
        calls.append(op.text)
        return real_run(self, op, owner)

    monkeypatch.setattr(OperationRunner, "run", recording)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Transport", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        "annotary.ui.library.file_ops.ask_paste", lambda _parent, text: ("Pasted", text)
    )
    observer = Observer(w.ctx.project.path)

    def key(widget: Any, k: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> Any:
        return lambda: QTest.keyClick(widget, k, mods)

    def tag(exact: str, k: Qt.Key, asks: bool = True) -> Any:
        def go() -> None:
            _select(w, exact)
            QTest.keyClick(w.reader, k)
            if asks:
                qtbot.waitUntil(lambda: w.annotator.popup is not None)
                _finish_popup(qtbot, w)

        return go

    def sidebar_delete() -> None:
        tree = w.sidebar.tree
        tree.setFocus()
        tree.selectAll()
        assert w.sidebar.selected_ids()
        QTest.keyClick(tree, Qt.Key.Key_Delete)

    def codebook_new() -> None:
        panel = w.show_panel("codebook")
        panel.new_action.trigger()

    def speakers_add() -> None:
        panel = w.show_panel("speakers")
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Jonas Berg", True))
        panel.add_action.trigger()

    def suggestion(k: Qt.Key) -> Any:
        def go() -> None:
            section = w.suggestions.section
            ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            QTest.keyClick(w, Qt.Key.Key_G, ctrl_shift)  # Annotate › Suggest Quotes
            qtbot.waitUntil(lambda: w.suggestions.idle and section.model.rowCount() > 0)
            section.list.setFocus()
            section.select_row(0)
            QTest.keyClick(section.list, k)

        return go

    def retitle() -> None:
        field = w.show_panel("metadata").edits["title"]
        field.setFocus()
        QTest.keyClicks(field, " from June")
        QTest.keyClick(field, Qt.Key.Key_Return)

    def paste() -> None:
        QGuiApplication.clipboard().setText("Buses in Vell run every ten minutes from May.")
        w.actions_["paste"].trigger()

    steps: list[tuple[str, Any]] = [
        ("Ctrl+I", key(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)),
        ("Q", tag("We cannot run the crossings at a loss any longer,", Qt.Key.Key_Q)),
        ("S", tag("Mayor Ilse Brandt", Qt.Key.Key_S)),
        ("T", tag("Ferry fares in Vell rise by a third", Qt.Key.Key_T)),
        ("N", tag("the council said on Monday", Qt.Key.Key_N)),
        ("1", tag("from June", Qt.Key.Key_1, asks=False)),
        ("Del in the annotations", sidebar_delete),
        ("Mark as Unread", w.actions_["mark_unread"].trigger),
        ("Mark as Read", w.actions_["mark_read"].trigger),
        ("Codebook › New theme", codebook_new),
        ("Speakers › Add", speakers_add),
        ("A in the suggestions", suggestion(Qt.Key.Key_A)),
        ("R in the suggestions", suggestion(Qt.Key.Key_R)),
        ("Article details › Title", retitle),
        ("Paste as New Article", paste),
        ("Delete Article", w.actions_["delete_article"].trigger),
    ]
    unchanged = []
    for name, step in steps:
        w.activateWindow()  # back to the window after the previous step's popup
        qtbot.waitUntil(w.isActiveWindow)
        version, made = observer.version(), len(calls)
        step()
        qtbot.waitUntil(lambda: not w.files.busy and not w.ctx.operations.pool.running())
        if observer.version() == version:
            unchanged.append(name)
        else:
            assert len(calls) > made, f"{name} changed the project outside the operations layer"
    observer.close()
    assert unchanged == [], "every step is an edit: the test must really drive each one"


def test_a_result_that_arrives_after_another_project_opened_is_not_undone_there(
    qtbot, app_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    article_id = _article(w.ctx.project)
    release = threading.Event()

    def job(project: Project, _progress: Any, _cancelled: Any) -> Any:
        release.wait(5)
        return articles.mark_read(project, article_id, True)

    running = w.ctx.operations.run(Operation("Mark read", job).in_background())
    assert w.files.switch_to(tmp_path / "second.annotary")
    release.set()
    qtbot.waitUntil(lambda: running.done, timeout=10_000)

    assert not running.ok and w.ctx.undo_stack.count() == 0
    assert w.ctx.project.path.name == "second.annotary"


def test_no_menu_action_writes_around_the_entry_point(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Every action of the menus and the toolbar, triggered in turn with its dialogs answered."""
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", False)
    article_id = _article(w.ctx.project)
    w.library.reload()
    w.open_article(article_id)
    calls: list[str] = []
    real_run = OperationRunner.run

    def recording(self: OperationRunner, op: Operation[Any], owner: Any = None) -> Any:
        calls.append(op.text)
        return real_run(self, op, owner)

    monkeypatch.setattr(OperationRunner, "run", recording)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    monkeypatch.setattr("annotary.ui.library.file_ops.ask_url", lambda _parent: None)
    monkeypatch.setattr(
        "annotary.ui.library.file_ops.ask_paste", lambda _parent, text: ("Pasted", text)
    )
    QGuiApplication.clipboard().setText("Buses in Vell run every ten minutes from May.")
    observer = Observer(w.ctx.project.path)
    skipped = {"quit", "undo", "redo"}  # closing the window; the undo stack's own replay
    wrote = []
    for key, action in list(w.actions_.items()):
        if key in skipped or not action.isEnabled():
            continue
        if w.reader.article() is not None:  # a few words selected for the Annotate menu
            w.reader.select_range(6, 18)
            w.reader.setFocus()
        version, made = observer.version(), len(calls)
        action.trigger()
        if w.annotator.popup is not None and w.annotator.popup.isVisible():
            _finish_popup(qtbot, w)
        qtbot.waitUntil(lambda: not w.files.busy and not w.ctx.operations.pool.running())
        if observer.version() != version:
            wrote.append(key)
            assert len(calls) > made, f"{key} changed the project outside the operations layer"
    observer.close()
    assert {"paste", "quote", "speaker", "passage", "mark_read", "delete_article"} <= set(wrote)
