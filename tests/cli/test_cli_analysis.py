"""annotary quotes | passages | stats | note | memo and export --format jsonl: the
contract scripts rely on (JSON shapes, files written, one-line errors)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_runner import assert_one_line_error, run_cli, table_rows

import analysis_corpus
from annotary.services import exporting
from helpers import new_project

EXPORT_FIELDS = (
    "id", "article", "kind", "start", "end", "exact", "prefix", "suffix", "speaker", "themes",
    "note", "quote_type", "coder", "created", "modified", "status",
)  # fmt: skip
JOINED = ("article_title", "outlet", "published", "speaker_name", "theme_names")


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("cli")
    project = new_project(folder, "study.annotary")
    built = analysis_corpus.build(project)
    out = io.StringIO()
    exporting.export_json(project, out)
    project.close()
    return folder / "study.annotary", built, json.loads(out.getvalue())


def cli(path: Path, *args: str) -> str:
    run = run_cli("--project", str(path), *args)
    assert run.code == 0, run.err
    return run.out


@pytest.mark.parametrize("name", ["Li", "Li Hongzhong", "the Party secretary of Tianjin"])
def test_quotes_json_lists_a_speakers_quotes_by_any_alias(study, name: str) -> None:  # type: ignore[no-untyped-def]
    path, built, doc = study
    found = json.loads(cli(path, "quotes", "--speaker", name, "--json"))
    expected = {
        a["id"]
        for a in doc["annotations"]
        if a["kind"] == "quote" and a["speaker"] == built.speakers["li"]
    }
    assert {q["id"] for q in found} == expected and len(found) == 6
    for quote in found:
        assert all(key in quote for key in (*EXPORT_FIELDS, *JOINED))
        assert quote["speaker_name"] == "Li Hongzhong"
        assert quote["kind"] == "quote"


def test_quotes_filters_combine(study) -> None:  # type: ignore[no-untyped-def]
    path, _built, _doc = study
    found = json.loads(
        cli(
            path, "quotes", "--theme", "Economy", "--outlet", "harbour daily",
            "--from", "2024-01-01", "--to", "2024-01-31", "--quote-type", "direct",
            "--coder", "amira", "--json",
        )
    )  # fmt: skip
    assert sorted(q["exact"] for q in found) == [
        "This is a promise we have heard before",
        "We are ready to welcome the ships again",
    ]
    assert all("Trade" in q["theme_names"] for q in found)


def test_passages_by_theme_with_and_without_subthemes(study) -> None:  # type: ignore[no-untyped-def]
    path, _built, _doc = study
    alone = json.loads(cli(path, "passages", "--theme", "Economy", "--no-subthemes", "--json"))
    assert alone == []
    below = json.loads(cli(path, "passages", "--theme", "Economy", "--json"))
    assert {p["kind"] for p in below} == {"passage"} and len(below) == 3
    by_path = json.loads(cli(path, "passages", "--theme", "Economy/Jobs", "--json"))
    assert {p["exact"] for p in by_path} == {
        "Dockworkers voted to strike over pay",
        "the strike would hurt exports",
    }


def test_quotes_plain_listing_is_a_table(study) -> None:  # type: ignore[no-untyped-def]
    path, _built, _doc = study
    out = cli(path, "quotes", "--speaker", "Okafor")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["date", "outlet", "speaker", "type"]
    assert len(lines) == 4 and all("Maria Okafor" in line for line in lines[1:])


def test_stats_json_names_rows_and_columns_and_keeps_empty_ones(study) -> None:  # type: ignore[no-untyped-def]
    path, _built, doc = study
    got = json.loads(cli(path, "stats", "speakers", "--by", "outlet", "--json"))
    assert set(got) == {"rows", "columns", "counts"}
    assert got["rows"] == ["Chen Wei", "Li Hongzhong", "Maria Okafor"]
    assert [c.lower() for c in got["columns"]] == ["coast post", "harbour daily", "江城日报"]
    assert got["counts"][0] == [0, 0, 0], "a speaker never quoted still has a row"
    quotes = [a for a in doc["annotations"] if a["kind"] == "quote"]
    assert sum(map(sum, got["counts"])) == len(quotes)

    themes = json.loads(cli(path, "stats", "themes", "--by", "month", "--json"))
    assert "Tourism" in themes["rows"] and "Economy › Trade" in themes["rows"]
    assert themes["columns"][:3] == ["2024-01", "2024-02", "2024-03"]

    types = json.loads(cli(path, "stats", "quote-types", "--by", "role", "--json"))
    assert types["rows"] == ["direct", "indirect"]
    assert types["columns"] == ["mayor", "Party secretary", "spokeswoman"]


def test_stats_writes_csv_png_and_svg(study, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _built, _doc = study
    csv_file, png, svg = tmp_path / "t.csv", tmp_path / "t.png", tmp_path / "t.svg"
    args = ("--csv", str(csv_file), "--png", str(png), "--svg", str(svg))
    cli(path, "stats", "themes", "--by", "outlet", *args)
    table = list(csv.reader(io.StringIO(csv_file.read_text("utf-8-sig"))))
    assert table[0][-1] == "total" and table[-1][0] == "total"
    got = json.loads(cli(path, "stats", "themes", "--by", "outlet", "--json"))
    assert [row[0] for row in table[1:-1]] == got["rows"]
    assert [[int(n) for n in row[1:-1]] for row in table[1:-1]] == got["counts"]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    assert "Economy › Trade" in svg.read_text("utf-8")


def test_export_jsonl_prints_one_annotation_per_line(study) -> None:  # type: ignore[no-untyped-def]
    path, _built, doc = study
    lines = cli(path, "export", "--format", "jsonl").splitlines()
    assert len(lines) == len(doc["annotations"])
    assert all(json.loads(line)["article_title"] for line in lines)


def test_note_and_memo_are_set_and_shown(tmp_path: Path) -> None:
    project = new_project(tmp_path, "n.annotary")
    analysis_corpus.build(project)
    project.close()
    path = tmp_path / "n.annotary"
    cli(path, "note", "Port to reopen", "Check the tonnage figures")
    assert cli(path, "note", "Port to reopen") == "Check the tonnage figures\n"
    cli(path, "memo", "Who speaks for the port?")
    assert json.loads(cli(path, "memo", "--json")) == {"memo": "Who speaks for the port?"}
    hits = json.loads(cli(path, "search", "tonnage", "--json"))
    assert [h["matched"] for h in hits] == ["article-note"]


@pytest.mark.parametrize(
    "args",
    [
        ("quotes", "--speaker", "Nobody"),
        ("quotes", "--theme", "No such theme"),
        ("quotes", "--from", "2024-13-01"),
        ("quotes", "--quote-type", "sarcastic"),
        ("stats", "speakers", "--by", "speaker"),
        ("stats", "themes", "--by", "nowhere"),
        ("stats", "themes"),
        ("note", "no such article"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(study, args: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    path, _built, _doc = study
    before = table_rows(path)
    assert_one_line_error(run_cli("--project", str(path), *args))
    assert table_rows(path) == before
