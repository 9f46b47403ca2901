"""Choosing what to export: the whole project, chosen articles, or chosen themes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TextIO

from annotary.domain.codebook import ancestors, descendants
from annotary.domain.errors import NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import Bundle, Theme
from annotary.formats.annotary_json import write_json
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import articles as article_store
from annotary.storage import notes as note_store
from annotary.storage import speakers as speaker_store
from annotary.storage import themes as theme_store


@dataclass(frozen=True, slots=True)
class Scope:
    """Articles and/or themes to limit an export to (None: no limit)."""

    articles: tuple[str, ...] | None = None
    themes: tuple[str, ...] | None = None

    @property
    def is_project(self) -> bool:
        return self.articles is None and self.themes is None


@dataclass(slots=True)
class _Plan:
    article_ids: list[str] | None
    themes: list[Theme]
    theme_filter: set[str] | None
    speaker_ids: set[str] | None = field(default=None)


def _theme_set(all_themes: list[Theme], chosen: Sequence[str]) -> tuple[list[Theme], set[str]]:
    by_id = {t.id: t for t in all_themes}
    for theme_id in chosen:
        if theme_id not in by_id:
            raise NotFoundError(message("no theme with id {id}", id=theme_id))
    wanted = set(chosen)
    for theme_id in chosen:  # sub-themes of chosen themes
        wanted |= descendants(by_id, theme_id)
    uses = set(wanted)
    for theme_id in list(wanted):  # ancestors keep the tree whole
        wanted.update(ancestors(by_id, theme_id))
    return [t for t in all_themes if t.id in wanted], uses


def scope_filter(project: Project, scope: Scope) -> Callable[[str, Sequence[str]], bool]:
    """Whether an annotation (its article id and theme ids) is in ``scope``: in one of
    its articles, and carrying one of its themes or a theme below one."""
    articles = set(scope.articles) if scope.articles is not None else None
    themes: set[str] | None = None
    if scope.themes is not None:
        themes = _theme_set(theme_store.all_themes(project.store), scope.themes)[1]
    for article_id in articles or ():
        article_store.get(project.store, article_id)

    def wanted(article_id: str, theme_ids: Sequence[str]) -> bool:
        if articles is not None and article_id not in articles:
            return False
        return themes is None or any(t in themes for t in theme_ids)

    return wanted


def bundle(project: Project, scope: Scope = Scope()) -> Bundle:
    """The records in scope; articles and annotations are streamed from the file."""
    store = project.store
    all_themes = theme_store.all_themes(store)
    if scope.is_project:
        return Bundle(
            articles=article_store.iterate(store),
            speakers=speaker_store.all_speakers(store),
            themes=all_themes,
            annotations=annotation_store.iterate(store),
            notes=note_store.article_notes(store),
            memo=note_store.memo(store),
        )
    themes, uses = (
        (all_themes, None) if scope.themes is None else _theme_set(all_themes, scope.themes)
    )
    article_ids = list(scope.articles) if scope.articles is not None else None
    for article_id in article_ids or ():
        article_store.get(store, article_id)
    selected = list(
        annotation_store.iterate(store, article_ids, sorted(uses) if uses is not None else None)
    )
    if uses is not None:
        kept = set(t.id for t in themes)
        selected = [replace(a, themes=tuple(t for t in a.themes if t in kept)) for a in selected]
        if article_ids is None:
            article_ids = list(dict.fromkeys(a.article for a in selected))
    speaker_ids = {a.speaker for a in selected if a.speaker}
    speakers = [s for s in speaker_store.all_speakers(store) if s.id in speaker_ids]
    return Bundle(
        articles=article_store.iterate(store, article_ids),
        speakers=speakers,
        themes=themes,
        annotations=iter(selected),
        notes=note_store.article_notes(store, article_ids),
        memo=note_store.memo(store),
    )


def export_json(project: Project, fp: TextIO, scope: Scope = Scope()) -> dict[str, int]:
    """Write the Annotary JSON format (docs/json-format.md) to ``fp``; returns counts."""
    return write_json(bundle(project, scope), fp)
