"""Acting in the window as a user does: open it as a start does, select words, tag them
with a new theme, read a library count, close the failure boxes the window showed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from annotary.ui.annotate.theme_picker import ThemePicker
from annotary.ui.library.model import COUNT


def start_window(qtbot, project, size: tuple[int, int] | None = None):  # type: ignore[no-untyped-def]
    """The window as a start opens it: on the project, with the remembered settings
    (``size``: resized before it shows)."""
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings

    window = MainWindow(AppContext(project), Settings())
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    return window


def select_text(window, exact: str) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    start = window.reader.text().index(exact)
    window.reader.select_range(start, start + len(exact))
    window.reader.setFocus()
    return start, start + len(exact)


def tag_with_new_theme(qtbot, window, exact: str, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Select words in the reader, press T, type a new theme's name, Enter."""
    select_text(window, exact)
    QTest.keyClick(window.reader, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: isinstance(window.annotator.popup, ThemePicker))
    picker = window.annotator.popup
    QTest.keyClicks(picker.field, theme)
    QTest.keyClick(picker.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.annotator.popup is None)


def library_count(window, article_id: str) -> str:  # type: ignore[no-untyped-def]
    row = window.library.model.row_of(article_id)
    return "" if row is None else str(window.library.model.index(row, COUNT).data() or "")


def close_failure_boxes(window) -> list[str]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    texts = []
    for box in window.findChildren(QMessageBox, "failureBox"):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts
