"""Checks that what the reader paints lies over its text, paint by paint.

``PaintWatch`` wraps a reader's painter: after every paint it compares each painted
range's rectangles with the text's own geometry, taken from Qt (``cursorRect``
of a ``QTextCursor`` at the range's ends, which Qt works out from the document
layout and the scroll offset it paints with).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QTextCursor

TOLERANCE = 1.5  # px: Qt's cursor rectangles are rounded to whole pixels


@dataclass
class PaintWatch:
    view: Any
    paints: int = 0
    checked: int = 0
    errors: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        painter = self.view.painter
        original = painter.paint

        def paint(event, base):  # type: ignore[no-untyped-def]
            original(event, base)
            self.paints += 1
            self._check()

        painter.paint = paint

    def reset(self) -> None:
        self.paints, self.checked, self.errors = 0, 0, []

    def _cursor_rect(self, position: int):  # type: ignore[no-untyped-def]
        c = QTextCursor(self.view.document())
        c.setPosition(position)
        return self.view.cursorRect(c)

    def _check(self) -> None:
        view = self.view
        pad = view.fontMetrics().height() * 0.12
        for painted in view.painted_ranges():
            ds, de = painted.document_range
            first, last = painted.rects[0], painted.rects[-1]
            start = self._cursor_rect(ds)
            if start.height() > 0 and start.bottom() > 0:
                self.checked += 1
                if (
                    abs(first.left() - start.left()) > TOLERANCE
                    or abs(first.top() + pad - start.top()) > TOLERANCE
                ):
                    self.errors.append(
                        f"{painted.id} start painted at ({first.left():.1f}, "
                        f"{first.top() + pad:.1f}), text at ({start.left()}, {start.top()})"
                    )
            end = self._cursor_rect(de)
            same_line = end.height() > 0 and abs(last.top() + pad - end.top()) <= TOLERANCE
            off = abs(last.right() - end.left()) > TOLERANCE
            if same_line and off and last.width() > 1.0:  # 1 px: an empty line's part
                self.errors.append(
                    f"{painted.id} end painted at x {last.right():.1f}, text at {end.left()}"
                )
