"""Anchors that survive edits of an article's text.

An annotation stores where it sits (code-point offsets, as a W3C
TextPositionSelector) and what it covers (the exact quote with up to
``CONTEXT`` code points before and after it, as a TextQuoteSelector). When the
text changes, :func:`locate` finds the quote again: at its old offsets, at an
occurrence of the exact quote whose surroundings agree, or at a close
approximate match. When none of these is convincing it returns ``None`` and
the caller marks the annotation orphaned: a missing highlight is better than
one on the wrong words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from annotary.domain.anchoring_diff import OffsetMap
from annotary.domain.anchoring_search import (
    STRONG,
    Candidate,
    Quote,
    context_agreement,
    edges_hold,
    find_candidates,
)

CONTEXT = 32
# With a diff to predict where an anchor went, approximate matches are only looked
# for this far from the prediction (exact ones still everywhere).
DIFF_REACH = 50_000

Method = Literal["position", "exact", "fuzzy"]


@dataclass(frozen=True, slots=True)
class Anchor:
    """What an annotation stores to find its text again."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor was found in a text, and how."""

    start: int
    end: int
    method: Method
    score: float  # 1.0 for position and exact matches, 0..1 for fuzzy ones


def make_anchor(text: str, start: int, end: int, context: int = CONTEXT) -> Anchor:
    """The anchor of ``text[start:end]`` with ``context`` code points on each side."""
    if not 0 <= start < end <= len(text):
        raise ValueError(
            f"cannot anchor [{start}, {end}) in a text of {len(text)} characters: "
            "need 0 <= start < end <= length"
        )
    if context < 0:
        raise ValueError(f"context must not be negative, got {context}")
    return Anchor(
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def _context_holds(anchor: Anchor, text: str, start: int, end: int, edges: bool = True) -> bool:
    """Whether the stored prefix and suffix are exactly the text around ``[start, end)``,
    and (with ``edges``) a side that stopped at an edge of the text still does.

    Without a diff, the edge tells a quote at the end of the text from an earlier copy
    with the same surroundings; where a diff followed the quote, the diff tells them
    apart, and text added after the end does not move it."""
    p, s = anchor.prefix, anchor.suffix
    return (
        text[max(0, start - len(p)) : start] == p
        and text[end : end + len(s)] == s
        and (not edges or edges_hold(len(p), len(s), anchor.start, text, start, end))
    )


_new = object.__new__
_set_start, _set_end, _set_method, _set_score = (
    Placement.__dict__[name].__set__ for name in ("start", "end", "method", "score")
)


def _position(start: int, end: int) -> Placement:
    """``Placement(start, end, "position", 1.0)`` without the frozen-dataclass set-up cost.

    Re-anchoring an unchanged article builds thousands of these; filling the
    slots directly makes that about twice as fast.
    """
    p: Placement = _new(Placement)
    _set_start(p, start)
    _set_end(p, end)
    _set_method(p, "position")
    _set_score(p, 1.0)
    return p


def _context_score(anchor: Anchor, text: str, start: int, end: int) -> float:
    quote = Quote(anchor.exact, anchor.prefix, anchor.suffix, anchor.start)
    return context_agreement(quote, text, start, end)


def _placement(anchor: Anchor, found: Candidate) -> Placement:
    if found.fuzzy:
        return Placement(found.start, found.end, "fuzzy", round(found.score, 4))
    if found.start == anchor.start and found.end == anchor.end:
        return Placement(found.start, found.end, "position", 1.0)
    return Placement(found.start, found.end, "exact", 1.0)


def _locate_near(
    anchor: Anchor, text: str, hint: int, reach: int | None = None
) -> Placement | None:
    if not anchor.exact:
        return None
    s, e = anchor.start, anchor.end
    if 0 <= s < e <= len(text) and text[s:e] == anchor.exact and _context_holds(anchor, text, s, e):
        return Placement(s, e, "position", 1.0)
    quote = Quote(anchor.exact, anchor.prefix, anchor.suffix, anchor.start)
    found = find_candidates(quote, text, hint, reach)
    return _placement(anchor, found) if found is not None else None


def locate(anchor: Anchor, text: str) -> Placement | None:
    """Where ``anchor`` sits in ``text``, or ``None`` when it cannot be placed with confidence.

    1. ``position``: the stored offsets still hold the exact quote and its
       surroundings agree (or the quote occurs nowhere else);
    2. ``exact``: an occurrence of the exact quote, chosen by agreement of the
       surrounding text, then by nearness to the old offsets;
    3. ``fuzzy``: the closest approximate match of the quote whose quote and
       surroundings agree well enough.
    """
    return _locate_near(anchor, text, anchor.start)


def reanchor_all(
    anchors: Sequence[Anchor], text: str, old_text: str | None = None
) -> list[Placement | None]:
    """:func:`locate` for many anchors of one article, fast.

    ``old_text``, the text the anchors were made on, lets unchanged stretches be
    followed through a diff, so only anchors touched by an edit need a search.
    """
    same = old_text is not None and (old_text is text or old_text == text)
    held = _position
    if same:
        out = [
            held(a.start, a.end) if a.start >= 0 and text[a.start : a.end] == a.exact else None
            for a in anchors
        ]
    else:
        out = [
            held(a.start, a.end)
            if a.start >= len(a.prefix)
            and text[a.start : a.end] == a.exact
            and text[a.start - len(a.prefix) : a.start] == a.prefix
            and text[a.end : a.end + len(a.suffix)] == a.suffix
            and (
                (len(a.prefix) == CONTEXT == len(a.suffix))  # no side at an edge (most)
                or edges_hold(len(a.prefix), len(a.suffix), a.start, text, a.start, a.end)
            )
            else None
            for a in anchors
        ]
    pending = [i for i, p in enumerate(out) if p is None]
    if not pending:
        return out
    offsets = OffsetMap(old_text, text) if old_text is not None and not same else None
    for i in pending:
        a = anchors[i]
        if offsets is None:
            out[i] = _locate_near(a, text, a.start)
            continue
        moved = offsets.span(a.start, a.end) if a.end <= len(old_text or "") else None
        if moved is None or text[moved[0] : moved[1]] != a.exact:
            out[i] = _locate_near(a, text, offsets.predict(a.start), DIFF_REACH)
        elif (
            _context_holds(a, text, *moved, edges=False)
            or _context_score(a, text, *moved) >= STRONG
        ):
            method: Method = "position" if moved == (a.start, a.end) else "exact"
            out[i] = Placement(moved[0], moved[1], method, 1.0)
        else:
            # The diff kept the quote but not its surroundings: in recurring text it
            # may have lined up another copy, so weigh the copies as locate() does.
            out[i] = _locate_near(a, text, moved[0], DIFF_REACH)
    return out
