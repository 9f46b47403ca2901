"""A quote in two parts, made in the window as a user does: tag the first part (Q),
select the second and add it to the quote (A, the context menu or the selection bar);
both parts are painted as one item, the sidebar joins them, a part can be removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from annotary.services import annotating
from annotary.ui.annotate.speaker_picker import SpeakerPicker

ARTICLE = (
    "Ferry terminal to open in May\n\n"
    "The mayor spoke at the harbour on Monday morning. "
    "“We will open the new ferry terminal in May,” Mayor Ilse Brandt said. "
    "“Nobody will wait in the rain again.” Critics were not convinced by the plan.\n"
)
FIRST = "“We will open the new ferry terminal in May,”"
ATTRIBUTION = "Mayor Ilse Brandt said"
SECOND = "“Nobody will wait in the rain again.”"


def select_text(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.reader.text().index(exact)
    window.reader.select_range(start, start + len(exact))
    window.reader.setFocus()
    return start, start + len(exact)


@pytest.fixture
def ferry_window(qtbot, app_window, monkeypatch, tmp_path: Path):  # type: ignore[no-untyped-def]
    app_window.settings.qsettings.setValue("suggest/auto", False)
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    QTest.keyClick(app_window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app_window.library.model.rowCount() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: app_window.session.article is not None and not app_window.files.busy)
    return app_window


def quote_first_part(qtbot, w) -> str:  # type: ignore[no-untyped-def]
    select_text(w, FIRST)
    QTest.keyClick(w.reader, Qt.Key.Key_Q)
    qtbot.waitUntil(lambda: isinstance(w.annotator.popup, SpeakerPicker))
    picker = w.annotator.popup
    QTest.keyClicks(picker.name_edit, "Ilse Brandt")
    QTest.keyClicks(picker.role_edit, "Mayor")
    QTest.keyClick(picker.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.annotator.popup is None)
    (note,) = annotating.for_article(w.ctx.project, w.session.article_id)
    return note.id


def test_add_to_quote_with_the_key_makes_one_quote_in_two_parts(qtbot, ferry_window) -> None:  # type: ignore[no-untyped-def]
    w = ferry_window
    project = w.ctx.project
    quote_id = quote_first_part(qtbot, w)
    second = select_text(w, SECOND)
    QTest.keyClick(w.reader, Qt.Key.Key_A)

    (note,) = annotating.for_article(project, w.session.article_id)
    assert note.id == quote_id
    assert [s.exact for s in note.segments] == [FIRST, SECOND]
    text = w.reader.text()
    gap = text.index(ATTRIBUTION)
    # Both parts are the one item; the attribution between them is not.
    assert w.reader.highlight_at(text.index(FIRST) + 3) == [quote_id]
    assert w.reader.highlight_at(second[0] + 3) == [quote_id]
    assert w.reader.highlight_at(gap + 2) == []
    # The sidebar shows one quote with the parts joined by an ellipsis.
    assert w.sidebar.model.annotation_ids() == [quote_id]
    shown = [
        w.sidebar.model.data(w.sidebar.model.index(row, 0))
        for row in range(w.sidebar.model.rowCount())
    ]
    assert f"{FIRST} … {SECOND}" in shown
    # The screen: both parts painted (by the same item), nothing over the attribution.
    w.reader.scroll_to(note.start)
    qtbot.wait(30)
    w.reader.viewport().repaint()
    painted = [p for p in w.reader.painted_ranges() if p.id == quote_id]
    assert sorted((p.start, p.end) for p in painted) == [(s.start, s.end) for s in note.segments]
    assert all(p.end <= gap or p.start >= gap + len(ATTRIBUTION) for p in painted)
    # Selecting it outlines both parts.
    w.reader.set_active_highlight(quote_id)
    w.reader.viewport().repaint()
    assert all(p.outlined for p in w.reader.painted_ranges() if p.id == quote_id)

    # One undo takes the second part away, and only it.
    assert w.ctx.undo_stack.undoText() == "Add to quote"
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.reader.setFocus()
    QTest.keyClick(w.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    (back,) = annotating.for_article(project, w.session.article_id)
    assert [s.exact for s in back.segments] == [FIRST]
    assert w.reader.highlight_at(second[0] + 3) == []


def test_the_context_menu_adds_a_part_and_removes_one(qtbot, ferry_window) -> None:  # type: ignore[no-untyped-def]
    w = ferry_window
    project = w.ctx.project
    quote_id = quote_first_part(qtbot, w)
    second = select_text(w, SECOND)
    menu = w.reader.build_context_menu()
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert "Remove this part from the quote" not in actions
    actions["Add to quote"].trigger()
    (note,) = annotating.for_article(project, w.session.article_id)
    assert len(note.segments) == 2

    # Right-click on the second part: remove it.
    w.reader.clear_selection()
    w.reader.scroll_to(second[0])
    qtbot.wait(20)
    point = w.reader.range_rect(second[0] + 3, second[0] + 4).center()
    menu = w.reader.build_context_menu(point)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    actions["Remove this part from the quote"].trigger()
    (left,) = annotating.for_article(project, w.session.article_id)
    assert left.id == quote_id and [s.exact for s in left.segments] == [FIRST]
    assert w.reader.highlight_at(second[0] + 3) == []
    # With one part left, the menu offers no removal (deleting is the sidebar's Delete).
    point = w.reader.range_rect(left.start + 3, left.start + 4).center()
    menu = w.reader.build_context_menu(point)
    assert "Remove this part from the quote" not in {a.text() for a in menu.actions()}


def test_add_to_quote_without_a_quote_says_what_to_do(qtbot, ferry_window) -> None:  # type: ignore[no-untyped-def]
    w = ferry_window
    messages: list[str] = []
    w.ctx.status.connect(messages.append)
    select_text(w, SECOND)
    QTest.keyClick(w.reader, Qt.Key.Key_A)
    assert annotating.for_article(w.ctx.project, w.session.article_id) == []
    assert any("first part" in m for m in messages)


def test_accepting_a_split_suggestion_makes_one_quote_in_two_parts(  # type: ignore[no-untyped-def]
    qtbot, app_window, monkeypatch, tmp_path: Path
) -> None:
    from annotary.services import articles, suggesting
    from annotary.suggest import QuoteSuggestion, TextSpan

    def split_suggestion(project, article_id: str, *_a, **_k) -> list[QuoteSuggestion]:  # type: ignore[no-untyped-def]
        text = articles.get(project, article_id).text
        first = (text.index(FIRST), text.index(FIRST) + len(FIRST))
        second = (text.index(SECOND), text.index(SECOND) + len(SECOND))
        said = text.index(" said") + 1
        return [
            QuoteSuggestion(
                start=first[0],
                end=second[1],
                exact=text[first[0] : second[1]],
                quote_type="direct",
                cue=TextSpan(said, said + 4, "said"),
                speaker="Ilse Brandt",
                speaker_mention=None,
                speaker_role="Mayor",
                speaker_id=None,
                confidence=0.9,
                rule="test: split quote",
                segments=(first, second),
            )
        ]

    monkeypatch.setattr(suggesting, "suggest", split_suggestion)
    w = app_window
    w.settings.qsettings.setValue("suggest/auto", True)
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    QTest.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.session.article is not None and not w.files.busy, timeout=10_000)
    qtbot.waitUntil(lambda: len(w.suggestions.section.model.suggestions()) == 1, timeout=10_000)
    # The suggestion is underlined under its parts only.
    (underline,) = [h for h in w.reader.highlights() if h.kind == "suggestion"]
    text = w.reader.text()
    gap = text.index(ATTRIBUTION)
    assert w.reader.highlight_at(gap + 2) == []
    assert w.reader.highlight_at(text.index(SECOND) + 2) == [underline.id]

    section = w.suggestions.section
    listed = section.model.data(section.model.index(0, 0))
    assert listed == f"{FIRST} … {SECOND}"  # the list shows the parts, not the attribution
    section.list.setFocus()
    section.select_row(0)
    QTest.keyClick(section.list, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: annotating.for_article(w.ctx.project, w.session.article_id) != [])
    (note,) = annotating.for_article(w.ctx.project, w.session.article_id)
    assert [s.exact for s in note.segments] == [FIRST, SECOND]
    assert w.reader.highlight_at(text.index(SECOND) + 2) == [note.id]
    assert w.reader.highlight_at(gap + 2) == []


def test_the_selection_bar_adds_the_selection_to_the_quote(qtbot, ferry_window) -> None:  # type: ignore[no-untyped-def]
    w = ferry_window
    quote_id = quote_first_part(qtbot, w)
    select_text(w, SECOND)
    qtbot.waitUntil(w.reader.selection_bar.isVisible, timeout=2000)
    qtbot.mouseClick(w.reader.selection_bar.buttons["add_to_quote"], Qt.MouseButton.LeftButton)
    (note,) = annotating.for_article(w.ctx.project, w.session.article_id)
    assert note.id == quote_id and [s.exact for s in note.segments] == [FIRST, SECOND]
