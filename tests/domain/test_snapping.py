"""Sloppy selections snap to words before they are tagged."""

from __future__ import annotations

import pytest

from annotary.domain.snapping import snap

TEXT = "said Mr David Price, the minister. “We will not wait,” he said; co-operation matters."


def span_of(text: str, fragment: str) -> tuple[int, int]:
    i = text.index(fragment)
    return i, i + len(fragment)


def cut(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("sloppy", "kind", "meant"),
    [
        ("r David Price, ", "speaker", "David Price"),
        (" David Pri", "speaker", "David Price"),
        ("avid Price,", "passage", "David Price"),
        ("“We will not wait,” he", "quote", "“We will not wait,” he"),
        ("We will not wa", "quote", "We will not wait"),
        ("operation matt", "passage", "co-operation matters"),
        ("he minister. ", "passage", "the minister."),
        ("he said; ", "passage", "he said"),
        ("wait,” ", "quote", "wait,”"),
        ("r David Pr", "speaker", "David"),
        ("sai", "passage", "said"),
    ],
)
def test_snaps_to_words(sloppy: str, kind: str, meant: str) -> None:
    assert cut(TEXT, snap(TEXT, *span_of(TEXT, sloppy), kind)) == meant


def test_cjk_is_snapped_by_character_not_by_run() -> None:
    text = "总理李强说，“我们不会等待。”"
    start, end = span_of(text, "李强说，")
    assert cut(text, snap(text, start, end, "speaker")) == "李强说"
    start, end = span_of(text, "强")
    assert snap(text, start, end, "speaker") == (start, end), "a CJK run is not one word"


def test_a_supplementary_plane_character_stays_whole() -> None:
    text = "見出し𠮷野家の話"
    start, end = span_of(text, "𠮷野")
    assert snap(text, start, end, "passage") == (start, end)


def test_only_punctuation_is_left_as_it_is_and_abbreviations_keep_the_stop() -> None:
    assert snap(TEXT, 19, 21, "speaker") == (19, 21)
    text = "according to Martin Luther King Jr. in 1963"
    assert cut(text, snap(text, *span_of(text, "Martin Luther King Jr"), "speaker")) == (
        "Martin Luther King Jr."
    )
