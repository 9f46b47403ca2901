"""ReaderView: the read-only article view with exact offsets and fast highlights.

Everything the window needs goes through this class; offsets are canonical code
points over ``article.text`` (end exclusive), never Qt positions.

Signals
  tag_requested(str)            quote | speaker | passage | note | add_to_quote (selection bar,
                                keys Q/S/T/A, menu)
  part_removal_requested(str, int)  the menu over one part of a highlight in several parts
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

from PySide6.QtCore import QMimeData, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QMouseEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from annotary.domain.layout import Layout
from annotary.domain.models import Article
from annotary.ui import keymap
from annotary.ui.reader.column import ReaderColumn
from annotary.ui.reader.document_builder import BuiltDocument, apply_sizes, build_document
from annotary.ui.reader.find_bar import FindBar
from annotary.ui.reader.find_controller import FindController
from annotary.ui.reader.highlights import HighlightLike
from annotary.ui.reader.reader_input import ReaderInput, install_shortcuts
from annotary.ui.reader.reader_painter import PaintedRange, ReaderPainter
from annotary.ui.reader.selection_bar import SelectionBar
from annotary.ui.richtext import plain_tip
from annotary.ui.style.fonts import BASE_POINT_SIZE, reading_font

ZOOM_STEP = 1.1
ZOOM_MIN, ZOOM_MAX = -5, 10


class ReaderView(QPlainTextEdit):
    """Shows one article for close reading; see the module docstring for signals.

    Its parts: the document layout (document_layout.py, set by the document builder)
    spaces blocks as Qt measures them; ``column`` keeps the text in a readable
    measure; ``painter`` draws highlights and find hits; ``input`` reads keys and
    the mouse.
    """

    tag_requested = Signal(str)
    quick_theme_requested = Signal(int)
    highlight_clicked = Signal(str)
    link_activated = Signal(str)
    part_removal_requested = Signal(str, int)  # highlight id, an offset in that part
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
        self.setAccessibleName(self.tr("Article text"))
        self.setAccessibleDescription(self.tr("The article being read; select text to tag it"))
        self.viewport().setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self._article: Article | None = None
        self._built: BuiltDocument | None = None
        self._zoom = 0
        self._through_emitted = False
        self.open_links_automatically = False  # the window decides by default
        self.setFont(reading_font(None, BASE_POINT_SIZE))

        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.finder = FindController(self.find_bar, self.text, self._on_find_hit)
        self.find_bar.closed.connect(self.close_find)
        self.selection_bar = SelectionBar(self)
        self.selection_bar.tag_requested.connect(self.tag_requested)
        self.column = ReaderColumn(self)
        self.painter = ReaderPainter(self, self.finder)
        self.input = ReaderInput(self, self)
        self.input.tag_requested.connect(self.tag_requested)
        self.input.quick_theme_requested.connect(self.quick_theme_requested)
        self.input.highlight_clicked.connect(self.highlight_clicked)
        self.input.link_activated.connect(self.link_activated)
        self.input.part_removal_requested.connect(self.part_removal_requested)

        self._position_timer = QTimer(self, singleShot=True, interval=250)
        self._position_timer.timeout.connect(self._report_position)
        self._selection_timer = QTimer(self, singleShot=True, interval=90)
        self._selection_timer.timeout.connect(self.place_selection_bar)
        self.verticalScrollBar().valueChanged.connect(self._position_timer.start)
        self.selectionChanged.connect(self._on_selection_changed)
        slots: list[tuple[str, Callable[[], object]]] = [
            ("find", self.open_find),
            ("find_next", self.finder.next),
            ("find_previous", self.finder.previous),
            ("zoom_in", self.zoom_in),
            ("zoom_out", self.zoom_out),
            ("zoom_reset", self.reset_zoom),
        ]
        install_shortcuts(
            self,
            [(seq, slot) for name, slot in slots for seq in keymap.sequences(name)]
            + self.input.key_slots(),
        )

    # ---- article -------------------------------------------------------------

    def set_article(
        self,
        article: Article,
        layout: Layout | None = None,
        highlights: Iterable[HighlightLike] = (),
    ) -> None:
        """Show ``article`` set with ``layout`` (plain paragraphs when None)."""
        self._article = article
        self.column.language = article.language
        self.setFont(reading_font(article.language, self._point_size()))
        self.painter.highlights.reset(list(highlights))
        self.painter.active = None
        self.finder.clear()
        built = build_document(article, layout, self.font())
        apply_sizes(built.document, built.sized, self._point_size())
        previous = self._built
        self._built = built
        self.painter.built = built
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
        self.painter.built = None
        self.painter.highlights.reset([])
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
        self.document().documentLayout().blockBoundingRect(block)  # laid out and spaced
        tl = block.layout()
        line_index = 0
        if tl.lineCount():
            line_index = max(0, tl.lineForTextPosition(pos - block.position()).lineNumber())
        bar = self.verticalScrollBar()
        bar.setValue(max(0, block.firstLineNumber() + line_index - 3))

    def range_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle around canonical [start, end) if on screen, else empty."""
        return self.painter.range_rect(start, end)

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles of canonical [start, end) on screen, one per line part."""
        return self.painter.rects(start, end)

    def painted_ranges(self) -> list[PaintedRange]:
        """What the last paint drew over the text, with its rectangles."""
        return list(self.painter.painted)

    # ---- highlights ---------------------------------------------------------------

    def set_highlights(self, items: Iterable[HighlightLike]) -> None:
        self.painter.highlights.reset(list(items))
        self.viewport().update()

    def add_highlight(self, item: HighlightLike) -> None:
        self.painter.highlights.add(item)
        self.viewport().update()

    def update_highlight(self, item: HighlightLike) -> None:
        self.painter.highlights.add(item)
        self.viewport().update()

    def remove_highlight(self, hid: str) -> None:
        if self.painter.highlights.remove(hid) is not None:
            self.viewport().update()
        if self.painter.active == hid:
            self.painter.active = None

    def highlight(self, hid: str) -> HighlightLike | None:
        return self.painter.highlights.get(hid)

    def highlights(self) -> list[HighlightLike]:
        return self.painter.highlights.items()

    def highlight_at(self, offset: int) -> list[str]:
        """Ids of the highlights covering canonical ``offset``, innermost first."""
        return self.painter.highlights.at(offset)

    def set_active_highlight(self, hid: str | None) -> None:
        """Outline highlight ``hid`` (None: no outline)."""
        self.painter.active = hid
        self.viewport().update()

    def active_highlight(self) -> str | None:
        return self.painter.active

    def set_tooltip_provider(self, provider: Callable[[str], str] | None) -> None:
        """``provider(id) -> text`` gives the hover tooltip of a highlight."""
        self.input.tooltip_provider = provider

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
        font = reading_font(self.column.language, self._point_size())
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
        return self.painter.end_visible()

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

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_margins()
        super().resizeEvent(event)
        self._place_find_bar()
        if self.selection_bar.isVisible():
            self.place_selection_bar()

    def _update_margins(self) -> None:
        self.column.update()

    def _place_find_bar(self) -> None:
        if not self.find_bar.isVisible():
            return
        self.find_bar.adjustSize()
        size = self.find_bar.sizeHint()
        self.find_bar.setGeometry(self.width() - size.width() - 24, 10, size.width(), size.height())
        self.find_bar.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painter.paint(event, super().paintEvent)

    # ---- selection ------------------------------------------------------------------------

    def _on_selection_changed(self) -> None:
        r = self.selection_range()
        self.selection_range_changed.emit(r)
        if r is None:
            self.selection_bar.hide()
        else:
            self._selection_timer.start()

    def place_selection_bar(self) -> None:
        """Show the tag bar below the selection's end (hidden while the mouse is down)."""
        if self.selection_range() is None or self.input.pressing:
            self.selection_bar.hide()
            return
        c = self.textCursor()
        end = QTextCursor(c)
        end.setPosition(c.selectionEnd())
        rect = self.cursorRect(end)
        span = self.selection_range()
        lines = self.range_rect(*span) if span else QRect()
        anchor = rect.united(lines) if not lines.isEmpty() else rect
        offset = self.viewport().pos()
        self.selection_bar.place_near(
            anchor.translated(offset), self.rect(), rect.center().x() + offset.x()
        )

    def createMimeDataFromSelection(self) -> QMimeData:
        # Let Qt create the object: a QMimeData made in Python and handed to the
        # clipboard is deleted twice when the application quits (a crash on exit).
        data = super().createMimeDataFromSelection()
        data.setText(self.selected_text())
        return data

    # ---- input (see reader_input.py) -----------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.input.press(event)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.input.release(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        self.input.hover(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu: QMenu = self.build_context_menu(event.pos())
        menu.exec(event.globalPos())

    def viewportEvent(self, event: Any) -> bool:
        if event.type() == event.Type.ToolTip:
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), plain_tip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def link_at(self, offset: int) -> str | None:
        """The href of the link at canonical ``offset``, if any."""
        return self._built.link_at(offset) if self._built else None

    def tooltip_at(self, point: QPoint) -> str:
        """The hover text at a viewport point (tooltip provider + link)."""
        return self.input.tooltip_at(point)

    def build_context_menu(self, point: QPoint | None = None) -> QMenu:
        """The context menu: copy, select all, the tag actions, find; at ``point``
        (viewport) over a part of a quote in several parts, removing that part."""
        return self.input.context_menu(self, point)
