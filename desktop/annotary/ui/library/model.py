"""LibraryModel: a table over ArticleSummary rows (library/proxy.py filters them).

One model row per article and no widget per row. The model sorts its rows itself
(one key per row; a proxy sorting ten thousand rows asks for two keys per
comparison) and hands them to the view a page at a time (canFetchMore/fetchMore).
It can start from only its first page, read from the database in the default
order (newest publication first); the rest is read when first needed: scrolling
past the page, sorting by another column, filtering. A change replaces, inserts or
removes only the rows it names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from annotary.domain.models import ArticleSummary
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.richtext import plain_tip

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "Outlet"),
    QT_TRANSLATE_NOOP("LibraryModel", "Date"),
    QT_TRANSLATE_NOOP("LibraryModel", "Language"),
    QT_TRANSLATE_NOOP("LibraryModel", "Annot."),
    QT_TRANSLATE_NOOP("LibraryModel", "New"),
    QT_TRANSLATE_NOOP("LibraryModel", "Similar"),
)
HEADER_TIPS = (
    QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    QT_TRANSLATE_NOOP("LibraryModel", "Outlet"),
    QT_TRANSLATE_NOOP("LibraryModel", "Publication date"),
    QT_TRANSLATE_NOOP("LibraryModel", "Language"),
    QT_TRANSLATE_NOOP("LibraryModel", "Annotations in the article"),
    QT_TRANSLATE_NOOP("LibraryModel", "• not read yet"),
    QT_TRANSLATE_NOOP("LibraryModel", "Near-duplicates: other articles with nearly the same text"),
)
TITLE, OUTLET, DATE, LANGUAGE, COUNT, READ, SIMILAR = range(7)
# Each column's name in the remembered header state (library/columns.py): a name, not a
# number, so a column added or moved by a later version does not take another's width.
KEYS = ("title", "outlet", "date", "language", "annotations", "new", "similar")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE = 256  # rows handed to the view at a time
DEFAULT_SORT = (DATE, Qt.SortOrder.DescendingOrder)  # the order of a first page
Loader = Callable[[], list[ArticleSummary]]


class LibraryModel(QAbstractTableModel):
    loaded = Signal()  # every row has been read (after a first page)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ArticleSummary] = []  # sorted; the first _shown are the model's rows
        self._keys: list[tuple[Any, ...]] = []  # their sort keys (unique: id breaks ties)
        self._row_of: dict[str, int] = {}
        self._shown = 0
        self._sort: tuple[int, Qt.SortOrder] = DEFAULT_SORT
        self._loader: Loader | None = None  # reads every row; None: all are here
        self._total = 0

    # ---- content ---------------------------------------------------------------

    def set_summaries(self, rows: list[ArticleSummary]) -> None:
        """All the library's rows (in any order)."""
        self.beginResetModel()
        self._loader = None
        self._set_rows(rows)
        self._shown = min(PAGE, len(self._rows))
        self.endResetModel()

    def set_first_page(self, rows: list[ArticleSummary], total: int, loader: Loader) -> None:
        """The first rows in DEFAULT_SORT order, of ``total``; ``loader`` reads them all
        when they are needed. In another order every row is read at once."""
        if self._sort != DEFAULT_SORT or len(rows) >= total:
            self.set_summaries(loader() if len(rows) < total else rows)
            return
        self.beginResetModel()
        self._loader = loader
        self._total = total
        self._set_rows(rows, presorted=True)
        self._shown = len(self._rows)
        self.endResetModel()

    def _set_rows(self, rows: Iterable[ArticleSummary], presorted: bool = False) -> None:
        column, order = self._sort
        pairs = [(_key(s, column), s) for s in rows]
        if not presorted:
            pairs.sort(key=lambda p: p[0], reverse=order == Qt.SortOrder.DescendingOrder)
        self._keys = [k for k, _s in pairs]
        self._rows = [s for _k, s in pairs]
        self._reindex()

    def _reindex(self) -> None:
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}

    @property
    def complete(self) -> bool:
        return self._loader is None

    def load_all(self) -> None:
        """Read every row now (the first page alone was read)."""
        loader, self._loader = self._loader, None
        if loader is None:
            return
        first = [s.id for s in self._rows[: self._shown]]
        self._set_rows(loader())
        if [s.id for s in self._rows[: self._shown]] != first:
            self.beginResetModel()  # another program changed the first page meanwhile
            self._shown = min(max(self._shown, PAGE), len(self._rows))
            self.endResetModel()
        self.loaded.emit()

    def show_all(self) -> None:
        """Every row is a model row (a filter looks at each)."""
        self.load_all()
        if self._shown < len(self._rows):
            self.beginInsertRows(QModelIndex(), self._shown, len(self._rows) - 1)
            self._shown = len(self._rows)
            self.endInsertRows()

    def show_row(self, row: int) -> None:
        """Make row ``row`` of the sorted rows (see row_of) a model row."""
        if row >= self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, row)
            self._shown = row + 1
            self.endInsertRows()

    def update(self, fresh: Iterable[ArticleSummary], gone: Iterable[str]) -> None:
        """``fresh`` rows were added or changed, ``gone`` ids removed: each is one row
        inserted, changed, moved or removed."""
        column, order = self._sort
        for aid in gone:
            self._remove(aid)
        for s in fresh:
            row = self._row_of.get(s.id)
            key = _key(s, column)
            if row is not None and self._rows[row] == s:
                continue
            if row is not None and self._keys[row] == key:
                self._rows[row] = s
                if row < self._shown:
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                continue
            if row is not None:
                self._remove(s.id)
            at = self._position(key, order == Qt.SortOrder.DescendingOrder)
            if at == len(self._rows) and not self.complete:
                continue  # beyond the first page: it comes with the rest
            self._insert(at, key, s)

    def _remove(self, aid: str) -> None:
        row = self._row_of.get(aid)
        if row is None:
            return
        shown = row < self._shown
        if shown:
            self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self._reindex()
        if shown:
            self._shown -= 1
            self.endRemoveRows()

    def _insert(self, at: int, key: tuple[Any, ...], s: ArticleSummary) -> None:
        shown = at <= self._shown
        if shown:
            self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, s)
        self._keys.insert(at, key)
        self._reindex()
        if shown:
            self._shown += 1
            self.endInsertRows()

    def _position(self, key: tuple[Any, ...], descending: bool) -> int:
        lo, hi = 0, len(self._keys)
        while lo < hi:
            mid = (lo + hi) // 2
            k = self._keys[mid]
            if (k > key) if descending else (k < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def total(self) -> int:
        """How many articles the library has (read or not yet)."""
        return len(self._rows) if self.complete else self._total

    def set_total(self, total: int) -> None:
        """The number of articles, counted again after a change (while only a first
        page has been read, the model cannot count the others itself)."""
        self._total = total

    def summary(self, row: int) -> ArticleSummary:
        return self._rows[row]

    def row_of(self, article_id: str) -> int | None:
        """The article's place among the sorted rows read so far (may be past rowCount)."""
        return self._row_of.get(article_id)

    def summaries(self) -> list[ArticleSummary]:
        """Every row read so far."""
        return list(self._rows)

    # ---- sorting and fetching ------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == self._sort:
            return
        self.load_all()  # in the old order, which its first page is in
        self._sort = (column, order)
        rows = self._rows
        keys = [_key(s, column) for s in rows]
        order_ = sorted(range(len(rows)), key=keys.__getitem__)
        if order == Qt.SortOrder.DescendingOrder:
            order_.reverse()
        new_row = {rows[i].id: r for r, i in enumerate(order_)}
        before = self.persistentIndexList()
        ids = [rows[i.row()].id if i.row() < len(rows) else "" for i in before]
        needed = max((new_row.get(aid, -1) for aid in ids), default=-1)
        self.show_row(needed)  # a selected row stays a row after the sort
        self.layoutAboutToBeChanged.emit()
        self._rows = [rows[i] for i in order_]
        self._keys = [keys[i] for i in order_]
        self._reindex()
        after = []
        for i, aid in zip(before, ids, strict=True):
            row = self._row_of.get(aid)
            ok = row is not None and row < self._shown
            after.append(self.index(row, i.column()) if ok else QModelIndex())  # type: ignore[arg-type]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and (self._shown < len(self._rows) or not self.complete)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        if self._shown + PAGE > len(self._rows):
            self.load_all()
        end = min(self._shown + PAGE, len(self._rows))
        if end > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()

    # ---- Qt model --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == SIMILAR and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Similar")
        if section == SIMILAR and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self.tr("Near-duplicates: other articles with nearly the same text")
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryModel", COLUMNS[section])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("LibraryModel", HEADER_TIPS[section])
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
        if role == Qt.ItemDataRole.ToolTipRole and col == SIMILAR and s.similar:
            if s.similar == 1:  # no English plural form without translation files
                return self.tr("One other article with nearly the same text")
            return self.tr("%n other articles with nearly the same text", "", s.similar)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COUNT, READ, SIMILAR):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ("unread" if not s.read else "read") if col == READ else _display(s, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == READ:
            return self.tr("Unread") if not s.read else self.tr("Read")
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
    if col == SIMILAR:
        return str(s.similar) if s.similar else ""
    return "" if s.read else "●"


def _key(s: ArticleSummary, col: int) -> tuple[Any, ...]:
    return (_sort_key(s, col), s.imported_at, s.id)


def _sort_key(s: ArticleSummary, col: int) -> Any:
    if col == COUNT:
        return s.annotation_count
    if col == SIMILAR:
        return s.similar
    if col == READ:
        return int(s.read)
    return _display(s, col).casefold()
