"""SQLite's locks are never dropped: opening the project again in the same process (as the
window's worker threads do) while other programs write loses nothing."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from realconditions import ENV

from annotary.domain.errors import ProjectBusy
from annotary.services import annotating
from annotary.services.project import Project, open_project
from annotary.storage import connection, open_store
from helpers import add_article, new_project

WORDS = [f"w{i:03d}" for i in range(60)]


def _annotate(path: Path, article_id: str, word: str, note: str) -> subprocess.Popen[str]:
    command = ["annotate", article_id, "--kind", "passage", "--text", word, "--note", note]
    return subprocess.Popen(
        [sys.executable, "-m", "annotary", "--project", str(path), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )


def test_window_and_command_line_writing_one_project_lose_nothing(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, " ".join(WORDS) + ".")
    project.close()
    path = tmp_path / "test.annotary"

    window = open_store(path)
    as_window = Project(window, "window")
    window_notes: list[str] = []
    cli_notes: list[str] = []

    def window_writes(note: str) -> None:
        start = 4 * (len(window_notes) + 20)
        annotating.create(as_window, article.id, "passage", start, start + 4, note=note)
        window_notes.append(note)

    for round_ in range(3):
        window_writes(f"window-{round_}-before")
        worker = threading.Thread(target=lambda: open_store(path).close())
        worker.start()
        worker.join()
        procs = {
            f"cli-{round_}-{n}": _annotate(
                path, article.id, WORDS[round_ * 2 + n], f"cli-{round_}-{n}"
            )
            for n in range(2)
        }
        for note, proc in procs.items():
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            cli_notes.append(note)
        window_writes(f"window-{round_}-after")
    window.close()

    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        notes = {r[0] for r in conn.execute("SELECT note FROM annotations")}
    finally:
        conn.close()
    assert [n for n in window_notes if n not in notes] == [], "the window's work was lost"
    assert [n for n in cli_notes if n not in notes] == [], "command-line annotations were lost"


def test_inspect_does_not_read_a_held_file_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "p.annotary"
    store = open_store(path)
    opened: list[Path] = []
    real = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            opened.append(self)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    open_store(path).close()
    assert opened == []
    store.close()
    assert not connection.holds(path)
    open_store(path).close()
    assert opened == [path]


def test_a_short_busy_timeout_says_busy_quickly_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "p.annotary"
    open_store(path).close()
    window = open_store(path, busy_timeout_ms=150)
    assert window.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 150
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with (
            pytest.raises(ProjectBusy, match="busy with a change by another program"),
            window.write(),
        ):
            window.set_meta("blocked", "yes")
        assert time.monotonic() - started < 3
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.meta("blocked") is None
    with window.write():
        window.set_meta("later", "yes")
    window.close()
    project = open_project(path, busy_timeout_ms=2000)
    assert project.store.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 2000
    assert project.store.meta("later") == "yes"
    project.close()
