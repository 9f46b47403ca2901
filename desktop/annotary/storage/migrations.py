"""Forward migrations: each schema version's script, applied in one transaction."""

from __future__ import annotations

import sqlite3

from annotary.domain.models import now_iso
from annotary.storage.schema import APPLICATION_ID, SCHEMA_VERSION, SCRIPTS, statements


def current_version() -> int:
    return SCHEMA_VERSION


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target``; all steps commit together or not at all.

    Returns the version the file had before.
    """
    before = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if before >= target:
        return before
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the lock: another program may have migrated meanwhile.
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for step in range(version + 1, target + 1):
            for stmt in statements(SCRIPTS[step]):
                conn.execute(stmt)
        if version == 0:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.executemany(
                "INSERT INTO project_meta(key, value) VALUES (?, ?)",
                [("revision", "0"), ("created", now_iso())],
            )
        conn.execute(f"PRAGMA user_version = {target}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return before
