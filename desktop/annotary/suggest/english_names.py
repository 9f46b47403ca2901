"""What an English phrase names: a person or an organisation (``en_entity``), its role and
titles, or nothing a speaker can be (a place, a date, a thing, a verb phrase).
"""

from __future__ import annotations

from itertools import pairwise

from annotary.suggest import lexicon_en as en
from annotary.suggest.entity import Entity

DETERMINERS = ("the ", "a ", "an ", "its ", "their ", "his ", "her ", "our ")


def strip_titles(words: list[str]) -> tuple[list[str], str | None]:
    """Drop leading titles and role words; return the name words and a gender."""
    gender = None
    while len(words) > 1 and words[0].lower().rstrip(".") in en.TITLES | {"mr", "mrs", "ms", "dr"}:
        gender = gender or en.GENDER_TITLES.get(words[0].lower().rstrip(".") + "")
        gender = gender or en.GENDER_TITLES.get(words[0].lower())
        words = words[1:]
    return words, gender


_HOLIDAYS = frozenset(
    ["election", "labor", "memorial", "independence", "thanksgiving", "christmas", "veterans"]
)


def not_a_speaker(phrase: str) -> bool:
    """A place, a date, a quantity or a determiner: never a person or organisation."""
    low = phrase.strip().strip(",.:;").lower().removesuffix("’s").removesuffix("'s")
    for det in DETERMINERS:
        low = low.removeprefix(det)
    words = low.split()
    if not words or low in en.PLACE_NAMES or low in en.NOT_SPEAKERS:
        return True
    if len(words) == 1 and phrase.strip().islower() and low.endswith("ing"):
        return True  # "being": a verb, not a subject
    first = phrase.strip().split()[0]
    if (
        first.islower()
        and first.endswith("ing")
        and "-" not in first  # "conservative-leaning newspaper" describes
        and first not in _DESCRIBING
        and len(words) > 1
    ):
        return True  # "beating rival Tom Brandt in his home town": a clause, not who spoke
    if phrase.strip().islower() and (
        # "conservative-leaning" and "the acting director" describe
        (words[0].endswith("ing") and "-" not in words[0] and words[0] not in _DESCRIBING)
        or words[-1] in en.NOT_NAMES
        or words[-1] in LEADING_NOISE
        or words[-1] in ("upon", "known", "about")
    ):
        return True  # "carrying signs", "city embodied the", "just": not a noun phrase
    if words[-1] in _NEVER_LAST and phrase.strip().split()[-1].islower():
        return True  # "chief adviser to Minister of": a phrase cut short
    if phrase.strip().islower() and _no_head(words):
        return True  # "helped", "long", "urged them": a verb, an adverb, an object
    if any(ch.isdigit() for ch in low) and not _numbered_person(words):
        return True
    last = phrase.strip().strip(",.:;").split()[-1]
    if words[-1] in en.NOT_SPEAKER_WORDS and (last.islower() or words[0] in _HOLIDAYS):
        return True  # "000 jobs", "Election Day" (but "Carol Day" is a name)
    return all(w in en.NOT_NAMES or w in en.NOT_SPEAKERS for w in words)


def without_trailing_adverb(phrase: str) -> str:
    """ "my father often", "the candidate could": the subject without the adverb or modal
    that followed it up to the cue ("my father often said")."""
    words = phrase.split()
    while len(words) > 1 and words[-1] in _TRAILING_ADVERBS:
        words.pop()
    return " ".join(words) if len(words) < len(phrase.split()) else phrase


_TRAILING_ADVERBS = en.words(
    "often also still never always already now just even then again once could would should "
    "might may can will must"
)


def _no_head(words: list[str]) -> bool:
    """A lowercase phrase that ends in no noun a speaker could be: a verb ("expressed",
    "helped", "harbour permit filed"), an adverb or modal ("already", "should", "first"), a
    preposition or an object pronoun ("them"). A number stays: "the two write", "a third
    said" name a pair of people and part of a poll's sample."""
    last = words[-1].replace("’", "'")
    if last.endswith(("n't", "'ve", "'re", "'ll", "'d")):
        return True  # "can't", "the superdelegates who've"
    if len(last) > 4 and last.endswith("ly") and last not in _NOUNS_IN_LY:
        return True  # "really", "hardly"
    if len(words) > 1 and words[-2] == "of" and last in ("them", "us"):
        return False  # "most of them", "some of us"
    if last in _NOT_HEADS or last in en.NOT_SPEAKERS:
        return True
    if len(words) == 1 and last not in en.NOUNLIKE_CUES and last in en.SPEECH_VERBS | en.BARE_VERBS:
        return True  # a verb, but not "report", "statement" or "remarks"
    if last.endswith(("ous", "ern")) or last in _ADJECTIVES:
        return True  # "numerous", "western", "subsequent": no noun after them
    return len(last) > 4 and last.endswith("ed") and last not in _PEOPLE_IN_ED


# Words a noun phrase never ends with.
_NOT_HEADS = en.words(
    """
    can could should would might may must will shall already always almost never ever also
    too very much more less least long last past early late future ago away soon often
    him them me us whom without within beyond among between across through into onto toward
    towards than upon first own made makes became becomes means raise express
    """
)
# Words no name or description ends with.
_NEVER_LAST = en.words("of to for and or the a an in on at with by from as than")
# -ing words that describe people ("the acting director", "the ruling party").
_DESCRIBING = en.words(
    """acting ruling leading founding managing governing visiting outgoing incoming
    presiding polling ranking remaining striking sitting working opposing"""
)
# Adjectives the engine met as the last word of a phrase before a cue.
_ADJECTIVES = en.words("subsequent particular false expansive investigative")
# Nouns that end like an adverb ("the daily", "the elderly").
_NOUNS_IN_LY = en.words(
    "family assembly daily weekly monthly quarterly elderly rally supply monopoly anomaly"
)
# People named by a participle ("the accused said", "the wounded told reporters").
_PEOPLE_IN_ED = en.words(
    """
    accused deceased injured wounded bereaved unemployed disabled detained displaced retired
    undecided uninsured arrested convicted surveyed polled interviewed questioned involved
    asked concerned elected
    """
)


def _numbered_person(words: list[str]) -> bool:
    """ "the 71-year-old diplomat", "a WHB4 representative", "the 43-year-old": a number
    that only qualifies a person (not "000 jobs", "5 percent", "2015")."""
    last = words[-1]
    if len(words) < 2 or any(ch.isdigit() for ch in last):
        return last.endswith(("-year-old", "-year-olds")) and len(words) <= 3
    return (
        last in en.ROLE_NOUNS
        or last.rstrip("s") in en.ROLE_NOUNS
        or last in _NUMBERED_ROLES
        or last in en.DOCUMENT_NOUNS
    )


_NUMBERED_ROLES = frozenset(
    ["representative", "diplomat", "veteran", "delegate", "voter", "article", "paper", "memo"]
)


def en_entity(phrase: str) -> Entity | None:
    """An entity from a capitalised phrase, or None when it is not a name."""
    words = phrase.split()
    if not words or not_a_speaker(phrase):
        return None
    if len(words) == 2 and words[0].lower() in LEADING_NOISE:
        words = words[1:]
    if is_org(words) and not _given_name_first(words):
        name = " ".join(w for w in words if w.lower() != "the")
        return Entity(name, "org", tokens=tuple(words))
    while len(words) > 2 and words[0].lower() in LEADING_NOISE:
        words = words[1:]  # "Now Marlow", "Former Brightline chairwoman Carla Wendt"
    phrase = " ".join(words)
    titled = len(words)
    words, gender = strip_titles(words)
    titles = phrase.split()[: titled - len(words)]
    cut = [k for k, w in enumerate(words[:-2]) if is_role_word(w)]
    role = " ".join(titles) if titles and titles[0].lower() not in en.GENDER_TITLES else None
    if cut:
        role = " ".join(words[: cut[-1] + 1])
        words = words[cut[-1] + 1 :]
    domain = bool(words) and words[0].lower() == "of"
    while words and words[0].lower() in en.NOT_NAMES:
        words = words[1:]
    if domain and len(words) > 2:
        words = words[1:]  # "Secretary of State Tom Nides": the office, then the name
    words, owner = _after_owner(words)
    role = role or owner
    if len(words) > 2 and _place_or_nationality(words[0]):
        words = words[1:]  # "Ohio Nora Vance"
    elif len(words) > 3 and _place_or_nationality(f"{words[0]} {words[1]}"):
        words = words[2:]  # "North Carolina’s Mara Tolven"
    if len(words) < 2 or any(w.lower() in en.NOT_NAMES for w in words):
        return None
    if any(w.lower() in en.PLACE_WORDS for w in words) or not _person_shaped(words):
        return None
    if _not_a_name(words):
        return None
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return None
    if any(ch.isdigit() for w in words for ch in w):
        return None
    words = [w.rstrip("’'").removesuffix("’s").removesuffix("'s") for w in words]
    head = (role or "").lower().split()[-1:]
    if gender is None and head and head[0].endswith(("woman", "man")):
        gender = "f" if head[0].endswith("woman") else "m"  # "Councilwoman Irma Quade"
    given = words[0].lower()
    if gender is None and given in en.FEMALE_GIVEN_NAMES and given not in en.MALE_GIVEN_NAMES:
        gender = "f"
    elif gender is None and given in en.MALE_GIVEN_NAMES and given not in en.FEMALE_GIVEN_NAMES:
        gender = "m"
    return Entity(" ".join(words), "person", gender, role, tuple(words))


GROUP_ENDINGS = ("icans", "crats", "atives", "ists", "icals")
_PARTY_WORDS = en.words("republican republicans democrat democrats democratic gop independent")
# First words of place names ("San Jose", "West Point", "Fort Pierce").
_PLACE_FIRST = en.words(
    """
    san santa los las el fort port mount lake north south east west northern southern eastern
    western central upper lower
    """
)
# Last words of things that are not people ("World War II", "Second Amendment").
_THING_LAST = en.words("war amendment heart bowl award prize cup series games act ii iii")


def _after_owner(words: list[str]) -> tuple[list[str], str | None]:
    """ "Washington Post Robert Costa", "Republicans Cory Gardner", "Media Research
    Center Bozell": the organisation, party or date before a name is not part of it."""
    low = [w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") for w in words]
    cut = None
    for k in range(len(words) - 1):
        if (
            low[k] in en.ORG_HEADS
            or low[k] in en.ORG_LAST_WORDS
            or low[k] in en.NOT_SPEAKER_WORDS
            or low[k] in _PARTY_WORDS
        ):
            cut = k
    if cut is None:
        return words, None
    role = " ".join(words[: cut + 1]) if low[cut] not in en.NOT_SPEAKER_WORDS else None
    return words[cut + 1 :], role


def _not_a_name(words: list[str]) -> bool:
    """Places, things, datelines and party adjectives that look like names."""
    first, last = words[0].lower(), words[-1].lower().rstrip(".,")
    generation = last in ("ii", "iii", "iv") and len(words) > 2  # "Tom Kell III"
    if generation and words[-2].lower() not in _THING_LAST:
        last = words[-2].lower()
    if first in _PLACE_FIRST or last in _THING_LAST or last in en.NOT_SPEAKERS:
        return True
    return all(w.isupper() and len(w.rstrip(".")) > 1 for w in words)  # "FORT PIERCE"


def _person_shaped(words: list[str]) -> bool:
    """False for run-together phrases that are not one person's name: a title at the end
    ("Vermont Sen."), a two-word place inside ("Holt North Ardley"), a plural group
    ("Senate Republicans", "Muslim Americans")."""
    low = [w.lower().rstrip(".,").removesuffix("’s").removesuffix("'s") for w in words]
    if low[-1] in en.TITLES or low[0] == "former":
        return False
    if any(f"{a} {b}" in en.PLACE_NAMES for a, b in pairwise(low)):
        return False
    if _place_or_nationality(low[0]):
        return False  # "American Navy", "Latino Voices"
    if low[-1] in _NOT_PERSON_LAST:
        return False  # "Nora Vance Show", "Kell Report"
    return not low[-1].endswith(GROUP_ENDINGS) and low[-1] not in ("republican", "democrat")


def _place_or_nationality(word: str) -> bool:
    low = word.lower().rstrip(".,").removesuffix("’s").removesuffix("'s")
    given = low in en.FEMALE_GIVEN_NAMES or low in en.MALE_GIVEN_NAMES
    return not given and (low in en.PLACE_NAMES or low in _NATIONALITIES)


_NATIONALITIES = en.words(
    """
    american mexican latino latina hispanic african asian european chinese japanese korean
    russian british french italian spanish canadian cuban iranian iraqi syrian israeli
    palestinian afghan pakistani saudi turkish arab muslim
    """
)
_NOT_PERSON_LAST = en.words(
    "show report reports podcast footwear books decisions navy force shoal hills illustrated"
)


def is_org(words: list[str]) -> bool:
    if len(words) < 2 or not any(w[:1].isupper() for w in words if w.lower() != "the"):
        return False
    heads = [w.lower().strip("’'s,") for w in words]
    last = words[-1].lower().strip(",.").removesuffix("’s").removesuffix("'s")
    if heads[-1] in en.ORG_HEADS or last in en.ORG_HEADS or last in en.ORG_LAST_WORDS:
        return True
    return "of" in heads and any(h in en.ORG_HEADS for h in heads[: heads.index("of")])


_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "da", "del", "la", "le", "bin", "al", "ter"]
)


def is_role_word(word: str) -> bool:
    low = word.lower().rstrip(",")
    return (
        low in en.TITLES
        or low in en.ROLE_NOUNS
        or low.rstrip("s") in en.ROLE_NOUNS
        or low in _EXTRA_ROLES
    )


_EXTRA_ROLES = en.words(
    """
    ceo cfo coo co-founder host anchor developer councilwoman councilman congressman
    congresswoman delegate commentator strategist candidate nominee
    """
)
# Words that open a capitalised run without being part of a name ("Now Harwick").
LEADING_NOISE = en.words(
    """
    former now although though because since meanwhile still even just only instead later
    earlier yes no however why what where how when while then but and so like unlike
    against regarding despite after before during amid
    """
)


def _given_name_first(words: list[str]) -> bool:
    """ "Christine Link" is a person although "link" ends organisation names."""
    first = words[0].lower()
    return len(words) == 2 and (first in en.FEMALE_GIVEN_NAMES or first in en.MALE_GIVEN_NAMES)


def title_only(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and all(is_role_word(w) or w in ("the", "a") for w in words)
