"""The search behind re-anchoring: exact, whitespace-tolerant and approximate.

Every candidate place gets two agreements in 0..1: ``quote`` (how close its
text is to the stored quote) and ``context`` (how close the text around it is
to the stored prefix and suffix). They combine into ``score``, weighted by
length, so a short quote leans on its context and a long one on itself. A
candidate is only returned when it clears thresholds chosen to prefer no
placement over a doubtful one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotary.domain.anchoring_match import best_matches, similarity

WINDOW = 32  # the usual context length on each side (anchoring.CONTEXT)
LOCAL = 256  # code points searched on each side of the expected place first
STRONG = 0.9  # context agreement that settles an exact match without more search
TIE = 0.02  # scores this close are equal: the nearer candidate wins
PREFER_EXACT = 0.05  # an approximate place must score this much more than an exact one
MAX_OCCURRENCES = 5000  # occurrences of an exact quote considered across the text
MAX_SCORED = 64  # occurrences whose context is fully compared
MAX_FUZZY_LENGTH = 20000  # longer quotes are not searched approximately
MIN_FUZZY_LENGTH = 5  # shorter quotes must match exactly (up to whitespace)
FUZZY_SCORE = 0.75
FUZZY_CONTEXT = 0.45
UNIQUE_CONTEXT = 0.35  # an only occurrence still needs its surroundings to be related
FAR_CONTEXT = 0.6  # context agreement needed by an unexpected, far-away place
SEED_CAP = 16  # a seed occurring this often is too common to vote
SEEDS = 8  # pieces of the quote and its context looked up across the text
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Quote:
    """What is searched for: the stored quote, its surroundings and old start."""

    exact: str
    prefix: str
    suffix: str
    start: int


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    fuzzy: bool
    quote: float
    context: float
    score: float


def _old_edges(prefix_len: int, suffix_len: int, old_start: int) -> tuple[bool, bool]:
    """Whether the stored prefix and suffix stopped at the start and at the end of the old
    text: a side shorter than the usual context did, when the anchor is one of ours (its
    other side full, or the prefix reaching back to offset 0)."""
    at_start = old_start == prefix_len and prefix_len < WINDOW
    at_end = suffix_len < WINDOW and (prefix_len >= WINDOW or at_start)
    return at_start, at_end


def edges_hold(
    prefix_len: int, suffix_len: int, old_start: int, text: str, start: int, end: int
) -> bool:
    """A side that stopped at an edge of the old text stops at the same edge of ``text``
    when the quote sits at ``[start, end)``: the quote did not move away from it."""
    at_start, at_end = _old_edges(prefix_len, suffix_len, old_start)
    return (not at_start or start == prefix_len) and (not at_end or end + suffix_len == len(text))


def context_agreement(q: Quote, text: str, start: int, end: int) -> float:
    """Length-weighted similarity of the stored prefix and suffix to the text around a place.

    A side shorter than the usual context ended at the edge of the old text, so
    text found beyond that edge now counts as disagreement, not as no evidence.
    """
    lp, ls = len(q.prefix), len(q.suffix)
    at_start, at_end = _old_edges(lp, ls, q.start)
    before = text[max(0, start - (WINDOW if at_start else lp)) : start]
    after = text[end : end + (WINDOW if at_end else ls)]
    wp, ws = max(lp, len(before)), max(ls, len(after))
    if wp + ws == 0:
        return 1.0
    total = 0.0
    if wp:
        total += wp * similarity(q.prefix, before)
    if ws:
        total += ws * similarity(q.suffix, after)
    return total / (wp + ws)


def _combined(q: Quote, quote: float, context: float) -> float:
    lq, lc = len(q.exact), len(q.prefix) + len(q.suffix)
    return (lq * quote + lc * context) / (lq + lc)


def _candidate(q: Quote, text: str, start: int, end: int, quote: float, fuzzy: bool) -> Candidate:
    ctx = context_agreement(q, text, start, end)
    return Candidate(start, end, fuzzy, quote, ctx, _combined(q, quote, ctx))


def _pick(cands: list[Candidate], hint: int) -> Candidate | None:
    """The best-scoring candidate; among near-equal ones, the nearest to ``hint``."""
    if not cands:
        return None
    best = max(c.score for c in cands)
    return min((c for c in cands if c.score >= best - TIE), key=lambda c: abs(c.start - hint))


def _occurrences(text: str, exact: str, lo: int, hi: int, cap: int) -> list[int]:
    out: list[int] = []
    i = text.find(exact, max(0, lo), hi)
    while i != -1 and len(out) < cap:
        out.append(i)
        i = text.find(exact, i + 1, hi)
    return out


def _shortlist(q: Quote, text: str, starts: list[int], hint: int) -> list[int]:
    """At most MAX_SCORED starts worth a full context comparison."""
    if len(starts) <= MAX_SCORED:
        return starts
    n = len(q.exact)
    p8, s8 = q.prefix[-8:], q.suffix[:8]

    def cheap(o: int) -> tuple[int, int]:
        hits = (text[max(0, o - len(p8)) : o] == p8) + (text[o + n : o + n + len(s8)] == s8)
        return (-hits, abs(o - hint))

    return sorted(starts, key=cheap)[:MAX_SCORED]


def _exact_stage(q: Quote, text: str, hint: int) -> tuple[Candidate | None, bool]:
    """The best exact occurrence and whether it is the only one in the text."""
    n = len(q.exact)
    local = _occurrences(text, q.exact, hint - LOCAL, hint + n + LOCAL, MAX_SCORED)
    near = _pick([_candidate(q, text, o, o + n, 1.0, False) for o in local], hint)
    if near is not None and near.context >= STRONG:
        return near, False
    everywhere = _occurrences(text, q.exact, 0, len(text), MAX_OCCURRENCES)
    if not everywhere:
        return None, False
    chosen = set(_shortlist(q, text, everywhere, hint)) | set(local)
    cands = [_candidate(q, text, o, o + n, 1.0, False) for o in sorted(chosen)]
    return _pick(cands, hint), len(everywhere) == 1


def _near(q: Quote, c: Candidate, hint: int) -> bool:
    """Whether ``c`` is where the quote was expected (its old offsets or the hint)."""
    return abs(c.start - hint) <= LOCAL or c.start == q.start


def _exact_accepted(q: Quote, c: Candidate, unique: bool, hint: int) -> bool:
    """Whether an occurrence of the exact quote is convincing enough to place it there.

    Near the expected place, the only occurrence of the quote is accepted unless
    its surroundings are plainly unrelated (short quotes) or the context agrees.

    Far from where it was expected, an occurrence needs near-perfect context (or
    to be the only one, with fair context or a long quote): recurring sentences
    share their words, so a half-matching context there proves nothing.
    """
    if c.context >= STRONG:
        return True
    n = len(q.exact)
    if _near(q, c, hint):
        if unique and (c.context >= UNIQUE_CONTEXT or n >= 24):
            return True
        return c.context >= (0.6 if n < 8 else 0.5)
    return unique and (c.context >= FAR_CONTEXT or n >= 40)


def _spacing_pattern(exact: str) -> re.Pattern[str] | None:
    """The quote with any run of whitespace (or none) allowed between its words."""
    words = exact.split()
    if len(words) < 2 or len(exact) > MAX_FUZZY_LENGTH:
        return None
    return re.compile(r"\s*".join(re.escape(w) for w in words))


def _spacing_stage(q: Quote, text: str, hint: int, area: tuple[int, int]) -> Candidate | None:
    """An occurrence of the quote that differs only in whitespace."""
    pattern = _spacing_pattern(q.exact)
    if pattern is None:
        return None
    n = len(q.exact)
    found: list[Candidate] = []
    for lo, hi in ((hint - LOCAL, hint + n + LOCAL), area):
        for m in pattern.finditer(text, max(0, lo), max(0, min(len(text), hi))):
            if m.group() != q.exact:
                found.append(_candidate(q, text, m.start(), m.end(), 1.0, True))
            if len(found) >= MAX_SCORED:
                break
        best = _pick(found, hint)
        if best is not None and best.context >= STRONG:
            return best
    best = _pick(found, hint)
    if best is not None and _exact_accepted(q, best, False, hint):
        return best
    return None


def _min_quote(length: int) -> float:
    return 0.8 if length < 12 else 0.7


def _fuzzy_in(q: Quote, text: str, lo: int, hi: int) -> list[Candidate]:
    n = len(q.exact)
    max_d = int(n * (1.0 - _min_quote(n)))
    out: list[Candidate] = []
    for m in best_matches(q.exact, text, lo, hi, max_d):
        quote = 1.0 - m.distance / max(n, m.end - m.start)
        exact = text[m.start : m.end] == q.exact
        out.append(_candidate(q, text, m.start, m.end, quote, not exact))
    return out


def _fuzzy_accepted(q: Quote, c: Candidate, hint: int) -> bool:
    n = len(q.exact)
    if c.quote < _min_quote(n) or c.score < FUZZY_SCORE:
        return False
    if not _near(q, c, hint) and c.context < FAR_CONTEXT:
        return False
    return c.context >= FUZZY_CONTEXT or (c.quote >= 0.9 and n >= 64)


def _seed_starts(q: Quote, text: str, area: tuple[int, int]) -> list[int]:
    """Likely starts of the quote, voted by short pieces of it and its context."""
    full = q.prefix + q.exact + q.suffix
    base = len(q.prefix)
    k = min(16, max(6, len(full) // 8))
    if len(full) < k:
        return []
    count = min(SEEDS, max(1, len(full) // k))
    step = (len(full) - k) / max(1, count - 1)
    votes: list[tuple[int, int]] = []
    for s in range(count):
        off = round(s * step)
        seed = full[off : off + k]
        hits = _occurrences(text, seed, area[0], area[1], SEED_CAP)
        if len(hits) >= SEED_CAP:
            continue
        votes.extend((h - off + base, s) for h in hits)
    votes.sort()
    gap = 16 + len(q.exact) // 4
    clusters: list[list[tuple[int, int]]] = []
    for v in votes:
        if clusters and v[0] - clusters[-1][-1][0] <= gap:
            clusters[-1].append(v)
        else:
            clusters.append([v])
    ranked = sorted(clusters, key=lambda c: -len({s for _, s in c}))
    return [c[len(c) // 2][0] for c in ranked[:3] if len({s for _, s in c}) >= 2]


def _fuzzy_stage(q: Quote, text: str, hint: int, area: tuple[int, int]) -> Candidate | None:
    n = len(q.exact)
    if n < MIN_FUZZY_LENGTH or n > MAX_FUZZY_LENGTH:
        return None
    slack = 64 + n // 4
    near = [
        c for c in _fuzzy_in(q, text, hint - slack, hint + n + slack) if _fuzzy_accepted(q, c, hint)
    ]
    best = _pick(near, hint)
    if best is not None and best.context >= STRONG:
        return best
    found = list(near)
    for start in _seed_starts(q, text, area):
        if abs(start - hint) <= slack:
            continue
        found.extend(
            c
            for c in _fuzzy_in(q, text, start - slack, start + n + slack)
            if _fuzzy_accepted(q, c, hint)
        )
    return _pick(found, hint)


def find_candidates(q: Quote, text: str, hint: int, reach: int | None = None) -> Candidate | None:
    """The most convincing place of ``q`` in ``text`` near ``hint``, or ``None``.

    Exact occurrences are looked for everywhere; whitespace-tolerant and approximate
    matches within ``reach`` code points of ``hint`` (everywhere when ``None``).
    """
    if not q.exact:
        return None
    exact, unique = _exact_stage(q, text, hint)
    if exact is not None and exact.context >= STRONG:
        return exact
    accepted = exact is not None and _exact_accepted(q, exact, unique, hint)
    if exact is not None and accepted and exact.start in (hint, q.start):
        return exact  # the quote is still where it was expected: nothing can beat that
    area = (0, len(text)) if reach is None else (max(0, hint - reach), hint + reach)
    others = [
        c for c in (_spacing_stage(q, text, hint, area), _fuzzy_stage(q, text, hint, area)) if c
    ]
    rival = max(others, key=lambda c: c.score, default=None)
    if exact is None:
        return rival
    # An approximate place must clearly beat the best exact occurrence, accepted or
    # not, and sit in its own surroundings: the edited original beats a copy of the
    # quote elsewhere, but a variant of an occurrence with shifted boundaries does not.
    overlaps = rival is not None and rival.start < exact.end and exact.start < rival.end
    if (
        rival is not None
        and not overlaps
        and rival.context >= STRONG
        and rival.score > exact.score + PREFER_EXACT
    ):
        return rival
    return exact if accepted else None
