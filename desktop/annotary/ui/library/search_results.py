"""Search results: a list model of SearchHit and a delegate drawing snippets as rich text."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from annotary.domain.models import SearchHit
from annotary.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 10
HTML_ROLE = Qt.ItemDataRole.UserRole + 11
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def snippet_html(hit: SearchHit) -> str:
    """The hit's snippet as HTML, the matched words in bold."""
    parts: list[str] = []
    pos = 0
    for start, end in hit.marks:
        parts.append(html.escape(hit.snippet[pos:start]))
        parts.append(f"<b>{html.escape(hit.snippet[start:end])}</b>")
        pos = end
    parts.append(html.escape(hit.snippet[pos:]))
    return "".join(parts)


NOTE_LABEL = QT_TRANSLATE_NOOP("SearchResultsModel", "In a note: ")


def note_label() -> str:
    return QCoreApplication.translate("SearchResultsModel", NOTE_LABEL)


def hit_html(hit: SearchHit) -> str:
    meta = " · ".join(x for x in (hit.outlet, hit.published, hit.language) if x)
    where = f"<i>{note_label()}</i>" if hit.matched == "note" else ""
    return (
        f"<div style='font-weight:600'>{html.escape(hit.title)}</div>"
        f"<div style='font-size:small'>{html.escape(meta)}</div>"
        f"<div>{where}{snippet_html(hit)}</div>"
    )


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[SearchHit]:
        return list(self._hits)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            where = note_label() if hit.matched == "note" else ""
            return f"{hit.title}: {where}{hit.snippet}"
        if role == HTML_ROLE:
            return hit_html(hit)
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.article
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's HTML_ROLE text, wrapping to the view's width."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(option.rect.width() - 12, 80))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if isinstance(widget, QWidget) else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        doc = self._document(option, index)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        rect = opt.rect
        painter.translate(rect.left() + 6, rect.top() + 4)
        ctx.clip = QRectF(0, 0, rect.width() - 12, rect.height() - 8)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)
