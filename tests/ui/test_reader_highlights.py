"""Highlights: the index, what the user sees and what clicking reports."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from annotary.ui.reader.highlights import Highlight, HighlightIndex

TEXT = (
    "Environment Minister Ingrid Halvorsen told reporters outside the cabinet office "
    "that the money would be released within days, not weeks.\n\n"
    "Tomas Brekke, director of the Estmark Water Authority, said the forecast was "
    "uncomfortable but manageable."
)


def _brute(items: list[Highlight], a: int, b: int) -> set[str]:
    return {h.id for h in items if h.start < b and h.end > a}


def test_index_query_matches_brute_force() -> None:
    rnd = random.Random(5)
    items = []
    for i in range(600):
        s = rnd.randrange(0, 20_000)
        length = rnd.choice([3, 20, 200, 5000])
        items.append(Highlight(f"h{i}", s, s + length))
    index = HighlightIndex(items)  # type: ignore[arg-type]
    for _ in range(200):
        a = rnd.randrange(0, 25_000)
        b = a + rnd.randrange(1, 400)
        assert {h.id for h in index.query(a, b)} == _brute(items, a, b)
    for h in items[:300]:
        index.remove(h.id)
    rest = items[300:]
    moved = Highlight("h400", 10, 15)
    index.add(moved)
    rest = [moved if h.id == "h400" else h for h in rest]
    for _ in range(100):
        a = rnd.randrange(0, 25_000)
        b = a + rnd.randrange(1, 400)
        assert {h.id for h in index.query(a, b)} == _brute(rest, a, b)
    assert index.at(12)[0] == "h400"


def _pixel(img: QImage, reader, offset: int):  # type: ignore[no-untyped-def]
    rect = reader.range_rect(offset, offset + 1)
    assert not rect.isEmpty()
    # a point in the line box but just above the glyphs' baseline area is background
    return img.pixelColor(rect.center().x(), rect.top() + 2)


def test_highlights_are_painted_and_overlaps_differ(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    qtbot.wait(20)
    plain = reader.viewport().grab().toImage()
    word = TEXT.index("Halvorsen")
    reader.set_highlights(
        [Highlight("q1", 0, 60, "quote"), Highlight("s1", word, word + 9, "speaker")]
    )
    qtbot.wait(20)
    img = reader.viewport().grab().toImage()
    quote_only = _pixel(img, reader, 3)
    overlap = _pixel(img, reader, word + 2)
    unhighlighted = _pixel(img, reader, TEXT.index("cabinet"))
    assert _pixel(plain, reader, 3) == unhighlighted
    assert quote_only != unhighlighted
    assert overlap != quote_only and overlap != unhighlighted
    assert reader.highlight_at(word + 2) == ["s1", "q1"]
    assert reader.highlight_at(TEXT.index("cabinet")) == []


def test_add_update_remove_and_active(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    at = TEXT.index("Tomas")
    reader.add_highlight(Highlight("x", at, at + 12, "passage", "#59a14f"))
    assert reader.highlight_at(at + 1) == ["x"]
    qtbot.wait(10)
    img1 = reader.viewport().grab().toImage()
    reader.update_highlight(Highlight("x", at, at + 12, "passage", "#e15759"))
    qtbot.wait(10)
    img2 = reader.viewport().grab().toImage()
    assert _pixel(img1, reader, at + 1) != _pixel(img2, reader, at + 1)
    reader.set_active_highlight("x")
    assert reader.active_highlight() == "x"
    reader.remove_highlight("x")
    assert reader.highlight_at(at + 1) == []
    assert reader.active_highlight() is None


def test_click_on_highlight_emits_its_id(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    at = TEXT.index("Brekke")
    reader.set_highlights(
        [Highlight("outer", at - 6, at + 30, "quote"), Highlight("inner", at, at + 6, "speaker")]
    )
    qtbot.wait(10)
    point = reader.range_rect(at + 2, at + 3).center()
    with qtbot.waitSignal(reader.highlight_clicked, timeout=1000) as blocker:
        qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["inner"]


def test_tooltip_provider_is_asked_for_hovered_highlight(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    reader.set_highlights([Highlight("q9", 0, 20, "quote")])
    reader.set_tooltip_provider(lambda hid: f"Quote {hid} by Halvorsen")
    qtbot.wait(10)
    point = reader.range_rect(5, 6).center()
    assert reader.tooltip_at(point) == "Quote q9 by Halvorsen"
