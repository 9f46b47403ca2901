"""The Analysis window driven as a researcher would: quotes by a speaker's alias, a count
cell and a bar to their rows, a speaker's page from the Speakers panel, exports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from analysis_world import click_cell, every_annotation, ids_where, wait_chart, wait_loaded
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

import analysis_corpus
from annotary.services import annotating


@pytest.fixture
def world(app_project):  # type: ignore[no-untyped-def]
    return analysis_corpus.build(app_project)


@pytest.fixture
def window(qtbot, world, app_window):  # type: ignore[no-untyped-def]
    app_window.library.reload()
    return app_window


def _open(qtbot, window, key: str):  # type: ignore[no-untyped-def]
    window.actions_[key].trigger()
    analysis = window.analysis.window
    assert analysis is not None and analysis.isVisible()
    return analysis


def test_quotes_by_an_alias_are_exactly_that_speakers_and_open_at_their_span(
    qtbot, window, world
) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "quotes_view")
    quotes = analysis.quotes
    wait_loaded(qtbot, quotes)
    every_quote = ids_where(window.ctx.project, lambda a, _art: a.kind == "quote")
    assert {r.id for r in quotes.model.rows()} == every_quote

    edit = quotes.filters.speaker_edit
    edit.setFocus()
    QTest.keyClicks(edit, "the party secretary of tianjin")  # an alias, in other case
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: quotes.model.rowCount() < len(every_quote), timeout=10000)
    wait_loaded(qtbot, quotes)
    li = world.speakers["li"]
    expected = ids_where(window.ctx.project, lambda a, _art: a.kind == "quote" and a.speaker == li)
    shown = quotes.model.rows()
    assert {r.id for r in shown} == expected
    assert all(r.speaker_name == "Li Hongzhong" for r in shown)
    assert quotes.count_label.text().endswith(str(len(expected)))

    # Open the Chinese article's quote: the reader shows that article with the span selected.
    row = next(i for i, r in enumerate(shown) if r.text == "出口将在夏季恢复")
    click_cell(quotes.table, row, 6, double=True)
    target = shown[row]
    qtbot.waitUntil(lambda: window.session.article_id == target.article_id)
    stored = annotating.get(window.ctx.project, target.id)
    assert window.reader.selection_range() == (stored.start, stored.end)
    assert window.reader.selected_text() == "出口将在夏季恢复"
    assert window.reader.active_highlight() == target.id


def test_filters_stay_when_the_article_changes_and_come_back_next_time(
    qtbot, window, world
) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "passages_view")
    passages = analysis.passages
    wait_loaded(qtbot, passages)
    passages.filters.set_values({"outlet": "Harbour Daily"}, quiet=False)
    wait_loaded(qtbot, passages)
    before = {r.id for r in passages.model.rows()}
    expected = ids_where(
        window.ctx.project,
        lambda a, art: a.kind == "passage" and (art.outlet or "").casefold() == "harbour daily",
    )
    assert before == expected
    window.open_article(world.articles["levee"].id)  # another article in the reader
    assert passages.filters.values()["outlet"] == "Harbour Daily"
    assert {r.id for r in passages.model.rows()} == before
    analysis.close()
    window.settings.sync()
    window.analysis._window = None  # a new window reads what was remembered
    again = _open(qtbot, window, "passages_view")
    assert again.passages.filters.values().get("outlet") == "Harbour Daily"
    assert again.tabs.currentWidget() is again.passages


def test_a_count_cell_and_its_bar_show_exactly_the_rows_counted(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "counts_view")
    counts = analysis.counts
    counts.choose("themes", "outlet")
    wait_loaded(qtbot, counts)
    table = counts.model.table
    assert table is not None and table.row_dimension == "theme"
    i = table.rows.index("Economy › Trade")
    j = next(k for k, label in enumerate(table.columns) if label.casefold() == "harbour daily")
    trade = world.themes["trade"]
    expected = ids_where(
        window.ctx.project,
        lambda a, art: trade in a.themes and (art.outlet or "").casefold() == "harbour daily",
    )
    assert counts.model.count(i, j) == len(expected)
    click_cell(counts.table, i, j)
    qtbot.waitUntil(lambda: counts.rows.scope_row.isVisible())
    wait_loaded(qtbot, counts.rows)
    assert {r.id for r in counts.rows.model.rows()} == expected

    # The chart was drawn (matplotlib loaded now) and a click on the bar gives the same rows.
    wait_chart(qtbot, counts)
    pane = counts.chart
    assert pane is not None
    qtbot.waitUntil(lambda: bool(pane.cell_positions()))
    others = dict(pane.cell_positions())
    k = next(cell for cell in others if cell != (i, j) and counts.model.count(*cell) > 0)
    x, y = others[k]
    QTest.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: counts.rows.model.rowCount() == counts.model.count(*k), timeout=10000)
    wait_loaded(qtbot, counts.rows)
    counted = {r.id for r in counts.rows.model.rows()}
    assert len(counted) == counts.model.count(*k)
    x, y = others[(i, j)]
    QTest.mouseClick(pane.canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    qtbot.waitUntil(lambda: {r.id for r in counts.rows.model.rows()} == expected, timeout=10000)


def test_charts_and_tables_export_as_real_files(qtbot, window, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "counts_view")
    counts = analysis.counts
    counts.choose("speakers", "outlet")
    wait_loaded(qtbot, counts)
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        path = tmp_path / f"chart{suffix}"
        counts.export_chart(path)
        qtbot.waitUntil(path.exists, timeout=20000)
        data = path.read_bytes()
        assert data.startswith(magic)
        assert len(data) > 2000
    light = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert "Maria Okafor" in light
    dark_path = tmp_path / "dark.svg"
    counts.export_chart(dark_path, "dark")  # a dark file type chosen in the dialog
    qtbot.waitUntil(dark_path.exists, timeout=20000)
    dark = dark_path.read_text(encoding="utf-8")
    assert "#1e1e1e" in dark and "#1e1e1e" not in light  # the dark background
    table_path = tmp_path / "table.csv"
    counts.export_table(table_path)
    qtbot.waitUntil(table_path.exists, timeout=10000)
    with table_path.open(encoding="utf-8-sig", newline="") as fp:
        lines = list(csv.reader(fp))
    li = next(line for line in lines if line[0] == "Li Hongzhong")
    quotes_by_li = ids_where(
        window.ctx.project,
        lambda a, _art: a.kind == "quote" and a.speaker == world.speakers["li"],
    )
    assert int(li[-1]) == len(quotes_by_li)  # the Total column


def test_rows_export_and_copy_as_a_table(qtbot, window, world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "quotes_view")
    quotes = analysis.quotes
    wait_loaded(qtbot, quotes)
    path = tmp_path / "quotes.csv"
    quotes.export(path)
    qtbot.waitUntil(path.exists, timeout=10000)
    with path.open(encoding="utf-8-sig", newline="") as fp:
        exported = list(csv.DictReader(fp))
    assert sorted(r["quote"] for r in exported) == sorted(r.text for r in quotes.model.rows())
    xlsx = tmp_path / "quotes.xlsx"
    quotes.export(xlsx)
    qtbot.waitUntil(xlsx.exists, timeout=10000)
    assert xlsx.read_bytes()[:2] == b"PK"

    quotes.table.selectRow(0)
    quotes.table.setFocus()
    QTest.keyClick(quotes.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    assert lines[0].split("\t")[:3] == ["Date", "Outlet", "Article"]
    assert quotes.model.rows()[0].article_title in lines[1]
    assert "<table>" in mime.html()


def test_speaker_page_from_the_speakers_panel_counts_lead_to_their_rows(
    qtbot, window, world
) -> None:  # type: ignore[no-untyped-def]
    panel = window.show_panel("speakers")
    panel.select(world.speakers["okafor"])
    panel.page_action.trigger()
    analysis = window.analysis.window
    page = analysis.speaker_page
    assert analysis.tabs.currentWidget() is page
    wait_loaded(qtbot, page)
    assert page.title.text() == "Maria Okafor"
    assert "Okafor" in page.subtitle.text()
    direct = next(b for b in page.figure_buttons() if b.text().startswith("Direct"))
    okafor = world.speakers["okafor"]
    expected = ids_where(
        window.ctx.project,
        lambda a, _art: a.kind == "quote" and a.speaker == okafor and a.quote_type == "direct",
    )
    assert direct.text().endswith(str(len(expected)))
    QTest.mouseClick(direct, Qt.MouseButton.LeftButton)
    assert analysis.tabs.currentWidget() is analysis.quotes
    wait_loaded(qtbot, analysis.quotes)
    assert {r.id for r in analysis.quotes.model.rows()} == expected
    assert "Direct" in analysis.quotes.scope_label.text()
    QTest.mouseClick(analysis.quotes.unscope_button, Qt.MouseButton.LeftButton)
    every_quote = ids_where(window.ctx.project, lambda a, _art: a.kind == "quote")
    qtbot.waitUntil(lambda: {r.id for r in analysis.quotes.model.rows()} == every_quote)
    assert not analysis.quotes.scope_row.isVisible()


def test_theme_page_from_the_codebook_lists_its_passages_and_companions(
    qtbot, window, world
) -> None:  # type: ignore[no-untyped-def]
    panel = window.show_panel("codebook")
    panel.select(world.themes["env"])
    click_cell(panel.tree, panel.tree.currentIndex().row(), 0, double=True)
    qtbot.waitUntil(lambda: window.analysis.window is not None)
    analysis = window.analysis.window
    assert analysis.isVisible()
    page = analysis.theme_page
    wait_loaded(qtbot, page)
    assert page.title.text() == "Environment"
    env = world.themes["env"]
    with_env = [a for a, _art in every_annotation(window.ctx.project) if env in a.themes]
    text = page.passages.toPlainText()
    for a in with_env:
        assert a.exact in text
    companions = {c.label for c in page.cooccurring.list_model.items}
    assert companions == {"Economy › Trade"}  # only on 出口将在夏季恢复

    # A passage's link opens it in the reader, selected.
    levee = next(a for a in with_env if a.exact == "防洪堤将在雨季前完工")
    page.passages.anchorClicked.emit(QUrl(f"open:{levee.id}"))
    assert window.session.article_id == levee.article
    assert window.reader.selected_text() == "防洪堤将在雨季前完工"


def test_article_note_and_project_memo_are_saved_and_undone(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import notes

    window.open_article(world.articles["port"].id)
    panel = window.show_panel("metadata")
    editor = panel.note.editor.edit
    editor.setFocus()
    QTest.keyClicks(editor, "Check the port's figures")
    window.reader.setFocus()  # leaving the field saves it
    project = window.ctx.project
    assert notes.article_note(project, world.articles["port"].id) == "Check the port's figures"
    window.ctx.undo_stack.undo()
    assert notes.article_note(project, world.articles["port"].id) == ""
    qtbot.waitUntil(lambda: editor.toPlainText() == "")

    window.actions_["project_memo"].trigger()
    memo = window.analysis.show_memo()
    QTest.keyClicks(memo.editor.edit, "Ask about the levee")
    QTest.keyClick(memo.editor.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert notes.memo(project) == "Ask about the levee"  # saved by the key, not a new line
    memo.close()
    assert notes.memo(project) == "Ask about the levee"


def test_a_note_being_typed_survives_a_refresh_and_is_kept_when_the_window_closes(
    qtbot, window, world
) -> None:  # type: ignore[no-untyped-def]
    from annotary.services import notes

    article = world.articles["union"].id
    window.open_article(article)
    panel = window.show_panel("metadata")
    editor = panel.note.editor.edit
    editor.setFocus()
    QTest.keyClicks(editor, "Compare with the union's statement")
    window.mark_read(True)  # the article changes while the note is being typed
    assert editor.toPlainText() == "Compare with the union's statement"
    memo = window.analysis.show_memo()
    memo.editor.edit.setPlainText("Unsaved memo line")
    window.close()
    project = window.ctx.project
    assert notes.article_note(project, article) == "Compare with the union's statement"
    assert notes.memo(project) == "Unsaved memo line"


def test_a_long_list_is_read_as_the_table_scrolls_and_sorted_by_the_core(
    qtbot, window, world, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.analysis import rows_view

    monkeypatch.setattr(rows_view, "PAGE", 4)
    analysis = _open(qtbot, window, "quotes_view")
    quotes = analysis.quotes
    wait_loaded(qtbot, quotes)
    every_quote = ids_where(window.ctx.project, lambda a, _art: a.kind == "quote")
    assert quotes.model.total() == len(every_quote) > quotes.model.rowCount()
    assert quotes.count_label.text().endswith(str(len(every_quote)))
    while not quotes.model.complete():  # the user scrolls down, page after page
        quotes.table.scrollToBottom()
        qtbot.wait(20)
    shown = [r.id for r in quotes.model.rows()]
    assert sorted(shown) == sorted(every_quote)  # each once

    header = quotes.table.horizontalHeader()
    names = {r.speaker_name for r in quotes.model.rows()}
    quotes.model.set_rows(quotes.model.rows()[:4], len(every_quote))  # as after a refresh
    speaker_at = QPoint(header.sectionViewportPosition(3) + 20, header.height() // 2)
    for first in (min(names), max(names)):  # the Speaker header, clicked once, then again
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=speaker_at)
        qtbot.waitUntil(lambda f=first: quotes.model.rows()[0].speaker_name == f)


def test_the_analysis_keys_work_in_the_analysis_window_too(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "quotes_view")
    analysis.activateWindow()
    qtbot.waitUntil(analysis.isActiveWindow)
    QTest.keyClick(
        analysis,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert analysis.tabs.currentWidget() is analysis.counts
    QTest.keyClick(
        analysis,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert analysis.tabs.currentWidget() is analysis.passages


def test_the_chart_follows_the_light_or_dark_theme(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    from annotary.ui.style.palette import apply_theme

    analysis = _open(qtbot, window, "counts_view")
    wait_chart(qtbot, analysis.counts)
    pane = analysis.counts.chart
    assert pane is not None
    light = pane.figure.get_facecolor()
    apply_theme(QGuiApplication.instance(), "dark")
    qtbot.waitUntil(lambda: pane.figure.get_facecolor() != light)
    red, green, blue, _alpha = pane.figure.get_facecolor()
    assert red + green + blue < 1.0  # a dark background


def test_typing_a_speaker_completes_names_and_aliases(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    analysis = _open(qtbot, window, "quotes_view")
    edit = analysis.quotes.filters.speaker_edit
    edit.setFocus()
    QTest.keyClicks(edit, "party sec")
    completer = analysis.quotes.filters.speaker.completer()
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["the Party secretary of Tianjin"]  # an alias of Li Hongzhong
    assert analysis.quotes.filters.speaker.findText("Maria Okafor") >= 0


def test_a_count_asked_for_again_stops_the_one_it_replaces(
    qtbot, window, world, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Switching what to count while a slow count runs: the old query is stopped in its
    SQL (it no longer takes the machine's time), quietly, and the new answer shows."""
    import sqlite3
    import threading

    from annotary.services import analysis as analysis_service

    analysis = _open(qtbot, window, "counts_view")
    counts = analysis.counts
    counts.choose("themes", "outlet")
    wait_loaded(qtbot, counts)
    real = analysis_service.counts
    began, ended = threading.Event(), threading.Event()
    raised: list[BaseException] = []

    def endless(project, measure, by, q):  # type: ignore[no-untyped-def]
        if by != "month":
            return real(project, measure, by, q)
        began.set()
        try:  # minutes of SQL unless it is interrupted
            project.store.conn.execute(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n "
                "WHERE x < 10000000000) SELECT count(*) FROM n"
            ).fetchone()
        except sqlite3.OperationalError as exc:
            raised.append(exc)
            raise
        finally:
            ended.set()
        raise AssertionError("the query ran to its end")

    monkeypatch.setattr(analysis_service, "counts", endless)
    counts.choose("themes", "month")
    qtbot.waitUntil(began.is_set, timeout=10_000)
    counts.choose("speakers", "outlet")  # the user changes their mind
    qtbot.waitUntil(ended.is_set, timeout=10_000)
    assert raised and "interrupted" in str(raised[0])
    wait_loaded(qtbot, counts)
    table = counts.model.table
    assert table is not None and table.row_dimension == "speaker"
    assert "failed" not in window.statusBar().currentMessage().lower()
    assert "interrupted" not in counts.message.text()


def test_count_columns_fit_their_headers_and_every_number(qtbot, window, world) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont, QFontMetrics

    analysis = _open(qtbot, window, "counts_view")
    counts = analysis.counts
    bold = QFont(counts.table.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    for measure, by, mode in [
        ("themes", "outlet", "counts"),
        ("speakers", "theme", "counts"),
        ("themes", "month", "row"),
    ]:
        counts.mode.setCurrentIndex(counts.mode.findData(mode))
        counts.choose(measure, by)
        wait_loaded(qtbot, counts)
        model, header = counts.model, counts.table.horizontalHeader()
        assert model.columnCount() > 2
        for c in range(model.columnCount()):
            width = counts.table.columnWidth(c)
            assert 64 <= width <= 180
            assert width >= min(header.sectionSizeHint(c), 180), model.headerData(
                c, Qt.Orientation.Horizontal
            )
            widest = max(
                metrics.horizontalAdvance(model.display(r, c)) for r in range(model.rowCount())
            )
            assert width >= widest + 2, (measure, by, mode, c, model.display(0, c))
