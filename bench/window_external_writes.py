"""The window while another program writes: how long the GUI thread stalls per commit.

The window (offscreen) has a 10,000-article library open, with one article in the
reader; a separate process (the real command line) adds an annotation, five times,
a second apart. A 10 ms timer on the GUI thread records its ticks: the longest gap
is the longest time the window could not answer the user. Printed: the median and
largest gap around the commits, and the GUI thread's time spent in the watcher's
work per commit (reading what changed, comparing, announcing).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop .venv/bin/python bench/window_external_writes.py
    (--articles N, default 10,000; --project FILE to reuse a project built before)
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from window_fixture import library_project

COMMITS = 5


def spin(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--project", type=Path, help="a project file to copy (else built)")
    args = parser.parse_args()
    app = QApplication([])
    from annotary.services import articles
    from annotary.services.project import open_project
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings
    from annotary.ui.watcher import ProjectWatcher

    folder = Path(tempfile.mkdtemp(prefix="annotary-bench-"))
    path = folder / "library.annotary"
    if args.project:
        shutil.copy(args.project, path)
    else:
        print(f"building a project of {args.articles:,} articles…", flush=True)
        library_project(path, args.articles)
    project = open_project(path, coder="bench", backup_on_open=False)
    window = MainWindow(AppContext(project), Settings())
    window.resize(1300, 820)
    window.show()
    window.load()
    spin(app, 4)  # the watcher's snapshot of the library is taken after 3 s

    spent: list[float] = []
    for name in ("poll", "_apply"):
        real = getattr(ProjectWatcher, name, None)
        if real is None:  # a version that did all its work in poll()
            continue

        def timed(self, *a, _real=real):  # type: ignore[no-untyped-def]
            t0 = time.perf_counter()
            result = _real(self, *a)
            spent.append(time.perf_counter() - t0)
            return result

        setattr(ProjectWatcher, name, timed)

    article = articles.summaries(project, limit=1)[0].id
    exact = articles.get(project, article).text.split("\n")[0][:30].strip()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1] / "desktop"))
    for _ in range(COMMITS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "annotary",
                "--project",
                str(path),
                "annotate",
                article,
                "--kind",
                "passage",
                "--text",
                exact,
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        while child.poll() is None:
            spin(app, 0.02)
        spin(app, 1.0)
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    print(f"{args.articles:,} articles, {COMMITS} commits by the command line")
    print(
        f"  GUI timer gap: median {statistics.median(gaps) * 1000:.0f} ms, "
        f"largest {max(gaps) * 1000:.0f} ms"
    )
    busy = sorted(spent)
    print(
        f"  watcher on the GUI thread: largest call {busy[-1] * 1000:.0f} ms, "
        f"total {sum(busy) * 1000:.0f} ms"
    )
    window.shut_down()
    window.close()
    project.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
