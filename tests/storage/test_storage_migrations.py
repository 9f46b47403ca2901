"""Stored projects of every past schema version migrate forward, with a backup."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from annotary.domain.errors import ProjectError
from annotary.storage import annotations as annotation_store
from annotary.storage import backups, open_store, schema
from annotary.storage import speakers as speaker_store
from annotary.storage.search import search

FIXTURES = Path(__file__).parent / "fixtures"


def stored_versions() -> list[int]:
    return sorted(
        int(m.group(1))
        for p in FIXTURES.glob("schema-v*.annotary")
        if (m := re.match(r"schema-v(\d+)\.annotary", p.name))
    )


def test_every_past_schema_version_has_a_stored_project() -> None:
    assert stored_versions() == list(range(1, schema.SCHEMA_VERSION))


@pytest.mark.parametrize("version", stored_versions())
def test_stored_project_migrates_forward_keeping_its_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / f"schema-v{version}.annotary", path)
    store = open_store(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    kept = annotation_store.for_article(store, "0b9d7c1e-5a43-4f6e-9a51-1f2d3c4b5a60")
    quote = next(a for a in kept if a.id == "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f")
    assert quote.exact == "We are ready,"
    assert quote.themes == ("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",)
    assert speaker_store.find_by_name(store, "li") is not None
    assert [h.title for h in search(store, "港口")] == ["Port to reopen"]
    store.close()
    kept = backups.list_backups(path)
    assert any(b.reason == f"before-migration-v{version}" for b in kept)
    copy = next(b for b in kept if b.reason == f"before-migration-v{version}")
    conn = sqlite3.connect(copy.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v1.annotary", path)
    broken = dict(schema.SCRIPTS)
    broken[2] = schema.SCRIPTS[2] + ";\nCREATE TABLE articles (oops TEXT)"
    monkeypatch.setattr(schema, "SCRIPTS", broken)
    monkeypatch.setattr("annotary.storage.migrations.SCRIPTS", broken)
    with pytest.raises((ProjectError, sqlite3.Error)):
        open_store(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "rejected_suggestions" not in tables
    assert backups.list_backups(path), "the backup taken before migrating is kept"


def test_annotations_of_a_schema_3_project_become_one_segment_each(tmp_path: Path) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v3.annotary", path)
    before = sqlite3.connect(path)
    count = before.execute("SELECT count(*) FROM annotations").fetchone()[0]
    before.close()
    store = open_store(path)
    rows = store.conn.execute(
        "SELECT s.position, s.start_offset, s.end_offset, s.exact, s.prefix, s.suffix, "
        "a.start_offset, a.end_offset, a.exact, a.prefix, a.suffix "
        "FROM annotation_segments s JOIN annotations a ON a.id = s.annotation_id"
    ).fetchall()
    assert count and len(rows) == count
    for row in rows:
        assert row[0] == 0 and tuple(row[1:6]) == tuple(row[6:11])
    kept = annotation_store.for_article(store, "0b9d7c1e-5a43-4f6e-9a51-1f2d3c4b5a60")
    quote = next(a for a in kept if a.id == "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f")
    assert [s.exact for s in quote.segments] == ["We are ready,"]
    store.close()


def test_segment_rows_changed_by_another_program_never_break_reading(tmp_path: Path) -> None:
    """Rows edited with sqlite3 (out of order, overlapping) read as the annotation's span;
    parts moved without the span move the span with them."""
    from annotary.domain.models import Annotation, Segment

    path = tmp_path / "p.annotary"
    shutil.copy(FIXTURES / "schema-v3.annotary", path)
    store = open_store(path)
    article = "0b9d7c1e-5a43-4f6e-9a51-1f2d3c4b5a60"
    (quote,) = [a for a in annotation_store.for_article(store, article) if a.kind == "quote"]
    first = quote.segments[0]
    second = Segment(first.end + 5, first.end + 9, "xxxx")
    with store.write():
        store.conn.execute(
            "INSERT INTO annotation_segments VALUES (?, 1, ?, ?, ?, '', '')",
            (quote.id, second.start, second.end, second.exact),
        )
    moved = annotation_store.get(store, quote.id)
    assert [s.start for s in moved.segments] == [first.start, second.start]
    assert (moved.start, moved.end) == (first.start, second.end)  # the parts decide
    with store.write():
        store.conn.execute(
            "UPDATE annotation_segments SET start_offset = ? WHERE annotation_id = ? "
            "AND position = 1",
            (first.start, quote.id),
        )
    damaged = annotation_store.get(store, quote.id)
    assert isinstance(damaged, Annotation) and len(damaged.segments) == 1
    assert [a.id for a in annotation_store.iterate(store)].count(quote.id) == 1
    store.close()


def test_a_schema_4_project_keeps_its_parts_notes_and_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v4.annotary", path)
    store = open_store(path)
    article = "0b9d7c1e-5a43-4f6e-9a51-1f2d3c4b5a60"
    (two_parts,) = [a for a in annotation_store.for_article(store, article) if a.kind == "passage"]
    assert [s.exact for s in two_parts.segments] == [
        "The minister said the port would reopen",
        "港口将于周一重新开放",
    ]
    assert two_parts.note == "two parts"
    note = store.conn.execute("SELECT note FROM article_notes WHERE article_id = ?", (article,))
    assert note.fetchone()[0].startswith("Wire copy")
    rows = store.conn.execute(
        "SELECT an.paragraph, an.start_offset, a.text FROM annotations an "
        "JOIN articles a ON a.id = an.article_id"
    ).fetchall()
    assert [p for p, _s, _t in rows] == [t[:s].count("\n\n") for _p, s, t in rows]
    store.close()
