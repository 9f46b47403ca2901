"""CountsModel: a ``CountTable`` for a QTableView, with totals and percentages.

Rows and columns are the table's, plus a Total row and a Total column. ``mode``
shows the counts, or each cell as a percentage of its row's or its column's
total. ``QUERY_ROLE`` gives the ``AnnotationQuery`` of exactly the annotations a
cell counts (None for a total that is a sum over a dimension where one
annotation may count twice, such as themes); ``VALUE_ROLE`` the number itself.
"""

from __future__ import annotations

from typing import Any, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from annotary.domain.analysis import AnnotationQuery, CountTable

Mode = Literal["counts", "row", "column"]
QUERY_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
MULTI_VALUED = ("theme",)  # one annotation may count in several rows or columns of these
Index = QModelIndex | QPersistentModelIndex


class CountsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: CountTable | None = None
        self.mode: Mode = "counts"
        self._percent: tuple[tuple[float, ...], ...] = ()
        self._peak = 0

    def set_table(self, table: CountTable | None) -> None:
        self.beginResetModel()
        self.table = table
        self._peak = max((max(r, default=0) for r in table.counts), default=0) if table else 0
        self._compute()
        self.endResetModel()

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self._compute()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def _compute(self) -> None:
        t = self.table
        if t is None or self.mode == "counts":
            self._percent = ()
        elif self.mode == "row":
            self._percent = t.percentages_by_row()
        else:
            self._percent = t.percentages_by_column()

    # ---- what a cell is ----------------------------------------------------------------

    def value(self, row: int, col: int) -> float | int | None:
        t = self.table
        if t is None:
            return None
        n, m = len(t.rows), len(t.columns)
        if row < n and col < m:
            return self._percent[row][col] if self._percent else t.counts[row][col]
        if row < n:  # the row's total
            return (
                100.0
                if self.mode == "row" and t.row_totals[row]
                else (
                    _share(t.row_totals[row], t.total)
                    if self.mode == "column"
                    else t.row_totals[row]
                )
            )
        if col < m:  # the column's total
            return (
                100.0
                if self.mode == "column" and t.column_totals[col]
                else (
                    _share(t.column_totals[col], t.total)
                    if self.mode == "row"
                    else t.column_totals[col]
                )
            )
        return 100.0 if self.mode != "counts" and t.total else t.total

    def display(self, row: int, col: int) -> str:
        """A cell's (or a total's) text as the table shows it."""
        value = self.value(row, col)
        return f"{value:.1f} %" if isinstance(value, float) else f"{value}"

    def widest(self, col: int) -> str:
        """The longest text in a column, its total included: the largest count (digits are
        equally wide), or "100.0 %" when it shows percentages."""
        t = self.table
        if t is None:
            return ""
        if self.mode != "counts":
            return self.display(len(t.rows), len(t.columns))  # the corner: 100.0 %
        if col < len(t.columns):
            largest = max(t.column_totals[col], max((r[col] for r in t.counts), default=0))
        else:
            largest = max(t.total, max(t.row_totals, default=0))
        return f"{largest}"

    def count(self, row: int, col: int) -> int:
        """The count of a cell or a total, whatever the mode."""
        t = self.table
        if t is None:
            return 0
        n, m = len(t.rows), len(t.columns)
        if row < n and col < m:
            return t.counts[row][col]
        if row < n:
            return t.row_totals[row]
        if col < m:
            return t.column_totals[col]
        return t.total

    def query(self, row: int, col: int) -> AnnotationQuery | None:
        """Exactly the annotations the cell counts (None where a total is only a sum)."""
        t = self.table
        if t is None:
            return None
        n, m = len(t.rows), len(t.columns)
        if row < n and col < m:
            return t.cell_query(row, col)
        if t.scope is not None:
            return None
        if row < n and col >= m and t.column_dimension not in MULTI_VALUED:
            return t.row_query(row)
        if col < m and row >= n and t.row_dimension not in MULTI_VALUED:
            return t.column_query(col)
        if row >= n and col >= m and not {t.row_dimension, t.column_dimension} & set(MULTI_VALUED):
            return t.query
        return None

    def describe(self, row: int, col: int) -> str:
        """ "Outlet: Northline Wire · Theme: Economy" for a cell (what its rows are)."""
        t = self.table
        if t is None:
            return ""
        n, m = len(t.rows), len(t.columns)
        parts = []
        if row < n:
            parts.append(t.rows[row])
        if col < m:
            parts.append(t.columns[col])
        return " · ".join(parts) or self.tr("All")

    # ---- Qt's model ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        t = self.table  # a table without rows or without columns shows nothing at all
        if parent.isValid() or t is None or not t.rows or not t.columns:
            return 0
        return len(t.rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        t = self.table
        if parent.isValid() or t is None or not t.rows or not t.columns:
            return 0
        return len(t.columns) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.table
        if t is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= col < self.columnCount()):
            return None
        total = row >= len(t.rows) or col >= len(t.columns)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, col)
        if role == VALUE_ROLE:
            return self.value(row, col)
        if role == QUERY_ROLE:
            return self.query(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and not total and self._peak:
            share = t.counts[row][col] / self._peak
            if share <= 0:
                return None
            color = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
            color.setAlphaF(0.08 + 0.42 * share)
            return color
        if role == Qt.ItemDataRole.ToolTipRole:
            n = self.count(row, col)
            where = self.describe(row, col)
            if self.query(row, col) is None:
                return self.tr(
                    "{0}: {1} (a sum: one annotation may count in several cells)"
                ).format(where, n)
            return self.tr("{0}: {1}. Click to see these rows.").format(where, n)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        t = self.table
        if t is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        labels = t.columns if orientation == Qt.Orientation.Horizontal else t.rows
        if 0 <= section < len(labels):
            return labels[section]
        if section == len(labels):
            return self.tr("Total")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _share(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0
