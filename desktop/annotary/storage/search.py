"""Ranked full-text search over articles (FTS5 with CJK-aware indexing).

FTS5 ranks (bm25, title weighted 4:1); the snippet of each hit is built from a
bounded window of the article (see :mod:`annotary.domain.search_snippet` and
:mod:`annotary.storage.search_snippets`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from annotary.domain.models import SearchHit
from annotary.domain.search_snippet import query_pattern
from annotary.domain.textsearch import fts_query
from annotary.storage.articles import NOT_HIDDEN
from annotary.storage.search_snippets import ScanBudget, article_snippet
from annotary.storage.store import Store

Marks = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SearchFilters:
    outlet: str | None = None
    language: str | None = None  # primary tag; "zh" matches "zh-CN" too
    collection: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None
    section: str | None = None
    source_database: str | None = None  # "Nexis", "Nexis Uni", "Factiva"
    hidden: bool = False  # also near-duplicates the user hid


def search(
    store: Store, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    match = fts_query(query)
    if not match:
        return []
    where, params = filter_clauses(filters or SearchFilters())
    where.insert(0, "articles_fts MATCH ?")
    params.insert(0, match)
    # Rank first, then make snippets only for the rows returned.
    ranked = store.query(
        "SELECT articles_fts.rowid AS rid, bm25(articles_fts, 4.0, 1.0) AS score "
        "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?",
        (*params, limit),
    )
    pattern = query_pattern(query)
    budget = ScanBudget()
    hits: list[SearchHit] = []
    for r in ranked:
        row = store.query(
            "SELECT id, title, outlet, published, language FROM articles WHERE rowid = ?",
            (r["rid"],),
        )[0]
        snippet, marks = article_snippet(store, r["rid"], row["title"], pattern, budget)
        hits.append(hit_of(row, snippet, marks, float(r["score"])))
    return hits


def hit_of(row: sqlite3.Row, snippet: str, marks: Marks, rank: float, **more: Any) -> SearchHit:
    """A search hit for an article row (``id, title, outlet, published, language``)."""
    return SearchHit(
        article=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        published=row["published"],
        language=row["language"],
        snippet=snippet,
        rank=rank,
        marks=marks,
        **more,
    )


def filter_clauses(f: SearchFilters) -> tuple[list[str], list[object]]:
    """SQL conditions on the articles table (alias ``a``) for the filters, and their values."""
    where: list[str] = [] if f.hidden else [NOT_HIDDEN]
    params: list[object] = []
    if f.outlet:
        where.append("a.outlet = ? COLLATE NOCASE")
        params.append(f.outlet)
    if f.section:
        where.append("a.section = ? COLLATE NOCASE")
        params.append(f.section)
    if f.source_database:
        where.append("a.source_database = ? COLLATE NOCASE")
        params.append(f.source_database)
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
    return where, params
