"""Speakers: create, edit, alias, merge and delete."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Changes, Speaker, new_id
from annotary.services.outcome import Outcome
from annotary.services.project import Project
from annotary.storage import annotations as annotation_store
from annotary.storage import speakers as speaker_store

_UNSET: Any = object()


def speakers(project: Project) -> list[Speaker]:
    return speaker_store.all_speakers(project.store)


def quote_counts(project: Project) -> dict[str, int]:
    return annotation_store.count_quotes_by_speaker(project.store)


def find(project: Project, name: str) -> Speaker | None:
    """The speaker called ``name`` or known by it as an alias."""
    return speaker_store.find_by_name(project.store, name)


def create(
    project: Project,
    name: str,
    *,
    role: str | None = None,
    affiliation: str | None = None,
    aliases: Sequence[str] = (),
) -> Outcome[Speaker]:
    name = name.strip()
    if not name:
        raise InvalidInputError(message("a speaker needs a name"))
    speaker = Speaker(
        new_id(),
        name,
        role or None,
        affiliation or None,
        tuple(a.strip() for a in aliases if a.strip() and a.strip() != name),
    )
    with project.store.write() as tx:
        speaker_store.insert(project.store, speaker)
    return Outcome(speaker, Changes(speakers={speaker.id}), tx.inverse)


def find_or_create(project: Project, name: str) -> Outcome[Speaker]:
    found = find(project, name)
    return Outcome(found) if found else create(project, name)


def update(
    project: Project,
    speaker_id: str,
    *,
    name: str = _UNSET,
    role: str | None = _UNSET,
    affiliation: str | None = _UNSET,
    aliases: Sequence[str] = _UNSET,
) -> Outcome[Speaker]:
    old = speaker_store.get(project.store, speaker_id)
    fields: dict[str, Any] = {}
    if name is not _UNSET:
        if not name.strip():
            raise InvalidInputError(message("a speaker needs a name"))
        fields["name"] = name.strip()
    if role is not _UNSET:
        fields["role"] = role or None
    if affiliation is not _UNSET:
        fields["affiliation"] = affiliation or None
    if aliases is not _UNSET:
        fields["aliases"] = tuple(a.strip() for a in aliases if a.strip())
    new = replace(old, **fields)
    if new == old:
        return Outcome(old)
    with project.store.write() as tx:
        speaker_store.update(project.store, new)
    return Outcome(new, Changes(speakers={speaker_id}), tx.inverse)


def add_alias(project: Project, speaker_id: str, alias: str) -> Outcome[Speaker]:
    speaker = speaker_store.get(project.store, speaker_id)
    alias = alias.strip()
    if not alias or alias.casefold() in {a.casefold() for a in (speaker.name, *speaker.aliases)}:
        return Outcome(speaker)
    return update(project, speaker_id, aliases=(*speaker.aliases, alias))


def merge(project: Project, source_id: str, target_id: str) -> Outcome[int]:
    """Merge speaker ``source`` into ``target``: quotes move, names become aliases."""
    if source_id == target_id:
        raise InvalidInputError(message("a speaker cannot be merged into itself"))
    source = speaker_store.get(project.store, source_id)
    target = speaker_store.get(project.store, target_id)
    known = {a.casefold() for a in (target.name, *target.aliases)}
    extra = [a for a in (source.name, *source.aliases) if a.casefold() not in known]
    merged = replace(
        target,
        aliases=(*target.aliases, *dict.fromkeys(extra)),
        role=target.role or source.role,
        affiliation=target.affiliation or source.affiliation,
    )
    users = set(annotation_store.with_speaker(project.store, source_id))
    with project.store.write() as tx:
        moved = annotation_store.replace_speaker(project.store, source_id, target_id)
        speaker_store.update(project.store, merged)
        speaker_store.delete(project.store, source_id)
    changes = Changes(speakers={target_id}, annotations=users, removed={source_id})
    return Outcome(moved, changes, tx.inverse)


def delete(project: Project, speaker_id: str) -> Outcome[int]:
    """Delete a speaker; quotes attributed to them keep their text, without speaker."""
    users = set(annotation_store.with_speaker(project.store, speaker_id))
    with project.store.write() as tx:
        speaker_store.delete(project.store, speaker_id)
    return Outcome(len(users), Changes(annotations=users, removed={speaker_id}), tx.inverse)
