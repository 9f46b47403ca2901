"""Suggested quotes in the window: listed, underlined, accepted, rejected, undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotary.services import annotating, articles, importing, speakers, suggesting
from annotary.suggest import QuoteSuggestion
from annotary.ui.annotate.speaker_picker import SpeakerPicker
from annotary.ui.reader.highlights import style_of
from annotary.ui.suggestions.model import highlight_id


def settle(qtbot, w, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: w.suggestions.idle, timeout=timeout)


def shown(w) -> list[QuoteSuggestion]:  # type: ignore[no-untyped-def]
    return w.suggestions.section.model.suggestions()


def dashed_spans(w) -> set[tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {
        (h.start, h.end)
        for h in w.reader.highlights()
        if h.kind == "suggestion" and style_of(h) == "dashed"
    }


def pick(w, speaker: str, quote_type: str = "direct") -> int:  # type: ignore[no-untyped-def]
    """Select the first suggestion by ``speaker`` in the list (keyboard focus on it)."""
    section = w.suggestions.section
    row = next(
        i for i, s in enumerate(shown(w)) if s.speaker == speaker and s.quote_type == quote_type
    )
    section.list.setFocus()
    section.select_row(row)
    return row


@pytest.fixture
def levee(qtbot, app_window, sample_files):  # type: ignore[no-untyped-def]
    """The window with three samples imported and the levee article open, suggestions in."""
    w = app_window
    importing.import_files(w.ctx.project, sample_files)
    w.library.reload()
    levee_id = next(
        a.id for a in articles.summaries(w.ctx.project) if a.title.startswith("Estmark")
    )
    w.open_article(levee_id)
    qtbot.waitUntil(lambda: len(shown(w)) > 0, timeout=10_000)
    settle(qtbot, w)
    return w


def test_opening_an_article_lists_its_suggestions_and_underlines_them(levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    article_id = w.session.article_id
    expected = suggesting.suggest(w.ctx.project, article_id)
    assert len(expected) > 5
    listed = shown(w)
    assert {(s.start, s.end, s.speaker, s.confidence) for s in listed} == {
        (s.start, s.end, s.speaker, s.confidence) for s in expected
    }
    assert [s.start for s in listed] == sorted(s.start for s in listed), "in text order"
    assert dashed_spans(w) == {(s.start, s.end) for s in expected}

    section = w.suggestions.section
    assert section.list.isVisibleTo(w) and not section.empty.isVisibleTo(w)
    assert section.count.text() == f"({len(expected)})"
    row = next(i for i, s in enumerate(listed) if s.speaker == "Ingrid Halvorsen")
    s = listed[row]
    text = section.model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Ingrid Halvorsen" in text and f"{s.confidence:.2f}" in text
    assert s.cue is not None and s.cue.text in text

    # hovering the underline tells who, the cue and how sure
    w.reader.scroll_to(s.start)
    rect = w.reader.range_rect(s.start, s.start + 3)
    assert not rect.isEmpty()
    tip = w.reader.tooltip_at(rect.center())
    assert "Suggested quote" in tip and "Ingrid Halvorsen" in tip
    assert f"“{s.cue.text}”" in tip and f"{s.confidence:.2f}" in tip


def test_clicking_a_suggestion_selects_its_span_and_clicking_the_span_selects_it(
    qtbot, levee
) -> None:  # type: ignore[no-untyped-def]
    w = levee
    section = w.suggestions.section
    last = section.model.rowCount() - 1
    target = shown(w)[last]
    rect = section.list.visualRect(section.model.index(last, 0))
    section.list.scrollTo(section.model.index(last, 0))
    rect = section.list.visualRect(section.model.index(last, 0))
    QTest.mouseClick(section.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.reader.selection_range() == (target.start, target.end)
    assert w.reader.active_highlight() == highlight_id(target)
    assert section.current() == target
    assert (
        w.actions_["accept_suggestion"].isEnabled() and w.actions_["reject_suggestion"].isEnabled()
    )

    first = shown(w)[0]
    w.reader.clear_selection()
    w.reader.scroll_to(first.start)
    qtbot.wait(50)
    point = w.reader.range_rect(first.start, first.start + 2).center()
    QTest.mouseClick(w.reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert section.current() == first


def test_accept_with_the_keyboard_then_undo_and_redo(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    project = w.ctx.project
    article_id = w.session.article_id
    section = w.suggestions.section
    assert speakers.find(project, "Marit Solvang") is None
    pick(w, "Marit Solvang")
    chosen = section.current()
    assert chosen is not None and section.list.hasFocus()
    before = len(shown(w))

    QTest.keyClick(section.list, Qt.Key.Key_A)

    (note,) = [n for n in annotating.for_article(project, article_id) if n.kind == "quote"]
    speaker = speakers.find(project, "Marit Solvang")
    assert speaker is not None, "accepting made the speaker"
    assert (note.start, note.end, note.speaker, note.quote_type) == (
        chosen.start,
        chosen.end,
        speaker.id,
        chosen.quote_type,
    )
    assert note.id in w.sidebar.model.annotation_ids()
    assert note.id in w.reader.highlight_at(chosen.start + 2)
    assert (chosen.start, chosen.end) not in {(s.start, s.end) for s in shown(w)}
    assert (chosen.start, chosen.end) not in dashed_spans(w)
    settle(qtbot, w)
    assert len(shown(w)) == before - 1
    assert section.current() is not None, "the next suggestion is selected for the next key"

    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.for_article(project, article_id) == []
    assert speakers.find(project, "Marit Solvang") is None
    assert note.id not in w.sidebar.model.annotation_ids()
    settle(qtbot, w)
    assert (chosen.start, chosen.end) in {(s.start, s.end) for s in shown(w)}, "back after undo"
    assert (chosen.start, chosen.end) in dashed_spans(w)

    QTest.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    settle(qtbot, w)
    assert [n.id for n in annotating.for_article(project, article_id)] == [note.id]
    assert (chosen.start, chosen.end) not in {(s.start, s.end) for s in shown(w)}


def test_a_rejected_suggestion_is_not_proposed_again(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    article_id = w.session.article_id
    section = w.suggestions.section
    pick(w, "Anders Fjell")
    chosen = section.current()
    assert chosen is not None
    QTest.keyClick(section.list, Qt.Key.Key_R)
    assert annotating.for_article(w.ctx.project, article_id) == [], "rejecting annotates nothing"
    assert (chosen.start, chosen.end) not in dashed_spans(w)
    settle(qtbot, w)
    remaining = {(s.start, s.end) for s in shown(w)}
    assert (chosen.start, chosen.end) not in remaining and remaining

    other = next(a.id for a in articles.summaries(w.ctx.project) if a.id != article_id)
    w.open_article(other)
    settle(qtbot, w)
    assert all(s.exact in w.reader.text() for s in shown(w))
    w.open_article(article_id)
    settle(qtbot, w)
    assert {(s.start, s.end) for s in shown(w)} == remaining, "still gone after reopening"

    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the rejection
    settle(qtbot, w)
    assert (chosen.start, chosen.end) in {(s.start, s.end) for s in shown(w)}


def test_accept_all_above_the_confidence_in_one_undo_step(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    project = w.ctx.project
    article_id = w.session.article_id
    section = w.suggestions.section
    assert section.threshold.value() == pytest.approx(0.80)
    section.threshold.setValue(0.85)
    high = [s for s in shown(w) if s.confidence >= 0.85]
    low = [s for s in shown(w) if s.confidence < 0.85]
    assert high and low, "the sample has suggestions on both sides of 0.85"

    QTest.keyClick(
        w, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    quotes = {(n.start, n.end) for n in annotating.for_article(project, article_id)}
    assert quotes == {(s.start, s.end) for s in high}
    settle(qtbot, w)
    assert all(s.confidence < 0.85 for s in shown(w))
    assert len(shown(w)) == len(low)
    assert len(w.sidebar.model.annotation_ids()) == len(high)

    QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert annotating.for_article(project, article_id) == []
    settle(qtbot, w)
    assert len(shown(w)) == len(high) + len(low)


def test_the_actions_are_in_the_annotate_menu(levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    menu = next(
        m for m in w.menuBar().findChildren(type(w.recent_menu)) if m.title() == "A&nnotate"
    )
    names = {a.objectName() for a in menu.actions()}
    assert {
        "action_suggest",
        "action_accept_suggestion",
        "action_reject_suggestion",
        "action_accept_all_suggestions",
    } <= names
    assert w.actions_["suggest"].shortcut().toString() == "Ctrl+Shift+G"
    assert w.actions_["accept_all_suggestions"].shortcut().toString() == "Ctrl+Shift+A"
    assert w.actions_["accept_suggestion"].shortcut().toString() == "A"
    assert w.actions_["reject_suggestion"].shortcut().toString() == "R"


def test_the_quote_dialog_starts_from_the_suggestion(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    project = w.ctx.project
    pick(w, "Marit Solvang")
    chosen = w.suggestions.section.current()
    w.suggestions.show_current()
    w.reader.setFocus()
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: isinstance(w.annotator.popup, SpeakerPicker))
    picker = w.annotator.popup
    assert picker.name_edit.text() == "Marit Solvang"
    assert picker.direct.isChecked()
    shown_text = picker.excerpt.text()
    assert shown_text.startswith("“") and not shown_text.startswith("““")
    assert shown_text.endswith("”") and not shown_text.endswith("””")
    assert not shown_text.endswith("…””")

    picker.indirect.setChecked(True)
    plain = picker.excerpt.text()
    assert plain[0] not in "“”" and plain[-1] not in "“”", "indirect: no marks around it"
    picker.direct.setChecked(True)
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    (note,) = [n for n in annotating.for_article(project, w.session.article_id)]
    speaker = speakers.find(project, "Marit Solvang")
    assert speaker is not None and note.speaker == speaker.id
    assert (note.start, note.end, note.quote_type) == (chosen.start, chosen.end, "direct")
    settle(qtbot, w)


def test_indirect_suggestion_prefills_indirect(qtbot, levee) -> None:  # type: ignore[no-untyped-def]
    w = levee
    indirect = next(s for s in shown(w) if s.quote_type == "indirect" and s.speaker)
    w.reader.select_range(indirect.start, indirect.end)
    w.reader.setFocus()
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: isinstance(w.annotator.popup, SpeakerPicker))
    picker = w.annotator.popup
    assert picker.indirect.isChecked()
    assert picker.name_edit.text()
    assert picker.excerpt.text()[0] != "“"
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Escape)
