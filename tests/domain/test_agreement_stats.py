"""Agreement coefficients checked against published worked examples."""

from __future__ import annotations

import pytest

from annotary.domain.agreement import cohens_kappa, krippendorff_alpha, percent_agreement
from annotary.domain.agreement_stats import mean_pairwise_kappa
from annotary.domain.errors import InvalidInputError

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# four observers, twelve units, values 1..5, missing data marked N.
OBSERVER_A = [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N]
OBSERVER_B = [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3]
OBSERVER_C = [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N]
OBSERVER_D = [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N]
CANONICAL = [list(u) for u in zip(OBSERVER_A, OBSERVER_B, OBSERVER_C, OBSERVER_D, strict=True)]

# Same paper, section A: two observers, ten units, binary values.
BINARY_A = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
BINARY_B = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]


def test_alpha_nominal_of_the_canonical_example_is_0_743() -> None:
    alpha = krippendorff_alpha(CANONICAL)
    assert alpha is not None
    assert round(alpha, 3) == 0.743


def test_alpha_interval_of_the_canonical_example_is_0_849() -> None:
    alpha = krippendorff_alpha(CANONICAL, "interval")
    assert alpha is not None
    assert round(alpha, 3) == 0.849


def test_alpha_of_the_binary_example_is_0_095() -> None:
    alpha = krippendorff_alpha([[a, b] for a, b in zip(BINARY_A, BINARY_B, strict=True)])
    assert alpha is not None
    assert round(alpha, 3) == 0.095


def test_alpha_does_not_depend_on_the_order_of_coders_or_units() -> None:
    reordered = [[u[3], u[1], u[0], u[2]] for u in reversed(CANONICAL)]
    assert krippendorff_alpha(reordered) == pytest.approx(krippendorff_alpha(CANONICAL))


def test_alpha_of_perfect_agreement_is_one_and_of_no_variation_is_undefined() -> None:
    assert krippendorff_alpha([["a", "a"], ["b", "b"], ["a", N]]) == 1.0
    assert krippendorff_alpha([["a", "a"], ["a", "a"]]) is None
    assert krippendorff_alpha([["a", N], [N, "b"]]) is None  # nothing pairable
    assert krippendorff_alpha([]) is None


def test_alpha_interval_rejects_labels() -> None:
    with pytest.raises(InvalidInputError):
        krippendorff_alpha([["left", "right"]], "interval")
    with pytest.raises(InvalidInputError):
        krippendorff_alpha([[1, 2]], "ordinal")  # type: ignore[arg-type]


def test_cohens_kappa_of_the_fifty_item_yes_no_example_is_0_4() -> None:
    # 50 items: both yes 20, A yes / B no 5, A no / B yes 10, both no 15.
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert cohens_kappa(a, b) == pytest.approx(0.4)


def test_cohens_kappa_identity_cases() -> None:
    a = ["x", "y", "z", "x", "y"]
    assert cohens_kappa(a, a) == pytest.approx(1.0)
    assert cohens_kappa(a, list(reversed(a))) == cohens_kappa(list(reversed(a)), a)
    # Agreement exactly at chance level: kappa 0.
    assert cohens_kappa(["y", "y", "n", "n"], ["y", "n", "y", "n"]) == pytest.approx(0.0)
    # Systematic disagreement: kappa -1.
    assert cohens_kappa(["y", "n", "y", "n"], ["n", "y", "n", "y"]) == pytest.approx(-1.0)
    # Both used one value only: chance agreement is 1, kappa undefined.
    assert cohens_kappa(["y", "y"], ["y", "y"]) is None
    assert cohens_kappa([], []) is None


def test_cohens_kappa_needs_the_same_units() -> None:
    with pytest.raises(InvalidInputError):
        cohens_kappa(["a", "b"], ["a"])


def test_mean_pairwise_kappa_of_two_coders_is_cohens_kappa() -> None:
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    assert mean_pairwise_kappa([[x, y] for x, y in zip(a, b, strict=True)]) == pytest.approx(0.4)


def test_percent_agreement_pools_pairable_pairs() -> None:
    assert percent_agreement([["a", "a"], ["a", "b"], ["b", "b"], ["a", "b"]]) == 0.5
    # Three coders: pairs (1,2) agree, (1,3) and (2,3) do not; second unit 1 pair of 1.
    assert percent_agreement([["a", "a", "b"], ["c", N, "c"]]) == pytest.approx(2 / 4)
    assert percent_agreement([["a", N], [N, "b"]]) is None


def test_percent_agreement_of_the_canonical_example() -> None:
    # Pairs per unit with m values: m(m-1)/2; agreeing pairs counted by hand.
    pairs = [3, 6, 6, 6, 6, 6, 6, 6, 6, 3, 1, 0]
    agreeing = [3, 3, 6, 6, 6, 0, 6, 3, 6, 3, 1, 0]
    assert percent_agreement(CANONICAL) == pytest.approx(sum(agreeing) / sum(pairs))
