"""Search stays fast and its snippets right when an article is megabytes long."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from annotary.services.searching import search
from helpers import add_article, new_project

FILLER_EN = "The harbour board met again and talked about the tides at length. "
FILLER_ZH = "港口管理局表示，货运量比去年增长了百分之十二。"


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = new_project(tmp_path)
    yield p
    p.close()


def _marked(hit) -> list[str]:  # type: ignore[no-untyped-def]
    return [hit.snippet[s:e] for s, e in hit.marks]


def test_search_in_a_three_megabyte_article_is_fast_and_marks_the_last_word(project) -> None:  # type: ignore[no-untyped-def]
    text = FILLER_EN * 48_000 + "Only here is the word zanzibarite."
    add_article(project, text, title="Long minutes")
    add_article(project, "A short zanzibarite note.", title="Short")
    started = time.perf_counter()
    hits = search(project, "zanzibarite")
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{elapsed:.1f} s"
    assert sorted(h.title for h in hits) == ["Long minutes", "Short"]
    long_hit = next(h for h in hits if h.title == "Long minutes")
    assert _marked(long_hit) == ["zanzibarite"]
    assert long_hit.snippet.startswith("…")
    assert len(long_hit.snippet) < 400


@pytest.mark.parametrize("query", ["harbour tides", "harbour", '"the tides"', "港口 增长"])
def test_terms_that_occur_everywhere_in_a_large_article_are_fast(project, query) -> None:  # type: ignore[no-untyped-def]
    # FTS5's snippet() grew with the square of the number of matches (25 s here).
    add_article(project, (FILLER_EN + FILLER_ZH) * 20_000, title="Everywhere")
    started = time.perf_counter()
    hits = search(project, query)
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0, f"{elapsed:.1f} s"
    assert [h.title for h in hits] == ["Everywhere"]
    assert hits[0].marks


def test_chinese_phrase_deep_in_a_large_article(project) -> None:  # type: ignore[no-untyped-def]
    text = FILLER_ZH * 120_000 + "鹦鹉螺号今天到港。"
    add_article(project, text, title="长文", language="zh")
    started = time.perf_counter()
    hits = search(project, "鹦鹉螺")
    assert time.perf_counter() - started < 2.0
    assert [h.title for h in hits] == ["长文"]
    assert _marked(hits[0]) == ["鹦鹉螺"]
    assert "\u200b" not in hits[0].snippet


def test_every_occurrence_in_the_snippet_is_marked_and_case_and_accents_are_ignored(
    project,  # type: ignore[no-untyped-def]
) -> None:
    add_article(project, "Le Café ouvre. Un café, deux CAFE, trois cafés.", title="Cafés")
    hits = search(project, "cafe")
    assert _marked(hits[0]) == ["Café", "café", "CAFE"]


def test_words_are_matched_whole_as_the_index_matches_them(project) -> None:  # type: ignore[no-untyped-def]
    add_article(project, "The ferryman waited. Then the ferry left.", title="Crossing")
    assert _marked(search(project, "ferry")[0]) == ["ferry"]


def test_a_title_only_match_shows_the_title_marked(project) -> None:  # type: ignore[no-untyped-def]
    add_article(project, "Nothing about the subject in the body.", title="Ferry strike")
    hit = search(project, "strike")[0]
    assert _marked(hit) == ["strike"]


@pytest.mark.parametrize("query", ['"a b c d e f"', "(((((", "ferry " * 200, "了" * 300])
def test_hostile_queries_over_a_large_article_end_quickly(project, query) -> None:  # type: ignore[no-untyped-def]
    add_article(project, FILLER_EN * 20_000 + " a b c d e f " + FILLER_ZH * 100, title="Big")
    started = time.perf_counter()
    search(project, query)
    assert time.perf_counter() - started < 2.0


def test_a_phrase_across_the_edge_of_a_read_piece_is_found(project) -> None:  # type: ignore[no-untyped-def]
    from annotary.storage.search_snippets import HEAD_BYTES

    filler = "x" * (HEAD_BYTES - 5) + " "
    add_article(project, filler + "harbour tides are high", title="Edge")
    hit = search(project, '"harbour tides"')[0]
    assert _marked(hit) == ["harbour tides"]


def test_when_the_reading_budget_is_spent_hits_still_come_with_their_opening(
    project,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from annotary.storage import search_snippets

    monkeypatch.setattr(search_snippets, "SCAN_BUDGET_BYTES", 300_000)
    for i in range(3):
        add_article(project, f"Opening {i}. " + FILLER_EN * 10_000 + "zanzibarite.", title=f"A{i}")
    hits = search(project, "zanzibarite")
    assert len(hits) == 3
    assert all(h.snippet.startswith("Opening") and h.marks == () for h in hits[1:])


@pytest.mark.parametrize(
    ("text", "query", "marked"),
    [
        ("서울시는 한국의 수도이다. “Quotes” here.", "한국의", ["한국의"]),
        ("Résumé of the café talks — “quoted”.", "resume", ["Résumé"]),
        ("Tiếng Việt có dấu — ngôn ngữ.", "tieng viet", ["Tiếng", "Việt"]),
    ],
)
def test_accented_and_hangul_words_are_marked_in_non_ascii_text(
    project,  # type: ignore[no-untyped-def]
    text: str,
    query: str,
    marked: list[str],
) -> None:
    add_article(project, text, title="Words")
    assert _marked(search(project, query)[0]) == marked
