"""One key map: every key of the window comes from it, and Help › Keyboard Shortcuts lists it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest

from annotary.ui import keymap
from annotary.ui.dialogs.shortcuts import ShortcutsDialog


def _keys_in(widget) -> set[str]:  # type: ignore[no-untyped-def]
    found = {s.toString() for a in widget.findChildren(QAction) for s in a.shortcuts()}
    found |= {s.key().toString() for s in widget.findChildren(QShortcut)}
    return found - {""}


def test_the_shortcuts_dialog_lists_exactly_the_key_map(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    w.activateWindow()
    QTest.keyClick(w, Qt.Key.Key_F1)  # Help › Keyboard Shortcuts
    qtbot.waitUntil(lambda: w.findChild(ShortcutsDialog) is not None)
    dialog = w.findChild(ShortcutsDialog)
    assert dialog.isVisible()
    assert dialog.rows() == keymap.rows()
    shown = {(where, what) for where, what, _keys in dialog.rows()}
    assert ("Reader", "Tag the selection as a quote") in shown
    assert ("Suggestions list", "Accept the suggestion") in shown


def test_every_key_of_the_window_is_in_the_key_map(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    for key in ("codebook", "speakers", "metadata"):
        w.show_panel(key)
    mapped = {s.toString() for k in keymap.KEYMAP for s in keymap.sequences(k.name)}
    assert _keys_in(w) <= mapped, _keys_in(w) - mapped
    for name, action in w.actions_.items():
        if name in keymap.NAMES:
            assert action.shortcuts() == keymap.sequences(name), name


def test_a_key_changed_in_the_map_changes_the_action(qtbot, app_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui import actions

    entry = keymap.entry("export")
    monkeypatch.setitem(keymap._BY_NAME, "export", keymap.Key("export", entry.title, ("Ctrl+J",)))
    rebuilt = actions.build(app_window)
    assert rebuilt["export"].shortcuts() == [QKeySequence("Ctrl+J")]


def test_the_readers_digits_and_esc_come_from_the_key_map(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.reader import ReaderView

    for name, keys in (("quick_theme", ("F5", "F6")), ("clear_selection", ("F9",))):
        entry = keymap.entry(name)
        monkeypatch.setitem(keymap._BY_NAME, name, keymap.Key(name, entry.title, keys, entry.where))
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show()
    qtbot.waitExposed(reader)
    reader.activateWindow()
    qtbot.waitUntil(reader.isActiveWindow)
    reader.setFocus()
    bound = {s.key().toString() for s in reader.findChildren(QShortcut)}
    assert {"F5", "F6", "F9"} <= bound and not {"1", "Esc"} & bound
    with qtbot.waitSignal(reader.quick_theme_requested, timeout=1000) as blocker:
        QTest.keyClick(reader, Qt.Key.Key_F6)
    assert blocker.args == [2]  # the second key of the entry: the second recent theme
    with qtbot.assertNotEmitted(reader.quick_theme_requested, wait=50):
        QTest.keyClick(reader, Qt.Key.Key_2)
