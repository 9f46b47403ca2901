"""AnnotationRowsModel: annotation rows of the whole project for a QTableView.

One row per ``AnnotationRow`` (no widget per row): date, outlet, article,
speaker, role and affiliation, quote type, text, themes, note, coder. A query
may find 100,000 rows: the model holds the pages read so far and the number
found (``total``), and asks for the next page (``more_wanted(offset)``) when the
view scrolls to its end (Qt's ``fetchMore``). Sorting: with every row read, the
model sorts its own list by any column; otherwise a column the core sorts by
(``SQL_SORT``) asks for the rows again in that order (``sort_wanted``).
``ROW_ROLE`` gives a row's ``AnnotationRow``; ``table()`` gives the headers and
the cells as text (what is copied).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
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

from annotary.domain.analysis import AnnotationRow
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.richtext import plain_tip

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
SHOWN_CHARACTERS = 400  # a cell shows the start of a long text; the tooltip and exports all


def _t(text: str) -> str:
    return QCoreApplication.translate("AnnotationRowsModel", text)


def quote_type_label(value: str | None) -> str:
    if value == "direct":
        return QCoreApplication.translate("AnnotationRowsModel", "Direct")
    if value == "indirect":
        return QCoreApplication.translate("AnnotationRowsModel", "Reported")
    return ""


def _role(row: AnnotationRow) -> str:
    return ", ".join(v for v in (row.role, row.affiliation) if v)


# (key, header, cell text)
COLUMNS: tuple[tuple[str, str, Callable[[AnnotationRow], str]], ...] = (
    ("published", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Date"), lambda r: r.published or ""),
    ("outlet", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Outlet"), lambda r: r.outlet or ""),
    ("article", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Article"), lambda r: r.article_title),
    (
        "speaker",
        QT_TRANSLATE_NOOP("AnnotationRowsModel", "Speaker"),
        lambda r: r.speaker_name or "",
    ),
    ("role", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Role"), _role),
    (
        "quote_type",
        QT_TRANSLATE_NOOP("AnnotationRowsModel", "Type"),
        lambda r: quote_type_label(r.quote_type),
    ),
    ("text", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Text"), lambda r: r.text),
    (
        "themes",
        QT_TRANSLATE_NOOP("AnnotationRowsModel", "Themes"),
        lambda r: "; ".join(r.theme_names),
    ),
    ("note", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Note"), lambda r: r.note or ""),
    ("coder", QT_TRANSLATE_NOOP("AnnotationRowsModel", "Coder"), lambda r: r.coder or ""),
)
KEYS = tuple(c[0] for c in COLUMNS)
TEXT = KEYS.index("text")
# The core's sort key of each column it can sort (services.analysis.rows(sort=...)).
SQL_SORT = {
    "published": "published",
    "outlet": "outlet",
    "article": "article_title",
    "speaker": "speaker_name",
    "quote_type": "quote_type",
    "text": "text",
    "coder": "coder",
}


def column(key: str) -> int:
    return KEYS.index(key)


def _sort_key(col: int) -> Callable[[AnnotationRow], Any]:
    cell = COLUMNS[col][2]
    if KEYS[col] == "published":
        return lambda r: (r.published or "", r.article_title.casefold(), r.start)
    if KEYS[col] == "article":
        return lambda r: (r.article_title.casefold(), r.start)
    return lambda r: (cell(r).casefold(), r.published or "", r.start)


class AnnotationRowsModel(QAbstractTableModel):
    """The rows of a Quotes or Passages view, read a page at a time."""

    more_wanted = Signal(int)  # the offset of the next page to read
    sort_wanted = Signal()  # read the rows again in the order of ``sql_order()``

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AnnotationRow] = []
        self._total = 0
        self._waiting = False  # a page was asked for and has not come yet
        self._sort: tuple[int, Qt.SortOrder] = (
            KEYS.index("published"),
            Qt.SortOrder.AscendingOrder,
        )

    # ---- the rows -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[AnnotationRow], total: int | None = None) -> None:
        """The first page of a query's rows (all of them when ``total`` is not given)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._total = len(self._rows) if total is None else max(total, len(self._rows))
        self._waiting = False
        if self.complete():
            self._sort_rows(*self._sort)
        self.endResetModel()

    def append_rows(self, rows: Sequence[AnnotationRow]) -> None:
        """The next page, as asked for by ``more_wanted``."""
        self._waiting = False
        if not rows:
            self._total = len(self._rows)  # fewer than counted: the project changed meanwhile
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._total = max(self._total, len(self._rows))
        self.endInsertRows()

    def stop_waiting(self) -> None:
        self._waiting = False

    def total(self) -> int:
        """How many rows the query found (more than are read while pages remain)."""
        return self._total

    def complete(self) -> bool:
        return len(self._rows) >= self._total

    def sql_order(self) -> tuple[str, bool]:
        """The core's sort key and direction for the current order ("published" if the
        column is not one the core sorts)."""
        column, order = self._sort
        return SQL_SORT.get(KEYS[column], "published"), order == Qt.SortOrder.DescendingOrder

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._waiting and not self.complete()

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._waiting = True
            self.more_wanted.emit(len(self._rows))

    def rows(self) -> list[AnnotationRow]:
        """Every row, in the order shown."""
        return list(self._rows)

    def row_at(self, row: int) -> AnnotationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, annotation_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == annotation_id), -1)

    def headers(self) -> list[str]:
        return [_t(header) for _key, header, _cell in COLUMNS]

    def table(
        self, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None
    ) -> tuple[list[str], list[list[str]]]:
        """Headers and full cell texts of ``rows`` (all by default) and ``columns``."""
        cols = list(range(len(COLUMNS))) if columns is None else list(columns)
        chosen = self._rows if rows is None else [self._rows[i] for i in rows]
        headers = self.headers()
        return [headers[c] for c in cols], [[COLUMNS[c][2](r) for c in cols] for r in chosen]

    # ---- Qt's model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = COLUMNS[col][2](row)
            if col == TEXT or KEYS[col] == "note":
                text = " ".join(text.split())
                if len(text) > SHOWN_CHARACTERS:
                    text = text[:SHOWN_CHARACTERS] + "…"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == TEXT:
                return plain_tip(row.text)
            if KEYS[col] == "note":
                return plain_tip(row.note)
            if KEYS[col] == "article":
                return plain_tip(row.article_title)
            if KEYS[col] == "themes":
                return plain_tip("\n".join(row.theme_names))
            return None
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _t(COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS) or (column, order) == self._sort:
            return
        if not self.complete():
            if KEYS[column] in SQL_SORT:  # the core sorts them all, a page at a time
                self._sort = (column, order)
                self.sort_wanted.emit()
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else "" for i in persistent]
        self._sort_rows(column, order)
        where = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent,
            [
                self.index(where[i], p.column()) if i in where else QModelIndex()
                for i, p in zip(ids, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        self._rows.sort(key=_sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
