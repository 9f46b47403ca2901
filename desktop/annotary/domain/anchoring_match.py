"""Approximate string matching for re-anchoring, in pure Python.

Edit distances use Myers' bit-parallel algorithm (Hyyrö's formulation) with
Python integers as bit vectors, so a pattern of any length costs a handful of
integer operations per character of text. Strings are compared code point by
code point, which is what Python ``str`` indexing gives.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Match:
    """``text[start:end]`` is ``distance`` edits away from the pattern."""

    start: int
    end: int
    distance: int


def _pattern_masks(pattern: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    bit = 1
    for ch in pattern:
        masks[ch] = masks.get(ch, 0) | bit
        bit <<= 1
    return masks


def _distances(pattern: str, text: str, anchored: bool) -> list[int]:
    """Distance of ``pattern`` to the best substring of ``text`` ending at each index.

    With ``anchored`` the substring must start at index 0 (plain edit distance
    of ``pattern`` and ``text[:j + 1]``); without it, anywhere.
    """
    m = len(pattern)
    full = (1 << m) - 1
    high = 1 << (m - 1)
    masks = _pattern_masks(pattern)
    carry_in = 1 if anchored else 0
    pv, mv, score = full, 0, m
    out: list[int] = []
    append = out.append
    get = masks.get
    for ch in text:
        eq = get(ch, 0)
        xv = eq | mv
        xh = (((eq & pv) + pv) ^ pv) | eq
        ph = mv | (full & ~(xh | pv))
        mh = pv & xh
        if ph & high:
            score += 1
        elif mh & high:
            score -= 1
        ph = ((ph << 1) | carry_in) & full
        mh = (mh << 1) & full
        pv = mh | (full & ~(xv | ph))
        mv = ph & xv
        append(score)
    return out


def edit_distance(a: str, b: str) -> int:
    """The Levenshtein distance between ``a`` and ``b``."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if len(a) > len(b):
        a, b = b, a
    return _distances(a, b, anchored=True)[-1]


def similarity(a: str, b: str) -> float:
    """1.0 for equal strings, falling to 0.0 as the edit distance nears the longer length."""
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    return 1.0 - edit_distance(a, b) / longest


def _start_of(pattern: str, text: str, lo: int, end: int) -> tuple[int, int]:
    """The start in ``[lo, end)`` whose ``text[start:end]`` is nearest ``pattern``."""
    back = text[lo:end][::-1]
    if not back:
        return end, len(pattern)
    dists = _distances(pattern[::-1], back, anchored=True)
    best_len, best = 0, len(pattern)
    m = len(pattern)
    for i, d in enumerate(dists):
        length = i + 1
        if d < best or (d == best and abs(length - m) < abs(best_len - m)):
            best, best_len = d, length
    return end - best_len, best


def best_matches(
    pattern: str, text: str, lo: int, hi: int, max_distance: int, limit: int = 6
) -> list[Match]:
    """Substrings of ``text[lo:hi]`` within ``max_distance`` edits of ``pattern``.

    Returns up to ``limit`` local best matches, fewest edits first; matches
    closer than half a pattern length to a better one are left out.
    """
    m = len(pattern)
    lo = max(0, lo)
    hi = min(len(text), hi)
    if m == 0 or hi <= lo:
        return []
    dists = _distances(pattern, text[lo:hi], anchored=False)
    ends: list[tuple[int, int]] = []
    last = len(dists) - 1
    for j, d in enumerate(dists):
        if d > max_distance:
            continue
        if j > 0 and dists[j - 1] < d:
            continue
        if j < last and dists[j + 1] < d:
            continue
        ends.append((d, j))
    ends.sort()
    found: list[Match] = []
    spacing = max(1, m // 2)
    for d, j in ends:
        end = lo + j + 1
        if any(abs(end - f.end) < spacing for f in found):
            continue
        start, dist = _start_of(pattern, text, max(lo, end - m - d - 1), end)
        if start >= end:
            continue
        found.append(Match(start, end, dist))
        if len(found) >= limit:
            break
    return found
