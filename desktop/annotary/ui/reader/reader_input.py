"""Keyboard, mouse, hover and context-menu handling of the reader."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import QMenu

from annotary.ui import keymap

if TYPE_CHECKING:
    from annotary.ui.reader.reader_view import ReaderView

_TAG_KEYS = {keymap.plain_key(k): k for k in ("quote", "speaker", "theme")}
_CLICK_SLOP = 4


def handle_key(view: ReaderView, event: QKeyEvent) -> bool:
    """Reader keys: Q/S/T tag the selection, 1-9 quick themes, Esc. True if used."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
    key = event.key()
    if plain and key in _TAG_KEYS:
        if view.selection_range() is not None:
            view.tag_requested.emit(_TAG_KEYS[Qt.Key(key)])
        return True
    if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        view.quick_theme_requested.emit(int(key) - int(Qt.Key.Key_0))
        return True
    if key == Qt.Key.Key_Escape:
        if view.find_bar.isVisible():
            view.close_find()
        else:
            view.clear_selection()
        return True
    return False


def link_at(view: ReaderView, offset: int) -> str | None:
    links = view._built.links if view._built else []
    i = bisect_right([m.start for m in links], offset) - 1
    if i >= 0 and links[i].start <= offset < links[i].end:
        return links[i].href
    return None


def handle_click(view: ReaderView, event: QMouseEvent) -> None:
    press, view._press_pos = view._press_pos, None
    if event.button() != Qt.MouseButton.LeftButton or press is None:
        return
    pos = event.position().toPoint()
    if (pos - press).manhattanLength() > _CLICK_SLOP or view.selection_range():
        view._place_selection_bar()
        return
    offset = view.offset_at(pos)
    if offset is None:
        return
    href = link_at(view, offset)
    if href:
        view.link_activated.emit(href)
        if view.open_links_automatically:
            QDesktopServices.openUrl(QUrl(href))
        return
    ids = view.highlight_at(offset)
    if ids:
        view.highlight_clicked.emit(ids[0])


def handle_hover(view: ReaderView, event: QMouseEvent) -> None:
    if event.buttons() != Qt.MouseButton.NoButton:
        return
    offset = view.offset_at(event.position().toPoint())
    link = offset is not None and link_at(view, offset) is not None
    shape = Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.IBeamCursor
    if view.viewport().cursor().shape() != shape:
        view.viewport().setCursor(shape)


def tooltip_at(view: ReaderView, point: QPoint) -> str:
    offset = view.offset_at(point)
    if offset is None:
        return ""
    link = link_at(view, offset)
    parts: list[str] = []
    if view._tooltip_provider is not None:
        for hid in view.highlight_at(offset):
            text = view._tooltip_provider(hid)
            if text:
                parts.append(text)
    if link:
        parts.append(link)
    return "\n\n".join(parts)


def build_context_menu(view: ReaderView) -> QMenu:
    menu = QMenu(view)
    has = view.selection_range() is not None
    copy = menu.addAction("Copy", view.copy)
    copy.setShortcut(keymap.sequence("copy"))
    copy.setEnabled(has)
    select_all = menu.addAction("Select all", view.selectAll)
    select_all.setShortcut(keymap.sequence("select_all"))
    menu.addSeparator()
    for kind, label in (
        ("quote", "Tag as quote"),
        ("speaker", "Tag as speaker"),
        ("theme", "Tag with theme…"),
        ("note", "Add a note…"),
    ):
        action = menu.addAction(label, partial(view.tag_requested.emit, kind))
        action.setShortcut(keymap.sequence(kind))
        action.setEnabled(has)
    menu.addSeparator()
    find = menu.addAction("Find in article…", view.open_find)
    find.setShortcut(keymap.sequence("find"))
    return menu


def install_shortcuts(view: ReaderView) -> None:
    """Ctrl+F, F3 / Shift+F3 and the zoom keys, active while the reader has focus."""
    ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
    slots: list[tuple[str, Callable[[], object]]] = [
        ("find", view.open_find),
        ("find_next", view.finder.next),
        ("find_previous", view.finder.previous),
        ("zoom_in", view.zoom_in),
        ("zoom_out", view.zoom_out),
        ("zoom_reset", view.reset_zoom),
    ]
    pairs: list[tuple[Any, Callable[[], object]]] = [
        (seq, slot) for name, slot in slots for seq in keymap.sequences(name)
    ]
    seen: set[str] = set()
    for seq, slot in pairs:
        key = QKeySequence(seq).toString()
        if not key or key in seen:
            continue
        seen.add(key)
        QShortcut(QKeySequence(seq), view, slot, context=ctx)
