"""Agreement over a text continuum, computed from spans in run-length segments.

Each character is a unit; a coder's value for it is 1 when one of the coder's
spans (of the category at hand) covers it, else 0. Instead of walking the
characters, the text is cut at every span boundary: inside a segment every
coder's value is constant, so the segment is counted once, weighted by its
length. The cost depends on the number of spans, not on the text length.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence

from annotary.domain.agreement_stats import (
    alpha_from_coincidences,
    kappa_from_table,
    weighted_percent,
)
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message

Span = tuple[int, int]


def merge_spans(spans: Sequence[Span], length: int | None = None) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint, non-touching ``(start, end)`` ranges.

    Empty spans are dropped. With ``length`` given, a span outside
    ``0..length`` or with ``end < start`` is an :class:`InvalidInputError`.
    """
    cleaned: list[Span] = []
    for start, end in spans:
        if end < start or start < 0 or (length is not None and end > length):
            bound = f"0..{length}" if length is not None else "0.."
            raise InvalidInputError(
                message(
                    "span ({start}, {end}) is not a range within {bound}",
                    start=start,
                    end=end,
                    bound=bound,
                )
            )
        if end > start:
            cleaned.append((start, end))
    cleaned.sort()
    merged: list[Span] = []
    for start, end in cleaned:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def coverage_counts(length: int, coders: Mapping[str, Sequence[Span]]) -> Iterator[tuple[int, int]]:
    """``(segment length, number of coders covering it)`` for the segments of ``0..length``.

    Segments are cut at every boundary of every coder's (merged) spans; the
    whole text is covered, so the lengths add up to ``length``.
    """
    if length < 0:
        raise InvalidInputError(
            message("text length must not be negative, got {length}", length=length)
        )
    deltas: dict[int, int] = {}
    for spans in coders.values():
        for start, end in merge_spans(spans, length):
            deltas[start] = deltas.get(start, 0) + 1
            deltas[end] = deltas.get(end, 0) - 1
    position = 0
    covering = 0
    for boundary in sorted(deltas):
        if boundary > position:
            yield boundary - position, covering
        covering += deltas[boundary]
        position = boundary
    if length > position:
        yield length - position, covering


def coverage_segments(
    length: int, coders: Mapping[str, Sequence[Span]]
) -> Iterator[tuple[int, int, frozenset[str]]]:
    """``(start, end, coders covering it)`` for the segments of ``0..length``."""
    if length < 0:
        raise InvalidInputError(
            message("text length must not be negative, got {length}", length=length)
        )
    events: dict[int, list[tuple[str, int]]] = {}
    for coder, spans in coders.items():
        for start, end in merge_spans(spans, length):
            events.setdefault(start, []).append((coder, 1))
            events.setdefault(end, []).append((coder, -1))
    position = 0
    covering: set[str] = set()
    for boundary in sorted(events):
        if boundary > position:
            yield position, boundary, frozenset(covering)
        for coder, delta in events[boundary]:
            if delta > 0:
                covering.add(coder)
            else:
                covering.discard(coder)
        position = boundary
    if length > position:
        yield position, length, frozenset(covering)


def _binary_coincidences(
    counts: Iterator[tuple[int, int]], m: int
) -> dict[tuple[Hashable, Hashable], float]:
    """Coincidences of binary values when every one of ``m`` coders codes every unit."""
    matrix: dict[tuple[Hashable, Hashable], float] = {
        (0, 0): 0.0,
        (0, 1): 0.0,
        (1, 0): 0.0,
        (1, 1): 0.0,
    }
    for weight, ones in counts:
        zeros = m - ones
        scale = weight / (m - 1)
        matrix[(1, 1)] += ones * (ones - 1) * scale
        matrix[(0, 0)] += zeros * (zeros - 1) * scale
        matrix[(0, 1)] += ones * zeros * scale
        matrix[(1, 0)] += ones * zeros * scale
    return {pair: value for pair, value in matrix.items() if value}


def character_alpha(length: int, coders: Mapping[str, Sequence[Span]]) -> float | None:
    """Krippendorff's alpha over the characters of a text, for one category.

    Every character in ``0..length`` is a unit; each coder's value is 1 when
    one of the coder's spans (``(start, end)`` code points, end exclusive)
    covers it, else 0; binary nominal alpha over all characters. ``None`` with
    fewer than two coders, an empty text, or no variation (nobody coded
    anything, or everybody coded everything).
    """
    if len(coders) < 2:
        return None
    matrix = _binary_coincidences(coverage_counts(length, coders), len(coders))
    return alpha_from_coincidences(matrix, "nominal")


def character_percent(length: int, coders: Mapping[str, Sequence[Span]]) -> float | None:
    """Share of pairs of coders that agree on a character, pooled over the text."""
    m = len(coders)
    if m < 2:
        return None
    return weighted_percent(
        ([1] * ones + [0] * (m - ones), float(weight))
        for weight, ones in coverage_counts(length, coders)
    )


def character_kappa(length: int, first: Sequence[Span], second: Sequence[Span]) -> float | None:
    """Cohen's kappa of two coders over the characters of a text (binary values)."""
    table: dict[tuple[Hashable, Hashable], float] = {}
    for start, end, covering in coverage_segments(length, {"a": first, "b": second}):
        key = (int("a" in covering), int("b" in covering))
        table[key] = table.get(key, 0.0) + (end - start)
    return kappa_from_table(table)
