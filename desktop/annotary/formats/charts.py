"""Charts of count tables with matplotlib: bars, a heat map, lines over months.

matplotlib is imported inside the functions, on first use, so that neither the
window nor the command line pays for it at start-up. Nothing here touches
pyplot or a global backend: :func:`draw` fills a ``matplotlib.figure.Figure`` the
caller made (the window embeds one in its Qt canvas; :func:`write` renders one
with the Agg, SVG or PDF canvas), so the same drawing serves the screen and the
exported file.

Labels in Chinese, Japanese or Korean are drawn with a CJK font when one is
installed (Noto Sans CJK, Source Han Sans, WenQuanYi ...), as a fallback after
the Latin font. SVG keeps its text as text (searchable, editable in a drawing
program); PNG is written at 200 dpi.

What is drawn is bounded: at most :data:`MAX_ROWS` rows (bars) or
:data:`MAX_LINES` lines and :data:`MAX_COLUMNS` columns, those with the largest
totals, in the table's order; the title says when some were left out. A heat map
writes its counts in its cells when it has at most :data:`MAX_NUMBERED_CELLS` of
them (more are too small to read, and a thousand texts take seconds to draw; the
table beside the chart has every number).

Bars are drawn as rectangles added to the axes directly, their limits set once
(``barh`` updates the limits with each bar: most of the time a chart of 200 bars
took).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from annotary.domain.analysis import CountTable
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.textsearch import has_cjk
from annotary.formats.atomic import atomic_path

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Kind = Literal["auto", "bars", "heatmap", "lines"]
Style = Literal["light", "dark"]
KINDS: tuple[Kind, ...] = ("auto", "bars", "heatmap", "lines")
STYLES: tuple[Style, ...] = ("light", "dark")
FILE_FORMATS = ("png", "svg", "pdf")
MAX_ROWS = 50
MAX_COLUMNS = 24
MAX_LINES = 12
MAX_NUMBERED_CELLS = 200
PNG_DPI = 200
BAR_HEIGHT = 0.8
LABEL_CHARS = 48  # a longer label is shortened with "…"

#: CJK fonts, most wanted first (sans-serif before serif).
CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Noto Sans CJK KR",
    "Source Han Sans SC",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Droid Sans Fallback",
    "Noto Serif CJK SC",
)
#: Colours that stay apart for colour-blind readers (Okabe and Ito), then tab10's.
PALETTE = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
_STYLE_COLOURS = {
    "light": {"face": "#ffffff", "text": "#222222", "grid": "#dddddd", "cmap": "Blues"},
    "dark": {"face": "#1e1e1e", "text": "#e8e8e8", "grid": "#444444", "cmap": "viridis"},
}


@dataclass
class Drawn:
    """What was drawn, so a click on it can be traced to its cell of the table.

    ``artists`` maps each bar (or line) to its cell (or row); ``rows`` and
    ``columns`` are the table's indexes shown, in drawing order.
    """

    kind: Kind
    rows: list[int]
    columns: list[int]
    artists: dict[Any, tuple[int, int | None]] = field(default_factory=dict)

    def cell_of(self, artist: Any, index: int | None = None) -> tuple[int, int] | None:
        """The table cell (i, j) of a picked bar, or of point ``index`` of a picked line."""
        found = self.artists.get(artist)
        if found is None:
            return None
        i, j = found
        if j is not None:
            return i, j
        if index is None or not 0 <= index < len(self.columns):
            return None
        return i, self.columns[index]

    def cell_at(self, x: float | None, y: float | None) -> tuple[int, int] | None:
        """The table cell under a point of a heat map, in data coordinates."""
        if self.kind != "heatmap" or x is None or y is None:
            return None
        col, row = round(x), round(y)
        if 0 <= row < len(self.rows) and 0 <= col < len(self.columns):
            return self.rows[row], self.columns[col]
        return None


def _short(label: str) -> str:
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _largest(totals: Sequence[int], limit: int) -> list[int]:
    """Indexes of the ``limit`` largest totals, in their original order."""
    if len(totals) <= limit:
        return list(range(len(totals)))
    ranked = sorted(range(len(totals)), key=lambda k: (-totals[k], k))[:limit]
    return sorted(ranked)


def choose_kind(table: CountTable) -> Kind:
    """Lines for months, a heat map for theme co-occurrence and wide matrices, else bars."""
    if table.column_dimension == "month":
        return "lines"
    if table.scope is not None or (len(table.columns) > 8 and len(table.rows) > 8):
        return "heatmap"
    return "bars"


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The name of an installed CJK font, or None."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    return next((name for name in CJK_FONTS if name in installed), None)


def _fonts(labels: Sequence[str]) -> list[str]:
    families = ["DejaVu Sans"]
    if any(has_cjk(label) for label in labels) and (font := cjk_font()) is not None:
        families.append(font)
    return families


def rc(table: CountTable, style: Style = "light") -> dict[str, Any]:
    """matplotlib settings for drawing ``table`` (use with ``matplotlib.rc_context``)."""
    if style not in STYLES:
        raise InvalidInputError(
            message("unknown chart style {style}: light or dark", style=repr(style))
        )
    colours = _STYLE_COLOURS[style]
    return {
        "font.family": _fonts([*table.rows, *table.columns]),
        "font.size": 9,
        "axes.titlesize": 11,
        "figure.facecolor": colours["face"],
        "axes.facecolor": colours["face"],
        "savefig.facecolor": colours["face"],
        "text.color": colours["text"],
        "axes.labelcolor": colours["text"],
        "axes.edgecolor": colours["grid"],
        "xtick.color": colours["text"],
        "ytick.color": colours["text"],
        "grid.color": colours["grid"],
        "legend.frameon": False,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "svg.fonttype": "none",
    }


def size(table: CountTable, kind: Kind = "auto") -> tuple[float, float]:
    """A figure size (inches) that fits the table's labels."""
    kind = choose_kind(table) if kind == "auto" else kind
    rows = min(len(table.rows), MAX_ROWS)
    cols = min(len(table.columns), MAX_COLUMNS)
    if kind == "heatmap":
        return (min(3.0 + 0.45 * cols, 16.0), min(2.0 + 0.35 * rows, 16.0))
    if kind == "lines":
        return (min(6.0 + 0.35 * cols, 16.0), 4.5)
    return (9.0, min(1.8 + 0.32 * rows, 18.0))


def draw(
    table: CountTable,
    figure: Figure,
    kind: Kind = "auto",
    style: Style = "light",
    title: str | None = None,
) -> Drawn:
    """Draw ``table`` into ``figure`` (cleared first), in the fonts and colours of
    ``style`` (:func:`rc`). Bars and points are pickable; the returned :class:`Drawn`
    traces a picked artist or a clicked point to its cell."""
    import matplotlib

    if kind not in KINDS:
        raise InvalidInputError(
            message("unknown chart kind {kind}: {kinds}", kind=repr(kind), kinds=", ".join(KINDS))
        )
    settings = rc(table, style)
    with matplotlib.rc_context(cast(Any, settings)):
        figure.set_facecolor(settings["figure.facecolor"])
        return _draw(table, figure, choose_kind(table) if kind == "auto" else kind, style, title)


def _draw(table: CountTable, figure: Figure, kind: Kind, style: Style, title: str | None) -> Drawn:
    figure.clear()
    axes = figure.add_subplot(1, 1, 1)
    limit_rows = MAX_LINES if kind == "lines" else MAX_ROWS
    rows = _largest(table.row_totals, limit_rows)
    if kind == "lines":  # a time axis: the latest months, the undated left out
        dated = [j for j, key in enumerate(table.column_keys) if key is not None]
        columns = dated[-MAX_COLUMNS * 5 :]
    else:
        columns = _largest(table.column_totals, MAX_COLUMNS)
    drawn = Drawn(kind, rows, columns)
    if not rows or not columns:
        axes.text(0.5, 0.5, "nothing to count", ha="center", va="center")
        axes.set_axis_off()
    elif kind == "heatmap":
        _heatmap(table, axes, drawn, style)
    elif kind == "lines":
        _lines(table, axes, drawn)
    else:
        _bars(table, axes, drawn)
    notes = []
    if len(rows) < len(table.rows):
        notes.append(f"the {len(rows)} largest of {len(table.rows)} rows")
    if len(columns) < len(table.columns):
        notes.append(f"{len(columns)} of {len(table.columns)} columns")
    heading = " ".join(filter(None, [title or "", f"({'; '.join(notes)})" if notes else ""]))
    if heading:
        axes.set_title(heading)
    figure.tight_layout()
    return drawn


def _bars(table: CountTable, axes: Any, drawn: Drawn) -> None:
    """One horizontal bar per row, stacked by column, the first row at the top."""
    from matplotlib.patches import Rectangle

    positions = list(range(len(drawn.rows)))
    left = [0] * len(drawn.rows)
    legend = []
    for n, j in enumerate(drawn.columns):
        colour = PALETTE[n % len(PALETTE)]
        label = _short(table.columns[j])
        legend.append(Rectangle((0, 0), 1, 1, facecolor=colour, label=label))
        for y, i in enumerate(drawn.rows):
            width = table.counts[i][j]
            bar = Rectangle(
                (left[y], y - BAR_HEIGHT / 2),
                width,
                BAR_HEIGHT,
                facecolor=colour,
                label=label,
                picker=True,
            )
            bar.set_gid(f"cell-{i}-{j}")
            axes.add_artist(bar)
            drawn.artists[bar] = (i, j)
            left[y] += width
    axes.set_xlim(0, max(max(left, default=0), 1) * 1.05)
    axes.set_ylim(len(positions) - 0.5, -0.5)  # the first row at the top
    axes.set_yticks(positions, [_short(table.rows[i]) for i in drawn.rows])
    axes.set_xlabel("count")
    axes.grid(axis="x", linewidth=0.5)
    axes.set_axisbelow(True)
    _integers(axes.xaxis)
    if len(drawn.columns) > 1:
        axes.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)


def _lines(table: CountTable, axes: Any, drawn: Drawn) -> None:
    """One line per row over the columns (months)."""
    xs = list(range(len(drawn.columns)))
    for n, i in enumerate(drawn.rows):
        (line,) = axes.plot(
            xs,
            [table.counts[i][j] for j in drawn.columns],
            marker="o",
            markersize=3,
            linewidth=1.5,
            color=PALETTE[n % len(PALETTE)],
            label=_short(table.rows[i]),
            picker=5,
        )
        line.set_gid(f"row-{i}")
        drawn.artists[line] = (i, None)
    step = max(1, len(xs) // 12)
    axes.set_xticks(xs[::step], [table.columns[j] for j in drawn.columns][::step], rotation=45)
    axes.set_ylabel("count")
    axes.set_ylim(bottom=0)
    _integers(axes.yaxis)
    axes.grid(axis="y", linewidth=0.5)
    axes.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)


def _integers(axis: Any) -> None:
    """Counts are whole numbers: no tick at 2.5."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _heatmap(table: CountTable, axes: Any, drawn: Drawn, style: Style) -> None:
    """A matrix of the counts, each cell written in it."""
    values = [[table.counts[i][j] for j in drawn.columns] for i in drawn.rows]
    image = axes.imshow(values, cmap=_STYLE_COLOURS[style]["cmap"], aspect="auto")
    drawn.artists[image] = (-1, None)
    if len(drawn.rows) * len(drawn.columns) > MAX_NUMBERED_CELLS:
        values = []  # the colours and the colour bar say it; the table has the numbers
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            red, green, blue, _alpha = image.cmap(image.norm(value))
            dark = 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.5  # the cell's luminance
            axes.text(
                c,
                r,
                str(value),
                ha="center",
                va="center",
                fontsize=7,
                color="#ffffff" if dark else "#222222",
            )
    axes.set_xticks(
        range(len(drawn.columns)),
        [_short(table.columns[j]) for j in drawn.columns],
        rotation=45,
        ha="right",
    )
    axes.set_yticks(range(len(drawn.rows)), [_short(table.rows[i]) for i in drawn.rows])
    axes.spines[:].set_visible(False)
    axes.figure.colorbar(image, ax=axes, shrink=0.8)


def write(
    table: CountTable,
    target: Path,
    kind: Kind = "auto",
    style: Style = "light",
    title: str | None = None,
    file_format: str | None = None,
) -> Path:
    """Write the chart of ``table`` to ``target`` (PNG, SVG or PDF, from the suffix
    unless ``file_format`` says), complete or not at all."""
    fmt = (file_format or target.suffix.lstrip(".")).lower()
    if fmt not in FILE_FORMATS:
        raise InvalidInputError(
            message(
                "{name}: a chart is written as .png, .svg or .pdf, not {suffix}",
                name=target.name,
                suffix=fmt,
            )
            if fmt
            else message(
                "{name}: a chart is written as .png, .svg or .pdf, not nothing", name=target.name
            )
        )
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(cast(Any, rc(table, style))):  # for what saving reads
        figure = Figure(figsize=size(table, kind))
        draw(table, figure, kind, style, title)
        with atomic_path(target, "." + fmt) as temp:
            figure.savefig(temp, format=fmt, dpi=PNG_DPI, metadata=_metadata(fmt))
    return target


def _metadata(fmt: str) -> dict[str, Any]:
    """No creation date in the file, so the same table gives the same file."""
    if fmt == "png":
        return {"Software": "Annotary"}
    if fmt == "svg":
        return {"Date": None, "Creator": "Annotary"}
    return {"CreationDate": None, "Creator": "Annotary"}
