"""JSON export and import: round trips, merges, scopes and bad files."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from annotary.domain.errors import InvalidInputError
from annotary.formats.annotary_json import read_json
from annotary.services import annotating, codebook, exporting, merging, speakers
from annotary.services.project import Project
from helpers import REPORT, add_article, new_project


def _populate(project: Project) -> None:
    article = add_article(project)
    other = add_article(
        project, "Rain is expected. “Bring umbrellas,” the forecaster said.", title="Weather"
    )
    economy = codebook.create(project, "Economy", color="#e15759").value
    jobs = codebook.create(project, "Jobs", parent=economy.id, description="Employment").value
    trust = codebook.create(project, "Trust").value
    li = speakers.create(project, "Li Hongzhong", role="Minister", aliases=["Li"]).value
    start = REPORT.index("We are ready")
    annotating.create(
        project,
        article.id,
        "quote",
        start,
        start + 12,
        speaker=li.id,
        themes=[jobs.id],
        note="first quote",
    )
    annotating.create(project, article.id, "speaker", 9, 21, speaker=li.id)
    annotating.create(project, article.id, "passage", 0, 40, themes=[trust.id])
    annotating.create(
        project, other.id, "quote", 19, 34, quote_type="indirect", themes=[economy.id]
    )


def _export(project: Project, scope: exporting.Scope | None = None) -> str:
    out = io.StringIO()
    exporting.export_json(project, out, scope or exporting.Scope())
    return out.getvalue()


def _without_stamp(text: str) -> str:
    return re.sub(r'"exported_at": "[^"]*"', '"exported_at": ""', text)


def test_round_trip_through_an_empty_project_gives_the_same_json(tmp_path: Path) -> None:
    first = new_project(tmp_path, "a.annotary")
    _populate(first)
    exported = _export(first)
    second = new_project(tmp_path, "b.annotary")
    merging.merge_bundle(second, read_json(io.StringIO(exported)))
    assert _without_stamp(_export(second)) == _without_stamp(exported)
    doc = json.loads(exported)
    assert doc["format"] == "annotary"
    assert list(doc) == [
        "format",
        "version",
        "exported_at",
        "articles",
        "speakers",
        "themes",
        "annotations",
    ]


def test_importing_twice_changes_nothing(tmp_path: Path) -> None:
    first = new_project(tmp_path, "a.annotary")
    _populate(first)
    exported = _export(first)
    second = new_project(tmp_path, "b.annotary")
    merging.merge_bundle(second, read_json(io.StringIO(exported)))
    before = _export(second)
    report = merging.merge_bundle(second, read_json(io.StringIO(exported))).value
    assert sum(report.added.values()) == 0
    assert _without_stamp(_export(second)) == _without_stamp(before)


def test_another_coders_work_on_the_same_article_merges_without_duplicates(tmp_path: Path) -> None:
    mine = new_project(tmp_path, "mine.annotary", coder="amira")
    theirs = new_project(tmp_path, "theirs.annotary", coder="bo")
    a1 = add_article(mine)
    a2 = add_article(theirs)  # same text, imported separately: another id
    assert a1.id != a2.id
    speakers.create(mine, "Li Hongzhong")
    annotating.annotate_text(
        theirs, a2.id, "quote", "We are ready", speaker_name="Li Hongzhong", theme_names=["Ports"]
    )
    report = merging.merge_bundle(mine, read_json(io.StringIO(_export(theirs)))).value
    assert report.recognised["articles"] == 1 and report.added["articles"] == 0
    assert report.recognised["speakers"] == 1
    notes = annotating.for_article(mine, a1.id)
    assert [(n.exact, n.coder) for n in notes] == [("We are ready", "bo")]
    assert notes[0].speaker == speakers.find(mine, "li hongzhong").id  # type: ignore[union-attr]


def test_conflicting_edits_keep_the_later_one_and_report_it(tmp_path: Path) -> None:
    first = new_project(tmp_path, "a.annotary")
    _populate(first)
    base = _export(first)
    second = new_project(tmp_path, "b.annotary")
    merging.merge_bundle(second, read_json(io.StringIO(base)))
    note = next(a for a in json.loads(base)["annotations"] if a["note"] == "first quote")
    annotating.update(second, note["id"], note="edited later elsewhere")
    report = merging.merge_bundle(first, read_json(io.StringIO(_export(second)))).value
    assert report.updated == 1 and len(report.conflicts) == 1
    assert annotating.get(first, note["id"]).note == "edited later elsewhere"


def test_scope_by_article_and_by_theme(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    _populate(project)
    weather = next(a for a in json.loads(_export(project))["articles"] if a["title"] == "Weather")
    doc = json.loads(_export(project, exporting.Scope(articles=(weather["id"],))))
    assert [a["title"] for a in doc["articles"]] == ["Weather"]
    assert {a["article"] for a in doc["annotations"]} == {weather["id"]}
    economy = next(t for t in codebook.themes(project) if t.name == "Economy")
    doc = json.loads(_export(project, exporting.Scope(themes=(economy.id,))))
    assert {t["name"] for t in doc["themes"]} == {"Economy", "Jobs"}
    assert len(doc["annotations"]) == 2  # the Economy quote and the Jobs quote
    assert {a["title"] for a in doc["articles"]} == {"Weather", "Port to reopen"}


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d.update(format="other"), "format"),
        (lambda d: d["annotations"][0].update(start="x"), "annotations[0].start"),
        (
            lambda d: d["annotations"][0].update(article="00000000-0000-4000-8000-000000000000"),
            "annotations[0]",
        ),
        (lambda d: d.update(version=99), "version"),
    ],
)
def test_a_bad_file_is_rejected_naming_where_and_changes_nothing(
    tmp_path: Path, mutate, where
) -> None:  # type: ignore[no-untyped-def]
    source = new_project(tmp_path, "a.annotary")
    _populate(source)
    doc = json.loads(_export(source))
    mutate(doc)
    target = new_project(tmp_path, "b.annotary")
    revision = target.store.revision()
    with pytest.raises(InvalidInputError) as info:
        merging.merge_bundle(
            target, read_json(io.StringIO(json.dumps(doc)), known_ids=merging.known_ids(target))
        )
    assert where in str(info.value)
    assert target.store.revision() == revision


def test_not_json_at_all_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="line"):
        read_json(io.StringIO('{"format": "annotary", '))


def test_a_quote_in_two_parts_survives_export_and_import_into_another_project(
    tmp_path: Path,
) -> None:
    first = new_project(tmp_path, "a.annotary", coder="amira")
    article = add_article(first)
    parts = ("“This is a promise", "we have heard before,”")
    spans = [(REPORT.index(p), REPORT.index(p) + len(p)) for p in parts]
    quote = annotating.create_segments(first, article.id, "quote", spans).value
    exported = _export(first)
    second = new_project(tmp_path, "b.annotary", coder="bo")
    merging.merge_bundle(second, read_json(io.StringIO(exported)))
    assert annotating.get(second, quote.id) == quote
    assert _without_stamp(_export(second)) == _without_stamp(exported)
    again = merging.merge_bundle(second, read_json(io.StringIO(exported))).value
    assert sum(again.added.values()) == 0


def test_a_quote_in_two_parts_is_placed_part_by_part_on_the_projects_text(
    tmp_path: Path,
) -> None:
    """The file's quote refers to an article the project holds with another text: each
    part is found again by its own quote and context."""
    first = new_project(tmp_path, "a.annotary", coder="amira")
    article = add_article(first)
    parts = ("“This is a promise", "we have heard before,”")
    spans = [(REPORT.index(p), REPORT.index(p) + len(p)) for p in parts]
    quote = annotating.create_segments(first, article.id, "quote", spans).value
    document = json.loads(_export(first))
    second = new_project(tmp_path, "b.annotary", coder="bo")
    text = "Breaking news from the harbour.\n\n" + REPORT.replace("Critics", "Local critics")
    theirs = add_article(second, text)
    document["articles"] = []
    document["annotations"][0]["article"] = theirs.id
    bundle = read_json(io.StringIO(json.dumps(document)), known_ids=[theirs.id])
    report = merging.merge_bundle(second, bundle).value
    assert report.orphaned == 0
    moved = annotating.get(second, quote.id)
    assert moved.status == "anchored"
    assert [text[s.start : s.end] for s in moved.segments] == list(parts)
    assert moved.exact == text[moved.start : moved.end]
