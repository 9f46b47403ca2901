"""Highlights over the canonical text and an interval index to find them fast.

A highlight is any object with ``id, start, end, kind, color, style`` (offsets in
canonical code points, end exclusive); :class:`Highlight` is a ready-made one.
``kind`` is quote | speaker | passage | suggestion | find | disagreement;
``color`` (``#rrggbb``) overrides the kind's colour (a passage uses its theme's);
``style`` overrides how it is drawn: "fill" (default for most kinds), "underline",
"dotted", "dashed" (default for suggestions), "wavy" (default for disagreements) or
"outline". A filled quote or speaker mention also gets its kind's line (``KIND_MARKS``).
A highlight may also have ``parts``: the spans actually painted (a quote in several
segments), ``start``/``end`` then being the first part's start and the last one's
end. The parts are one item: one id, one tooltip, outlined together.

:class:`HighlightIndex` keeps short highlights in a list sorted by start (found
with bisect inside a window of the longest short highlight) and the few long
ones (whole passages) apart, so painting a screen and adding, changing or
removing one highlight cost O(log n + visible), never O(n) Python work.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

KINDS = ("quote", "speaker", "passage", "suggestion", "find", "disagreement")
STYLES = ("fill", "underline", "dotted", "dashed", "wavy", "outline")

KIND_COLORS: dict[str, str] = {
    "quote": "#f0a202",  # amber
    "speaker": "#3d85e0",  # blue
    "passage": "#4e79a7",  # a theme's colour replaces it
    "suggestion": "#8a63d2",  # violet, dashed underline
    "find": "#19b394",  # green-teal: distinct from every annotation colour
    "disagreement": "#d64545",  # red, wavy underline
}
DEFAULT_STYLES: dict[str, str] = {"suggestion": "dashed", "disagreement": "wavy"}
# Kinds are told apart by more than colour (two colours can look alike, and not every
# reader sees colour): under its fill a quote has a solid underline, a speaker mention a
# dotted one; a passage is a fill alone.
KIND_MARKS: dict[str, str] = {"quote": "underline", "speaker": "dotted"}
LONG_SPAN = 2048  # code points; longer highlights are kept apart from the sorted list


@runtime_checkable
class HighlightLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def color(self) -> str | None: ...
    @property
    def style(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class Highlight:
    """One coloured span of the article (canonical code-point offsets)."""

    id: str
    start: int
    end: int
    kind: str = "quote"
    color: str | None = None
    style: str | None = None
    parts: tuple[tuple[int, int], ...] = ()  # painted spans; empty: start..end


def parts_of(item: HighlightLike) -> tuple[tuple[int, int], ...]:
    """The spans a highlight covers: its ``parts``, or start..end when it has none."""
    parts: tuple[tuple[int, int], ...] = getattr(item, "parts", ())
    return parts or ((item.start, item.end),)


def color_of(item: HighlightLike) -> str:
    return item.color or KIND_COLORS.get(item.kind, KIND_COLORS["quote"])


def style_of(item: HighlightLike) -> str:
    return item.style or DEFAULT_STYLES.get(item.kind, "fill")


def mark_of(item: HighlightLike) -> str | None:
    """The line drawn under a filled highlight of this kind, if any."""
    return KIND_MARKS.get(item.kind) if style_of(item) == "fill" else None


class HighlightIndex:
    """Highlights by id, searchable by offset range in O(log n + k)."""

    def __init__(self, items: list[HighlightLike] | None = None) -> None:
        self._items: dict[str, HighlightLike] = {}
        self._short: list[tuple[int, int, str]] = []
        self._long: dict[str, HighlightLike] = {}
        self._window = 0  # longest short span held
        if items:
            self.reset(items)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, hid: object) -> bool:
        return hid in self._items

    def get(self, hid: str) -> HighlightLike | None:
        return self._items.get(hid)

    def items(self) -> list[HighlightLike]:
        return list(self._items.values())

    def reset(self, items: list[HighlightLike]) -> None:
        self._items = {}
        self._long = {}
        short: list[tuple[int, int, str]] = []
        window = 0
        for it in items:
            self._items[it.id] = it
        for it in self._items.values():
            span = it.end - it.start
            if span > LONG_SPAN:
                self._long[it.id] = it
            else:
                short.append((it.start, it.end, it.id))
                window = max(window, span)
        short.sort()
        self._short = short
        self._window = window

    def add(self, item: HighlightLike) -> HighlightLike | None:
        """Add or replace ``item``; returns the highlight it replaced, if any."""
        old = self.remove(item.id)
        self._items[item.id] = item
        span = item.end - item.start
        if span > LONG_SPAN:
            self._long[item.id] = item
        else:
            insort(self._short, (item.start, item.end, item.id))
            self._window = max(self._window, span)
        return old

    def remove(self, hid: str) -> HighlightLike | None:
        old = self._items.pop(hid, None)
        if old is None:
            return None
        if hid in self._long:
            del self._long[hid]
        else:
            key = (old.start, old.end, hid)
            i = bisect_left(self._short, key)
            if i < len(self._short) and self._short[i] == key:
                del self._short[i]
        return old

    def query(self, start: int, end: int) -> list[HighlightLike]:
        """Highlights intersecting [start, end) (empty ones count at their start)."""
        out: list[HighlightLike] = []
        short = self._short
        i = bisect_left(short, (start - self._window,))
        j = bisect_left(short, (end,))
        items = self._items
        for s, e, hid in short[i:j]:
            if e > start or (s == e and s >= start):
                out.append(items[hid])
        for it in self._long.values():
            if it.start < end and it.end > start:
                out.append(it)
        return out

    def at(self, offset: int) -> list[str]:
        """Ids of highlights covering ``offset``, innermost (shortest) first."""
        hits = [
            h
            for h in self.query(offset, offset + 1)
            if any(s <= offset < e for s, e in parts_of(h))
        ]
        hits.sort(key=lambda h: (h.end - h.start, h.start))
        return [h.id for h in hits]
