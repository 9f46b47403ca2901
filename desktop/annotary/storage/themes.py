"""The codebook: a tree of themes."""

from __future__ import annotations

from annotary.domain.errors import NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import Theme, now_iso
from annotary.storage.store import Store

_SELECT = "SELECT id, parent_id, name, color, description, position FROM themes"


def _to_theme(r: object) -> Theme:
    return Theme(r["id"], r["name"], r["parent_id"], r["color"], r["description"], r["position"])  # type: ignore[index]


def insert(store: Store, theme: Theme) -> None:
    stamp = now_iso()
    store.db.table("themes").insert(
        {
            "id": theme.id,
            "parent_id": theme.parent,
            "name": theme.name,
            "color": theme.color,
            "description": theme.description,
            "position": theme.position,
            "created": stamp,
            "modified": stamp,
        }
    )


def update(store: Store, theme: Theme) -> None:
    cur = store.execute(
        "UPDATE themes SET parent_id = ?, name = ?, color = ?, description = ?, position = ?, "
        "modified = ? WHERE id = ?",
        (
            theme.parent,
            theme.name,
            theme.color,
            theme.description,
            theme.position,
            now_iso(),
            theme.id,
        ),
    )
    if cur.rowcount == 0:
        raise NotFoundError(message("no theme with id {id}", id=theme.id))


def get(store: Store, theme_id: str) -> Theme:
    rows = store.query(_SELECT + " WHERE id = ?", (theme_id,))
    if not rows:
        raise NotFoundError(message("no theme with id {id}", id=theme_id))
    return _to_theme(rows[0])


def all_themes(store: Store) -> list[Theme]:
    """Every theme, parents before children, siblings by position then name."""
    rows = store.query(_SELECT + " ORDER BY position, name COLLATE NOCASE")
    by_parent: dict[str | None, list[Theme]] = {}
    for r in rows:
        t = _to_theme(r)
        by_parent.setdefault(t.parent, []).append(t)
    ordered: list[Theme] = []
    known = {t.id for ts in by_parent.values() for t in ts}

    def walk(parent: str | None) -> None:
        for t in by_parent.get(parent, []):
            ordered.append(t)
            walk(t.id)

    walk(None)
    # Themes whose parent is missing (should not happen with foreign keys) still show.
    for parent, children in by_parent.items():
        if parent is not None and parent not in known:
            for t in children:
                ordered.append(t)
                walk(t.id)
    return ordered


def find_by_name(store: Store, name: str) -> list[Theme]:
    rows = store.query(
        _SELECT + " WHERE name = ? COLLATE NOCASE ORDER BY position", (name.strip(),)
    )
    return [_to_theme(r) for r in rows]


def children(store: Store, theme_id: str) -> list[Theme]:
    rows = store.query(_SELECT + " WHERE parent_id = ? ORDER BY position, name", (theme_id,))
    return [_to_theme(r) for r in rows]


def next_position(store: Store, parent: str | None) -> int:
    rows = store.query(
        "SELECT coalesce(max(position) + 1, 0) AS p FROM themes WHERE parent_id IS ?", (parent,)
    )
    return int(rows[0]["p"])


def delete(store: Store, theme_id: str) -> None:
    if store.execute("DELETE FROM themes WHERE id = ?", (theme_id,)).rowcount == 0:
        raise NotFoundError(message("no theme with id {id}", id=theme_id))
