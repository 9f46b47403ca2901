"""Restoring a backup into the live project file, as one ordinary SQLite write.

The backup's content is copied INTO the project with SQLite's online backup API, so
programs that have the project open (the window) see a change like any other; the
file is never replaced and its ``-wal``/``-shm`` are never deleted under them. The
current state is kept as a "before-restore" backup first; if that fails, nothing is
restored. Only a project too damaged to be opened is replaced as a file, after a raw
copy of it was set aside.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from annotary.domain.errors import ProjectError, from_os_error
from annotary.domain.messages import message
from annotary.storage import backups, connection, failures, migrations

RESTORED_KEY = "restored"


def restore(
    project: Path, backup: Path, *, busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS
) -> Path | None:
    """Restore ``backup`` into ``project``; returns the copy kept of the previous state.

    Raises a one-line user error, leaving the project as it was, when the backup is
    not a valid project, the project is read-only, or the previous state cannot be kept.
    """
    if not backup.is_file():
        raise ProjectError(message("no backup named {name}", name=backup.name))
    backups.check(backup)
    try:
        state = connection.inspect(project)
    except ProjectError:
        if not project.is_file():
            raise
        state = "damaged"
    if state == "missing" or state == "empty":
        if not connection.writable(project if state == "empty" else project.parent):
            raise failures.read_only(project)
        conn = connection.connect(project, busy_timeout_ms=busy_timeout_ms)
        try:
            _copy_into(backup, conn, project)
        finally:
            connection.release(conn)
        return None
    if state == "project":
        conn, mode = connection.open_existing(project, busy_timeout_ms=busy_timeout_ms)
        try:
            if mode == "full":
                raise failures.disk_full(project)
            if mode == "ro":
                raise failures.read_only(project)
            with failures.mapped(project):
                healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            if healthy:
                kept = backups.snapshot(conn, project, reason="before-restore")
                _copy_into(backup, conn, project)
                return kept
        finally:
            connection.release(conn)
    return _replace_damaged(project, backup)


def _copy_into(backup: Path, dst: sqlite3.Connection, project: Path) -> None:
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?immutable=1", uri=True)
    try:
        with failures.mapped(project):
            src.backup(dst)
    finally:
        src.close()
    with failures.mapped(project):
        migrations.migrate(dst)
        _mark_restored(dst, backup)


def _mark_restored(conn: sqlite3.Connection, backup: Path) -> None:
    value = f"{backup.name} at {datetime.now(UTC).isoformat()} ({time.time_ns()})"
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "INSERT INTO project_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (RESTORED_KEY, value),
        )
        conn.execute(
            "UPDATE project_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _replace_damaged(project: Path, backup: Path) -> Path:
    """A project SQLite cannot use: set a raw copy aside, then put the backup in its place."""
    if connection.holds(project):
        raise ProjectError(
            message("{path} is open in this program; close it before restoring", path=project)
        )
    where = backups.folder(project)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    aside = where / f"{project.stem}-{stamp}-damaged.annotary.damaged"
    fresh = project.with_name(f".{project.name}.restore-{os.getpid()}")
    try:
        where.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(project, aside)
        wal = Path(str(project) + "-wal")
        if wal.exists():
            shutil.copyfile(wal, str(aside) + "-wal")
        shutil.copyfile(backup, fresh)
        with open(fresh, "rb+") as fh:
            os.fsync(fh.fileno())
    except OSError as exc:
        for leftover in (aside, Path(str(aside) + "-wal"), fresh):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise from_os_error(exc) from exc
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(project) + suffix)
    os.replace(fresh, project)
    conn = connection.connect(project, create=False)
    try:
        with failures.mapped(project):
            migrations.migrate(conn)
            _mark_restored(conn, backup)
    finally:
        connection.release(conn)
    return aside
