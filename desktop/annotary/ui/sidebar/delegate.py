"""A tidy two-line look for sidebar entries: the excerpt, then speaker, theme chips, note."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotary.domain.models import Annotation
from annotary.domain.quote_marks import preview
from annotary.ui.display_names import quote_type_name, status_name
from annotary.ui.reader.highlights import KIND_COLORS
from annotary.ui.sidebar.model import ANNOTATION_ROLE, GROUP_ROLE, SPEAKER_ROLE, THEMES_ROLE

Index = QModelIndex | QPersistentModelIndex
PAD = 6


def row_height(font: QFont) -> int:
    """Every row's height, group titles too: a view then places any row without
    measuring the ones above it."""
    return 2 * QFontMetrics(font).height() + 3 * PAD


class AnnotationDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(200, row_height(option.font))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        rect: QRect = opt.rect
        pal: QPalette = opt.palette
        if index.data(GROUP_ROLE):
            painter.save()
            font = opt.font
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                rect.adjusted(2, 0, 0, -PAD),
                Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
                str(index.data()),
            )
            painter.restore()
            return
        text = opt.text
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        annotation: Annotation | None = index.data(ANNOTATION_ROLE)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = fg if selected else pal.color(QPalette.ColorRole.PlaceholderText)
        fm = QFontMetrics(opt.font)
        painter.save()
        # kind bar on the left
        kind = annotation.kind if annotation else "quote"
        bar = QColor(KIND_COLORS.get(kind, "#888888"))
        themes = index.data(THEMES_ROLE) or []
        if kind == "passage" and themes:
            bar = QColor(themes[0][1])
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 4, 3, rect.height() - 8), bar)
        x = rect.left() + 12
        width = rect.right() - x - PAD
        y1 = rect.top() + PAD
        painter.setPen(fg)
        quote_type = (
            (annotation.quote_type or "direct")
            if annotation is not None and kind == "quote"
            else None
        )
        line = fm.elidedText(preview(text, quote_type), Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(x, y1, width, fm.height()), Qt.AlignmentFlag.AlignLeft, line)
        y2 = y1 + fm.height() + PAD // 2
        small = opt.font
        small.setPointSizeF(max(small.pointSizeF() * 0.88, 7.0))
        painter.setFont(small)
        sfm = QFontMetrics(small)
        cx = x
        speaker = index.data(SPEAKER_ROLE) or ""
        if speaker:
            painter.setPen(fg)
            label = sfm.elidedText(speaker, Qt.TextElideMode.ElideRight, width // 2)
            painter.drawText(QRect(cx, y2, width, sfm.height()), Qt.AlignmentFlag.AlignLeft, label)
            cx += sfm.horizontalAdvance(label) + 8
        for name, color in themes:
            w = sfm.horizontalAdvance(name) + 16
            if cx + w > x + width:
                break
            chip = QRect(cx, y2, w, sfm.height())
            c = QColor(color)
            painter.setPen(Qt.PenStyle.NoPen)
            fill = QColor(c)
            fill.setAlpha(60)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, 4, 4)
            painter.setBrush(c)
            painter.drawEllipse(chip.left() + 4, chip.center().y() - 2, 5, 5)
            painter.setPen(fg)
            painter.drawText(chip.adjusted(12, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, name)
            cx += w + 4
        extras = []
        if annotation is not None and annotation.quote_type == "indirect":
            extras.append(quote_type_name("indirect"))
        if annotation is not None and annotation.note:
            extras.append("✎ " + " ".join(annotation.note.split()))
        if annotation is not None and annotation.status == "orphaned":
            extras.append("⚠ " + status_name("orphaned"))
        if annotation is not None and annotation.coder:
            extras.append(annotation.coder)
        if extras and cx < x + width - 20:
            painter.setPen(muted)
            tail = sfm.elidedText(" · ".join(extras), Qt.TextElideMode.ElideRight, x + width - cx)
            painter.drawText(
                QRect(cx, y2, x + width - cx, sfm.height()), Qt.AlignmentFlag.AlignLeft, tail
            )
        painter.restore()
