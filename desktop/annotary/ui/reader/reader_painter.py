"""The reader's painter: highlights, find hits and decorations for the visible blocks.

It owns what is drawn over the text (the highlight index and the active
highlight) and keeps the rectangles of its last paint (``painted``), so tests and
tools can compare them with the text's own geometry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QPlainTextEdit

from annotary.ui.reader import painting
from annotary.ui.reader.block_spacing import em_of
from annotary.ui.reader.block_styles import BlockInfo
from annotary.ui.reader.document_builder import BuiltDocument
from annotary.ui.reader.find_controller import FindController
from annotary.ui.reader.highlights import (
    HighlightIndex,
    HighlightLike,
    color_of,
    mark_of,
    parts_of,
    style_of,
)
from annotary.ui.style.palette import is_dark


@dataclass(frozen=True, slots=True)
class PaintedRange:
    """One range drawn by the last paint: a highlight (one per part of a highlight in
    several parts), a suggestion or a find hit."""

    id: str
    kind: str
    style: str
    start: int  # canonical code points, end exclusive (of the part drawn)
    end: int
    document_range: tuple[int, int]  # the same range in Qt document positions
    rects: tuple[QRectF, ...]  # viewport coordinates, one per line part
    outlined: bool  # the active highlight or the current find hit


class ReaderPainter:
    """Paints over ``view``'s text; the view hands it the document it shows."""

    def __init__(self, view: QPlainTextEdit, finder: FindController) -> None:
        self._view = view
        self._finder = finder
        self.highlights = HighlightIndex()
        self.active: str | None = None
        self.built: BuiltDocument | None = None
        self.painted: list[PaintedRange] = []

    def em(self) -> float:
        return em_of(self._view.fontMetrics())

    def visible_blocks(self) -> list[painting.VisibleBlock]:
        """The blocks on screen with their viewport tops, as Qt paints them."""
        built = self.built
        if built is None:
            return []
        view = self._view
        lay = view.document().documentLayout()
        block = view.firstVisibleBlock()
        y = view.contentOffset().y()
        height = view.viewport().height()
        out: list[painting.VisibleBlock] = []
        while block.isValid() and y <= height:
            h = lay.blockBoundingRect(block).height()  # spaces the block (document_layout.py)
            pos = block.position()
            info: BlockInfo = built.info_for(pos, block.length())
            out.append(painting.VisibleBlock(block, pos, pos + block.length() - 1, y, info))
            y += h
            block = block.next()
        return out

    def end_visible(self) -> bool:
        return any(not vb.block.next().isValid() for vb in self.visible_blocks())

    def rects(self, start: int, end: int, pad: float = 0.0) -> list[QRectF]:
        """Viewport rectangles of canonical [start, end) on screen now."""
        if self.built is None:
            return []
        visible = self.visible_blocks()
        ds, de = self.built.offsets.range_to_document(start, end)
        return painting.range_rects(visible, [v.pos for v in visible], ds, de, pad)

    def range_rect(self, start: int, end: int) -> QRect:
        """The bounding rectangle of canonical [start, end) if on screen, else empty."""
        out = QRect()
        for r in self.rects(start, end):
            out = out.united(r.toAlignedRect())
        return out

    def paint(self, event: QPaintEvent, base_paint: Callable[[QPaintEvent], None]) -> None:
        """Fills under the text, Qt's text (``base_paint``), then lines and outlines."""
        visible = self.visible_blocks()
        self.painted = []
        if not visible or self.built is None:
            base_paint(event)
            return
        view = self._view
        colors = painting.reader_colors(is_dark(view.palette()))
        starts = [v.pos for v in visible]
        offsets = self.built.offsets
        a = offsets.to_canonical(visible[0].pos)
        b = offsets.to_canonical(visible[-1].end, round_up=True) + 1
        items = self.highlights.query(a, b)
        finds = self._finder.index.query(a, b) if self._finder.hits else []
        pad = view.fontMetrics().height() * 0.12
        current = self._finder.current_hit()
        painter = QPainter(view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_decorations(painter, visible, colors, self.em())
        later: list[tuple[HighlightLike, list[QRectF], str, bool]] = []
        shared = _shared_spans(items)
        split_done: set[tuple[int, int]] = set()
        spans = [(item, part) for item in items for part in parts_of(item)]
        spans.sort(key=lambda pair: -(pair[1][1] - pair[1][0]))
        for item, key in spans + [(find, (find.start, find.end)) for find in finds]:
            # A highlight in several parts (a quote split around its attribution) is
            # painted part by part, and outlined as a whole when active.
            ds, de = offsets.range_to_document(*key)
            rects = painting.range_rects(visible, starts, ds, de, pad)
            if not rects:
                continue
            style = style_of(item)
            outlined = item.id == self.active or (
                item.kind == "find" and current == (item.start, item.end)
            )
            if style == "fill" and shared and key in shared:
                if key not in split_done:  # one span, several colours: all of them show
                    split_done.add(key)
                    faded = [_alpha(c, colors.fill_alpha) for c in shared[key]]
                    painting.split_fill_rects(painter, rects, faded)
            elif style == "fill":
                color = QColor(color_of(item))
                color.setAlpha(colors.find_alpha if item.kind == "find" else colors.fill_alpha)
                painting.fill_rects(painter, rects, color)
            later.append((item, rects, style, outlined))
            self.painted.append(
                PaintedRange(
                    item.id,
                    item.kind,
                    style,
                    key[0],
                    key[1],
                    (ds, de),
                    tuple(rects),
                    outlined,
                )
            )
        painter.end()
        base_paint(event)
        self._paint_lines(later, colors, pad)

    def _paint_lines(
        self,
        later: list[tuple[HighlightLike, list[QRectF], str, bool]],
        colors: painting.ReaderColors,
        pad: float,
    ) -> None:
        painter = QPainter(self._view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        layer = 0
        for item, rects, style, outlined in later:
            color = QColor(color_of(item))
            line = mark_of(item) or style
            if line in ("underline", "dotted", "dashed", "wavy"):
                painting.underline_rects(painter, rects, color, line, layer % 3, pad)
                layer += 1
            elif style == "outline":
                painting.outline_rects(painter, rects, color)
            if outlined:
                painting.outline_rects(painter, rects, colors.active)
        painter.end()


def _shared_spans(items: list[HighlightLike]) -> dict[tuple[int, int], list[str]]:
    """Spans filled more than once in different colours, with their colours in order."""
    by_span: dict[tuple[int, int], list[str]] = {}
    for h in items:
        if style_of(h) == "fill" and h.kind != "find":
            for part in parts_of(h):
                by_span.setdefault(part, []).append(color_of(h))
    return {
        span: list(dict.fromkeys(found))
        for span, found in by_span.items()
        if len(found) > 1 and len(set(found)) > 1
    }


def _alpha(name: str, alpha: int) -> QColor:
    color = QColor(name)
    color.setAlpha(alpha)
    return color
