"""The people and organisations an English article introduces, for the registry: full
names, roles, ages, lone surnames, kin ("his wife"), organisations, and the genders the
article gives them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from annotary.suggest import descriptors as ds
from annotary.suggest import lexicon_en as en
from annotary.suggest.english_names import (
    GROUP_ENDINGS,
    LEADING_NOISE,
    en_entity,
    is_role_word,
    strip_titles,
)
from annotary.suggest.entity import Entity
from annotary.suggest.speakers import Registry

# names may be joined by no-break spaces ("Gov.\u00a0Tom Brandt"), as on many news sites
_EN_WORD = r"(?:(?:[A-Z]\.){2,}|(?:Jr|Sr)\.|[A-Z]\.(?=[ \t\u00a0]+[A-Z])|[A-Z][\w’'\-]*)"
_EN_NAME = re.compile(
    r"(?<![\w’'])(?:(?:" + "|".join(en.TITLE_ABBREVIATIONS) + r")\.|" + _EN_WORD + r")"
    r"(?:[ \t\u00a0]+(?:(?:van|von|de|der|den|da|del|la|le|bin|al|ter|of|of the|for)[ \t]+)*"
    + _EN_WORD
    + r")*"
)


def _inverted_cue(word: str) -> bool:
    """ "Said Moreno, “…”": a past or present speech verb opening a capitalised run."""
    low = word.lower()
    return low in en.SPEECH_VERBS and low.endswith(("ed", "id", "s", "told", "wrote"))


_QUANTIFIERS = en.words("some one most many few all any every each does did do similar throughout")
# prepositions and adverbs that open a sentence ("Besides Hollis, …", "Recently, …")
_OPENERS = en.words("along behind besides beside outside inside within recently")


_ORG_BEFORE = re.compile(r"(?:\b[Ss]hares (?:in|of)|\bstake in|\bowner of)\s+$")
_ORG_AFTER = re.compile(r"(?:’s|'s)?,\s+(?:which|whose)\b")
_LOWER_ORG = re.compile(r"[ \t]+(?:borough |county |city )?(?:council|police|government)\b")
_WHERE_AFTER = re.compile(r",\s+where\b")
_AGE_AFTER = re.compile(r",\s*(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(\d{1,3})-year-old\s+(?:[a-z]+\s+){0,2}$")


def scan_en(text: str, registry: Registry, quoted: list[tuple[int, int]]) -> None:
    """Record every name outside quoted passages, with genders from titles and pronouns."""
    inside = _inside_fn(quoted)
    registry.starts = [s for s in ds.sentence_starts(text) if not inside(s)]
    registry.text = text
    midword = {m.group(1) for m in _MID_CAPITAL.finditer(text)}
    places = {m.group(1) for m in _PLACE_AFTER.finditer(text)}
    kin_at = {k.start("first"): k for k in ds.kin_matches(text) if not inside(k.start())}
    for m in _EN_NAME.finditer(text):
        if inside(m.start()):
            continue
        if m.start() in kin_at:
            _add_kin(registry, kin_at[m.start()])
            continue
        first, _, rest = m.group(0).partition(" ")
        if rest and (
            first.lower() in LEADING_NOISE | _QUANTIFIERS | _OPENERS or _inverted_cue(first)
        ):
            m = _EN_NAME.match(text, m.start() + len(first) + 1) or m  # "Some Vance", "Said Vance"
        phrase = m.group(0)
        lower_org = _LOWER_ORG.match(text, m.end())
        if lower_org:
            phrase = text[m.start() : lower_org.end()]
        entity = en_entity(phrase)
        if entity is None and re.search(r" of [A-Z][\w\-]+$", phrase):
            entity = en_entity(phrase.split(" of ")[0])  # "Tesfaye Alemu of Ethiopia"
        elif entity is not None and entity.kind == "org":
            entity = ds.person_of(phrase) or entity
        if entity is None:
            if not _modifies_a_name(text, m.end()):
                _add_single(text, registry, m, midword, places)
            continue
        if entity.kind == "person" and _modifies_a_name(text, m.end()):
            continue  # "Vance spokesman Tom Brandt": Vance is no one a pronoun can mean here
        if entity.kind == "person" and _WHERE_AFTER.match(
            text, lower_org.end() if lower_org else m.end()
        ):
            continue  # "At Kelso Marlow, where it costs …": a place
        before = text[max(0, m.start() - 40) : m.start()]
        words = before.lower().split()
        if words and entity.kind == "person":
            noun = words[-1].strip(",")
            if noun in en.FEMALE_NOUNS:
                entity.gender = entity.gender or "f"
            elif noun in en.MALE_NOUNS:
                entity.gender = entity.gender or "m"
            age = _AGE_AFTER.match(text, m.end()) or _AGE_BEFORE.search(before)
            entity.age = entity.age or (int(age.group(1)) if age else None)
        registry.add(m.start(), entity)
    _learn_genders(text, registry, inside)


_ROLE_THEN_NAME = re.compile(
    r"(?:’s|'s)?[ \t]+((?:[a-z][\w\-]*[ \t]+){1,2})([A-Z][\w\-.]*)[ \t]+[A-Z]"
)


def _modifies_a_name(text: str, end: int) -> bool:
    """The name ending at ``end`` qualifies a role before another name: "Vance
    spokesman Tom Brandt", "Vance campaign Chairman Tom Brandt"."""
    m = _ROLE_THEN_NAME.match(text, end)
    if m is None:
        return False
    lower = m.group(1).split()
    return is_role_word(lower[-1]) or (lower[-1] == "campaign" and is_role_word(m.group(2)))


def _learn_genders(text: str, registry: Registry, inside: Callable[[int], bool]) -> None:
    """Genders from the pronouns that follow a person, by majority: a gender from a
    title, a given name or a noun stays; one learnt from a pronoun can be outvoted
    later ("she" once wrongly near Nora Vance, "he" a dozen times after)."""
    pronouns = [
        (m.start(), "m" if m.group(1).lower() in ("he", "his", "him") else "f")
        for m in re.finditer(r"\b(he|she|his|her|him)\b", text, re.IGNORECASE)
        if not inside(m.start())
    ]
    votes: dict[int, dict[str, int]] = {}
    by_id: dict[int, Entity] = {}
    for pos, gender in pronouns:
        entity = _only_person_before(registry, pos)
        if entity is not None:
            by_id[id(entity)] = entity
            tally = votes.setdefault(id(entity), {"m": 0, "f": 0})
            tally[gender] += 1
    for key, tally in votes.items():
        entity = by_id[key]
        if entity.gender is None and tally["m"] != tally["f"]:
            entity.gender = "m" if tally["m"] > tally["f"] else "f"
    for pos, gender in pronouns:
        entity = registry.pronoun_subject(gender, pos)
        if entity is not None and entity.gender is None:
            entity.gender = gender


def _only_person_before(registry: Registry, pos: int) -> Entity | None:
    """The one person named in the pronoun's sentence before it, or, when nobody is,
    the one person named in the sentence before: a pronoun there can only mean them."""
    if not registry.starts:
        return None
    k = bisect.bisect_right(registry.starts, pos) - 1
    for begin, end in (
        (registry.starts[k], pos),
        (registry.starts[max(0, k - 1)], registry.starts[k]),
    ):
        lo = bisect.bisect_left(registry.positions, begin)
        hi = bisect.bisect_left(registry.positions, end)
        people = {id(e): e for e in registry.mentions[lo:hi] if e.kind == "person"}
        if len(people) == 1:
            return next(iter(people.values()))
        if people or k == 0:
            return None
    return None


def _add_single(
    text: str, registry: Registry, m: re.Match[str], midword: set[str], places: set[str]
) -> None:
    """One capitalised word: a company in context ("shares in Lumenfold"), a
    surname/given name of someone already recorded, or a surname never given in full
    that speaks or opens a sentence ("Hollis said", "Walz approaches it")."""
    titled, gender = strip_titles(m.group(0).split())
    words = titled
    if len(words) != 1:
        return
    person_title = len(m.group(0).split()) > 1  # "Judge Berman", "Mr. Clyburn"
    token = words[0].removesuffix("’s").removesuffix("'s")
    if token.lower() in en.NOT_NAMES or not token[:1].isupper():
        return
    in_context = _ORG_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _ORG_AFTER.match(
        text, m.end()
    )
    if in_context and registry.by_token(token, m.start()) is None:
        registry.add(m.start(), Entity(token, "org", tokens=(token,)))
        return
    known = registry.by_token_of_gender(token, m.start(), gender)
    if gender is None and known is not None and known.gender is not None:
        # "Vance went on to give her view" after "Ty Vance" and "Nora Vance": the wife
        after = _PRONOUN_AFTER.match(text, m.end())
        hint = after and ("m" if after.group(1).lower() in ("he", "his") else "f")
        if hint and hint != known.gender:
            known = registry.by_token_of_gender(token, m.start(), hint) or known
    if known is None and person_title and gender and registry.by_token(token, m.start()):
        registry.add(m.start(), Entity(token, "person", gender, None, (token,)))  # "Mrs. Marrow"
        return
    if known is not None:
        known.gender = known.gender or gender
        registry.add(m.start(), known)
    elif (person_title and _surname_shaped(token)) or _lone_surname(
        text, m, token, midword, places
    ):
        registry.add(m.start(), Entity(token, "person", gender, None, (token,)))


def _surname_shaped(token: str) -> bool:
    low = token.lower()
    return (
        len(token) > 1
        and not token.isupper()
        and low not in en.PLACE_NAMES
        and low not in en.ORG_HEADS
        and low not in en.ORG_LAST_WORDS
        and not is_role_word(low)
    )


# the first pronoun after a surname in its clause, no other name between
_PRONOUN_AFTER = re.compile(r"(?:’s|'s)?[^.!?\n“\"A-Z]{0,60}?\b(he|she|his|her)\b")
_MID_CAPITAL = re.compile(r"[a-z,] ([A-Z][a-z][\w\-]*)")
_PLACE_AFTER = re.compile(r"\b(?:in|from|near|across) ([A-Z][a-z][\w\-]*)\b(?![’'\-])")
_SPEAKS_AFTER = re.compile(
    r"(?:’s|'s)?,? (?:who |also |then |later )?(?:"
    + "|".join(sorted(en.SPEECH_VERBS - en.NOUNLIKE_CUES - {"put", "find", "finds", "found"}))
    + r")\b|, who\b"
)
_NAME_ENDS = re.compile(r"\s*(?:[,.;:!?)\n]|$|who\b|in\b|on\b|at\b|during\b|after\b)")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|asked|told)[ \t]+$")


def _lone_surname(
    text: str, m: re.Match[str], token: str, midword: set[str], places: set[str]
) -> bool:
    """A capitalised word standing for a person named only by surname: it is used
    inside sentences as well (so it is not just a capital at a sentence start), it is
    not a place, title or common noun, and here it speaks (``Hollis said``, ``said
    Walz``, ``Levine, who``) or opens a sentence with a lower-case verb after it."""
    low = token.lower()
    if (
        len(token) < 3
        or token.isupper()
        or (token not in midword and low.endswith("s"))
        or low in en.NOT_NAMES
        or low in en.NOT_SPEAKERS
        or low in en.PLACE_NAMES
        or low in en.ORG_HEADS
        or low in en.ORG_LAST_WORDS
        or low in en.PLACE_WORDS
        or is_role_word(low)
        or low.endswith(GROUP_ENDINGS)
    ):
        return False
    end = m.end()
    said_before = _SAID_BEFORE.search(text, max(0, m.start() - 12), m.start())
    if _SPEAKS_AFTER.match(text, end) or (said_before and _NAME_ENDS.match(text, end)):
        return True
    return (
        m.start() > text.find("\n") > 0
        and token not in places
        and _opens_sentence(text, m.start())
        and _VERB_AFTER.match(text, end) is not None
        and low not in _NOT_LEADS
        and low not in _QUANTIFIERS | _OPENERS  # "Similar firearms sell for …"
        and low not in LEADING_NOISE  # "Why was he out?"
    )


_NOT_LEADS = frozenset(
    ["nothing", "something", "everything", "each", "either", "neither", "during", "until"]
) | en.words(
    """
    two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundreds thousands millions several
    """
)  # "Eight years ago, he supported …"


_VERB_AFTER = re.compile(
    r" (?:[a-z]+ly |also |then |later |again |never |did not |had |has )?"
    r"(?:[a-z]+(?:ed|es|s)|took|went|gave|made|came|saw|thought|wrote|began|spoke|ran|won|lost"
    r"|left|met|held|sent|brought|felt|kept|stood|became|got|knew|told|said|sought|fought)\b"
)


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4) : pos]
    return pos == 0 or before.endswith("\n") or bool(re.search(r"[.!?][”\"’']?\s+$", before))


def _add_kin(registry: Registry, k: re.Match[str]) -> None:
    first, gender = k.group("first"), en.KIN_NOUNS.get(k.group("kin"))
    pos = k.start("first")
    if k.group("pron"):
        owner = registry.pronoun("m" if k.group("pron").lower() == "his" else "f", k.start())
    else:
        owner = registry.by_token(k.group("owner"), k.start())
    name = f"{first} {owner.name.split()[-1]}" if owner and owner.kind == "person" else first
    registry.add(pos, Entity(name, "person", gender, None, (first,)))


def _inside_fn(quoted: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [s for s, _ in quoted]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    return inside
