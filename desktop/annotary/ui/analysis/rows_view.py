"""RowsView: the Quotes or the Passages of the whole project, filtered, sorted, exported.

The filters run ``services.analysis.rows`` off the GUI thread (the newest request
wins; an older result is dropped). Double-click (or Return) opens the article in
the reader with the span selected; the context menu also opens the speaker's or
a theme's page. Export… writes the rows shown as CSV or XLSX through the core's
writer; Copy puts the selected rows on the clipboard as a table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.analysis import AnnotationQuery, AnnotationRow
from annotary.ui import keymap
from annotary.ui.analysis import clipboard
from annotary.ui.analysis.choices import Choices
from annotary.ui.analysis.filter_bar import FilterBar
from annotary.ui.analysis.rows_model import ROW_ROLE, AnnotationRowsModel, column
from annotary.ui.context import AppContext
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations import analysis as analysis_ops
from annotary.ui.operations.runner import Running
from annotary.ui.richtext import plain_label

OpenAt = Callable[[str, str | None, tuple[int, int]], bool]
EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("RowsView", "CSV (*.csv)"): "csv",
    QT_TRANSLATE_NOOP("RowsView", "Excel workbook (*.xlsx)"): "xlsx",
}
PASSAGE_HIDDEN = ("speaker", "role", "quote_type")
PAGE = 300  # rows read at a time; more as the table scrolls to its end


def query_from(values: dict[str, Any], kind: str | None) -> AnnotationQuery:
    """The core's query for a filter bar's values (``kind`` None: every kind)."""
    fields = {k: v for k, v in values.items() if k in AnnotationQuery.__dataclass_fields__}
    return AnnotationQuery(kind=kind or None, **fields)


class RowsView(QWidget):
    """A filter bar over a table of annotation rows, with Export and Copy."""

    page_requested = Signal(str, str)  # "speaker" or "theme", id
    loaded = Signal()  # a query's rows are shown (or its failure is)

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        choices: Callable[[], Choices],
        open_at: OpenAt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.open_at = open_at
        self.setObjectName(f"{kind or 'count'}View")
        self.busy = False
        self._generation = 0
        self._request: Running[Any] | None = None  # the newest rows asked for
        self._extra: AnnotationQuery | None = None  # a count's rows: a query the bar can't say
        self.filters = FilterBar(choices, quotes=kind == "quote", parent=self)
        self.model = AnnotationRowsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName(f"{kind or 'count'}Table")
        self.table.setAccessibleName(
            {"quote": self.tr("Quotes"), "passage": self.tr("Passages")}.get(kind, self.tr("Rows"))
        )
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(column("published"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("text"), QHeaderView.ResizeMode.Stretch)
        for key, width in (
            ("published", 92),
            ("outlet", 120),
            ("article", 200),
            ("speaker", 140),
            ("role", 150),
            ("quote_type", 74),
            ("themes", 170),
            ("note", 140),
            ("coder", 80),
        ):
            self.table.setColumnWidth(column(key), width)
        if kind == "passage":
            for key in PASSAGE_HIDDEN:
                self.table.setColumnHidden(column(key), True)

        self.scope_label = plain_label(QLabel(self))
        self.scope_label.setObjectName("rowsScope")
        self.scope_label.setWordWrap(True)
        self.unscope_button = QPushButton(self.tr("Show All"), self)
        self.unscope_button.setObjectName("rowsUnscope")
        self.unscope_button.setToolTip(self.tr("Back to every row the filters allow"))
        self.unscope_button.clicked.connect(self.show_all)
        self.scope_row = QWidget(self)
        scope_layout = QHBoxLayout(self.scope_row)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(self.scope_label, 1)
        scope_layout.addWidget(self.unscope_button)
        self.scope_row.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowsCount")
        self.count_label.setProperty("muted", True)
        self.copy_action = QAction(self.tr("&Copy Rows"), self)
        self.copy_action.setShortcuts(keymap.sequences("copy_rows"))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.table.addAction(self.copy_action)
        self.copy_button = QPushButton(self.tr("Copy Rows"), self)
        self.copy_button.setObjectName("rowsCopy")
        self.copy_button.setToolTip(self.tr("Copy the selected rows as a table"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("rowsExport")
        self.export_button.setToolTip(self.tr("Save the rows shown as CSV or as an Excel workbook"))
        self.export_button.clicked.connect(self.export_dialog)

        foot = QHBoxLayout()
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.copy_button)
        foot.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addWidget(self.scope_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

        self.filters.changed.connect(self._filters_changed)
        self.model.more_wanted.connect(self._more)
        self.model.sort_wanted.connect(self.refresh)
        header.sortIndicatorChanged.connect(self._sort_indicator)
        self.table.doubleClicked.connect(self.open_row)
        self.table.activated.connect(self.open_row)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ---- the query --------------------------------------------------------------------

    def query(self) -> AnnotationQuery:
        """What the rows are: the filters, within a count's cell when one was chosen."""
        own = query_from(self.filters.values(), self.kind)
        if self._extra is None:
            return own
        narrowed = {
            k: v
            for k, v in self.filters.values().items()
            if k in AnnotationQuery.__dataclass_fields__
        }
        return replace(self._extra, **narrowed) if narrowed else self._extra

    def show_query(self, query: AnnotationQuery, description: str) -> None:
        """Show exactly the rows of ``query`` (a count's cell, a page's figure)."""
        self.filters.set_values({})
        self._extra = replace(query, kind=query.kind or self.kind or None)
        self.scope_label.setText(self.tr("Showing: {0}").format(description))
        self.scope_row.show()
        self.unscope_button.setVisible(self.filters.isVisibleTo(self))
        self.refresh()

    def show_all(self) -> None:
        """Leave a count's or a page's rows: every row the filters allow."""
        self._extra = None
        self.scope_row.hide()
        self.refresh()

    def _filters_changed(self) -> None:
        self.refresh()

    def scoped(self) -> bool:
        """Whether the rows are a count's or a page's (not only the filters')."""
        return self._extra is not None

    def clear(self) -> None:
        """No rows until a query is shown (a count's rows view before a cell is clicked)."""
        self._generation += 1
        self.busy = False
        self._extra = None
        self.scope_row.hide()
        self.model.set_rows([])
        self.count_label.setText(self.tr("Click a cell of the table or a bar of the chart"))
        self._update_buttons()

    def refresh(self) -> None:
        """Ask for the rows again (the filters, the order or the project changed)."""
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.count_label.setText(self.tr("Reading…"))
        sort, descending = self.model.sql_order()
        op = (
            analysis_ops.rows_page(self.query(), sort, descending, 0, PAGE, counted=True)
            .then(lambda page: self._show(generation, page[1], page[0], ""))
            .or_else(lambda why: self._show(generation, [], 0, why))
        )
        if self._request is not None:
            self._request.cancel()  # superseded: its query stops at once
        self._request = self.ctx.operations.run(op.failing_in_status_line(), self)

    def _more(self, offset: int) -> None:
        """The view scrolled to the end of what is read: the next page."""
        generation = self._generation
        sort, descending = self.model.sql_order()
        op = (
            analysis_ops.rows_page(self.query(), sort, descending, offset, PAGE, counted=False)
            .then(lambda page: self._append(generation, page[1]))
            .or_else(lambda _why: self.model.stop_waiting())
        )
        self.ctx.operations.run(op.failing_in_status_line(), self)

    def _append(self, generation: int, rows: list[AnnotationRow]) -> None:
        if generation == self._generation:
            self.model.append_rows(rows)
        else:
            self.model.stop_waiting()

    def _show(self, generation: int, rows: list[AnnotationRow], total: int, why: str) -> None:
        if generation != self._generation:
            return  # a newer query was asked meanwhile
        self.busy = False
        current = self.current_row()
        self.model.set_rows(rows, total)
        if current is not None:
            self.select_annotation(current.id)
        n = self.model.total()
        if why:
            self.count_label.setText(self.tr("The rows could not be read: {0}").format(why))
        elif self.kind == "quote":
            self.count_label.setText(self.tr("Quotes: {0}").format(n))
        elif self.kind == "passage":
            self.count_label.setText(self.tr("Passages: {0}").format(n))
        else:
            self.count_label.setText(self.tr("Rows: {0}").format(n))
        self._update_buttons()
        self.loaded.emit()

    def _sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A column the core does not sort, while pages remain: the order stays as it was."""
        shown = self.model.sort_column()
        if (column, order) != shown:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*shown)
            header.blockSignals(False)
            self.ctx.status.emit(
                self.tr("This column sorts once every row is listed; narrow the filters first")
            )

    # ---- rows -----------------------------------------------------------------------

    def current_row(self) -> AnnotationRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def select_annotation(self, annotation_id: str) -> bool:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def open_row(self, index: QModelIndex) -> bool:
        row = index.data(ROW_ROLE)
        if not isinstance(row, AnnotationRow):
            return False
        return self.open_at(row.article_id, row.id, (row.start, row.end))

    def copy_selected(self) -> int:
        rows = self.selected_rows()
        if not rows:
            return 0
        visible = [c for c in range(self.model.columnCount()) if not self.table.isColumnHidden(c)]
        headers, cells = self.model.table(rows, visible)
        clipboard.copy_table(headers, cells)
        self.ctx.status.emit(self.tr("Rows copied: {0}").format(len(rows)))
        return len(rows)

    def _update_buttons(self, *_: object) -> None:
        self.copy_button.setEnabled(bool(self.selected_rows()))
        self.copy_action.setEnabled(bool(self.selected_rows()))
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        row = self.model.row_at(index.row()) if index.isValid() else None
        menu = QMenu(self)
        if row is not None:
            menu.addAction(self.tr("&Open in the Reader"), lambda: self.open_row(index))
            if row.speaker_id:
                menu.addAction(
                    self.tr("&Speaker Page: {0}").format(row.speaker_name or ""),
                    partial(self._page, "speaker", row.speaker_id),
                )
            for theme_id, name in zip(row.theme_ids, row.theme_names, strict=False):
                menu.addAction(
                    self.tr("&Theme Page: {0}").format(name), partial(self._page, "theme", theme_id)
                )
            menu.addSeparator()
        menu.addAction(self.copy_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _page(self, kind: str, record_id: str) -> None:
        self.page_requested.emit(kind, record_id)

    # ---- export --------------------------------------------------------------------

    def export_dialog(self) -> None:
        stem = {"quote": "quotes", "passage": "passages"}.get(self.kind, "rows")
        filters = {
            QCoreApplication.translate("RowsView", shown): suffix
            for shown, suffix in EXPORT_FILTERS.items()
        }
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the rows"),
            str(Path.home() / f"{stem}.csv"),
            ";;".join(filters),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".xlsx"):
            path = path.with_suffix("." + filters.get(chosen, "csv"))
        self.export(path)

    def export(self, path: Path) -> None:
        """Write every row of the view's query to ``path`` (.csv or .xlsx), in the order of
        the column it is sorted by when the core sorts by it (else by date)."""
        sort, _descending = self.model.sql_order()
        op = analysis_ops.export_rows(self.query(), path, sort).then(
            lambda n: self.ctx.status.emit(self.tr("Rows saved to {0}: {1}").format(path, n))
        )
        self.ctx.operations.run(op, self)
