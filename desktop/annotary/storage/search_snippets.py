"""The snippet of a search hit, read from the article in bounded pieces.

Reading ``articles.text`` as a value (even through ``substr``) loads all of it:
about 100 ms for a 50 MB article. The text is read instead through SQLite's
incremental blob I/O: the first :data:`HEAD_BYTES`, then pieces of
:data:`PIECE_BYTES` while no match has been found, until the search's budget of
:data:`SCAN_BUDGET_BYTES` is spent. A hit whose match lies past the budget shows
its title (when the title matches) or its opening.

Most pieces never need decoding: for a CJK query, or a Latin one over ASCII
text, the bytes alone tell whether a piece can hold a match. A Latin query over
accented text must decode (an accent may hide a match), which is slower (about
25 ms per MB): hence the budget.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from annotary.domain.search_snippet import (
    ELLIPSIS,
    QueryPattern,
    first_match,
    opening,
    snippet_around,
)
from annotary.storage.store import Store

HEAD_BYTES = 262_144
PIECE_BYTES = 1_048_576
SCAN_BUDGET_BYTES = 16_000_000
"""What one search may spend placing its snippets: a byte decoded and searched as text
costs 1, a byte only tested for the query's words (without decoding) costs 1/8."""
_BYTE_TEST_SHARE = 8
_CONTEXT_BYTES = 2_048  # read past a piece so that a match near its end has context
_OVERLAP_BYTES = 4_096  # carried from one piece to the next: a phrase may straddle them

Snippet = tuple[str, tuple[tuple[int, int], ...]]


@dataclass(slots=True)
class ScanBudget:
    """What is left of one search's reading budget."""

    left: int = field(default_factory=lambda: SCAN_BUDGET_BYTES)

    def take(self, wanted: int) -> int:
        got = max(0, min(wanted, self.left))
        self.left -= got
        return got


def _with_ellipsis(snippet: Snippet) -> Snippet:
    text, marks = snippet
    if text.startswith(ELLIPSIS):
        return snippet
    return ELLIPSIS + text, tuple((s + 1, e + 1) for s, e in marks)


def _may_hold(window: bytes, query: QueryPattern) -> bool:
    """False when ``window`` cannot hold a match, judged on its bytes (no decoding)."""
    if not query.latin:
        return any(needle.encode("utf-8") in window for needle in query.needles)
    if window.isascii():
        lowered = window.lower()
        return any(needle.encode("utf-8") in lowered for needle in query.needles)
    return True  # accented letters may fold onto the needles: decode and look


def _scan(
    blob: sqlite3.Blob, query: QueryPattern | None, budget: ScanBudget
) -> tuple[str, Snippet | None]:
    """(head of the text, snippet around the first match found within the budget)."""
    size = len(blob)
    # Past the budget, a hit still gets its opening (a few KB each, at most 50 hits).
    raw = blob.read(budget.take(HEAD_BYTES) or _CONTEXT_BYTES)
    head = raw.decode("utf-8", errors="ignore" if blob.tell() < size else "replace")
    if query is None:
        return head, None
    where = first_match(head, query)
    if where is not None:
        return head, snippet_around(head, *where, query)
    carry = raw[-_OVERLAP_BYTES:]
    while blob.tell() < size:
        want = budget.take(PIECE_BYTES // _BYTE_TEST_SHARE) * _BYTE_TEST_SHARE
        if want == 0:
            break
        window = carry + blob.read(want)
        carry = window[-_OVERLAP_BYTES:]
        if not _may_hold(window, query):
            continue
        if budget.take(len(window)) < len(window):
            break  # decoding and searching text costs its full size
        # Cut characters at the edges decode to U+FFFD; the overlap covers them.
        text = window.decode("utf-8", errors="replace")
        where = first_match(text, query)
        if where is not None:
            window += blob.read(budget.take(_CONTEXT_BYTES))
            text = window.decode("utf-8", errors="replace")  # same offsets up to the match
            return head, _with_ellipsis(snippet_around(text, *where, query))
    return head, None


def article_snippet(
    store: Store, rowid: int, title: str, query: QueryPattern | None, budget: ScanBudget
) -> Snippet:
    """The snippet of article ``rowid`` for ``query``, reading as little of it as needed."""
    head = ""
    try:
        with store.conn.blobopen("articles", "text", rowid, readonly=True) as blob:
            head, found = _scan(blob, query, budget)
    except sqlite3.Error:  # the row went away or changed while it was read
        found = None
    if found is not None:
        return found
    where = first_match(title, query) if query is not None else None
    if where is not None and query is not None:
        return snippet_around(title, *where, query)
    return opening(head), ()
