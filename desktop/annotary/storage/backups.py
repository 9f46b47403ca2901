"""Snapshots of a project beside it, checked before they count, rotated, listed and restored.

Backups of ``study.annotary`` live in the folder ``study.annotary-backups/`` next
to it, named ``study-YYYYMMDD-HHMMSS-rN-REASON.annotary`` where N is the
project's revision (its count of committed changes) when the copy was taken.

A backup is written to a hidden temporary name (``.study-PID-NANOS.partial``) that
:func:`list_backups` never lists, opened with SQLite and checked, flushed to disk,
and only then renamed into place: a listed backup is always a whole, valid project.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotary.domain.errors import AnnotaryError, ProjectError, from_os_error
from annotary.domain.messages import message
from annotary.storage import connection, failures
from annotary.storage.schema import APPLICATION_ID, SCHEMA_VERSION

KEEP = 5
DAILY_DAYS = 7
STALE_AFTER_S = 15 * 60
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)-r(?P<rev>\d+)-(?P<reason>[\w-]+)\.annotary$"
)
_PARTIAL = re.compile(r"^\..+-(?P<pid>\d+)-\d+\.partial$")


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    taken: datetime
    revision: int
    reason: str
    mtime_ns: int = 0

    @property
    def name(self) -> str:
        return self.path.name


def folder(project: Path) -> Path:
    return project.with_name(project.name + "-backups")


def list_backups(project: Path) -> list[Backup]:
    """The finished backups of a project, newest first (files vanishing meanwhile are skipped)."""
    where = folder(project)
    try:
        names = os.listdir(where)
    except OSError:
        return []
    found: list[Backup] = []
    for name in names:
        match = _NAME.match(name)
        if not match:
            continue
        path = where / name
        try:
            st = os.stat(path)
        except OSError:
            continue  # rotated away by another program
        if st.st_size == 0:
            continue
        stamp = match["stamp"][:15]
        taken = datetime.strptime(stamp, "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
        found.append(Backup(path, taken, int(match["rev"]), match["reason"], st.st_mtime_ns))
    found.sort(key=lambda b: (b.taken, b.mtime_ns, b.name), reverse=True)
    return found


def latest(project: Path) -> Path | None:
    """The newest backup that is a valid project (for hints in error messages)."""
    for item in list_backups(project):
        try:
            check(item.path)
        except AnnotaryError:
            continue
        return item.path
    return None


def revision_of(conn: sqlite3.Connection) -> int:
    try:
        row = conn.execute("SELECT value FROM project_meta WHERE key='revision'").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0]) if row else 0


# -- checking a copy ----------------------------------------------------------------------
def check(path: Path) -> int:
    """Raise ProjectError (one line) unless ``path`` is a whole, valid project we can read.

    Returns its schema version. Opens the file with SQLite as immutable: it is never
    changed and no side files are created.
    """
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        raise ProjectError(
            message("{path} cannot be read ({why})", path=path.name, why=exc.strerror or str(exc))
        ) from exc
    if size == 0:
        raise ProjectError(
            message("{path} is empty (0 bytes): it is not a usable backup", path=path.name)
        )
    try:
        with path.open("rb") as fh:  # a backup is never held by a connection
            head = fh.read(len(connection.SQLITE_MAGIC))
    except OSError as exc:
        raise ProjectError(
            message("{path} cannot be read ({why})", path=path.name, why=exc.strerror or str(exc))
        ) from exc
    if head != connection.SQLITE_MAGIC:
        raise ProjectError(
            message("{path} is not an SQLite database: it is not a backup", path=path.name)
        )
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            result = conn.execute("PRAGMA quick_check").fetchone()[0] if app_id else ""
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ProjectError(
            message("{path} is damaged or incomplete ({why})", path=path.name, why=str(exc))
        ) from exc
    if app_id != APPLICATION_ID:
        raise ProjectError(
            message("{path} is an SQLite database but not an Annotary project", path=path.name)
        )
    if result != "ok":
        raise ProjectError(
            message("{path} is damaged or incomplete ({why})", path=path.name, why=result)
        )
    if version > SCHEMA_VERSION:
        raise ProjectError(
            message(
                "{path} was written by a newer Annotary (schema {version}); "
                "this version reads up to schema {current}",
                path=path.name,
                version=version,
                current=SCHEMA_VERSION,
            )
        )
    return version


# -- taking one ---------------------------------------------------------------------------
def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_partials(where: Path, now: float | None = None) -> None:
    """Delete temporaries left by killed backups: their writer is dead, or they are old."""
    now = time.time() if now is None else now
    try:
        names = os.listdir(where)
    except OSError:
        return
    for name in names:
        match = _PARTIAL.match(name)
        if not match:
            continue
        path = where / name
        try:
            old = now - os.stat(path).st_mtime > STALE_AFTER_S
        except OSError:
            continue
        pid = int(match["pid"])
        if old or (pid != os.getpid() and not _pid_alive(pid)):
            _discard(path)


def _discard(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            os.unlink(str(path) + suffix)


def _fsync(path: Path, *, directory: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if directory else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _final_name(where: Path, stem: str, rev: int, reason: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = where / f"{stem}-{stamp}-r{rev}-{reason}.annotary"
    n = 1
    while target.exists():
        target = where / f"{stem}-{stamp}-{n}-r{rev}-{reason}.annotary"
        n += 1
    return target


def snapshot(conn: sqlite3.Connection, project: Path, reason: str) -> Path:
    """Write a checked copy of the project beside it and rotate old copies.

    Raises a one-line user error (DiskFull, ProjectError, ...) on failure and then
    leaves no file behind.
    """
    where = folder(project)
    try:
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise from_os_error(exc, str(where)) from exc
    remove_stale_partials(where)
    partial = where / f".{project.stem}-{os.getpid()}-{time.time_ns()}.partial"
    rev = revision_of(conn)
    try:
        with failures.mapped(partial):
            conn.execute("VACUUM INTO ?", (str(partial),))
        check(partial)
        _fsync(partial)
        target = _final_name(where, project.stem, rev, reason)
        os.replace(partial, target)
        _fsync(where, directory=True)
    except OSError as exc:
        _discard(partial)
        raise from_os_error(exc, str(partial)) from exc
    except BaseException:
        _discard(partial)
        raise
    rotate(project)
    return target


def keep_set(items: list[Backup], now: datetime | None = None) -> set[Path]:
    """The backups retention keeps: the newest 5, the newest of each of the last 7 days,
    and the newest taken before a schema migration."""
    now = datetime.now(UTC) if now is None else now
    kept = {b.path for b in items[:KEEP]}
    days: set[object] = set()
    for b in items:
        if now - b.taken <= timedelta(days=DAILY_DAYS) and b.taken.date() not in days:
            days.add(b.taken.date())
            kept.add(b.path)
    migration = next((b for b in items if b.reason.startswith("before-migration")), None)
    if migration is not None:
        kept.add(migration.path)
    return kept


def rotate(project: Path) -> None:
    """Delete backups beyond retention; never fails (another program may rotate too)."""
    items = list_backups(project)
    kept = keep_set(items)
    for item in items:
        if item.path not in kept:
            with contextlib.suppress(OSError):
                item.path.unlink(missing_ok=True)


def is_due(project: Path, revision: int, interval_s: float, now: float | None = None) -> bool:
    """A periodic backup is due when the project changed since the newest backup and that
    backup is at least ``interval_s`` old."""
    if revision == 0:
        return False
    items = list_backups(project)
    if not items:
        return True
    newest = items[0]
    if newest.revision == revision:
        return False
    now = time.time() if now is None else now
    return now - newest.taken.timestamp() >= interval_s
