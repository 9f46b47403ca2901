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

from annotary.domain.textsearch import TOKEN, has_cjk, query_terms

WINDOW_CHARS = 65_536
"""Characters searched at once for the first match (a window of the article)."""
TOKENS_BEFORE = 8
TOKENS_AFTER = 16
_CONTEXT_CHARS = 400  # characters looked at either side of a match for those tokens
_GAP = r"[\W_]{0,64}"  # what may stand between two tokens of a phrase (separators)
_WORD_CHAR = r"[^\W_]"
_APOSTROPHE = re.compile("['’]")
ELLIPSIS = "…"


class _Folding(dict[int, str]):
    """One character to one character: the character without its diacritics."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        folded = base if len(base) == 1 else ch
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


def query_pattern(user_query: str) -> re.Pattern[str] | None:
    """A pattern matching any of the query's terms as the index matches them."""
    phrases = [
        _GAP.join(_token_pattern(t) for t in term)
        for term in query_terms(user_query)
        if len(term) <= 64
    ]
    if not phrases:
        return None
    return re.compile("|".join(f"(?:{p})" for p in phrases), re.IGNORECASE)


def first_match(text: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """The first match in ``text`` (searched window by window), or None."""
    overlap = 512
    start = 0
    while start < len(text):
        window = fold(text[start : start + WINDOW_CHARS + overlap])
        m = pattern.search(window)
        if m is not None:
            return start + m.start(), start + m.end()
        start += WINDOW_CHARS
    return None


def snippet_around(
    text: str, start: int, end: int, pattern: re.Pattern[str]
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
    for m in pattern.finditer(fold(body)):
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
