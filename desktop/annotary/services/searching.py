"""Full-text search over the project's articles."""

from __future__ import annotations

from annotary.domain.models import SearchHit
from annotary.services.project import Project
from annotary.storage.search import SearchFilters
from annotary.storage.search import search as _search

__all__ = ["SearchFilters", "search"]


def search(
    project: Project, query: str, filters: SearchFilters | None = None, limit: int = 50
) -> list[SearchHit]:
    return _search(project.store, query, filters, limit)
