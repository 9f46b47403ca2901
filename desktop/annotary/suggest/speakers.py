"""Who is who in one article: the registry of the people and organisations introduced, and
the resolution of a mention to one of them (names are found by english_mentions and
chinese_rules).

A mention at a quote ("he", "Li", "the ministry", "李说") is resolved to the full
name introduced earlier; speakers already in the project are matched by name
or alias, case-insensitively, and then reused.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotary.domain.models import Speaker
from annotary.suggest import descriptors as ds
from annotary.suggest import lexicon_en as en
from annotary.suggest import sentence_openings as so
from annotary.suggest.business_referent import recent_business
from annotary.suggest.english_names import (
    DETERMINERS,
    en_entity,
    is_role_word,
    not_a_speaker,
    strip_titles,
    title_only,
    without_trailing_adverb,
)
from annotary.suggest.entity import Entity
from annotary.suggest.entity_index import EntityIndex
from annotary.suggest.name_counts import NameCounts
from annotary.suggest.pronoun_asked import person_asked


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
    starts: list[int] = field(default_factory=list)  # sentence starts, for salience
    text: str = ""  # the English text scanned
    _name_counts: NameCounts | None = field(default=None, repr=False)
    index: EntityIndex = field(default_factory=EntityIndex, repr=False)

    # -- building -----------------------------------------------------------------
    def add(self, pos: int, entity: Entity) -> Entity:
        entity, new = self.index.record(entity, pos)
        if new:
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

    def by_description(
        self, pos: int, head: str, gender: str | None, age: int | None
    ) -> Entity | None:
        """The person "the 22-year-old" / "the pensioner" refers to."""
        return ds.by_description(self, pos, head, gender, age)

    def business(self, pos: int) -> Entity | None:
        """The organisation "the company" stands for: the most recent one that is not a
        public body, named in this paragraph or the one before, not a venue."""
        return recent_business(self, pos)

    def last_lead_between(self, start: int, end: int) -> Entity | None:
        """The last person who opens a sentence between ``start`` and ``end``."""
        return ds.last_lead_between(self, start, end)

    def subject_between(self, start: int, end: int) -> Entity | None:
        """The last person who opens a sentence between ``start`` and ``end`` as its
        subject: not after an opening pronoun ("He had protested Brandt"), an "Asked
        about …" clause, a preposition or a title."""
        lo = bisect.bisect_left(self.positions, start)
        hi = bisect.bisect_left(self.positions, end)
        sentence = (
            self.starts[max(0, bisect.bisect_right(self.starts, start) - 1)] if self.starts else 0
        )
        persons = {
            k
            for k in range(bisect.bisect_left(self.positions, sentence), hi)
            if self.mentions[k].kind == "person"
            and not self._after_subject(self.positions[k])
            and not self.after_preposition(self.positions[k])
        }
        for k in range(hi - 1, lo - 1, -1):
            if k in persons and ds.is_lead(self.positions, persons, self.starts, k):
                return self.mentions[k]
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
        if name and self.language == "en":
            name = without_trailing_adverb(name)
        if not name or (self.language == "en" and not_a_speaker(name)):
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

    def pronoun_subject(
        self, gender: str | None, pos: int, speaking: bool = False
    ) -> Entity | None:
        """The person "he said" most likely means: the last person who opens a sentence
        (the first named there, not after a preposition) in this sentence or the two
        before it, known to be of that gender; else the nearest person known to be of
        that gender there, unless a person of unknown gender opens the sentence that
        names them (the subject, the other an object); else a sentence-opening person of
        unknown gender; else the nearest person.
        ``speaking`` (a pronoun that speaks, not one whose gender is being learnt): a
        person of unknown gender who is the subject of the pronoun's own sentence, or
        introduced there with an appositive, first."""
        if gender in ("m", "f") and self.starts:
            k = bisect.bisect_right(self.starts, pos) - 1
            begin = self.starts[max(0, k - 2)]
            lo = bisect.bisect_left(self.positions, begin)
            hi = bisect.bisect_left(self.positions, pos)
            persons = {i for i in range(lo, hi) if self.mentions[i].kind == "person"}
            # "During an interview with Nora Vance, Tom Brandt said": Brandt leads
            subjects = {
                i
                for i in persons
                if not self.after_preposition(self.positions[i])
                and not self._in_opening_clause(self.positions[i])
            }
            lead_at = [
                i
                for i in range(hi - 1, lo - 1, -1)
                if i in subjects
                and ds.is_lead(self.positions, subjects, self.starts, i)
                and not self._after_subject(self.positions[i])
            ]
            leads = [self.mentions[i] for i in lead_at]
            if speaking and lead_at and self._new_subject(lead_at[0], k):
                return leads[0]
            introduced = ds.introduced(self, persons, k) if speaking else None
            if introduced is not None:
                return introduced
            found = next((e for e in leads if e.gender == gender), None)
            if found is not None:
                return found
            known = next(
                (i for i in sorted(persons, reverse=True) if self.mentions[i].gender == gender),
                None,
            )
            if known is not None:
                return self._opener_before(known, lead_at, k) or self.mentions[known]
            found = next((e for e in leads if e.gender is None), None)
            if found is not None:
                return found
        return self.pronoun(gender, pos)

    def _opener_before(self, known: int, lead_at: list[int], k: int) -> Entity | None:
        """The person of unknown gender who opens the sentence (this one or the one
        before) in which the person of the right gender is named after them ("Raynor
        Quist, a former union leader, had close ties to Governor Tom Brandt. … he
        said" is Quist)."""
        recent = self.starts[max(0, k - 1)]
        sentence = bisect.bisect_right(self.starts, self.positions[known])
        for i in lead_at:
            at = self.positions[i]
            if (
                recent <= at < self.positions[known]
                and bisect.bisect_right(self.starts, at) == sentence
                and self.is_object(self.positions[known])
                and self.mentions[i].gender is None
                and not self.after_preposition(at)
            ):
                return self.mentions[i]
        return None

    def _new_subject(self, index: int, k: int) -> bool:
        """The first person of the pronoun's own sentence (the ``k``-th), of unknown
        gender, is its subject and named alone elsewhere, as people are: "he said" after
        "Ohio developer Dale Okafor expressed dismay at the thought of Brandt" is
        Okafor, not the man whose gender the article gave earlier."""
        pos = self.positions[index]
        return (
            self.mentions[index].gender is None
            and bisect.bisect_right(self.starts, pos) - 1 == k
            and ds.opens_clause(self, pos)
            and not self.is_object(pos)
            and self.called_alone(self.mentions[index])
        )

    def called_alone(self, entity: Entity) -> bool:
        """The article also calls ``entity`` by surname alone, as news does with people."""
        if self._name_counts is None:
            self._name_counts = NameCounts(self.text)
        return self._name_counts.called_alone(entity)

    def is_object(self, pos: int) -> bool:
        """A name after a preposition ("ties to Governor Tom Brandt") or in the possessive
        ("Brandt's campaign manager") is not the subject of its sentence."""
        return self.after_preposition(pos) or _POSSESSIVE.match(self.text, pos) is not None

    def _after_subject(self, pos: int) -> bool:
        """A name after the pronoun that is its sentence's subject ("He had protested
        Brandt at a rally", "On Friday, she thanked Vance") or in an "Asked about …"
        clause is an object, not the subject."""
        begin = self._sentence_of(pos)
        return so.after_pronoun_subject(self.text, begin, pos) or so.after_description_subject(
            self.text, begin, pos
        )

    def _in_opening_clause(self, pos: int) -> bool:
        """A name in a subordinate clause that opens its sentence ("Although Brandt's
        campaign …, Nora Vance took …") is not its subject."""
        return so.in_opening_clause(self.text, self._sentence_of(pos), pos)

    def _sentence_of(self, pos: int) -> int:
        return self.starts[max(0, bisect.bisect_right(self.starts, pos) - 1)]

    def after_preposition(self, pos: int) -> bool:
        """A name after a preposition or an article ("in a Ritz Hotel ballroom", "more
        liberal than Brandt"), or joined by "and" to such a name ("between Brandt and
        Cole"), is no subject of its sentence."""
        before = self.text[max(0, pos - 80) : pos].split()[-9:]
        _pop_titles(before)  # titles: "for Mr. Brandt", "to Vice President Brandt"
        if len(before) > 1 and before[-1] in ("and", "or") and before[-2][:1].isupper():
            before.pop()  # "between Vance and Okafor": the name before, then its preposition
            for _ in range(3):
                if before and before[-1][:1].isupper():
                    before.pop()
            _pop_titles(before)
        return bool(before) and before[-1].lower() in _PREPOSITIONS

    def group_near(self, pos: int) -> Entity | None:
        """The organisation "they said" means: the nearest one named in this sentence or
        the two before it."""
        if not self.starts:
            return None
        k = bisect.bisect_right(self.starts, pos) - 1
        begin = self.starts[max(0, k - 2)]
        lo = bisect.bisect_left(self.positions, begin)
        hi = bisect.bisect_left(self.positions, pos)
        return next((e for e in reversed(self.mentions[lo:hi]) if e.kind == "org"), None)

    def by_token(self, token: str, pos: int) -> Entity | None:
        """The person a single name stands for: one whose surname it is ("Brandt" is
        Tom Brandt, not "Brandt Holdings"), else one who has that word in their name;
        the one named last before ``pos``, else the first the article names."""
        low = token.lower()
        by_surname = self.index.people_with_surname(low)
        by_word = self.index.people_with_word(low)
        found = self.index.nearest_before(by_surname, pos)
        if found is not None:
            return self._full(found)
        found = self.index.nearest_before(by_word, pos)
        if found is not None:
            return found
        if by_surname:
            return self._full(by_surname[0])
        return by_word[0] if by_word else None

    def by_token_of_gender(self, token: str, pos: int, gender: str | None) -> Entity | None:
        """``by_token``, for a titled surname ("Mrs. Marrow" after "Bill Marrow"): the
        person of that surname whose gender does not contradict the title, else None."""
        found = self.by_token(token, pos)
        if found is None or gender is None or found.gender in (None, gender):
            return found
        same = [e for e in self.index.people_with_surname(token.lower()) if e.gender == gender]
        return self.index.nearest_before(same, pos) or (same[0] if same else None)

    def _full(self, entity: Entity) -> Entity:
        """A surname recorded alone ("Varga tells graduates" in a headline) stands for
        the full name the article gives later ("President Elena Varga")."""
        if len(entity.tokens) != 1:
            return entity
        return next(
            (
                e
                for e in self.index.people_with_surname(entity.tokens[0].lower())
                if len(e.tokens) > 1 and (e.gender is None or entity.gender in (None, e.gender))
            ),
            entity,
        )

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
            return self.business(pos)
        return None


def _pop_titles(words: list[str]) -> None:
    while words and (words[-1].rstrip(".") in en.TITLE_ABBREVIATIONS or is_role_word(words[-1])):
        words.pop()


_POSSESSIVE = re.compile(r"(?:[A-Z][\w.\-]*[ \t]+){0,4}[A-Z][\w\-]*(?:’s|'s)\b")
_PREPOSITIONS = en.words(
    """
    in at on of from for by with near to into under about inside outside a an the between
    against over than among toward towards without via across around behind beyond despite
    upon within through like unlike versus after before during since until
    """
)


def _without_article(name: str) -> str:
    """ "a spokeswoman for Harbour Trust" -> "spokeswoman for Harbour Trust"."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in ("a", "an", "one") else name


# "said the woman, who spoke on condition of anonymity": news calls someone "the man" or
# "the woman" when it does not name them; the description is not a named person's.
_UNNAMED = en.words("man woman")
_NOT_SUBJECT_FIRST = en.words(
    "in on at with during after before from for by about often also later then again never"
)


def not_a_subject(phrase: str) -> bool:
    """ "in an interview", "often": words after a cue that name no one ("said in an
    interview with the Gazette that …"), so the sentence's subject speaks."""
    words = phrase.split()
    return bool(words) and phrase[:1].islower() and words[0].lower() in _NOT_SUBJECT_FIRST


def resolve_en(
    registry: Registry, mention: str, pos: int, role: str | None = None, headline: bool = False
) -> Resolved:
    """Resolve an English subject phrase found at ``pos`` (``headline``: in the title)."""
    phrase = mention.strip().strip(",")
    known = registry.match_known(phrase)
    if known is not None:
        return Resolved(known.name, role or known.role, known.id)
    low = phrase.lower()
    if not_a_subject(phrase):
        return Resolved(None, role, None)
    if low == "they":
        group = registry.group_near(pos)  # "they" is an organisation or a group, never one person
        return registry.finish(group.name, role) if group else Resolved(None, role, None)
    document = ds.document_before(registry, pos) if low == "it" else None
    if document is not None:
        return Resolved(document, role, None)
    if low in en.PRONOUNS:
        entity = person_asked(registry, pos, en.PRONOUNS[low]) or registry.pronoun_subject(
            en.PRONOUNS[low], pos, speaking=True
        )
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
    described = ds.person_descriptor(phrase)
    if described is not None and (described[0] not in _UNNAMED or described[2] is not None):
        entity = registry.by_description(pos, *described)
        if entity is not None:
            return registry.finish(entity.name, role or entity.role)
    outlet = ds.outlet(registry, words, pos)
    if outlet is not None:
        return registry.finish(outlet.name, role)
    if ds.business_noun(phrase):
        head = words[-1].lower()
        org = next(
            (e for e in registry.before(pos) if e.kind == "org" and head in e.name.lower()), None
        )
        org = org or registry.business(pos)
        if org is not None:
            return registry.finish(org.name, role)
    if (
        headline
        and phrase[:1].islower()
        and not low.endswith("s")
        and len(words) <= 3
        and words[-1].lower() not in en.ORG_HEADS
    ):
        first = registry.first_person()  # "'...', says composer" above "Morwenna Tully ..."
        if first is not None:
            return registry.finish(first.name, role or first.role)
    relation = ds.relational(phrase)  # "an aide to Mr. Reyes": the aide speaks
    if relation is not None:
        return registry.finish(relation, role)
    entity = en_entity(phrase)
    if entity is not None and entity.kind == "org":
        entity = ds.person_of(phrase) or entity
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
        return registry.finish(_without_article(entity.name), role)
    name_words, _gender = strip_titles(words)
    if len(name_words) == 1 and name_words[0][:1].isupper():
        token = name_words[0].removesuffix("’s").removesuffix("'s")
        found = registry.by_token(token, pos)
        return registry.finish(found.name if found else token, role)
    bare = low
    for det in DETERMINERS:
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
