"""Highlights, underlines, find hits and outlines stay on their words after any layout change."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from reader_geometry import PaintWatch

from annotary.ui.reader.highlights import Highlight

PARAGRAPH = (
    "Environment Minister Ingrid Halvorsen told reporters outside the cabinet office that "
    "the money would be released within days, not weeks, and that the river crews had "
    "already begun to lay sandbags along the lower embankment near the old mill."
)


def _text() -> str:
    return "\n\n".join(f"{i}. {PARAGRAPH}" for i in range(60))


def _highlights(text: str) -> list[Highlight]:
    out: list[Highlight] = []
    kinds = ("quote", "speaker", "passage", "suggestion", "disagreement")
    for i, start in enumerate(range(5, len(text) - 80, 137)):
        out.append(Highlight(f"h{i}", start, start + 9 + (i % 7) * 11, kinds[i % len(kinds)]))
    out.append(Highlight("long", 40, 700, "passage", "#59a14f", "outline"))
    return out


@pytest.fixture
def watched(reader, make_article, qtbot):  # type: ignore[no-untyped-def]
    text = _text()
    reader.set_article(make_article(text), None, _highlights(text))
    reader.open_find("sandbags")
    qtbot.wait(30)
    layout = reader.document().documentLayout()
    for n in range(10):  # laid out, so that line numbers are final
        layout.blockBoundingRect(reader.document().findBlockByNumber(n))
    top = reader.document().findBlockByNumber(9)  # the fourth paragraph
    assert top.lineCount() >= 3
    reader.verticalScrollBar().setValue(top.firstLineNumber() + 2)  # from its third line
    qtbot.wait(30)
    assert reader.firstVisibleBlock().blockNumber() == 9
    reader.set_active_highlight(reader.painted_ranges()[0].id)
    watch = PaintWatch(reader)
    qtbot.wait(30)
    return reader, watch


def _settle(qtbot, watch: PaintWatch) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: watch.paints > 0, timeout=2000)
    qtbot.wait(30)
    assert watch.checked > 0, "nothing painted over the text was checked"
    assert watch.errors == []


CHANGES = {
    "narrower": lambda v: v.resize(620, 700),
    "wider": lambda v: v.resize(1300, 700),
    "shorter": lambda v: v.resize(900, 380),
    "zoom in": lambda v: v.zoom_in(),
    "zoom out": lambda v: v.set_zoom(-2),
    "font": lambda v: v.setFont(QFont("DejaVu Sans", 15)),
    "scrolled": lambda v: v.verticalScrollBar().setValue(v.verticalScrollBar().value() + 13),
    "find next": lambda v: v.finder.next(),
    "scroll to a hit": lambda v: v.scroll_to(len(v.text()) // 2),
}


@pytest.mark.parametrize("change", list(CHANGES))
def test_painted_ranges_lie_on_their_text_after(watched, qtbot, change: str) -> None:  # type: ignore[no-untyped-def]
    view, watch = watched
    watch.reset()
    CHANGES[change](view)
    _settle(qtbot, watch)


def test_painted_ranges_follow_a_theme_change(watched, qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.style.palette import apply_theme

    view, watch = watched
    for theme in ("dark", "light"):
        watch.reset()
        apply_theme(qapp, theme)  # type: ignore[arg-type]
        view.viewport().update()
        _settle(qtbot, watch)


def test_every_kind_is_painted_and_checked(watched, qtbot) -> None:  # type: ignore[no-untyped-def]
    view, watch = watched
    watch.reset()
    view.viewport().update()
    _settle(qtbot, watch)
    kinds = {p.kind for p in view.painted_ranges()}
    assert {"quote", "suggestion", "find", "passage"} <= kinds
    assert any(p.outlined for p in view.painted_ranges())
