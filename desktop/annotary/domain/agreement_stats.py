"""Agreement coefficients over coded units: percent agreement, Cohen's kappa, Krippendorff's alpha.

Every function also has a *weighted* form used by the span statistics: a unit
may stand for many identical units (a run of characters coded alike), so the
run is counted once with its length as weight and the result is exactly the
one obtained by listing every character.

Undefined coefficients (no pairable values, no variation) are ``None``, never
a made-up number.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import Literal

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message

Level = Literal["nominal", "interval"]
LEVELS: tuple[Level, ...] = ("nominal", "interval")

# A coincidence matrix: (value, value) -> weighted number of pairable pairs.
Coincidences = dict[tuple[Hashable, Hashable], float]


def coincidences(units: Iterable[tuple[Sequence[Hashable | None], float]]) -> Coincidences:
    """The coincidence matrix of weighted units (Krippendorff 2011, section C).

    Each unit with m >= 2 values adds, for every ordered pair of values from two
    different coders, ``weight / (m - 1)``. Missing values (``None``) are skipped.
    """
    matrix: Coincidences = {}
    for values, weight in units:
        counts = Counter(v for v in values if v is not None)
        pairable = sum(counts.values())
        if pairable < 2 or weight == 0:
            continue
        scale = weight / (pairable - 1)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    matrix[(c, k)] = matrix.get((c, k), 0.0) + pairs * scale
    return matrix


def _distance(c: Hashable, k: Hashable, level: Level) -> float:
    if level == "nominal":
        return 0.0 if c == k else 1.0
    return (_number(c) - _number(k)) ** 2


def _number(value: Hashable) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInputError(
            message(
                "interval alpha needs numbers, got {value}; use the nominal level for labels",
                value=repr(value),
            )
        )
    if not math.isfinite(value):
        raise InvalidInputError(
            message("interval alpha needs finite numbers, got {value}", value=repr(value))
        )
    return float(value)


def alpha_from_coincidences(
    matrix: Mapping[tuple[Hashable, Hashable], float], level: Level = "nominal"
) -> float | None:
    """Alpha = 1 - D_o / D_e from a coincidence matrix; ``None`` when undefined."""
    if level not in LEVELS:
        raise InvalidInputError(
            message(
                "unknown level {level}; expected one of {levels}",
                level=repr(level),
                levels=", ".join(LEVELS),
            )
        )
    marginals: dict[Hashable, float] = {}
    for (c, _k), o_ck in matrix.items():
        marginals[c] = marginals.get(c, 0.0) + o_ck
    n = sum(marginals.values())
    if n <= 1:
        return None
    observed = sum(o_ck * _distance(c, k, level) for (c, k), o_ck in matrix.items()) / n
    values = list(marginals)
    expected = sum(
        marginals[c] * marginals[k] * _distance(c, k, level)
        for c, k in itertools.product(values, values)
        if c != k
    ) / (n * (n - 1))
    if expected <= 0:
        return None
    return 1.0 - observed / expected


def weighted_alpha(
    units: Iterable[tuple[Sequence[Hashable | None], float]], level: Level = "nominal"
) -> float | None:
    """Krippendorff's alpha over weighted units (see :func:`krippendorff_alpha`)."""
    return alpha_from_coincidences(coincidences(units), level)


def krippendorff_alpha(
    units: Sequence[Sequence[Hashable | None]], level: Level = "nominal"
) -> float | None:
    """Krippendorff's alpha for any number of coders, missing values allowed.

    ``units[i][c]`` is the value coder ``c`` gave unit ``i`` (``None`` when the
    coder did not code it). Units with fewer than two values are not pairable
    and ignored. ``None`` when alpha is undefined: no pairable values, or all
    pairable values are the same (no variation, so no expected disagreement).
    """
    return weighted_alpha(((unit, 1.0) for unit in units), level)


def weighted_percent(units: Iterable[tuple[Sequence[Hashable | None], float]]) -> float | None:
    """Share of pairable coder pairs that agree, pooled over weighted units."""
    agreeing = 0.0
    pairs = 0.0
    for values, weight in units:
        counts = Counter(v for v in values if v is not None)
        m = sum(counts.values())
        if m < 2:
            continue
        pairs += weight * m * (m - 1) / 2
        agreeing += weight * sum(n * (n - 1) / 2 for n in counts.values())
    return agreeing / pairs if pairs > 0 else None


def percent_agreement(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Share (0..1) of pairable pairs of values that agree; ``None`` if none is pairable.

    Every unordered pair of coders that both coded a unit is one pair; pairs
    are pooled over all units. With two coders this is the share of the units
    coded by both on which they agree.
    """
    return weighted_percent((unit, 1.0) for unit in units)


def kappa_from_table(table: Mapping[tuple[Hashable, Hashable], float]) -> float | None:
    """Cohen's kappa from a weighted contingency table (value of a, value of b) -> count."""
    n = sum(table.values())
    if n <= 0:
        return None
    rows: dict[Hashable, float] = {}
    cols: dict[Hashable, float] = {}
    agree = 0.0
    for (a, b), count in table.items():
        rows[a] = rows.get(a, 0.0) + count
        cols[b] = cols.get(b, 0.0) + count
        if a == b:
            agree += count
    p_o = agree / n
    p_e = sum(rows[v] * cols.get(v, 0.0) for v in rows) / (n * n)
    if p_e >= 1.0:
        return None
    return (p_o - p_e) / (1.0 - p_e)


def cohens_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float | None:
    """Cohen's kappa of two coders on the same units (nominal values).

    ``a[i]`` and ``b[i]`` are the two coders' values for unit ``i``; a unit
    where either value is ``None`` is left out. ``None`` when kappa is
    undefined: no units, or both coders used one and the same value throughout
    (chance agreement is 1).
    """
    if len(a) != len(b):
        raise InvalidInputError(
            message(
                "both coders must code the same units: got {first} and {second} values",
                first=len(a),
                second=len(b),
            )
        )
    table: dict[tuple[Hashable, Hashable], float] = {}
    for x, y in zip(a, b, strict=True):
        if x is None or y is None:
            continue
        table[(x, y)] = table.get((x, y), 0.0) + 1.0
    return kappa_from_table(table)


def mean_pairwise_kappa(units: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Mean of Cohen's kappa over every pair of coders (Light's kappa).

    With exactly two coders it is Cohen's kappa. Pairs whose kappa is
    undefined are left out of the mean; ``None`` if none is defined.
    """
    if not units:
        return None
    width = len(units[0])
    kappas = []
    for i, j in itertools.combinations(range(width), 2):
        k = cohens_kappa([u[i] for u in units], [u[j] for u in units])
        if k is not None:
            kappas.append(k)
    return sum(kappas) / len(kappas) if kappas else None
