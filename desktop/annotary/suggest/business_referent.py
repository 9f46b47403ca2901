"""The organisation "the company" or "the group" stands for, when the article makes it
plain: one named in the same paragraph or the one before, that is not a place.

News writing calls an organisation "the company" or "the group" right after naming it
("Harbour Mills opposed the bill. “…,” the company tweeted."). Several paragraphs on,
the last organisation named is as likely a venue ("rallied at Harbour University") or
another body altogether; the description then stays as written ("company"), which is
right, where a wrong name is not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotary.suggest import descriptors as ds
from annotary.suggest import lexicon_en as en

if TYPE_CHECKING:
    from annotary.suggest.entity import Entity
    from annotary.suggest.speakers import Registry

_PARAGRAPH_BREAK = re.compile(r"\n+")
_VENUES = en.PLACE_WORDS | en.words("center centre university college hall house church")


def recent_business(registry: Registry, pos: int) -> Entity | None:
    """The most recent organisation that is not a public body, if it is named at most one
    paragraph before ``pos`` and is not a venue; else None."""
    entity = ds.business(registry, pos)
    if entity is None or entity.name.split()[-1].lower() in _VENUES:
        return None
    named_at = max(
        (
            p
            for p, e in zip(registry.positions, registry.mentions, strict=True)
            if e is entity and p < pos
        ),
        default=-1,
    )
    if named_at < 0:
        return None
    return entity if len(_PARAGRAPH_BREAK.findall(registry.text, named_at, pos)) <= 1 else None
