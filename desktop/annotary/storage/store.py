"""The open project: one SQLite connection, write transactions, undo records.

Every user action runs in exactly one ``with store.write() as tx:`` block, which
opens ``BEGIN IMMEDIATE`` (so two programs writing the same project wait for
each other instead of failing with "database is locked"), commits at the end,
and rolls everything back if anything inside raises.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlite_utils

from annotary.domain.errors import ProjectError
from annotary.storage import backups, connection, history, migrations


@dataclass(slots=True)
class Transaction:
    """Handle of a running write; after the block, ``inverse`` undoes it."""

    inverse: history.Inverse = field(default_factory=lambda: history.Inverse(()))
    touched_articles: set[int] = field(default_factory=set)


class Store:
    """A project file opened for reading and writing."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._lock = threading.RLock()
        self._depth = 0

    # -- transactions -----------------------------------------------------------------
    @contextmanager
    def write(self) -> Iterator[Transaction]:
        """One atomic write. Nested blocks join the outer transaction."""
        with self._lock:
            tx = Transaction()
            if self._depth:
                self._depth += 1
                try:
                    yield tx
                finally:
                    self._depth -= 1
                return
            self.conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                start = history.mark(self.conn)
                yield tx
                self.conn.execute(
                    "UPDATE project_meta SET value = CAST(value AS INTEGER) + 1 "
                    "WHERE key = 'revision'"
                )
                tx.inverse = history.collect(self.conn, start)
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            finally:
                self._depth = 0

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self.conn.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def iterate(
        self, sql: str, params: tuple[Any, ...] = (), batch: int = 500
    ) -> Iterator[sqlite3.Row]:
        """Stream rows in batches (for exports of large projects)."""
        cur = self.conn.cursor()
        cur.row_factory = sqlite3.Row
        cur.execute(sql, params)
        while rows := cur.fetchmany(batch):
            yield from rows

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            raise RuntimeError("writes must run inside Store.write()")
        return self.conn.execute(sql, params)

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

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("PRAGMA optimize")
            self.conn.close()


def open_store(path: Path | str, *, create: bool = True, backup_on_open: bool = True) -> Store:
    """Open (or create) a project, migrating it forward and keeping a backup first.

    Raises ProjectError for a file that is not a project, is damaged, or was
    written by a newer Annotary; the file is then left untouched.
    """
    target = Path(path).expanduser()
    state = connection.inspect(target)
    if state == "missing" and not create:
        raise ProjectError(f"{target} does not exist")
    if state == "missing":
        target.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connection.connect(target)
    except sqlite3.Error as exc:
        raise ProjectError(f"{target} cannot be opened ({exc})") from exc
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if state == "project":
            _check_readable(conn, target)
        if version > migrations.current_version():
            raise ProjectError(
                f"{target} was written by a newer Annotary (schema {version}); "
                f"this version reads up to schema {migrations.current_version()}"
            )
        connection.configure(conn)
        if state == "project" and version < migrations.current_version():
            backups.snapshot(conn, target, reason=f"before-migration-v{version}")
        migrations.migrate(conn)
        history.install(conn)
        store = Store(target, conn)
        if state == "project" and backup_on_open:
            backups.snapshot_if_changed(store)
        return store
    except sqlite3.DatabaseError as exc:
        conn.close()
        hint = backups.latest(target)
        more = f"; the latest backup is {hint}" if hint else ""
        raise ProjectError(f"{target} is damaged and cannot be used ({exc}){more}") from exc
    except BaseException:
        conn.close()
        raise


def _check_readable(conn: sqlite3.Connection, target: Path) -> None:
    result = conn.execute("PRAGMA quick_check").fetchone()[0]
    if result != "ok":
        hint = backups.latest(target)
        more = (
            f"; restore the latest backup with 'annotary backups --restore {hint.name}'"
            if hint
            else ""
        )
        raise ProjectError(f"{target} is damaged ({result}){more}")
