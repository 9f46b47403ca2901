"""English descriptions that stand for a speaker named elsewhere in the article.

"the 22-year-old", "the Dutchwoman", "the pensioner" -> a person (by age, by a
recorded role, else the most recent person who led a sentence); "the company",
"the chipmaker" -> the most recent business; "her son Tomasz" -> a relative who
shares the family name; a headline's "says composer" -> the article's subject; "the daily",
"the newspaper" -> the news outlet named before.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from annotary.suggest import lexicon_en as en
from annotary.suggest.english_names import en_entity, is_role_word

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


def opens_clause(registry: Registry, pos: int) -> bool:
    """The name at ``pos`` opens its sentence or a clause after a comma, or follows a
    speech verb ("said Tom Brandt"), with only titles and capitalised words before it
    ("Senate Majority Whip Tom Brandt"): the subject, not an object ("defend Brandt")."""
    starts = registry.starts
    begin = starts[max(0, bisect.bisect_right(starts, pos) - 1)]
    before = registry.text[begin:pos].split()
    while before and (
        before[-1][:1].isupper()
        or before[-1].rstrip(".") in en.TITLE_ABBREVIATIONS
        or is_role_word(before[-1])
    ):
        before.pop()
    return not before or before[-1].endswith(",") or before[-1].lower() in en.SPEECH_VERBS


def person_of(phrase: str) -> Entity | None:
    """ "Tom Kell of Harbour University": a person with a given name or title, and
    where they work, not an organisation named after them."""
    name, of, _rest = phrase.partition(" of ")
    person = en_entity(name) if of else None
    return person if person is not None and person.kind == "person" and person.gender else None


# the end of a name, then ", a delegate", ", the party chairwoman", ", one of …"
_APPOSITIVE = re.compile(r"[^,\n]{0,30}?,\s+(?:a|an|the|one of)\s")


def introduced(registry: Registry, persons: set[int], k: int) -> Entity | None:
    """A person of unknown gender first named in a pronoun's own sentence (the ``k``-th
    of ``registry.starts``; ``persons``: indexes of person mentions), with an appositive
    ("courtesy of Lena Varga, a delegate from Ohio, …"): the newcomer a quote that
    follows is about, unless the object of a verb ("used against Joel Ander, an unarmed
    teenager")."""
    text, mentions = registry.text, registry.mentions
    for i in sorted(persons, reverse=True):
        entity, pos = mentions[i], registry.positions[i]
        if bisect.bisect_right(registry.starts, pos) - 1 < k:
            return None
        end = pos + len(entity.name) if text.startswith(entity.name, pos) else pos
        if (
            entity.gender is None
            and registry.index.first_named(entity) >= pos
            and _APPOSITIVE.match(text, end)
            and (opens_clause(registry, pos) or registry.after_preposition(pos))
        ):
            return entity
    return None


_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w.]*(?:’s|'s))"
    r"[ \t]+(?:[\w\-]+[ \t]+){0,2}?(?P<noun>letter|e-?mail|memo|memorandum|statement|affidavit"
    r"|sign|website|message|editorial|note|release|document|ad|video|tweet)\b"
)


def document_before(registry: Registry, pos: int) -> str | None:
    """The letter, email or sign an "it" that speaks means ("A letter from the staff
    reflected both concerns. … It also pointed up …"): one named in this sentence or the
    one before, unless an organisation is named in a sentence after it."""
    starts = registry.starts
    if not starts:
        return None
    k = bisect.bisect_right(starts, pos) - 1
    begin = starts[max(0, k - 1)]
    found = None
    for match in _DOCUMENT.finditer(registry.text, begin, pos):
        found = match
    if found is None:
        return None
    after = bisect.bisect_right(starts, found.start())  # the next sentence
    lo = bisect.bisect_left(registry.positions, starts[after] if after < len(starts) else pos)
    hi = bisect.bisect_left(registry.positions, pos)
    if any(e.kind == "org" for e in registry.mentions[lo:hi]):
        return None  # an organisation named in a later sentence is nearer
    return found.group("noun").lower()


_OUTLET_NOUNS = en.words(
    """
    daily newspaper paper magazine outlet network station broadcaster website site tabloid
    weekly publication channel
    """
)
_OUTLET_HEADS = en.words(
    """
    times post journal tribune news network magazine channel radio television tv review
    herald gazette courier press media register globe chronicle daily weekly examiner
    observer sun star inquirer mail telegraph guardian independent bulletin
    """
)


def outlet(registry: Registry, words: list[str], pos: int) -> Entity | None:
    """ "the daily wrote", "the newspaper reported": the news outlet named before."""
    if len(words) != 2 or words[0].lower() not in ("the", "this") or words[1] not in _OUTLET_NOUNS:
        return None
    return next(
        (
            e
            for e in registry.before(pos)
            if e.kind == "org" and e.name.split()[-1].lower() in _OUTLET_HEADS
        ),
        None,
    )


# Someone named by whom they work for or stand beside: "an aide to Mr. Reyes", "a lawyer
# for the family", "a longtime friend of Nora Vance" (en.RELATIONAL_NOUNS).
_RELATION_WORDS = ("to", "for", "of")
_INTRODUCING = ("a", "an", "one", "another", "the", "two", "three", "several")


def relational(phrase: str) -> str | None:
    """The description, without its article, when the phrase names someone by their
    relation to another ("an aide to Mr. Reyes" is the aide, not Mr. Reyes); else None."""
    words = phrase.split()
    if len(words) < 3 or words[0].lower() not in _INTRODUCING or words[-1].islower():
        return None  # "the chief adviser to Minister of": a phrase cut short
    for k in range(1, min(len(words) - 1, 5)):
        if words[k].lower() in _RELATION_WORDS:
            noun = words[k - 1]
            if (
                noun.islower()
                and noun in en.RELATIONAL_NOUNS
                and all(w.islower() for w in words[1 : k - 1])
            ):
                rest = words[k + 1 :]
                if len(rest) > 1 and rest[0].lower() == "the" and rest[1][:1].isupper():
                    rest = rest[1:]  # "for the Harbour Trust": as the organisation is named
                return " ".join(words[1 : k + 1] + rest)
            return None
    return None
