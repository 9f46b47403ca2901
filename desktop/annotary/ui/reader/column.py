"""The text column of the reader: a readable measure, centred in the view."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from annotary.domain.language import is_cjk
from annotary.ui.reader.block_spacing import em_of

MEASURE_CHARS = 68  # average characters per line of the text column
MEASURE_CJK = 38  # ideographs per line for Chinese / Japanese / Korean
MIN_COLUMN = 120  # px: never narrower, however small the view
READABLE_CHARS = 45  # the narrowest measure the window may give the reader


class ReaderColumn:
    """Sets the view's margins so its text runs in a column of a readable measure."""

    def __init__(self, view: QPlainTextEdit) -> None:
        self._view = view
        self.language: str | None = None

    def em(self) -> float:
        return em_of(self._view.fontMetrics())

    def side_margin(self) -> int:
        return max(16, int(self.em() * 1.5))

    def minimum_width(self) -> int:
        """The view width that still sets READABLE_CHARS average characters a line."""
        view = self._view
        scrollbar = view.verticalScrollBar().sizeHint().width()
        column = view.fontMetrics().averageCharWidth() * READABLE_CHARS
        return column + 2 * self.side_margin() + scrollbar + 2 * view.frameWidth()

    def update(self) -> None:
        """Recompute the margins for the view's width, font and language."""
        view = self._view
        fm = view.fontMetrics()
        if is_cjk(self.language):
            column = int(fm.horizontalAdvance("中") * MEASURE_CJK)
        else:
            column = int(fm.averageCharWidth() * MEASURE_CHARS)
        side_min = self.side_margin()
        width = view.width() - view.verticalScrollBar().sizeHint().width()
        column = min(column, max(MIN_COLUMN, width - 2 * side_min))
        side = max(side_min, (width - column) // 2)
        top = int(self.em() * 1.2)
        view.setViewportMargins(side, top, max(0, width - column - side), 0)
