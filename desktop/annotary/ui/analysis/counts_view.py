"""CountsView: a count table and its chart; a cell or a bar shows exactly its rows.

Choose what to count (themes, speakers, quote types as voice share, theme
co-occurrence on one annotation or in one paragraph) and by what (outlet,
month, speaker, theme, role, affiliation), within the filters. The table shows
counts with totals, or percentages of the row or the column; the chart (bars,
a heat map for a matrix, lines over months) is drawn by matplotlib, which is
loaded when the chart is first shown. The table appears as soon as the counts
arrive; the chart is drawn after it (``chart_pending`` until it is on screen), so
the user reads the table while the chart draws. Clicking a cell, a total or a bar
lists the annotations it counts below. Export saves the chart as PNG, SVG or PDF and
the table as CSV through the core's writers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.analysis import AnnotationQuery, CountTable
from annotary.ui.analysis.choices import Choices
from annotary.ui.analysis.counts_model import CountsModel, Mode
from annotary.ui.analysis.filter_bar import FilterBar
from annotary.ui.analysis.rows_view import OpenAt, RowsView, query_from
from annotary.ui.context import AppContext
from annotary.ui.display_names import shown_table
from annotary.ui.i18n import QT_TRANSLATE_NOOP
from annotary.ui.operations import analysis as analysis_ops
from annotary.ui.operations.runner import Running
from annotary.ui.settings import Settings

if TYPE_CHECKING:
    from annotary.ui.analysis.chart_pane import ChartPane

# (key, title, what it may be counted by)
MEASURES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "themes",
        QT_TRANSLATE_NOOP("CountsView", "Themes"),
        ("outlet", "month", "speaker", "role", "affiliation"),
    ),
    ("speakers", QT_TRANSLATE_NOOP("CountsView", "Speakers"), ("outlet", "month", "theme")),
    (
        "quote-types",
        QT_TRANSLATE_NOOP("CountsView", "Voice share (quote types)"),
        ("role", "affiliation", "speaker", "outlet", "month"),
    ),
    (
        "cooccurrence",
        QT_TRANSLATE_NOOP("CountsView", "Theme co-occurrence"),
        ("annotation", "paragraph"),
    ),
)
BY_TITLES = {
    "outlet": QT_TRANSLATE_NOOP("CountsView", "by outlet"),
    "month": QT_TRANSLATE_NOOP("CountsView", "by month"),
    "speaker": QT_TRANSLATE_NOOP("CountsView", "by speaker"),
    "theme": QT_TRANSLATE_NOOP("CountsView", "by theme"),
    "role": QT_TRANSLATE_NOOP("CountsView", "by speaker role"),
    "affiliation": QT_TRANSLATE_NOOP("CountsView", "by affiliation"),
    "annotation": QT_TRANSLATE_NOOP("CountsView", "on the same annotation"),
    "paragraph": QT_TRANSLATE_NOOP("CountsView", "in the same paragraph"),
}
MODES: tuple[tuple[Mode, str], ...] = (
    ("counts", QT_TRANSLATE_NOOP("CountsView", "Counts")),
    ("row", QT_TRANSLATE_NOOP("CountsView", "% of row")),
    ("column", QT_TRANSLATE_NOOP("CountsView", "% of column")),
)
CHARTS = (
    ("auto", QT_TRANSLATE_NOOP("CountsView", "Chart: automatic")),
    ("bars", QT_TRANSLATE_NOOP("CountsView", "Bars")),
    ("heatmap", QT_TRANSLATE_NOOP("CountsView", "Heat map")),
    ("lines", QT_TRANSLATE_NOOP("CountsView", "Lines")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("CountsView", text)


# (suffix, chart style) of each file type offered; a chart is exported in the light
# style (for print) unless a dark file type is chosen
TABLE_FILTERS = {QT_TRANSLATE_NOOP("CountsView", "CSV (*.csv)"): ("csv", "")}
CHART_FILTERS = {
    QT_TRANSLATE_NOOP("CountsView", "PNG image (*.png)"): ("png", "light"),
    QT_TRANSLATE_NOOP("CountsView", "SVG drawing (*.svg)"): ("svg", "light"),
    QT_TRANSLATE_NOOP("CountsView", "PDF (*.pdf)"): ("pdf", "light"),
    QT_TRANSLATE_NOOP("CountsView", "PNG image, dark (*.png)"): ("png", "dark"),
    QT_TRANSLATE_NOOP("CountsView", "SVG drawing, dark (*.svg)"): ("svg", "dark"),
    QT_TRANSLATE_NOOP("CountsView", "PDF, dark (*.pdf)"): ("pdf", "dark"),
}


class CountsView(QWidget):
    page_requested = Signal(str, str)
    loaded = Signal()
    chart_shown = Signal()

    def __init__(
        self,
        ctx: AppContext,
        settings: Settings,
        choices: Callable[[], Choices],
        open_at: OpenAt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("countsView")
        self.busy = False
        self.chart_pending = False  # a chart is being drawn for the table shown
        self._generation = 0
        self._request: Running[Any] | None = None  # the newest count asked for
        self.chart: ChartPane | None = None
        self.filters = FilterBar(choices, quotes=True, parent=self)
        self.measure = QComboBox(self)
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.measure.setObjectName("countsMeasure")
        self.measure.setAccessibleName(self.tr("What to count"))
        for key, title, _by in MEASURES:
            self.measure.addItem(_t(title), key)
        self.by = QComboBox(self)
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.by.setObjectName("countsBy")
        self.by.setAccessibleName(self.tr("Counted by"))
        self.mode = QComboBox(self)
        self.mode.setObjectName("countsMode")
        self.mode.setAccessibleName(self.tr("Counts or percentages"))
        for key, title in MODES:
            self.mode.addItem(_t(title), key)
        self.chart_kind = QComboBox(self)
        self.chart_kind.setObjectName("countsChartKind")
        self.chart_kind.setAccessibleName(self.tr("Kind of chart"))
        for key, title in CHARTS:
            self.chart_kind.addItem(_t(title), key)
        self.export_table_button = QPushButton(self.tr("Export Table…"), self)
        self.export_table_button.setObjectName("countsExportTable")
        self.export_chart_button = QPushButton(self.tr("Export Chart…"), self)
        self.export_chart_button.setObjectName("countsExportChart")
        self.export_chart_button.setToolTip(self.tr("Save the chart as PNG, SVG or PDF"))

        self.model = CountsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("countsTable")
        self.table.setAccessibleName(self.tr("Counts"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(96)
        # columns fit the rows in view (a 40 × 40 table measured every cell: 0.2 s)
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().setMaximumWidth(260)
        self.chart_holder = QWidget(self)
        self.chart_holder.setObjectName("chartHolder")
        QVBoxLayout(self.chart_holder).setContentsMargins(0, 0, 0, 0)
        self.message = QLabel(self)
        self.message.setObjectName("countsMessage")
        self.message.setProperty("muted", True)
        self.rows = RowsView(ctx, "", choices, open_at, self)
        self.rows.setObjectName("countRows")
        self.rows.filters.hide()
        self.rows.layout().setContentsMargins(0, 0, 0, 0)  # type: ignore[union-attr]

        controls = QHBoxLayout()
        controls.setSpacing(6)
        controls.addWidget(QLabel(self.tr("Count"), self))
        controls.addWidget(self.measure)
        controls.addWidget(self.by)
        controls.addWidget(self.mode)
        controls.addWidget(self.chart_kind)
        controls.addStretch(1)
        controls.addWidget(self.export_table_button)
        controls.addWidget(self.export_chart_button)
        upper = QSplitter(Qt.Orientation.Horizontal, self)
        upper.addWidget(self.table)
        upper.addWidget(self.chart_holder)
        upper.setSizes([520, 640])
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("countsSplitter")
        self.splitter.addWidget(upper)
        self.splitter.addWidget(self.rows)
        self.splitter.setSizes([460, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.filters)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

        self._fill_by()
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.by.currentIndexChanged.connect(lambda _i: self._new_table())
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.chart_kind.currentIndexChanged.connect(lambda _i: self._draw())
        self.filters.changed.connect(self._new_table)
        self.table.clicked.connect(self._cell_clicked)
        self.table.activated.connect(self._cell_clicked)
        self.export_table_button.clicked.connect(self.export_table_dialog)
        self.export_chart_button.clicked.connect(self.export_chart_dialog)
        self.rows.clear()
        self._update_buttons()

    # ---- remembered choices --------------------------------------------------------------

    def restore(self) -> None:
        raw = self.settings.qsettings.value("analysis/counts", "")
        try:
            saved = json.loads(str(raw or "{}"))
        except ValueError:
            saved = {}
        if not isinstance(saved, dict):
            return
        for box, key in (
            (self.measure, "measure"),
            (self.by, "by"),
            (self.mode, "mode"),
            (self.chart_kind, "chart"),
        ):
            box.blockSignals(True)
            i = box.findData(saved.get(key))
            if i >= 0:
                box.setCurrentIndex(i)
            if box is self.measure:
                self._fill_by()
            box.blockSignals(False)
        self.model.mode = self.mode.currentData()
        filters = saved.get("filters")
        self.filters.set_values(filters if isinstance(filters, dict) else {})

    def save(self) -> None:
        self.settings.qsettings.setValue(
            "analysis/counts",
            json.dumps(
                {
                    "measure": self.measure.currentData(),
                    "by": self.by.currentData(),
                    "mode": self.mode.currentData(),
                    "chart": self.chart_kind.currentData(),
                    "filters": self.filters.values(),
                }
            ),
        )

    # ---- choosing ---------------------------------------------------------------------

    def choose(self, measure: str, by: str) -> None:
        """Count ``measure`` by ``by`` (as a user choosing them in the boxes)."""
        self.measure.setCurrentIndex(self.measure.findData(measure))
        self.by.setCurrentIndex(self.by.findData(by))

    def _fill_by(self) -> None:
        current = self.by.currentData()
        allowed = next(b for k, _t, b in MEASURES if k == self.measure.currentData())
        self.by.blockSignals(True)
        self.by.clear()
        for key in allowed:
            self.by.addItem(_t(BY_TITLES[key]), key)
        self.by.setCurrentIndex(max(self.by.findData(current), 0))
        self.by.blockSignals(False)

    def _measure_changed(self) -> None:
        self._fill_by()
        self._new_table()

    def _new_table(self) -> None:
        """Another table was chosen: the rows of the old one's cell go."""
        self.rows.clear()
        self.refresh()

    def _mode_changed(self) -> None:
        self.model.set_mode(self.mode.currentData())  # the chart shows counts: it stays

    def query(self) -> AnnotationQuery:
        return query_from(self.filters.values(), None)

    # ---- counting -------------------------------------------------------------------

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        self.busy = True
        measure, by = self.measure.currentData(), self.by.currentData()
        q = self.query()
        if measure == "cooccurrence":
            op = analysis_ops.counts(measure, "theme", q, scope=by)
        else:
            op = analysis_ops.counts(measure, by, q)
        op = op.then(lambda t: self._show(generation, shown_table(t), "")).or_else(
            lambda why: self._show(generation, None, why)
        )
        self.message.setText(self.tr("Counting…"))
        if self.rows.scoped():
            self.rows.refresh()  # the chosen cell's rows, read again
        if self._request is not None:
            self._request.cancel()  # superseded: its query stops at once
        self._request = self.ctx.operations.run(op.failing_in_status_line(), self)

    def _show(self, generation: int, table: CountTable | None, why: str) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.model.set_table(table)
        self._fit_columns()
        if why:
            self.message.setText(self.tr("The counts could not be made: {0}").format(why))
        elif table is None or not table.rows or not table.columns:
            self.message.setText(self.tr("Nothing to count yet: annotate some articles first."))
        else:
            self.message.setText(
                self.tr("Annotations counted: {0}. Click a cell or a bar to see its rows.").format(
                    table.total
                )
                if table.scope is None
                else self.tr("Click a cell or a square to see its rows.")
            )
        self._update_buttons()
        self.table.repaint()  # the table on screen now; the chart follows
        self.chart_pending = table is not None and self.isVisible()
        self.loaded.emit()
        QTimer.singleShot(0, lambda: self._draw_for(generation))

    def _fit_columns(self) -> None:
        """Each column as wide as its header or its widest number (64 to 180 pixels), from
        the fonts' metrics: asking the model for every cell's size took 60 ms a table."""
        header = self.table.horizontalHeader()
        bold = QFont(self.table.font())
        bold.setBold(True)  # totals are bold
        numbers = QFontMetrics(bold)
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        for c in range(self.model.columnCount()):
            width = max(
                header.sectionSizeHint(c),
                numbers.horizontalAdvance(self.model.widest(c)) + margin,
            )
            self.table.setColumnWidth(c, min(max(width, 64), 180))

    def _draw_for(self, generation: int) -> None:
        if generation == self._generation and not self._draw():
            self.chart_pending = False  # hidden meanwhile: drawn when shown

    def _update_buttons(self) -> None:
        has = self.model.table is not None and self.model.rowCount() > 0
        self.export_table_button.setEnabled(has)
        self.export_chart_button.setEnabled(has)

    # ---- the chart -------------------------------------------------------------------

    def chart_kind_for(self, table: CountTable) -> str:
        chosen = str(self.chart_kind.currentData())
        if chosen != "auto":
            return chosen
        if table.column_dimension == "month":
            return "lines"
        if table.scope is not None or (len(table.columns) > 6 and len(table.rows) > 6):
            return "heatmap"
        return "bars"

    def _draw(self) -> bool:
        """Draw the table's chart (when there is one and the view shows); whether drawn."""
        table = self.model.table
        if table is None or not self.isVisible():
            return False
        pane = self.chart_pane()
        self.chart_pending = True
        pane.draw(table, self.chart_kind_for(table), self.model.mode)
        return True

    def _chart_drawn(self) -> None:
        if self.chart_pending:
            self.chart_pending = False
            self.chart_shown.emit()

    def chart_pane(self) -> ChartPane:
        """The chart, made (and matplotlib loaded) the first time it is needed."""
        if self.chart is None:
            from annotary.ui.analysis.chart_pane import ChartPane

            self.chart = ChartPane(self.chart_holder)
            self.chart.cell_clicked.connect(self.show_cell)
            self.chart.drawn_on_screen.connect(self._chart_drawn)
            self.chart_holder.layout().addWidget(self.chart)  # type: ignore[union-attr]
        return self.chart

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.model.table is not None and (
            self.chart is None or self.chart.table is not self.model.table
        ):
            self._draw()

    # ---- a cell's rows ------------------------------------------------------------------

    def _cell_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.show_cell(index.row(), index.column())

    def show_cell(self, row: int, col: int) -> bool:
        """List exactly the annotations counted at (row, col) (a total: its line)."""
        q = self.model.query(row, col)
        if q is None:
            self.ctx.status.emit(
                self.tr("This total is a sum: one annotation may count in several of its cells")
            )
            return False
        self.table.setCurrentIndex(self.model.index(row, col))
        what = self.model.describe(row, col)
        self.rows.show_query(q, self.tr("{0}: {1}").format(what, self.model.count(row, col)))
        return True

    # ---- export ---------------------------------------------------------------------

    def _ask(
        self, title: str, stem: str, filters: dict[str, tuple[str, str]]
    ) -> tuple[Path, str] | None:
        """The file chosen, and the style of the file type chosen."""
        filters = {_t(shown): kind for shown, kind in filters.items()}
        first = next(iter(filters.values()))
        name, chosen = QFileDialog.getSaveFileName(
            self, title, str(Path.home() / f"{stem}.{first[0]}"), ";;".join(filters)
        )
        if not name:
            return None
        path = Path(name)
        suffix, style = filters.get(chosen, first)
        if path.suffix.lower().lstrip(".") not in {kind[0] for kind in filters.values()}:
            path = path.with_suffix("." + suffix)
        return path, style

    def _stem(self) -> str:
        return f"{self.measure.currentData()}-by-{self.by.currentData()}".replace(
            "quote-types", "voice-share"
        )

    def export_table_dialog(self) -> None:
        chosen = self._ask(self.tr("Export the table"), self._stem(), TABLE_FILTERS)
        if chosen is not None:
            self.export_table(chosen[0])

    def export_chart_dialog(self) -> None:
        chosen = self._ask(self.tr("Export the chart"), self._stem(), CHART_FILTERS)
        if chosen is not None:
            self.export_chart(*chosen)

    def export_table(self, path: Path) -> bool:
        table = self.model.table
        if table is None:
            return False
        op = analysis_ops.export_table(table, self.measure.currentText(), path)
        return self.ctx.operations.run(
            op.then(
                lambda _v: self.ctx.status.emit(self.tr("Saved the table to {0}").format(path))
            ),
            self,
        ).ok

    def export_chart(self, path: Path, style: str = "light") -> bool:
        """Save the chart as ``path`` in the light style (for print) or the dark one."""
        table = self.model.table
        if table is None:
            return False
        op = analysis_ops.export_chart(table, self.chart_kind_for(table), style, path)
        return self.ctx.operations.run(
            op.then(
                lambda _v: self.ctx.status.emit(self.tr("Saved the chart to {0}").format(path))
            ),
            self,
        ).ok
