"""The reader's input: keys, clicks, hover, tooltips and the context menu.

``ReaderInput`` turns events into intents (its signals, which the view passes
on) and asks the view (an ``InputHost``) only through its public methods.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from annotary.ui import keymap
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.reader.find_bar import FindBar

TAG_KINDS = ("quote", "speaker", "passage", "add_to_quote")  # key map entries Q, S, T, A
_CLICK_SLOP = 4
_TAG_ITEMS = (
    ("quote", QT_TRANSLATE_NOOP("ReaderInput", "Tag as quote")),
    ("speaker", QT_TRANSLATE_NOOP("ReaderInput", "Tag as speaker")),
    ("passage", QT_TRANSLATE_NOOP("ReaderInput", "Tag with theme…")),
    ("note", QT_TRANSLATE_NOOP("ReaderInput", "Add a note…")),
)


class InputHost(Protocol):
    """What the input handler needs of the reader."""

    open_links_automatically: bool
    find_bar: FindBar

    def selection_range(self) -> tuple[int, int] | None: ...
    def offset_at(self, point: QPoint) -> int | None: ...
    def highlight_at(self, offset: int) -> list[str]: ...
    def highlight(self, hid: str) -> Any: ...
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
    part_removal_requested = Signal(str, int)  # highlight id, an offset in the part

    def __init__(self, host: InputHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._press: QPoint | None = None
        self.tooltip_provider: Callable[[str], str] | None = None

    @property
    def pressing(self) -> bool:
        """A mouse button is down in the text (a selection may still grow)."""
        return self._press is not None

    def key_slots(self) -> list[tuple[QKeySequence, Callable[[], object]]]:
        """The reader's own keys, from the key map: Q/S/T tag the selection, the
        n-th key of ``quick_theme`` (1-9) applies the n-th recent theme, Esc."""
        pairs: list[tuple[QKeySequence, Callable[[], object]]] = [
            (seq, partial(self.tag_key, kind))
            for kind in TAG_KINDS
            for seq in keymap.sequences(kind)
        ]
        pairs += [
            (seq, partial(self.quick_theme_requested.emit, n))
            for n, seq in enumerate(keymap.sequences("quick_theme"), start=1)
        ]
        pairs += [(seq, self.escape) for seq in keymap.sequences("clear_selection")]
        return pairs

    def tag_key(self, kind: str) -> None:
        """Q, S, T or A: tag the selection (nothing happens without one)."""
        if self._host.selection_range() is not None:
            self.tag_requested.emit(kind)

    def escape(self) -> None:
        """Esc: close Find if it is open, else clear the selection."""
        if self._host.find_bar.isVisible():
            self._host.close_find()
        else:
            self._host.clear_selection()

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

    def context_menu(self, parent: QWidget, point: QPoint | None = None) -> QMenu:
        """Copy, select all, the tag actions, Add to quote, find; over one part of a
        highlight in several parts (``point``, viewport), removing that part."""
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
        add = menu.addAction(
            self.tr("Add to quote"), partial(self.tag_requested.emit, "add_to_quote")
        )
        add.setShortcut(keymap.sequence("add_to_quote"))
        add.setEnabled(has)
        self._add_part_removal(menu, point)
        menu.addSeparator()
        find = menu.addAction(self.tr("Find in article…"), lambda: host.open_find())
        find.setShortcut(keymap.sequence("find"))
        return menu

    def _add_part_removal(self, menu: QMenu, point: QPoint | None) -> None:
        offset = self._host.offset_at(point) if point is not None else None
        if offset is None:
            return
        for hid in self._host.highlight_at(offset):
            if _several_parts(self._host.highlight(hid)):
                menu.addAction(
                    self.tr("Remove this part from the quote"),
                    partial(self.part_removal_requested.emit, hid, offset),
                )
                return


def _several_parts(item: Any) -> bool:
    return item is not None and len(getattr(item, "parts", ())) > 1


def install_shortcuts(widget: QWidget, pairs: list[tuple[Any, Callable[[], object]]]) -> None:
    """Shortcuts live only while ``widget`` itself has the keyboard focus; a key is bound
    once.

    They are switched on and off as the focus moves, rather than left to Qt's shortcut
    context: a dialog or popup over the reader, a list beside it, or the find bar keeps
    its own keys (Esc closes a dialog, A accepts a suggestion, letters are typed)."""
    shortcuts: list[QShortcut] = []
    seen: set[str] = set()
    for seq, slot in pairs:
        key = QKeySequence(seq).toString()
        if not key or key in seen:
            continue
        seen.add(key)
        shortcut = QShortcut(widget)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.setKey(QKeySequence(seq))
        shortcut.activated.connect(slot)
        shortcut.setEnabled(widget.hasFocus())
        shortcuts.append(shortcut)

    def follow_focus(_old: QWidget | None, new: QWidget | None) -> None:
        for shortcut in shortcuts:
            shortcut.setEnabled(new is widget)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.focusChanged.connect(follow_focus)

        def stop_following(*_: object) -> None:
            with contextlib.suppress(RuntimeError, TypeError):  # already gone at exit
                app.focusChanged.disconnect(follow_focus)

        widget.destroyed.connect(stop_following)
