"""No text makes suggestions hang: work grows with the text, not with its square, on the
shapes that once did (an article of stray opening marks; a paragraph of many quotes)."""

from __future__ import annotations

import time

import pytest

from annotary.suggest import engine, suggest_quotes


def test_an_article_of_stray_opening_marks_is_read_in_bounded_time() -> None:
    # Each unclosed mark used to be read up to 6,000 characters ahead: 60,000 marks took
    # minutes. The bound is a hang guard, far above what the reading takes now.
    text = "“" * 60_000 + "\n\n“We will rebuild the bridge,” Mayor Ada Kell said."
    began = time.process_time()
    found = suggest_quotes(text, "en")
    assert time.process_time() - began < 30
    # the real quote after them is found, without the marks before it
    assert [(text[s.start : s.end], s.speaker) for s in found] == [
        ("We will rebuild the bridge,", "Ada Kell")
    ]


@pytest.mark.parametrize("quotes", [500, 4000])
def test_the_sentence_before_each_quote_is_looked_for_after_the_previous_quote(
    monkeypatch: pytest.MonkeyPatch, quotes: int
) -> None:
    read = []
    looked = engine._last_sentence_end

    def counting(masked: str, start: int, end: int) -> int:
        read.append(end - start)
        return looked(masked, start, end)

    monkeypatch.setattr(engine, "_last_sentence_end", counting)
    text = "Tom Kell read the list aloud: " + "“Yes.” “No.” " * quotes
    suggest_quotes(text, "en")
    assert read, "the attribution of each quote is looked for"
    assert sum(read) <= 4 * len(text)  # each stretch before a quote once, not the paragraph


def test_a_quote_long_after_a_stray_mark_in_the_same_paragraph_is_still_found() -> None:
    # the stray mark's passage runs past the longest quote and is dropped; the text after
    # it is read again, so the quote at its end is found
    text = (
        "The sign said “closed "
        + "and the hall was empty " * 300
        + ("for a week. “We are open again,” Ada Kell said.")
    )
    found = suggest_quotes(text, "en")
    assert [(text[s.start : s.end], s.speaker) for s in found] == [
        ("We are open again,", "Ada Kell")
    ]
