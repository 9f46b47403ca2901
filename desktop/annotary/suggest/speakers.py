"""Who is who in one article: names introduced, genders, and resolution.

A mention at a quote ("he", "Li", "the ministry", "李说") is resolved to the full
name introduced earlier; speakers already in the project are matched by name
or alias, case-insensitively, and then reused.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from annotary.domain.models import Speaker
from annotary.suggest import lexicon_en as en
from annotary.suggest import lexicon_zh as zh

_EN_NAME = re.compile(
    r"(?<![\w’'])(?:(?:Mr|Mrs|Ms|Dr|Prof|St)\.|[A-Z][\w’'\-]*)(?:[ \t]+(?:(?:van|von|de|der|den|"
    r"da|del|la|le|bin|al|ter|of|of the|for)[ \t]+)*[A-Z][\w’'\-]*)*"
)
_DETERMINERS = ("the ", "a ", "an ", "its ", "their ", "his ", "her ", "our ")


@dataclass(slots=True)
class Entity:
    name: str
    kind: str  # "person" or "org"
    gender: str | None = None
    role: str | None = None
    tokens: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None
    role: str | None
    speaker_id: str | None


@dataclass(slots=True)
class Registry:
    """Entities of one article in order of appearance, outside quoted passages."""

    language: str
    known: Sequence[Speaker] = ()
    entities: list[Entity] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    mentions: list[Entity] = field(default_factory=list)

    # -- building -----------------------------------------------------------------
    def add(self, pos: int, entity: Entity) -> Entity:
        for old in self.entities:
            if old.name.lower() == entity.name.lower():
                old.gender = old.gender or entity.gender
                old.role = old.role or entity.role
                entity = old
                break
        else:
            self.entities.append(entity)
        index = bisect.bisect_right(self.positions, pos)
        self.positions.insert(index, pos)
        self.mentions.insert(index, entity)
        return entity

    def before(self, pos: int) -> list[Entity]:
        """Entity mentions before ``pos``, nearest first."""
        index = bisect.bisect_left(self.positions, pos)
        return self.mentions[:index][::-1]

    def last_person_between(self, start: int, end: int) -> Entity | None:
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        for entity in reversed(self.mentions[lo:hi]):
            if entity.kind == "person":
                return entity
        return None

    def first_person(self) -> Entity | None:
        return next((e for e in self.mentions if e.kind == "person"), None)

    # -- resolution ---------------------------------------------------------------
    def match_known(self, name: str) -> Speaker | None:
        low = name.strip().lower()
        for speaker in self.known:
            if speaker.name.lower() == low or any(a.lower() == low for a in speaker.aliases):
                return speaker
        return None

    def finish(self, name: str | None, role: str | None = None) -> Resolved:
        if not name:
            return Resolved(None, role, None)
        known = self.match_known(name)
        if known is not None:
            return Resolved(known.name, role or known.role, known.id)
        return Resolved(name, role, None)

    def pronoun(self, gender: str | None, pos: int) -> Entity | None:
        for entity in self.before(pos):
            if gender == "org":
                if entity.kind == "org":
                    return entity
                continue
            if entity.kind != "person":
                continue
            if gender is None or entity.gender in (None, gender):
                if gender and entity.gender is None:
                    entity.gender = gender
                return entity
        return None

    def by_token(self, token: str, pos: int) -> Entity | None:
        low = token.lower()
        for entity in self.before(pos):
            if entity.kind == "person" and low in (t.lower() for t in entity.tokens):
                return entity
        for entity in self.entities:
            if entity.kind == "person" and low in (t.lower() for t in entity.tokens):
                return entity
        return None

    def by_zh_surname(self, surname: str, pos: int) -> Entity | None:
        for entity in self.before(pos):
            if (
                entity.kind == "person"
                and entity.name.startswith(surname)
                and entity.name != surname
            ):
                return entity
        return None

    def org_by_head(self, head: str, pos: int) -> Entity | None:
        for entity in self.before(pos):
            if entity.kind == "org" and head.lower() in entity.name.lower():
                return entity
        if head.lower() in ("company", "firm", "group") and pos < 1 << 30:
            return next((e for e in self.before(pos) if e.kind == "org"), None)
        return None


def strip_titles(words: list[str]) -> tuple[list[str], str | None]:
    """Drop leading titles and role words; return the name words and a gender."""
    gender = None
    while len(words) > 1 and words[0].lower().rstrip(".") in en.TITLES | {"mr", "mrs", "ms", "dr"}:
        gender = gender or en.GENDER_TITLES.get(words[0].lower().rstrip(".") + "")
        gender = gender or en.GENDER_TITLES.get(words[0].lower())
        words = words[1:]
    return words, gender


def en_entity(phrase: str) -> Entity | None:
    """An entity from a capitalised phrase, or None when it is not a name."""
    words = phrase.split()
    if not words:
        return None
    if is_org(words):
        name = " ".join(w for w in words if w.lower() != "the")
        return Entity(name, "org", tokens=tuple(words))
    titled = len(words)
    words, gender = strip_titles(words)
    titles = phrase.split()[: titled - len(words)]
    cut = [k for k, w in enumerate(words[:-2]) if _is_role_word(w)]
    role = " ".join(titles) if titles and titles[0].lower() not in en.GENDER_TITLES else None
    if cut:
        role = " ".join(words[: cut[-1] + 1])
        words = words[cut[-1] + 1 :]
    while words and words[0].lower() in en.NOT_NAMES:
        words = words[1:]
    if len(words) < 2 or any(w.lower() in en.NOT_NAMES for w in words):
        return None
    if any(w.lower() in en.PLACE_WORDS for w in words):
        return None
    if not all(w[:1].isupper() or w in _PARTICLES for w in words):
        return None
    if any(ch.isdigit() for w in words for ch in w):
        return None
    words = [w.rstrip("’'").removesuffix("’s").removesuffix("'s") for w in words]
    return Entity(" ".join(words), "person", gender, role, tuple(words))


def is_org(words: list[str]) -> bool:
    if len(words) < 2 or not any(w[:1].isupper() for w in words if w.lower() != "the"):
        return False
    heads = [w.lower().strip("’'s,") for w in words]
    if heads[-1] in en.ORG_HEADS:
        return True
    return "of" in heads and any(h in en.ORG_HEADS for h in heads[: heads.index("of")])


_PARTICLES = frozenset(
    ["van", "von", "de", "der", "den", "da", "del", "la", "le", "bin", "al", "ter"]
)


def _is_role_word(word: str) -> bool:
    low = word.lower().rstrip(",")
    return low in en.TITLES or low in en.ROLE_NOUNS or low.rstrip("s") in en.ROLE_NOUNS


def title_only(phrase: str) -> bool:
    words = phrase.lower().split()
    return bool(words) and all(_is_role_word(w) or w in ("the", "a") for w in words)


def scan_en(text: str, registry: Registry, quoted: list[tuple[int, int]]) -> None:
    """Record every name outside quoted passages, with genders from titles and pronouns."""
    inside = _inside_fn(quoted)
    for m in _EN_NAME.finditer(text):
        if inside(m.start()):
            continue
        phrase = m.group(0)
        entity = en_entity(phrase)
        if entity is None:
            words, gender = strip_titles(phrase.split())
            if len(words) == 1:
                token = words[0].removesuffix("’s").removesuffix("'s")
                known = next(
                    (e for e in registry.entities if e.kind == "person" and token in e.tokens), None
                )
                if known is not None:
                    known.gender = known.gender or gender
                    registry.add(m.start(), known)
            continue
        before = text[max(0, m.start() - 40) : m.start()].lower().split()
        if before and entity.kind == "person":
            noun = before[-1].strip(",")
            if noun in en.FEMALE_NOUNS:
                entity.gender = entity.gender or "f"
            elif noun in en.MALE_NOUNS:
                entity.gender = entity.gender or "m"
        registry.add(m.start(), entity)
    for m in re.finditer(r"\b(he|she|his|her|him)\b", text, re.IGNORECASE):
        if not inside(m.start()):
            word = m.group(1).lower()
            registry.pronoun("m" if word in ("he", "his", "him") else "f", m.start())


def _inside_fn(quoted: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [s for s, _ in quoted]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and quoted[i][0] <= pos < quoted[i][1]

    return inside


def resolve_en(registry: Registry, mention: str, pos: int, role: str | None = None) -> Resolved:
    """Resolve an English subject phrase found at ``pos``."""
    phrase = mention.strip().strip(",")
    known = registry.match_known(phrase)
    if known is not None:
        return Resolved(known.name, role or known.role, known.id)
    low = phrase.lower()
    if low in en.PRONOUNS:
        entity = registry.pronoun(en.PRONOUNS[low], pos)
        return (
            registry.finish(entity.name, role or entity.role)
            if entity
            else Resolved(None, role, None)
        )
    words = phrase.split()
    if title_only(phrase):
        for old in registry.entities:
            if old.kind == "person" and old.role and old.role.lower().endswith(words[-1].lower()):
                return registry.finish(old.name, role or old.role)
    if low.startswith("the ") and low.endswith("-year-old"):
        entity = registry.pronoun(None, pos)
        return registry.finish(entity.name if entity else None, role)
    entity = en_entity(phrase)
    if entity is not None and entity.kind == "person":
        full = entity.name
        for old in registry.entities:
            if old.kind == "person" and old.name != full and old.name.endswith(" " + full):
                full = old.name
        if len(entity.tokens) >= 2:
            registry.add(pos, Entity(full, "person", entity.gender, role, tuple(full.split())))
        return registry.finish(full, role)
    if (
        entity is not None
        and not low.startswith("the ")
        and not (
            len(words) <= 3 and words[-1].lower() in en.ORG_HEADS and not words[0][:1].isupper()
        )
    ):
        return registry.finish(entity.name, role)
    name_words, _gender = strip_titles(words)
    if len(name_words) == 1 and name_words[0][:1].isupper():
        token = name_words[0].removesuffix("’s").removesuffix("'s")
        found = registry.by_token(token, pos)
        return registry.finish(found.name if found else token, role)
    bare = low
    for det in _DETERMINERS:
        if bare.startswith(det):
            bare = bare[len(det) :]
            break
    if bare in en.GENERIC_ORG_NOUNS or (
        len(words) <= 3 and bare.split()[-1:] and bare.split()[-1] in en.ORG_HEADS
    ):
        org = registry.org_by_head(bare.split()[-1], pos) or registry.org_by_head(
            bare.split()[-1], 1 << 30
        )
        if org is not None:
            return registry.finish(org.name, role)
    return registry.finish(phrase[len(phrase) - len(bare) :] if bare else None, role)


# -- Chinese ---------------------------------------------------------------------------
def zh_name_at(text: str, start: int) -> str | None:
    """The personal name starting at ``start`` (surname + 1-2 characters)."""
    two = text[start : start + 2]
    if two in zh.COMPOUND_SURNAMES:
        size = 2
    elif text[start : start + 1] in zh.SURNAMES:
        size = 1
    else:
        return None
    end = start + size
    while end < len(text) and end - start < size + 2:
        ch = text[end]
        if ch in zh.NAME_STOPS or not ("\u4e00" <= ch <= "\u9fff"):
            break
        end += 1
    if end - start < size + 1:
        return None
    return text[start:end]
