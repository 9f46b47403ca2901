"""The carry-over of speakers between sentences: a "he said" that means the one who spoke
last, whether a suggestion's speaker leads its sentence, a cue that speaks for the subject of
its sentence."""

from __future__ import annotations

import bisect
import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.pronoun_asked import person_asked
from annotary.suggest.quote_lead_in import paragraph_start
from annotary.suggest.sentence_openings import pronoun_after_opening
from annotary.suggest.speakers import Registry, Resolved, resolve_en


def previous_speaker(
    text: str,
    cand: Candidate,
    registry: Registry,
    lang: str,
    last: tuple[int, str | None, str | None] | None,
    last_end: int,
) -> Resolved | None:
    """ "…," he said: the person who spoke last (in this paragraph or the two before),
    when nobody new leads a sentence since.

    News keeps the speaker of the previous quote as the topic; the nearest name
    before a pronoun is often someone the speaker talks about.
    """
    if lang != "en" or cand.mention is None or last is None or last[1] is None:
        return None
    if cand.paragraph - last[0] > 2:
        return None
    pronoun = text[cand.mention[0] : cand.mention[1]].strip().lower()
    gender = {"he": "m", "she": "f"}.get(pronoun)
    if gender is None:
        return None
    asked = person_asked(registry, cand.mention[0], gender)
    if asked is not None and asked.name != last[1]:
        return None  # "Vance asked Okafor how high …" : “…,” he said is Okafor
    entity = next((e for e in registry.entities if e.name == last[1]), None)
    if entity is None or entity.kind != "person" or entity.gender not in (None, gender):
        return None
    begin = after_attribution(registry, last_end, cand.mention[0])
    if registry.subject_between(begin, cand.mention[0]) not in (None, entity):
        return None
    return Resolved(last[1], entity.role, last[2])


def speaker_leads(text: str, cand: Candidate, registry: Registry, name: str) -> bool:
    """False for reported speech whose speaker does not lead its sentence: in a
    subordinate clause ("Brandt did not sound certain when Whitcombe asked whether …"),
    or after the sentence's subject ("Quist replied to reports that Brandt had …").
    The sentence is about its subject, and a "he said" after it means the subject.
    Names inside the reported words, after a preposition or in the possessive, and in
    an opening clause ("While he backs Ott, Vance says …") do not lead."""
    if cand.quote_type == "direct" or cand.mention is None:
        return True
    before = text[max(0, cand.mention[0] - 12) : cand.mention[0]].split()
    pronoun = text[cand.mention[0] : cand.mention[1]].lower() in en.PRONOUNS
    if pronoun:
        return True
    if before and before[-1].lower() in _SUBORDINATORS:
        return False
    if not registry.starts:
        return True
    at = cand.mention[0]
    begin = registry.starts[max(0, bisect.bisect_right(registry.starts, at) - 1)]
    opening = text[begin : begin + 12].split()[:1]
    if opening and opening[0].lower() in _SUBORDINATORS | {"if", "though"}:
        begin = max(begin, text.rfind(",", begin, at))
    lo = bisect.bisect_left(registry.positions, begin)
    hi = bisect.bisect_left(registry.positions, at)
    segments = cand.segments or ((cand.start, cand.end),)
    first = next(
        (
            e
            for e, p in zip(registry.mentions[lo:hi], registry.positions[lo:hi], strict=True)
            if e.kind == "person"
            and not any(s <= p < end for s, end in segments)
            and not registry.is_object(p)
        ),
        None,
    )
    return first is None or first.name == name


_SUBORDINATORS = frozenset(
    ["when", "as", "after", "before", "while", "because", "until", "since", "once", "although"]
)


_SUBJECT_PRONOUN = re.compile(r"[\s“\"‘']*(?:\w+\s+)?(?P<p>He|She|They|he|she|they)\b")


def sentence_subject(text: str, cand: Candidate, registry: Registry) -> Resolved | None:
    """ "Weaver did not seem impressed, telling reporters, “…”", "He then adopted an
    accent and joked, “…”": a cue with no subject of its own (a participle, a second
    verb) speaks for the subject of its sentence: an opening pronoun, else the first
    person named in the sentence before the cue."""
    if cand.cue is None or not registry.starts:
        return None
    cue = cand.cue[0]
    k = bisect.bisect_right(registry.starts, cue) - 1
    begin = max(registry.starts[k] if k >= 0 else 0, paragraph_start(text, cue))
    pronoun = _SUBJECT_PRONOUN.match(text, begin, cue) or pronoun_after_opening(text, begin, cue)
    if pronoun is not None:
        return resolve_en(registry, pronoun.group("p"), pronoun.start("p"))
    lo = bisect.bisect_left(registry.positions, begin)
    hi = bisect.bisect_left(registry.positions, cue)
    person = next((e for e in registry.mentions[lo:hi] if e.kind == "person"), None)
    return registry.finish(person.name, person.role) if person is not None else None


def after_attribution(registry: Registry, start: int, end: int) -> int:
    """Where the sentence after ``start`` begins (at most ``end``): the names in the
    attribution of the previous quote ("…,” said a member who backs Kline, asking …)
    are not a new speaker for the quote that continues it."""
    k = bisect.bisect_left(registry.starts, start)
    return min(registry.starts[k], end) if k < len(registry.starts) else end
