"""Read-only projects: every reading command works, every change is refused in one line,
and nothing (no migration, no backup) is attempted on the file."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from realconditions import Tmpfs, run_cli

from annotary.domain.errors import ProjectReadOnly
from annotary.services import annotating
from annotary.services import backups as backup_service
from annotary.storage import annotations as annotation_store
from annotary.storage import backups, open_store
from helpers import add_article, new_project

FIXTURES = Path(__file__).parent / "fixtures"
TEXT = "The harbour authority said repairs were complete and the port would reopen."


def _read_only_project(fs: Tmpfs) -> tuple[Path, str]:
    project = new_project(fs.root)
    article = add_article(project, TEXT, title="Harbour")
    annotating.create(project, article.id, "passage", 4, 20, note="kept")
    project.close()
    fs.read_only()
    return fs.root / "test.annotary", article.id


def test_reading_commands_work_and_annotate_fails_in_one_line(small_fs: Tmpfs) -> None:
    path, article_id = _read_only_project(small_fs)
    listed = run_cli(path, "articles")
    assert listed.returncode == 0, listed.stderr
    assert "Harbour" in listed.stdout
    found = run_cli(path, "search", "repairs")
    assert found.returncode == 0, found.stderr
    assert "Harbour" in found.stdout
    exported = run_cli(path, "export", "--format", "json")
    assert exported.returncode == 0, exported.stderr
    assert "kept" in json.dumps(json.loads(exported.stdout))
    refused = run_cli(path, "annotate", article_id, "--kind", "passage", "--text", "port")
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert sorted(os.listdir(small_fs.root)) == ["test.annotary"]


def test_a_read_only_store_refuses_writes_and_takes_no_backup(small_fs: Tmpfs) -> None:
    path, _ = _read_only_project(small_fs)
    store = open_store(path, backup_on_open=True)
    try:
        assert store.readonly
        assert annotation_store.count(store) == 1
        with (
            pytest.raises(ProjectReadOnly, match="read-only: changes cannot be saved"),
            store.write(),
        ):
            store.set_meta("x", "y")
    finally:
        store.close()
    assert backup_service.backup_if_due(path, interval_s=0) is None
    with pytest.raises(ProjectReadOnly):
        backup_service.backup_now(path)
    assert not backups.folder(path).exists()


def test_a_read_only_project_of_an_older_schema_must_be_made_writable(small_fs: Tmpfs) -> None:
    path = small_fs.root / "old.annotary"
    shutil.copy(FIXTURES / "schema-v1.annotary", path)
    small_fs.read_only()
    with pytest.raises(ProjectReadOnly, match="must be made writable to be upgraded"):
        open_store(path)
    assert sorted(os.listdir(small_fs.root)) == ["old.annotary"]


def test_no_new_project_in_a_read_only_folder(small_fs: Tmpfs) -> None:
    small_fs.read_only()
    with pytest.raises(ProjectReadOnly, match="folder is read-only"):
        open_store(small_fs.root / "new.annotary")


def test_a_writable_store_says_so(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.annotary")
    assert not store.readonly
    store.close()
    conn = sqlite3.connect(tmp_path / "p.annotary")
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
