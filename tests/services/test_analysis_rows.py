"""Quotes and passages across the corpus: filters, aliases, sorting, paging, profiles."""

from __future__ import annotations

from pathlib import Path

import pytest

import analysis_corpus
from annotary.domain.analysis import AnnotationQuery
from annotary.services import analysis, annotating, speakers
from helpers import new_project


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path_factory.mktemp("rows"))
    built = analysis_corpus.build(project)
    yield project, built
    project.close()


def ids(project, **query: object) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.id for r in analysis.rows(project, AnnotationQuery(**query))}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "name",
    [
        "Li",
        "Li Hongzhong",
        "the Party secretary of Tianjin",
        "THE PARTY SECRETARY OF TIANJIN",
        "李鸿忠",
    ],
)
def test_a_speaker_is_found_by_name_or_any_alias(corpus, name: str) -> None:  # type: ignore[no-untyped-def]
    project, built = corpus
    by_id = ids(project, kind="quote", speaker=built.speakers["li"])
    assert len(by_id) == 6
    assert ids(project, kind="quote", speaker=name) == by_id


def test_an_unknown_speaker_finds_nothing(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    assert ids(project, speaker="Nobody at all") == set()
    assert analysis.find_speakers(project, "Nobody at all") == []


def test_a_theme_includes_its_subthemes_unless_asked_not_to(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built = corpus
    with_below = analysis.rows(project, AnnotationQuery(theme=built.themes["economy"]))
    below = {built.themes["economy"], built.themes["trade"], built.themes["jobs"]}
    assert with_below and all(set(r.theme_ids) & below for r in with_below)
    alone = analysis.rows(
        project, AnnotationQuery(theme=built.themes["economy"], include_subthemes=False)
    )
    assert [r.text for r in alone] == ["exports would recover by summer"]
    assert len(with_below) > len(alone)


def test_rows_carry_what_the_table_shows(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built = corpus
    (row,) = analysis.rows(project, AnnotationQuery(text="ships again"))
    assert row.article_title == "Port to reopen" and row.outlet == "Harbour Daily"
    assert row.published == "2024-01-15" and row.language == "en"
    assert (row.speaker_id, row.speaker_name) == (built.speakers["li"], "Li Hongzhong")
    assert (row.role, row.affiliation) == ("Party secretary", "Tianjin committee")
    assert row.quote_type == "direct" and row.kind == "quote"
    assert row.theme_ids == (built.themes["trade"],)
    assert row.theme_names == ("Trade",) and row.theme_paths == ("Economy › Trade",)
    assert row.note == "opening line" and row.coder == "amira"
    article = analysis_corpus.PORT
    assert article[row.start : row.end] == row.text == "We are ready to welcome the ships again"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"outlet": "HARBOUR DAILY", "kind": "passage"}, 3),
        ({"date_from": "2024-03-01", "date_to": "2024-03-02", "kind": "quote"}, 2),
        ({"language": "zh"}, 3),
        ({"quote_type": "indirect"}, 4),
        ({"coder": "Amira", "kind": "speaker"}, 2),
        ({"text": "levee"}, 1),  # found in a note
        ({"text": "Okafor", "kind": "quote"}, 3),  # the speaker's name
        ({"outlet": "", "kind": "quote"}, 0),
        ({"month": "2024-03", "kind": "passage"}, 2),
        ({"month": "", "kind": "passage"}, 2),
        ({"speaker": "", "kind": "passage"}, 5),
        ({"role": "spokeswoman"}, 3),
    ],
)
def test_each_filter_narrows_the_rows(corpus, query: dict[str, str], expected: int) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    found = analysis.rows(project, AnnotationQuery(**query))  # type: ignore[arg-type]
    assert len(found) == expected == analysis.count(project, AnnotationQuery(**query))  # type: ignore[arg-type]


def test_free_text_matches_literally(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    assert analysis.rows(project, AnnotationQuery(text="100%_")) == []
    assert len(analysis.rows(project, AnnotationQuery(text="准备好"))) == 1


def test_rows_sort_and_page(corpus) -> None:  # type: ignore[no-untyped-def]
    project, _built = corpus
    query = AnnotationQuery(kind="quote")
    by_speaker = analysis.rows(project, query, sort="speaker_name")
    names = [r.speaker_name for r in by_speaker]
    assert names == sorted(names, key=lambda n: (n is None, (n or "").lower()))
    newest = analysis.rows(project, query, sort="published", descending=True)
    dated = [r.published for r in newest if r.published]
    assert dated == sorted(dated, reverse=True)
    assert newest[-1].published is None, "rows without a date come last"
    pages = [
        r.id for k in range(0, 12, 4) for r in analysis.rows(project, query, limit=4, offset=k)
    ]
    assert pages == [r.id for r in analysis.rows(project, query)]


def test_a_speaker_profile_has_every_count_with_its_rows(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built = corpus
    profile = analysis.speaker_profile(project, built.speakers["li"])
    assert profile.aliases == ("Li", "the Party secretary of Tianjin", "李鸿忠")
    assert [s.forms for s in profile.stated] == [
        ("the Party secretary of Tianjin",),
        ("The Party secretary of Tianjin",),
    ]
    assert profile.quotes.count == 6
    assert {c.label: c.count for c in profile.quote_types} == {"direct": 3, "indirect": 3}
    assert [(c.label, c.count) for c in profile.months] == [
        ("2024-01", 2),
        ("2024-02", 0),
        ("2024-03", 4),
    ]
    assert {c.label: c.count for c in profile.outlets} == {
        "Harbour Daily": 2,
        "Coast Post": 2,
        "江城日报": 2,
    }
    for figure in (
        profile.quotes,
        *profile.quote_types,
        *profile.months,
        *profile.outlets,
        *profile.themes,
    ):
        found = analysis.rows(project, figure.query)
        assert len(found) == figure.count, figure.label
        assert all(r.speaker_id == built.speakers["li"] and r.kind == "quote" for r in found)


def test_a_theme_profile_groups_by_article_with_context(corpus) -> None:  # type: ignore[no-untyped-def]
    project, built = corpus
    profile = analysis.theme_profile(project, built.themes["env"])
    assert profile.path == "Environment"
    assert (profile.passages.count, profile.quotes.count) == (2, 1)
    titles = [g.article_title for g in profile.articles]
    assert titles == ["Ferries stop for winter", "防洪堤将完工"]
    ferry = profile.articles[0]
    assert ferry.rows[0].text == "flood defences along the river"
    prefix, suffix = ferry.contexts[0]
    assert prefix.endswith("worry about the ") and suffix.startswith(".")
    (trade,) = profile.cooccurring
    assert trade.label == "Economy › Trade" and trade.count == 1
    assert [r.text for r in analysis.rows(project, trade.query)] == ["出口将在夏季恢复"]


def test_renaming_an_alias_changes_who_a_name_finds(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    built = analysis_corpus.build(project)
    speakers.update(project, built.speakers["okafor"], aliases=("Li",))
    both = {built.speakers["li"], built.speakers["okafor"]}
    assert set(analysis.find_speakers(project, "li")) == both
    found = analysis.rows(project, AnnotationQuery(kind="quote", speaker="Li"))
    assert {r.speaker_id for r in found} == both
    annotating.delete(project, [r.id for r in found])
    assert analysis.count(project, AnnotationQuery(kind="quote")) == 0
    project.close()


def test_a_quote_in_two_parts_shows_its_parts_without_the_attribution(tmp_path: Path) -> None:
    from helpers import add_article

    project = new_project(tmp_path)
    first, second = "We will rebuild the pier,", "It will take two summers."
    text = f"The storm passed. “{first}” Mayor Ilse Brandt said. “{second}”"
    article = add_article(project, text)
    spans = [(text.index(p), text.index(p) + len(p)) for p in (first, second)]
    annotating.create_segments(project, article.id, "quote", spans, quote_type="direct")
    (row,) = analysis.rows(project, AnnotationQuery(kind="quote"))
    assert row.text == f"{first} … {second}"
    assert "said" not in row.text
    assert analysis.rows(project, AnnotationQuery(kind="quote", text="summers"))


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"kind": "quote"},
        {"kind": "passage"},
        {"speaker": "li", "kind": "quote"},
        {"theme": "trade", "include_subthemes": True},
        {"quote_type": "direct"},
    ],
)
def test_the_default_order_is_date_then_article_then_position_undated_last(
    corpus, query: dict[str, object]
) -> None:  # type: ignore[no-untyped-def]
    """The default listing (read in date order from an index) against the same rows
    sorted here, and read in pages."""
    project, built = corpus
    if "speaker" in query:
        query = {**query, "speaker": built.speakers[str(query["speaker"])]}
    if "theme" in query:
        query = {**query, "theme": built.themes[str(query["theme"])]}
    q = AnnotationQuery(**query)  # type: ignore[arg-type]
    listed = analysis.rows(project, q)
    assert listed, query
    expected = sorted(
        listed,
        key=lambda r: (r.published is None, r.published or "", r.article_id, r.start, r.id),
    )
    assert [r.id for r in listed] == [r.id for r in expected]
    assert any(r.published is None for r in analysis.rows(project, AnnotationQuery()))
    paged = [
        r.id for k in range(0, len(listed), 3) for r in analysis.rows(project, q, limit=3, offset=k)
    ]
    assert paged == [r.id for r in listed]
