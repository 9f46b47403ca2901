"""Backups as the window and the command line use them: when they are taken, what is
kept, and restoring into a project that other programs have open."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import annotary
from annotary.services import annotating
from annotary.services import backups as backup_service
from annotary.services.project import open_project
from annotary.storage import backups, open_store
from annotary.storage.backups import Backup
from annotary.storage.restoring import RESTORED_KEY
from helpers import add_article, new_project

ENV = {**os.environ, "PYTHONPATH": str(Path(annotary.__file__).resolve().parents[1])}
TEXT = "The mayor said the bridge would open in May, and the council agreed. " * 5


def _notes(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT note FROM annotations")}
    finally:
        conn.close()


def _cli(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotary", "--project", str(path), *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )


def test_short_commands_take_no_backup_and_backups_now_takes_one(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    project.close()
    path = tmp_path / "test.annotary"
    for word in ("mayor", "bridge"):
        done = _cli(path, "annotate", article.id, "--kind", "passage", "--text", word)
        assert done.returncode == 0, done.stderr
    assert backups.list_backups(path) == []
    done = _cli(path, "backups", "--now")
    assert done.returncode == 0, done.stderr
    assert [b.reason for b in backups.list_backups(path)] == ["manual"]


def test_a_periodic_backup_only_when_due_and_changed(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    path = project.path
    first = backup_service.backup_if_due(path)
    assert first is not None and first.is_file()
    assert backup_service.backup_if_due(path, interval_s=0) is None  # nothing changed
    annotating.create(project, article.id, "passage", 0, 3, note="one")
    assert backup_service.backup_if_due(path) is None  # changed, but the last is recent
    assert backup_service.backup_if_due(path, interval_s=0) is not None
    project.close()
    assert backup_service.backup_if_due(tmp_path / "missing.annotary") is None
    (tmp_path / "notes.annotary").write_text("not a project")
    assert backup_service.backup_if_due(tmp_path / "notes.annotary") is None
    assert not (tmp_path / "missing.annotary").exists()


def _item(name: str, taken: datetime, reason: str = "periodic") -> Backup:
    return Backup(Path(name), taken, 1, reason)


def test_retention_keeps_newest_five_daily_for_a_week_and_the_migration_backup() -> None:
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)
    items = [_item(f"recent{i}", now - timedelta(minutes=i)) for i in range(8)]
    items += [
        _item(f"day{d}-{h}", now - timedelta(days=d, hours=h)) for d in range(1, 10) for h in (1, 2)
    ]
    items.append(_item("migration", now - timedelta(days=40), "before-migration-v1"))
    items.append(_item("ancient", now - timedelta(days=41)))
    kept = {p.name for p in backups.keep_set(items, now)}
    assert {f"recent{i}" for i in range(5)} <= kept
    assert {"recent5", "recent6", "recent7"}.isdisjoint(kept)
    assert {f"day{d}-1" for d in range(1, 7)} <= kept  # newest of each of the last 7 days
    assert {f"day{d}-2" for d in range(1, 10)}.isdisjoint(kept)
    assert "day8-1" not in kept and "day9-1" not in kept and "ancient" not in kept
    assert "migration" in kept


CHILD = """
import sys
from annotary.services import annotating
from annotary.services.project import open_project
project = open_project(sys.argv[1], coder="other")
print("ready", flush=True)
sys.stdin.readline()
annotating.create(project, sys.argv[2], "passage", 10, 20, note="other program after restore")
project.close()
print("done", flush=True)
"""


def test_restore_writes_into_the_live_file_seen_by_programs_that_have_it_open(
    tmp_path: Path,
) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    annotating.create(project, article.id, "passage", 0, 3, note="in the backup")
    path = project.path
    kept = backup_service.backup_now(path)
    annotating.create(project, article.id, "passage", 4, 9, note="after the backup")
    other = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), article.id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert other.stdin is not None and other.stdout is not None
    assert other.stdout.readline().strip() == "ready"

    restored, before = backup_service.restore(path, kept.name)
    assert restored.path == kept
    assert before is not None and before.name.endswith("-before-restore.annotary")

    # The window (an open connection) sees the restore and keeps working.
    assert project.store.meta(RESTORED_KEY)
    annotating.create(project, article.id, "passage", 21, 30, note="window after restore")
    other.stdin.write("go\n")
    other.stdin.flush()
    assert other.stdout.readline().strip() == "done"
    other.wait(timeout=60)
    project.close()

    notes = _notes(path)
    assert "in the backup" in notes
    assert "after the backup" not in notes
    assert {"window after restore", "other program after restore"} <= notes
    assert "after the backup" in _notes(before)


def test_each_restore_is_marked_with_a_fresh_value(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    add_article(project, TEXT)
    project.close()
    path = tmp_path / "test.annotary"
    kept = backup_service.backup_now(path)
    marks = []
    for _ in range(2):
        backup_service.restore(path, kept.name)
        store = open_store(path)
        marks.append(store.meta(RESTORED_KEY))
        store.close()
        time.sleep(0.01)
    assert marks[0] and marks[1] and marks[0] != marks[1]
    assert kept.name in str(marks[0])


def test_owns_file_covers_the_project_its_side_files_and_backups(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    add_article(project, TEXT)
    kept = backup_service.backup_now(project.path)
    assert project.owns_file(project.path)
    assert project.owns_file(str(project.path) + "-wal")
    assert project.owns_file(kept)
    assert project.owns_file(tmp_path / "." / "test.annotary")
    assert not project.owns_file(tmp_path / "export.json")
    link = tmp_path / "alias.annotary"
    link.hardlink_to(project.path)
    assert project.owns_file(link)
    project.close()


def test_import_and_export_refuse_the_open_projects_files(tmp_path: Path) -> None:
    import pytest

    from annotary.domain.errors import InvalidInputError
    from annotary.services import export_formats, importing
    from annotary.services.exporting import Scope

    project = new_project(tmp_path)
    add_article(project, TEXT)
    before = project.path.stat().st_size
    with pytest.raises(InvalidInputError, match="belongs to the open project"):
        importing.import_files(project, [project.path])
    with pytest.raises(InvalidInputError, match="belongs to the open project"):
        export_formats.write(export_formats.by_key("json"), project, project.path, Scope())
    project.close()
    assert project.path.stat().st_size >= before
    reopened = open_project(project.path)
    assert reopened.store.integrity_ok()
    reopened.close()


def test_a_damaged_project_is_restored_and_its_damaged_state_set_aside(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT)
    annotating.create(project, article.id, "passage", 0, 3, note="in the backup")
    with project.store.write():
        for i in range(200):
            project.store.set_meta(f"filler{i}", "x" * 400)
    project.close()
    path = tmp_path / "test.annotary"
    kept = backup_service.backup_now(path)
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    _restored, aside = backup_service.restore(path, kept.name)
    assert aside is not None and aside.read_bytes() == bytes(data)
    assert aside not in [b.path for b in backups.list_backups(path)]
    assert "in the backup" in _notes(path)
    reopened = open_project(path)
    assert reopened.store.meta(RESTORED_KEY)
    reopened.close()
