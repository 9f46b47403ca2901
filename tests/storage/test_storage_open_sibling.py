"""A worker thread's second connection to a project the process already has open:
no integrity check, migration or backup, every other guarantee kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from annotary.domain.errors import ProjectError
from annotary.services import annotating
from annotary.services.project import open_project
from annotary.storage import connection, open_sibling_store
from annotary.storage import store as store_module
from helpers import add_article, new_project


def test_a_sibling_skips_the_check_and_keeps_every_other_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = new_project(tmp_path)
    article = add_article(main)
    checks: list[Path] = []
    monkeypatch.setattr(store_module, "_check_readable", lambda conn, path: checks.append(path))
    monkeypatch.setattr(store_module.migrations, "migrate", lambda conn: pytest.fail("migrated"))

    worker = open_project(main.path, coder="worker", verify=False)
    try:
        assert checks == []
        conn = worker.store.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == connection.BUSY_TIMEOUT_MS
        main.close()
        assert connection.holds(worker.path), "the sibling is in the lock registry"
        made = annotating.create(worker, article.id, "passage", 0, 20)  # writes, with undo
        assert made.undo
    finally:
        worker.close()
    assert not connection.holds(main.path)


def test_a_file_no_connection_holds_gets_the_full_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_project(tmp_path).close()
    checks: list[Path] = []
    real = store_module._check_readable
    monkeypatch.setattr(
        store_module, "_check_readable", lambda conn, path: (checks.append(path), real(conn, path))
    )
    sibling = open_sibling_store(tmp_path / "test.annotary")
    sibling.close()
    assert checks == [tmp_path / "test.annotary"]
    with pytest.raises(ProjectError, match="does not exist"):
        open_sibling_store(tmp_path / "missing.annotary")  # never created by a worker


def test_a_sibling_maps_failures_to_one_line_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    main = new_project(tmp_path)

    def refuse(*args: object, **kwargs: object) -> object:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(connection, "open_existing", refuse)
    try:
        with pytest.raises(ProjectError):
            open_sibling_store(main.path)
    finally:
        main.close()
