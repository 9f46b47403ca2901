"""import-annotations refuses hostile or inconsistent files in one line, changing nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from cli_runner import assert_one_line_error, run_cli, table_rows

from annotary.services import annotating
from helpers import add_article, new_project


@pytest.fixture
def study(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    """A project with one annotated article, and its own JSON export."""
    project = new_project(tmp_path)
    article = add_article(project)
    annotating.annotate_text(
        project,
        article.id,
        "quote",
        "We are ready to welcome the ships again",
        speaker_name="Li Hongzhong",
        theme_names=["Ports"],
    )
    project.close()
    path = tmp_path / "test.annotary"
    run = run_cli("--project", str(path), "export")
    assert run.code == 0, run.err
    return path, json.loads(run.out)


def _refused(path: Path, file: Path) -> str:
    before = table_rows(path)
    run = run_cli("--project", str(path), "import-annotations", str(file))
    assert_one_line_error(run)
    assert table_rows(path) == before
    return run.err


def test_nesting_100000_deep_is_refused(study: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    path, document = study
    file = tmp_path / "deep.json"
    text = json.dumps(document)
    file.write_text(text[:-1] + ', "extra": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert "nested too deeply" in _refused(path, file)


@pytest.mark.parametrize(
    "offset",
    ["1" * 5000, str(2**63), str(2**63 + 1), "1e300", "9" * 300],
    ids=["5000-digits", "2^63", "2^63+1", "1e300", "300-digits"],
)
def test_huge_offsets_are_refused(
    study: tuple[Path, dict[str, Any]], tmp_path: Path, offset: str
) -> None:
    path, document = study
    file = tmp_path / "huge.json"
    document = copy.deepcopy(document)
    document["articles"] = []  # the article is the project's: no text to check against here
    marker = 424242424242
    document["annotations"][0]["end"] = marker
    file.write_text(json.dumps(document).replace(str(marker), offset))
    error = _refused(path, file)
    assert "annotations[0].end" in error or "digits" in error


def test_speaker_id_where_a_theme_belongs(
    study: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, document = study
    note = document["annotations"][0]
    wrong = {**document, "speakers": [], "themes": [], "articles": []}
    wrong["annotations"] = [{**note, "themes": [note["speaker"]], "speaker": None}]
    file = tmp_path / "swapped.json"
    file.write_text(json.dumps(wrong))
    assert "annotations[0].themes[0]: no theme" in _refused(path, file)


def test_theme_id_where_a_speaker_belongs(
    study: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, document = study
    note = document["annotations"][0]
    wrong = {**document, "speakers": [], "themes": [], "articles": []}
    wrong["annotations"] = [{**note, "speaker": note["themes"][0], "themes": []}]
    file = tmp_path / "swapped.json"
    file.write_text(json.dumps(wrong))
    assert "annotations[0].speaker: no speaker" in _refused(path, file)


def test_offsets_past_the_project_text_are_clamped_and_orphaned(
    study: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """An annotation on an article the file does not carry, with offsets beyond its text.

    It cannot be re-anchored (its quote is nowhere in the text), so it is kept,
    orphaned, with its span clamped into the text: the project's own export then
    imports cleanly into a new project.
    """
    path, document = study
    note = document["annotations"][0]
    text_length = len(document["articles"][0]["text"])
    stray = {
        **note,
        "id": "0b6f3f5e-4b7c-4d4e-9f3a-2c1d0e9f8a7b",
        "start": text_length + 500,
        "end": text_length + 900,
        "exact": "words the article never had",
        "prefix": "",
        "suffix": "",
        "status": "orphaned",
    }
    file = tmp_path / "stray.json"
    file.write_text(json.dumps({**document, "articles": [], "annotations": [stray]}))
    run = run_cli("--project", str(path), "import-annotations", str(file), "--json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["orphaned"] == 1
    exported = run_cli("--project", str(path), "export")
    kept = [a for a in json.loads(exported.out)["annotations"] if a["id"] == stray["id"]]
    assert kept and kept[0]["status"] == "orphaned"
    assert 0 <= kept[0]["start"] < kept[0]["end"] <= text_length
    (tmp_path / "again.json").write_text(exported.out)
    other = tmp_path / "other.annotary"
    run = run_cli("--project", str(other), "import-annotations", str(tmp_path / "again.json"))
    assert run.code == 0, run.err


def test_misplaced_quote_is_reanchored_by_its_selectors(
    study: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, document = study
    note = document["annotations"][0]
    text_length = len(document["articles"][0]["text"])
    moved = {
        **note,
        "id": "6a1d2c3b-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
        "start": text_length + 10,
        "end": text_length + 10 + len(note["exact"]),
        "note": "same quote, bad offsets",
        "status": "orphaned",
    }
    file = tmp_path / "moved.json"
    file.write_text(json.dumps({**document, "articles": [], "annotations": [moved]}))
    run = run_cli("--project", str(path), "import-annotations", str(file), "--json")
    assert run.code == 0, run.err
    exported = json.loads(run_cli("--project", str(path), "export").out)
    kept = next(a for a in exported["annotations"] if a["id"] == moved["id"])
    assert (kept["start"], kept["end"], kept["status"]) == (note["start"], note["end"], "anchored")
