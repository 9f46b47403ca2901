"""Full-text search over the project's articles, their notes, the notes of their
annotations, and the project's memo."""

from __future__ import annotations

from annotary.domain.models import SearchHit
from annotary.services.project import Project
from annotary.storage.note_search import search_notes
from annotary.storage.notes import search_article_notes, search_memo
from annotary.storage.search import SearchFilters
from annotary.storage.search import search as _search

__all__ = ["SearchFilters", "search"]


def search(
    project: Project,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 50,
    *,
    include_memo: bool = False,
) -> list[SearchHit]:
    """Articles whose title or text matches, best first; then articles whose own note
    matches (``matched == "article-note"``), then articles whose annotations' notes
    match (``matched == "note"``), each article once.

    With ``include_memo``, a hit for the project's memo comes first when it matches
    (``matched == "memo"``; its ``article`` is "": it opens the memo, not an article).
    """
    hits = _search(project.store, query, filters, limit)
    found = {h.article for h in hits}
    for more in (search_article_notes, search_notes):
        if len(hits) >= limit:
            break
        extra = [h for h in more(project.store, query, filters, limit) if h.article not in found]
        extra = extra[: limit - len(hits)]
        found |= {h.article for h in extra}
        hits += extra
    if include_memo and (memo := search_memo(project.store, query)) is not None:
        hits = [memo, *hits[: max(limit - 1, 0)]]
    return hits
