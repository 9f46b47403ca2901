"""FilterBox: a combo box that asks for its choices just before its list opens.

The library's filter boxes list every outlet, language and collection; while only
the first page of articles has been read, they are filled when first opened.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox


class FilterBox(QComboBox):
    opening = Signal()  # the list is about to show: fill it now

    def showPopup(self) -> None:
        self.opening.emit()
        super().showPopup()
