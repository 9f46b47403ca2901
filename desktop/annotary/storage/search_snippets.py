"""The snippet of a search hit, read from the article in bounded pieces.

Reading ``articles.text`` as a value (even through ``substr``) loads all of it:
about 100 ms for a 50 MB article. The text is read instead through SQLite's
incremental blob I/O: the first :data:`HEAD_BYTES`, then pieces of
:data:`PIECE_BYTES` while no match has been found, until the search's budget of
:data:`SCAN_BUDGET_BYTES` is spent. A hit whose match lies past the budget shows
its title (when the title matches) or its opening.
"""

from __future__ import annotations

import codecs
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
SCAN_BUDGET_BYTES = 64_000_000
"""Bytes of article text one search reads at most to place its snippets."""
_CONTEXT_BYTES = 2_048  # read past a piece so that a match near its end has context
_OVERLAP_CHARS = 1_024  # carried from one piece to the next: a phrase may straddle them

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


def _scan(
    blob: sqlite3.Blob, query: QueryPattern | None, budget: ScanBudget
) -> tuple[str, Snippet | None]:
    """(head of the text, snippet around the first match found within the budget)."""
    size = len(blob)
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    # Past the budget, a hit still gets its opening (a few KB each, at most 50 hits).
    head = decoder.decode(blob.read(budget.take(HEAD_BYTES) or _CONTEXT_BYTES))
    if query is None:
        return head, None
    where = first_match(head, query)
    if where is not None:
        return head, snippet_around(head, *where, query)
    carry = head[-_OVERLAP_CHARS:]
    while blob.tell() < size:
        want = budget.take(PIECE_BYTES)
        if want == 0:
            break
        piece = carry + decoder.decode(blob.read(want), final=blob.tell() >= size)
        where = first_match(piece, query)
        if where is not None:
            after = decoder.decode(blob.read(budget.take(_CONTEXT_BYTES)))
            return head, _with_ellipsis(snippet_around(piece + after, *where, query))
        carry = piece[-_OVERLAP_CHARS:]
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
