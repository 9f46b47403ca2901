"""A person or an organisation the engine found in an article."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # "person" or "org"
    gender: str | None = None
    role: str | None = None
    tokens: tuple[str, ...] = ()
    age: int | None = None
