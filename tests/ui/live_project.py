"""Helpers for the tests where other programs write the project the window has open."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def child_env() -> dict[str, str]:
    """The environment of a child process: this worktree's code, the tests' folders."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(DESKTOP) + os.pathsep + env.get("PYTHONPATH", "")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def cli(project: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run the real command line as a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "annotary", "--project", str(project), *args],
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def phrases(text: str, count: int, words: int = 4, gap: int = 25) -> list[str]:
    """``count`` distinct word runs of ``text`` that occur once, far apart."""
    spans = [m.span() for m in re.finditer(r"[A-Za-z]+", text)]
    out: list[str] = []
    i = 10
    while len(out) < count and i + words < len(spans):
        start, end = spans[i][0], spans[i + words - 1][1]
        piece = text[start:end]
        if "\n" not in piece and text.count(piece) == 1:
            out.append(piece)
            i += gap
        else:
            i += 1
    assert len(out) == count, "the sample text is too short for this test"
    return out


def read_only(path: Path) -> sqlite3.Connection:
    """A connection of its own for looking (it writes nothing)."""
    return sqlite3.connect(str(path), timeout=10)


def annotation_ids(path: Path) -> set[str]:
    conn = read_only(path)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM annotations")}
    finally:
        conn.close()


def theme_names(path: Path) -> set[str]:
    conn = read_only(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM themes")}
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(str(path), timeout=10)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
