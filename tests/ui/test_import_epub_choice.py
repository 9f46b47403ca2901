"""Importing an EPUB book from the window: the user chooses one article for the book or
one per chapter, and can cancel; other files import without the question."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)

from annotary.services import articles

BOOK = Path(__file__).parents[1] / "formats" / "fixtures" / "news" / "riverton-harbour.epub"


def _answer(button: str | None, asked: list[str]) -> None:
    """When the question shows, press ``button`` (by object name) or Esc."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        if button is None:
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.findChild(QPushButton, button).click()

    QTimer.singleShot(20, press)


def _import(qtbot, w, monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    QTest.keyClick(w, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize(
    ("button", "titles"),
    [
        ("epubChapters", ["The old quays", "The ferries", "港口的未来"]),
        ("epubWhole", ["A History of Riverton Harbour"]),
    ],
)
def test_the_user_chooses_chapters_or_one_book(  # type: ignore[no-untyped-def]
    qtbot, app_window, monkeypatch, tmp_path, button: str, titles: list[str]
) -> None:
    w = app_window
    book = tmp_path / "riverton-harbour.epub"
    shutil.copy(BOOK, book)
    asked: list[str] = []
    _answer(button, asked)
    _import(qtbot, w, monkeypatch, book)
    qtbot.waitUntil(lambda: len(articles.summaries(w.ctx.project)) == len(titles), timeout=10_000)
    qtbot.waitUntil(lambda: not w.files.busy)
    assert asked and "chapters" in asked[0]
    assert sorted(s.title for s in articles.summaries(w.ctx.project)) == sorted(titles)
    model = w.library.model
    qtbot.waitUntil(lambda: model.rowCount() == len(titles))
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert shown == set(titles)


def test_cancelling_the_question_imports_nothing(  # type: ignore[no-untyped-def]
    qtbot, app_window, monkeypatch, tmp_path
) -> None:
    w = app_window
    book = tmp_path / "riverton-harbour.epub"
    shutil.copy(BOOK, book)
    asked: list[str] = []
    _answer(None, asked)
    _import(qtbot, w, monkeypatch, book)
    qtbot.waitUntil(lambda: bool(asked))
    qtbot.wait(200)
    assert articles.summaries(w.ctx.project) == []
    assert not w.files.busy


def test_other_files_are_imported_without_the_question(  # type: ignore[no-untyped-def]
    qtbot, app_window, monkeypatch, tmp_path
) -> None:
    w = app_window
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry fares rise\n\nThe ferry company raised its fares.", encoding="utf-8")
    _import(qtbot, w, monkeypatch, path)
    qtbot.waitUntil(lambda: len(articles.summaries(w.ctx.project)) == 1, timeout=10_000)
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: not w.files.busy)


def test_closing_the_window_while_an_import_finishes_is_quiet(  # type: ignore[no-untyped-def]
    qtbot, app_window, monkeypatch, tmp_path
) -> None:
    import threading

    from annotary.services import importing

    release = threading.Event()
    real = importing.import_files

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "import_files", slow)
    w = app_window
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry fares rise\n\nThe ferry company raised its fares.", encoding="utf-8")
    _import(qtbot, w, monkeypatch, path)
    qtbot.waitUntil(lambda: w.files.busy)
    qtbot.waitUntil(lambda: w.findChild(QProgressDialog) is not None)
    # The window's progress dialog is destroyed (as when its window closes) mid-import.
    shiboken6.delete(w.findChild(QProgressDialog))
    release.set()
    qtbot.waitUntil(lambda: not w.files.busy, timeout=10_000)
    assert len(articles.summaries(w.ctx.project)) == 1  # and nothing raised in the event loop
