"""Opening a project file safely: recognise it, never touch a file that is not ours."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotary.domain.errors import ProjectError
from annotary.storage.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are opened explicitly by Store.write()."""
    target = Path(path)
    if readonly:
        conn = sqlite3.connect(
            f"{target.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(str(target), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def configure(conn: sqlite3.Connection) -> None:
    """Durability and concurrency settings for a project we own."""
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives a power cut too, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")


def inspect(path: Path) -> str:
    """Classify a file: "missing", "empty", "project", or raise ProjectError saying why not.

    Reads only: a file that is not ours is left exactly as it was.
    """
    if not path.exists():
        return "missing"
    if path.is_dir():
        raise ProjectError(f"{path} is a folder, not an Annotary project file")
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise ProjectError(f"{path} is not an Annotary project: it is not an SQLite database")
    try:
        conn = connect(path, readonly=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
            ).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path} is damaged and cannot be read ({exc})") from exc
    if app_id == APPLICATION_ID:
        return "project"
    if app_id == 0 and tables == 0:
        return "empty"
    raise ProjectError(
        f"{path} is an SQLite database but not an Annotary project; it was left untouched"
    )
