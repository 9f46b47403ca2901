"""Where each person and organisation of an article was named: found by full name, by
surname or by any word of a person's name without a pass over every entity, so that an
article naming thousands of people stays linear."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from annotary.suggest.entity import Entity


class EntityIndex:
    """The entities of one article by name, surname and word, with where each was named."""

    def __init__(self) -> None:
        self._by_name: dict[str, Entity] = {}
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_word: dict[str, list[Entity]] = {}
        self._seen: dict[int, list[int]] = {}

    def record(self, entity: Entity, pos: int) -> tuple[Entity, bool]:
        """Note ``entity`` named at ``pos``; the entity kept (an earlier one of the same
        name, case aside, takes in its gender and role) and whether it is new."""
        key = entity.name.lower()
        old = self._by_name.get(key)
        if old is not None:
            old.gender = old.gender or entity.gender
            old.role = old.role or entity.role
            entity = old
        else:
            self._by_name[key] = entity
            if entity.kind == "person" and entity.tokens:
                self._by_surname.setdefault(entity.surname, []).append(entity)
                for word in dict.fromkeys(t.lower() for t in entity.tokens):
                    self._by_word.setdefault(word, []).append(entity)
        bisect.insort(self._seen.setdefault(id(entity), []), pos)
        return entity, old is None

    def people_with_surname(self, low: str) -> Sequence[Entity]:
        """People whose surname is ``low``, in the order the article first names them."""
        return self._by_surname.get(low, ())

    def people_with_word(self, low: str) -> Sequence[Entity]:
        """People with ``low`` among the words of their name, in first-named order."""
        return self._by_word.get(low, ())

    def nearest_before(self, entities: Sequence[Entity], pos: int) -> Entity | None:
        """Of ``entities``, the one named last before ``pos``."""
        best, best_at = None, -1
        for entity in entities:
            seen = self._seen[id(entity)]
            i = bisect.bisect_left(seen, pos)
            if i and seen[i - 1] > best_at:
                best, best_at = entity, seen[i - 1]
        return best

    def first_named(self, entity: Entity) -> int:
        """Where the article first names ``entity``."""
        return self._seen[id(entity)][0]
