"""Pair counts of weighted groups, checked against counting every pair by hand."""

from __future__ import annotations

import random
from collections import Counter
from itertools import product

import pytest

from annotary.domain import cooccurrence
from annotary.domain.cooccurrence import pair_counts


def _by_hand(groups: list[list[str]], weights: list[int]) -> dict[tuple[str, str], int]:
    out: Counter[tuple[str, str]] = Counter()
    for members, n in zip(groups, weights, strict=True):
        for pair in product(set(members), repeat=2):
            out[pair] += n
    return dict(out)


def _count(groups: list[list[str]], weights: list[int]) -> dict[tuple[str, str], int]:
    members = [m for g in groups for m in g]
    return pair_counts(members, [len(g) for g in groups], weights)


def test_counts_each_ordered_pair_and_the_diagonal() -> None:
    found = _count([["trade", "jobs"], ["jobs"], ["trade", "jobs", "tax"]], [1, 4, 2])
    assert found[("trade", "jobs")] == found[("jobs", "trade")] == 3
    assert found[("jobs", "jobs")] == 7
    assert found[("tax", "trade")] == 2
    assert ("tax", "tax") in found and found[("tax", "tax")] == 2
    assert found == _by_hand([["trade", "jobs"], ["jobs"], ["trade", "jobs", "tax"]], [1, 4, 2])


def test_a_member_twice_in_a_group_counts_once() -> None:
    # a paragraph where two annotations carry the same theme
    found = _count([["jobs", "trade", "jobs"], ["jobs", "jobs"]], [1, 1])
    assert found[("jobs", "jobs")] == 2
    assert found[("jobs", "trade")] == 1


@pytest.mark.parametrize("dense", [True, False])
def test_agrees_with_counting_by_hand_on_random_groups(
    dense: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not dense:  # the path for codebooks too large for a table of every pair
        monkeypatch.setattr(cooccurrence, "_DENSE", 0)
    rng = random.Random(7)
    themes = [f"theme-{i}" for i in range(60)]
    groups = [rng.choices(themes, k=rng.randint(1, 9)) for _ in range(3000)]
    weights = [rng.randint(1, 5) for _ in groups]
    assert _count(groups, weights) == _by_hand(groups, weights)


def test_nothing_to_count_and_inconsistent_sizes() -> None:
    assert pair_counts([], [], []) == {}
    with pytest.raises(ValueError):
        pair_counts(["a", "b"], [1], [1])
    with pytest.raises(ValueError):
        pair_counts(["a"], [1], [1, 2])
