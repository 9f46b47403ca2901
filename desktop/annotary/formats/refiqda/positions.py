"""What the selection positions of an imported source count, decided from evidence.

Annotary's canonical text has "\\n" line endings and counts code points. The tools that
write REFI-QDA do not all count that way:

- "\\r\\n" may count as one position (the tool normalised the text: ATLAS.ti, MAXQDA,
  QualCoder) or as two (the file's characters: NVivo);
- positions may count Unicode code points (the specification) or UTF-16 code units
  (NVivo for Windows, a .NET program): every character outside the Basic Multilingual
  Plane (most emoji) before a selection then shifts it by one.

Each source is read under every reading that makes a difference for its text (none, when
it has neither "\\r\\n" nor such characters) and the readings are scored on its
selections: a selection's name that matches the start of its text (ATLAS.ti, QualCoder
and Annotary name selections after their text), each start and end on a word boundary
without the space beside it (people select words),
and penalties for a selection outside the text or a boundary inside a "\\r\\n" or a
surrogate pair. The best score wins. When the best readings place the selections
differently but score the same, the choice is a guess, made from the exporting tool
(``origin``) and otherwise the specification's reading; the report says so.
Scoring looks at a bounded number of selections, so the work per source stays bounded.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from annotary.domain.messages import message
from annotary.domain.utf16 import Utf16Index

Counting = Literal["one", "two"]
Units = Literal["code points", "UTF-16"]

SCORED_SELECTIONS = 2000  # selections looked at per source to choose a reading
_NAME_WEIGHT = 3
_BAD_BOUNDARY = 3
_OUTSIDE = 10


def unified_line_endings(raw: str) -> str:
    """``raw`` with "\\r\\n" and lone "\\r" line endings as "\\n"."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True, slots=True)
class RawSelection:
    start: int
    end: int
    name: str | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """One way of counting positions: units, and how many a "\\r\\n" is."""

    units: Units = "code points"
    crlf: Counting = "one"

    def describe(self) -> str:
        return message(
            '{units}, "\\r\\n" counted as {crlf}',
            units=message("code points") if self.units == "code points" else self.units,
            crlf=message("one") if self.crlf == "one" else message("two"),
        )


SPEC = Reading()
READINGS: tuple[Reading, ...] = (
    Reading("code points", "one"),
    Reading("code points", "two"),
    Reading("UTF-16", "one"),
    Reading("UTF-16", "two"),
)


def preferred_readings(origin: str) -> tuple[Reading, ...]:
    """The readings in the order a tie is settled for a file written by ``origin``.

    NVivo (a .NET program) counts UTF-16 units and both characters of "\\r\\n";
    ATLAS.ti and MAXQDA count "\\r\\n" as one (QualCoder's importer and exporter rely on
    both); everything else is expected to follow the specification (code points).
    """
    name = origin.casefold()
    first: tuple[Reading, ...]
    if "nvivo" in name:
        first = (Reading("UTF-16", "two"), Reading("UTF-16", "one"), Reading("code points", "two"))
    else:
        first = (Reading("code points", "one"), Reading("code points", "two"))
    return first + tuple(r for r in READINGS if r not in first)


@dataclass(frozen=True, slots=True)
class Choice:
    reading: Reading
    why: str
    guess: bool
    converted: bool  # positions differ from the canonical code points for some selection
    contested: bool = False  # another reading would have placed some selection elsewhere

    @property
    def worth_reporting(self) -> bool:
        return self.converted or self.guess or self.contested


class SourcePositions:
    """Maps positions of one source's selections onto its canonical text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = unified_line_endings(raw)
        # Index (in raw) of each "\r" that starts a "\r\n": each removes one position.
        self._cr: list[int] = []
        index = raw.find("\r\n")
        while index != -1:
            self._cr.append(index)
            index = raw.find("\r\n", index + 2)
        self._raw16 = Utf16Index(raw)
        self._text16 = Utf16Index(self.text)

    @property
    def has_crlf(self) -> bool:
        return bool(self._cr)

    @property
    def has_astral(self) -> bool:
        return not self._text16.is_plain()

    def readings(self) -> list[Reading]:
        """The readings that can differ for this text."""
        units: list[Units] = ["code points", "UTF-16"] if self.has_astral else ["code points"]
        crlf: list[Counting] = ["one", "two"] if self.has_crlf else ["one"]
        return [Reading(u, c) for u in units for c in crlf]

    def convert(self, position: int, reading: Reading) -> int | None:
        """``position`` under ``reading`` as a canonical code-point offset; None if it
        falls outside the text or inside a "\\r\\n" or a surrogate pair."""
        if reading.units == "UTF-16":
            index = self._raw16 if reading.crlf == "two" else self._text16
            if not 0 <= position <= index.utf16_length or index.splits_pair(position):
                return None
            position = index.to_code_point(position)
        if reading.crlf == "two":
            if not 0 <= position <= len(self.raw) or self._splits_crlf(position):
                return None
            position -= bisect.bisect_left(self._cr, position)
        return position if 0 <= position <= len(self.text) else None

    def span(self, start: int, end: int, reading: Reading) -> tuple[int, int] | None:
        s, e = self.convert(start, reading), self.convert(end, reading)
        if s is None or e is None or not s < e:
            return None
        return s, e

    def _splits_crlf(self, position: int) -> bool:
        i = bisect.bisect_left(self._cr, position - 1)
        return i < len(self._cr) and self._cr[i] == position - 1

    def _on_word_boundary(self, p: int) -> bool:
        text = self.text
        return p <= 0 or p >= len(text) or not (text[p - 1].isalnum() and text[p].isalnum())

    def _name_matches(self, name: str | None, span: tuple[int, int]) -> bool:
        flat = " ".join((name or "").split())
        for ellipsis in ("…", "..."):
            flat = flat.removesuffix(ellipsis).rstrip()
        if len(flat) < 8:
            return False
        start = span[0]
        excerpt = " ".join(self.text[start : start + len(flat) * 2].split())
        return excerpt.startswith(flat)

    def score(self, selections: Sequence[RawSelection], reading: Reading) -> tuple[int, int, int]:
        """(score, boundaries on word boundaries, names matching) of ``reading``."""
        spans = [self.span(sel.start, sel.end, reading) for sel in selections]
        return self._score(selections, spans, reading)

    def _score(
        self,
        selections: Sequence[RawSelection],
        spans: Sequence[tuple[int, int] | None],
        reading: Reading,
    ) -> tuple[int, int, int]:
        total = boundaries = names = 0
        text = self.text
        for sel, span in zip(selections, spans, strict=True):
            if span is None:
                raw_ok = (
                    self.convert(sel.start, reading) is not None
                    or self.convert(sel.end, reading) is not None
                )
                total -= _BAD_BOUNDARY if raw_ok else _OUTSIDE
                continue
            start, end = span
            # A person selects words: a start or end on a word boundary that does not
            # take in the space beside it.
            if self._on_word_boundary(start) and not text[start].isspace():
                boundaries += 1
            if self._on_word_boundary(end) and not text[end - 1].isspace():
                boundaries += 1
            if sel.name and self._name_matches(sel.name, span):
                names += 1
        total += boundaries + _NAME_WEIGHT * names
        return total, boundaries, names

    def choose(self, selections: Sequence[RawSelection], origin: str = "") -> Choice:
        """The reading of this source's selections, why, and whether it was a guess."""
        candidates = self.readings()
        if origin.strip().casefold().startswith("annotary"):
            return Choice(SPEC, message("written by Annotary"), guess=False, converted=False)
        if len(candidates) == 1 or not selections:
            return Choice(SPEC, message("only one reading possible"), guess=False, converted=False)
        # One selection per code repeats a span: each span is scored once.
        sample = list(dict.fromkeys(selections))[:SCORED_SELECTIONS]
        placed = {r: [self.span(s.start, s.end, r) for s in sample] for r in candidates}
        scores = {r: self._score(sample, placed[r], r) for r in candidates}
        best = max(s[0] for s in scores.values())
        top = [r for r in candidates if scores[r][0] == best]
        order = preferred_readings(origin)
        chosen = min(top, key=order.index)
        distinct = {tuple(placed[r]) for r in top}
        guess = len(distinct) > 1
        converted = any(
            span != (s.start, s.end) for span, s in zip(placed[chosen], sample, strict=True)
        )
        boundaries, names = scores[chosen][1], scores[chosen][2]
        others = [scores[r][1] for r in candidates if placed[r] != placed[chosen]]
        why = _evidence(boundaries, 2 * len(sample), names, max(others) if others else None)
        if guess:
            why = (
                message(
                    "a guess: other readings fit the selections as well ({why}); "
                    "chose the usual reading of {tool}",
                    why=why,
                    tool=origin.strip(),
                )
                if origin.strip()
                else message(
                    "a guess: other readings fit the selections as well ({why}); "
                    "chose the usual reading of the file",
                    why=why,
                )
            )
        elif not others:
            why = message("every reading places the selections alike")
        return Choice(chosen, why, guess=guess, converted=converted, contested=bool(others))


def _evidence(boundaries: int, ends: int, names: int, others: int | None) -> str:
    """How well a reading fits: its selection ends on word boundaries, its selection
    names found in their text, and the best any other reading placed (one sentence)."""
    if names and others is not None:
        return message(
            "{boundaries} of {ends} selection starts and ends on word boundaries, "
            "{names} selection names matching their text; other readings: at most {others}",
            boundaries=boundaries,
            ends=ends,
            names=names,
            others=others,
        )
    if names:
        return message(
            "{boundaries} of {ends} selection starts and ends on word boundaries, "
            "{names} selection names matching their text",
            boundaries=boundaries,
            ends=ends,
            names=names,
        )
    if others is not None:
        return message(
            "{boundaries} of {ends} selection starts and ends on word boundaries; "
            "other readings: at most {others}",
            boundaries=boundaries,
            ends=ends,
            others=others,
        )
    return message(
        "{boundaries} of {ends} selection starts and ends on word boundaries",
        boundaries=boundaries,
        ends=ends,
    )
