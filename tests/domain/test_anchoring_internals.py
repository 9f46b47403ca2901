"""The edit-distance search and the diff that re-anchoring is built on."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotary.domain.anchoring_diff import OffsetMap
from annotary.domain.anchoring_match import best_matches, edit_distance, similarity

ALPHABET = "ab 港口𠮷🎉\n."


def levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@settings(max_examples=200, deadline=None)
@given(st.text(ALPHABET, max_size=40), st.text(ALPHABET, max_size=40))
def test_edit_distance_is_levenshtein(a: str, b: str) -> None:
    assert edit_distance(a, b) == levenshtein(a, b)


def test_similarity_bounds() -> None:
    assert similarity("", "") == 1.0
    assert similarity("港口𠮷", "港口𠮷") == 1.0
    assert similarity("abc", "xyz") == 0.0
    assert similarity("the budget", "the budgets") == 1 - 1 / 11


def test_best_matches_finds_the_edited_quote() -> None:
    text = "Before. The council said the budget was balanced on Friday. After."
    found = best_matches("the budget is balanced", text, 0, len(text), max_distance=5)
    assert found and text[found[0].start : found[0].end] == "the budget was balanced"
    assert found[0].distance == 2
    assert best_matches("entirely different words", text, 0, len(text), max_distance=3) == []


def test_best_matches_stays_inside_its_window() -> None:
    text = "alpha beta gamma. alpha beta gamma."
    found = best_matches("alpha beta", text, 10, len(text), max_distance=0)
    assert [(m.start, m.end) for m in found] == [(18, 28)]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_offset_map_only_maps_equal_text(data: st.DataObject) -> None:
    words = st.sampled_from(["the ", "vote ", "港口", "🎉", ". ", "\n\n", "said "])
    old = "".join(data.draw(st.lists(words, min_size=1, max_size=60)))
    new = old
    for _ in range(data.draw(st.integers(0, 5))):
        a = data.draw(st.integers(0, len(new)))
        b = data.draw(st.integers(a, min(len(new), a + 15)))
        new = new[:a] + "".join(data.draw(st.lists(words, max_size=4))) + new[b:]
    offsets = OffsetMap(old, new)
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, len(old)))
    moved = offsets.span(start, end)
    if moved is not None:
        assert new[moved[0] : moved[1]] == old[start:end]
    assert 0 <= offsets.predict(start) <= len(new)


def test_offset_map_follows_an_insertion_and_a_deletion() -> None:
    old = "First paragraph here.\n\nSecond one, with a quote.\n\nThird and last paragraph."
    new = "A new opening line.\n\n" + old.replace("with a quote", "quote")
    offsets = OffsetMap(old, new)
    shift = len("A new opening line.\n\n")
    third = old.index("Third")
    assert offsets.span(0, 5) == (shift, shift + 5)
    assert offsets.span(old.index("with a"), old.index("quote") + 5) is None
    assert offsets.span(third, third + 5) == (third + shift - 7, third + shift - 2)
    assert OffsetMap(old, old).span(3, 40) == (3, 40)
