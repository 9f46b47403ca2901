"""The reader's input: keys, clicks, hover, tooltips and the context menu.

``ReaderInput`` turns events into intents (its signals, which the view passes
on) and asks the view (an ``InputHost``) only through its public methods.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from annotary.ui import keymap
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.reader.find_bar import FindBar

_TAG_KEYS = {keymap.plain_key(k): k for k in ("quote", "speaker", "theme")}
_CLICK_SLOP = 4
_TAG_ITEMS = (
    ("quote", QT_TRANSLATE_NOOP("ReaderInput", "Tag as quote")),
    ("speaker", QT_TRANSLATE_NOOP("ReaderInput", "Tag as speaker")),
    ("theme", QT_TRANSLATE_NOOP("ReaderInput", "Tag with theme…")),
    ("note", QT_TRANSLATE_NOOP("ReaderInput", "Add a note…")),
)


class InputHost(Protocol):
    """What the input handler needs of the reader."""

    open_links_automatically: bool
    find_bar: FindBar

    def selection_range(self) -> tuple[int, int] | None: ...
    def offset_at(self, point: QPoint) -> int | None: ...
    def highlight_at(self, offset: int) -> list[str]: ...
    def link_at(self, offset: int) -> str | None: ...
    def open_find(self, query: str | None = None) -> None: ...
    def close_find(self) -> None: ...
    def clear_selection(self) -> None: ...
    def place_selection_bar(self) -> None: ...
    def viewport(self) -> QWidget: ...
    def copy(self) -> None: ...
    def selectAll(self) -> None: ...


class ReaderInput(QObject):
    """Interprets the reader's keys and mouse; see ReaderView for the signals."""

    tag_requested = Signal(str)
    quick_theme_requested = Signal(int)
    highlight_clicked = Signal(str)
    link_activated = Signal(str)

    def __init__(self, host: InputHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._press: QPoint | None = None
        self.tooltip_provider: Callable[[str], str] | None = None

    @property
    def pressing(self) -> bool:
        """A mouse button is down in the text (a selection may still grow)."""
        return self._press is not None

    def key(self, event: QKeyEvent) -> bool:
        """Q/S/T tag the selection, 1-9 quick themes, Esc. True if the key was used."""
        host = self._host
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = event.key()
        if plain and key in _TAG_KEYS:
            if host.selection_range() is not None:
                self.tag_requested.emit(_TAG_KEYS[Qt.Key(key)])
            return True
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.quick_theme_requested.emit(int(key) - int(Qt.Key.Key_0))
            return True
        if key == Qt.Key.Key_Escape:
            if host.find_bar.isVisible():
                host.close_find()
            else:
                host.clear_selection()
            return True
        return False

    def press(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()

    def release(self, event: QMouseEvent) -> None:
        """A click (no drag) opens a link or reports the highlight under it."""
        host = self._host
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        pos = event.position().toPoint()
        if (pos - press).manhattanLength() > _CLICK_SLOP or host.selection_range():
            host.place_selection_bar()
            return
        offset = host.offset_at(pos)
        if offset is None:
            return
        href = host.link_at(offset)
        if href:
            self.link_activated.emit(href)
            if host.open_links_automatically:
                QDesktopServices.openUrl(QUrl(href))
            return
        ids = host.highlight_at(offset)
        if ids:
            self.highlight_clicked.emit(ids[0])

    def hover(self, event: QMouseEvent) -> None:
        """A pointing hand over links, the text cursor elsewhere."""
        if event.buttons() != Qt.MouseButton.NoButton:
            return
        offset = self._host.offset_at(event.position().toPoint())
        link = offset is not None and self._host.link_at(offset) is not None
        shape = Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.IBeamCursor
        viewport = self._host.viewport()
        if viewport.cursor().shape() != shape:
            viewport.setCursor(shape)

    def tooltip_at(self, point: QPoint) -> str:
        """The hover text at a viewport point: the highlights' tooltips, then the link."""
        offset = self._host.offset_at(point)
        if offset is None:
            return ""
        parts: list[str] = []
        if self.tooltip_provider is not None:
            for hid in self._host.highlight_at(offset):
                text = self.tooltip_provider(hid)
                if text:
                    parts.append(text)
        link = self._host.link_at(offset)
        if link:
            parts.append(link)
        return "\n\n".join(parts)

    def context_menu(self, parent: QWidget) -> QMenu:
        """Copy, select all, the tag actions, find."""
        host = self._host
        menu = QMenu(parent)
        has = host.selection_range() is not None
        copy = menu.addAction(self.tr("Copy"), host.copy)
        copy.setShortcut(keymap.sequence("copy"))
        copy.setEnabled(has)
        select_all = menu.addAction(self.tr("Select all"), host.selectAll)
        select_all.setShortcut(keymap.sequence("select_all"))
        menu.addSeparator()
        for kind, label in _TAG_ITEMS:
            action = menu.addAction(
                QCoreApplication.translate("ReaderInput", label),
                partial(self.tag_requested.emit, kind),
            )
            action.setShortcut(keymap.sequence(kind))
            action.setEnabled(has)
        menu.addSeparator()
        find = menu.addAction(self.tr("Find in article…"), lambda: host.open_find())
        find.setShortcut(keymap.sequence("find"))
        return menu


def install_shortcuts(widget: QWidget, pairs: list[tuple[Any, Callable[[], object]]]) -> None:
    """Shortcuts active while ``widget`` or a child has focus; a key is bound once."""
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
    seen: set[str] = set()
    for seq, slot in pairs:
        key = QKeySequence(seq).toString()
        if not key or key in seen:
            continue
        seen.add(key)
        QShortcut(QKeySequence(seq), widget, slot, context=ctx)
