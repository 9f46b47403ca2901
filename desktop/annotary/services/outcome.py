"""What a use case returns: its value, what changed, and how to undo it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

from annotary.domain.models import Changes
from annotary.storage import history
from annotary.storage.history import Inverse

__all__ = ["Inverse", "Outcome", "combine"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes = field(default_factory=Changes)
    undo: Inverse = field(default_factory=lambda: Inverse(()))


def combine(inverses: list[Inverse]) -> Inverse:
    """Several transactions' inverses as one (undone newest first)."""
    return history.combine(inverses)
