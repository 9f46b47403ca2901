"""disagreements(): where in an article the coders differ."""

from __future__ import annotations

from annotary.domain.agreement import CodedSpan, disagreements


def span(
    coder: str, start: int, end: int, category: str = "economy", article: str = "harbour"
) -> CodedSpan:
    return CodedSpan(coder, article, start, end, category)


def test_partly_overlapping_spans() -> None:
    spans = [span("ana", 10, 30), span("ben", 20, 40)]
    assert disagreements(spans, "harbour", ["ana", "ben"], "economy") == [
        (10, 20, frozenset({"ana"})),
        (30, 40, frozenset({"ben"})),
    ]


def test_identical_spans_do_not_disagree() -> None:
    spans = [span("ana", 10, 30), span("ben", 10, 20), span("ben", 20, 30)]
    assert disagreements(spans, "harbour", ["ana", "ben"], "economy") == []


def test_a_coder_who_coded_nothing_disagrees_everywhere_others_coded() -> None:
    spans = [span("ana", 5, 9), span("ben", 5, 9)]
    assert disagreements(spans, "harbour", ["ana", "ben", "cleo"], "economy") == [
        (5, 9, frozenset({"ana", "ben"}))
    ]


def test_three_coders_and_adjacent_ranges_with_the_same_coders_are_joined() -> None:
    spans = [span("ana", 0, 10), span("ana", 10, 20), span("ben", 15, 25), span("cleo", 15, 20)]
    assert disagreements(spans, "harbour", ["ana", "ben", "cleo"], "economy") == [
        (0, 15, frozenset({"ana"})),
        (20, 25, frozenset({"ben"})),
    ]


def test_other_articles_coders_and_categories_are_ignored() -> None:
    spans = [
        span("ana", 0, 10),
        span("ben", 0, 10),
        span("ana", 40, 50, article="budget"),
        span("dora", 0, 30),
        span("ben", 60, 70, category="housing"),
    ]
    assert disagreements(spans, "harbour", ["ana", "ben"], "economy") == []
    assert disagreements(spans, "harbour", ["ana", "ben"], "housing") == [
        (60, 70, frozenset({"ben"}))
    ]


def test_without_category_coders_differ_where_their_categories_differ() -> None:
    spans = [
        span("ana", 0, 10, "economy"),
        span("ben", 0, 10, "economy"),
        span("ana", 20, 30, "economy"),
        span("ben", 20, 30, "housing"),
        span("ben", 40, 45, "housing"),
    ]
    assert disagreements(spans, "harbour", ["ana", "ben"]) == [
        (20, 30, frozenset({"ana", "ben"})),
        (40, 45, frozenset({"ben"})),
    ]
