"""Conversion between code-point offsets and UTF-16 code-unit offsets.

Annotary stores offsets in Unicode code points over an article's canonical text;
Qt (and JavaScript) count UTF-16 code units, in which every character outside the
Basic Multilingual Plane (most emoji, rare CJK ideographs such as 𠮷) takes two
units. :class:`Utf16Index` converts both ways in O(log k), k being the number of
such characters, after one linear scan of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_length(text: str) -> int:
    """The length of ``text`` in UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text) + sum(1 for _ in _ASTRAL.finditer(text))


class Utf16Index:
    """Maps offsets over one text between code points and UTF-16 code units."""

    __slots__ = ("_astral_cp", "_astral_u16", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        if text.isascii():
            cps: list[int] = []
        else:
            cps = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_cp = cps
        # UTF-16 offset of each astral character's high surrogate.
        self._astral_u16 = [cp + i for i, cp in enumerate(cps)]
        self.utf16_length = self.length + len(cps)

    def to_utf16(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset`` (clamped to the text)."""
        offset = min(max(offset, 0), self.length)
        return offset + bisect_left(self._astral_cp, offset)

    def to_code_point(self, unit: int, *, round_up: bool = False) -> int:
        """The code-point offset of UTF-16 offset ``unit`` (clamped to the text).

        An offset between the two halves of a surrogate pair is moved to the start
        of that character, or past it when ``round_up`` is true.
        """
        unit = min(max(unit, 0), self.utf16_length)
        before = bisect_left(self._astral_u16, unit)  # astral chars starting before unit
        if before and self._astral_u16[before - 1] + 1 == unit:
            # Inside a surrogate pair.
            return self._astral_cp[before - 1] + (1 if round_up else 0)
        return unit - before

    def splits_pair(self, unit: int) -> bool:
        """True when UTF-16 offset ``unit`` falls between the two halves of a surrogate pair."""
        before = bisect_left(self._astral_u16, unit)
        return bool(before) and self._astral_u16[before - 1] + 1 == unit

    def is_plain(self) -> bool:
        """True when both counts agree everywhere (no character outside the BMP)."""
        return not self._astral_cp

    def astral_between(self, start: int, end: int) -> int:
        """How many characters outside the BMP lie in code points [start, end)."""
        return bisect_left(self._astral_cp, end) - bisect_left(self._astral_cp, start)


def to_utf16(text: str, offset: int) -> int:
    """One-off conversion of a code-point offset in ``text`` to UTF-16 units."""
    return utf16_length(text[:offset])


def to_code_point(text: str, unit: int) -> int:
    """One-off conversion of a UTF-16 offset in ``text`` to code points."""
    return Utf16Index(text).to_code_point(unit)


__all__ = ["Utf16Index", "to_code_point", "to_utf16", "utf16_length"]
