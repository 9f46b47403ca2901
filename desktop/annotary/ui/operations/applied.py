"""What an operation did: its ``Changes`` together with the records it produced.

``AppContext.changed`` carries an :class:`Applied` after an operation (plain
``Changes`` after an undo, a redo or another program's commit), so a view can
take a new or edited record from ``records`` instead of reading it back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from annotary.domain.models import Annotation, Article, Changes, Speaker, Theme

Record = Annotation | Article | Speaker | Theme


@dataclass(slots=True)
class Applied(Changes):
    text: str = ""  # the operation's name ("Add quote")
    value: Any = None  # what the service returned
    records: dict[str, Record] = field(default_factory=dict)  # the records in ``value``, by id

    @classmethod
    def of(cls, text: str, changes: Changes, value: Any) -> Applied:
        return cls(
            articles=set(changes.articles),
            annotations=set(changes.annotations),
            speakers=set(changes.speakers),
            themes=set(changes.themes),
            removed=set(changes.removed),
            text=text,
            value=value,
            records=records_in(value),
        )


def records_in(value: Any) -> dict[str, Record]:
    """The records a service returned: one, or a list or tuple of them."""
    items = value if isinstance(value, list | tuple) else [value]
    return {r.id: r for r in items if isinstance(r, Annotation | Article | Speaker | Theme)}
