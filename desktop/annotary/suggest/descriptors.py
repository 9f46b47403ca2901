"""English descriptions that stand for a speaker named elsewhere in the article.

"the 22-year-old", "the Dutchwoman", "the pensioner" -> a person (by age, by a
recorded role, else the most recent person who led a sentence); "the company",
"the chipmaker" -> the most recent business; "her son Tomasz" -> a relative who
shares the family name; a headline's "says composer" -> the article's subject.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from annotary.suggest import lexicon_en as en

if TYPE_CHECKING:
    from annotary.suggest.entity import Entity
    from annotary.suggest.speakers import Registry

_AGE = re.compile(r"(\d{1,3})-year-old")
_NOT_DEMONYMS = frozenset(["vatican", "pentagon", "kremlin", "guardian", "european"])
_DEMONYM_ENDS = ("ian", "yan", "ean", "ican", "ese", "woman", "man", "iard")
_SENTENCE_END = re.compile(r"(?:" + en.FULL_STOP + r"|[!?])[.!?]*[”\"’']*\s+|\n\s*")
_KIN = re.compile(
    r"\b(?:(?P<pron>[Hh]is|[Hh]er)|(?P<owner>[A-Z][\w\-]+)(?:’s|'s))\s+"
    r"(?:(?:late|eldest|youngest|elder|younger|older|twin)\s+)?"
    r"(?P<kin>" + "|".join(en.KIN_NOUNS) + r"),?\s+(?P<first>[A-Z][a-zà-ÿ]+)\b(?!\s+[A-Z])"
)


def sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def kin_matches(text: str) -> list[re.Match[str]]:
    """ "her son Tomasz", "Mehta's widow, Sunita": a first name and its family."""
    return list(_KIN.finditer(text))


def person_descriptor(phrase: str) -> tuple[str, str | None, int | None] | None:
    """(head, gender, age) of "the 71-year-old", "the Kenyan", "this veteran striker"."""
    words = phrase.replace(",", " ").split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in ("the", "this", "that"):
        return None
    head = words[-1]
    low = head.lower()
    age = next((int(m.group(1)) for w in words if (m := _AGE.fullmatch(w.lower()))), None)
    gender = "f" if low in en.FEMALE_NOUNS or low.endswith("woman") else None
    gender = gender or ("m" if low in en.MALE_NOUNS or low.endswith("man") else None)
    if age is not None or low in en.DESCRIPTOR_NOUNS:
        return low, gender, age
    if (
        len(words) == 2
        and head[:1].isupper()
        and low.endswith(_DEMONYM_ENDS)
        and low not in _NOT_DEMONYMS
        and low not in en.ORG_HEADS
    ):
        return low, gender, None
    return None


def business_noun(phrase: str) -> bool:
    words = phrase.lower().split()
    return len(words) == 2 and words[0] in ("the", "its") and words[1] in en.BUSINESS_NOUNS


def is_lead(positions: list[int], persons: set[int], starts: list[int], index: int) -> bool:
    """True when the mention at ``index`` is the first person of its sentence."""
    pos = positions[index]
    begin = starts[bisect.bisect_right(starts, pos) - 1] if starts else 0
    k = index - 1
    while k >= 0 and positions[k] >= begin:
        if k in persons:
            return False
        k -= 1
    return True


def by_description(
    registry: Registry, pos: int, head: str, gender: str | None, age: int | None
) -> Entity | None:
    """The person "the 22-year-old" / "the pensioner" refers to: same age, else a
    recorded role with that noun, else the nearest sentence-opening person."""
    index = bisect.bisect_left(registry.positions, pos)
    persons = {k for k in range(index) if registry.mentions[k].kind == "person"}
    order = [registry.mentions[k] for k in sorted(persons, reverse=True)]
    leads = [
        registry.mentions[k]
        for k in sorted(persons, reverse=True)
        if is_lead(registry.positions, persons, registry.starts, k)
    ]

    def fits(e: Entity) -> bool:
        return gender is None or e.gender in (None, gender)

    chosen = next((e for e in order if age and e.age == age), None)
    chosen = chosen or next((e for e in order if head in (e.role or "").lower().split()), None)
    chosen = chosen or next((e for e in leads if fits(e)), None)
    chosen = chosen or next((e for e in order if fits(e)), None)
    if chosen is not None and gender and chosen.gender is None:
        chosen.gender = gender
    return chosen


def business(registry: Registry, pos: int) -> Entity | None:
    """The most recent organisation that is not a public body ("the company")."""
    for entity in registry.before(pos):
        if entity.kind == "org" and entity.name.split()[-1].lower() not in en.PUBLIC_ORG_HEADS:
            return entity
    return None


def last_lead_between(registry: Registry, start: int, end: int) -> Entity | None:
    """The last person who opens a sentence between ``start`` and ``end``."""
    lo = bisect.bisect_left(registry.positions, start)
    hi = bisect.bisect_left(registry.positions, end)
    persons = {k for k in range(hi) if registry.mentions[k].kind == "person"}
    for k in range(hi - 1, lo - 1, -1):
        if k in persons and is_lead(registry.positions, persons, registry.starts, k):
            return registry.mentions[k]
    return None
