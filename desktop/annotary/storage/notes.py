"""A note on each article and the project's memo, and the search over both.

Both are short texts written by hand: they are not indexed, and a search reads
at most :data:`~annotary.storage.note_search.MAX_NOTES_SCANNED` article notes
(newest first) and matches them in Python with the rules of the article index.
"""

from __future__ import annotations

from collections.abc import Iterable

from annotary.domain.errors import NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import SearchHit, now_iso
from annotary.domain.search_snippet import first_match, query_pattern, snippet_around
from annotary.storage.note_search import MAX_NOTES_SCANNED, NOTE_RANK, term_patterns
from annotary.storage.search import SearchFilters, filter_clauses, hit_of
from annotary.storage.store import Store


def article_note(store: Store, article_id: str) -> str:
    """The article's note ("" when it has none)."""
    rows = store.query("SELECT note FROM article_notes WHERE article_id = ?", (article_id,))
    return str(rows[0][0]) if rows else ""


def article_notes(store: Store, article_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Article id -> note, for every article that has one (or only those of ``article_ids``)."""
    rows = store.query("SELECT article_id, note FROM article_notes ORDER BY article_id")
    wanted = None if article_ids is None else set(article_ids)
    return {str(row[0]): str(row[1]) for row in rows if wanted is None or row[0] in wanted}


def set_article_note(store: Store, article_id: str, note: str) -> None:
    """Write (or, with an empty note, remove) an article's note; inside a write."""
    if not store.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
        raise NotFoundError(message("no article with id {id}", id=article_id))
    if not note:
        store.execute("DELETE FROM article_notes WHERE article_id = ?", (article_id,))
        return
    store.execute(
        "INSERT INTO article_notes(article_id, note, modified) VALUES (?, ?, ?) "
        "ON CONFLICT(article_id) DO UPDATE SET note = excluded.note, "
        "modified = excluded.modified",
        (article_id, note, now_iso()),
    )


def memo(store: Store) -> str:
    """The project's memo ("" when none was written)."""
    rows = store.query("SELECT text FROM project_memo WHERE id = 1")
    return str(rows[0][0]) if rows else ""


def set_memo(store: Store, text: str) -> None:
    """Write (or, with an empty text, remove) the project's memo; inside a write."""
    if not text:
        store.execute("DELETE FROM project_memo WHERE id = 1")
        return
    store.execute(
        "INSERT INTO project_memo(id, text, modified) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET text = excluded.text, modified = excluded.modified",
        (text, now_iso()),
    )


def _matches(text: str, query: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The snippet and marks of ``text`` when it holds every term of ``query``."""
    terms = term_patterns(query)
    whole = query_pattern(query)
    if not terms or whole is None:
        return None
    if not all(first_match(text, term) is not None for term in terms):
        return None
    found = first_match(text, whole) or first_match(text, terms[0])
    if found is None:
        return None
    return snippet_around(text, found[0], found[1], whole)


def search_article_notes(
    store: Store, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    """Articles whose note holds every term of ``query`` (``matched == "article-note"``),
    most recently noted first."""
    if limit <= 0 or not term_patterns(query):
        return []
    where, params = filter_clauses(filters or SearchFilters())
    rows = store.query(
        "SELECT n.note, a.id, a.title, a.outlet, a.published, a.language "
        "FROM article_notes n JOIN articles a ON a.id = n.article_id"
        + (f" WHERE {' AND '.join(where)}" if where else "")
        + " ORDER BY n.modified DESC, a.id LIMIT ?",
        (*params, MAX_NOTES_SCANNED),
    )
    hits: list[SearchHit] = []
    for row in rows:
        found = _matches(row["note"], query)
        if found is None:
            continue
        hits.append(hit_of(row, found[0], found[1], NOTE_RANK, matched="article-note"))
        if len(hits) >= limit:
            break
    return hits


def search_memo(store: Store, query: str) -> SearchHit | None:
    """The memo as a hit (``matched == "memo"``, no article) when it holds every term."""
    text = memo(store)
    found = _matches(text, query) if text else None
    if found is None:
        return None
    return SearchHit(
        article="",
        title="",
        outlet=None,
        published=None,
        language=None,
        snippet=found[0],
        rank=NOTE_RANK,
        marks=found[1],
        matched="memo",
    )
