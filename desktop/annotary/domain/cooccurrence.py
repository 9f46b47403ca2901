"""How often two things go together: each ordered pair of members of weighted groups.

A group is, for the corpus counts, the themes one annotation (or one paragraph)
carries, and its weight how many annotations or paragraphs carry exactly that list.
:func:`pair_counts` adds each group's weight to every ordered pair of its distinct
members, a member with itself included (the diagonal: how many carry it at all).

The work is done with array operations: the window waits for this count, and a
Python loop over every pair of every group took as long as the SQL query that
gathered the groups (100,000 paragraphs, 20,000 distinct theme lists). Memory is
bounded by the number of pairs the groups hold (the sum of each group's size
squared), never by the number of members squared.
"""

from __future__ import annotations

from collections.abc import Sequence

_DENSE = 1 << 20  # pairs of up to 1,024 members are counted in a table of them all


def pair_counts(
    members: Sequence[str], sizes: Sequence[int], weights: Sequence[int]
) -> dict[tuple[str, str], int]:
    """``members`` lists each group's members in turn (a group's first ``sizes[i]``
    after the ones before it; a member repeated within a group counts once); group
    ``i`` counts ``weights[i]`` times. Returns, for each ordered pair (``a``, ``b``)
    with a nonzero count, the total weight of the groups holding both."""
    if len(sizes) != len(weights) or sum(sizes) != len(members):
        raise ValueError("sizes and weights must describe every group of members")
    if not members:
        return {}
    import numpy as np  # loaded with the first count (it also comes with the charts)

    names = list(dict.fromkeys(members))
    index = {m: i for i, m in enumerate(names)}
    columns = np.fromiter(map(index.__getitem__, members), np.int64, len(members))
    n = len(names)
    group = np.repeat(np.arange(len(sizes), dtype=np.int64), np.asarray(sizes, np.int64))
    # one (group, member) each, sorted by group: a repeated member counts once
    group, columns = np.divmod(np.unique(group * n + columns), n)
    size = np.bincount(group, minlength=len(sizes))
    first = np.cumsum(size) - size  # where each group's members start
    # each member is the left side of as many pairs as its group has members; the
    # right sides are its group's members in turn
    repeat = size[group]
    total = int(repeat.sum())
    left = np.repeat(columns, repeat)
    starts = np.cumsum(repeat) - repeat
    right = columns[np.repeat(first[group] - starts, repeat) + np.arange(total)]
    weight = np.repeat(np.asarray(weights, np.int64)[group], repeat)
    if n * n <= max(total, _DENSE):  # a table of every pair costs no more than the pairs
        sums = np.bincount(left * n + right, weights=weight, minlength=n * n)
        keys = np.flatnonzero(sums)
        sums = sums[keys]
    else:
        keys, where = np.unique(left * n + right, return_inverse=True)
        sums = np.bincount(where.reshape(-1), weights=weight)
    return {
        (names[k // n], names[k % n]): round(s)
        for k, s in zip(keys.tolist(), sums.tolist(), strict=True)
    }
