"""Where a popup goes next to the text it is about: below it, or above it when there
is no room below, never over it, and always inside the given bounds."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

GAP = 8


def place_beside(size: QSize, anchor: QRect, bounds: QRect, x: int | None = None) -> QPoint:
    """Top-left of a ``size`` box beside ``anchor`` (same coordinates as ``bounds``).

    Below the anchor when it fits, else above; when neither fits (the anchor fills
    the bounds) on the side with more room, clamped inside. ``x`` is the preferred
    left edge (default: the anchor's), moved left or right to stay inside."""
    w, h = size.width(), size.height()
    left = anchor.left() if x is None else x
    left = max(bounds.left(), min(left, bounds.right() + 1 - w))
    below = anchor.bottom() + 1 + GAP
    above = anchor.top() - GAP - h
    if below + h <= bounds.bottom() + 1:
        top = below
    elif above >= bounds.top():
        top = above
    else:
        room_below = bounds.bottom() - anchor.bottom()
        room_above = anchor.top() - bounds.top()
        top = below if room_below >= room_above else above
        top = max(bounds.top(), min(top, bounds.bottom() + 1 - h))
    return QPoint(left, top)
