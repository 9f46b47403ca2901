"""Krippendorff's unitizing alpha (u-alpha) for one category over a continuum.

Unlike :func:`~annotary.domain.agreement_spans.character_alpha`, which asks of
every character whether each coder coded it, u-alpha compares how coders cut
the continuum into units and gaps: two overlapping units disagree by the
squared differences of their beginnings and ends, a unit lying inside another
coder's gap disagrees by its squared length. Formulas as in Krippendorff,
*Content Analysis*, 2nd ed. (2004), section 11.6, with any number of coders:

    D_o = sum over ordered coder pairs (i, j), sections g of i, h of j of
          delta^2(g, h), divided by m (m - 1) L^2
    D_e = 2/L * sum over units u of
          [ (N - 1) (2 l^3 - 3 l^2 + l) / 3 + l^2 * sum over gaps with l_gap >= l
            of (l_gap - l + 1) ]
          divided by m L (m L - 1) - sum over units of l (l - 1)
    u-alpha = 1 - D_o / D_e

with m coders, L the continuum length, N the number of units of all coders,
l a unit's length. Computed in exact integer arithmetic.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from fractions import Fraction
from itertools import accumulate, combinations

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message

Span = tuple[int, int]
# A section of a coder's segmentation: (begin, end, is_unit).
Section = tuple[int, int, bool]


def _units(spans: Sequence[Span], length: int) -> list[Span]:
    """A coder's units: overlapping spans joined; touching spans stay two units."""
    cleaned = []
    for start, end in spans:
        if end < start or start < 0 or end > length:
            raise InvalidInputError(
                message(
                    "span ({start}, {end}) is not a range within {bound}",
                    start=start,
                    end=end,
                    bound=f"0..{length}",
                )
            )
        if end > start:
            cleaned.append((start, end))
    cleaned.sort()
    units: list[Span] = []
    for start, end in cleaned:
        if units and start < units[-1][1]:
            units[-1] = (units[-1][0], max(end, units[-1][1]))
        else:
            units.append((start, end))
    return units


def _sections(units: list[Span], length: int) -> list[Section]:
    sections: list[Section] = []
    position = 0
    for start, end in units:
        if start > position:
            sections.append((position, start, False))
        sections.append((start, end, True))
        position = end
    if length > position:
        sections.append((position, length, False))
    return sections


def _delta2(g: Section, h: Section) -> int:
    """Squared distance of two overlapping sections of two coders."""
    (bg, eg, unit_g), (bh, eh, unit_h) = g, h
    if unit_g and unit_h:
        return (bg - bh) ** 2 + (eg - eh) ** 2
    if unit_g and not unit_h and bh <= bg and eg <= eh:
        return (eg - bg) ** 2
    if unit_h and not unit_g and bg <= bh and eh <= eg:
        return (eh - bh) ** 2
    return 0


def _pair_disagreement(first: list[Section], second: list[Section]) -> int:
    """Sum of delta^2 over every overlapping pair of sections (a linear sweep)."""
    total = 0
    i = j = 0
    while i < len(first) and j < len(second):
        g, h = first[i], second[j]
        total += _delta2(g, h)
        if g[1] <= h[1]:
            i += 1
        if h[1] <= g[1]:
            j += 1
    return total


def unitizing_alpha_parts(
    length: int, coders: Mapping[str, Sequence[Span]]
) -> tuple[Fraction, Fraction] | None:
    """``(D_o, D_e)`` of u-alpha, or ``None`` with fewer than two coders or no text."""
    m = len(coders)
    if m < 2 or length <= 0:
        return None
    units = {coder: _units(spans, length) for coder, spans in coders.items()}
    sections = [_sections(u, length) for u in units.values()]
    observed_sum = 2 * sum(_pair_disagreement(a, b) for a, b in combinations(sections, 2))
    observed = Fraction(observed_sum, m * (m - 1) * length * length)

    lengths = [end - start for coder_units in units.values() for start, end in coder_units]
    gaps = sorted(end - start for s in sections for start, end, unit in s if not unit)
    gap_suffix = [*list(accumulate(reversed(gaps)))[::-1], 0]  # sum of gaps[k:]
    n_units = len(lengths)
    numerator = 0
    for size in lengths:
        first = bisect.bisect_left(gaps, size)
        fitting = len(gaps) - first
        placements = gap_suffix[first] - fitting * (size - 1)
        numerator += (n_units - 1) * (2 * size**3 - 3 * size**2 + size) // 3
        numerator += size * size * placements
    denominator = m * length * (m * length - 1) - sum(size * (size - 1) for size in lengths)
    if denominator <= 0:
        return observed, Fraction(0)
    expected = Fraction(2 * numerator, length * denominator)
    return observed, expected


def unitizing_alpha(length: int, coders: Mapping[str, Sequence[Span]]) -> float | None:
    """Krippendorff's u-alpha of one category over a continuum ``0..length``.

    ``coders`` maps each coder to the ``(start, end)`` spans they coded with
    the category. A coder's overlapping spans are joined into one unit.
    ``None`` when undefined: fewer than two coders, no text, or no expected
    disagreement (no coder marked any unit).
    """
    parts = unitizing_alpha_parts(length, coders)
    if parts is None:
        return None
    observed, expected = parts
    if expected == 0:
        return None
    return float(1 - observed / expected)
