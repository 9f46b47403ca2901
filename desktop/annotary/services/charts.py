"""Charts of count tables, for the window and the command line.

The drawing lives in :mod:`annotary.formats.charts` (matplotlib, imported on first
use). The window draws into a ``Figure`` of its own canvas with :func:`draw` (in the
light or dark style) and traces a click back to its cell with the returned
:class:`Drawn` (``cell_of(artist, index)`` for a pick event, ``cell_at(x, y)`` for a
heat map); :func:`save` writes PNG, SVG or PDF.
"""

from __future__ import annotations

from pathlib import Path

from annotary.domain.analysis import CountTable
from annotary.domain.messages import message
from annotary.formats import charts as _charts
from annotary.formats.charts import (
    FILE_FORMATS,
    KINDS,
    STYLES,
    Drawn,
    Kind,
    Style,
    choose_kind,
    cjk_font,
    draw,
    rc,
    size,
)
from annotary.services.project import Project

__all__ = [
    "FILE_FORMATS",
    "KINDS",
    "STYLES",
    "Drawn",
    "Kind",
    "Style",
    "choose_kind",
    "cjk_font",
    "draw",
    "rc",
    "save",
    "size",
]


def save(
    project: Project,
    table: CountTable,
    target: Path,
    *,
    kind: Kind = "auto",
    style: Style = "light",
    title: str | None = None,
    file_format: str | None = None,
) -> Path:
    """Write the chart of ``table`` to ``target`` (never onto the project's own files)."""
    project.refuse_own_files([target], message("write a chart onto"))
    return _charts.write(table, target, kind, style, title, file_format)
