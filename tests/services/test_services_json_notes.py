"""Article notes and the project memo in the Annotary JSON format: carried, merged, undone."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.formats.annotary_json import read_json
from annotary.services import exporting, history, merging, notes
from annotary.services.annotation_import import import_annotations
from annotary.services.project import Project
from helpers import add_article, new_project

MEMO = "Research question: who speaks about ports?\n\n  Indented line, 港口 and trailing space "


def _export(project: Project) -> str:
    out = io.StringIO()
    exporting.export_json(project, out)
    return out.getvalue()


def _unstamped(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": ""', text)


def _noted(tmp_path: Path, name: str) -> tuple[Project, str, str]:
    project = new_project(tmp_path, name)
    ferry = add_article(project, "The council voted to expand the ferry service.", title="Ferry")
    quiet = add_article(project, "Rain is expected on Monday.", title="Weather")
    notes.set_article_note(project, ferry.id, "Compare with the levee story.\nSecond line 防洪")
    notes.set_memo(project, MEMO)
    return project, ferry.id, quiet.id


def test_notes_and_memo_round_trip_exactly_through_an_empty_project(tmp_path: Path) -> None:
    first, ferry, quiet = _noted(tmp_path, "a.annotary")
    exported = _export(first)
    doc = json.loads(exported)
    assert doc["memo"] == MEMO
    assert list(doc)[:4] == ["format", "version", "exported_at", "memo"]
    by_id = {a["id"]: a for a in doc["articles"]}
    assert by_id[ferry]["note"] == "Compare with the levee story.\nSecond line 防洪"
    assert "note" not in by_id[quiet], "an article without a note has no note key"

    second = new_project(tmp_path, "b.annotary")
    report = merging.merge_bundle(second, read_json(io.StringIO(exported)), "a.json").value
    assert (report.notes_added, report.notes_joined, report.memo) == (1, 0, "added")
    assert "1 article note added" in report.summary()
    assert "the project memo added" in report.summary()
    assert notes.memo(second) == MEMO
    assert notes.article_note(second, ferry) == "Compare with the levee story.\nSecond line 防洪"
    assert _unstamped(_export(second)) == _unstamped(exported)


def test_a_project_without_notes_writes_no_memo_or_note_keys(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    add_article(project)
    doc = json.loads(_export(project))
    assert "memo" not in doc
    assert all("note" not in a for a in doc["articles"])


def test_a_different_note_and_memo_are_kept_both_never_overwritten(tmp_path: Path) -> None:
    theirs, ferry, _ = _noted(tmp_path, "theirs.annotary")
    path = tmp_path / "from-bo.json"
    path.write_text(_export(theirs), encoding="utf-8")
    mine = new_project(tmp_path, "mine.annotary")
    merging.merge_bundle(mine, read_json(io.StringIO(_export(theirs))))  # same articles
    notes.set_article_note(mine, ferry, "My own reading of the ferry vote.")
    notes.set_memo(mine, "My memo.")

    outcome = import_annotations(mine, path)
    report = outcome.value
    assert notes.article_note(mine, ferry) == (
        "My own reading of the ferry vote.\n\n--- imported from from-bo.json ---\n"
        "Compare with the levee story.\nSecond line 防洪"
    )
    assert notes.memo(mine) == f"My memo.\n\n--- imported from from-bo.json ---\n{MEMO}"
    assert (report.notes_added, report.notes_joined, report.memo) == (0, 1, "joined")
    assert "1 article note appended to a different note already there" in report.summary()
    assert "the incoming memo appended to this project's memo" in report.summary()

    again = import_annotations(mine, path).value
    assert (again.notes_added, again.notes_joined, again.memo) == (0, 0, "")
    assert notes.memo(mine).count(MEMO) == 1, "importing the same file twice adds nothing"

    history.revert(mine, outcome.undo)  # the whole import is one step
    assert notes.article_note(mine, ferry) == "My own reading of the ferry vote."
    assert notes.memo(mine) == "My memo."


def test_an_incoming_note_already_in_the_project_changes_nothing(tmp_path: Path) -> None:
    theirs, _, _ = _noted(tmp_path, "theirs.annotary")
    exported = _export(theirs)
    report = merging.merge_bundle(theirs, read_json(io.StringIO(exported))).value
    assert (report.notes_added, report.notes_joined, report.memo) == (0, 0, "")
    assert _unstamped(_export(theirs)) == _unstamped(exported)


def test_a_bad_note_or_memo_is_refused_naming_where(tmp_path: Path) -> None:
    project, _, _ = _noted(tmp_path, "a.annotary")
    doc = json.loads(_export(project))
    doc["articles"][0]["note"] = None
    doc["memo"] = ""
    with pytest.raises(InvalidInputError) as caught:
        read_json(io.StringIO(json.dumps(doc)))
    message = str(caught.value)
    assert "articles[0].note: expected a string, got null\n" in message + "\n"
    assert "memo: must not be empty" in message
    doc = json.loads(_export(project))
    doc["version"] = 1
    with pytest.raises(InvalidInputError, match="memo: unknown key"):
        read_json(io.StringIO(json.dumps(doc)))
