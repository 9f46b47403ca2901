"""Cold start of the desktop window: process start to a shown, usable window.

Each run is a fresh Python process (offscreen Qt) on a copy of a project holding
the sample articles; it measures from interpreter start to the moment the window
is shown with its library filled and the last article open, and reports the
median of 5 runs.

    PYTHONPATH=desktop .venv/bin/python bench/startup.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from annotary.ui import app
window = app.start(Path(sys.argv[1]))
shown = time.perf_counter()
window.load()
QApplication.processEvents()
usable = time.perf_counter()
assert window.isVisible() and window.library.model.rowCount() > 0 and window.session.article
print(json.dumps({"shown": shown - t0, "usable": usable - t0}))
window.close()
window.ctx.project.close()
"""


def prepare(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "desktop"))
    from annotary.services.project import open_project
    from annotary.services.samples import load_samples

    path = folder / "bench.annotary"
    project = open_project(path, backup_on_open=False)
    load_samples(project)
    project.close()
    return path


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        project = prepare(folder)
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            PYTHONPATH=str(ROOT / "desktop"),
            ANNOTARY_CONFIG_DIR=str(folder / "config"),
            ANNOTARY_DATA_DIR=str(folder / "data"),
        )
        results = []
        wall = []
        for _ in range(RUNS):
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(project)],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            wall.append(time.perf_counter() - start)
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    shown = statistics.median(r["shown"] for r in results)
    usable = statistics.median(r["usable"] for r in results)
    print(
        f"startup: window shown {shown * 1000:.0f} ms, usable {usable * 1000:.0f} ms "
        f"(median of {RUNS} fresh processes; "
        f"whole process incl. interpreter {statistics.median(wall) * 1000:.0f} ms)"
    )


if __name__ == "__main__":
    main()
