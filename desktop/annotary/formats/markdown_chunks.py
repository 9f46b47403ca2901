"""Long Markdown rendered in independent pieces, so its cost grows with its length.

Python-Markdown slows down faster than a text grows (0.9 MB took 3 s, 1.8 MB
11 s), and cannot be interrupted. A body longer than :data:`CHUNK_CHARS` is cut
at blank lines into pieces of about that size, each rendered alone, with the
cancel callback asked between pieces. A cut is never made inside a fenced code
block, nor before a line that continues the block above it (an indented line,
a list item, a quotation, a table row). Link reference definitions apply to the
whole text, so each piece gets those it uses; a text with footnotes is rendered
whole (their numbering spans the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CHUNK_CHARS = 65_536

_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_CONTINUES = re.compile(r"^(?:[ \t]|[-*+] |\d{1,9}[.)] |>|\|)")
_REFERENCE = re.compile(r"^ {0,3}\[([^\]\n]+)\]:[ \t]*\S.*$", re.M)


def _pieces(body: str) -> Iterator[str]:
    lines = body.split("\n")
    start = 0
    size = 0
    fence: str | None = None
    for i, line in enumerate(lines):
        size += len(line) + 1
        opened = _FENCE.match(line)
        if opened:
            marker = opened.group(1)
            fence = None if fence == marker else (fence or marker)
        if (
            size >= CHUNK_CHARS
            and fence is None
            and not line.strip()
            and i + 1 < len(lines)
            and lines[i + 1].strip()
            and not _CONTINUES.match(lines[i + 1])
        ):
            yield "\n".join(lines[start : i + 1])
            start, size = i + 1, 0
    yield "\n".join(lines[start:])


def markdown_pieces(body: str) -> list[str]:
    """``body`` as pieces that render alone as they render together."""
    if len(body) <= CHUNK_CHARS or "[^" in body:
        return [body]
    references = {m.group(1).lower(): m.group(0) for m in _REFERENCE.finditer(body)}
    pieces = list(_pieces(body))
    if not references or len(pieces) == 1:
        return pieces
    out = []
    for piece in pieces:
        lowered = piece.lower()
        used = [d for label, d in references.items() if f"[{label}]" in lowered]
        out.append(piece + ("\n\n" + "\n".join(used) if used else ""))
    return out
