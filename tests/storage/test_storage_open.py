"""Opening project files: ours, new, foreign, damaged, newer."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from annotary.domain.errors import ProjectError
from annotary.services import backups
from annotary.storage import open_store
from annotary.storage.schema import APPLICATION_ID, SCHEMA_VERSION


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_a_legible_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "study.annotary"
    store = open_store(path)
    store.close()
    db = sqlite_utils.Database(path)
    assert {"articles", "speakers", "themes", "annotations", "annotation_themes"} <= set(
        db.table_names()
    )
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_connection_settings(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.annotary")
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    store.close()


def test_a_text_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.annotary"
    path.write_text("these are my notes, not a database\n")
    before = digest(path)
    with pytest.raises(ProjectError, match="not an SQLite database"):
        open_store(path)
    assert digest(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(ProjectError, match="not an Annotary project"):
        open_store(path)
    assert digest(path) == before


def test_a_project_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.annotary"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError, match="newer Annotary"):
        open_store(path)


def test_a_damaged_project_is_reported_with_its_backup(tmp_path: Path) -> None:
    path = tmp_path / "damaged.annotary"
    store = open_store(path)
    with store.write():
        for i in range(300):
            store.set_meta(f"k{i}", "x" * 500)
    store.close()
    assert backups.backup_now(path).is_file()
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):  # trash every page but the first
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectError) as info:
        open_store(path)
    assert "damaged" in str(info.value)
    assert "backup" in str(info.value)
    assert "\n" not in str(info.value)


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="folder"):
        open_store(tmp_path)


def test_failed_write_rolls_back_everything(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.annotary")
    before = store.revision()
    with pytest.raises(RuntimeError), store.write():
        store.set_meta("half", "done")
        raise RuntimeError("crash in the middle")
    assert store.meta("half") is None
    assert store.revision() == before
    store.close()


def test_writes_outside_a_transaction_are_refused(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.annotary")
    with pytest.raises(RuntimeError):
        store.execute("DELETE FROM project_meta")
    store.close()


def test_an_emptied_project_with_backups_is_not_silently_made_new(tmp_path: Path) -> None:
    path = tmp_path / "study.annotary"
    store = open_store(path)
    with store.write():
        store.set_meta("work", "done")
    store.close()
    kept = backups.backup_now(path)
    path.write_bytes(b"")
    with pytest.raises(ProjectError, match=r"empty .* has backups"):
        open_store(path)
    assert path.stat().st_size == 0
    backups.restore(path, kept.name)
    store = open_store(path)
    assert store.meta("work") == "done"
    store.close()
