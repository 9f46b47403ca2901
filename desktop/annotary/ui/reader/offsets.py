"""Canonical code-point offsets <-> positions in the reader's QTextDocument.

The document holds, in order: a few header blocks (headline, outlet, byline,
date) that are not part of the article text, then the canonical text itself in
which every "\\n" became either a block separator (between layout blocks) or a
line separator U+2028 (inside a block). Both are one UTF-16 unit, exactly like
"\\n", so a document position is ``header_length`` plus the UTF-16 offset of the
canonical code point: the two are converted by :class:`annotary.domain.utf16.Utf16Index`.
"""

from __future__ import annotations

from annotary.domain.utf16 import Utf16Index


class OffsetMap:
    """Converts between canonical offsets and document positions of one article."""

    __slots__ = ("header_length", "index", "text_length")

    def __init__(self, text: str, header_length: int) -> None:
        self.index = Utf16Index(text)
        self.header_length = header_length
        self.text_length = len(text)

    def to_document(self, offset: int) -> int:
        """The document position of canonical code point ``offset`` (clamped)."""
        return self.header_length + self.index.to_utf16(offset)

    def to_canonical(self, position: int, *, round_up: bool = False) -> int:
        """The canonical offset of a document position; header positions give 0."""
        return self.index.to_code_point(position - self.header_length, round_up=round_up)

    def in_body(self, position: int) -> bool:
        """True when a document position lies in the article text (not the header)."""
        return position >= self.header_length

    def range_to_document(self, start: int, end: int) -> tuple[int, int]:
        return self.to_document(start), self.to_document(end)

    def range_to_canonical(self, start: int, end: int) -> tuple[int, int] | None:
        """Canonical (start, end) of a document range, or None if it is outside the text."""
        if end <= self.header_length:
            return None
        a = self.to_canonical(start)
        b = self.to_canonical(end, round_up=True)
        if b <= a:
            return None
        return a, b
