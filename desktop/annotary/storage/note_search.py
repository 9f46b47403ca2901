"""Search over the notes of annotations, for the library search.

Notes are short and written by hand, so they are not indexed: the newest
:data:`MAX_NOTES_SCANNED` notes of the filtered articles are read and matched
in Python with the same rules as the article index (whole words, CJK character
by character, case and diacritics ignored; every term must occur). This bounds
the work of one search whatever the size of the project.
"""

from __future__ import annotations

from annotary.domain.models import SearchHit
from annotary.domain.search_snippet import QueryPattern, first_match, query_pattern, snippet_around
from annotary.domain.textsearch import query_terms
from annotary.storage.search import SearchFilters, filter_clauses, hit_of
from annotary.storage.store import Store

MAX_NOTES_SCANNED = 20_000
NOTE_RANK = 0.0  # after every text hit (bm25 scores are negative)


def term_patterns(query: str) -> list[QueryPattern]:
    """One pattern per term of ``query``: a note matches when each finds a place."""
    out = []
    for term in query_terms(query):
        pattern = query_pattern('"' + " ".join(term) + '"')
        if pattern is not None:
            out.append(pattern)
    return out


def search_notes(
    store: Store, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    """Annotations whose note holds every term of ``query``: one hit per article
    (its newest matching note), newest first."""
    terms = term_patterns(query)
    whole = query_pattern(query)
    if not terms or whole is None or limit <= 0:
        return []
    where, params = filter_clauses(filters or SearchFilters())
    where.insert(0, "an.note IS NOT NULL AND an.note != ''")
    rows = store.query(
        "SELECT an.id AS annotation, an.note, a.id, a.title, a.outlet, a.published, a.language "
        "FROM annotations an JOIN articles a ON a.id = an.article_id "
        f"WHERE {' AND '.join(where)} ORDER BY an.modified DESC, an.id LIMIT ?",
        (*params, MAX_NOTES_SCANNED),
    )
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for row in rows:
        if row["id"] in seen:
            continue
        note = row["note"]
        if not all(first_match(note, term) is not None for term in terms):
            continue
        found = first_match(note, whole)
        assert found is not None
        snippet, marks = snippet_around(note, found[0], found[1], whole)
        seen.add(row["id"])
        hits.append(
            hit_of(row, snippet, marks, NOTE_RANK, matched="note", annotation=row["annotation"])
        )
        if len(hits) >= limit:
            break
    return hits
