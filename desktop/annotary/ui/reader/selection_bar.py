"""The small floating bar shown next to a selection: Quote, Speaker, Theme, Note, and
Add to quote (the selection becomes another part of the selected or preceding quote)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QWidget

from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.placement import place_beside

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("quote", QT_TRANSLATE_NOOP("SelectionBar", "Quote"), "Q"),
    ("speaker", QT_TRANSLATE_NOOP("SelectionBar", "Speaker"), "S"),
    ("passage", QT_TRANSLATE_NOOP("SelectionBar", "Theme"), "T"),
    ("note", QT_TRANSLATE_NOOP("SelectionBar", "Note"), ""),
    ("add_to_quote", QT_TRANSLATE_NOOP("SelectionBar", "Add to quote"), "A"),
)


class SelectionBar(QFrame):
    """Emits ``tag_requested(kind)`` with kind quote | speaker | passage | note | add_to_quote."""

    tag_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readerSelectionBar")
        self.setAccessibleName(self.tr("Tag selection"))
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 3, 4, 3)
        lay.setSpacing(2)
        self.buttons: dict[str, QToolButton] = {}
        for kind, label, key in ACTIONS:
            b = QToolButton(self)
            shown = QCoreApplication.translate("SelectionBar", label)
            b.setText(shown)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAccessibleName(
                self.tr("Tag as {0}").format(shown.lower())
                if kind not in ("note", "add_to_quote")
                else (self.tr("Add a note") if kind == "note" else shown)
            )
            b.setToolTip(f"{shown} ({key})" if key else shown)
            b.clicked.connect(lambda _=False, k=kind: self.tag_requested.emit(k))
            lay.addWidget(b)
            self.buttons[kind] = b
        self.hide()

    def place_near(self, anchor: QRect, bounds: QRect, x: int | None = None) -> None:
        """Show below ``anchor`` (the selected lines, parent coordinates), or above them
        when there is no room below, never over them, kept inside ``bounds``; ``x`` is
        where the selection ends, which the bar is centred on."""
        self.adjustSize()
        size = self.sizeHint()
        left = None if x is None else x - size.width() // 2
        inner = bounds.adjusted(4, 4, -4, -4)
        self.move(place_beside(size, anchor, inner, left))
        self.show()
        self.raise_()
