"""Backups and writes under real faults: a full disk, a killed backup, two programs rotating.

A full disk is reported as a full disk (never as damage), leaves the project as it was,
and never leaves a partial backup that is listed or restored.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from realconditions import ENV, Tmpfs, run_cli

from annotary.domain.errors import DiskFull, ProjectError
from annotary.services import annotating
from annotary.services import backups as backup_service
from annotary.services.project import open_project
from annotary.storage import annotations as annotation_store
from annotary.storage import backups, open_store, schema
from helpers import add_article, new_project

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "The council said the budget would pass. " * 30


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _project_on(root: Path) -> tuple[Path, str]:
    project = new_project(root)
    article = add_article(project, TEXT)
    annotating.create(project, article.id, "passage", 0, 11, note="first")
    project.close()
    return root / "test.annotary", article.id


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(conn.execute("SELECT count(*) FROM annotations").fetchone()[0])
    finally:
        conn.close()


def _leftovers(path: Path) -> list[str]:
    where = backups.folder(path)
    return sorted(os.listdir(where)) if where.is_dir() else []


# -- a full disk ---------------------------------------------------------------------------
def test_a_healthy_project_opens_on_a_full_disk_and_a_write_says_disk_full(
    small_fs: Tmpfs,
) -> None:
    path, article_id = _project_on(small_fs.root)
    small_fs.fill()
    project = open_project(path)
    try:
        assert project.store.readonly
        assert annotation_store.count(project.store) == 1  # reading works
        with pytest.raises(DiskFull, match="disk is full"):
            annotating.create(project, article_id, "passage", 12, 20, note="no room")
    finally:
        project.close()
    small_fs.free()
    assert _count(path) == 1
    project = open_project(path)
    annotating.create(project, article_id, "passage", 12, 20, note="room again")
    project.close()
    assert _count(path) == 2


def test_a_write_that_fills_the_disk_is_disk_full_and_rolled_back(small_fs: Tmpfs) -> None:
    path, article_id = _project_on(small_fs.root)
    project = open_project(path)  # opened with space: its shared-memory index exists
    try:
        small_fs.fill()
        with pytest.raises(DiskFull):
            for i in range(200):  # until the WAL cannot grow
                annotating.create(project, article_id, "passage", i, i + 5, note="x" * 3000)
        before = annotation_store.count(project.store)
    finally:
        project.close()
    small_fs.free()
    assert _count(path) == before


def test_a_backup_on_a_full_disk_fails_and_leaves_nothing(small_fs: Tmpfs) -> None:
    path, _ = _project_on(small_fs.root)
    backups.folder(path).mkdir()
    small_fs.fill()
    with pytest.raises(DiskFull):
        backup_service.backup_now(path)
    assert backups.list_backups(path) == []
    assert _leftovers(path) == []
    assert backup_service.backup_if_due(path, interval_s=0) is None  # never raises
    small_fs.free()
    assert _count(path) == 1


def test_a_restore_on_a_full_disk_fails_cleanly(small_fs: Tmpfs) -> None:
    path, article_id = _project_on(small_fs.root)
    kept = backup_service.backup_now(path)
    project = open_project(path)
    annotating.create(project, article_id, "passage", 12, 20, note="after the backup")
    project.close()
    before = digest(path)
    small_fs.fill()
    with pytest.raises(DiskFull):
        backup_service.restore(path, kept.name)
    small_fs.free()
    assert digest(path) == before
    assert [b.path for b in backups.list_backups(path)] == [kept]
    assert _count(path) == 2


def test_no_migration_without_its_backup(small_fs: Tmpfs) -> None:
    path = small_fs.root / "old.annotary"
    shutil.copy(FIXTURES / "schema-v1.annotary", path)
    small_fs.fill()
    small_fs.free_bytes(96 * 1024)  # room to open, not for a copy of the project
    with pytest.raises(DiskFull, match="backup"):
        open_store(path)
    small_fs.free()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
    assert backups.list_backups(path) == []
    store = open_store(path)  # with space, the upgrade happens, after its backup
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    store.close()
    assert [b.reason for b in backups.list_backups(path)] == ["before-migration-v1"]


# -- a killed backup -----------------------------------------------------------------------
def _grow(path: Path, megabytes: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO project_meta(key, value) SELECT 'ballast-' || i, hex(randomblob(2000)) "
        "FROM n",
        (megabytes * 250,),
    )
    conn.close()


BACKUP_CHILD = "import sys; from annotary.services import backups; backups.backup_now(sys.argv[1])"


def test_a_backup_killed_midway_is_never_listed_and_is_cleaned_up(tmp_path: Path) -> None:
    path, _ = _project_on(tmp_path)
    _grow(path, 60)
    where = backups.folder(path)
    child = subprocess.Popen([sys.executable, "-c", BACKUP_CHILD, str(path)], env=ENV)
    deadline = time.monotonic() + 60
    partial: list[str] = []
    while time.monotonic() < deadline and not partial and child.poll() is None:
        partial = [n for n in _leftovers(path) if n.endswith(".partial")]
        time.sleep(0.005)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert partial, "the backup finished before it could be killed; make the project bigger"
    assert (where / partial[0]).exists()
    assert backups.list_backups(path) == []
    assert backups.latest(path) is None
    taken = backup_service.backup_now(path)
    assert _leftovers(path) == [taken.name]
    assert [b.path for b in backups.list_backups(path)] == [taken]


# -- two programs taking and rotating backups ----------------------------------------------
ROTATING_CHILD = """
import sys, time
from annotary.services import backups
from annotary.services.project import open_project
from annotary.storage import backups as stored
path, until = sys.argv[1], time.time() + float(sys.argv[2])
n = 0
while time.time() < until:
    project = open_project(path, coder=sys.argv[3])
    with project.store.write():
        project.store.set_meta(sys.argv[3], str(n))
    project.close()
    backups.backup_now(path)
    stored.rotate(stored.Path(path))
    assert stored.list_backups(stored.Path(path)), "a listed backup vanished"
    n += 1
print(n)
"""


def test_two_programs_taking_and_rotating_backups_never_fail(tmp_path: Path) -> None:
    path, _ = _project_on(tmp_path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ROTATING_CHILD, str(path), "4", f"coder{n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for n in range(2)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert int(out) > 2
    items = backups.list_backups(path)
    assert 0 < len(items) <= backups.KEEP + 1
    for item in items:
        backups.check(item.path)
    assert not [n for n in _leftovers(path) if n.endswith(".partial")]


# -- restoring only real projects ----------------------------------------------------------
def _bad_backups(where: Path, good: Path) -> dict[str, Path]:
    stem = "test-20250101-000000"
    bad = {
        "empty": where / f"{stem}-r1-on-open.annotary",
        "text": where / f"{stem}-1-r1-on-open.annotary",
        "foreign": where / f"{stem}-2-r1-on-open.annotary",
        "truncated": where / f"{stem}-3-r1-on-open.annotary",
    }
    bad["empty"].write_bytes(b"")
    bad["text"].write_text("not a database at all\n" * 100)
    conn = sqlite3.connect(bad["foreign"])
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    data = good.read_bytes()
    bad["truncated"].write_bytes(data[: len(data) // 2])
    return bad


@pytest.mark.parametrize("kind", ["empty", "text", "foreign", "truncated"])
def test_restore_refuses_a_file_that_is_not_a_valid_project(tmp_path: Path, kind: str) -> None:
    path, _ = _project_on(tmp_path)
    good = backup_service.backup_now(path)
    bad = _bad_backups(backups.folder(path), good)
    before = digest(path)
    with pytest.raises(ProjectError) as info:
        backup_service.restore(path, bad[kind].name)
    assert "\n" not in str(info.value)
    assert digest(path) == before
    assert not [b for b in backups.list_backups(path) if b.reason == "before-restore"]


def test_restore_refusal_on_the_command_line_is_one_line(tmp_path: Path) -> None:
    path, _ = _project_on(tmp_path)
    good = backup_service.backup_now(path)
    bad = _bad_backups(backups.folder(path), good)
    before = digest(path)
    done = run_cli(path, "backups", "--restore", bad["empty"].name)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "empty" in done.stderr
    assert "Traceback" not in done.stderr
    assert digest(path) == before
    assert backups.list_backups(path)[0].path != bad["empty"]  # never "the latest"
