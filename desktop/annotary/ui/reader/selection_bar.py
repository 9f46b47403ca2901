"""The small floating bar shown next to a selection: Quote, Speaker, Theme, Note."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("quote", "Quote", "Q"),
    ("speaker", "Speaker", "S"),
    ("theme", "Theme", "T"),
    ("note", "Note", ""),
)


class SelectionBar(QFrame):
    """Emits ``tag_requested(kind)`` with kind quote | speaker | theme | note."""

    tag_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerSelectionBar")
        self.setAccessibleName("Tag selection")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 3, 4, 3)
        lay.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for kind, label, key in ACTIONS:
            b = QToolButton(self)
            b.setText(label)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAccessibleName(f"Tag as {label.lower()}" if kind != "note" else "Add a note")
            b.setToolTip(f"{label} ({key})" if key else label)
            b.clicked.connect(lambda _=False, k=kind: self.tag_requested.emit(k))
            lay.addWidget(b)
            self.buttons[kind] = b
        self.hide()

    def place_near(self, anchor: QRect, bounds: QRect) -> None:
        """Show below ``anchor`` (the selection end, parent coordinates), or above it
        when there is no room below, kept inside ``bounds``."""
        self.adjustSize()
        size = self.sizeHint()
        x = anchor.center().x() - size.width() // 2
        y = anchor.bottom() + 8
        if y + size.height() > bounds.bottom():
            y = anchor.top() - size.height() - 8
        x = max(bounds.left() + 4, min(x, bounds.right() - size.width() - 4))
        y = max(bounds.top() + 4, y)
        self.move(QPoint(x, y))
        self.show()
        self.raise_()
