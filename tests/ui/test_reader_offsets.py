"""Exact offsets: canonical code points survive the trip through the Qt document."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor

from annotary.domain.layout import Block, Layout, Mark
from annotary.domain.utf16 import Utf16Index, utf16_length
from annotary.ui.reader.demo import load_sample, sample_paths

MIXED = (
    "Family news 👩‍👩‍👧 came first, then a grin 😀 at the podium.\n\n"
    "Rare ideographs 𠮷野家 and 𩸽 sit beside café, naïve and e\u0301clair.\n"
    "A line break inside the paragraph, then 🇪🇪 a flag.\n\n"
    "最后一段：市长说“我们不会等待”。😀"
)


def test_utf16_index_matches_python_encoding() -> None:
    idx = Utf16Index(MIXED)
    for cp in range(len(MIXED) + 1):
        u = len(MIXED[:cp].encode("utf-16-le")) // 2
        assert idx.to_utf16(cp) == u
        assert idx.to_code_point(u) == cp
    assert idx.utf16_length == utf16_length(MIXED) == len(MIXED.encode("utf-16-le")) // 2


def test_utf16_inside_surrogate_pair_rounds() -> None:
    text = "a😀b"
    idx = Utf16Index(text)
    assert idx.to_code_point(2) == 1  # between the halves: the emoji's start
    assert idx.to_code_point(2, round_up=True) == 2


def _round_trip(reader, text: str, pairs: list[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    for start, end in pairs:
        reader.select_range(start, end)
        assert reader.selection_range() == (start, end)
        assert reader.selected_text() == text[start:end]
        qt_text = reader.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        assert qt_text == text[start:end]


def _random_pairs(text: str, n: int, seed: int) -> list[tuple[int, int]]:
    rnd = random.Random(seed)
    pairs = [(0, len(text)), (0, 1), (len(text) - 1, len(text))]
    for _ in range(n):
        a, b = sorted(rnd.sample(range(len(text) + 1), 2))
        pairs.append((a, b))
    return pairs


def test_round_trip_emoji_cjk_combining(reader, make_article) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article(MIXED, language="zh"))
    _round_trip(reader, MIXED, _random_pairs(MIXED, 150, 7))


def test_round_trip_with_structured_layout(reader, make_article) -> None:  # type: ignore[no-untyped-def]
    text = "Heading 😀\n\nFirst 𠮷 item\nSecond item\n\nA quote\nwith two lines\n\nEnd."
    layout = Layout(
        blocks=(
            Block(0, 9, "h2"),
            Block(11, 23, "li"),
            Block(24, 35, "li", ordered=True),
            Block(37, 59, "blockquote"),
            Block(61, 65, "p"),
        ),
        marks=(Mark(17, 21, "em"), Mark(61, 64, "link", "https://example.org/x")),
    )
    assert text[61:65] == "End."
    reader.set_article(make_article(text), layout)
    _round_trip(reader, text, _random_pairs(text, 120, 3))


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_round_trip_on_samples(reader, path) -> None:  # type: ignore[no-untyped-def]
    article, layout = load_sample(path)
    reader.set_article(article, layout)
    _round_trip(reader, article.text, _random_pairs(article.text, 60, len(article.text)))


def test_keyboard_selection_maps_to_code_points(reader, make_article, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    text = "😀😀 abc 𠮷 def"
    reader.set_article(make_article(text))
    reader.select_range(0, 0)
    reader.setFocus()
    for _ in range(3):
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert reader.selection_range() == (0, 3)
    assert reader.selected_text() == "😀😀 "


def test_header_is_outside_canonical_offsets(reader, make_article) -> None:  # type: ignore[no-untyped-def]
    reader.set_article(make_article("Body text here.", title="Headline 😀"))
    c = QTextCursor(reader.document())
    c.setPosition(0)
    c.setPosition(4, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(c)
    assert reader.selection_range() is None
    reader.select_range(0, 4)
    assert reader.textCursor().selectedText() == "Body"
    rect = reader.range_rect(0, 4)
    assert not rect.isEmpty()
    assert reader.offset_at(rect.center()) in range(0, 5)
