"""English attribution: subjects of speech verbs, around and near quotes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotary.suggest import lexicon_en as en
from annotary.suggest.lexicon_en import words as _words

TOKEN = re.compile(en.ABBREVIATION_TOKEN + r"|[\w’'\-]+(?:\.(?=\w))?[\w’'\-]*|[^\w\s]")

_STOP = _words(
    """
    that which who whom whose and but or after before when while because if as than so to for
    with by from into was were is are be been has have had do did does not no it its they we i
    you this these there here what where how why all some any said says say told tell asked once
    although though until since also
    """
)
_SKIP_BEFORE_VERB = _words(
    """
    also later then afterwards again however has have had was is would will previously
    repeatedly simply only too earlier yet still now further
    """
)
_GO = _words("go goes went going gone")
_WEEKDAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday yesterday today
    """
)
_PARTICIPLES = _words(
    """
    saying telling adding warning insisting arguing noting explaining stressing claiming
    """
)
PRONOUN_WORDS = frozenset(en.PRONOUNS)


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    return [
        Tok(m.group(0), start + m.start(), start + m.end()) for m in TOKEN.finditer(text[start:end])
    ]


def nounlike_after(toks: list[Tok], k: int) -> bool:
    """Whether the cue at ``k`` that is also a noun ("state", "reports", "call") is the
    noun: after a determiner, a number or an adjective ("secretary of state", "two
    reports", "the exhaustive investigative reports"); a role noun before it is a subject
    ("an official reports")."""
    if toks[k].low not in en.NOUNLIKE_CUES or k == 0:
        return False
    before = toks[k - 1]
    low = before.low
    return low in _NOUN_BEFORE or (
        before.text.islower()
        and len(low) > 4
        and low.endswith(("ive", "ous", "ful", "less"))
        and low not in en.ROLE_NOUNS
    )


_NOUN_BEFORE = en.words("of the a an this that his her its their our two three several")


def is_cue(word: str) -> bool:
    low = word.lower()
    return low in en.SPEECH_VERBS or low in _PARTICIPLES


@dataclass(frozen=True, slots=True)
class Subject:
    start: int
    end: int
    role: str | None


def _role_of(text: str) -> str | None:
    words = text.strip().strip(",").split()
    if not words or words[0].lower() in ("who", "which", "whose", "where", "when"):
        return None
    if any(ch.isdigit() for ch in text) and len(words) <= 2:
        return None
    if words[0].lower() in ("the", "a", "an") or any(
        w.lower().strip(",.").removesuffix("’s") in en.ROLE_NOUNS for w in words
    ):
        return " ".join(words)
    return None


def subject_before(text: str, toks: list[Tok], verb: int) -> Subject | None:
    """The noun phrase that is the subject of the verb at token index ``verb``."""
    i = verb - 1
    while i >= 0 and (
        toks[i].low in _SKIP_BEFORE_VERB
        or (
            toks[i].low.endswith("ly")
            and toks[i].text.islower()
            and len(toks[i].text) > 4
            and not (i > 0 and toks[i - 1].low in ("the", "a", "an"))  # "the daily wrote"
        )
    ):
        i -= 1
    if i >= 1 and toks[i].low in _WEEKDAYS and toks[i - 1].low in ("on", "later", "earlier"):
        i -= 2
    if i >= 2 and toks[i].low == "to" and toks[i - 1].low == "on" and toks[i - 2].low in _GO:
        return subject_before(text, toks, i - 2)  # "The email goes on to say:"
    if i >= 1 and toks[i].low in ("before", "after", "and", "then") and is_cue(toks[i - 1].text):
        return subject_before(text, toks, i - 1)  # "Hollis said before adding:"
    role = None
    i = _before_parenthesis(toks, i)  # "Gov. Tom Brandt (R-Ore.), said"
    if i >= 0 and toks[i].text == ",":
        j = i - 1
        while j >= 0 and toks[j].text not in ',.;:“”"‘’(':
            j -= 1
        if j >= 2 and toks[j].text == "." and toks[j + 1].text == "," and toks[j - 2].text == ",":
            j -= 3  # "Mara Tolven, a clerk in Harbourton, Pa., said": a state, no full stop
            while j >= 0 and toks[j].text not in ',.;:“”"‘’(':
                j -= 1
        if j < 0 or toks[j].text != ",":
            return None
        inner = text[toks[j].end : toks[i].start].strip()
        inner_words = inner.split()
        if inner_words and inner_words[0][:1].isupper() and inner_words[0].lower() not in _STOP:
            outer = _np_back(toks, j - 1)
            role_text = text[toks[outer].start : toks[j - 1].end] if outer is not None else None
            return Subject(toks[j + 1].start, toks[i - 1].end, _role_of(role_text or ""))
        role = _role_of(inner)
        i = j - 1
        if i >= 1 and toks[i].text.isdigit() and toks[i - 1].text == ",":
            i -= 2  # "Mara Tolven, 67, a retired clerk, said": the age is no subject
    if i >= 2 and toks[i].low == "others" and toks[i - 1].low == "and":
        i -= 2  # "Tolliver and others said": the named one speaks for them
    first = _np_back(toks, i)
    if first is None:
        return None
    first = _postmodified(toks, first)
    head = _head_before_clause(toks, first)
    if head is not None:
        return Subject(toks[head[0]].start, toks[head[1]].end, role)
    return Subject(toks[first].start, toks[i].end, role)


def _postmodified(toks: list[Tok], first: int) -> int:
    """ "Two people familiar with the talks said", "Aides loyal to the mayor said": the
    noun phrase before the cue is what the speakers are familiar with or loyal to; the
    subject starts with the people described."""
    k = first - 1
    if k < 2 or toks[k].low not in _POSTMODIFIER_LINKS or toks[k - 1].low not in _POSTMODIFIERS:
        return first
    head = _np_back(toks, k - 2)
    return first if head is None or toks[k - 2].low in PRONOUN_WORDS else head


# "people familiar with", "aides close to", "officials briefed on": who they are
_POSTMODIFIERS = en.words(
    """familiar close loyal opposed briefed involved aligned allied connected linked
    sympathetic hostile knowledgeable privy"""
)
_POSTMODIFIER_LINKS = frozenset(["with", "to", "on", "in", "about", "of"])


def _before_parenthesis(toks: list[Tok], i: int) -> int:
    """The token before a short parenthesis that ends at ``i`` (with a comma after it):
    a party label ("(R-Ore.)") stands between a name and its verb."""
    k = i - 1 if i >= 1 and toks[i].text == "," and toks[i - 1].text == ")" else i
    if k < 0 or toks[k].text != ")":
        return i
    j = k - 1
    while j >= 0 and k - j <= 8 and toks[j].text not in "()":
        j -= 1
    return j - 1 if j >= 1 and toks[j].text == "(" and toks[j - 1].text[:1].isalnum() else i


def _head_before_clause(toks: list[Tok], first: int) -> tuple[int, int] | None:
    """ "a White House official who spoke anonymously to discuss strategy said": the
    subject is the noun phrase before the relative clause, not the clause's last words."""
    if toks[first].text[:1].isupper() or toks[first].low in PRONOUN_WORDS:
        return None
    k = first - 1
    while k >= 0 and first - k <= 12 and toks[k].text[:1].isalnum():
        if toks[k].low == "who":
            start = _np_back(toks, k - 1)
            return (start, k - 1) if start is not None else None
        if toks[k].low in ("that", "which"):
            return None
        k -= 1
    return None


def _np_back(toks: list[Tok], i: int) -> int | None:
    if i < 0:
        return None
    tok = toks[i]
    if tok.low in PRONOUN_WORDS:
        return i
    if not (tok.text[:1].isalnum()) or tok.low in _STOP:
        return None
    first = i
    j = i - 1
    while (
        j >= 0
        and i - j < 7
        and (
            toks[first].low not in ("the", "a", "an")
            or toks[j].low in ("near", "of", "in", "at", "from", "for")
            or (toks[j].low == "to" and j >= 1 and toks[j - 1].low in en.RELATIONAL_NOUNS)
        )
    ):
        t = toks[j]
        if j >= 1 and (
            (t.low in ("for", "of", "at", "from") and role_noun(toks[j - 1].low))
            or (t.low == "to" and toks[j - 1].low in en.RELATIONAL_NOUNS)
        ):
            # "a spokesman for Harbour Studios", "an aide to the mayor": the description,
            # whole (the aide speaks, not the mayor)
            first, j = j, j - 1
            continue
        if not (t.text[:1].isalnum() or t.text in ("’", "'")) or (
            t.low in _STOP and not (t.low == "for" and toks[first].low in ("the", "a", "an"))
        ):
            break
        if t.low in PRONOUN_WORDS:
            break
        first = j
        j -= 1
    while first < i and toks[first].low in ("of", "in", "near", "at", "for"):
        first += 1
    return first


def subject_after(text: str, toks: list[Tok], verb: int) -> Subject | None:
    """ "said Marta Keel, general secretary of ..." -> the name after the verb."""
    i = verb + 1
    if i >= len(toks):
        return None
    start = i
    if toks[i].low in ("the", "a", "an"):
        i += 1
    end = None
    while i < len(toks) and (
        toks[i].text[:1].isupper() or toks[i].low in ("van", "von", "de", "al")
    ):
        end = i
        i += 1
    if end is not None:
        end = _role_then_name(toks, end)  # "said Vance spokesman Ari Holt"
    if end is not None and toks[start].low in ("the", "a", "an") and end + 1 == i:
        end = _described_head(toks, end)  # "reads a Wednesday editorial in the Gazette"
    if end is None and start != i:
        # "a senior Vance adviser", "the former top aide to ...": the described noun phrase
        k = i
        while (
            k < len(toks)
            and k - i < 5
            and toks[k].text[:1].isalnum()
            and toks[k].low not in _STOP
            and toks[k].low not in en.SPEECH_VERBS
            and not (k > i and toks[k].low in ("in", "on", "at"))  # "a 2013 article in …"
        ):
            end, k = k, k + 1
    if end is None and start == i:
        end = _bare_np_end(toks, i)  # headline style: "says prize-winning novelist"
    if end is None and start == i:
        return _long_description(text, toks, i)
    if end is None:
        return None
    end = _for_organisation(toks, end)
    named = _owner_role_name(toks, start, end)
    if named is not None:
        return named
    role = None
    if end + 1 < len(toks) and toks[end + 1].text == ",":
        stop = end + 2
        while stop < len(toks) and toks[stop].text not in ',.;:“”"‘’':
            stop += 1
        if stop > end + 2:
            role = _role_of(text[toks[end + 2].start : toks[stop - 1].end])
    return Subject(toks[start].start, toks[end].end, role)


def _long_description(text: str, toks: list[Tok], i: int) -> Subject | None:
    """After a cue: "one of those advisers, who …" (the description), "his best friend at
    Lehigh, Mara Tolven," and "former secretary of state Nora Vance" (the name, with the
    description as its role)."""
    if toks[i].low in _SOME and i + 1 < len(toks) and toks[i + 1].low == "of":
        k = i + 2
        while (
            k < len(toks)
            and k - i < 7
            and toks[k].text.isalpha()
            and toks[k].text.islower()
            and toks[k].low not in _STOP
        ):
            k += 1
        last = toks[k - 1].low
        if k - 1 > i + 2 and (role_noun(last) or (last.endswith("s") and len(last) > 4)):
            return Subject(toks[i].start, toks[k - 1].end, None)  # "one of two witnesses"
        return None
    owned = toks[i].low in ("his", "her", "their", "its")
    k, roles = i + owned, int(owned)  # "his best friend at Lehigh, Mara Tolven"
    while (
        k < len(toks)
        and k - i < 7
        and (
            (toks[k].text.isalpha() and toks[k].text.islower() and toks[k].low not in _STOP)
            or (toks[k].low in ("at", "of") and roles)
            or (
                toks[k].text[:1].isupper()
                and (toks[k - 1].low in ("at", "of") or toks[k - 1].text[:1].isupper())
                and k > i + 1
            )
        )
    ):
        roles += role_noun(toks[k].low)
        k += 1
    if roles and toks[i].low in _SOME and (k >= len(toks) or toks[k].low in ",.;whothat"):
        return Subject(toks[i].start, toks[k - 1].end, None)  # "one senior White House aide"
    if not roles or k >= len(toks) or k == i:
        return None
    comma = toks[k].text == ","
    first = k + comma
    if comma and not owned:
        return None
    end = first
    while end < len(toks) and toks[end].text[:1].isupper() and toks[end].text.isalpha():
        end += 1
    if end - first < (1 if comma else 2) or (end < len(toks) and toks[end].text not in ",.;"):
        return None
    role = text[toks[i].start : toks[k - 1].end]
    return Subject(toks[first].start, toks[end - 1].end, role)


_SOME = _words("one two three some several many another each most none few")


_PREPOSITIONS = _words("in of on at for from with about by to under over during")


def _described_head(toks: list[Tok], end: int) -> int:
    """After "a Wednesday", "the Harbour Gazette": the lowercase noun the capitalised words
    only qualify ("a Wednesday editorial", "the Gazette editorial board"), when one follows;
    else ``end`` unchanged."""
    k = end + 1
    while (
        k < len(toks)
        and k - end <= 2
        and toks[k].text.isalpha()
        and toks[k].text.islower()
        and toks[k].low not in _STOP
        and toks[k].low not in _PREPOSITIONS
        and toks[k].low not in en.SPEECH_VERBS
        and not toks[k].low.endswith(("ed", "ly"))
    ):
        k += 1
    return k - 1 if k - 1 > end else end


def _for_organisation(toks: list[Tok], end: int) -> int:
    """ "said a spokeswoman for the Harbour Trust", "said an aide to the mayor": a role
    noun keeps the organisation or the person it speaks for (the description, whole)."""
    k = end + 1
    relation = toks[end].low in en.RELATIONAL_NOUNS
    if not (
        toks[end].text.islower()
        and role_noun(toks[end].low)
        and k < len(toks)
        and (toks[k].low in ("for", "of", "at") or (toks[k].low == "to" and relation))
    ):
        return end
    k += 1
    the = k < len(toks) and toks[k].low == "the"
    k += the
    last = None
    while k < len(toks) and (toks[k].text[:1].isupper() or toks[k].low in ("of", "and")):
        if toks[k].text[:1].isupper():
            last = k
        k += 1
    if last is None and the and relation and k < len(toks) and toks[k].text.isalpha():
        last = k  # "an aide to the mayor"
    return last if last is not None else end


def _role_then_name(toks: list[Tok], end: int) -> int:
    """After "Vance" or "Republican", up to three lowercase words ending in a role noun
    ("spokesman", "party boss", "campaign manager") and a capitalised name: the end of that
    name; else ``end`` unchanged."""
    k = end + 1
    last_role = None
    while k < len(toks) and k - end <= 3 and toks[k].text[:1].islower():
        if not role_noun(toks[k].low):
            if last_role == k - 1 and toks[k].low in _STOP:
                break  # "said a Freedom strategist who spoke …": the description ends
            if not toks[k].text.replace("-", "").isalpha() or toks[k].low in _STOP:
                return end
        else:
            last_role = k
        k += 1
    if last_role is None or last_role != k - 1:
        return end
    if k + 1 >= len(toks) or not (toks[k].text[:1].isupper() and toks[k + 1].text[:1].isupper()):
        # "said the Florida senator", "said a Mexican official who ...": the description
        return last_role if toks[end].low != "the" and _described(toks, end) else end
    while k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        k += 1
    return k


_MEDIA_ROLES = _words(
    "host anchor actress actor ceo founder nominee candidate delegate veteran representative"
    " voter resident lawmaker official"
)
_AGENT_ENDINGS = ("ist", "ian", "er", "or", "ant", "ent")


def role_noun(low: str) -> bool:
    """A noun for what someone does: a listed role, or an agent noun ("scientist",
    "supporter", "strategist", "organizer", "consultant")."""
    return (
        low in en.ROLE_NOUNS
        or low.rstrip("s") in en.ROLE_NOUNS
        or low.split("-")[-1] in _MEDIA_ROLES
        or (len(low) > 5 and low.isalpha() and low.endswith(_AGENT_ENDINGS))
        or (len(low) > 6 and low.isalpha() and low.endswith("man"))  # congressman
        or low in ("advocate", "attorney")
    )


def _described(toks: list[Tok], end: int) -> bool:
    """True when the capitalised words before ``end`` follow a determiner or a
    quantifier ("the Florida", "a Mexican", "one former GOP"): a description goes on."""
    k = end
    while k >= 0 and toks[k].text[:1].isupper():
        k -= 1
    adjectives = 0  # "one unaligned Florida Republican strategist"
    while k >= 0 and adjectives < 2 and toks[k].text.isalpha() and toks[k].low not in _STOP:
        if toks[k].low in ("the", "a", "an", "one", "another", "former"):
            return True
        k, adjectives = k - 1, adjectives + 1
    return k >= 0 and toks[k].low in ("the", "a", "an", "one", "another", "former")


def _bare_np_end(toks: list[Tok], i: int) -> int | None:
    """End of a short lowercase noun phrase ("prize-winning novelist"), with the
    name that may follow it ("spokesman John Reid")."""
    end = None
    k = i
    while (
        k < len(toks)
        and k - i < 3
        and toks[k].text[:1].islower()
        and toks[k].text.replace("-", "").isalpha()
        and toks[k].low not in _STOP
    ):
        end, k = k, k + 1
    if end is None or k >= len(toks) or not toks[k].text[:1].isalnum() or toks[k].low in _STOP:
        return end
    if not toks[k].text[:1].isupper():
        return None
    while k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        k += 1
    return _role_then_name(toks, k)  # "said former Kessler adviser Tom Brandt"


def _owner_role_name(toks: list[Tok], start: int, end: int) -> Subject | None:
    """ "said Kestrel's chief executive, Oliver Brandt" -> Oliver Brandt."""
    if not (toks[end].text.endswith(("’s", "'s")) or toks[start].low in ("the", "its", "their")):
        return None
    j = end + 1
    while j < len(toks) and j - end <= 5 and toks[j].text[:1].islower():
        j += 1
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    first = j + 1
    while first < len(toks) and first - j <= 1 and toks[first].low in _MEDIA_ROLES:
        first += 1  # "Vance's introducer, actress Mira Holt"
    if first >= len(toks) or not toks[first].text[:1].isupper():
        return None
    k = first
    while k + 1 < len(toks) and toks[k + 1].text[:1].isupper():
        k += 1
    if k == first:
        return None
    role = " ".join(t.text for t in toks[start:first] if t.text != ",")
    return Subject(toks[first].start, toks[k].end, role)
