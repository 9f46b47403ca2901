"""Where the characters of an old text went in its new version.

A fast diff for long articles: both texts are cut into sentence-sized pieces,
pieces are matched patience-style (pieces that occur once in both texts fix
the alignment, equal neighbours extend it), and each changed stretch is then
compared character by character. The result maps old offsets to new ones.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from difflib import SequenceMatcher

# Paragraphs first, then sentences inside changed paragraphs, then characters.
_LEVELS = (
    re.compile(r"[^\n]*\n*"),
    re.compile(r"[^\n.!?。！？]*[\n.!?。！？]*"),
)
_MAX_DEPTH = 12
_MAX_CHAR_DIFF = 4000  # longest changed stretch compared character by character
_MIN_CHAR_BLOCK = 8  # shorter equal runs inside a changed stretch are chance


def _pieces(level: int, text: str, lo: int, hi: int) -> list[str]:
    return [p for p in _LEVELS[level].findall(text, lo, hi) if p]


def _common_prefix(a: str, b: str, i: int, j: int, limit: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` share at their start (at most ``limit``)."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[i : i + mid] == b[j : j + mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, i: int, j: int, limit: int) -> int:
    """How many characters ``a[:i]`` and ``b[:j]`` share at their end (at most ``limit``)."""
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[i - mid : i] == b[j - mid : j]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (sorted by first) whose second items increase."""
    tails: list[int] = []
    tail_index: list[int] = []
    back: list[int] = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_right(tails, j)
        if pos > 0 and tails[pos - 1] == j:
            continue
        if pos == len(tails):
            tails.append(j)
            tail_index.append(k)
        else:
            tails[pos] = j
            tail_index[pos] = k
        back[k] = tail_index[pos - 1] if pos > 0 else -1
    out: list[tuple[int, int]] = []
    k = tail_index[-1] if tail_index else -1
    while k != -1:
        out.append(pairs[k])
        k = back[k]
    out.reverse()
    return out


class _PieceMatcher:
    def __init__(self, a: list[str], b: list[str]) -> None:
        self.a = a
        self.b = b
        self.pairs: list[tuple[int, int]] = []

    def run(self, alo: int, ahi: int, blo: int, bhi: int, depth: int = 0) -> None:
        a, b, pairs = self.a, self.b, self.pairs
        while alo < ahi and blo < bhi and a[alo] == b[blo]:
            pairs.append((alo, blo))
            alo += 1
            blo += 1
        tail: list[tuple[int, int]] = []
        while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
            ahi -= 1
            bhi -= 1
            tail.append((ahi, bhi))
        if alo < ahi and blo < bhi and depth < _MAX_DEPTH:
            ca = Counter(a[alo:ahi])
            cb = Counter(b[blo:bhi])
            where = {b[j]: j for j in range(blo, bhi) if cb[b[j]] == 1 and ca[b[j]] == 1}
            uniques = [(i, where[a[i]]) for i in range(alo, ahi) if a[i] in where]
            ia, ib = alo, blo
            for i, j in _longest_increasing(uniques):
                if i > ia or j > ib:
                    self.run(ia, i, ib, j, depth + 1)
                pairs.append((i, j))
                ia, ib = i + 1, j + 1
            if (ia, ib) != (alo, blo) and (ahi > ia or bhi > ib):
                self.run(ia, ahi, ib, bhi, depth + 1)
        pairs.extend(reversed(tail))


class OffsetMap:
    """Maps offsets of ``old`` to offsets of ``new`` through their equal stretches."""

    def __init__(self, old: str, new: str) -> None:
        self._old_starts: list[int] = []
        self._new_starts: list[int] = []
        self._lengths: list[int] = []
        self._size = len(new)
        for o, n, size in self._blocks(old, new):
            self._add(o, n, size)

    def _add(self, o: int, n: int, size: int) -> None:
        if size <= 0:
            return
        if self._old_starts:
            po, pn, ps = self._old_starts[-1], self._new_starts[-1], self._lengths[-1]
            if po + ps == o and pn + ps == n:
                self._lengths[-1] = ps + size
                return
        self._old_starts.append(o)
        self._new_starts.append(n)
        self._lengths.append(size)

    @staticmethod
    def _blocks(old: str, new: str) -> list[tuple[int, int, int]]:
        blocks: list[tuple[int, int, int]] = []
        _diff(old, new, 0, len(old), 0, len(new), 0, blocks)
        return blocks

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where ``old[start:end]`` went, if it survived unchanged in one piece."""
        k = bisect_right(self._old_starts, start) - 1
        if k < 0:
            return None
        o = self._old_starts[k]
        if end > o + self._lengths[k]:
            return None
        shift = self._new_starts[k] - o
        return start + shift, end + shift

    def predict(self, offset: int) -> int:
        """The new offset of ``offset``, interpolated when it falls in a changed stretch."""
        k = bisect_right(self._old_starts, offset) - 1
        if k < 0:
            first = self._new_starts[0] if self._new_starts else offset
            guess = min(offset, first)
        else:
            o, n = self._old_starts[k], self._new_starts[k]
            guess = n + offset - o
            if offset > o + self._lengths[k] and k + 1 < len(self._new_starts):
                guess = min(guess, self._new_starts[k + 1])
        return max(0, min(self._size, guess))


def _diff(
    old: str,
    new: str,
    olo: int,
    ohi: int,
    nlo: int,
    nhi: int,
    level: int,
    blocks: list[tuple[int, int, int]],
) -> None:
    """Append the equal runs of ``old[olo:ohi]`` and ``new[nlo:nhi]`` to ``blocks``."""
    if level == len(_LEVELS) or olo == ohi or nlo == nhi:
        blocks.extend(_char_blocks(old, new, olo, ohi, nlo, nhi))
        return
    a, b = _pieces(level, old, olo, ohi), _pieces(level, new, nlo, nhi)
    a_at = [olo]
    for p in a:
        a_at.append(a_at[-1] + len(p))
    b_at = [nlo]
    for p in b:
        b_at.append(b_at[-1] + len(p))
    matcher = _PieceMatcher(a, b)
    matcher.run(0, len(a), 0, len(b))
    oi, nj = olo, nlo  # old and new offsets reached so far
    for i, j in [*matcher.pairs, (len(a), len(b))]:
        o, n = a_at[i], b_at[j]
        if o > oi or n > nj:
            _diff(old, new, oi, o, nj, n, level + 1, blocks)
        if i < len(a):
            blocks.append((o, n, len(a[i])))
            oi, nj = o + len(a[i]), n + len(b[j])


def _char_blocks(
    old: str, new: str, olo: int, ohi: int, nlo: int, nhi: int
) -> list[tuple[int, int, int]]:
    """Equal runs between ``old[olo:ohi]`` and ``new[nlo:nhi]``, in order."""
    limit = min(ohi - olo, nhi - nlo)
    head = _common_prefix(old, new, olo, nlo, limit)
    tail = _common_suffix(old, new, ohi, nhi, limit - head)
    out = [(olo, nlo, head)]
    mo, mn = olo + head, nlo + head
    eo, en = ohi - tail, nhi - tail
    if 0 < eo - mo <= _MAX_CHAR_DIFF and 0 < en - mn <= _MAX_CHAR_DIFF:
        sm = SequenceMatcher(None, old[mo:eo], new[mn:en], autojunk=False)
        for block in sm.get_matching_blocks():
            if block.size >= _MIN_CHAR_BLOCK:
                out.append((mo + block.a, mn + block.b, block.size))
    out.append((eo, en, tail))
    return out
