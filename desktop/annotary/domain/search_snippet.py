"""Search snippets built from a bounded window of an article, never from the whole text.

FTS5's own ``snippet()`` tokenizes the whole matching document at every search,
which took tens of seconds on a multi-megabyte article. Instead, a query becomes
one regular expression (:func:`query_pattern`) with the same matching rules as
the index (see :mod:`annotary.domain.textsearch`): whole Latin-script words,
CJK characters one by one and adjacent, case and diacritics ignored. It is
searched in windows of at most :data:`WINDOW_CHARS` characters, and the snippet
is a few tokens around the first match, with every match in it marked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from annotary.domain.textsearch import TOKEN, has_cjk, query_terms

WINDOW_CHARS = 65_536
"""Characters searched at once for the first match (a window of the article)."""
MAX_PHRASE_TOKENS = 64
TOKENS_BEFORE = 8
TOKENS_AFTER = 16
_CONTEXT_CHARS = 400  # characters looked at either side of a match for those tokens
_GAP = r"[\W_]{0,64}"  # what may stand between two tokens of a phrase (separators)
_WORD_CHAR = r"[^\W_]"
_APOSTROPHE = re.compile("['’]")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
ELLIPSIS = "…"
_FOLD_CACHE_SIZE = 20_000


class _Folding(dict[int, str]):
    """One character to one character: the character without its diacritics."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        folded = base if len(base) == 1 else ch
        if len(self) < _FOLD_CACHE_SIZE:  # text using all of Unicode cannot grow it more
            self[code] = folded
        return folded


_FOLD = _Folding()


def fold(text: str) -> str:
    """``text`` without diacritics, of the same length (offsets stay valid)."""
    return text if text.isascii() else text.translate(_FOLD)


def _token_pattern(token: str) -> str:
    if len(token) == 1 and has_cjk(token):
        return re.escape(token)
    word = _APOSTROPHE.sub("['’]", re.escape(fold(token)))
    return f"(?<!{_WORD_CHAR}){word}(?!{_WORD_CHAR})"


@dataclass(frozen=True, slots=True)
class QueryPattern:
    """The query as a pattern; ``latin`` when some term may match accented text."""

    regex: re.Pattern[str]
    latin: bool
    needles: tuple[str, ...] = ()  # lower-case text one of which any match contains


def query_pattern(user_query: str) -> QueryPattern | None:
    """A pattern matching any of the query's terms as the index matches them."""
    terms = [term for term in query_terms(user_query) if len(term) <= MAX_PHRASE_TOKENS]
    if not terms:
        return None
    phrases = (_GAP.join(_token_pattern(t) for t in term) for term in terms)
    regex = re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)
    latin = any(not has_cjk(t) for term in terms for t in term)
    needles = tuple({_APOSTROPHE.split(fold(term[0]))[0] for term in terms})
    return QueryPattern(regex, latin, needles)


def _strip_marks(text: str) -> str:
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


def _may_match(window: str, query: QueryPattern) -> bool:
    """False when no match can be in ``window`` (a fast test before the pattern)."""
    if not query.latin:
        return any(needle in window for needle in query.needles)
    lowered = window.lower()
    if not window.isascii():
        # Only whether a needle occurs matters here, not where: drop the accents
        # the fast way (offsets change, which fold() avoids at a higher cost).
        lowered = _strip_marks(lowered)
        return any(_strip_marks(needle) in lowered for needle in query.needles)
    return any(needle in lowered for needle in query.needles)


def _search(window: str, query: QueryPattern) -> re.Match[str] | None:
    if query.needles and not _may_match(window, query):
        return None
    m = query.regex.search(window)
    if m is None and query.latin and not window.isascii():
        m = query.regex.search(fold(window))
    return m


def first_match(text: str, query: QueryPattern) -> tuple[int, int] | None:
    """The first match in ``text`` (searched window by window), or None."""
    overlap = 512
    start = 0
    while start < len(text):
        m = _search(text[start : start + WINDOW_CHARS + overlap], query)
        if m is not None:
            return start + m.start(), start + m.end()
        start += WINDOW_CHARS
    return None


def snippet_around(
    text: str, start: int, end: int, query: QueryPattern
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A few tokens either side of ``text[start:end]``, with the matches in it marked."""
    lo = max(0, start - _CONTEXT_CHARS)
    before = [m.start() for m in TOKEN.finditer(text, lo, start)]
    if len(before) > TOKENS_BEFORE:
        lo = before[-TOKENS_BEFORE]
    elif lo > 0 and before:
        lo = before[0]
    hi = min(len(text), end + _CONTEXT_CHARS)
    after = [m.end() for m in TOKEN.finditer(text, end, hi)]
    if len(after) > TOKENS_AFTER:
        hi = after[TOKENS_AFTER - 1]
    elif hi < len(text) and after:
        hi = after[-1]
    body = text[lo:hi]
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(text) else ""
    shift = len(prefix)
    marks: list[tuple[int, int]] = []
    for m in query.regex.finditer(fold(body)):
        if marks and marks[-1][1] == m.start() + shift:
            marks[-1] = (marks[-1][0], m.end() + shift)  # adjacent matches: one mark
        else:
            marks.append((m.start() + shift, m.end() + shift))
    return f"{prefix}{body}{suffix}", tuple(marks)


def opening(text: str) -> str:
    """The start of ``text`` as a snippet, when no match can be shown."""
    cut = text[:_CONTEXT_CHARS]
    ends = [m.end() for m in TOKEN.finditer(cut)]
    if len(ends) > TOKENS_BEFORE + TOKENS_AFTER:
        cut = cut[: ends[TOKENS_BEFORE + TOKENS_AFTER - 1]]
    return cut + (ELLIPSIS if len(cut) < len(text) else "")
