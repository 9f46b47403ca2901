"""`annotary` with no command opens the window on the default project with the samples."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

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
