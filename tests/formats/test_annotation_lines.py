"""The JSON Lines export: one annotation per line, joined with its article, speaker and
theme names, read back by DuckDB with the queries docs/json-format.md shows."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

import analysis_corpus
from annotary.services import export_formats, exporting
from annotary.services.exporting import Scope
from helpers import new_project

DOCS = Path(__file__).resolve().parents[2] / "docs" / "json-format.md"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("jsonl")
    project = new_project(folder)
    built = analysis_corpus.build(project)
    target = folder / "corpus.jsonl"
    summary = export_formats.write(export_formats.by_key("jsonl"), project, target, Scope())
    out = io.StringIO()
    exporting.export_json(project, out)
    yield project, built, target, summary, json.loads(out.getvalue())
    project.close()


def test_each_line_is_one_annotation_with_the_export_fields_and_names(exported) -> None:  # type: ignore[no-untyped-def]
    _project, _built, target, summary, doc = exported
    lines = target.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert summary == f"{len(doc['annotations'])} annotations"
    assert sorted(r["id"] for r in records) == sorted(a["id"] for a in doc["annotations"])
    articles = {a["id"]: a for a in doc["articles"]}
    speakers = {s["id"]: s for s in doc["speakers"]}
    themes = {t["id"]: t for t in doc["themes"]}
    by_id = {a["id"]: a for a in doc["annotations"]}
    for record in records:
        own = by_id[record["id"]]
        assert {k: record[k] for k in own} == own, "the annotation's fields, unchanged"
        assert list(record)[: len(own)] == list(own), "in the documented order"
        article = articles[record["article"]]
        assert record["article_title"] == article["title"]
        assert (record["outlet"], record["published"]) == (article["outlet"], article["published"])
        speaker = speakers.get(record["speaker"] or "")
        assert record["speaker_name"] == (speaker["name"] if speaker else None)
        assert record["theme_names"] == [themes[t]["name"] for t in record["themes"]]
    paths = {p for r in records for p in r["theme_paths"]}
    assert "Economy › Trade" in paths


def test_lines_follow_publication_dates_undated_last(exported) -> None:  # type: ignore[no-untyped-def]
    target = exported[2]
    dates = [json.loads(line)["published"] for line in target.read_text("utf-8").splitlines()]
    dated = [d for d in dates if d]
    assert dates == dated + [None] * (len(dates) - len(dated))
    assert dated == sorted(dated)


def test_a_theme_scope_keeps_the_annotations_under_that_theme(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project, built, _target, _summary, doc = exported
    target = tmp_path / "jobs.jsonl"
    scope = Scope(themes=(built.themes["economy"],))
    export_formats.write(export_formats.by_key("jsonl"), project, target, scope)
    got = {json.loads(line)["id"] for line in target.read_text("utf-8").splitlines()}
    under = {built.themes[k] for k in ("economy", "trade", "jobs")}
    assert got == {a["id"] for a in doc["annotations"] if set(a["themes"]) & under}


def _doc_queries() -> list[str]:
    text = DOCS.read_text(encoding="utf-8")
    return re.findall(r"```sql\n(-- duckdb:.*?)```", text, re.DOTALL)


def test_the_documented_duckdb_queries_read_the_export(exported) -> None:  # type: ignore[no-untyped-def]
    duckdb = pytest.importorskip("duckdb", reason="duckdb is not installed: pip install duckdb")
    _project, _built, target, _summary, doc = exported
    by_speaker, by_theme = _doc_queries()
    records = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    with duckdb.connect() as db:
        rows = db.sql(by_speaker.replace("corpus.jsonl", str(target))).fetchall()
        expected = Counter(
            (r["speaker_name"], r["quote_type"]) for r in records if r["kind"] == "quote"
        )
        assert {(name, kind): n for name, kind, n in rows} == expected
        assert [n for *_, n in rows] == sorted(expected.values(), reverse=True)
        rows = db.sql(by_theme.replace("corpus.jsonl", str(target))).fetchall()
        assert dict(rows) == Counter(p for r in records for p in r["theme_paths"])
    assert len(doc["annotations"]) == len(records)
