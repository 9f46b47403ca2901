"""A person or an organisation the engine found in an article."""

from __future__ import annotations

from dataclasses import dataclass

_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # "person" or "org"
    gender: str | None = None
    role: str | None = None
    tokens: tuple[str, ...] = ()
    age: int | None = None

    @property
    def surname(self) -> str:
        """The family name of a person, lower-case: the last word of the name before "Jr."
        or "III" ("Tom B. Kell Jr." is Kell)."""
        words = [w.lower() for w in self.tokens]
        while len(words) > 1 and words[-1].rstrip(".,") in _GENERATIONS:
            words.pop()
        return words[-1] if words else ""
