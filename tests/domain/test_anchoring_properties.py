"""Properties of re-anchoring over random texts (Latin, CJK, emoji) and random edits."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotary.domain.anchoring import CONTEXT, Anchor, locate, make_anchor, reanchor_all
from annotary.domain.anchoring_match import similarity

TOKENS = (
    "the ", "council ", "said ", "budget ", "harbour ", "Okafor ", "vote ", "on ", "a ",
    "Tuesday. ", "“We will not,” ", "she said. ", "\n\n", "港口", "预算", "议会", "表示", "。",
    "𠮷", "🎉", "🚢 ", "naïve ", "Ünal ", "—", ", ",
)  # fmt: skip

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

texts = st.lists(st.sampled_from(TOKENS), min_size=8, max_size=90).map("".join)
fragments = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=6).map("".join)


@st.composite
def anchored(draw: st.DrawFn) -> tuple[str, Anchor]:
    text = draw(texts)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return text, make_anchor(text, start, end)


@st.composite
def edits_outside(draw: st.DrawFn, text: str, start: int, end: int, gap: int) -> tuple[str, int]:
    """The text after edits that keep ``gap`` characters around ``[start, end)``; new start."""
    for _ in range(draw(st.integers(1, 4))):
        before_ok = start - gap >= 0
        after_ok = end + gap <= len(text)
        choices = [side for side, ok in (("before", before_ok), ("after", after_ok)) if ok]
        if not choices:
            break
        side = draw(st.sampled_from(choices))
        lo, hi = (0, start - gap) if side == "before" else (end + gap, len(text))
        a = draw(st.integers(lo, hi))
        b = draw(st.integers(a, min(hi, a + 12)))
        new = draw(fragments | st.just(""))
        text = text[:a] + new + text[b:]
        if side == "before":
            shift = len(new) - (b - a)
            start, end = start + shift, end + shift
    return text, start


def occurrences(text: str, part: str) -> int:
    """How often ``part`` occurs in ``text``, overlaps included."""
    count, i = 0, text.find(part)
    while i != -1:
        count, i = count + 1, text.find(part, i + 1)
    return count


def context_is_unchanged(anchor: Anchor, text: str, start: int) -> bool:
    """Whether the stored prefix and suffix still surround ``start``.

    A side shorter than CONTEXT stood at the edge of the text, and must still.
    """
    end = start + len(anchor.exact)
    p, s = anchor.prefix, anchor.suffix
    before = text[:start] if len(p) < CONTEXT else text[max(0, start - len(p)) : start]
    after = text[end:] if len(s) < CONTEXT else text[end : end + len(s)]
    return before == p and after == s


@SETTINGS
@given(anchored())
def test_unchanged_text_is_placed_by_position(case: tuple[str, Anchor]) -> None:
    text, a = case
    p = locate(a, text)
    assert p is not None and (p.start, p.end, p.method) == (a.start, a.end, "position")
    assert reanchor_all([a], text, old_text=text) == [p]


@SETTINGS
@given(st.data())
def test_edits_beside_the_span_keep_its_text(data: st.DataObject) -> None:
    text, a = data.draw(anchored())
    new, start = data.draw(edits_outside(text, a.start, a.end, gap=0))
    assert new[start : start + len(a.exact)] == a.exact
    for p in (locate(a, new), reanchor_all([a], new, old_text=text)[0]):
        if p is None:
            # Only when it cannot be told apart: the quote recurs or its surroundings changed.
            assert occurrences(new, a.exact) > 1 or not context_is_unchanged(a, new, start)
            continue
        assert new[p.start : p.end] == a.exact
        assert p.method in ("position", "exact")
        if occurrences(new, a.exact) == 1:
            assert (p.start, p.end) == (start, start + len(a.exact))


@SETTINGS
@given(st.data())
def test_edits_away_from_the_context_find_the_span(data: st.DataObject) -> None:
    text, a = data.draw(anchored())
    new, start = data.draw(edits_outside(text, a.start, a.end, gap=CONTEXT + 1))
    assert context_is_unchanged(a, new, start)
    window = a.prefix + a.exact + a.suffix
    for p in (locate(a, new), reanchor_all([a], new, old_text=text)[0]):
        assert p is not None
        assert new[p.start : p.end] == a.exact
        assert context_is_unchanged(a, new, p.start)
        if occurrences(new, window) == 1:
            assert (p.start, p.end) == (start, start + len(a.exact))


@SETTINGS
@given(st.data())
def test_destroyed_span_is_orphaned_or_placed_on_close_text(data: st.DataObject) -> None:
    text, a = data.draw(anchored())
    lo = data.draw(st.integers(max(0, a.start - 10), a.end - 1))
    hi = data.draw(st.integers(max(lo + 1, a.start + 1), min(len(text), a.end + 10)))
    new = text[:lo] + data.draw(fragments | st.just("")) + text[hi:]
    for p in (locate(a, new), reanchor_all([a], new, old_text=text)[0]):
        if p is None:
            continue
        got = new[p.start : p.end]
        same_words = "".join(got.split()) == "".join(a.exact.split())  # only spacing lost
        assert got == a.exact or similarity(got, a.exact) >= 0.7 or same_words
        if p.method == "fuzzy":
            assert 0.0 < p.score <= 1.0
        else:
            assert got == a.exact and p.score == 1.0
