"""The coder is asked once, on the first start, remembered, shown, and changed in Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotary.services import annotating, articles, importing
from annotary.ui.dialogs.coder import CoderDialog
from annotary.ui.dialogs.preferences import PreferencesDialog
from annotary.ui.operations import annotations as annotation_ops


def test_first_start_asks_the_coder_once_and_it_is_recorded(  # type: ignore[no-untyped-def]
    qtbot, app_window, sample_files, monkeypatch
) -> None:
    monkeypatch.delenv("ANNOTARY_CODER", raising=False)
    w = app_window
    assert w.settings.qsettings.value("coder") is None
    assert w.coder_label.text() == "Coder: tester" and w.coder_label.isVisible()

    dialog = w.ask_coder()
    assert isinstance(dialog, CoderDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.name.text() == "tester", "pre-filled with the name in use"
    assert dialog.name.hasFocus() or dialog.name.selectedText() == "tester"
    dialog.name.selectAll()
    QTest.keyClicks(dialog.name, "Mira Holm")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert w.settings.qsettings.value("coder") == "Mira Holm"
    assert w.ctx.project.coder == "Mira Holm"
    assert w.coder_label.text() == "Coder: Mira Holm"
    importing.import_files(w.ctx.project, sample_files[:1])
    (summary,) = articles.summaries(w.ctx.project)
    note = w.ctx.operations.run(
        annotation_ops.create("Tag passage", summary.id, "passage", (0, 5))
    ).value
    assert note is not None and note.coder == "Mira Holm"
    stored = annotating.for_article(w.ctx.project, summary.id)
    assert [n.coder for n in stored] == ["Mira Holm"]

    assert w.ask_coder() is None, "asked only once"
    assert w.findChild(CoderDialog) is None or not w.findChild(CoderDialog).isVisible()


def test_preferences_change_the_coder_in_the_status_bar(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    dialog = PreferencesDialog(w.ctx, w.settings.qsettings, w)
    qtbot.addWidget(dialog)
    dialog.coder.setText("Jonas")
    dialog.accept()
    assert w.coder_label.text() == "Coder: Jonas"
    assert w.ctx.project.coder == "Jonas"


def test_closing_the_question_keeps_the_suggested_name(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ANNOTARY_CODER", raising=False)
    w = app_window
    dialog = w.ask_coder()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    QTest.keyClick(dialog.name, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert w.settings.qsettings.value("coder") == "tester"
    assert w.ask_coder() is None
