"""LibraryModel: a table over ArticleSummary rows, and the proxy that filters it.

One model row per article and no widget per row, so ten thousand articles stay
fluid; refreshing after a change replaces the changed rows only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from annotary.domain.models import ArticleSummary
from annotary.ui.richtext import plain_tip

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Title", "Outlet", "Date", "Language", "Notes", "•")
HEADER_TIPS = ("Title", "Outlet", "Publication date", "Language", "Annotations", "Unread")
TITLE, OUTLET, DATE, LANGUAGE, COUNT, READ = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []
        self._row_of: dict[str, int] = {}

    # ---- content ---------------------------------------------------------------

    def set_summaries(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}
        self.endResetModel()

    def apply(self, rows: list[ArticleSummary]) -> None:
        """Bring the model up to date with ``rows``: only changed rows are touched."""
        fresh = {s.id: s for s in rows}
        gone = [i for i, s in enumerate(self._rows) if s.id not in fresh]
        for i in reversed(gone):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self.endRemoveRows()
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}
        for i, old in enumerate(self._rows):
            new = fresh[old.id]
            if new != old:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        added = [s for s in rows if s.id not in self._row_of]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
            self._row_of = {s.id: i for i, s in enumerate(self._rows)}

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: str) -> int | None:
        return self._row_of.get(article_id)

    def summaries(self) -> list[ArticleSummary]:
        return list(self._rows)

    # ---- Qt model --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return HEADER_TIPS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(s, col)
        if role == SORT_ROLE:
            return _sort_key(s, col)
        if role == ID_ROLE:
            return s.id
        if role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return plain_tip(
                "\n".join(x for x in (s.title, s.author or "", ", ".join(s.collections)) if x)
            )
        if role == Qt.ItemDataRole.FontRole and col == TITLE and not s.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COUNT, READ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ("unread" if not s.read else "read") if col == READ else _display(s, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == READ:
            return "Unread" if not s.read else "Read"
        return None


def _display(s: ArticleSummary, col: int) -> str:
    if col == TITLE:
        return s.title
    if col == OUTLET:
        return s.outlet or ""
    if col == DATE:
        return s.published or ""
    if col == LANGUAGE:
        return s.language or ""
    if col == COUNT:
        return str(s.annotation_count) if s.annotation_count else ""
    return "" if s.read else "●"


def _sort_key(s: ArticleSummary, col: int) -> Any:
    if col == COUNT:
        return s.annotation_count
    if col == READ:
        return int(s.read)
    return _display(s, col).casefold()


@dataclass(frozen=True, slots=True)
class LibraryFilter:
    collection: str | None = None
    outlet: str | None = None
    language: str | None = None
    date_from: str | None = None  # ISO, inclusive
    date_to: str | None = None
    text: str = ""  # a quick filter on the title

    def accepts(self, s: ArticleSummary) -> bool:
        if self.collection and self.collection not in s.collections:
            return False
        if self.outlet and s.outlet != self.outlet:
            return False
        if self.language and (s.language or "").split("-")[0] != self.language.split("-")[0]:
            return False
        if self.date_from and (not s.published or s.published < self.date_from):
            return False
        if self.date_to and (not s.published or s.published[: len(self.date_to)] > self.date_to):
            return False
        return not self.text or self.text.casefold() in s.title.casefold()


class LibraryProxy(QSortFilterProxyModel):
    """Sorts on typed keys and applies a LibraryFilter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = LibraryFilter()
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def library_filter(self) -> LibraryFilter:
        return self._filter

    def set_library_filter(self, f: LibraryFilter) -> None:
        if f != self._filter:
            self.beginFilterChange()
            self._filter = f
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return self._filter.accepts(model.summary(source_row))
