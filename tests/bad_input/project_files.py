"""Bad input: project files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cli_runner import run_cli

from bad_input.world import TEXT, World, case

# -- project files -----------------------------------------------------------------------


def _other_project(w: World, content: bytes | None = None, name: str = "other.annotary") -> Path:
    path = w.work / name
    if content is not None:
        path.write_bytes(content)
    return path


@case("project-emptied-beside-its-backups", says="empty")
def _(w: World) -> tuple[list[str], Path]:
    """A project truncated to 0 bytes is a lost project, not a new one, when it has backups."""
    path = _other_project(w, w.project.read_bytes())
    backed_up = run_cli("--project", str(path), "backups", "--now")
    assert backed_up.code == 0, backed_up.err
    path.write_bytes(b"")
    return w.p("articles", project=path), path


@case("project-not-sqlite", subprocess=True)
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, b"Minister said the port would reopen.\n" * 100)
    return w.p("articles", project=path), path


@case("project-foreign-sqlite")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places(url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    return w.p("import", str(w.file("a.txt", TEXT)), project=path), path


@case("project-truncated")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, w.project.read_bytes()[:8192])
    return w.p("articles", project=path), path


@case("project-newer-schema")
def _(w: World) -> tuple[list[str], Path]:
    path = _other_project(w, w.project.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    return w.p("articles", project=path), path


@case("project-is-a-folder")
def _(w: World) -> tuple[list[str], Path]:
    path = w.work / "folder.annotary"
    path.mkdir()
    return w.p("articles", project=path), path
