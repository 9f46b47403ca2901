"""Snapshots of a project beside it (``VACUUM INTO``), rotated, listed and restored.

Backups of ``study.annotary`` live in the folder ``study.annotary-backups/`` next
to it, named ``study-YYYYMMDD-HHMMSS-rN-REASON.annotary`` where N is the
project's revision (its count of committed changes) when the copy was taken.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from annotary.domain.errors import ProjectError

if TYPE_CHECKING:
    from annotary.storage.store import Store

KEEP = 5
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-r(?P<rev>\d+)-(?P<reason>[\w-]+)\.annotary$"
)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime
    revision: int
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


def folder(project: Path) -> Path:
    return project.with_name(project.name + "-backups")


def list_backups(project: Path) -> list[Backup]:
    """The backups of a project, newest first."""
    where = folder(project)
    if not where.is_dir():
        return []
    found: list[Backup] = []
    for path in where.glob("*.annotary"):
        match = _NAME.match(path.name)
        if not match:
            continue
        stamp = match["stamp"][:15]
        taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append(Backup(path, taken, int(match["rev"]), match["reason"]))
    found.sort(key=lambda b: (b.taken, b.path.stat().st_mtime_ns), reverse=True)
    return found


def latest(project: Path) -> Path | None:
    items = list_backups(project)
    return items[0].path if items else None


def _revision(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM project_meta WHERE key='revision'").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row else 0


def snapshot(conn: sqlite3.Connection, project: Path, reason: str) -> Path:
    """Write a consistent copy of the project beside it and rotate old copies."""
    where = folder(project)
    where.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    rev = _revision(conn)
    target = where / f"{project.stem}-{stamp}-r{rev}-{reason}.annotary"
    n = 1
    while target.exists():
        target = where / f"{project.stem}-{stamp}-{n}-r{rev}-{reason}.annotary"
        n += 1
    conn.execute("VACUUM INTO ?", (str(target),))
    rotate(project)
    return target


def rotate(project: Path, keep: int = KEEP) -> None:
    for old in list_backups(project)[keep:]:
        old.path.unlink(missing_ok=True)


def snapshot_if_changed(store: Store) -> Path | None:
    """On opening: keep a copy if the project changed since its latest backup."""
    rev = store.revision()
    items = list_backups(store.path)
    if rev == 0 or (items and items[0].revision == rev):
        return None
    return snapshot(store.conn, store.path, reason="on-open")


def restore(project: Path, backup: Path) -> Path | None:
    """Replace the project by a backup. The current file is kept as a backup first
    when it is readable; returns that copy's path (or None if it was damaged)."""
    from annotary.storage import connection

    if not backup.is_file():
        raise ProjectError(f"no backup named {backup.name}")
    connection.inspect(backup)  # raises if the backup is not a project
    kept: Path | None = None
    if project.exists():
        try:
            conn = connection.connect(project)
            try:
                if conn.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    kept = snapshot(conn, project, reason="before-restore")
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            kept = None
    tmp = project.with_name(project.name + f".restore-{int(time.time())}")
    shutil.copyfile(backup, tmp)
    for suffix in ("-wal", "-shm"):
        Path(str(project) + suffix).unlink(missing_ok=True)
    tmp.replace(project)
    return kept
