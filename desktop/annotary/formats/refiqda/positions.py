"""Line endings of imported sources, and what selection positions count.

Annotary's canonical text has "\\n" line endings. A source written with "\\r\\n" can
be counted two ways by the tool that coded it: "\\r\\n" as one position (the tool
normalised the text) or as two (it counted the file's code points). The convention
is decided per source from the selections themselves, in this order:

1. selection names: ATLAS.ti and Annotary name a selection after the start of its
   text; the convention under which more names match the text at their start wins;
2. a selection ending past the text's length with "\\r\\n" counted once, but inside
   it with "\\r\\n" counted twice, means "two";
3. a position that would fall between "\\r" and "\\n" when counting two means "one";
4. otherwise "one" (the text then reads the same either way for most selections).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

Counting = Literal["one", "two"]


def canonical_text(raw: str) -> str:
    """``raw`` with "\\r\\n" and lone "\\r" line endings as "\\n"."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True, slots=True)
class RawSelection:
    start: int
    end: int
    name: str | None = None


class LineEndings:
    """Maps positions in a raw source text to positions in its canonical text."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = canonical_text(raw)
        # Index (in raw) of each "\r" that starts a "\r\n": each removes one position.
        self._cr: list[int] = []
        index = raw.find("\r\n")
        while index != -1:
            self._cr.append(index)
            index = raw.find("\r\n", index + 2)

    @property
    def has_crlf(self) -> bool:
        return bool(self._cr)

    def from_two(self, position: int) -> int:
        """A position counting "\\r\\n" as two, as a position in the canonical text."""
        return position - bisect.bisect_left(self._cr, position)

    def splits_crlf(self, position: int) -> bool:
        """True if ``position`` (counting two) falls between a "\\r" and its "\\n"."""
        i = bisect.bisect_left(self._cr, position - 1)
        return i < len(self._cr) and self._cr[i] == position - 1

    def convert(self, start: int, end: int, counting: Counting) -> tuple[int, int]:
        if counting == "two":
            return self.from_two(start), self.from_two(end)
        return start, end

    def choose(self, selections: Sequence[RawSelection]) -> tuple[Counting, str]:
        """The counting convention of this source's selections, and why it was chosen."""
        if not self.has_crlf:
            return "one", "no \\r\\n line endings"
        one = sum(self._name_matches(s, "one") for s in selections)
        two = sum(self._name_matches(s, "two") for s in selections)
        if one != two:
            best: Counting = "one" if one > two else "two"
            return best, f"selection names match the text when \\r\\n counts as {best}"
        short, long = len(self.text), len(self.raw)
        if any(short < s.end <= long for s in selections):
            return "two", "a selection ends past the text unless \\r\\n counts as two"
        if any(self.splits_crlf(s.start) or self.splits_crlf(s.end) for s in selections):
            return "one", "counting \\r\\n as two would split a line ending"
        return "one", "no evidence either way; \\r\\n counted as one"

    def _name_matches(self, sel: RawSelection, counting: Counting) -> bool:
        name = " ".join((sel.name or "").split())
        for ellipsis in ("…", "..."):
            name = name.removesuffix(ellipsis).rstrip()
        if len(name) < 8:
            return False
        start, end = self.convert(sel.start, sel.end, counting)
        if not 0 <= start < end <= len(self.text):
            return False
        excerpt = " ".join(self.text[start : start + len(name) * 2].split())
        return excerpt.startswith(name)
