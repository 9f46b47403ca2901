"""ReaderView: the read-only article view with exact offsets and fast highlights.

Everything the window needs goes through this class; offsets are canonical code
points over ``article.text`` (end exclusive), never Qt positions.

Signals
  tag_requested(str)            quote | speaker | theme | note (selection bar, keys Q/S/T, menu)
  quick_theme_requested(int)    digits 1-9
  highlight_clicked(str)        a click (no drag) on a highlight: the innermost id
  link_activated(str)           a click on a link; the window decides whether to open it
  selection_range_changed(object)  (start, end) or None
  reading_position_changed(float)  0..1, debounced
  scrolled_through()            the end of the article has been on screen (once per article)
  zoom_changed(int)             zoom level, 0 = default
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QShortcut,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from annotary.domain.layout import Layout
from annotary.domain.models import Article
from annotary.ui.reader import painting
from annotary.ui.reader.block_spacing import is_spaced, space_block
from annotary.ui.reader.block_styles import BlockInfo
from annotary.ui.reader.document_builder import BuiltDocument, apply_sizes, build_document
from annotary.ui.reader.find_bar import FindBar
from annotary.ui.reader.find_controller import FindController
from annotary.ui.reader.highlights import HighlightIndex, HighlightLike, color_of, style_of
from annotary.ui.reader.reader_input import ReaderInputMixin
from annotary.ui.reader.selection_bar import SelectionBar
from annotary.ui.style.fonts import BASE_POINT_SIZE, is_cjk_language, reading_font
from annotary.ui.style.palette import is_dark

MEASURE_CHARS = 68  # average characters per line of the text column
MEASURE_CJK = 38  # ideographs per line for Chinese / Japanese / Korean
ZOOM_STEP = 1.1
ZOOM_MIN, ZOOM_MAX = -5, 10
TAG_KEYS = {Qt.Key.Key_Q: "quote", Qt.Key.Key_S: "speaker", Qt.Key.Key_T: "theme"}


class ReaderView(ReaderInputMixin, QPlainTextEdit):
    """Shows one article for close reading; see the module docstring for signals."""

    tag_requested = Signal(str)
    quick_theme_requested = Signal(int)
    highlight_clicked = Signal(str)
    link_activated = Signal(str)
    selection_range_changed = Signal(object)
    reading_position_changed = Signal(float)
    scrolled_through = Signal()
    zoom_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setCenterOnScroll(True)
        self.setAccessibleName("Article text")
        self.setAccessibleDescription("The article being read; select text to tag it")
        self.viewport().setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._article: Article | None = None
        self._built: BuiltDocument | None = None
        self._zoom = 0
        self._language: str | None = None
        self._highlights = HighlightIndex()
        self._active: str | None = None
        self._tooltip_provider: Callable[[str], str] | None = None
        self._through_emitted = False
        self._press_pos: QPoint | None = None
        self.open_links_automatically = False  # the window decides by default
        self.setFont(reading_font(None, BASE_POINT_SIZE))

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.finder = FindController(self.find_bar, self.text, self._on_find_hit)
        self.find_bar.closed.connect(self.close_find)
        self.selection_bar = SelectionBar(self)
        self.selection_bar.tag_requested.connect(self.tag_requested)

        self._position_timer = QTimer(self, singleShot=True, interval=250)
        self._position_timer.timeout.connect(self._report_position)
        self._selection_timer = QTimer(self, singleShot=True, interval=90)
        self._selection_timer.timeout.connect(self._place_selection_bar)
        self.verticalScrollBar().valueChanged.connect(self._position_timer.start)
        self.selectionChanged.connect(self._on_selection_changed)
        self._shortcuts()

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        pairs: list[tuple[Any, Callable[[], object]]] = [
            (QKeySequence.StandardKey.Find, self.open_find),
            (QKeySequence(Qt.Key.Key_F3), self.finder.next),
            (QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F3), self.finder.previous),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Equal), self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_0), self.reset_zoom),
        ]
        seen: set[str] = set()
        for seq, slot in pairs:
            key = QKeySequence(seq).toString()
            if not key or key in seen:
                continue
            seen.add(key)
            QShortcut(QKeySequence(seq), self, slot, context=ctx)

    # ---- article -------------------------------------------------------------

    def set_article(
        self,
        article: Article,
        layout: Layout | None = None,
        highlights: Iterable[HighlightLike] = (),
    ) -> None:
        """Show ``article`` set with ``layout`` (plain paragraphs when None)."""
        self._article = article
        self._language = article.language
        self.setFont(reading_font(article.language, self._point_size()))
        self._highlights.reset(list(highlights))
        self._active = None
        self.finder.clear()
        built = build_document(article, layout, self.font())
        apply_sizes(built.document, built.sized, self._point_size())
        previous = self._built
        self._built = built
        built.document.setParent(self)
        self.setDocument(built.document)
        if previous is not None:
            previous.document.deleteLater()
        self._through_emitted = False
        self._update_margins()
        if self.find_bar.isVisible() and self.find_bar.query():
            self.finder.search(self.find_bar.query())
        self.selection_bar.hide()
        self._position_timer.start()

    def clear_article(self) -> None:
        self._article = None
        self._built = None
        self._highlights.reset([])
        self.setPlainText("")

    def article(self) -> Article | None:
        return self._article

    def text(self) -> str:
        """The canonical text of the article shown ('' when none)."""
        return self._article.text if self._article else ""

    # ---- offsets ---------------------------------------------------------------

    def selection_range(self) -> tuple[int, int] | None:
        """The selection as canonical (start, end) code points, or None."""
        c = self.textCursor()
        if not self._built or not c.hasSelection():
            return None
        return self._built.offsets.range_to_canonical(c.selectionStart(), c.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select canonical [start, end) and bring it into view."""
        if not self._built:
            return
        a, b = self._built.offsets.range_to_document(start, end)
        c = QTextCursor(self.document())
        c.setPosition(a)
        c.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(c)
        self.ensureCursorVisible()

    def clear_selection(self) -> None:
        c = self.textCursor()
        c.clearSelection()
        self.setTextCursor(c)

    def selected_text(self) -> str:
        """The canonical text of the selection ('' when none)."""
        r = self.selection_range()
        return self.text()[r[0] : r[1]] if r else ""

    def offset_at(self, point: QPoint) -> int | None:
        """The canonical offset at a viewport point (None over the header)."""
        if not self._built:
            return None
        pos = self.cursorForPosition(point).position()
        if not self._built.offsets.in_body(pos):
            return None
        return self._built.offsets.to_canonical(pos)

    def scroll_to(self, offset: int) -> None:
        """Scroll so that canonical ``offset`` is in the upper part of the view."""
        if not self._built:
            return
        pos = self._built.offsets.to_document(offset)
        block = self.document().findBlock(pos)
        self._ensure_spaced(block)
        tl = block.layout()
        line_index = 0
        if tl.lineCount():
            line_index = max(0, tl.lineForTextPosition(pos - block.position()).lineNumber())
        bar = self.verticalScrollBar()
        bar.setValue(max(0, block.firstLineNumber() + line_index - 3))

    def range_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle around canonical [start, end) if on screen, else empty."""
        if not self._built:
            return QRect()
        visible = self._visible_blocks()
        ds, de = self._built.offsets.range_to_document(start, end)
        rects = painting.range_rects(visible, [v.pos for v in visible], ds, de, 0.0)
        out = QRect()
        for r in rects:
            out = out.united(r.toAlignedRect())
        return out

    # ---- highlights ---------------------------------------------------------------

    def set_highlights(self, items: Iterable[HighlightLike]) -> None:
        self._highlights.reset(list(items))
        self.viewport().update()

    def add_highlight(self, item: HighlightLike) -> None:
        self._highlights.add(item)
        self.viewport().update()

    def update_highlight(self, item: HighlightLike) -> None:
        self._highlights.add(item)
        self.viewport().update()

    def remove_highlight(self, hid: str) -> None:
        if self._highlights.remove(hid) is not None:
            self.viewport().update()
        if self._active == hid:
            self._active = None

    def highlight(self, hid: str) -> HighlightLike | None:
        return self._highlights.get(hid)

    def highlights(self) -> list[HighlightLike]:
        return self._highlights.items()

    def highlight_at(self, offset: int) -> list[str]:
        """Ids of the highlights covering canonical ``offset``, innermost first."""
        return self._highlights.at(offset)

    def set_active_highlight(self, hid: str | None) -> None:
        """Outline highlight ``hid`` (None: no outline)."""
        self._active = hid
        self.viewport().update()

    def active_highlight(self) -> str | None:
        return self._active

    def set_tooltip_provider(self, provider: Callable[[str], str] | None) -> None:
        """``provider(id) -> text`` gives the hover tooltip of a highlight."""
        self._tooltip_provider = provider

    # ---- zoom and reading position ------------------------------------------------

    def _point_size(self) -> float:
        return round(BASE_POINT_SIZE * ZOOM_STEP**self._zoom, 2)

    def zoom_level(self) -> int:
        return self._zoom

    def set_zoom(self, level: int) -> None:
        level = max(ZOOM_MIN, min(ZOOM_MAX, level))
        if level == self._zoom:
            return
        position = self.reading_position()
        self._zoom = level
        font = reading_font(self._language, self._point_size())
        self.setFont(font)
        if self._built:
            self.document().setDefaultFont(font)
            apply_sizes(self.document(), self._built.sized, self._point_size())
        self._update_margins()
        self.set_reading_position(position)
        self.zoom_changed.emit(level)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom - 1)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def reading_position(self) -> float:
        bar = self.verticalScrollBar()
        return bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0

    def set_reading_position(self, fraction: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(round(max(0.0, min(1.0, fraction)) * bar.maximum()))

    def _report_position(self) -> None:
        self.reading_position_changed.emit(self.reading_position())
        if not self._through_emitted and self._article and self._end_visible():
            self._through_emitted = True
            self.scrolled_through.emit()

    def _end_visible(self) -> bool:
        return any(not vb.block.next().isValid() for vb in self._visible_blocks())

    # ---- find ------------------------------------------------------------------------

    def open_find(self, query: str | None = None) -> None:
        """Show the find bar (Ctrl+F) and focus its field."""
        self.find_bar.show()
        self._place_find_bar()
        if query is not None:
            self.find_bar.field.setText(query)
        self.find_bar.field.setFocus()
        self.find_bar.field.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.finder.clear()
        self.setFocus()
        self.viewport().update()

    def _on_find_hit(self, hit: tuple[int, int] | None) -> None:
        if hit is not None:
            self.scroll_to(hit[0])
        self.viewport().update()

    # ---- layout and painting ---------------------------------------------------------

    def _em(self) -> float:
        return float(self.fontMetrics().height()) * 0.85

    def _update_margins(self) -> None:
        fm = self.fontMetrics()
        if is_cjk_language(self._language):
            column = int(fm.horizontalAdvance("中") * MEASURE_CJK)
        else:
            column = int(fm.averageCharWidth() * MEASURE_CHARS)
        side_min = max(16, int(self._em() * 1.5))
        width = self.width() - self.verticalScrollBar().sizeHint().width()
        column = min(column, max(120, width - 2 * side_min))
        side = max(side_min, (width - column) // 2)
        top = int(self._em() * 1.2)
        self.setViewportMargins(side, top, max(0, width - column - side), 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)
        self._place_find_bar()
        if self.selection_bar.isVisible():
            self._place_selection_bar()

    def _info(self, block: Any) -> BlockInfo:
        if self._built is None:
            return BlockInfo("p")
        return self._built.info_for(block.position(), block.length())

    def _ensure_spaced(self, block: Any) -> None:
        lay = self.document().documentLayout()
        if block.layout().lineCount() == 0:
            lay.blockBoundingRect(block)
        if not is_spaced(block) and self._built is not None:
            width = float(self.viewport().width())
            if space_block(block, self._info(block), self._em(), width):
                lay.documentSizeChanged.emit(lay.documentSize())

    def _visible_blocks(self) -> list[painting.VisibleBlock]:
        if not self._built:
            return []
        lay = self.document().documentLayout()
        block = self.firstVisibleBlock()
        y = self.contentOffset().y()
        height = self.viewport().height()
        out: list[painting.VisibleBlock] = []
        while block.isValid() and y <= height:
            self._ensure_spaced(block)
            h = lay.blockBoundingRect(block).height()
            out.append(
                painting.VisibleBlock(
                    block,
                    block.position(),
                    block.position() + block.length() - 1,
                    y,
                    self._info(block),
                )
            )
            y += h
            block = block.next()
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        visible = self._visible_blocks()
        if not visible:
            super().paintEvent(event)
            return
        colors = painting.reader_colors(is_dark(self.palette()))
        starts = [v.pos for v in visible]
        offsets = self._built.offsets  # type: ignore[union-attr]
        a = offsets.to_canonical(visible[0].pos)
        b = offsets.to_canonical(visible[-1].end, round_up=True) + 1
        items = self._highlights.query(a, b)
        finds = self.finder.index.query(a, b) if self.finder.hits else []
        pad = self.fontMetrics().height() * 0.12
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painting.paint_decorations(painter, visible, colors, self._em())
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
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        layer = 0
        current = self.finder.current_hit()
        for item, rects, style in later:
            if style in ("underline", "dashed", "wavy"):
                painting.underline_rects(
                    painter, rects, QColor(color_of(item)), style, layer % 3, pad
                )
                layer += 1
            elif style == "outline":
                painting.outline_rects(painter, rects, QColor(color_of(item)))
            if item.id == self._active or (
                item.kind == "find" and current == (item.start, item.end)
            ):
                painting.outline_rects(painter, rects, colors.active)
        painter.end()

    def _place_find_bar(self) -> None:
        if not self.find_bar.isVisible():
            return
        self.find_bar.adjustSize()
        size = self.find_bar.sizeHint()
        self.find_bar.setGeometry(self.width() - size.width() - 24, 10, size.width(), size.height())
        self.find_bar.raise_()

    # ---- selection ------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        r = self.selection_range()
        self.selection_range_changed.emit(r)
        if r is None:
            self.selection_bar.hide()
        else:
            self._selection_timer.start()

    def _place_selection_bar(self) -> None:
        if self.selection_range() is None or self._press_pos is not None:
            self.selection_bar.hide()
            return
        c = self.textCursor()
        end = QTextCursor(c)
        end.setPosition(c.selectionEnd())
        rect = self.cursorRect(end)
        rect.translate(self.viewport().pos())
        self.selection_bar.place_near(rect, self.rect())

    def createMimeDataFromSelection(self) -> QMimeData:
        data = QMimeData()
        data.setText(self.selected_text())
        return data

    # ---- input (see reader_input.py) -----------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.handle_click(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.handle_hover(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu: QMenu = self.build_context_menu()
        menu.exec(event.globalPos())

    def viewportEvent(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
