"""The window on a project that cannot be written (a read-only mount): it reads, it says so,
and an edit fails in one line with the file unchanged."""

from __future__ import annotations

import sqlite3
import subprocess
import uuid
from pathlib import Path

import pytest
from live_project import phrases
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from realconditions import mount_tmpfs

from annotary.services import importing
from annotary.services.project import open_project


def annotation_ids(path: Path) -> set[str]:
    """Read straight from the file (SQLite's immutable mode: the mount takes no -shm)."""
    conn = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM annotations")}
    finally:
        conn.close()


@pytest.fixture
def read_only_project(tmp_path: Path, sample_files):  # type: ignore[no-untyped-def]
    root = tmp_path / f"ro-{uuid.uuid4().hex[:8]}"
    root.mkdir()
    mount_tmpfs(root, 8192)
    try:
        path = root / "study.annotary"
        project = open_project(path)
        importing.import_files(project, sample_files[:1])
        project.close()
        subprocess.run(["mount", "-o", "remount,ro", str(root)], check=True)
        yield path
    finally:
        if subprocess.run(["umount", str(root)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(root)], check=False)


def test_read_only_project_reads_says_so_and_refuses_edits(qtbot, read_only_project) -> None:  # type: ignore[no-untyped-def]
    from live_window import close_failure_boxes, select_text

    from annotary.ui.annotate.theme_picker import ThemePicker
    from annotary.ui.context import AppContext
    from annotary.ui.main_window import MainWindow
    from annotary.ui.settings import Settings

    project = open_project(read_only_project)
    assert project.readonly
    window = MainWindow(AppContext(project), Settings())
    qtbot.addWidget(window)
    window.resize(1300, 820)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # keys reach the window the user works in
    qtbot.waitUntil(window.isActiveWindow)
    window.load()
    try:
        assert "read-only" in window.windowTitle()
        assert "read-only" in window.project_label.text()
        first = window.library.model.summary(0).id
        window.open_article(first)
        assert window.session.article is not None
        before = annotation_ids(read_only_project)
        exact = phrases(window.session.article.text, 1)[0]
        select_text(window, exact)
        QTest.keyClick(window.reader, Qt.Key.Key_T)
        qtbot.waitUntil(lambda: isinstance(window.annotator.popup, ThemePicker))
        picker = window.annotator.popup
        QTest.keyClicks(picker.field, "Contested")
        QTest.keyClick(picker.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage(), timeout=2000)
        texts = close_failure_boxes(window)
        assert all("\n" not in t for t in texts)
        assert annotation_ids(read_only_project) == before
    finally:
        window.close()
        qtbot.wait(1)
        project.close()
