"""Full-text search over the project's articles and the notes of their annotations."""

from __future__ import annotations

from annotary.domain.models import SearchHit
from annotary.services.project import Project
from annotary.storage.note_search import search_notes
from annotary.storage.search import SearchFilters
from annotary.storage.search import search as _search

__all__ = ["SearchFilters", "search"]


def search(
    project: Project, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    """Articles whose title or text matches, best first; then articles whose annotations'
    notes match (``matched == "note"``), for articles not found by their text."""
    hits = _search(project.store, query, filters, limit)
    found = {h.article for h in hits}
    if len(hits) < limit:
        notes = search_notes(project.store, query, filters, limit)
        hits += [h for h in notes if h.article not in found][: limit - len(hits)]
    return hits
