"""One annotation per coded span: the selections other tools write one per code, joined.

QualCoder and NVivo write a ``<PlainTextSelection>`` for every code applied to a span,
so a quote with a speaker and a theme arrives as three selections over the same
characters. Selections of one source with the same span and the same coder are one
annotation carrying all their codes; notes are joined (each distinct note once), the
earliest creation and latest modification times are kept, and the first selection's
GUID becomes the annotation's id.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CodedSpan:
    """A selection read from a source: its canonical span and what it was coded with."""

    id: str
    start: int
    end: int
    codes: tuple[str, ...]
    notes: tuple[str, ...]
    coder: str | None
    created: str
    modified: str
    speaker: str | None = None  # from a case that refers to this selection

    def joined(self, other: CodedSpan) -> CodedSpan:
        created = min((t for t in (self.created, other.created) if t), default="")
        return CodedSpan(
            id=self.id,
            start=self.start,
            end=self.end,
            codes=tuple(dict.fromkeys(self.codes + other.codes)),
            notes=tuple(dict.fromkeys(self.notes + other.notes)),
            coder=self.coder,
            created=created,
            modified=max(self.modified, other.modified),
            speaker=self.speaker or other.speaker,
        )


def group_codings(selections: Iterable[CodedSpan]) -> list[CodedSpan]:
    """Selections with the same span and coder joined into one, in first-seen order."""
    groups: dict[tuple[int, int, str | None], CodedSpan] = {}
    for sel in selections:
        key = (sel.start, sel.end, sel.coder)
        found = groups.get(key)
        groups[key] = sel if found is None else found.joined(sel)
    return list(groups.values())
