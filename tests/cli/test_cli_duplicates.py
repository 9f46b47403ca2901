"""annotary duplicates: the groups as JSON, a scan of older articles, merge from the terminal."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli, table_rows
from duplicate_texts import SAME_TOPIC, WIRE, WIRE_EDITED


def _project_with_wire_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ledger.txt").write_text("Council closes ferry\n\n" + WIRE, encoding="utf-8")
    (folder / "courier.txt").write_text("Ferry to close\n\n" + WIRE_EDITED, encoding="utf-8")
    (folder / "other.txt").write_text("A sad day\n\n" + SAME_TOPIC, encoding="utf-8")
    project = tmp_path / "p.annotary"
    assert run_cli("--project", str(project), "import", str(folder)).code == 0
    return project


def test_duplicates_json_lists_the_group_of_imported_wire_copy(tmp_path: Path) -> None:
    project = _project_with_wire_copy(tmp_path)
    run = run_cli("--project", str(project), "duplicates", "--json")
    assert run.code == 0, run.err
    [group] = json.loads(run.out)
    titles = sorted(a["title"] for a in group["articles"])
    assert titles == ["Council closes ferry", "Ferry to close"]
    assert all(a["similarity"] >= 0.9 and a["state"] == "flagged" for a in group["articles"])


def test_scan_finds_them_in_a_project_without_signatures_and_merge_keeps_one(
    tmp_path: Path,
) -> None:
    project = _project_with_wire_copy(tmp_path)
    import sqlite3

    with sqlite3.connect(project) as conn:  # as a project from before the scan existed
        conn.execute("DELETE FROM near_duplicates")
        conn.execute("DELETE FROM article_signatures")
    assert json.loads(run_cli("--project", str(project), "duplicates", "--json").out) == []
    run = run_cli("--project", str(project), "duplicates", "--scan", "--json")
    [group] = json.loads(run.out)
    assert len(group["articles"]) == 2
    merged = run_cli("--project", str(project), "duplicates", "--merge", group["group"], "--json")
    assert merged.code == 0, merged.err
    report = json.loads(merged.out)
    assert report["kept"] == group["articles"][0]["id"] and len(report["merged"]) == 1
    rows = table_rows(project)
    assert len(rows["articles"]) == 2 and len(rows["merged_articles"]) == 1
    also = run_cli("--project", str(project), "duplicates", "--merged", report["kept"], "--json")
    [record] = json.loads(also.out)
    assert record["id"] == report["merged"][0]
    assert record["title"] in {"Council closes ferry", "Ferry to close"}


def test_an_unknown_group_is_one_line_and_changes_nothing(tmp_path: Path) -> None:
    project = _project_with_wire_copy(tmp_path)
    before = table_rows(project)
    run = run_cli("--project", str(project), "duplicates", "--merge", "nosuchgroup")
    assert run.code == 1 and run.err.count("\n") == 1 and "nosuchgroup" in run.err
    assert table_rows(project) == before
