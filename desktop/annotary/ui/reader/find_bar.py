"""The find-in-article bar: a field, a "3 of 12" count, previous/next and close."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

MAX_HITS = 20_000


def find_all(text: str, query: str, limit: int = MAX_HITS) -> list[tuple[int, int]]:
    """Case-insensitive matches of ``query`` in ``text`` as (start, end) code points.

    Works for any script (CJK has no case: matching is exact there); offsets are
    those of the original text, even where case folding would change lengths.
    """
    if not query:
        return []
    hits: list[tuple[int, int]] = []
    for m in re.finditer(re.escape(query), text, re.IGNORECASE):
        if m.end() > m.start():
            hits.append((m.start(), m.end()))
            if len(hits) >= limit:
                break
    return hits


class FindBar(QFrame):
    """Emits what the user asks for; the reader does the searching and counting."""

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerFindBar")
        self.setAccessibleName(self.tr("Find in article"))
        self.setAutoFillBackground(True)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 6, 6, 6)
        lay.setSpacing(4)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in article"))
        self.field.setAccessibleName(self.tr("Find in article"))
        self.field.setAccessibleDescription(
            self.tr("Text to find; Enter for next, Shift+Enter for previous")
        )
        self.field.setClearButtonEnabled(True)
        self.count = QLabel("", self)
        self.count.setObjectName("readerFindCount")
        self.count.setAccessibleName(self.tr("Matches"))
        self.count.setMinimumWidth(64)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = self._button(
            "↑", self.tr("Previous match"), self.tr("Previous match (Shift+F3)")
        )
        self.next_button = self._button("↓", self.tr("Next match"), self.tr("Next match (F3)"))
        self.close_button = self._button("✕", self.tr("Close find bar"), self.tr("Close (Esc)"))
        for w in (
            self.field,
            self.count,
            self.previous_button,
            self.next_button,
            self.close_button,
        ):
            lay.addWidget(w)
        self.field.textChanged.connect(self.query_changed)
        self.field.returnPressed.connect(self.next_requested)
        self.previous_button.clicked.connect(self.previous_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.close_button.clicked.connect(self.closed)
        self.set_count(0, 0)

    def _button(self, text: str, name: str, tip: str) -> QToolButton:
        b = QToolButton(self)
        b.setText(text)
        b.setAccessibleName(name)
        b.setToolTip(tip)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.setAutoRaise(True)
        return b

    def query(self) -> str:
        return str(self.field.text())

    def set_count(self, current: int, total: int) -> None:
        """Show "current of total" (current is 1-based; 0 when nothing is current)."""
        if not self.query():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        elif current:
            text = self.tr("{0} of {1}").format(current, total)
        else:
            text = self.tr("%n found", "", total)
        self.count.setText(text)
        self.previous_button.setEnabled(total > 0)
        self.next_button.setEnabled(total > 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.closed.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous_requested.emit()
            return
        if key == Qt.Key.Key_F3:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.previous_requested.emit()
            else:
                self.next_requested.emit()
            return
        super().keyPressEvent(event)
