"""The codebook: create, edit, move, merge and delete themes.

A theme's path and the themes below it are :mod:`annotary.domain.codebook`'s; they
are offered here too, for the window and the command line.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from annotary.domain.codebook import PATH_SEPARATOR as PATH_SEPARATOR
from annotary.domain.codebook import children as children
from annotary.domain.codebook import descendants as descendants
from annotary.domain.codebook import theme_path as theme_path
from annotary.domain.codebook import theme_paths as theme_paths
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Changes, Theme, new_id
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import themes as theme_store

_UNSET: Any = object()
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)


def themes(project: Project) -> list[Theme]:
    return theme_store.all_themes(project.store)


def usage(project: Project) -> dict[str, int]:
    """How many annotations carry each theme."""
    return annotation_store.count_by_theme(project.store)


def _below(project: Project, theme_id: str) -> set[str]:
    """The ids of the themes below ``theme_id`` in the project's codebook."""
    return descendants({t.id: t for t in theme_store.all_themes(project.store)}, theme_id)


def _check_color(color: str) -> str:
    if not _HEX.match(color):
        raise InvalidInputError(
            message("colour {colour} is not of the form #rrggbb", colour=repr(color))
        )
    return color.lower()


def _check_parent(project: Project, theme_id: str | None, parent: str | None) -> None:
    if parent is None:
        return
    theme_store.get(project.store, parent)
    if theme_id is not None and (parent == theme_id or parent in _below(project, theme_id)):
        raise InvalidInputError(
            message("a theme cannot be moved under itself or one of its sub-themes")
        )


def create(
    project: Project,
    name: str,
    *,
    parent: str | None = None,
    color: str | None = None,
    description: str | None = None,
) -> Outcome[Theme]:
    name = name.strip()
    if not name:
        raise InvalidInputError(message("a theme needs a name"))
    _check_parent(project, None, parent)
    count = len(theme_store.all_themes(project.store))
    theme = Theme(
        id=new_id(),
        name=name,
        parent=parent,
        color=_check_color(color) if color else PALETTE[count % len(PALETTE)],
        description=description or None,
        position=theme_store.next_position(project.store, parent),
    )
    with project.store.write() as tx:
        theme_store.insert(project.store, theme)
    return Outcome(theme, Changes(themes={theme.id}), tx.inverse)


def update(
    project: Project,
    theme_id: str,
    *,
    name: str = _UNSET,
    color: str = _UNSET,
    description: str | None = _UNSET,
    parent: str | None = _UNSET,
    position: int = _UNSET,
) -> Outcome[Theme]:
    old = theme_store.get(project.store, theme_id)
    fields: dict[str, Any] = {}
    if name is not _UNSET:
        if not name.strip():
            raise InvalidInputError(message("a theme needs a name"))
        fields["name"] = name.strip()
    if color is not _UNSET:
        fields["color"] = _check_color(color)
    if description is not _UNSET:
        fields["description"] = description or None
    if parent is not _UNSET:
        _check_parent(project, theme_id, parent)
        fields["parent"] = parent
        if position is _UNSET:
            fields["position"] = theme_store.next_position(project.store, parent)
    if position is not _UNSET:
        fields["position"] = position
    new = replace(old, **fields)
    if new == old:
        return Outcome(old)
    with project.store.write() as tx:
        theme_store.update(project.store, new)
    return Outcome(new, Changes(themes={theme_id}), tx.inverse)


def find_or_create(project: Project, name: str) -> Outcome[Theme]:
    found = theme_store.find_by_name(project.store, name)
    if found:
        return Outcome(found[0])
    return create(project, name)


def affected_by_delete(project: Project, theme_id: str) -> tuple[int, int]:
    """(sub-themes, annotation uses) that deleting this theme would remove."""
    subtree = [theme_id, *_below(project, theme_id)]
    counts = usage(project)
    return len(subtree) - 1, sum(counts.get(t, 0) for t in subtree)


def delete(project: Project, theme_id: str) -> Outcome[tuple[int, int]]:
    """Delete a theme with its sub-themes; annotations keep their other themes."""
    affected = affected_by_delete(project, theme_id)
    subtree = [theme_id, *_below(project, theme_id)]
    users = {a for t in subtree for a in annotation_store.with_theme(project.store, t)}
    with project.store.write() as tx:
        theme_store.delete(project.store, theme_id)
    return Outcome(affected, Changes(annotations=users, removed=set(subtree)), tx.inverse)


def merge(project: Project, source_id: str, target_id: str) -> Outcome[int]:
    """Merge theme ``source`` into ``target``: its uses and sub-themes move, it goes."""
    if source_id == target_id:
        raise InvalidInputError(message("a theme cannot be merged into itself"))
    theme_store.get(project.store, source_id)
    target = theme_store.get(project.store, target_id)
    if target_id in _below(project, source_id):
        raise InvalidInputError(message("a theme cannot be merged into one of its own sub-themes"))
    users = set(annotation_store.with_theme(project.store, source_id))
    with project.store.write() as tx:
        moved = annotation_store.replace_theme(project.store, source_id, target_id)
        for child in theme_store.children(project.store, source_id):
            theme_store.update(project.store, replace(child, parent=target.id))
        theme_store.delete(project.store, source_id)
    changes = Changes(themes={target_id}, annotations=users, removed={source_id})
    return Outcome(moved, changes, tx.inverse)


def move(project: Project, theme_id: str, parent: str | None, index: int) -> Outcome[Theme]:
    """Put a theme under ``parent`` (None: top level) at ``index`` among its siblings,
    renumbering the siblings; one transaction, one undo step."""
    moving = theme_store.get(project.store, theme_id)
    _check_parent(project, theme_id, parent)
    siblings = [
        t for t in theme_store.all_themes(project.store) if t.parent == parent and t.id != theme_id
    ]
    index = max(0, min(index, len(siblings)))
    order = [*siblings[:index], moving, *siblings[index:]]
    changed: set[str] = set()
    with project.store.write() as tx:
        for position, theme in enumerate(order):
            new = replace(theme, parent=parent, position=position)
            if new != theme:
                theme_store.update(project.store, new)
                changed.add(theme.id)
    return Outcome(
        replace(moving, parent=parent, position=index), Changes(themes=changed), tx.inverse
    )
