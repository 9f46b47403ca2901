"""The codebook as a tree: a theme's path from the top, and the themes below it.

Themes point to their parent by id. Every walk here is safe on bad data: a
parent that is missing ends a path, and a parent cycle is cut where it closes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from annotary.domain.models import Theme

PATH_SEPARATOR = " › "


def ancestors(themes: Mapping[str, Theme], theme_id: str) -> list[str]:
    """The ids above ``theme_id``, its parent first; missing parents and cycles end the list."""
    found: list[str] = []
    seen = {theme_id}
    theme = themes.get(theme_id)
    while theme is not None and theme.parent is not None and theme.parent not in seen:
        theme = themes.get(theme.parent)
        if theme is None:
            break
        seen.add(theme.id)
        found.append(theme.id)
    return found


def theme_path(themes: Mapping[str, Theme], theme_id: str, sep: str = PATH_SEPARATOR) -> str:
    """``"Parent › Child"``: the names from the top down to ``theme_id``; "" for an unknown id."""
    if theme_id not in themes:
        return ""
    ids = [theme_id, *ancestors(themes, theme_id)]
    return sep.join(themes[i].name for i in reversed(ids))


def children(themes: Mapping[str, Theme], theme_id: str) -> list[str]:
    """The ids of the themes directly below ``theme_id`` (its sub-themes, not theirs)."""
    return [t.id for t in themes.values() if t.parent == theme_id and t.id != theme_id]


def descendants(themes: Mapping[str, Theme], theme_id: str) -> set[str]:
    """The ids of every theme below ``theme_id``, at any depth (not ``theme_id`` itself)."""
    children: dict[str, list[str]] = {}
    for theme in themes.values():
        if theme.parent is not None:
            children.setdefault(theme.parent, []).append(theme.id)
    found: set[str] = set()
    frontier = [theme_id]
    while frontier:
        for child in children.get(frontier.pop(), ()):
            if child not in found and child != theme_id:
                found.add(child)
                frontier.append(child)
    return found


def theme_paths(themes: Iterable[Theme], sep: str = PATH_SEPARATOR) -> list[tuple[str, Theme]]:
    """Every theme with its path, in codebook order: parents before children, siblings
    by position then name. A theme whose parent is missing is at the top; themes in a
    parent cycle, which no walk from the top reaches, are left out."""
    listed = list(themes)
    by_id = {t.id: t for t in listed}
    children: dict[str | None, list[Theme]] = {}
    for t in listed:
        parent = t.parent if t.parent in by_id else None
        children.setdefault(parent, []).append(t)
    for siblings in children.values():
        siblings.sort(key=lambda t: (t.position, t.name.casefold()))
    out: list[tuple[str, Theme]] = []
    stack = [(t, "") for t in reversed(children.get(None, []))]
    while stack:  # depth first, without recursion: a codebook may be deep
        theme, prefix = stack.pop()
        path = prefix + theme.name
        out.append((path, theme))
        stack.extend((child, path + sep) for child in reversed(children.get(theme.id, [])))
    return out
