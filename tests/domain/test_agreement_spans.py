"""Character alpha from spans equals alpha over the characters listed one by one."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotary.domain.agreement import character_alpha, krippendorff_alpha, merge_spans
from annotary.domain.agreement_spans import character_kappa, character_percent
from annotary.domain.agreement_stats import cohens_kappa, percent_agreement
from annotary.domain.errors import InvalidInputError

Spans = dict[str, list[tuple[int, int]]]


def expand(length: int, coders: Spans) -> list[list[int]]:
    """Every character as a unit, each coder's value 1 when a span covers it."""
    return [
        [int(any(s <= i < e for s, e in spans)) for spans in coders.values()] for i in range(length)
    ]


@st.composite
def coded_texts(draw: st.DrawFn) -> tuple[int, Spans]:
    length = draw(st.integers(min_value=0, max_value=60))
    n_coders = draw(st.integers(min_value=2, max_value=4))
    span = st.tuples(
        st.integers(min_value=0, max_value=length), st.integers(min_value=0, max_value=length)
    ).map(lambda p: (min(p), max(p)))
    coders = {f"coder{i}": draw(st.lists(span, max_size=5)) for i in range(n_coders)}
    return length, coders


@settings(max_examples=300, deadline=None)
@given(coded_texts())
def test_character_alpha_equals_alpha_over_expanded_characters(data: tuple[int, Spans]) -> None:
    length, coders = data
    expected = krippendorff_alpha(expand(length, coders))
    actual = character_alpha(length, coders)
    if expected is None:
        assert actual is None
    else:
        assert actual == pytest.approx(expected, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(coded_texts())
def test_character_percent_and_kappa_equal_their_expanded_forms(data: tuple[int, Spans]) -> None:
    length, coders = data
    units = expand(length, coders)
    percent = percent_agreement(units)
    assert character_percent(length, coders) == (
        None if percent is None else pytest.approx(percent, abs=1e-9)
    )
    first, second = list(coders)[:2]
    kappa = cohens_kappa([u[0] for u in units], [u[1] for u in units])
    actual = character_kappa(length, coders[first], coders[second])
    assert actual == (None if kappa is None else pytest.approx(kappa, abs=1e-9))


def test_perfect_agreement_is_one() -> None:
    same = [(3, 10), (20, 41)]
    assert character_alpha(50, {"ana": same, "ben": list(same), "cleo": list(same)}) == 1.0
    # Overlapping or split spans that cover the same characters agree perfectly too.
    assert character_alpha(50, {"ana": same, "ben": [(3, 6), (5, 10), (20, 30), (30, 41)]}) == 1.0


def test_no_variation_is_undefined() -> None:
    assert character_alpha(50, {"ana": [], "ben": []}) is None
    assert character_alpha(50, {"ana": [(0, 50)], "ben": [(0, 50)]}) is None
    assert character_alpha(0, {"ana": [], "ben": []}) is None
    assert character_alpha(50, {"ana": [(0, 10)]}) is None


def test_disjoint_coding_is_worse_than_chance() -> None:
    alpha = character_alpha(100, {"ana": [(0, 20)], "ben": [(50, 70)]})
    assert alpha is not None and alpha < 0


def test_cost_depends_on_spans_not_on_text_length() -> None:
    coders = {
        "ana": [(i * 10**9, i * 10**9 + 5 * 10**8) for i in range(200)],
        "ben": [(i * 10**9 + 10**8, i * 10**9 + 6 * 10**8) for i in range(200)],
    }
    started = time.perf_counter()
    alpha = character_alpha(200 * 10**9, coders)
    assert time.perf_counter() - started < 1.0
    # Per 10^9 characters: 4e8 agreed coded, 4e8 agreed uncoded, 2e8 split.
    n = 2 * 200 * 10**9
    o_11, o_00, o_01 = 2 * 4e8 * 200, 2 * 4e8 * 200, 2e8 * 200
    n_1 = o_11 + o_01
    n_0 = o_00 + o_01
    expected = 1 - (n - 1) * (2 * o_01) / (2 * n_0 * n_1)
    assert alpha == pytest.approx(expected, rel=1e-9)


def test_spans_outside_the_text_are_refused() -> None:
    with pytest.raises(InvalidInputError):
        character_alpha(10, {"ana": [(5, 11)], "ben": []})
    with pytest.raises(InvalidInputError):
        character_alpha(10, {"ana": [(-1, 3)], "ben": []})
    with pytest.raises(InvalidInputError):
        character_alpha(10, {"ana": [(6, 4)], "ben": []})


def test_merge_spans_joins_overlapping_and_touching_spans() -> None:
    assert merge_spans([(8, 9), (0, 3), (2, 5), (5, 6), (7, 7)]) == [(0, 6), (8, 9)]
