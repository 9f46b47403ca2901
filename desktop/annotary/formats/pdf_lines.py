"""The lines of a PDF page's text layer, in reading order (pypdf's text visitor).

pypdf reports each piece of text with the text matrix and the current
transformation; the piece's place on the page is their product. Pieces on the
same baseline make a line (left to right). A page whose lines start in two
groups, left and right of the middle, is read as two columns: the left column
top to bottom, then the right one; lines wider than a column (a headline across
both) keep their place between the bands of columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

_SAME_LINE = 2.0  # points: pieces whose baselines differ by less are one line
_CHAR_WIDTH = 0.5  # an average glyph is about half the font size wide


@dataclass(slots=True, eq=False)
class Line:
    x: float
    y: float  # baseline, from the bottom of the page
    size: float  # font size in points
    text: str

    @property
    def width(self) -> float:
        return len(self.text) * self.size * _CHAR_WIDTH


def page_lines(page: Any) -> list[Line]:
    """The text lines of a pypdf page, in reading order."""
    pieces: list[Line] = []

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = abs(tm[3] * cm[3]) or 1.0
        for k, part in enumerate(text.split("\n")):
            if part.strip():
                pieces.append(Line(float(x), float(y) - k * size * scale, size * scale, part))

    page.extract_text(visitor_text=visit)
    lines = _merge(pieces)
    box = page.mediabox
    return _reading_order(lines, float(box.width))


def _merge(pieces: list[Line]) -> list[Line]:
    pieces.sort(key=lambda p: (-round(p.y), p.x))
    lines: list[Line] = []
    for piece in pieces:
        last = lines[-1] if lines else None
        if last is not None and abs(last.y - piece.y) < _SAME_LINE and piece.x >= last.x:
            gap = piece.x - (last.x + last.width)
            if gap < piece.size * 1.5:  # farther apart: another column
                space = "" if last.text.endswith(" ") or gap < piece.size * 0.15 else " "
                last.text = last.text + space + piece.text
                continue
        lines.append(Line(piece.x, piece.y, piece.size, piece.text.strip()))
    for line in lines:
        line.text = " ".join(line.text.split())
    return lines


def _reading_order(lines: list[Line], width: float) -> list[Line]:
    middle = width / 2
    right = [ln for ln in lines if ln.x >= middle - width * 0.04]
    if len(right) < 3 or len(right) == len(lines):
        return lines
    out: list[Line] = []
    band_left: list[Line] = []
    band_right: list[Line] = []

    def flush() -> None:
        out.extend(band_left)
        out.extend(band_right)
        band_left.clear()
        band_right.clear()

    for line in lines:  # top to bottom
        if line.x >= middle - width * 0.04:
            band_right.append(line)
        elif line.x + line.width > middle + width * 0.08:
            flush()  # a line across both columns
            out.append(line)
        else:
            band_left.append(line)
    flush()
    return out
