"""Matching the quotes of several coders, for the agreement on speaker attribution.

Two quote spans of different coders on the same article *match* when they
overlap by at least half the length of the longer one (a quote in several
parts counts the characters of its parts, not the attribution between them). Matching spans are
grouped into one quote (at most one span per coder, every member matching
every other); a quote that at least two coders marked is a unit of the
speaker-attribution statistics, each coder's value being the speaker they
attributed it to.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from typing import Protocol


class QuoteSpan(Protocol):
    """What matching needs of a coded quote span."""

    @property
    def coder(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def value(self) -> str | None: ...


class _NoSpeaker:
    """The value of a quote a coder marked without attributing it to a speaker."""

    _instance: _NoSpeaker | None = None

    def __new__(cls) -> _NoSpeaker:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_SPEAKER"


NO_SPEAKER = _NoSpeaker()


def _pieces(span: QuoteSpan) -> tuple[tuple[int, int], ...]:
    """The ranges a quote covers: its ``parts`` if it has several, else start..end."""
    parts: tuple[tuple[int, int], ...] = getattr(span, "parts", ())
    return parts or ((span.start, span.end),)


def _length(span: QuoteSpan) -> int:
    return sum(e - s for s, e in _pieces(span))


def _overlap(a: QuoteSpan, b: QuoteSpan) -> int:
    """Characters both cover (the parts of a quote never overlap one another)."""
    if len(_pieces(a)) == 1 and len(_pieces(b)) == 1:
        return min(a.end, b.end) - max(a.start, b.start)
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in _pieces(a) for s2, e2 in _pieces(b))


def spans_match(a: QuoteSpan, b: QuoteSpan) -> bool:
    """Same article and an overlap of at least half the longer span."""
    if a.article != b.article:
        return False
    overlap = _overlap(a, b)
    longest = max(_length(a), _length(b))
    return overlap > 0 and 2 * overlap >= longest


@dataclass
class _Group:
    members: list[QuoteSpan] = field(default_factory=list)

    def coders(self) -> set[str]:
        return {m.coder for m in self.members}

    def accepts(self, span: QuoteSpan) -> bool:
        return span.coder not in self.coders() and all(spans_match(span, m) for m in self.members)

    def overlap(self, span: QuoteSpan) -> int:
        return sum(_overlap(span, m) for m in self.members)


def match_quotes(spans: Sequence[QuoteSpan], coders: Sequence[str]) -> list[list[Hashable | None]]:
    """Units of matched quotes: one row per quote marked by at least two coders.

    ``row[c]`` is the speaker id coder ``coders[c]`` attributed the quote to,
    :data:`NO_SPEAKER` if they marked the quote without a speaker, ``None`` if
    they did not mark it. Spans are grouped greedily in text order, each joining
    the open group it overlaps most.
    """
    wanted = set(coders)
    ordered = sorted(
        (s for s in spans if s.coder in wanted and s.end > s.start),
        key=lambda s: (s.article, s.start, -(s.end - s.start), s.coder),
    )
    groups: list[_Group] = []
    open_groups: list[_Group] = []
    article: str | None = None
    for span in ordered:
        if span.article != article:
            article, open_groups = span.article, []
        # A group whose every member ends before this span starts can match nothing more.
        open_groups = [g for g in open_groups if max(m.end for m in g.members) > span.start]
        candidates = [g for g in open_groups if g.accepts(span)]
        if candidates:
            best = max(candidates, key=lambda g: g.overlap(span))
            best.members.append(span)
        else:
            group = _Group([span])
            groups.append(group)
            open_groups.append(group)
    index = {coder: i for i, coder in enumerate(coders)}
    rows: list[list[Hashable | None]] = []
    for group in groups:
        if len(group.members) < 2:
            continue
        row: list[Hashable | None] = [None] * len(coders)
        for member in group.members:
            row[index[member.coder]] = member.value if member.value is not None else NO_SPEAKER
        rows.append(row)
    return rows
