"""Kinds are told apart by a line, not by colour alone; one span annotated twice in two
colours shows both colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from annotary.ui.reader.highlights import Highlight

TEXT = (
    "Environment Minister Ingrid Halvorsen told reporters outside the cabinet office "
    "that the money would be released within days, not weeks.\n\n"
    "Tomas Brekke, director of the Estmark Water Authority, said the forecast was "
    "uncomfortable but manageable."
)
AMBER = "#f0a202"


def span(fragment: str) -> tuple[int, int]:
    i = TEXT.index(fragment)
    return i, i + len(fragment)


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def underline_pixels(img: QImage, reader, start: int, end: int, color: str) -> int:  # type: ignore[no-untyped-def]
    """How many pixels in the band just under the span's line have (about) ``color``."""
    (rect,) = reader.range_rects(start, end)
    want = QColor(color)
    found = 0
    for y in range(int(rect.bottom()) - 6, int(rect.bottom()) + 6):
        for x in range(int(rect.left()) + 1, int(rect.right()) - 1):
            if close(img.pixelColor(x, y), want, 30):
                found += 1
    return found


def dotted_runs(img: QImage, reader, start: int, end: int, color: str) -> int:  # type: ignore[no-untyped-def]
    """The most separate runs of ``color`` along one row under the span (a dotted line has many)."""
    (rect,) = reader.range_rects(start, end)
    want = QColor(color)
    best = 0
    for y in range(int(rect.bottom()) - 6, int(rect.bottom()) + 6):
        runs, inside = 0, False
        for x in range(int(rect.left()) + 1, int(rect.right()) - 1):
            hit = close(img.pixelColor(x, y), want, 45)
            runs += hit and not inside
            inside = hit
        best = max(best, runs)
    return best


def test_a_quote_and_a_passage_of_the_same_colour_differ(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    quote, passage = span("Ingrid Halvorsen"), span("Tomas Brekke")
    reader.set_highlights(
        [
            Highlight("q", *quote, "quote"),
            Highlight("p", *passage, "passage", AMBER),  # a theme coloured like quotes
        ]
    )
    qtbot.wait(20)
    img = reader.viewport().grab().toImage()
    assert underline_pixels(img, reader, *quote, AMBER) > 20, "the quote has a solid line"
    assert underline_pixels(img, reader, *passage, AMBER) == 0, "the passage is a fill alone"


def test_a_speaker_mention_has_a_dotted_line(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    mention = span("Ingrid Halvorsen")
    reader.set_highlights([Highlight("s", *mention, "speaker")])
    qtbot.wait(20)
    img = reader.viewport().grab().toImage()
    assert dotted_runs(img, reader, *mention, "#3d85e0") >= 10

    reader.set_highlights([Highlight("q", *mention, "quote")])
    qtbot.wait(20)
    img = reader.viewport().grab().toImage()
    assert dotted_runs(img, reader, *mention, AMBER) <= 2, "a quote's line is solid"


def test_the_same_span_by_two_coders_shows_both_colours(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(TEXT))
    start, end = span("the money would be released")
    reader.set_highlights(
        [
            Highlight("a", start, end, "passage", "#d62728"),  # coder A's theme: red
            Highlight("b", start, end, "passage", "#1f77b4"),  # coder B's theme: blue
        ]
    )
    qtbot.wait(20)
    img = reader.viewport().grab().toImage()
    (rect,) = reader.range_rects(start, end)
    x = int(rect.left()) + 2  # left of the first glyph
    top = img.pixelColor(x, int(rect.top()) + 2)
    bottom = img.pixelColor(x, int(rect.bottom()) - 2)
    assert top.red() > top.blue() + 20, top.name()
    assert bottom.blue() > bottom.red() + 20, bottom.name()
