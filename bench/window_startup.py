"""Start-up of the real program on a 10,000-article library, to a usable window.

Each run is a fresh process that runs the ``annotary`` launcher (argv decides the
window) on a copy of a 10,000-article project, with compiled modules kept between
runs as an installed program has them. "Usable" is the first moment the
window is shown with library rows and the last article open AND its event loop is
free to answer (a 5 ms poll timer fires). Reports medians of several runs, from
interpreter start and from the launcher's import, plus the import time of the
launcher module alone.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop .venv/bin/python bench/window_startup.py
    ... bench/window_startup.py --sorted-by title   # the library's sort remembered by title
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from window_fixture import library_project  # noqa: E402

RUNS = 7
ARTICLES = 10_000

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
marks = {}
def poll():
    from annotary.ui.main_window import MainWindow
    for w in QApplication.topLevelWidgets():
        if isinstance(w, MainWindow) and w.isVisible():
            marks.setdefault("shown", time.perf_counter())
            if w.library.model.rowCount() > 0 and w.session.article is not None:
                marks["usable"] = time.perf_counter()
                marks["wall"] = time.time()
                timer.stop()
                w.close()
                app.exit(0)
timer = QTimer()
timer.timeout.connect(poll)
timer.start(5)
t1 = time.perf_counter()
from annotary import launcher
t2 = time.perf_counter()
code = launcher.main(["--project", sys.argv[1]])
print(json.dumps({
    "shown": marks["shown"] - t0, "usable": marks["usable"] - t0,
    "launcher_import": t2 - t1, "wall": marks["wall"], "code": code,
    "cli_loaded": "annotary.cli.main" in sys.modules,
    "sqlite_utils_loaded": "sqlite_utils" in sys.modules,
}))
"""

# The library's header as a user who sorted it by another column left it (the window
# then reads every article at start, not the first page in date order).
REMEMBER_SORT = r"""
import sys
from PySide6.QtCore import Qt
from annotary.ui.library.columns import ColumnLayout
from annotary.ui.library.model import KEYS
from annotary.ui.settings import Settings
d = ColumnLayout.default()
sort = (KEYS.index(sys.argv[1]), Qt.SortOrder.AscendingOrder)
settings = Settings()
settings.set_library_columns(ColumnLayout(d.order, d.hidden, d.widths, sort).to_text())
settings.sync()
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sorted-by", help="the library's remembered sort column (title…)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        master = folder / "master.annotary"
        library_project(master, ARTICLES)
        print(f"(library of {ARTICLES:,} articles made in {time.perf_counter() - t0:.1f} s)")
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT / "desktop"),
            ANNOTARY_CONFIG_DIR=str(folder / "config"),
            ANNOTARY_DATA_DIR=str(folder / "data"),
            # Compiled modules are kept (in the temp folder), as an installed program's
            # are: the first run, not counted, compiles them.
            PYTHONPYCACHEPREFIX=str(folder / "pycache"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if args.sorted_by:
            subprocess.run(
                [sys.executable, "-c", REMEMBER_SORT, args.sorted_by],
                env=env,
                check=True,
                timeout=60,
            )
        results = []
        for i in range(-1, RUNS):
            run_dir = folder / f"run{i + 1}"
            run_dir.mkdir()
            project = run_dir / "library.annotary"
            shutil.copy(master, project)
            spawned = time.time()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(project)],
                env=env,
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
            if out.returncode != 0:
                print(out.stderr)
                raise SystemExit(f"run {i} exited with {out.returncode}")
            r = json.loads(out.stdout.strip().splitlines()[-1])
            r["from_spawn"] = r["wall"] - spawned
            if i >= 0:
                results.append(r)

    def med(key: str) -> float:
        return statistics.median(float(r[key]) for r in results) * 1000

    sorted_by = f", sorted by {args.sorted_by}" if args.sorted_by else ""
    print(
        f"start-up, {ARTICLES:,} articles{sorted_by}: shown {med('shown'):.0f} ms, "
        f"usable {med('usable'):.0f} ms after interpreter start "
        f"({med('from_spawn'):.0f} ms from process spawn; target 1000); "
        f"launcher import {med('launcher_import'):.0f} ms "
        f"(median of {RUNS} fresh processes; runs "
        f"{min(r['usable'] for r in results) * 1000:.0f}-"
        f"{max(r['usable'] for r in results) * 1000:.0f} ms)"
    )
    last = results[-1]
    print(
        f"window path imported the command line: {last['cli_loaded']}, "
        f"sqlite-utils: {last['sqlite_utils_loaded']}; exit codes "
        f"{sorted({r['code'] for r in results})}"
    )


if __name__ == "__main__":
    main()
