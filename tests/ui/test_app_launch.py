"""`annotary` with no command opens the window on the default project with the samples."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotary.services import articles as article_service
from annotary.services.project import open_project


def test_annotary_without_a_command_opens_the_default_project(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTARY_SMOKE_TEST": "1",  # the app quits by itself once its window is up
        "ANNOTARY_DATA_DIR": str(tmp_path / "data"),
        "ANNOTARY_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop"),
    }
    proc = subprocess.run(
        [sys.executable, "-m", "annotary"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    project = open_project(tmp_path / "data" / "default.annotary")
    titles = [a.title for a in article_service.summaries(project)]
    project.close()
    assert len(titles) >= 5
    assert (tmp_path / "config" / "annotary.ini").exists()  # window state was saved on quit


# ---- the launcher and the window's start and end ------------------------------------------

CHILD = r"""
import json, sys
from annotary import launcher
code = launcher.main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(
    m for m in ("annotary.cli.main", "sqlite_utils", "click") if m in sys.modules)}))
"""

EARLY_CLOSE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def close_all():
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            if len(sys.argv) > 3 and hasattr(w, "suggestions"):
                w.suggestions.suggest_now()  # a long run is under way as the window closes
                QTimer.singleShot(100, w.close)
            else:
                w.close()
QTimer.singleShot(int(sys.argv[2]), close_all)
from annotary import launcher
raise SystemExit(launcher.main(["--project", sys.argv[1]]))
"""


def _env(tmp_path: Path, smoke: bool = True) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ANNOTARY_DATA_DIR": str(tmp_path / "data"),
        "ANNOTARY_CONFIG_DIR": str(tmp_path / "config"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "desktop"),
    }
    if smoke:
        env["ANNOTARY_SMOKE_TEST"] = "1"
    return env


def test_argv_alone_decides_between_the_window_and_the_command_line() -> None:
    from annotary.launcher import window_args

    assert window_args([]) == (True, None)
    assert window_args(["--project", "a.annotary"]) == (True, Path("a.annotary"))
    assert window_args(["--project=b.annotary", "--json"]) == (True, Path("b.annotary"))
    for argv in (["list"], ["--help"], ["--version"], ["--project"], ["--bogus"], ["-h"]):
        assert window_args(argv) == (False, None), argv


def test_the_window_starts_without_the_command_line_and_quits_once_up(tmp_path: Path) -> None:
    import json

    project = tmp_path / "p.annotary"
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, "--project", str(project)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "the window is up" in proc.stderr  # quit when up, not on a timer
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result == {"code": 0, "modules": []}


def test_a_command_still_runs_through_the_command_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "annotary", "--version"],
        env=_env(tmp_path, smoke=False),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0 and proc.stdout.startswith("annotary ")


def _large_library(path: Path, count: int) -> None:
    from dataclasses import replace

    from annotary.formats.readers import read_pasted
    from annotary.services.importing import store_document

    project = open_project(path, coder="tester", backup_on_open=False)
    samples = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.txt"))
    body = samples[0].read_text(encoding="utf-8")
    with project.store.write():
        for i in range(count):
            doc = read_pasted(f"{body}\n\nCopy {i}.", f"Article {i:04d}")
            store_document(project, replace(doc, published=f"2024-{1 + i % 12:02d}-01"))
    project.close()


@pytest.mark.parametrize("close_ms", [0, 150, 500])
def test_closing_right_after_start_with_a_large_library_exits_cleanly(
    tmp_path: Path, close_ms: int
) -> None:
    project = tmp_path / "large.annotary"
    _large_library(project, 600)
    proc = subprocess.run(
        [sys.executable, "-c", EARLY_CLOSE, str(project), str(close_ms)],
        env=_env(tmp_path, smoke=False),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "QThread: Destroyed" not in proc.stderr
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_closing_while_a_long_suggestion_run_is_under_way_exits_cleanly(tmp_path: Path) -> None:
    from annotary.services import importing

    project_path = tmp_path / "long.annotary"
    project = open_project(project_path, coder="tester", backup_on_open=False)
    samples = Path(__file__).resolve().parents[2] / "resources" / "samples"
    body = (samples / "05-bramford-transit-press-conference.txt").read_text(encoding="utf-8")
    importing.import_pasted(project, "\n\n".join([body] * 150), "A very long press conference")
    project.close()
    proc = subprocess.run(
        [sys.executable, "-c", EARLY_CLOSE, str(project_path), "600", "suggest"],
        env=_env(tmp_path, smoke=False),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "QThread: Destroyed" not in proc.stderr
    assert proc.returncode == 0, proc.stderr[-2000:]
