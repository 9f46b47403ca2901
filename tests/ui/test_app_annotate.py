"""Annotating in the main window as a user does: import, select, Q/S/T, undo, redo, delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from annotary.services import annotating, codebook, speakers
from annotary.ui.annotate.speaker_picker import SpeakerPicker
from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.operations.operation import edit

SENTENCE = "We are not going to wait for the river to decide for us,"


def import_via_dialog(qtbot, window, monkeypatch, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], "")
    )
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == len(files), timeout=10_000)
    qtbot.waitUntil(lambda: window.session.article is not None and not window.files.busy)


def select_text(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.reader.text().index(exact)
    window.reader.select_range(start, start + len(exact))
    window.reader.setFocus()
    return start, start + len(exact)


def popup(qtbot, window, kind: type):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: isinstance(window.annotator.popup, kind), timeout=15000)
    return window.annotator.popup


def sidebar_ids(window) -> list[str]:  # type: ignore[no-untyped-def]
    return window.sidebar.model.annotation_ids()


@pytest.fixture
def levee_window(qtbot, app_window, monkeypatch, sample_files):  # type: ignore[no-untyped-def]
    # These tests count the reader's annotation highlights: no suggestions beside them.
    app_window.settings.qsettings.setValue("suggest/auto", False)
    import_via_dialog(qtbot, app_window, monkeypatch, sample_files[:1])
    assert "Estmark" in app_window.session.article.title
    return app_window


def test_quote_with_a_new_speaker_then_undo_and_redo(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    start, end = select_text(w, SENTENCE)
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    picker = popup(qtbot, w, SpeakerPicker)
    QTest.keyClicks(picker.name_edit, "Ingrid Halvorsen")
    assert picker.new_box.isVisibleTo(picker), "an unknown name asks for role and affiliation"
    QTest.keyClicks(picker.role_edit, "Environment Minister")
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.annotator.popup is None)

    notes = annotating.for_article(project, w.session.article_id)
    assert [(n.kind, n.start, n.end, n.quote_type) for n in notes] == [
        ("quote", start, end, "direct")
    ]
    speaker = speakers.find(project, "Ingrid Halvorsen")
    assert speaker is not None and speaker.role == "Environment Minister"
    assert notes[0].speaker == speaker.id
    assert sidebar_ids(w) == [notes[0].id]
    assert w.reader.highlight_at(start + 3) == [notes[0].id]
    assert (
        w.actions_["undo"].text() == "&Undo Add quote" or "Add quote" in w.actions_["undo"].text()
    )

    # one undo removes the quote AND the speaker created with it
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.for_article(project, w.session.article_id) == []
    assert speakers.find(project, "Ingrid Halvorsen") is None
    assert sidebar_ids(w) == []
    assert w.reader.highlight_at(start + 3) == []

    QTest.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    again = annotating.for_article(project, w.session.article_id)
    assert [n.id for n in again] == [notes[0].id]
    assert speakers.find(project, "Ingrid Halvorsen") is not None
    assert sidebar_ids(w) == [notes[0].id]
    assert w.reader.highlight_at(start + 3) == [notes[0].id]


def test_choosing_an_alias_picks_its_speaker_and_indirect_is_kept(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    brekke = w.ctx.operations.run(
        edit(
            "Add speaker",
            lambda _p: speakers.create(
                project, "Tomas Brekke", role="director", aliases=["Water Authority chief"]
            ),
        )
    ).value
    assert brekke is not None
    select_text(w, "the forecast for the coming week was")
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    picker = popup(qtbot, w, SpeakerPicker)
    QTest.keyClicks(picker.name_edit, "water authority CHIEF")
    assert not picker.new_box.isVisibleTo(picker)
    assert "Tomas Brekke" in picker.match_label.text()
    picker.indirect.setChecked(True)
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    (note,) = annotating.for_article(project, w.session.article_id)
    assert note.speaker == brekke.id and note.quote_type == "indirect"
    assert len(speakers.speakers(project)) == 1


def test_escape_cancels_the_popup_without_changes(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    steps = w.ctx.undo_stack.count()
    select_text(w, SENTENCE)
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    picker = popup(qtbot, w, SpeakerPicker)
    QTest.keyClicks(picker.name_edit, "Someone")
    QTest.keyClick(picker, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: w.annotator.popup is None)
    assert annotating.for_article(w.ctx.project, w.session.article_id) == []
    assert speakers.speakers(w.ctx.project) == []
    assert w.ctx.undo_stack.count() == steps


def test_speaker_mention_can_add_the_selected_name_as_alias(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    assert w.ctx.operations.run(
        edit("Add speaker", lambda _p: speakers.create(project, "Ingrid Halvorsen"))
    ).ok
    select_text(w, "Environment Minister Ingrid Halvorsen")
    QTest.keyClick(w.reader, Qt.Key.Key_S)
    picker = popup(qtbot, w, SpeakerPicker)
    picker.name_edit.clear()
    QTest.keyClicks(picker.name_edit, "Ingrid Halvorsen")
    assert picker.alias_box.isVisibleTo(picker) and picker.alias_box.isChecked()
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    (note,) = annotating.for_article(project, w.session.article_id)
    sp = speakers.find(project, "Environment Minister Ingrid Halvorsen")
    assert sp is not None and sp.name == "Ingrid Halvorsen" and note.speaker == sp.id
    assert note.kind == "speaker"
    w.ctx.undo_stack.undo()  # alias and mention go together
    assert speakers.find(project, "Environment Minister Ingrid Halvorsen") is None
    assert annotating.for_article(project, w.session.article_id) == []


def test_theme_with_t_creates_it_and_digits_reuse_it(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    select_text(w, "about 18,000 households live in areas that would be flooded")
    QTest.keyClick(w.reader, Qt.Key.Key_T)
    picker = popup(qtbot, w, ThemePicker)
    QTest.keyClicks(picker.field, "Flood risk")
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    (theme,) = codebook.themes(project)
    assert theme.name == "Flood risk"
    (passage,) = annotating.for_article(project, w.session.article_id)
    assert passage.kind == "passage" and passage.themes == (theme.id,)
    shown = w.reader.highlight(passage.id)
    assert shown is not None and shown.color == theme.color  # a passage wears its theme's colour
    assert "Flood risk" in w.highlights.tooltip(passage.id)

    # key 1 applies the most recently used theme to a new selection, in one step
    other, _ = select_text(w, "heavy rain in the northern highlands")
    QTest.keyClick(w.reader, Qt.Key.Key_1)
    notes = annotating.for_article(project, w.session.article_id)
    assert len(notes) == 2
    new = next(n for n in notes if n.start == other)
    assert new.themes == (theme.id,)
    w.ctx.undo_stack.undo()
    assert len(annotating.for_article(project, w.session.article_id)) == 1
    assert w.reader.highlight_at(other + 2) == []


def test_theme_picker_type_ahead_picks_a_child_theme(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    parent = w.ctx.operations.run(
        edit("Add theme", lambda _p: codebook.create(project, "Economy"))
    ).value
    assert parent is not None
    child = w.ctx.operations.run(
        edit("Add theme", lambda _p: codebook.create(project, "Public spending", parent=parent.id))
    ).value
    assert child is not None
    select_text(w, "240-million-krona emergency plan")
    QTest.keyClick(w.reader, Qt.Key.Key_T)
    picker = popup(qtbot, w, ThemePicker)
    assert [p for p, _t in picker.paths] == ["Economy", "Economy › Public spending"]
    QTest.keyClicks(picker.field, "spend")
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    (note,) = annotating.for_article(project, w.session.article_id)
    assert note.themes == (child.id,)


def test_delete_several_from_the_sidebar_with_del_and_undo(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    article = w.session.article_id
    for exact in ("Kaldberg gauge", "national water authority", "Tomas Brekke"):
        s = w.reader.text().index(exact)
        w.annotator.create_passage((s, s + len(exact)), [])
    assert len(sidebar_ids(w)) == 3
    tree = w.sidebar.tree
    tree.setFocus()
    tree.selectAll()
    assert len(w.sidebar.selected_ids()) == 3
    QTest.keyClick(tree, Qt.Key.Key_Delete)
    assert annotating.for_article(project, article) == []
    assert sidebar_ids(w) == [] and w.reader.highlights() == []
    assert w.sidebar.empty.isVisibleTo(w.sidebar)
    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(annotating.for_article(project, article)) == 3
    assert len(sidebar_ids(w)) == 3 and len(w.reader.highlights()) == 3


def test_a_sloppy_selection_is_snapped_to_the_name_and_stored_so(qtbot, levee_window) -> None:  # type: ignore[no-untyped-def]
    w = levee_window
    project = w.ctx.project
    text = w.reader.text()
    name = text.index("Ingrid Halvorsen")
    sloppy = name - 2  # "r Ingrid Halvorsen t": the tail of "Minister", a space, a stray "t"
    w.reader.select_range(sloppy, sloppy)
    w.reader.setFocus()
    for _ in range(len("r Ingrid Halvorsen t")):
        QTest.keyClick(w.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert w.reader.selected_text() == "r Ingrid Halvorsen t"
    QTest.keyClick(w.reader, Qt.Key.Key_S)
    picker = popup(qtbot, w, SpeakerPicker)
    assert w.reader.selected_text() == "Ingrid Halvorsen", "the reader shows the snapped span"
    assert picker.name_edit.text() == "Ingrid Halvorsen"
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    (note,) = annotating.for_article(project, w.session.article_id)
    assert (note.start, note.end, note.exact) == (name, name + 16, "Ingrid Halvorsen")
    sp = speakers.find(project, "Ingrid Halvorsen")
    assert sp is not None and note.speaker == sp.id
    assert note.id in w.reader.highlight_at(name)
    assert note.id not in w.reader.highlight_at(name - 1)
