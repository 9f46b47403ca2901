"""Charts of the counts: valid PNG, SVG and PDF files with the labels, every bar traced to
its cell, matplotlib loaded only when a chart is drawn."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import analysis_corpus
from annotary.domain.analysis import CountTable
from annotary.domain.errors import InvalidInputError
from annotary.services import analysis, charts
from helpers import new_project

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path_factory.mktemp("charts"))
    analysis_corpus.build(project)
    yield project
    project.close()


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    return " ".join(t for t in root.itertext())


@pytest.mark.parametrize("style", ["light", "dark"])
def test_bars_are_written_as_png_svg_and_pdf_with_their_labels(
    corpus, tmp_path: Path, style: str
) -> None:  # type: ignore[no-untyped-def]
    table = analysis.counts(corpus, "themes", "outlet")
    png, svg, pdf = (tmp_path / f"themes.{ext}" for ext in ("png", "svg", "pdf"))
    for target in (png, svg, pdf):
        charts.save(corpus, table, target, title="Themes by outlet", style=style)  # type: ignore[arg-type]
    width, height = _png_size(png)
    assert width >= 1000 and height >= 300, "publication resolution"
    text = _svg_text(svg)
    for label in ("Economy › Trade", "Environment", "Coast Post", "江城日报", "Themes by outlet"):
        assert label in text
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_a_cjk_font_draws_chinese_labels_when_one_is_installed(corpus) -> None:  # type: ignore[no-untyped-def]
    table = analysis.counts(corpus, "themes", "outlet")
    families = charts.rc(table)["font.family"]
    if charts.cjk_font() is None:
        pytest.skip("no CJK font installed here (e.g. Noto Sans CJK)")
    assert charts.cjk_font() in families
    latin = analysis.counts(corpus, "themes", "role")
    assert charts.cjk_font() not in charts.rc(latin)["font.family"]


def test_each_bar_and_heat_map_cell_traces_back_to_its_cell(corpus) -> None:  # type: ignore[no-untyped-def]
    from matplotlib.figure import Figure

    table = analysis.counts(corpus, "themes", "outlet")
    drawn = charts.draw(table, Figure(), kind="bars")
    cells = {drawn.cell_of(artist) for artist in drawn.artists}
    assert cells == {(i, j) for i in range(len(table.rows)) for j in range(len(table.columns))}
    for artist in drawn.artists:
        i, j = drawn.cell_of(artist)  # type: ignore[misc]
        assert artist.get_width() == table.counts[i][j]

    heat = analysis.cooccurrence(corpus)
    drawn = charts.draw(heat, Figure())
    assert drawn.kind == "heatmap"
    assert drawn.cell_at(1.1, 2.2) == (drawn.rows[2], drawn.columns[1])
    assert drawn.cell_at(-3, 0) is None

    months = analysis.counts(corpus, "speakers", "month")
    drawn = charts.draw(months, Figure())
    assert drawn.kind == "lines"
    line = next(iter(drawn.artists))
    i, j = drawn.cell_of(line, 2)  # type: ignore[misc]
    assert months.columns[j] == "2024-03"
    assert list(line.get_ydata()) == [months.counts[i][k] for k in drawn.columns]


def test_a_large_table_is_drawn_bounded(tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    n = 400
    table = CountTable(
        row_dimension="speaker",
        column_dimension="outlet",
        rows=tuple(f"speaker {k}" for k in range(n)),
        columns=("a", "b"),
        row_keys=tuple(str(k) for k in range(n)),
        column_keys=("a", "b"),
        counts=tuple((k, 1) for k in range(n)),
    )
    drawn = charts.draw(table, Figure(), kind="bars")
    assert len(drawn.rows) == 50 and drawn.rows[-1] == n - 1, "the largest rows are kept"


def test_a_chart_file_of_another_kind_is_refused(corpus, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    table = analysis.counts(corpus, "themes", "outlet")
    with pytest.raises(InvalidInputError, match=r"\.png, \.svg or \.pdf"):
        charts.save(corpus, table, tmp_path / "chart.gif")
    assert not (tmp_path / "chart.gif").exists()
    with pytest.raises(InvalidInputError):
        charts.save(corpus, table, corpus.path.with_suffix(".annotary"))


def test_the_command_line_and_the_services_do_not_load_matplotlib_until_a_chart() -> None:
    code = (
        "import sys, annotary.cli.main, annotary.services.analysis, annotary.services.charts;"
        "assert 'matplotlib' not in sys.modules, 'matplotlib was loaded at start-up'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"PYTHONPATH": str(PACKAGE_ROOT)})


def test_a_heat_map_writes_its_counts_in_its_cells_unless_too_many_to_read() -> None:
    from matplotlib.figure import Figure

    def square(n: int) -> CountTable:
        keys = tuple(f"t{k}" for k in range(n))
        return CountTable(
            row_dimension="theme",
            column_dimension="theme",
            rows=keys,
            columns=keys,
            row_keys=keys,
            column_keys=keys,
            counts=tuple(tuple(a * n + b for b in range(n)) for a in range(n)),
            scope="annotation",
        )

    small = Figure()
    drawn = charts.draw(square(5), small, kind="heatmap")
    written = sorted(int(t.get_text()) for t in small.axes[0].texts)
    assert written == sorted(n for row in square(5).counts for n in row)
    large = Figure()
    drawn = charts.draw(square(30), large, kind="heatmap")
    assert len(large.axes[0].texts) == 0 and len(drawn.columns) == 24
    assert drawn.cell_at(3, 4) == (drawn.rows[4], drawn.columns[3])
