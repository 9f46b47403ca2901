"""Counts across the corpus agree with the JSON export, counted here independently, and
every cell lists exactly the annotations it counts."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import pytest

import analysis_corpus
from annotary.domain.analysis import BY, MEASURES, AnnotationQuery, CountTable
from annotary.domain.errors import InvalidInputError
from annotary.services import analysis, exporting
from helpers import new_project

Doc = dict[str, Any]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path_factory.mktemp("corpus"))
    built = analysis_corpus.build(project)
    out = io.StringIO()
    exporting.export_json(project, out)
    yield project, built, json.loads(out.getvalue())
    project.close()


def _values(doc: Doc, dim: str) -> Callable[[Doc], list[Any]]:
    """What the export says an annotation's value(s) on a dimension are."""
    articles = {a["id"]: a for a in doc["articles"]}
    speakers = {s["id"]: s for s in doc["speakers"]}

    def speaker_field(a: Doc, key: str) -> list[Any]:
        found = speakers.get(a["speaker"]) if a["speaker"] else None
        return [(found or {}).get(key) or None]

    def month(a: Doc) -> list[Any]:
        published = articles[a["article"]]["published"]
        return [published[:7] if published and len(published) >= 7 else None]

    return {
        "theme": lambda a: list(a["themes"]),
        "speaker": lambda a: [a["speaker"]],
        "outlet": lambda a: [(articles[a["article"]]["outlet"] or "").lower() or None],
        "month": month,
        "role": lambda a: speaker_field(a, "role"),
        "affiliation": lambda a: speaker_field(a, "affiliation"),
        "quote_type": lambda a: [a["quote_type"]],
    }[dim]


def _key(dim: str, key: str | None) -> str | None:
    return key.lower() if key is not None and dim == "outlet" else key


def _expected(doc: Doc, table: CountTable, kinds: set[str], i: int, j: int) -> set[str]:
    rows, cols = _values(doc, table.row_dimension), _values(doc, table.column_dimension)
    r, c = (
        _key(table.row_dimension, table.row_keys[i]),
        _key(table.column_dimension, table.column_keys[j]),
    )
    return {
        a["id"] for a in doc["annotations"] if a["kind"] in kinds and r in rows(a) and c in cols(a)
    }


@pytest.mark.parametrize("measure", MEASURES)
@pytest.mark.parametrize("by", BY)
def test_each_cell_counts_what_the_export_holds_and_lists_exactly_those_rows(
    corpus, measure: str, by: str
) -> None:  # type: ignore[no-untyped-def]
    project, _built, doc = corpus
    if measure == "speakers" and by == "speaker":
        with pytest.raises(InvalidInputError):
            analysis.counts(project, measure, by)
        return
    table = analysis.counts(project, measure, by)  # type: ignore[arg-type]
    kinds = {"quote"} if measure != "themes" else {"quote", "passage", "speaker"}
    assert table.total > 0
    for i in range(len(table.rows)):
        for j in range(len(table.columns)):
            expected = _expected(doc, table, kinds, i, j)
            assert table.counts[i][j] == len(expected), (table.rows[i], table.columns[j])
            listed = analysis.cell_rows(project, table, i, j)
            assert {r.id for r in listed} == expected, (table.rows[i], table.columns[j])


def test_every_speaker_and_theme_appears_even_without_counts(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built, doc = corpus
    themes = analysis.counts(project, "themes", "speaker")
    assert set(themes.row_keys) == {t["id"] for t in doc["themes"]}
    assert built.speakers["silent"] in themes.column_keys
    unused = themes.row_keys.index(built.themes["unused"])
    assert themes.rows[unused] == "Tourism" and sum(themes.counts[unused]) == 0
    trade = themes.row_keys.index(built.themes["trade"])
    assert themes.rows[trade] == "Economy › Trade", "themes are labelled with their paths"


def test_outlets_differing_only_in_case_are_one_column(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, _doc = corpus
    table = analysis.counts(project, "speakers", "outlet")
    assert [c.lower() for c in table.columns] == ["coast post", "harbour daily", "江城日报"]


def test_months_run_without_gaps_and_undated_articles_are_counted_apart(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, doc = corpus
    table = analysis.counts(project, "quote-types", "month")
    assert table.columns == ("2024-01", "2024-02", "2024-03", "(none)")
    assert table.column_totals[1] == 0
    undated = {a["id"] for a in doc["articles"] if not a["published"]}
    quotes_undated = [
        a for a in doc["annotations"] if a["kind"] == "quote" and a["article"] in undated
    ]
    assert table.column_totals[3] == len(quotes_undated) > 0


def test_a_filter_narrows_every_cell(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, doc = corpus
    query = AnnotationQuery(language="en", date_from="2024-01-01", date_to="2024-02-29")
    table = analysis.counts(project, "themes", "outlet", query)
    articles = {
        a["id"]
        for a in doc["articles"]
        if a["language"] == "en" and a["published"] and a["published"] <= "2024-02-29"
    }
    expected = sum(len(a["themes"]) for a in doc["annotations"] if a["article"] in articles)
    assert table.total == expected > 0
    for i in range(len(table.rows)):
        for j in range(len(table.columns)):
            listed = analysis.cell_rows(project, table, i, j)
            assert len(listed) == table.counts[i][j]
            assert all(r.article_id in articles for r in listed)


def test_percentages_by_row_and_column_add_up(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, _doc = corpus
    table = analysis.voice_share(project, "role")
    for row, total in zip(table.percentages_by_row(), table.row_totals, strict=True):
        assert sum(row) == pytest.approx(100.0 if total else 0.0)
    by_column = table.percentages_by_column()
    for j, total in enumerate(table.column_totals):
        assert sum(row[j] for row in by_column) == pytest.approx(100.0 if total else 0.0)


def test_voice_share_is_quote_types_by_role(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, doc = corpus
    table = analysis.voice_share(project, "role")
    assert table.columns[:2] == ("direct", "indirect")
    secretary = table.rows.index("Party secretary")
    li = next(s for s in doc["speakers"] if s["name"] == "Li Hongzhong")["id"]
    theirs = [a for a in doc["annotations"] if a["kind"] == "quote" and a["speaker"] == li]
    assert table.counts[secretary][0] == sum(a["quote_type"] == "direct" for a in theirs)
    assert table.counts[secretary][1] == sum(a["quote_type"] == "indirect" for a in theirs)


def _paragraphs_with(doc: Doc, theme_a: str, theme_b: str) -> set[tuple[str, int]]:
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    found: dict[tuple[str, int], set[str]] = {}
    for a in doc["annotations"]:
        paragraph = texts[a["article"]][: a["start"]].count("\n\n")
        found.setdefault((a["article"], paragraph), set()).update(a["themes"])
    return {key for key, themes in found.items() if {theme_a, theme_b} <= themes}


def test_paragraph_cooccurrence_counts_paragraphs_holding_both_themes(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built, doc = corpus
    table = analysis.cooccurrence(project, "paragraph")
    texts = {a["id"]: a["text"] for a in doc["articles"]}
    for i, a in enumerate(table.row_keys):
        for j, b in enumerate(table.column_keys):
            assert a is not None and b is not None
            paragraphs = _paragraphs_with(doc, a, b)
            assert table.counts[i][j] == len(paragraphs), (table.rows[i], table.columns[j])
            listed = analysis.cell_rows(project, table, i, j)
            where = {(r.article_id, texts[r.article_id][: r.start].count("\n\n")) for r in listed}
            assert where == paragraphs
            assert all({a, b} & set(r.theme_ids) for r in listed)


def test_annotation_cooccurrence_counts_annotations_with_both(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built, doc = corpus
    table = analysis.cooccurrence(project, "annotation")
    trade, jobs = built.themes["trade"], built.themes["jobs"]
    i, j = table.row_keys.index(trade), table.column_keys.index(jobs)
    both = {a["id"] for a in doc["annotations"] if {trade, jobs} <= set(a["themes"])}
    assert table.counts[i][j] == table.counts[j][i] == len(both) > 0
    assert {r.id for r in analysis.cell_rows(project, table, i, j)} == both
