"""The open project: one SQLite connection, write transactions, undo records.

Every user action runs in exactly one ``with store.write() as tx:`` block, which
opens ``BEGIN IMMEDIATE`` (so two programs writing the same project wait for
each other instead of failing with "database is locked"), commits at the end,
and rolls everything back if anything inside raises.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotary.domain.errors import AnnotaryError, DiskFull, ProjectError, ProjectReadOnly
from annotary.domain.messages import message
from annotary.storage import backups, connection, failures, history, migrations

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Transaction:
    """Handle of a running write; after the block, ``inverse`` undoes it."""

    inverse: history.Inverse = field(default_factory=lambda: history.Inverse(()))
    touched_articles: set[int] = field(default_factory=set)


class Store:
    """A project file opened for reading and (unless ``readonly``) writing."""

    def __init__(self, path: Path, conn: sqlite3.Connection, mode: connection.Mode = "rw") -> None:
        self.path = path
        self.conn = conn
        self.mode = mode
        self._db: sqlite_utils.Database | None = None
        self._lock = threading.RLock()
        self._depth = 0

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, made on first use: the window can
        show a project without importing it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def readonly(self) -> bool:
        """True when changes cannot be saved (read-only file or folder, or a full disk)."""
        return self.mode != "rw"

    def _refuse_write(self) -> None:
        if self.mode == "full":
            raise failures.disk_full(self.path)
        raise failures.read_only(self.path)

    # -- transactions -----------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One atomic write. Nested blocks join the outer transaction.

        SQLite's disk and sharing failures leave as DiskFull, ProjectBusy,
        ProjectReadOnly or ProjectError, with everything rolled back.
        """
        if self.readonly:
            self._refuse_write()
        with self._lock:
            tx = Transaction()
            if self._depth:
                self._depth += 1
                try:
                    yield tx
                finally:
                    self._depth -= 1
                return
            try:
                with failures.mapped(self.path):
                    self.conn.execute("BEGIN IMMEDIATE")
                self._depth = 1
                start = history.mark(self.conn)
                yield tx
                with failures.mapped(self.path):
                    self.conn.execute(
                        "UPDATE project_meta SET value = CAST(value AS INTEGER) + 1 "
                        "WHERE key = 'revision'"
                    )
                    tx.inverse = history.collect(self.conn, start)
                    self.conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                error = failures.translate(exc, self.path)
                if error is None:
                    raise
                raise error from exc
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock, failures.mapped(self.path):
            cur = self.conn.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def iterate(
        self, sql: str, params: tuple[Any, ...] = (), batch: int = 500
    ) -> Iterator[sqlite3.Row]:
        """Stream rows in batches (for exports of large projects)."""
        with failures.mapped(self.path):
            cur = self.conn.cursor()
            cur.row_factory = sqlite3.Row
            cur.execute(sql, params)
            while rows := cur.fetchmany(batch):
                yield from rows

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            raise RuntimeError("writes must run inside Store.write()")
        return self.conn.execute(sql, params)

    def data_version(self) -> int:
        """Changes whenever another connection (another program, or a worker thread of
        ours) commits to the file; this connection's own commits leave it as it was."""
        with self._lock, failures.mapped(self.path):
            return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def set_busy_timeout(self, ms: int) -> None:
        """How long a statement waits for another program's lock before ProjectBusy."""
        with self._lock, failures.mapped(self.path):
            self.conn.execute(f"PRAGMA busy_timeout = {int(ms)}")

    def revision(self) -> int:
        row = self.conn.execute("SELECT value FROM project_meta WHERE key = 'revision'").fetchone()
        return int(row[0]) if row else 0

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM project_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]

    def set_meta(self, key: str, value: str) -> None:
        self.execute(
            "INSERT INTO project_meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def record_ids(self) -> set[str]:
        """Ids of every article, speaker and theme (for validating references)."""
        rows = self.conn.execute(
            "SELECT id FROM articles UNION ALL SELECT id FROM speakers "
            "UNION ALL SELECT id FROM themes"
        )
        return {r[0] for r in rows}

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def interrupt(self) -> None:
        """Abandon the statement this connection is running, from any thread: it raises
        ``sqlite3.OperationalError`` ("interrupted") where it runs. A read has nothing to
        undo; a write's transaction rolls back."""
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile
            self.conn.interrupt()

    def close(self) -> None:
        with self._lock:
            # A connection that only read (a worker's query) leaves the file untouched:
            # the statistics PRAGMA optimize may write are a commit other connections see.
            with contextlib.suppress(sqlite3.Error):  # closed twice: nothing to tidy
                if not self.readonly and self.conn.total_changes:
                    self.conn.execute("PRAGMA optimize")
            connection.release(self.conn)


def open_store(
    path: Path | str,
    *,
    create: bool = True,
    backup_on_open: bool = False,
    busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS,
) -> Store:
    """Open (or create) a project, migrating it forward after keeping a backup.

    Raises a one-line user error for a file that is not a project, is damaged, was
    written by a newer Annotary, or is read-only and needs an upgrade; the file is
    then left untouched. A read-only project (or one on a full disk) opens for
    reading. ``backup_on_open`` takes a periodic backup if one is due (never fails).
    """
    target = Path(path).expanduser()
    try:
        state = connection.inspect(target)
    except connection.DamagedProject as exc:
        # A damaged schema (it can span more than the first page) is found here.
        hint = backups.latest(target)
        if hint is None:
            raise
        raise ProjectError(
            message(
                "{error}; restore the latest backup with 'annotary backups --restore {name}'",
                error=exc.message,
                name=hint.name,
            )
        ) from exc
    if state == "missing" and not create:
        raise ProjectError(message("{path} does not exist", path=target))
    if state == "empty":
        _refuse_emptied(target)
    if state == "missing" and target.parent.is_dir() and not os.access(target.parent, os.W_OK):
        raise ProjectReadOnly(
            message("{path} cannot be created: its folder is read-only", path=target)
        )
    try:
        if state == "missing":
            target.parent.mkdir(parents=True, exist_ok=True)
            conn = connection.connect(target, busy_timeout_ms=busy_timeout_ms)
            mode: connection.Mode = "rw"
        else:
            conn, mode = connection.open_existing(target, busy_timeout_ms=busy_timeout_ms)
    except OSError as exc:
        if state == "missing" and not connection.writable(target.parent):
            raise ProjectReadOnly(
                message("{path} cannot be created: its folder is read-only", path=target)
            ) from exc
        raise ProjectError(
            message("{path} cannot be opened ({why})", path=target, why=exc.strerror or str(exc))
        ) from exc
    except sqlite3.Error as exc:
        raise _open_failure(exc, target) from exc
    try:
        store = _prepare(conn, target, state, mode)
    except sqlite3.Error as exc:
        connection.release(conn)
        raise _open_failure(exc, target) from exc
    except BaseException:
        connection.release(conn)
        raise
    if backup_on_open and state == "project" and not store.readonly:
        take_if_due(store)
    return store


def open_sibling_store(
    path: Path | str, *, busy_timeout_ms: int = connection.BUSY_TIMEOUT_MS
) -> Store:
    """Another connection to a project this process already has open (a worker thread's).

    The file was recognised, checked and migrated when the first connection opened
    it, so this skips the integrity check, migrations and backups; everything else
    holds as for :func:`open_store` (the lock registry, WAL and synchronous FULL,
    foreign keys, busy timeout, read-only and full-disk modes, failures as one-line
    user errors). A file no connection of ours holds, or whose schema is not this
    version's, gets the full :func:`open_store` instead.
    """
    target = Path(path).expanduser()
    if not connection.holds(target):
        return open_store(target, create=False, busy_timeout_ms=busy_timeout_ms)
    try:
        conn, mode = connection.open_existing(target, busy_timeout_ms=busy_timeout_ms)
    except OSError as exc:
        raise ProjectError(
            message("{path} cannot be opened ({why})", path=target, why=exc.strerror or str(exc))
        ) from exc
    except sqlite3.Error as exc:
        raise _open_failure(exc, target) from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != migrations.current_version():
            connection.release(conn)
            return open_store(target, create=False, busy_timeout_ms=busy_timeout_ms)
        if mode == "rw":
            connection.configure(conn)
        history.install(conn)
        return Store(target, conn, mode)
    except sqlite3.Error as exc:
        connection.release(conn)
        raise _open_failure(exc, target) from exc
    except BaseException:
        connection.release(conn)
        raise


def _prepare(conn: sqlite3.Connection, target: Path, state: str, mode: connection.Mode) -> Store:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if state == "project":
        _check_readable(conn, target)
    if version > migrations.current_version():
        raise ProjectError(
            message(
                "{path} was written by a newer Annotary (schema {version}); "
                "this version reads up to schema {current}",
                path=target,
                version=version,
                current=migrations.current_version(),
            )
        )
    if mode != "rw":
        if version < migrations.current_version() and mode == "full":
            raise DiskFull(
                message(
                    "{path} needs an upgrade to schema {current}, but the "
                    "disk is full; nothing was changed (free some space and retry)",
                    path=target,
                    current=migrations.current_version(),
                )
            )
        if version < migrations.current_version():
            raise ProjectReadOnly(
                message(
                    "{path} is read-only and uses an older format (schema {version}): "
                    "it must be made writable to be upgraded",
                    path=target,
                    version=version,
                )
            )
        history.install(conn)
        return Store(target, conn, mode)
    connection.configure(conn)
    if state == "project" and version < migrations.current_version():
        try:
            backups.snapshot(conn, target, reason=f"before-migration-v{version}")
        except AnnotaryError as exc:
            kind = DiskFull if isinstance(exc, DiskFull) else ProjectError
            raise kind(
                message(
                    "{path} needs an upgrade to schema {current}, but no "
                    "backup could be kept first, so nothing was changed: {why}",
                    path=target,
                    current=migrations.current_version(),
                    why=exc.message,
                )
            ) from exc
    migrations.migrate(conn)
    history.install(conn)
    return Store(target, conn, mode)


def take_if_due(store: Store, interval_s: float = 3600.0) -> Path | None:
    """A periodic backup if one is due; failures are logged, never raised."""
    try:
        if not backups.is_due(store.path, store.revision(), interval_s):
            return None
        with store._lock:
            return backups.snapshot(store.conn, store.path, reason="periodic")
    except (AnnotaryError, sqlite3.Error, OSError) as exc:
        log.warning("no backup of %s was taken: %s", store.path, exc)
        return None


def _refuse_emptied(target: Path) -> None:
    """A 0-byte file beside backups is a lost project, not a new one: say so."""
    try:
        size = target.stat().st_size
    except OSError:
        return
    if size == 0 and backups.list_backups(target):
        raise ProjectError(
            message(
                "{path} is empty (0 bytes) but has backups; restore one with "
                "'annotary backups --restore NAME' (see 'annotary backups')",
                path=target,
            )
        )


def _open_failure(exc: sqlite3.Error, target: Path) -> AnnotaryError:
    error = failures.translate(exc, target)
    if error is not None and not failures.is_damage(exc):
        return error
    hint = backups.latest(target)
    if hint is None:
        return ProjectError(
            message("{path} is damaged and cannot be used ({why})", path=target, why=str(exc))
        )
    return ProjectError(
        message(
            "{path} is damaged and cannot be used ({why}); the latest backup is {name}",
            path=target,
            why=str(exc),
            name=hint.name,
        )
    )


def _check_readable(conn: sqlite3.Connection, target: Path) -> None:
    result = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    if result != "ok":
        result = result.replace("*** in database main ***", "").strip().splitlines()[0]
        hint = backups.latest(target)
        if hint is None:
            raise ProjectError(message("{path} is damaged ({why})", path=target, why=result))
        raise ProjectError(
            message(
                "{path} is damaged ({why}); restore the latest backup with "
                "'annotary backups --restore {name}'",
                path=target,
                why=result,
                name=hint.name,
            )
        )
