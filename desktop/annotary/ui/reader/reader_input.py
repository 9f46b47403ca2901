"""Keyboard, mouse, hover and context-menu handling of the reader."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from annotary.ui.reader.reader_view import ReaderView

_TAG_KEYS = {Qt.Key.Key_Q: "quote", Qt.Key.Key_S: "speaker", Qt.Key.Key_T: "theme"}
_CLICK_SLOP = 4


class ReaderInputMixin:
    """Mixed into ReaderView; every method takes the view as ``self``."""

    def handle_key(self: ReaderView, event: QKeyEvent) -> bool:
        """Reader keys: Q/S/T tag the selection, 1-9 quick themes, Esc. True if used."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if plain and key in _TAG_KEYS:
            if self.selection_range() is not None:
                self.tag_requested.emit(_TAG_KEYS[Qt.Key(key)])
            return True
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.quick_theme_requested.emit(int(key) - int(Qt.Key.Key_0))
            return True
        if key == Qt.Key.Key_Escape:
            if self.find_bar.isVisible():
                self.close_find()
            else:
                self.clear_selection()
            return True
        return False

    def link_at(self: ReaderView, offset: int) -> str | None:
        links = self._built.links if self._built else []
        i = bisect_right([m.start for m in links], offset) - 1
        if i >= 0 and links[i].start <= offset < links[i].end:
            return links[i].href
        return None

    def handle_click(self: ReaderView, event: QMouseEvent) -> None:
        press, self._press_pos = self._press_pos, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > _CLICK_SLOP or self.selection_range():
            self._place_selection_bar()
            return
        offset = self.offset_at(pos)
        if offset is None:
            return
        href = self.link_at(offset)
        if href:
            self.link_activated.emit(href)
            if self.open_links_automatically:
                QDesktopServices.openUrl(QUrl(href))
            return
        ids = self.highlight_at(offset)
        if ids:
            self.highlight_clicked.emit(ids[0])

    def handle_hover(self: ReaderView, event: QMouseEvent) -> None:
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self.offset_at(event.position().toPoint())
        link = offset is not None and self.link_at(offset) is not None
        shape = Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.IBeamCursor
        if self.viewport().cursor().shape() != shape:
            self.viewport().setCursor(shape)

    def tooltip_at(self: ReaderView, point: QPoint) -> str:
        offset = self.offset_at(point)
        if offset is None:
            return ""
        link = self.link_at(offset)
        parts: list[str] = []
        if self._tooltip_provider is not None:
            for hid in self.highlight_at(offset):
                text = self._tooltip_provider(hid)
                if text:
                    parts.append(text)
        if link:
            parts.append(link)
        return "\n\n".join(parts)

    def build_context_menu(self: ReaderView) -> QMenu:
        menu = QMenu(self)
        has = self.selection_range() is not None
        copy = menu.addAction("Copy", self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(has)
        select_all = menu.addAction("Select all", self.selectAll)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.addSeparator()
        for kind, label, key in (
            ("quote", "Tag as quote", "Q"),
            ("speaker", "Tag as speaker", "S"),
            ("theme", "Tag with theme…", "T"),
            ("note", "Add a note…", ""),
        ):
            action = menu.addAction(label, lambda k=kind: self.tag_requested.emit(k))
            if key:
                action.setShortcut(QKeySequence(key))
            action.setEnabled(has)
        menu.addSeparator()
        find = menu.addAction("Find in article…", self.open_find)
        find.setShortcut(QKeySequence.StandardKey.Find)
        return menu
