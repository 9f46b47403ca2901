"""Full-text search: ranked, with snippets and filters, English and Chinese alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.services import articles as article_service
from annotary.services.searching import SearchFilters, search
from helpers import add_article, new_project

ZH_1 = "市政府表示，新的公交线路将于明年开通。或者，市民可以继续使用现有的渡轮服务。"
ZH_2 = "港口管理局指出，货运量比去年增长了百分之十二。"
EN_1 = "The council voted to expand the ferry service. Ferry operators welcomed the ferry plan."
EN_2 = "Heat records fell across the region as the ferry crossing closed for a day."


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = new_project(tmp_path)
    add_article(p, ZH_1, title="公交线路", outlet="江城日报", published="2026-03-02", language="zh")
    add_article(p, ZH_2, title="货运增长", outlet="海城晚报", published="2026-05-10", language="zh")
    add_article(
        p,
        EN_1,
        title="Council expands ferries",
        outlet="Harbour Daily",
        published="2026-04-01",
        language="en",
    )
    add_article(
        p, EN_2, title="Heat records", outlet="Coast Post", published="2026-06-20", language="en"
    )
    yield p
    p.close()


@pytest.mark.parametrize(
    ("query", "title"),
    [("或", "公交线路"), ("或者", "公交线路"), ("公交线", "公交线路"), ("百分之十二", "货运增长")],
)
def test_chinese_queries_of_one_two_and_three_characters_are_found(project, query, title) -> None:  # type: ignore[no-untyped-def]
    hits = search(project, query)
    assert [h.title for h in hits] == [title]
    hit = hits[0]
    assert any(hit.snippet[s:e] == query for s, e in hit.marks), hit
    assert "\u200b" not in hit.snippet


def test_a_chinese_query_matches_adjacent_characters_only(project) -> None:  # type: ignore[no-untyped-def]
    # 公 and 线 both occur in the first article, but never as "公线".
    assert search(project, "公线") == []


def test_english_results_are_ranked_by_relevance(project) -> None:  # type: ignore[no-untyped-def]
    hits = search(project, "ferry")
    assert [h.title for h in hits] == ["Council expands ferries", "Heat records"]
    assert hits[0].rank <= hits[1].rank


def test_filters_by_outlet_language_date_and_collection(project) -> None:  # type: ignore[no-untyped-def]
    assert [h.title for h in search(project, "ferry", SearchFilters(outlet="coast post"))] == [
        "Heat records"
    ]
    assert search(project, "ferry", SearchFilters(language="zh")) == []
    dated = search(project, "ferry", SearchFilters(date_from="2026-05-01", date_to="2026-12-31"))
    assert [h.title for h in dated] == ["Heat records"]
    heat = next(a for a in article_service.summaries(project) if a.title == "Heat records")
    article_service.update_metadata(project, heat.id, collections=["Climate"])
    assert [h.title for h in search(project, "ferry", SearchFilters(collection="climate"))] == [
        "Heat records"
    ]


@pytest.mark.parametrize("query", ['"', "ferry AND", "(ferry", "ferry*", "NEAR(", "-", "title:x"])
def test_search_syntax_typed_by_a_user_never_errors(project, query) -> None:  # type: ignore[no-untyped-def]
    search(project, query)


def test_search_over_titles(project) -> None:  # type: ignore[no-untyped-def]
    assert [h.title for h in search(project, "expands")] == ["Council expands ferries"]
