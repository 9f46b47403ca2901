"""Speakers and their aliases."""

from __future__ import annotations

from annotary.domain.errors import NotFoundError
from annotary.domain.messages import message
from annotary.domain.models import Speaker, now_iso
from annotary.storage.store import Store


def _aliases(store: Store, speaker_id: str) -> tuple[str, ...]:
    rows = store.query(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = ? ORDER BY position, rowid",
        (speaker_id,),
    )
    return tuple(r["alias"] for r in rows)


def insert(store: Store, speaker: Speaker) -> None:
    stamp = now_iso()
    store.db.table("speakers").insert(
        {
            "id": speaker.id,
            "name": speaker.name,
            "role": speaker.role,
            "affiliation": speaker.affiliation,
            "created": stamp,
            "modified": stamp,
        }
    )
    set_aliases(store, speaker.id, speaker.aliases)


def update(store: Store, speaker: Speaker) -> None:
    cur = store.execute(
        "UPDATE speakers SET name = ?, role = ?, affiliation = ?, modified = ? WHERE id = ?",
        (speaker.name, speaker.role, speaker.affiliation, now_iso(), speaker.id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(message("no speaker with id {id}", id=speaker.id))
    if _aliases(store, speaker.id) != speaker.aliases:
        set_aliases(store, speaker.id, speaker.aliases)


def set_aliases(store: Store, speaker_id: str, aliases: tuple[str, ...]) -> None:
    store.execute("DELETE FROM speaker_aliases WHERE speaker_id = ?", (speaker_id,))
    seen: set[str] = set()
    for pos, alias in enumerate(aliases):
        key = alias.strip().casefold()
        if not key or key in seen:
            continue
        seen.add(key)
        store.execute(
            "INSERT INTO speaker_aliases(speaker_id, alias, position) VALUES (?, ?, ?)",
            (speaker_id, alias.strip(), pos),
        )


def get(store: Store, speaker_id: str) -> Speaker:
    rows = store.query(
        "SELECT id, name, role, affiliation FROM speakers WHERE id = ?", (speaker_id,)
    )
    if not rows:
        raise NotFoundError(message("no speaker with id {id}", id=speaker_id))
    r = rows[0]
    return Speaker(r["id"], r["name"], r["role"], r["affiliation"], _aliases(store, r["id"]))


def all_speakers(store: Store) -> list[Speaker]:
    aliases: dict[str, list[str]] = {}
    for r in store.query("SELECT speaker_id, alias FROM speaker_aliases ORDER BY position, rowid"):
        aliases.setdefault(r["speaker_id"], []).append(r["alias"])
    return [
        Speaker(r["id"], r["name"], r["role"], r["affiliation"], tuple(aliases.get(r["id"], ())))
        for r in store.query(
            "SELECT id, name, role, affiliation FROM speakers ORDER BY name COLLATE NOCASE"
        )
    ]


def find_by_name(store: Store, name: str) -> Speaker | None:
    """The speaker whose name or one of whose aliases is ``name`` (case-insensitive)."""
    rows = store.query(
        "SELECT id FROM speakers WHERE name = ? COLLATE NOCASE "
        "UNION ALL SELECT speaker_id FROM speaker_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1",
        (name.strip(), name.strip()),
    )
    return get(store, rows[0]["id"]) if rows else None


def delete(store: Store, speaker_id: str) -> None:
    if store.execute("DELETE FROM speakers WHERE id = ?", (speaker_id,)).rowcount == 0:
        raise NotFoundError(message("no speaker with id {id}", id=speaker_id))
