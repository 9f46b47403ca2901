"""The Analysis window on a large project: from a user's request to rows or counts shown.

Each figure is the time from the request (opening a view, choosing a filter, a count,
a cell) to the moment the view shows its answer, with the work in a background
thread as in the window: the core's query, the page of rows into the model, the
table laid out. A count is timed twice: to its table on screen (shown first) and to
its chart on screen (drawn after the table). Medians of several runs; the first open
of the window (which also builds it) is reported apart.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop .venv/bin/python bench/analysis_views.py \
        PROJECT [--runs 7]

PROJECT is a project of 10,000 articles and 100,000 annotations, such as the one
``bench/analysis_queries.py --keep FILE`` builds; it is copied, never changed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from annotary.services import speakers
from annotary.services.project import open_project
from annotary.ui.context import AppContext
from annotary.ui.main_window import MainWindow
from annotary.ui.settings import Settings


def until(app: QApplication, done: Callable[[], bool], limit: float = 60.0) -> float:
    """Run the event loop as the window does (waiting for events, the GIL free for the
    worker thread) until ``done()``. A loop that woke every millisecond to look took
    the GIL from the worker so often that a 170 ms query took 350 ms."""
    start = time.perf_counter()
    wake = QTimer()
    wake.start(20)  # a look at ``done`` at least this often
    try:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if time.perf_counter() - start > limit:
                raise TimeoutError("no answer within a minute")
    finally:
        wake.stop()
    return time.perf_counter() - start


def timed(app: QApplication, view: object, ask: Callable[[], None]) -> float:
    start = time.perf_counter()
    ask()
    until(app, lambda: not view.busy)  # type: ignore[attr-defined]
    app.processEvents()  # the table lays the rows out
    return time.perf_counter() - start


def timed_counts(app: QApplication, counts: object, ask: Callable[[], None]) -> tuple[float, float]:
    """(to the table on screen, to the chart on screen) of a count."""
    start = time.perf_counter()
    ask()
    until(app, lambda: not counts.busy)  # type: ignore[attr-defined]
    table = time.perf_counter() - start  # the view paints its table before it is not busy
    until(app, lambda: not counts.chart_pending)  # type: ignore[attr-defined]
    return table, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="annotary-views-"))
    import os

    os.environ["ANNOTARY_CONFIG_DIR"] = str(folder / "config")
    path = folder / "p.annotary"
    shutil.copy(args.project, path)
    app = QApplication(sys.argv[:1])
    project = open_project(path, coder="bench", backup_on_open=False)
    window = MainWindow(AppContext(project), Settings())
    window.resize(1440, 900)
    window.show()
    people = speakers.speakers(project)
    alias = people[3].aliases[-1] if people and people[3].aliases else people[0].name

    start = time.perf_counter()
    analysis = window.analysis.show("quotes")
    until(app, lambda: not analysis.quotes.busy)
    app.processEvents()
    first_open = time.perf_counter() - start
    quotes, counts = analysis.quotes, analysis.counts
    figures: dict[str, list[float]] = {}

    def run(name: str, view: object, ask: Callable[[], None]) -> None:
        figures.setdefault(name, []).append(timed(app, view, ask))

    def count(name: str, ask: Callable[[], None]) -> None:
        table, chart = timed_counts(app, counts, ask)
        figures.setdefault(f"{name}: table on screen", []).append(table)
        figures.setdefault(f"{name}: chart on screen", []).append(chart)

    for _ in range(args.runs):
        run("quotes: every quote (count + first page)", quotes, quotes.refresh)
        run(
            "quotes: filter by a speaker alias",
            quotes,
            lambda: quotes.filters.set_values({"speaker": alias}, quiet=False),
        )
        run(
            "quotes: filter by outlet and dates",
            quotes,
            lambda: quotes.filters.set_values(
                {"outlet": "Northline Wire", "date_from": "2022-01-01", "date_to": "2022-06-30"},
                quiet=False,
            ),
        )
        run("quotes: clear the filters", quotes, quotes.filters.clear)
        run("quotes: next page (scrolled to the end)", quotes, lambda: _next_page(quotes))
        analysis.tabs.setCurrentWidget(counts)
        count("counts: themes by month", lambda: counts.choose("themes", "month"))
        count("counts: themes by outlet", lambda: counts.choose("themes", "outlet"))
        count("counts: voice share by role", lambda: counts.choose("quote-types", "role"))
        run("counts: a cell's rows", counts.rows, lambda: counts.show_cell(0, 0))
        count(
            "counts: co-occurrence on one annotation",
            lambda: counts.choose("cooccurrence", "annotation"),
        )
        count(
            "counts: co-occurrence in one paragraph",
            lambda: counts.choose("cooccurrence", "paragraph"),
        )
        run(
            "counts: a paragraph co-occurrence cell's rows",
            counts.rows,
            lambda: counts.show_cell(2, 5),
        )
        analysis.tabs.setCurrentWidget(quotes)
        run(
            "speaker page",
            analysis.speaker_page,
            lambda: analysis.show_page("speaker", people[3].id),
        )
    print(f"first open of the Analysis window (builds it, every quote): {first_open * 1000:.0f} ms")
    for name, times in figures.items():
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms"
            f" (min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})"
        )
    window.close()
    project.close()
    shutil.rmtree(folder, ignore_errors=True)


def _next_page(view: object) -> None:
    model = view.model  # type: ignore[attr-defined]
    view.busy = True  # type: ignore[attr-defined]
    rows = model.rowCount()

    def arrived(*_: object) -> None:
        if model.rowCount() > rows or model.complete():
            view.busy = False  # type: ignore[attr-defined]

    model.rowsInserted.connect(arrived)
    view.table.scrollToBottom()  # type: ignore[attr-defined]
    model.fetchMore(model.index(-1, -1))


if __name__ == "__main__":
    main()
