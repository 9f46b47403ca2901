"""How an English sentence opens, for who its subject is: a pronoun ("He had protested
Brandt at a rally", "Asked about Quill, she replied", "On Friday, he joined …"), after
which a name is an object; or a subordinate clause ("Although Brandt's campaign …,
Nora Vance took …"), whose names are not the sentence's subject."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.english_names import is_role_word

# a pronoun that opens the sentence, or an "Asked about …" clause before its subject
_PRONOUN_FIRST = re.compile(
    r"[\s“\"‘']*(?:(?:But|And|Then|Still),?\s+)?(?:(Asked)\b|(?:He|She|They|We|I)\s)"
)
# "Asked on the radio who runs the caucus, he said Brandt.", "On Friday, she joined":
# an opening phrase (not a quote's words), then a pronoun that is the subject
_PRONOUN_AFTER_OPENING = re.compile(
    r"\s*(?:[A-Z][a-z]*ing|Asked|After|Before|When|While|As|Although|Though|If|Since"
    r"|Until|Because|Once|On|In|At|During|For|With|Without|From|By|Days|Weeks|Months|Years"
    r"|Hours|Moments|Minutes|Earlier|Later|Then|Still|Yet|Now|Last|This|Meanwhile|Instead"
    r"|Despite|Like|Unlike|Today|Yesterday)\b[^.!?\n“”\"]{0,200}?,"
    r"[ \t]+(?P<p>he|she|they|we|I)[ \t]"
)
# "Although …,", "Days after Brandt's arrest,": a subordinate clause that opens a sentence
_OPENING_CLAUSE = re.compile(
    r"[\s“\"‘']*(?:Although|Though|While|When|Whenever|As|After|Before|Because|Since|Until"
    r"|Once|If|Unless|Despite|(?:Days|Weeks|Months|Years|Hours|Minutes|Moments)[ \t]+"
    r"(?:after|before))\b(?:[^,.!?\n]|\.(?=[ \t]+[A-Z])){1,150},"
)


# "The Ohio Republican praised Brandt on the radio": a person described, then a verb
_DESCRIPTION_FIRST = re.compile(
    r"[\s“\"‘']*(?:(?:But|And|Still),?\s+)?The[ \t]+(?:[\w\-]+[ \t]+){0,3}?"
    r"(?P<noun>[A-Za-z\-]+)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:did|does|has|had|was|is|would|will|could|also|[a-z]+ed|[a-z]+s)\b"
)


def after_description_subject(text: str, begin: int, pos: int) -> bool:
    """The name at ``pos`` follows a description of a person that opens its sentence as
    the subject ("The Ohio Republican praised Brandt on the radio"): an object."""
    opening = _DESCRIPTION_FIRST.match(text, begin, pos)
    if opening is None:
        return False
    noun = opening.group("noun").lower()
    return (
        is_role_word(noun)
        or noun in en.DESCRIPTOR_NOUNS
        or noun in _PARTY_MEMBERS
        or noun.endswith(_AGENT_ENDINGS)
    )


_PARTY_MEMBERS = frozenset(["republican", "democrat", "independent", "conservative", "liberal"])
_AGENT_ENDINGS = ("ist", "er", "or", "ess", "ian")


def after_pronoun_subject(text: str, begin: int, pos: int) -> bool:
    """The name at ``pos`` follows the pronoun that is the subject of the sentence
    starting at ``begin`` ("He had protested Brandt", "On Friday, she thanked Vance"), or
    an "Asked about …" clause ("Asked about Quill, she replied"): an object."""
    opening = _PRONOUN_FIRST.match(text, begin, pos)
    if opening is not None and (opening.group(1) is None or "," not in text[opening.end() : pos]):
        return True
    return _PRONOUN_AFTER_OPENING.match(text, begin, pos) is not None


def pronoun_after_opening(text: str, begin: int, end: int) -> re.Match[str] | None:
    """The pronoun (group ``p``) that is the subject of the sentence starting at
    ``begin``, after an opening phrase ending before ``end`` ("On Friday, he joined")."""
    return _PRONOUN_AFTER_OPENING.match(text, begin, end)


def in_opening_clause(text: str, begin: int, pos: int) -> bool:
    """The name at ``pos`` is in a subordinate clause that opens the sentence starting at
    ``begin`` ("Although Brandt's campaign …, Nora Vance took …"): not its subject."""
    clause = _OPENING_CLAUSE.match(text, begin)
    return clause is not None and pos < clause.end()
