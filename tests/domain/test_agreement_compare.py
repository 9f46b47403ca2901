"""compare(): one row per category over the compared articles, and speaker attribution."""

from __future__ import annotations

import pytest

from annotary.domain.agreement import (
    SPEAKER_LABEL,
    AgreementRow,
    CodedSpan,
    character_alpha,
    compare,
)
from annotary.domain.errors import InvalidInputError

LENGTHS = {"harbour": 100, "budget": 50}
THEMES = [("economy", "Theme: Economy"), ("quote", "Quotes")]


def span(
    coder: str,
    article: str,
    start: int,
    end: int,
    category: str = "economy",
    value: str | None = None,
) -> CodedSpan:
    return CodedSpan(coder, article, start, end, category, value)


def row_of(rows: list[AgreementRow], category: str) -> AgreementRow:
    return next(r for r in rows if r.category == category)


def test_rows_per_category_then_speaker_attribution() -> None:
    rows = compare([], LENGTHS, ["ana", "ben"], THEMES)
    assert [r.label for r in rows] == ["Theme: Economy", "Quotes", SPEAKER_LABEL]
    assert all(r.coders == ("ana", "ben") for r in rows)
    assert rows[0].units == 150
    assert rows[-1].units == 0
    assert rows[-1].alpha is None


def test_articles_are_laid_end_to_end() -> None:
    spans = [
        span("ana", "harbour", 10, 30),
        span("ben", "harbour", 15, 30),
        span("ana", "budget", 0, 20),
        span("ben", "budget", 5, 20),
    ]
    row = row_of(compare(spans, LENGTHS, ["ana", "ben"], THEMES), "economy")
    # "budget" starts at 100 once the articles are laid end to end.
    expected = character_alpha(150, {"ana": [(10, 30), (100, 120)], "ben": [(15, 30), (105, 120)]})
    assert row.alpha == pytest.approx(expected)
    assert row.percent == pytest.approx(140 / 150)  # 10 characters split the coders
    assert row.kappa is not None and 0 < row.kappa < 1


def test_identical_coding_agrees_perfectly_and_others_are_ignored() -> None:
    spans = [
        span("ana", "harbour", 10, 30),
        span("ben", "harbour", 10, 30),
        span("cleo", "harbour", 50, 90),  # coder not compared
        span("ana", "elsewhere", 0, 5),  # article not compared
        span("ben", "harbour", 60, 70, category="housing"),  # category not asked for
    ]
    row = row_of(compare(spans, LENGTHS, ["ana", "ben"], THEMES), "economy")
    assert (row.percent, row.kappa, row.alpha) == (1.0, 1.0, 1.0)


def test_three_coders_get_the_mean_pairwise_kappa() -> None:
    spans = [
        span("ana", "harbour", 0, 50),
        span("ben", "harbour", 0, 50),
        span("cleo", "harbour", 25, 75),
    ]
    lengths = {"harbour": 100}
    row = compare(spans, lengths, ["ana", "ben", "cleo"], [("economy", "Economy")])[0]
    pair = compare(
        [s for s in spans if s.coder != "ben"], lengths, ["ana", "cleo"], [("economy", "Economy")]
    )[0]
    assert pair.kappa is not None
    # Pairs: ana-ben agree fully (1.0), ana-cleo and ben-cleo equal `pair`.
    assert row.kappa == pytest.approx((1.0 + 2 * pair.kappa) / 3)


def test_speaker_attribution_on_matched_quotes() -> None:
    spans = [
        span("ana", "harbour", 0, 20, "quote", "mayor"),
        span("ben", "harbour", 2, 20, "quote", "mayor"),  # matches: overlap 18 of 20
        span("ana", "harbour", 30, 50, "quote", "union"),
        span("ben", "harbour", 30, 50, "quote", "harbourmaster"),  # matches, other speaker
        span("ana", "harbour", 60, 80, "quote", "mayor"),
        span("ben", "harbour", 70, 100, "quote", "mayor"),  # overlap 10 of 30: no match
    ]
    row = compare(spans, LENGTHS, ["ana", "ben"], THEMES)[-1]
    assert row.units == 2
    assert row.percent == pytest.approx(0.5)
    # Table (mayor, mayor), (union, harbourmaster): p_o 0.5, p_e 0.25.
    assert row.kappa == pytest.approx(1 / 3)
    # Coincidences: mayor-mayor 2, union-harbourmaster 2; n = 4.
    assert row.alpha == pytest.approx(0.4)


def test_a_quote_without_speaker_disagrees_with_an_attributed_one() -> None:
    spans = [
        span("ana", "harbour", 0, 20, "quote", "mayor"),
        span("ben", "harbour", 0, 20, "quote", None),
        span("ana", "budget", 0, 20, "quote", None),
        span("ben", "budget", 0, 20, "quote", None),
    ]
    row = compare(spans, LENGTHS, ["ana", "ben"], THEMES)[-1]
    assert row.units == 2
    assert row.percent == pytest.approx(0.5)


def test_quotes_in_different_articles_never_match() -> None:
    spans = [
        span("ana", "harbour", 0, 20, "quote", "mayor"),
        span("ben", "budget", 0, 20, "quote", "mayor"),
    ]
    assert compare(spans, LENGTHS, ["ana", "ben"], THEMES)[-1].units == 0


def test_invalid_input_is_refused() -> None:
    with pytest.raises(InvalidInputError):
        compare([], LENGTHS, ["ana"], THEMES)
    with pytest.raises(InvalidInputError):
        compare([], LENGTHS, ["ana", "ana"], THEMES)
    with pytest.raises(InvalidInputError):
        compare([span("ana", "budget", 40, 60)], LENGTHS, ["ana", "ben"], THEMES)
