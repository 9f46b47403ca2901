"""Ranked full-text search over articles (FTS5 with CJK-aware indexing).

FTS5 ranks (bm25, title weighted 4:1); the snippet of each hit is built from a
bounded window of the article (see :mod:`annotary.domain.search_snippet`): the
first :data:`HEAD_CHARS` characters, else a window around a first token that
SQLite's ``instr`` finds further in, else the title, else the article's opening.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from sqlite3 import Row

from annotary.domain.models import SearchHit
from annotary.domain.search_snippet import (
    ELLIPSIS,
    first_match,
    opening,
    query_pattern,
    snippet_around,
)
from annotary.domain.textsearch import fts_query, query_terms
from annotary.storage.store import Store

HEAD_CHARS = 262_144
"""Characters at the start of an article searched in Python for the snippet's match."""
CONTEXT_CHARS = 512
LATER_WINDOW_CHARS = 8_192
"""Characters read around a match found by SQLite past the head."""
Snippet = tuple[str, tuple[tuple[int, int], ...]]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    outlet: str | None = None
    language: str | None = None  # primary tag; "zh" matches "zh-CN" too
    collection: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None


def _later_match(store: Store, rowid: int, pattern: re.Pattern[str], query: str) -> Snippet | None:
    """A match past the scanned head: SQLite finds a first token, Python the phrase near it."""
    found: list[int] = []
    for term in query_terms(query):
        first = term[0]
        for form in {first, first.capitalize(), first.upper()}:
            row = store.query(
                "SELECT instr(text, ?) AS at FROM articles WHERE rowid = ?", (form, rowid)
            )
            if row and row[0]["at"]:
                found.append(int(row[0]["at"]) - 1)
    for at in sorted(found):
        lo = max(0, at - 2 * LATER_WINDOW_CHARS // 3)
        row = store.query(
            "SELECT substr(text, ?, ?) AS part FROM articles WHERE rowid = ?",
            (lo + 1, LATER_WINDOW_CHARS, rowid),
        )
        part = str(row[0]["part"]) if row else ""
        where = first_match(part, pattern)
        if where is not None:
            snip, marks = snippet_around(part, *where, pattern)
            if not snip.startswith(ELLIPSIS):
                snip, marks = ELLIPSIS + snip, tuple((s + 1, e + 1) for s, e in marks)
            return snip, marks
    return None


def _snippet(store: Store, row: Row, pattern: re.Pattern[str] | None, query: str) -> Snippet:
    head = str(row["head"] or "")
    if pattern is None:
        return opening(head), ()
    scanned = head[:HEAD_CHARS]
    where = first_match(scanned, pattern)
    if where is not None:
        return snippet_around(head, *where, pattern)
    if len(head) > HEAD_CHARS:
        later = _later_match(store, int(row["rid"]), pattern, query)
        if later is not None:
            return later
    title = str(row["title"] or "")
    where = first_match(title, pattern)
    if where is not None:
        return snippet_around(title, *where, pattern)
    return opening(head), ()


def search(
    store: Store, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    match = fts_query(query)
    if not match:
        return []
    f = filters or SearchFilters()
    where = ["articles_fts MATCH ?"]
    params: list[object] = [match]
    if f.outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(f.outlet)
    if f.language:
        where.append("(a.language = ? COLLATE NOCASE OR a.language LIKE ? COLLATE NOCASE)")
        params.extend([f.language, f.language + "-%"])
    if f.date_from:
        where.append("a.published >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("a.published <= ?")
        params.append(f.date_to[:10] + "\uffff")
    if f.collection:
        where.append(
            "a.id IN (SELECT ac.article_id FROM article_collections ac JOIN collections c "
            "ON c.id = ac.collection_id WHERE c.name = ? COLLATE NOCASE)"
        )
        params.append(f.collection)
    # Rank first, then make snippets only for the rows returned.
    ranked = store.query(
        "SELECT articles_fts.rowid AS rid, bm25(articles_fts, 4.0, 1.0) AS score "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?",
        (*params, limit),
    )
    pattern = query_pattern(query)
    hits: list[SearchHit] = []
    for r in ranked:
        row = store.query(
            "SELECT rowid AS rid, id, title, outlet, published, language, "
            "substr(text, 1, ?) AS head FROM articles WHERE rowid = ?",
            (HEAD_CHARS + CONTEXT_CHARS, r["rid"]),
        )[0]
        snippet, marks = _snippet(store, row, pattern, query)
        hits.append(
            SearchHit(
                article=row["id"],
                title=row["title"],
                outlet=row["outlet"],
                published=row["published"],
                language=row["language"],
                snippet=snippet,
                rank=float(r["score"]),
                marks=marks,
            )
        )
    return hits
