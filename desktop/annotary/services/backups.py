"""Backups of a project: periodic ones for the window, on demand, listing and restoring."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from annotary.domain.errors import (
    AnnotaryError,
    NotFoundError,
    ProjectError,
    ProjectReadOnly,
    from_os_error,
)
from annotary.domain.messages import message
from annotary.storage import backups, connection, failures, restoring
from annotary.storage.backups import Backup

log = logging.getLogger(__name__)

__all__ = ["Backup", "backup_if_due", "backup_now", "list_backups", "restore"]


def list_backups(project_path: Path | str) -> list[Backup]:
    return backups.list_backups(Path(project_path))


def _open(project_path: Path) -> sqlite3.Connection:
    if connection.inspect(project_path) != "project":
        raise ProjectError(
            message("{path} is not a project with anything to back up", path=project_path)
        )
    conn, mode = connection.open_existing(project_path)
    if mode != "rw":
        connection.release(conn)
        if mode == "full":
            raise failures.disk_full(project_path)
        raise failures.read_only(project_path)
    return conn


def backup_now(project_path: Path | str, reason: str = "manual") -> Path:
    """Take a backup now (``annotary backups --now``); raises a one-line user error."""
    project_path = Path(project_path)
    conn = _open(project_path)
    try:
        with failures.mapped(project_path):
            return backups.snapshot(conn, project_path, reason=reason)
    finally:
        connection.release(conn)


def backup_if_due(project_path: Path | str, *, interval_s: float = 3600.0) -> Path | None:
    """A periodic backup, if the project changed since the newest backup and that one is
    at least ``interval_s`` old. For a background thread: opens its own connection and
    never raises (returns None, logging why, when no backup was taken)."""
    project_path = Path(project_path)
    try:
        conn = _open(project_path)
    except ProjectReadOnly:
        return None  # nothing can change, so nothing needs keeping
    except (AnnotaryError, sqlite3.Error, OSError) as exc:
        log.warning("no backup of %s: %s", project_path, exc)
        return None
    try:
        with failures.mapped(project_path):
            rev = backups.revision_of(conn)
            if not backups.is_due(project_path, rev, interval_s):
                return None
            return backups.snapshot(conn, project_path, reason="periodic")
    except (AnnotaryError, sqlite3.Error, OSError) as exc:
        log.warning("no backup of %s: %s", project_path, exc)
        return None
    finally:
        connection.release(conn)


def restore(project_path: Path | str, name: str) -> tuple[Backup, Path | None]:
    """Restore the backup named ``name`` (or the newest whose name starts with it).

    Returns the backup and the copy kept of the previous state. A file in the backups
    folder that is not listed (an empty one, say) is refused with its reason.
    """
    project_path = Path(project_path)
    items = backups.list_backups(project_path)
    match = [b for b in items if b.name == name] or [b for b in items if b.name.startswith(name)]
    if not match:
        unlisted = backups.folder(project_path) / Path(name).name
        if not unlisted.is_file():
            raise NotFoundError(
                message("no backup named {name}; see 'annotary backups'", name=repr(name))
            )
        backups.check(unlisted)  # raises, saying why it is not a backup
        raise NotFoundError(message("{name} is not one of the project's backups", name=name))
    try:
        kept = restoring.restore(project_path, match[0].path)
    except OSError as exc:
        raise from_os_error(exc, str(project_path)) from exc
    return match[0], kept
