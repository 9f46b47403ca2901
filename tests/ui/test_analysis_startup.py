"""Start-up stays light: matplotlib is loaded when a chart is first shown, not before."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from annotary import launcher
code = launcher.main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": sorted(
    m for m in sys.modules if m.split(".")[0] in ("matplotlib", "numpy"))}))
"""


def test_starting_the_window_does_not_import_matplotlib(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTARY_SMOKE_TEST": "1",  # the app quits by itself once its window is up
        "ANNOTARY_DATA_DIR": str(tmp_path / "data"),
        "ANNOTARY_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop"),
    }
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "--project", str(tmp_path / "p.annotary")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "loaded": []}


def test_the_chart_is_made_when_the_counts_are_first_shown(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    app_window.actions_["quotes_view"].trigger()
    analysis = app_window.analysis.window
    qtbot.waitUntil(lambda: not analysis.quotes.busy)
    assert analysis.counts.chart is None  # no chart until the Counts view shows one
    app_window.actions_["counts_view"].trigger()
    qtbot.waitUntil(lambda: not analysis.counts.busy)
    qtbot.waitUntil(lambda: analysis.counts.chart is not None and not analysis.counts.chart_pending)
    assert "matplotlib.backends.backend_qtagg" in sys.modules


def test_charts_are_prepared_once_the_first_answer_is_on_screen(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    """matplotlib's import would take the interpreter from the first query: it waits."""
    started: list[str] = []
    run = app_window.ctx.operations.run

    def recording(op, parent=None):  # type: ignore[no-untyped-def]
        started.append(op.text)
        return run(op, parent)

    app_window.ctx.operations.run = recording
    app_window.actions_["quotes_view"].trigger()
    analysis = app_window.analysis.window
    assert "Prepare charts" not in started  # not while the window is built and queried
    qtbot.waitUntil(lambda: not analysis.quotes.busy)
    qtbot.waitUntil(lambda: "Prepare charts" in started)
    analysis.tabs.setCurrentWidget(analysis.counts)
    qtbot.waitUntil(lambda: not analysis.counts.busy)
    assert started.count("Prepare charts") == 1
