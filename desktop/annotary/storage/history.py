"""Undo and redo for every change, recorded by temporary triggers.

Each connection installs TEMP triggers on the undoable tables. While a write
transaction runs, every inserted, updated or deleted row appends to a TEMP log
the SQL statement that reverses it. A finished transaction hands its
statements back as an :class:`Inverse`; applying an inverse (in one
transaction, newest statement first) records the statements that redo it.
The temp objects live only in this connection: the project file never sees
them, and other programs writing the same file are unaffected.

Other programs (the command line, a worker thread's connection) may change the
same rows between an action and its undo. So an inverse also carries, for each
row it touches, a digest of that row as the action left it; :func:`replay`
first checks that every such row is still exactly so, and afterwards that the
replay changed no other row (a cascade into another program's records), and
raises :class:`~annotary.domain.errors.UndoConflict` otherwise. The caller's
transaction then rolls back: nothing changes. One change is no conflict: a
deleted row whose row id another program's new record took goes back under a
fresh row id.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from annotary.domain.errors import UndoConflict
from annotary.domain.messages import message
from annotary.storage.schema import UNDOABLE_TABLES

Row = tuple[str, int]  # (table, rowid)


@dataclass(frozen=True, slots=True)
class Inverse:
    """The statements that undo one transaction, oldest first, and the rows they touch.

    ``expected`` holds, for every row the statements touch, a digest of the row as
    the transaction left it (None: the row did not exist afterwards).
    """

    statements: tuple[tuple[str, str], ...]  # (table, sql)
    expected: tuple[tuple[str, int, str | None], ...] = ()  # (table, rowid, digest)

    @property
    def tables(self) -> set[str]:
        return {table for table, _ in self.statements}

    @property
    def rows(self) -> set[Row]:
        return {(table, rowid) for table, rowid, _ in self.expected}

    def __bool__(self) -> bool:
        return bool(self.statements)


def combine(inverses: Iterable[Inverse]) -> Inverse:
    """Several transactions' inverses as one (undone newest first); a row's latest
    state is the one expected."""
    statements: list[tuple[str, str]] = []
    expected: dict[Row, str | None] = {}
    for inv in inverses:
        statements.extend(inv.statements)
        for table, rowid, digest in inv.expected:
            expected[(table, rowid)] = digest
    return Inverse(tuple(statements), tuple((t, r, d) for (t, r), d in expected.items()))


def _digest(conn: sqlite3.Connection, table: str, rowid: int) -> str | None:
    """A digest of the row's every value, or None when there is no such row."""
    row = conn.execute(f"SELECT * FROM main.{table} WHERE rowid = ?", (rowid,)).fetchone()
    if row is None:
        return None
    text = repr(tuple(row)).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(text, digest_size=16).hexdigest()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def install(conn: sqlite3.Connection) -> None:
    """Create the temp log and the triggers for every undoable table that exists."""
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log ("
        "seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, rid INTEGER NOT NULL, "
        "stmt TEXT NOT NULL)"
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
            f"INSERT INTO undo_log(tbl, rid, stmt) VALUES ('{table}', new.rowid, "
            f"'DELETE FROM {table} WHERE rowid='||new.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER undo_{table}_update AFTER UPDATE ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, rid, stmt) VALUES ('{table}', old.rowid, "
            f"'UPDATE {table} SET '||{sets}||' WHERE rowid='||old.rowid); END"
        )
        conn.execute(
            f"CREATE TEMP TRIGGER undo_{table}_delete BEFORE DELETE ON main.{table} BEGIN "
            f"INSERT INTO undo_log(tbl, rid, stmt) VALUES ('{table}', old.rowid, "
            f"'INSERT INTO {table}(rowid, {col_list}) VALUES('||old.rowid||','||{values}||')'); END"
        )


def mark(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT coalesce(max(seq), 0) FROM undo_log").fetchone()
    return int(row[0])


def collect(conn: sqlite3.Connection, since: int) -> Inverse:
    """The inverse of what was logged after ``since``, with each touched row's digest.

    Runs inside the transaction, before it commits, so the digests are the rows
    exactly as this transaction leaves them.
    """
    rows = conn.execute(
        "SELECT tbl, rid, stmt FROM undo_log WHERE seq > ? ORDER BY seq", (since,)
    ).fetchall()
    conn.execute("DELETE FROM undo_log WHERE seq > ?", (since,))
    touched = dict.fromkeys((str(t), int(r)) for t, r, _ in rows)
    expected = tuple((t, r, _digest(conn, t, r)) for t, r in touched)
    return Inverse(tuple((str(t), str(s)) for t, _, s in rows), expected)


def replay(conn: sqlite3.Connection, inverse: Inverse) -> set[Row]:
    """Run an inverse inside the caller's transaction, newest statement first.

    Returns the rows it changed. Raises UndoConflict, before changing anything,
    if another connection changed or removed one of the inverse's rows since, and
    after the statements if they changed a row the inverse does not own (a cascade
    into records another program made since); the caller's transaction must then
    roll back (as it must on the IntegrityError of putting back a record another
    program made again).

    A row the action deleted goes back where it was, unless another program's new
    record has taken its row id since (SQLite gives a new row the id after the
    largest, which a delete frees): then it goes back under a fresh row id. Records
    refer to each other by their ``id``, never by row id, so nothing else moves.
    """
    moved = _moved_rows(conn, inverse)
    start = mark(conn)
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for table, stmt in reversed(inverse.statements):
        conn.execute(_renumbered(stmt, table, moved))
    changed = {
        (str(t), int(r))
        for t, r in conn.execute("SELECT DISTINCT tbl, rid FROM undo_log WHERE seq > ?", (start,))
    }
    owned = inverse.rows | {(table, new) for (table, _old), new in moved.items()}
    if inverse.expected and not changed <= owned:
        raise UndoConflict(message("another program has changed those records since"))
    return changed


def _moved_rows(conn: sqlite3.Connection, inverse: Inverse) -> dict[Row, int]:
    """The fresh row id of each row the inverse puts back whose row id another program's
    new record has taken; UndoConflict if any other row is not as the action left it."""
    moved: dict[Row, int] = {}
    for table, rowid, digest in inverse.expected:
        if _digest(conn, table, rowid) == digest:
            continue
        if digest is not None:
            raise UndoConflict(message("another program has changed those records since"))
        moved[(table, rowid)] = 0  # taken: a fresh row id below
    following: dict[str, int] = {}
    for table, rowid in moved:
        if table not in following:
            # beyond every row id in the table and every one the inverse will use
            used = [r for t, r, _ in inverse.expected if t == table]
            row = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM main.{table}").fetchone()
            following[table] = max([int(row[0]), *used]) + 1
        moved[(table, rowid)] = following[table]
        following[table] += 1
    return moved


def _renumbered(stmt: str, table: str, moved: dict[Row, int]) -> str:
    """``stmt`` (one of the three forms :func:`install`'s triggers write) with a moved
    row's id replaced by its fresh one."""
    if not moved:
        return stmt
    if stmt.startswith("INSERT INTO "):
        head, _, tail = stmt.partition(") VALUES(")
        rowid, _, rest = tail.partition(",")
        new = moved.get((table, int(rowid)))
        return stmt if new is None else f"{head}) VALUES({new},{rest}"
    head, _, rowid = stmt.rpartition(" WHERE rowid=")
    new = moved.get((table, int(rowid)))
    return stmt if new is None else f"{head} WHERE rowid={new}"
