"""Keeps a tagging popup beside its text: below the span, or above it when there is no
room below, inside the window (and the screen), placed again whenever it grows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtWidgets import QWidget

from annotary.ui.placement import place_beside

FRAME_ALLOWANCE = QSize(0, 36)  # a title bar the window manager may add


def popup_bounds(window: QWidget) -> QRect:
    """The window's global rectangle, inside its screen's available area."""
    bounds = window.frameGeometry()
    screen = window.screen()
    if screen is not None:
        avail = screen.availableGeometry()
        bounds = bounds.intersected(avail) if bounds.intersects(avail) else avail
    return bounds


class PopupPlacer(QObject):
    """Places ``popup`` beside ``anchor()`` (a global rectangle) on show and on resize."""

    def __init__(self, popup: QWidget, window: QWidget, anchor: Callable[[], QRect]) -> None:
        super().__init__(popup)
        self.popup = popup
        self.window = window
        self.anchor = anchor
        popup.installEventFilter(self)

    def place(self) -> None:
        span = self.anchor()
        if span.isEmpty():
            return
        bounds = popup_bounds(self.window)
        if self.popup.isVisible():
            size = self.popup.frameGeometry().size()
        else:
            size = self.popup.size() + FRAME_ALLOWANCE
        size = size.boundedTo(bounds.size())
        spot = place_beside(size, span, bounds)
        if spot != self.popup.frameGeometry().topLeft():
            self.popup.move(spot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.popup and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place()
        return False
