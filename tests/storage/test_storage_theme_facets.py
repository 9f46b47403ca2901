"""The theme facets (schema 5) that the theme counts read stay exactly what the records
say after every kind of write: create, edit, delete, undo and redo, article edits and
new texts, theme and speaker merges and deletions, near-duplicate merges, JSON import,
and the migration of a schema-4 project."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from duplicate_texts import WIRE, WIRE_EDITED

from annotary.domain.analysis import AnnotationQuery
from annotary.formats.annotary_json import read_json
from annotary.services import (
    analysis,
    annotating,
    codebook,
    duplicates,
    exporting,
    history,
    merging,
    speakers,
)
from annotary.services import articles as article_service
from annotary.services.project import Project, open_project
from annotary.storage.schema import THEME_FACETS_FROM_RECORDS
from helpers import REPORT, add_article, new_project

FIXTURES = Path(__file__).parent / "fixtures"


def stored(project: Project) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in project.store.query("SELECT * FROM theme_facets"))


def recomputed(project: Project) -> list[tuple[object, ...]]:
    return sorted(tuple(r) for r in project.store.query(THEME_FACETS_FROM_RECORDS))


def assert_exact(project: Project) -> None:
    assert stored(project) == recomputed(project)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_edits_undo_and_redo_keep_the_facets_exact(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, outlet="Harbour Daily", published="2025-03-03", language="en")
    economy = codebook.create(project, "Economy").value.id
    ports = codebook.create(project, "Ports", parent=economy).value.id
    li = speakers.create(project, "Li Hongzhong", role="minister").value.id
    okafor = speakers.create(project, "Maria Okafor", role="spokeswoman").value.id
    start, end = _span(REPORT, "We are ready to welcome the ships again")
    made = annotating.create(
        project, article.id, "quote", start, end, speaker=li, themes=[economy, ports]
    )
    quote = made.value.id
    assert len(stored(project)) == 2
    assert_exact(project)
    undo_create = history.revert(project, made.undo)
    assert stored(project) == []
    history.revert(project, undo_create.undo)
    assert len(stored(project)) == 2
    assert_exact(project)

    later_start, later_end = _span(REPORT, "This is a promise we have heard before")
    edits = [
        {"speaker": okafor},
        {"quote_type": "indirect"},
        {"themes": [ports]},
        {"themes": [ports, economy]},
        {"start": later_start, "end": later_end},  # another paragraph
        {"kind": "passage"},
    ]
    for fields in edits:
        outcome = annotating.update(project, quote, **fields)  # type: ignore[arg-type]
        assert_exact(project)
        redo = history.revert(project, outcome.undo)
        assert_exact(project)
        history.revert(project, redo.undo)
        assert_exact(project)
    assert {r[1] for r in stored(project)} == {1}  # the second paragraph, now

    for fields in (
        {"outlet": "Riverton Ledger"},
        {"published": "2024-12-31"},
        {"language": "zh"},
    ):
        outcome = article_service.update_metadata(project, article.id, **fields)
        assert_exact(project)
        history.revert(project, outcome.undo)
        assert_exact(project)

    new_text = "A new first paragraph.\n\n" + REPORT
    replaced = article_service.replace_text(project, article.id, new_text)
    assert {r[1] for r in stored(project)} == {2}
    assert_exact(project)
    history.revert(project, replaced.undo)
    assert_exact(project)

    deleted = annotating.delete(project, [quote])
    assert stored(project) == []
    history.revert(project, deleted.undo)
    assert len(stored(project)) == 2
    assert_exact(project)

    start, end = _span(REPORT, "the port would reopen")  # in the first paragraph
    annotating.create(project, article.id, "passage", start, end, themes=[economy])
    gone = article_service.delete(project, [article.id])
    assert stored(project) == []
    history.revert(project, gone.undo)  # the article, its annotations, their themes
    assert sorted(r[1] for r in stored(project)) == [0, 1, 1]
    assert_exact(project)


def test_theme_and_speaker_merges_and_deletions_keep_the_facets_exact(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    a = codebook.create(project, "Economy").value.id
    b = codebook.create(project, "Economics").value.id
    c = codebook.create(project, "Jobs", parent=b).value.id
    li = speakers.create(project, "Li Hongzhong").value.id
    li2 = speakers.create(project, "Li H.").value.id
    for words, themes, speaker in (
        ("We are ready to welcome the ships again", [a, b], li2),
        ("This is a promise we have heard before", [b, c], li),
        ("港口将于周一重新开放", [c], None),
    ):
        start, end = _span(REPORT, words)
        annotating.create(project, article.id, "quote", start, end, speaker=speaker, themes=themes)
    assert_exact(project)
    for change in (
        lambda: codebook.merge(project, b, a),
        lambda: codebook.delete(project, c),
        lambda: speakers.merge(project, li2, li),
        lambda: speakers.delete(project, li),  # the quotes keep no speaker
    ):
        outcome = change()
        assert_exact(project)
        history.revert(project, outcome.undo)
        assert_exact(project)
        outcome = change()
        assert_exact(project)
    assert {r[3] for r in stored(project)} == {a}
    assert {r[5] for r in stored(project)} == {None}


def test_a_near_duplicate_merge_and_its_undo_keep_the_facets_exact(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    theme = codebook.create(project, "Ferries").value.id
    first = add_article(project, WIRE, "Council votes to close ferry terminal", outlet="Ledger")
    second = add_article(
        project, WIRE_EDITED, "Ferry terminal to close", outlet="Courier", published="2025-03-04"
    )
    for article, text, words in (
        (first, WIRE, "“Nobody asked us.”"),
        (second, WIRE_EDITED, "2,400 passengers each day"),
        (second, WIRE_EDITED, "furious"),
    ):
        start, end = _span(text, words)
        annotating.create(project, article.id, "passage", start, end, themes=[theme])
    group = duplicates.groups(project)[0]
    merged = duplicates.merge(project, group.id, into=first.id)
    assert {(r[0], r[8]) for r in stored(project)} == {(first.id, "Ledger")}
    assert_exact(project)
    history.revert(project, merged.undo)
    assert {r[8] for r in stored(project)} == {"Ledger", "Courier"}
    assert_exact(project)


def test_a_json_import_fills_the_facets(tmp_path: Path) -> None:
    source = new_project(tmp_path, "a.annotary")
    article = add_article(source, outlet="Harbour Daily")
    theme = codebook.create(source, "Economy").value.id
    start, end = _span(REPORT, "We are ready to welcome the ships again")
    annotating.create(source, article.id, "quote", start, end, themes=[theme])
    out = io.StringIO()
    exporting.export_json(source, out)
    target = new_project(tmp_path, "b.annotary")
    merging.merge_bundle(target, read_json(io.StringIO(out.getvalue())))
    assert stored(target) == stored(source) != []
    assert_exact(target)


def test_a_schema_4_project_gets_its_facets_and_counts_the_same(tmp_path: Path) -> None:
    path = tmp_path / "old.annotary"
    shutil.copy(FIXTURES / "schema-v4.annotary", path)
    project = open_project(path)
    assert stored(project) != []
    assert_exact(project)
    table = analysis.counts(project, "themes", "outlet")
    assert table.total == sum(len(r.theme_ids) for r in analysis.rows(project)) > 0
    (quote,) = analysis.rows(project, AnnotationQuery(kind="quote"))
    i = table.row_keys.index(quote.theme_ids[0])
    j = table.column_keys.index(quote.outlet)
    assert quote.id in {r.id for r in analysis.cell_rows(project, table, i, j)}
    project.close()
