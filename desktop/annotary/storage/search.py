"""Ranked full-text search over articles (FTS5 with CJK-aware indexing)."""

from __future__ import annotations

from dataclasses import dataclass

from annotary.domain.models import SearchHit
from annotary.domain.textsearch import fts_query, unsegment
from annotary.storage.store import Store

_OPEN, _CLOSE = "\ue000", "\ue001"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    outlet: str | None = None
    language: str | None = None  # primary tag; "zh" matches "zh-CN" too
    collection: str | None = None
    date_from: str | None = None  # ISO dates, inclusive
    date_to: str | None = None


def _split_marks(snippet: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    text: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = 0
    start = -1
    for ch in unsegment(snippet):
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            if start >= 0:
                if marks and marks[-1][1] == start:
                    marks[-1] = (marks[-1][0], pos)  # adjacent CJK tokens: one mark
                else:
                    marks.append((start, pos))
            start = -1
        else:
            text.append(ch)
            pos += 1
    return "".join(text), tuple(marks)


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
    hits: list[SearchHit] = []
    for r in ranked:
        row = store.query(
            "SELECT a.id, a.title, a.outlet, a.published, a.language, "
            f"snippet(articles_fts, -1, '{_OPEN}', '{_CLOSE}', '…', 24) AS snip "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH ? AND articles_fts.rowid = ?",
            (match, r["rid"]),
        )[0]
        snippet, marks = _split_marks(row["snip"])
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
