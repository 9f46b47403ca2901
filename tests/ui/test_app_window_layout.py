"""The window's layout keeps the reader readable, and its highlights on their words."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabBar
from reader_geometry import PaintWatch

from annotary.services import annotating, articles, importing
from annotary.ui.panels.tabs import PANELS
from annotary.ui.reader.column import READABLE_CHARS
from annotary.ui.style.palette import apply_theme

KEYS = [p[0] for p in PANELS]
COMBINATIONS = [list(c) for n in range(len(KEYS) + 1) for c in combinations(KEYS, n)]
LONG_TITLE = "Estmark approves emergency levee plan as Orsa River nears record level"


def _open_sample(qtbot, window, sample_files) -> str:  # type: ignore[no-untyped-def]
    importing.import_files(window.ctx.project, sample_files)
    window.library.reload()
    article = next(s for s in articles.summaries(window.ctx.project) if "Estmark" in s.title)
    text = articles.get(window.ctx.project, article.id).text
    for word in ("Halvorsen", "levees", "Kaldberg", "sandbags", "forecast"):
        at = text.index(word)
        annotating.create(window.ctx.project, article.id, "passage", at, at + len(word) + 9)
    window.open_article(article.id)
    qtbot.wait(50)
    return article.id


def _chars_per_line(window) -> float:  # type: ignore[no-untyped-def]
    reader = window.reader
    return reader.viewport().width() / reader.fontMetrics().averageCharWidth()


def _title_breaks_mid_word(window) -> list[str]:  # type: ignore[no-untyped-def]
    block = window.reader.document().firstBlock()
    window.reader.document().documentLayout().blockBoundingRect(block)
    tl, text = block.layout(), block.text()
    broken = []
    for i in range(tl.lineCount() - 1):
        end = tl.lineAt(i).textStart() + tl.lineAt(i).textLength()
        if not text[end - 1].isspace() and not text[end].isspace():
            broken.append(text[:end])
    return broken


@pytest.mark.parametrize("open_panels", COMBINATIONS, ids=lambda c: "+".join(c) or "none")
def test_the_reader_keeps_a_readable_measure_at_1280x800(
    qtbot, qapp, app_window, sample_files, open_panels: list[str]
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    apply_theme(qapp, "light")  # type: ignore[arg-type]  # its style sheet sets the panes' minimums
    w.resize(1280, 800)
    _open_sample(qtbot, w, sample_files)
    for key in KEYS:
        w.show_panel(key, key in open_panels)
    qtbot.wait(30)
    assert w.width() == 1280
    assert _chars_per_line(w) >= READABLE_CHARS
    assert w.reader.article().title.startswith("Estmark")
    assert _title_breaks_mid_word(w) == []
    assert all(w.actions_[f"panel_{k}"].isChecked() == (k in open_panels) for k in KEYS)


def test_a_new_user_sees_the_codebook(app_window) -> None:  # type: ignore[no-untyped-def]
    tabs = app_window.panel_tabs
    assert tabs.keys() == ["codebook"]
    assert tabs.isVisible() and tabs.currentWidget() is tabs.panels["codebook"]
    assert app_window.actions_["panel_codebook"].isChecked()


def test_closing_a_tab_closes_its_panel_and_it_is_remembered(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.show_panel("speakers")
    tabs = w.panel_tabs
    close = tabs.tabBar().tabButton(
        tabs.indexOf(tabs.panels["codebook"]), QTabBar.ButtonPosition.RightSide
    )
    assert close.toolTip() == "Close Codebook" and not close.icon().isNull()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)  # the tab's own close button
    assert tabs.keys() == ["speakers"]
    assert not w.actions_["panel_codebook"].isChecked()
    w.actions_["panel_speakers"].setChecked(False)
    assert not tabs.isVisible()
    w.save_state()
    assert w.settings.open_panels(["codebook"]) == []


def test_dark_mode_keeps_the_pane_widths(qtbot, qapp, app_window, sample_files) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    apply_theme(qapp, "light")  # type: ignore[arg-type]  # as the application starts
    w.resize(1280, 800)
    _open_sample(qtbot, w, sample_files)
    w.show_panel("metadata")
    qtbot.wait(30)
    sizes = w.splitter.sizes()
    for theme in ("dark", "light", "dark"):
        apply_theme(qapp, theme)  # type: ignore[arg-type]
        qtbot.wait(30)
        assert w.splitter.sizes() == sizes, theme


CHANGES = {
    "details panel opened": lambda w: w.show_panel("metadata", True),
    "details panel closed": lambda w: w.show_panel("metadata", False),
    "all panels": lambda w: [w.show_panel(k, True) for k in KEYS],
    "library hidden": lambda w: w.actions_["library"].setChecked(False),
    "annotations hidden": lambda w: w.actions_["sidebar"].setChecked(False),
    "library and annotations back": lambda w: [
        w.actions_[k].setChecked(True) for k in ("library", "sidebar")
    ],
    "window narrower": lambda w: w.resize(1100, 760),
    "window wider": lambda w: w.resize(1500, 900),
    "splitter moved": lambda w: w.splitter.setSizes([200, 900, 300]),
    "zoom": lambda w: w.actions_["zoom_in"].trigger(),
    "full screen": lambda w: w.toggle_full_screen(),
    "back from full screen": lambda w: w.toggle_full_screen(),
}


def test_highlights_stay_on_their_words_through_window_changes(
    qtbot, qapp, app_window, sample_files
) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.resize(1280, 800)
    _open_sample(qtbot, w, sample_files)
    reader = w.reader
    reader.verticalScrollBar().setValue(5)
    reader.open_find("the")
    qtbot.wait(30)
    reader.set_active_highlight(reader.painted_ranges()[0].id)
    watch = PaintWatch(reader)
    for name, change in [*CHANGES.items(), ("dark", None), ("light", None)]:
        watch.reset()
        if change is None:
            apply_theme(qapp, name)  # type: ignore[arg-type]
            reader.viewport().update()
        else:
            change(w)
        qtbot.wait(40)
        reader.viewport().update()  # a paint after the change, even if it moved nothing
        qtbot.waitUntil(lambda: watch.paints > 0, timeout=2000)
        assert watch.checked > 0, name
        assert watch.errors == [], name
    assert {"passage", "find"} <= {p.kind for p in reader.painted_ranges()}


def test_the_left_column_hides_when_it_shows_nothing(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.actions_["library"].setChecked(False)
    assert w.left_column.isVisible(), "the codebook is still there"
    w.show_panel("codebook", False)
    assert not w.left_column.isVisible()
    w.show_panel("speakers")
    assert w.left_column.isVisible() and w.panel_tabs.keys() == ["speakers"]
