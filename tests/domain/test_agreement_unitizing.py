"""Krippendorff's unitizing alpha against the worked examples of its author."""

from __future__ import annotations

import pytest

from annotary.domain.agreement import unitizing_alpha
from annotary.domain.agreement_unitizing import unitizing_alpha_parts


def units(*begin_length: tuple[int, int], origin: int = 0) -> list[tuple[int, int]]:
    return [(b - origin, b - origin + n) for b, n in begin_length]


# Krippendorff, Content Analysis, 2nd ed. (2004), p. 254: a continuum from 150
# to 450, two observers i and j, categories c and k, units as (begin, length).
ORIGIN = 150
CATEGORY_C = {
    "i": units((225, 70), (370, 30), origin=ORIGIN),
    "j": units((220, 80), (355, 20), (400, 20), origin=ORIGIN),
}
CATEGORY_K = {
    "i": units((180, 60), (300, 50), origin=ORIGIN),
    "j": units((180, 60), (300, 50), origin=ORIGIN),
}


def test_category_c_of_the_2004_example() -> None:
    parts = unitizing_alpha_parts(300, CATEGORY_C)
    assert parts is not None
    observed, expected = parts
    assert float(observed) == pytest.approx(0.0144, abs=5e-5)
    assert float(expected) == pytest.approx(0.0532, abs=5e-5)
    alpha = unitizing_alpha(300, CATEGORY_C)
    assert alpha is not None
    assert round(alpha, 4) == 0.7286


def test_category_k_of_the_2004_example_agrees_perfectly() -> None:
    parts = unitizing_alpha_parts(300, CATEGORY_K)
    assert parts is not None
    observed, expected = parts
    assert observed == 0
    assert float(expected) == pytest.approx(0.0490, abs=5e-5)
    assert unitizing_alpha(300, CATEGORY_K) == 1.0


# Krippendorff (1995), "On the reliability of unitizing contiguous data", p. 57:
# four pairs of coders on a continuum of 24; observed disagreements per pair.
EXAMPLES_1995 = {
    "A": ({"bertha": units((2, 8), (14, 6)), "bill": units((4, 4), (15, 2))}, 0.03125),
    "B": (
        {
            "john": units((0, 18)),
            "jill": units((0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)),
        },
        2.26736,
    ),
    "C": (
        {
            "gerret": units((2, 6), (10, 2), (14, 4), (20, 2)),
            "gill": units((0, 2), (4, 4), (10, 4), (16, 2), (20, 2)),
        },
        0.02777,
    ),
    "D": (
        {
            "heather": units((0, 2), (2, 8), (10, 4), (14, 6), (20, 4)),
            "hill": units((0, 4), (4, 4), (8, 7), (15, 2), (17, 7)),
        },
        0.38715,
    ),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES_1995))
def test_observed_disagreement_of_the_1995_examples(name: str) -> None:
    coders, published = EXAMPLES_1995[name]
    parts = unitizing_alpha_parts(24, coders)
    assert parts is not None
    assert float(parts[0]) == pytest.approx(published, abs=1e-5)


def test_touching_units_stay_apart_but_overlapping_ones_are_joined() -> None:
    split = {"a": [(0, 5), (5, 10)], "b": [(0, 10)]}
    joined = {"a": [(0, 6), (4, 10)], "b": [(0, 10)]}
    split_alpha = unitizing_alpha(20, split)
    assert split_alpha is not None and split_alpha < 1.0
    assert unitizing_alpha(20, joined) == 1.0


def test_undefined_cases() -> None:
    assert unitizing_alpha(20, {"a": [(0, 5)]}) is None
    assert unitizing_alpha(20, {"a": [], "b": []}) is None
    assert unitizing_alpha(0, {"a": [], "b": []}) is None


def test_more_coders_disagreeing_more_lowers_alpha() -> None:
    close = {"a": [(10, 30)], "b": [(11, 30)], "c": [(10, 29)]}
    far = {"a": [(10, 30)], "b": [(18, 40)], "c": [(0, 22)]}
    alpha_close, alpha_far = unitizing_alpha(60, close), unitizing_alpha(60, far)
    assert alpha_close is not None and alpha_far is not None
    assert alpha_close > 0.9 > alpha_far
