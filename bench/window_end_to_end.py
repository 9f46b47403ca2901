"""The whole window, end to end: open, add, change, remove, switch article, memory.

Drives the real MainWindow (offscreen) on a project made by window_fixture.py:
article A is 2 MB with 5,000 annotations, B is 2 MB with 50,000, C is short.
Every step is timed until the window has handled its events and repainted
(``processEvents()`` then ``repaint()``), i.e. until the window is usable again.

* open: open A (from C), usable; ratio against the reader widget alone on the same
  article (set_article + repaint of a bare ReaderView).
* switch: C -> A -> C round trips, the second leg (back to the short article).
* add / change / remove: one annotation on B (50,000), through the window's own paths
  (the operations layer, the new annotation selected everywhere).
* memory: RSS and tracemalloc over 100 changes on A and 20 re-openings of A.
* while suggesting: add one annotation on B, and open A, while the engine works on B
  (Suggest Quotes on a 2 MB article: seconds of work); ``--in-thread`` runs the engine
  in the background thread instead of its process, as before, for comparison.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop .venv/bin/python bench/window_end_to_end.py
    (--quick: fewer repetitions, for slow builds)
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from window_fixture import article_project

READER_ADD_MS = 8.9  # the reader widget alone (docs/performance.md, bench/reader_paint.py)


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def settle(app: QApplication, window: object) -> None:
    app.processEvents()
    # What the event loop does after each event: the script drives the window from
    # outside any event loop, where processEvents() leaves deleteLater() pending.
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.repaint()  # type: ignore[attr-defined]


def timed(app: QApplication, window: object, call: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    call()
    settle(app, window)
    return (time.perf_counter() - t0) * 1000


def idle(app: QApplication, window: object, seconds: float = 0.0) -> None:
    """Let background work (suggestions) finish so each measure starts alike."""
    end = time.perf_counter() + seconds
    suggestions = window.suggestions  # type: ignore[attr-defined]
    deadline = time.perf_counter() + 60
    while (time.perf_counter() < end or not suggestions.idle) and time.perf_counter() < deadline:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.005)


def reader_alone(app: QApplication, window: object, article_id: str) -> float:
    from annotary.services import articles
    from annotary.ui.reader import ReaderView

    project = window.ctx.project  # type: ignore[attr-defined]
    article = articles.get(project, article_id)
    layout = articles.layout(project, article_id)
    window.open_article(article_id)  # type: ignore[attr-defined]
    highlights = window.highlights.all()  # type: ignore[attr-defined]
    times = []
    for _ in range(5):
        view = ReaderView()
        view.resize(680, 800)
        view.show()
        app.processEvents()
        t0 = time.perf_counter()
        view.set_article(article, layout, highlights)
        view.repaint()
        times.append((time.perf_counter() - t0) * 1000)
        view.close()
        view.deleteLater()
        app.processEvents()
    return statistics.median(times)


def bench_open(app: QApplication, window: object, ids: dict[str, str], runs: int) -> dict:
    opens, backs = [], []
    for _ in range(runs):
        idle(app, window, 0.2)
        opens.append(timed(app, window, lambda: window.open_article(ids["a"])))  # type: ignore[attr-defined]
        idle(app, window, 0.2)
        backs.append(timed(app, window, lambda: window.open_article(ids["c"])))  # type: ignore[attr-defined]
    return {"open": statistics.median(opens), "switch": statistics.median(backs)}


def bench_edits(app: QApplication, window: object, article_id: str, runs: int) -> dict:
    from annotary.ui.operations import annotations as annotation_ops

    w: object = window
    ctx = w.ctx  # type: ignore[attr-defined]
    w.open_article(article_id)  # type: ignore[attr-defined]
    idle(app, w, 0.2)
    text = w.session.article.text  # type: ignore[attr-defined]
    out: dict[str, list[float]] = {"add": [], "change": [], "remove": []}
    for i in range(runs):
        start = 200 + 40 * i
        made: list = []

        def add(start: int = start, made: list = made) -> None:
            note = ctx.operations.run(
                annotation_ops.create("Tag quote", article_id, "quote", (start, start + 25))
            ).value
            made.append(note)
            ctx.annotation_selected.emit(note.id)

        out["add"].append(timed(app, w, add))
        aid = made[0].id
        out["change"].append(
            timed(app, w, lambda aid=aid, i=i: w.annotator.set_note(aid, f"note {i}"))  # type: ignore[attr-defined]
        )
        out["remove"].append(timed(app, w, lambda aid=aid: w.annotator.delete([aid])))  # type: ignore[attr-defined]
        assert text
    return {k: statistics.median(v) for k, v in out.items()}


def bench_while_suggesting(
    app: QApplication, window: object, ids: dict[str, str], runs: int
) -> dict:
    """Add on B, then open A (from B), with and without the engine at work on B.

    The two cases alternate, so both see the same machine; the engine's run is
    started anew each time (Suggest Quotes) and is 0.3 s under way when measured.
    """
    from annotary.ui.operations import annotations as annotation_ops

    w: object = window
    ctx = w.ctx  # type: ignore[attr-defined]
    suggestions = w.suggestions  # type: ignore[attr-defined]
    out: dict[str, list[float]] = {"add": [], "open": [], "add_busy": [], "open_busy": []}
    for i in range(2 * runs):
        busy = i % 2 == 1
        w.open_article(ids["b"])  # type: ignore[attr-defined]
        idle(app, w, 0.2)
        if busy:
            suggestions.suggest_now()
            deadline = time.perf_counter() + 30
            while not suggestions.runner.busy and time.perf_counter() < deadline:
                app.processEvents()
        idle_for(app, 0.3)  # the engine is at work now (when asked)
        start = 300 + 40 * i

        def add(start: int = start) -> None:
            note = ctx.operations.run(
                annotation_ops.create("Tag quote", ids["b"], "quote", (start, start + 25))
            ).value
            ctx.annotation_selected.emit(note.id)

        suffix = "_busy" if busy else ""
        out["add" + suffix].append(timed(app, w, add))
        out["open" + suffix].append(timed(app, w, lambda: w.open_article(ids["a"])))  # type: ignore[attr-defined]
        idle(app, w)
    return {k: statistics.median(v) for k, v in out.items()}


def idle_for(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def bench_memory(
    app: QApplication, window: object, ids: dict[str, str], changes: int, reopens: int
) -> dict:
    from annotary.ui.operations import annotations as annotation_ops

    w: object = window
    ctx = w.ctx  # type: ignore[attr-defined]
    w.open_article(ids["a"])  # type: ignore[attr-defined]
    idle(app, w, 0.2)

    def one_change(i: int) -> None:
        note = ctx.operations.run(
            annotation_ops.create("Tag quote", ids["a"], "quote", (100 + 30 * i, 120 + 30 * i))
        ).value
        ctx.annotation_selected.emit(note.id)
        settle(app, w)

    def measure(step: Callable[[int], None], n: int) -> tuple[float, float]:
        tracemalloc.start()  # before the warm-up: what is live after it is the baseline
        for i in range(3):  # warm-up: caches and first-use imports are not growth
            step(10_000 + i)
        gc.collect()
        app.processEvents()
        rss0 = rss_mb()
        snap0 = tracemalloc.get_traced_memory()[0]
        for i in range(n):
            step(i)
        gc.collect()
        app.processEvents()
        py = (tracemalloc.get_traced_memory()[0] - snap0) / 1e6
        tracemalloc.stop()
        return rss_mb() - rss0, py

    rss_c, py_c = measure(one_change, changes)

    def reopen(_i: int) -> None:
        w.open_article(ids["c"])  # type: ignore[attr-defined]
        settle(app, w)
        w.open_article(ids["a"])  # type: ignore[attr-defined]
        settle(app, w)
        idle(app, w)

    rss_r, py_r = measure(reopen, reopens)
    return {
        "changes": changes,
        "reopens": reopens,
        "rss_changes": rss_c,
        "py_changes": py_c,
        "rss_reopens": rss_r,
        "py_reopens": py_r,
    }


def main() -> None:
    quick = "--quick" in sys.argv
    if "--in-thread" in sys.argv:
        from annotary.services import suggesting

        suggesting.IN_PROCESS_FROM = sys.maxsize  # the engine in the task's thread
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["ANNOTARY_CONFIG_DIR"] = str(folder / "config")
        os.environ["ANNOTARY_DATA_DIR"] = str(folder / "data")
        t0 = time.perf_counter()
        ids = article_project(folder / "bench.annotary")
        print(f"(project made in {time.perf_counter() - t0:.1f} s)", flush=True)

        from annotary.services.project import open_project
        from annotary.ui.app import application
        from annotary.ui.context import AppContext
        from annotary.ui.main_window import MainWindow
        from annotary.ui.settings import Settings

        app = application()
        ctx = AppContext(open_project(folder / "bench.annotary", backup_on_open=False))
        window = MainWindow(ctx, Settings())
        window.show()
        window.load()
        window.open_article(ids["c"])
        idle(app, window, 0.3)

        alone = reader_alone(app, window, ids["a"])
        window.open_article(ids["c"])
        opened = bench_open(app, window, ids, 3 if quick else 7)
        print(
            f"open 2 MB + 5,000 annotations -> usable window: {opened['open']:.0f} ms "
            f"(target 300; reader alone {alone:.0f} ms, ratio {opened['open'] / alone:.1f}x)"
        )
        print(f"switch back to a short article: {opened['switch']:.0f} ms")
        edits = bench_edits(app, window, ids["b"], 3 if quick else 21)
        for name, ms in edits.items():
            print(
                f"{name} one annotation (50,000 on the article): {ms:.1f} ms "
                f"(target 30; reader alone {READER_ADD_MS} ms, ratio {ms / READER_ADD_MS:.1f}x)"
            )
        busy = bench_while_suggesting(app, window, ids, 3 if quick else 7)
        print(
            f"add one annotation (50,000) then open 2 MB + 5,000 from it: "
            f"{busy['add']:.1f} / {busy['open']:.0f} ms idle, "
            f"{busy['add_busy']:.1f} / {busy['open_busy']:.0f} ms while the engine works "
            f"on that 2 MB article (ratios {busy['add_busy'] / busy['add']:.2f} / "
            f"{busy['open_busy'] / busy['open']:.2f})"
        )
        mem = bench_memory(app, window, ids, 20 if quick else 100, 5 if quick else 20)
        print(
            f"memory over {mem['changes']} added annotations (5,000 on the article): "
            f"RSS {mem['rss_changes']:+.1f} MB ({mem['rss_changes'] / mem['changes']:+.2f} MB "
            f"each), Python heap {mem['py_changes']:+.1f} MB"
        )
        print(
            f"memory over {mem['reopens']} re-openings: RSS {mem['rss_reopens']:+.1f} MB "
            f"({mem['rss_reopens'] / mem['reopens']:+.2f} MB each), "
            f"Python heap {mem['py_reopens']:+.1f} MB"
        )
        window.close()
        window.shut_down()
        ctx.project.close()


if __name__ == "__main__":
    main()
