"""Undo and redo for every change, recorded by temporary triggers.

Each connection installs TEMP triggers on the undoable tables. While a write
transaction runs, every inserted, updated or deleted row appends to a TEMP log
the SQL statement that reverses it. A finished transaction hands its
statements back as an :class:`Inverse`; applying an inverse (in one
transaction, newest statement first) records the statements that redo it.
The temp objects live only in this connection: the project file never sees
them, and other programs writing the same file are unaffected.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from annotary.storage.schema import UNDOABLE_TABLES


@dataclass(frozen=True, slots=True)
class Inverse:
    """The statements that undo one transaction, oldest first."""

    statements: tuple[tuple[str, str], ...]  # (table, sql)

    @property
    def tables(self) -> set[str]:
        return {table for table, _ in self.statements}

    def __bool__(self) -> bool:
        return bool(self.statements)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def install(conn: sqlite3.Connection) -> None:
    """Create the temp log and the triggers for every undoable table that exists."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log ("
        "seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, stmt TEXT NOT NULL)"
    )
    existing = {
        row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
    }
    for table in UNDOABLE_TABLES:
        if table not in existing:
            continue
        cols = _columns(conn, table)
        col_list = ", ".join(f'"{c}"' for c in cols)
        values = "||','||".join(f'quote(old."{c}")' for c in cols)
        sets = "||','||".join(f'\'"{c}"=\'||quote(old."{c}")' for c in cols)
        conn.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_insert")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_update")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.undo_{table}_delete")
        conn.execute(
            f"CREATE TEMP TRIGGER undo_{table}_insert AFTER INSERT ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, stmt) VALUES ('{table}', "
            f"'DELETE FROM {table} WHERE rowid='||new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER undo_{table}_update AFTER UPDATE ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, stmt) VALUES ('{table}', "
            f"'UPDATE {table} SET '||{sets}||' WHERE rowid='||old.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER undo_{table}_delete BEFORE DELETE ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, stmt) VALUES ('{table}', "
            f"'INSERT INTO {table}(rowid, {col_list}) VALUES('||old.rowid||','||{values}||')'); END"
        )


def mark(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM undo_log").fetchone()
    return int(row[0])


def collect(conn: sqlite3.Connection, since: int) -> Inverse:
    rows = conn.execute(
        "SELECT tbl, stmt FROM undo_log WHERE seq > ? ORDER BY seq", (since,)
    ).fetchall()
    conn.execute("DELETE FROM undo_log WHERE seq > ?", (since,))
    return Inverse(tuple((str(t), str(s)) for t, s in rows))


def replay(conn: sqlite3.Connection, inverse: Inverse) -> None:
    """Run an inverse inside the caller's transaction, newest statement first."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for _table, stmt in reversed(inverse.statements):
        conn.execute(stmt)
