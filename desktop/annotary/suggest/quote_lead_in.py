"""The speaker of a quote with no attribution of its own, from the sentence that leads into
it ("Hollis shot back, “…”", "The letter continues: “…”", "Recently she announced, “…”"),
and where a quote stands in its paragraph."""

from __future__ import annotations

import bisect
import re

from annotary.suggest import english_direct
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Subject,
    is_cue,
    subject_before,
    tokens,
)
from annotary.suggest.english_late import LATE_VERBS
from annotary.suggest.english_name_role import name_after_role, pre_name_role
from annotary.suggest.english_names import LEADING_NOISE, en_entity
from annotary.suggest.lead_in_description import described_subject
from annotary.suggest.speakers import Registry, Resolved, resolve_en

_LEAD_VERB = re.compile(r"\b(?:\w+ing|continued|continues|reads|read|wrote|writes|added|adds)$")
_LEAD_SUBJECT = re.compile(
    r"(?:(?:But|And|Then|Later|Still),?\s+)?(?P<np>He|She|They|(?:The|the|This|His|Her|Its)\s+"
    r"[a-z][\w\-]+|(?:the\s+)?[A-Z][\w’'\-.]*(?:\s+[A-Z][\w’'\-.]*){0,3})\b"
)


# "After Nora Vance criticized him, Hollis shot back, “…”": the main clause speaks
_SUBORDINATE = re.compile(
    r"(?:(?:Soon|Shortly|Moments|Just|Right)\s+)?(?:When|After|As|While|Before|Since|Once|"
    r"Until|Although|Though|Because|If)\s[^,;:“”\"]{3,120},\s*"
)
# a title or a word in quotes inside the lead-in ("shared a syllabus for “Perception”")
_SHORT_QUOTED = re.compile(r"“[^“”\"\n]{1,40}”|\"[^“”\"\n]{1,40}\"")
# a second main clause with its own subject and verb before the colon
_AND_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:[A-Z][\w’'.\-]*\s+){1,4}[a-z]+\s*[,:]?\s*$)")
_ACCORDING_TO = re.compile(r"According\s+to\s+(?P<np>[^,:;“”\"]{2,60}?)\s*[,:]\s*$")


def lead_in_speaker(text: str, cand: Candidate, registry: Registry) -> Resolved | None:
    """ "Hollis: “…”", "Moore shot back, “…”", "He continued, “…”", "The letter continues:
    “…”", "…, writing “…”": the subject of the sentence that leads into the quote with a
    comma, a colon or a participle: a person who opens it, else its opening pronoun or
    noun phrase."""
    if cand.language not in ("", "en") or not registry.starts:
        return None
    at = _lead_paragraph(text, cand.start) or cand.start  # "…in the following way:\n\n“…”"
    k = bisect.bisect_right(registry.starts, at - 1) - 1
    begin = max(registry.starts[k] if k >= 0 else 0, paragraph_start(text, at - 1))
    before = text[begin:at].rstrip(" “\"‘'").rstrip()
    if any(c in _SHORT_QUOTED.sub("", before) for c in '“”"') or not (
        before.endswith((",", ":")) or _LEAD_VERB.search(before)
    ):
        return None
    label = english_direct.DASH_LABEL.search(before)
    if label is not None:  # "Pollsters agree - Nora Vance:": a digest's source label
        found = resolve_en(registry, label.group("np"), begin + label.start("np"))
        return found if found.name else None
    according = _ACCORDING_TO.match(text, begin, begin + len(before))
    if according is not None:  # "According to Harbour Watch:"
        phrase = according.group("np")
        person = en_entity(phrase.split(" of ")[0])  # "Tom Brandt of the Harbour Institute"
        if person is not None and person.kind == "person":
            phrase = phrase.split(" of ")[0]
        found = resolve_en(registry, phrase, according.start("np"))
        return found if found.name else None
    end = begin + len(before)
    main = _SUBORDINATE.match(text, begin, end)
    begin = main.end() if main else begin
    joined = list(_AND_CLAUSE.finditer(text, begin, end))
    if joined:  # "The Gazette made the same claim, and Harbour News responded:"
        begin = joined[-1].end()
    described = described_subject(text, begin, end, registry)
    if described is not None:  # "Brandt's letter makes the case:"
        return described
    cued = _cue_subject(text, begin, end)
    if cued is not None:  # "…, the convention committee said about its plan for X:"
        found = resolve_en(registry, text[cued.start : cued.end], cued.start, cued.role)
        if found.name:
            return found
    entity = registry.last_lead_between(begin, cand.start)
    if entity is not None and entity.kind == "person":
        return registry.finish(entity.name, entity.role)
    opening = _LEAD_SUBJECT.match(text, begin, end)
    time = _TIME_OPENING.match(text, begin, end)
    if time is not None:  # "The next day, her account posted:": the clause after it
        opening = _LEAD_SUBJECT.match(text, time.end(), end) or opening
    if opening is None:
        return None
    phrase = _longer_description(text, opening, end)
    np_start = opening.start("np")
    named_end = name_after_role(text, np_start, np_start + len(phrase))
    if named_end > np_start + len(phrase):  # "Band member Zed shared …, writing “…”"
        named, _ = pre_name_role(text, Subject(np_start, named_end, None))
        np_start, phrase = named.start, text[named.start : named.end]
    if phrase.lower() in LEADING_NOISE:
        return None  # "Later on Sunday, …": an adverb, no subject
    if (
        phrase[:1].isupper()
        and phrase.split()[0] not in ("He", "She", "They", "The", "This")
        and len(phrase.split()) == len(before.rstrip(",:").split()) > 2
    ):
        return None  # a whole headline in capitals, not a name
    found = resolve_en(registry, phrase, np_start)
    return found if found.name else None


_TIME_OPENING = re.compile(
    r"(?:The|That|This|Each|Every|Last|Next)\s+(?:\w+\s+){0,2}?"
    r"(?:day|night|morning|evening|afternoon|week|weekend|month|year|time),\s*"
)
_NEXT_WORD = re.compile(r"\s+([a-z][a-z\-]+)\b")
_NOT_IN_NP = frozenset(["has", "had", "was", "is", "will", "would", "also", "then", "again"])


def _cue_subject(text: str, begin: int, end: int) -> Subject | None:
    """The subject of the one speech verb of a lead-in that ends in a colon, when it
    follows an opening phrase and a comma ("In a press release, the committee said about
    …:"), so the names after the verb are not taken for the speaker."""
    toks = tokens(text, begin, end)
    if not toks or toks[-1].text != ":":
        return None
    cues = [k for k, t in enumerate(toks) if t.text.islower() and is_cue(t.text)]
    if len(cues) != 1 or cues[0] < 2 or toks[cues[0] - 1].text == ",":
        return None
    subj = subject_before(text, toks, cues[0])
    if subj is None or text[subj.start : subj.end].split()[0].lower() in ("it", "this", "that"):
        return None
    return subj


def _longer_description(text: str, opening: re.Match[str], end: int) -> str:
    """ "The presidential candidate reiterated:": a determiner's noun phrase goes on to
    its last word before the verb (the regex stops after its first word)."""
    phrase = opening.group("np")
    words = phrase.split()
    if len(words) != 2 or words[0] not in ("The", "the", "This", "His", "Her", "Its"):
        return phrase
    stop = opening.end("np")
    for _ in range(2):
        m = _NEXT_WORD.match(text, stop, end)
        nxt = _NEXT_WORD.match(text, m.end(), end) if m is not None else None
        if m is None or nxt is None or _verb_like(m.group(1)) or not _verb_like(nxt.group(1)):
            break  # extend only up to a word followed by its verb
        stop = m.end()
    return text[opening.start("np") : stop]


def _verb_like(low: str) -> bool:
    return low.endswith("ed") or low in _NOT_IN_NP or is_cue(low) or low in LATE_VERBS


def colon_before(text: str, cand: Candidate, paras: list[int]) -> bool:
    """Whether a colon (or a lead paragraph ending in one) leads into the quote."""
    before = text[paras[cand.paragraph] : cand.start].rstrip(" “\"«„「『‘'").rstrip()
    return before.endswith(":") or (not before and _lead_paragraph(text, cand.start) is not None)


def _lead_paragraph(text: str, start: int) -> int | None:
    """ "The Harbour Trust describes itself this way:" then a paragraph that opens with
    the quote: where the paragraph before ends (its colon), else None."""
    para = paragraph_start(text, start)
    if text[para:start].strip(" “\"«„「『‘'") or para < 2:
        return None
    end = len(text[:para].rstrip())
    return end if text[end - 1 : end] == ":" else None


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` begins."""
    return text.rfind("\n", 0, pos) + 1


def para_body(text: str, start: int) -> int:
    """The first character after the opening marks and spaces from ``start``."""
    while start < len(text) and text[start] in " “\"«„「『‘'":
        start += 1
    return start


def at_sentence_start(text: str, start: int, para_start: int) -> bool:
    """Whether the quote at ``start`` opens a sentence of its paragraph."""
    before = text[para_start:start].rstrip(" “\"«„「『‘'").rstrip()
    return not before or before[-1] in ".!?:。！？：”」"


_OPENER_THEN_PRONOUN = re.compile(
    r"(?:Along|On|In|At|Recently|Later|Earlier|After|Before|During)\b[^.!?“”\"]{0,80}?"
    r"\b(?P<p>he|she)\b[^.!?“”\"]*[,:]\s*$"
)


def opener_then_pronoun(text: str, cand: Candidate, registry: Registry) -> Resolved | None:
    """ "Along with the photo, he had posted: “…”", "Recently she announced, “…”": the
    pronoun after an opening phrase leads into the quote, not the phrase ("Along")."""
    if cand.language not in ("", "en") or not registry.starts:
        return None
    k = bisect.bisect_right(registry.starts, cand.start) - 1
    begin = max(registry.starts[k] if k >= 0 else 0, paragraph_start(text, cand.start))
    before = text[begin : cand.start].rstrip(" “\"‘'")
    pronoun = _OPENER_THEN_PRONOUN.match(before)
    if pronoun is None:
        return None
    found = resolve_en(registry, pronoun.group("p"), begin + pronoun.start("p"))
    return found if found.name else None
