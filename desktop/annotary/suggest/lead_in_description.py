"""A lead-in whose subject is a description with a name inside it, not the person named:
"Brandt's letter makes the case plainly: “…”", "The Vance campaign, in a statement, put
it carefully: “…”", "A footnote in the report makes that clear: “…”", "… so odd that a
spokesman for Nora Vance could only quip: “…”", "…, with one of her ads asking, “…”"."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.speakers import Registry, Resolved, resolve_en

_NOT_NAMES = (
    r"(?:From|In|On|At|After|Before|During|For|With|As|When|While|Of|To|By|This|That|"
    r"These|Those|It|He|She|They|We|I|A|An|One|His|Her|Its|Their)"
)
_DETERMINER = r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
# "Brandt's letter to voters", "The Vance campaign", "A footnote in the report"
_OWNED = re.compile(
    r"[\s“\"‘']*(?P<np>(?:(?:The|the)\s+)?(?!" + _NOT_NAMES + r"\b)"
    r"[A-Z][\w\-.]*(?:\s+[A-Z][\w\-.]*){0,3}(?:’s|'s)?|" + _DETERMINER + r")"
    r"\s+(?P<head>[a-z][\w\-]*)\b(?:\s+(?P<head2>[a-z][\w\-]*)\b)?"
)
# "a spokesman for Nora Vance", "an aide to the governor", opening the lead-in or its
# "that" clause
_ROLE_FOR = re.compile(
    r"(?:^|\bthat\s+)(?P<np>" + _DETERMINER + r"\s+(?:[a-z][\w\-]*\s+){0,2}?"
    r"(?P<head>[a-z]+)\s+(?:for|to)\s+(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})"
)
# "…, with one of her ads asking,"
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s+(?P<np>(?:one|some|many|each|an?|the|his|her|its|their)\s+"
    r"(?:[\w’'\-]+\s+){0,4}?)[a-z]+ing\s*[,:]?\s*$"
)


def described_subject(text: str, begin: int, end: int, registry: Registry) -> Resolved | None:
    """The description that is the subject of the lead-in ``text[begin:end]``, resolved
    (kept as written when it names no one else), or None when the lead-in has none."""
    lead = text[begin:end]
    found = _FROM.match(lead)
    if found is not None:  # "From the report:"
        return _as_written(registry, found.group("np"), begin + found.start("np"))
    found = _WITH_PARTICIPLE.search(lead)
    if found is not None:
        return _as_written(registry, found.group("np").strip(), begin + found.start("np"))
    found = _ROLE_FOR.search(lead)
    if found is not None and found.group("head") in en.ROLE_NOUNS:
        return _as_written(
            registry, found.group("np"), begin + found.start("np"), found.group("head")
        )
    found = _OWNED.match(lead)
    head = next(
        (
            h
            for h in ("head", "head2")
            if found is not None
            and found.group(h) is not None
            and (found.group(h) in en.WRITTEN_NOUNS or found.group(h) in en.DOCUMENT_NOUNS)
        ),
        None,
    )
    if found is not None and head is not None:
        after = _PLACE_OF.match(lead, found.end(head))  # "A footnote in the report"
        np = lead[found.start("np") : after.end() if after else found.end(head)]
        return _as_written(registry, np, begin + found.start("np"), found.group(head))
    return None


_FROM = re.compile(
    r"[\s“\"‘']*From\s+(?P<np>(?:the|a|an|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,3}?"
    r"[\w’'\-]+)\s*:\s*$"
)
# "in the report", "from Vance's office"
_PLACE_OF = re.compile(
    r"\s+(?:in|of|from|on)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?"
    r"(?:[A-Z][\w\-.]*(?:’s|'s)\s+)?[\w’'\-]+"
)


def _as_written(
    registry: Registry, phrase: str, pos: int, head: str | None = None
) -> Resolved | None:
    """The phrase resolved when what it resolves to keeps its head noun ("the Vance
    campaign" -> "Vance campaign"), else the phrase as written, without its article."""
    found = resolve_en(registry, phrase, pos)
    head = (head or phrase.split()[-1]).lower()
    if found.name and any(w.lower() == head for w in found.name.split()):
        return found
    words = phrase.split()
    if words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    return registry.finish(" ".join(words)) if words else None
