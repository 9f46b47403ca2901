"""Column layout, block spacing and painting of the ReaderView (visible blocks only)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QTextCursor

from annotary.ui.reader import painting
from annotary.ui.reader.block_spacing import is_spaced, space_block
from annotary.ui.reader.block_styles import BlockInfo
from annotary.ui.reader.highlights import HighlightLike, color_of, style_of
from annotary.ui.style.fonts import is_cjk_language
from annotary.ui.style.palette import is_dark

if TYPE_CHECKING:
    from annotary.ui.reader.reader_view import ReaderView

MEASURE_CHARS = 68  # average characters per line of the text column
MEASURE_CJK = 38  # ideographs per line for Chinese / Japanese / Korean


def em(view: ReaderView) -> float:
    return float(view.fontMetrics().height()) * 0.85


def update_margins(view: ReaderView) -> None:
    fm = view.fontMetrics()
    if is_cjk_language(view._language):
        column = int(fm.horizontalAdvance("中") * MEASURE_CJK)
    else:
        column = int(fm.averageCharWidth() * MEASURE_CHARS)
    side_min = max(16, int(em(view) * 1.5))
    width = view.width() - view.verticalScrollBar().sizeHint().width()
    column = min(column, max(120, width - 2 * side_min))
    side = max(side_min, (width - column) // 2)
    top = int(em(view) * 1.2)
    view.setViewportMargins(side, top, max(0, width - column - side), 0)


def info(view: ReaderView, block: Any) -> BlockInfo:
    if view._built is None:
        return BlockInfo("p")
    return view._built.info_for(block.position(), block.length())


def ensure_spaced(view: ReaderView, block: Any) -> None:
    lay = view.document().documentLayout()
    if block.layout().lineCount() == 0:
        lay.blockBoundingRect(block)
    if not is_spaced(block) and view._built is not None:
        width = float(view.viewport().width())
        if space_block(block, info(view, block), em(view), width):
            lay.documentSizeChanged.emit(lay.documentSize())


def visible_blocks(view: ReaderView) -> list[painting.VisibleBlock]:
    if not view._built:
        return []
    lay = view.document().documentLayout()
    block = view.firstVisibleBlock()
    y = view.contentOffset().y()
    height = view.viewport().height()
    out: list[painting.VisibleBlock] = []
    while block.isValid() and y <= height:
        ensure_spaced(view, block)
        h = lay.blockBoundingRect(block).height()
        out.append(
            painting.VisibleBlock(
                block,
                block.position(),
                block.position() + block.length() - 1,
                y,
                info(view, block),
            )
        )
        y += h
        block = block.next()
    return out


def paint(view: ReaderView, event: QPaintEvent, base_paint: Callable[[QPaintEvent], None]) -> None:
    visible = visible_blocks(view)
    if not visible:
        base_paint(event)
        return
    colors = painting.reader_colors(is_dark(view.palette()))
    starts = [v.pos for v in visible]
    offsets = view._built.offsets  # type: ignore[union-attr]
    a = offsets.to_canonical(visible[0].pos)
    b = offsets.to_canonical(visible[-1].end, round_up=True) + 1
    items = view._highlights.query(a, b)
    finds = view.finder.index.query(a, b) if view.finder.hits else []
    pad = view.fontMetrics().height() * 0.12
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painting.paint_decorations(painter, visible, colors, em(view))
    later: list[tuple[HighlightLike, list[Any], str]] = []
    for item in sorted(items, key=lambda h: -(h.end - h.start)) + finds:
        ds, de = offsets.range_to_document(item.start, item.end)
        rects = painting.range_rects(visible, starts, ds, de, pad)
        if not rects:
            continue
        style = style_of(item)
        if style == "fill":
            color = QColor(color_of(item))
            color.setAlpha(colors.find_alpha if item.kind == "find" else colors.fill_alpha)
            painting.fill_rects(painter, rects, color)
        later.append((item, rects, style))
    painter.end()
    base_paint(event)
    painter = QPainter(view.viewport())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    layer = 0
    current = view.finder.current_hit()
    for item, rects, style in later:
        if style in ("underline", "dashed", "wavy"):
            painting.underline_rects(painter, rects, QColor(color_of(item)), style, layer % 3, pad)
            layer += 1
        elif style == "outline":
            painting.outline_rects(painter, rects, QColor(color_of(item)))
        if item.id == view._active or (item.kind == "find" and current == (item.start, item.end)):
            painting.outline_rects(painter, rects, colors.active)
    painter.end()


def place_find_bar(view: ReaderView) -> None:
    if not view.find_bar.isVisible():
        return
    view.find_bar.adjustSize()
    size = view.find_bar.sizeHint()
    view.find_bar.setGeometry(view.width() - size.width() - 24, 10, size.width(), size.height())
    view.find_bar.raise_()


def scroll_to(view: ReaderView, offset: int) -> None:
    """Scroll so that canonical ``offset`` is in the upper part of the view."""
    if not view._built:
        return
    pos = view._built.offsets.to_document(offset)
    block = view.document().findBlock(pos)
    view._ensure_spaced(block)
    tl = block.layout()
    line_index = 0
    if tl.lineCount():
        line_index = max(0, tl.lineForTextPosition(pos - block.position()).lineNumber())
    bar = view.verticalScrollBar()
    bar.setValue(max(0, block.firstLineNumber() + line_index - 3))


def range_rect(view: ReaderView, start: int, end: int) -> QRect:
    """Viewport rectangle around canonical [start, end) if on screen, else empty."""
    if not view._built:
        return QRect()
    visible = view._visible_blocks()
    ds, de = view._built.offsets.range_to_document(start, end)
    rects = painting.range_rects(visible, [v.pos for v in visible], ds, de, 0.0)
    out = QRect()
    for r in rects:
        out = out.united(r.toAlignedRect())
    return out


def place_selection_bar(view: ReaderView) -> None:
    if view.selection_range() is None or view._press_pos is not None:
        view.selection_bar.hide()
        return
    c = view.textCursor()
    end = QTextCursor(c)
    end.setPosition(c.selectionEnd())
    rect = view.cursorRect(end)
    rect.translate(view.viewport().pos())
    view.selection_bar.place_near(rect, view.rect())
