"""Drawing of highlights and block decorations for the visible blocks only."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTextBlock, QTextLine

from annotary.ui.reader.block_styles import BlockInfo, style_for


@dataclass(slots=True)
class VisibleBlock:
    block: QTextBlock
    pos: int  # document position of the block's first character
    end: int  # document position after its last character
    top: float  # viewport y of the block's top
    info: BlockInfo


@dataclass(frozen=True, slots=True)
class ReaderColors:
    """Colours of the reading surface, chosen for a light or a dark base."""

    dark: bool
    fill_alpha: int
    find_alpha: int
    rule: QColor
    marker: QColor
    quote_bar: QColor
    active: QColor


def reader_colors(dark: bool) -> ReaderColors:
    if dark:
        return ReaderColors(
            True,
            92,
            120,
            QColor("#3a3d43"),
            QColor("#9a9fa6"),
            QColor("#4a4e55"),
            QColor("#f2f3f5"),
        )
    return ReaderColors(
        False,
        78,
        110,
        QColor("#dcddd9"),
        QColor("#80858c"),
        QColor("#d0d2cd"),
        QColor("#1f2328"),
    )


def _x(line: QTextLine, position: int) -> float:
    result: Any = line.cursorToX(position)
    return float(result[0])


def range_rects(
    visible: list[VisibleBlock], starts: list[int], ds: int, de: int, pad: float
) -> list[QRectF]:
    """Viewport rectangles covering document range [ds, de), one per line part."""
    rects: list[QRectF] = []
    i = max(0, bisect_right(starts, ds) - 1)
    for vb in visible[i:]:
        if vb.pos > de or (vb.pos == de and de > ds):
            break
        if vb.end < ds:
            continue
        tl = vb.block.layout()
        origin = tl.position()
        s = max(ds, vb.pos) - vb.pos
        e = min(de, vb.end) - vb.pos
        for k in range(tl.lineCount()):
            line = tl.lineAt(k)
            ls = line.textStart()
            le = ls + line.textLength()
            if le < s or (le == s and s != e):
                continue
            if ls > e or (ls == e and s != e):
                break
            x1 = _x(line, max(s, ls))
            x2 = _x(line, min(e, le))
            if x2 < x1:
                x1, x2 = x2, x1
            if x2 - x1 < 0.5 and ds != de:
                continue  # only the paragraph break of a multi-paragraph range
            y = vb.top + origin.y() + line.y()
            rects.append(
                QRectF(origin.x() + x1, y - pad, max(x2 - x1, 1.0), line.height() + 2 * pad)
            )
    return rects


def fill_rects(painter: QPainter, rects: list[QRectF], color: QColor) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    for r in rects:
        painter.drawRoundedRect(r, 2.5, 2.5)


def split_fill_rects(painter: QPainter, rects: list[QRectF], colors: list[QColor]) -> None:
    """One span annotated more than once in different colours (say by two coders):
    each line part is split into equal bands, one per colour, so every colour shows."""
    painter.setPen(Qt.PenStyle.NoPen)
    n = len(colors)
    for r in rects:
        band = r.height() / n
        for i, color in enumerate(colors):
            painter.setBrush(color)
            painter.drawRect(QRectF(r.left(), r.top() + i * band, r.width(), band))


def underline_rects(
    painter: QPainter, rects: list[QRectF], color: QColor, style: str, layer: int, pad: float
) -> None:
    pen = QPen(color)
    pen.setWidthF(2.0 if style not in ("dashed", "dotted") else 1.8)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if style == "dashed":
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([2.5, 2.0])
    elif style == "dotted":
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([1.0, 1.5])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for r in rects:
        y = r.bottom() - pad + 1.5 + layer * 3.0
        if style == "wavy":
            path = QPainterPath(QPointF(r.left(), y))
            x, up = r.left(), True
            while x < r.right():
                x2 = min(x + 3.0, r.right())
                path.quadTo(QPointF((x + x2) / 2, y + (-2.0 if up else 2.0)), QPointF(x2, y))
                x, up = x2, not up
            pen.setWidthF(1.3)
            painter.setPen(pen)
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))


def outline_rects(painter: QPainter, rects: list[QRectF], color: QColor) -> None:
    pen = QPen(color)
    pen.setWidthF(1.6)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for r in rects:
        painter.drawRoundedRect(r.adjusted(-1.0, -1.0, 1.0, 1.0), 3.0, 3.0)


def paint_decorations(
    painter: QPainter, visible: list[VisibleBlock], colors: ReaderColors, em: float
) -> None:
    """Bullets and numbers of list items, block-quote bars, the rule under the byline."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for vb in visible:
        kind = vb.info.kind
        tl = vb.block.layout()
        if tl.lineCount() == 0:
            continue
        first = tl.lineAt(0)
        if kind == "header_gap":
            y = vb.top + first.y() + first.height() * 0.55
            painter.setPen(QPen(colors.rule, 1.0))
            painter.drawLine(QPointF(0.0, y), QPointF(em * 3.0, y))
        elif kind == "blockquote":
            indent = style_for(kind).indent * em * (vb.info.depth + 1)
            last = tl.lineAt(tl.lineCount() - 1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.quote_bar)
            painter.drawRoundedRect(
                QRectF(
                    indent - em * 0.9, vb.top + first.y(), 3.0, last.y() + last.height() - first.y()
                ),
                1.5,
                1.5,
            )
        elif kind == "li":
            indent = style_for(kind).indent * em * (vb.info.depth + 1)
            base = vb.top + first.y() + first.ascent()
            painter.setPen(colors.marker)
            if vb.info.ordered:
                label = f"{vb.info.number}."
                w = painter.fontMetrics().horizontalAdvance(label)
                painter.drawText(QPointF(indent - em * 0.45 - w, base), label)
            else:
                painter.setBrush(colors.marker)
                painter.setPen(Qt.PenStyle.NoPen)
                r = em * 0.14 if vb.info.depth == 0 else em * 0.11
                cy = vb.top + first.y() + first.height() * 0.55
                painter.drawEllipse(QPointF(indent - em * 0.8, cy), r, r)
