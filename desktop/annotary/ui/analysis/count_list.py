"""CountList: a short list of figures (label, count with a bar), each clickable to its rows.

Used by the speaker and theme pages: a month, an outlet, a theme with how many
quotes it holds. Clicking (or Return on) a line emits ``chosen(Count)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from annotary.domain.analysis import Count
from annotary.ui.display_names import value_label
from annotary.ui.richtext import plain_tip

COUNT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class CountListModel(QAbstractTableModel):
    def __init__(self, header: str, counted: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.header = header
        self.counted = counted
        self.items: list[Count] = []
        self.peak = 0

    def set_items(self, items: Sequence[Count]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.peak = max((c.count for c in self.items), default=0)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value_label(item.label) if index.column() == 0 else str(item.count)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(
                self.tr("{0}: {1}. Click to see these rows.").format(
                    value_label(item.label), item.count
                )
            )
        if role == COUNT_ROLE:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header if section == 0 else self.counted
        return None


class BarDelegate(QStyledItemDelegate):
    """The count with a bar behind it, its length the count's share of the largest."""

    def __init__(self, model: CountListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = index.data(COUNT_ROLE)
        if isinstance(item, Count) and self.model.peak:
            room = option.fontMetrics.horizontalAdvance(str(self.model.peak)) + 10
            rect: QRect = option.rect.adjusted(4, 6, -room, -6)
            width = max(1, int(rect.width() * item.count / self.model.peak))
            color = QColor(option.palette.color(QPalette.ColorRole.Highlight))
            color.setAlphaF(0.55)
            painter.save()
            painter.fillRect(QRect(rect.left(), rect.top(), width, rect.height()), color)
            painter.restore()
        super().paint(painter, option, index)


class CountList(QTableView):
    chosen = Signal(object)  # Count

    def __init__(self, header: str, counted: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_model = CountListModel(header, counted, self)
        self.setModel(self.list_model)
        self.setItemDelegateForColumn(1, BarDelegate(self.list_model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header_view = self.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(1, 130)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    def set_items(self, items: Sequence[Count]) -> None:
        self.list_model.set_items(items)

    def _chosen(self, index: QModelIndex) -> None:
        item = index.data(COUNT_ROLE) if index.isValid() else None
        if isinstance(item, Count):
            self.chosen.emit(item)

    def row_of(self, label: str) -> int:
        return next((i for i, c in enumerate(self.list_model.items) if c.label == label), -1)
