"""The models of the corpus views, without a view: Qt's model checker, sorting, totals,
percentages, the query behind each cell, and the clipboard's table."""

from __future__ import annotations

import pytest
from analysis_world import every_annotation
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

import analysis_corpus
from annotary.domain.analysis import AnnotationQuery
from annotary.services import analysis
from annotary.ui.analysis.clipboard import html_table, tab_separated
from annotary.ui.analysis.counts_model import QUERY_ROLE, VALUE_ROLE, CountsModel
from annotary.ui.analysis.rows_model import ROW_ROLE, AnnotationRowsModel, column

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture
def world(app_project):  # type: ignore[no-untyped-def]
    return analysis_corpus.build(app_project)


def test_rows_model_passes_qt_checks_and_sorts_its_own_rows(qapp, app_project, world) -> None:  # type: ignore[no-untyped-def]
    model = AnnotationRowsModel()
    QAbstractItemModelTester(model, FATAL)
    rows = analysis.rows(app_project, AnnotationQuery(kind="quote"))
    model.set_rows(rows)
    assert (
        model.rowCount()
        == len(rows)
        == sum(1 for a, _art in every_annotation(app_project) if a.kind == "quote")
    )
    speaker = column("speaker")
    model.sort(speaker, Qt.SortOrder.DescendingOrder)
    shown = [model.index(r, speaker).data() for r in range(model.rowCount())]
    assert shown == sorted(shown, key=str.casefold, reverse=True)
    first = model.index(0, 0).data(ROW_ROLE)
    assert first.speaker_name == shown[0]
    # A long text is shortened on screen, never in what is copied or exported.
    headers, cells = model.table([0], [column("text")])
    assert headers == ["Text"] and cells == [[first.text]]
    assert model.index(0, column("quote_type")).data() in ("Direct", "Reported")
    model.set_rows([])
    assert model.rowCount() == 0


def test_counts_model_totals_percentages_and_each_cells_query(qapp, app_project, world) -> None:  # type: ignore[no-untyped-def]
    table = analysis.counts(app_project, "speakers", "outlet")
    model = CountsModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_table(table)
    n, m = len(table.rows), len(table.columns)
    assert (model.rowCount(), model.columnCount()) == (n + 1, m + 1)
    assert model.headerData(m, Qt.Orientation.Horizontal) == "Total"
    li = table.rows.index("Li Hongzhong")
    li_quotes = sum(
        1
        for a, _art in every_annotation(app_project)
        if a.kind == "quote" and a.speaker == world.speakers["li"]
    )
    assert model.index(li, m).data(VALUE_ROLE) == li_quotes
    every_quote = sum(1 for a, _art in every_annotation(app_project) if a.kind == "quote")
    assert model.index(n, m).data(VALUE_ROLE) == every_quote

    model.set_mode("row")
    shares = [model.index(li, j).data(VALUE_ROLE) for j in range(m)]
    assert sum(shares) == pytest.approx(100.0)
    assert model.index(li, 0).data().endswith("%")
    model.set_mode("column")
    for j in range(m):
        column_total = sum(table.counts[i][j] for i in range(n))
        if column_total:
            assert sum(model.index(i, j).data(VALUE_ROLE) for i in range(n)) == pytest.approx(100.0)

    # Every cell's query gives exactly as many annotations as the cell counts; a speaker's
    # total (outlets: one per annotation) too.
    for i in range(n):
        for j in range(m):
            q = model.index(i, j).data(QUERY_ROLE)
            assert analysis.count(app_project, q) == table.counts[i][j]
        assert analysis.count(app_project, model.index(i, m).data(QUERY_ROLE)) == sum(
            table.counts[i]
        )


def test_a_total_over_themes_is_a_sum_and_has_no_rows_of_its_own(qapp, app_project, world) -> None:  # type: ignore[no-untyped-def]
    table = analysis.counts(app_project, "speakers", "theme")
    model = CountsModel()
    model.set_table(table)
    li = table.rows.index("Li Hongzhong")
    assert model.query(li, len(table.columns)) is None  # a quote with two themes counts twice
    assert "sum" in model.index(li, len(table.columns)).data(Qt.ItemDataRole.ToolTipRole)
    assert model.query(li, 0) is not None


def test_the_clipboard_table_keeps_cells_apart_and_escapes_markup() -> None:
    headers = ["Speaker", "Text"]
    rows = [["Li", "two\tcells\nand lines"], ["<b>x</b>", "“引号”"]]
    text = tab_separated(headers, rows)
    lines = text.splitlines()
    assert lines[0] == "Speaker\tText"
    assert [line.split("\t") for line in lines[1:]] == [
        ["Li", "two cells and lines"],
        ["<b>x</b>", "“引号”"],
    ]
    markup = html_table(headers, rows)
    assert "&lt;b&gt;x&lt;/b&gt;" in markup and "<b>x</b>" not in markup
    assert markup.count("<tr>") == 3


def test_rows_model_reads_page_after_page_as_the_view_asks(qapp, app_project, world) -> None:  # type: ignore[no-untyped-def]
    every = analysis.rows(app_project, AnnotationQuery())
    model = AnnotationRowsModel()
    QAbstractItemModelTester(model, FATAL)
    asked: list[int] = []
    model.more_wanted.connect(asked.append)
    model.set_rows(every[:4], total=len(every))
    assert model.rowCount() == 4 and model.total() == len(every)
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))  # asked once until the page comes
    assert asked == [4]
    model.append_rows(every[4:])
    assert [r.id for r in model.rows()] == [r.id for r in every]
    assert model.complete() and not model.canFetchMore(model.index(-1, -1))


def test_sorting_a_partly_read_model_asks_the_core_for_its_order(qapp, app_project, world) -> None:  # type: ignore[no-untyped-def]
    every = analysis.rows(app_project, AnnotationQuery())
    model = AnnotationRowsModel()
    wanted: list[bool] = []
    model.sort_wanted.connect(lambda: wanted.append(True))
    model.set_rows(every[:3], total=len(every))
    before = [r.id for r in model.rows()]
    model.sort(column("speaker"), Qt.SortOrder.DescendingOrder)
    assert wanted == [True] and model.sql_order() == ("speaker_name", True)
    assert [r.id for r in model.rows()] == before  # the new order comes from the core
    model.sort(column("themes"), Qt.SortOrder.AscendingOrder)  # not a column the core sorts
    assert wanted == [True] and model.sql_order() == ("speaker_name", True)


def test_count_list_model_passes_qt_checks_and_hands_back_each_figure(qapp) -> None:  # type: ignore[no-untyped-def]
    from annotary.domain.analysis import Count
    from annotary.ui.analysis.count_list import COUNT_ROLE, CountListModel

    model = CountListModel("Outlet", "Quotes")
    QAbstractItemModelTester(model, FATAL)
    figures = [
        Count("Harbour Daily", "Harbour Daily", 7, AnnotationQuery(outlet="Harbour Daily")),
        Count("(none)", "", 2, AnnotationQuery(outlet="")),
    ]
    model.set_items(figures)
    assert model.rowCount() == 2 and model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Outlet"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Quotes"
    assert model.data(model.index(0, 0)) == "Harbour Daily"
    assert model.data(model.index(0, 1)) == "7"
    assert model.data(model.index(1, 0), COUNT_ROLE).query == AnnotationQuery(outlet="")
    assert model.peak == 7
    model.set_items([])
    assert model.rowCount() == 0 and model.peak == 0


def test_a_count_with_nothing_counted_shows_no_headers_over_no_rows(qapp, app_project) -> None:  # type: ignore[no-untyped-def]
    """Outlets exist but nothing carries a theme: no table of outlet headers over no rows."""
    from helpers import add_article

    add_article(app_project, "The ferry runs again on Monday.", outlet="Harbour Daily")
    table = analysis.counts(app_project, "themes", "outlet")
    assert table.columns and not table.rows
    model = CountsModel()
    QAbstractItemModelTester(model, FATAL)
    model.set_table(table)
    assert (model.rowCount(), model.columnCount()) == (0, 0)
