"""SQLite's failures as one-line user errors: full disk, busy, read-only, disk error, damage.

One table for every layer that talks to SQLite (writes, reads, opening, backups), so a
full disk is always reported as a full disk and never as a damaged project.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from annotary.domain.errors import (
    AnnotaryError,
    DiskFull,
    ProjectBusy,
    ProjectError,
    ProjectReadOnly,
)
from annotary.domain.messages import message

# Primary result codes (https://sqlite.org/rescode.html).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_IOERR_SHMSIZE = SQLITE_IOERR | (19 << 8)

DAMAGE = (SQLITE_CORRUPT, SQLITE_NOTADB)


def primary(exc: sqlite3.Error) -> int:
    code = getattr(exc, "sqlite_errorcode", None)
    return -1 if code is None else int(code) & 0xFF


def is_damage(exc: sqlite3.Error) -> bool:
    return primary(exc) in DAMAGE


def disk_full(path: Path | str) -> DiskFull:
    return DiskFull(
        message(
            "{path}: the disk is full; nothing was changed (free some space and retry)", path=path
        )
    )


def read_only(path: Path | str) -> ProjectReadOnly:
    return ProjectReadOnly(message("{path} is read-only: changes cannot be saved", path=path))


def translate(exc: sqlite3.Error, path: Path | str) -> AnnotaryError | None:
    """The user error for a failure of the disk or of sharing, or None for anything else."""
    code = primary(exc)
    if code == SQLITE_FULL:
        return disk_full(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return ProjectBusy(
            message(
                "{path}: the project is busy with a change by another program; "
                "nothing was changed, try again",
                path=path,
            )
        )
    if code == SQLITE_READONLY:
        return read_only(path)
    if code == SQLITE_IOERR:
        return ProjectError(
            message(
                "{path}: the disk reported an error ({why}); nothing was changed, "
                "check the disk and try again",
                path=path,
                why=str(exc),
            )
        )
    if code == SQLITE_CANTOPEN:
        return ProjectError(message("{path} cannot be opened ({why})", path=path, why=str(exc)))
    if code in DAMAGE:
        return ProjectError(
            message("{path} is damaged and cannot be used ({why})", path=path, why=str(exc))
        )
    return None


@contextlib.contextmanager
def mapped(path: Path | str) -> Iterator[None]:
    """Re-raise SQLite's disk and sharing failures as the user errors above."""
    try:
        yield
    except sqlite3.Error as exc:
        error = translate(exc, path)
        if error is None:
            raise
        raise error from exc
