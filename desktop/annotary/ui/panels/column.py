"""SideColumn: panes stacked in one column of the window, hidden when all are."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QSplitter, QWidget

COMBO_CHARS = 5  # a filter box in a side pane is this many characters wide at least


def compact(widget: QWidget) -> None:
    """Let ``widget``'s combo boxes narrow to a few characters (their lists stay wide)."""
    for box in widget.findChildren(QComboBox):
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(COMBO_CHARS)


class SideColumn(QSplitter):
    """A vertical splitter that follows its panes: shown while any of them is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setChildrenCollapsible(False)

    def add_pane(self, widget: QWidget, stretch: int) -> None:
        compact(widget)
        self.addWidget(widget)
        self.setStretchFactor(self.indexOf(widget), stretch)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            panes = [self.widget(i) for i in range(self.count())]
            self.setVisible(any(w is not None and not w.isHidden() for w in panes))
        return super().eventFilter(watched, event)
