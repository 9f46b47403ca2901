"""Two-line look for a suggestion, matching the annotations list above it.

Line one: the quoted excerpt. Line two: the speaker, the cue and the kind of
quote, with the confidence (a small meter and its value) at the right. A dashed
violet bar on the left, like the dashed underline in the reader.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotary.domain.quote_marks import preview
from annotary.ui.display_names import quote_type_name
from annotary.ui.reader.highlights import KIND_COLORS
from annotary.ui.suggestions.model import SUGGESTION_ROLE, cue_label, speaker_label

if TYPE_CHECKING:
    from annotary.suggest import QuoteSuggestion  # the engine loads on first use

Index = QModelIndex | QPersistentModelIndex
PAD = 6
METER = 28  # width of the confidence meter
DASH = 5  # length of one dash of the bar on the left


class SuggestionDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(200, 2 * fm.height() + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        s: QuoteSuggestion | None = index.data(SUGGESTION_ROLE)
        if s is None:
            return
        rect: QRect = opt.rect
        pal: QPalette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = fg if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        accent = QColor(KIND_COLORS["suggestion"])
        fm = QFontMetrics(opt.font)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        y = rect.top() + 4
        while y + DASH <= rect.bottom() - 3:  # a dashed bar, like the underline in the reader
            painter.drawRect(QRect(rect.left() + 2, y, 3, DASH))
            y += DASH + 3

        x = rect.left() + 12
        width = rect.right() - x - PAD
        y1 = rect.top() + PAD
        painter.setPen(fg)
        quoted = preview(text, s.quote_type)
        line = fm.elidedText(quoted, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y1, width, fm.height()), Qt.AlignmentFlag.AlignLeft, line)

        y2 = y1 + fm.height() + PAD // 2
        small = opt.font
        small.setPointSizeF(max(small.pointSizeF() * 0.88, 7.0))
        painter.setFont(small)
        sfm = QFontMetrics(small)
        value = f"{s.confidence:.2f}"
        right = x + width
        vw = sfm.horizontalAdvance(value)
        painter.setPen(muted)
        painter.drawText(
            QRect(right - vw, y2, vw, sfm.height()), Qt.AlignmentFlag.AlignRight, value
        )
        meter = QRect(right - vw - 6 - METER, y2 + sfm.height() // 2 - 2, METER, 4)
        track = QColor(accent)
        track.setAlpha(50)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(meter, 2, 2)
        filled = QRect(meter)
        filled.setWidth(max(1, round(METER * max(0.0, min(1.0, s.confidence)))))
        painter.setBrush(QColor("white") if selected else accent)
        painter.drawRoundedRect(filled, 2, 2)

        room = meter.left() - 8 - x
        cx = x
        speaker = sfm.elidedText(speaker_label(s), Qt.TextElideMode.ElideRight, room * 2 // 3)
        if speaker:
            painter.setPen(fg if s.speaker else muted)
            painter.drawText(QRect(cx, y2, room, sfm.height()), Qt.AlignmentFlag.AlignLeft, speaker)
            cx += sfm.horizontalAdvance(speaker) + 8
        cue = cue_label(s)
        extras = ([f"“{cue}”"] if cue else []) + [quote_type_name(s.quote_type)]
        if cx < x + room - 20:
            painter.setPen(muted)
            tail = sfm.elidedText(" · ".join(extras), Qt.TextElideMode.ElideRight, x + room - cx)
            painter.drawText(
                QRect(cx, y2, x + room - cx, sfm.height()), Qt.AlignmentFlag.AlignLeft, tail
            )
        painter.restore()
