"""The person a question was put to answers it: after "Vance asked Okafor how high the
wall would be", the "he said" of the quote that follows is Okafor, not Vance."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotary.suggest.entity import Entity
    from annotary.suggest.speakers import Registry

_ASKED = re.compile(r"\basked[ \t\u00a0]+(?=[A-Z])")
# "when a man asked Vance why …", "…, she said, when …": the question is not the sentence's
_NOT_MAIN = re.compile(r"\b(?:when|as|after|before|while|if|because|said|says|who)\b", re.I)


def person_asked(registry: Registry, pos: int, gender: str | None) -> Entity | None:
    """The person of a compatible gender whom the main clause of this sentence or the one
    before asked a question ("Brandt then asked Okafor which states he could win."),
    when nobody is named after them before ``pos``."""
    starts, positions, text = registry.starts, registry.positions, registry.text
    if not starts:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    asked = None
    for match in _ASKED.finditer(text, starts[max(0, k - 1)], pos):
        asked = match  # the last question before the pronoun
    if asked is None:
        return None
    sentence = starts[bisect.bisect_right(starts, asked.start()) - 1]
    if _NOT_MAIN.search(text, sentence, asked.start()):
        return None
    i = bisect.bisect_left(positions, asked.end())
    if i >= len(positions) or positions[i] >= pos:
        return None
    entity = registry.mentions[i]
    later = registry.mentions[i + 1 : bisect.bisect_left(positions, pos)]
    if (
        positions[i] > asked.end() + 20  # "asked the ministry", not a name
        or entity.kind != "person"
        or entity.gender not in (None, gender)
        or any(e.kind == "person" and e is not entity for e in later)
    ):
        return None
    return entity
