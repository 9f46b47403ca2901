"""ChartPane: a count table's chart, drawn by matplotlib in the window.

Importing this module loads matplotlib and its Qt canvas, so the Counts view
imports it only when it first shows a chart. The drawing is the core's
(``services.charts.draw``, the same as an exported file); the colours follow the
window's palette (light or dark, with its own background), and CJK labels get a
CJK font (the core's ``rc``). A click on a bar, a point of a line or a square of
the heat map emits ``cell_clicked(row, column)`` of the table; ``drawn_on_screen``
is emitted when the canvas has rendered a chart.
"""

from __future__ import annotations

import contextlib
from typing import Any, cast

import matplotlib
from matplotlib.backend_bases import MouseEvent, PickEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from annotary.domain.analysis import CountTable
from annotary.services import charts
from annotary.ui.style.palette import is_dark


def style_for(palette: QPalette) -> charts.Style:
    return "dark" if is_dark(palette) else "light"


def palette_rc(table: CountTable, palette: QPalette) -> dict[str, Any]:
    """The core's settings for ``table``, on the window's own background and text colours."""
    settings = dict(charts.rc(table, style_for(palette)))
    face = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.WindowText).name()
    settings.update(
        {
            "figure.facecolor": face,
            "axes.facecolor": face,
            "text.color": text,
            "axes.labelcolor": text,
            "xtick.color": text,
            "ytick.color": text,
        }
    )
    return settings


class ChartPane(QWidget):
    """The chart of the Counts view."""

    cell_clicked = Signal(int, int)
    drawn_on_screen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartPane")
        self.figure = Figure(figsize=(6, 4), layout=None)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setObjectName("chartCanvas")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.canvas.setAccessibleName(self.tr("Chart of the counts"))
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.table: CountTable | None = None
        self.kind = "auto"
        self.drawn: charts.Drawn | None = None
        self._picked = False
        self.canvas.mpl_connect("pick_event", self._pick)
        self.canvas.mpl_connect("button_press_event", self._press)
        self.canvas.mpl_connect("draw_event", lambda _event: self.drawn_on_screen.emit())

    def draw(self, table: CountTable, kind: str, _values: str = "counts") -> None:
        """Draw ``table`` (counts; percentages are the table's) as ``kind``."""
        self.table, self.kind = table, kind
        palette = QGuiApplication.palette()
        with matplotlib.rc_context(cast(Any, palette_rc(table, palette))):
            self.figure.set_facecolor(palette.color(QPalette.ColorRole.Base).name())
            self.drawn = charts.draw(
                table, self.figure, cast(charts.Kind, kind), style_for(palette)
            )
            self._words(table, self.drawn)
            self.canvas.draw_idle()

    def _words(self, table: CountTable, drawn: charts.Drawn) -> None:
        """The chart's own words (empty, what is left out) in the window's language."""
        if not self.figure.axes:
            return
        axes = self.figure.axes[0]
        font = charts.cjk_font()
        family = ["DejaVu Sans", font] if font else ["DejaVu Sans"]
        if not drawn.rows or not drawn.columns:
            for text in list(axes.texts):
                text.remove()
            axes.text(0.5, 0.5, self.tr("Nothing to count"), ha="center", va="center")
            axes.texts[-1].set_fontfamily(family)
        notes = []
        if len(drawn.rows) < len(table.rows):
            notes.append(
                self.tr("the {0} largest of {1} rows").format(len(drawn.rows), len(table.rows))
            )
        if len(drawn.columns) < len(table.columns):
            notes.append(
                self.tr("{0} of {1} columns").format(len(drawn.columns), len(table.columns))
            )
        between = self.tr("; ", "between the notes over a chart")
        axes.set_title(self.tr("({0})").format(between.join(notes)) if notes else "")
        axes.title.set_fontfamily(family)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and self.table is not None:
            self.draw(self.table, self.kind)  # the theme changed: its colours too

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.table is not None:
            with contextlib.suppress(ValueError):  # too small to lay out: drawn as it is
                self.figure.tight_layout()

    # ---- clicks ------------------------------------------------------------------------

    def _pick(self, event: PickEvent) -> None:
        if self.drawn is None:
            return
        index = None
        ind = getattr(event, "ind", None)
        if ind is not None and len(ind):
            index = int(ind[0])
        cell = self.drawn.cell_of(event.artist, index)
        if cell is not None and not self._picked:
            self._picked = True  # one click, one cell (overlapping artists pick twice)
            self.cell_clicked.emit(*cell)

    def _press(self, event: MouseEvent) -> None:
        picked, self._picked = self._picked, False
        if picked or self.drawn is None:
            return
        cell = self.drawn.cell_at(event.xdata, event.ydata)
        if cell is not None:
            self.cell_clicked.emit(*cell)

    def cell_positions(self) -> list[tuple[tuple[int, int], tuple[float, float]]]:
        """Where each clickable cell is drawn, in widget pixels (for tests and keyboard use)."""
        if self.drawn is None:
            return []
        self.canvas.draw()
        height = self.canvas.height()
        ratio = self.canvas.device_pixel_ratio if hasattr(self.canvas, "device_pixel_ratio") else 1
        out = []
        for artist, (i, j) in self.drawn.artists.items():
            if j is None:
                continue
            box = artist.get_window_extent()
            x, y = box.x0 + box.width / 2, box.y0 + box.height / 2
            out.append(((i, j), (x / ratio, height - y / ratio)))
        return out
