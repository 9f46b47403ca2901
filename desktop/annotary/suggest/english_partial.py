"""English quotes that are not a whole utterance: a quoted fragment inside a reported clause
(``partly_quoted``) and titles in quote marks (``is_title``)."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Tok,
    is_cue,
    subject_before,
    tokens,
)
from annotary.suggest.english_content import (
    TELL,
    content_end,
    first_name,
    new_candidate,
)
from annotary.suggest.marks import OPEN_MARKS, Quoted

# -- partly quoted paraphrase --------------------------------------------------------
# Words after which a quote still takes in the whole content: the cue's object or the
# conjunction that opens the content ("told reporters “…”", "said that “…”", "as “…”").
_WHOLE_AFTER = frozenset(["that", "as", "whether", "if", "it"])
# "said on Monday “…”", "said in a statement “…”": the words between are no part of it.
_ADJUNCT_START = en.words(
    """in on at during before after from via through yesterday today tonight earlier later
    again also afterwards last monday tuesday wednesday thursday friday saturday sunday"""
)
# "the co-author of “…”", "said on ABC's “…”": a title, not speech
_BEFORE_TITLE = en.words("of on in for from with by to at about")
_DETERMINERS = frozenset(["a", "an", "the", "his", "her", "their", "its", "this"])
_PARTIAL_STOP = re.compile(en.FULL_STOP + r"|[!?;(\n]|[,—–](?=\s)")


def partly_quoted(
    text: str,
    masked: str,
    q: Quoted,
    cand: Candidate | None,
    limit_before: int,
    limit_after: int,
) -> Candidate | bool:
    """A quote that is one part of a clause ('called Mayor Ott “reckless”', 'Marlow says
    Hollis “has a record”', 'said “it gets me mad” every time …') gives the whole clause
    as reported speech of the cue's subject. False: the quote is whole (a direct quote);
    True: it is part of a clause no cue governs (a scare quote, a title: no suggestion)."""
    before = text[limit_before : q.open_at].rstrip(" \u00a0")
    toks = tokens(text, limit_before, limit_before + len(before))
    content = text[q.start : q.end].rstrip()
    cue = _cue_before(toks)
    if toks and _names_a_title(toks, content):
        return True  # said on Channel 5's “Morning Report,”; in his book, “A Long Road.”
    inside = bool(toks) and before[-1:].isalnum() and _inside_clause(text, toks, cue, q)
    ends = content[-1:] in ".!?"  # “…unhinged.” ends its sentence
    tail = q.close_at + 1 if ends else _tail(masked, q.close_at + 1, limit_after)
    # said “it gets me mad” every time …: the clause goes on after the quote
    continues = (
        not inside
        and cue is not None
        and cue == len(toks) - 1
        and content[-1:] not in ".,!?;:…—-"
        and len(content.split()) >= 3
        and text[q.close_at + 1 : tail].strip()[:1].islower()
    )
    # If it passes, “we could reach everyone,” he said: the quote ends the writer's clause
    lead = (
        cue is None
        and before.endswith(",")
        and content[:1].islower()
        and len(toks) > 2
        and toks[0].low not in _ADJUNCT_START  # On Sunday, “…,” she said: whole
    )
    if not inside and not continues and not lead:
        return _interrupted(text, toks, cue, q, content)
    if cue is not None and en.WHAT_CALLED.search(before):
        return True  # what prosecutors described as a network of “ghost contracts”
    if cue is None:
        if lead and cand is None:
            return False  # “…,” he continued, “…”: an attribution the rules cannot read
        title = toks[-1].low in _BEFORE_TITLE or toks[-1].low.endswith(("'s", "’s"))
        if cand is None and content[:1].isupper() and ends and not title:
            return False  # the plan was always “Build first, then ask.”
        if cand is None or cand.cue is None or cand.cue[0] < q.close_at:
            return True
        # Hollis “has a track record,” Marlow said.
        found = new_candidate(
            toks[0].start, q.close_at + 1, "indirect", "reported.partly-quoted", 0.65
        )
        found.cue, found.mention, found.role = cand.cue, cand.mention, cand.role
        return found
    start = toks[cue + 1].start if cue + 1 < len(toks) else q.open_at
    if cue + 2 < len(toks) and toks[cue + 1].low == "that":
        start = toks[cue + 2].start
    end = max(q.close_at + 1, content_end(text, q.close_at + 1, tail))
    found = new_candidate(start, end, "indirect", "reported.partly-quoted", 0.65)
    found.cue = (toks[cue].start, toks[cue].end)
    subj = subject_before(text, toks, cue)
    if subj is not None:
        found.mention, found.role = (subj.start, subj.end), subj.role
    else:
        found.mention = first_name(text, toks, cue)
    if found.mention is None and cand is not None and cand.cue and cand.cue[0] > q.close_at:
        found.cue, found.mention, found.role = cand.cue, cand.mention, cand.role
    if found.mention is None:
        found.confidence = 0.5
    return found


def _interrupted(
    text: str, toks: list[Tok], cue: int | None, q: Quoted, content: str
) -> Candidate | bool:
    """'An early slump, Ms. Vale said, “would be no reason to panic.”': a clause begun
    before its attribution and finished in the quote; reported, in two parts around it."""
    if cue is None or not content[:1].islower() or toks[-1].text != ",":
        return False
    if len(toks) - cue > 4:
        return False  # the cue and at most a short hearer: 'X told reporters,'
    comma = next((k for k in range(cue - 1, 0, -1) if toks[k].text == ","), None)
    if comma is None or cue - comma > 6 or any(t.text in OPEN_MARKS for t in toks):
        return False
    if toks[0].low in _ADJUNCT_START or comma < 2:
        return False  # 'On Monday, Ms. Vale said, “we …”', 'But, she said, “…”': whole
    subj = subject_before(text, toks, cue)
    if subj is None or subj.start != toks[comma + 1].start or toks[cue].low.endswith("ing"):
        return False  # 'Minutes later, she sent an email saying, “done.”': whole
    first = (toks[0].start, toks[comma - 1].end)
    found = new_candidate(first[0], q.close_at + 1, "indirect", "reported.partly-quoted", 0.65)
    found.segments = (first, (q.open_at, q.close_at + 1))
    found.cue = (toks[cue].start, toks[cue].end)
    found.mention, found.role = (subj.start, subj.end), subj.role
    return found


def is_title(text: str, q: Quoted) -> bool:
    """'on CNN's “State of the Union”', 'in his book, “A Long Road.”': a title, not speech
    (it never splits a quote around its attribution either)."""
    start = max(text.rfind("\n", 0, q.open_at) + 1, q.open_at - 60)
    toks = tokens(text, start, q.open_at)
    return bool(toks) and _names_a_title(toks, text[q.start : q.end].rstrip())


def _names_a_title(toks: list[Tok], content: str) -> bool:
    """A short title-cased quote after an owner ('s) or a title word and a comma."""
    words = content.rstrip(".,!?;:").split()
    if not words or len(words) > 6 or not all(w[:1].isupper() or len(w) <= 3 for w in words):
        return False
    last = toks[-1].low
    if last.endswith(("'s", "’s")):
        return True
    return (
        last == "," and len(toks) > 1 and en.TITLE_CONTEXT.search(toks[-2].text + ",") is not None
    )


def _inside_clause(text: str, toks: list[Tok], cue: int | None, q: Quoted) -> bool:
    """Whether the words before a quote make it part of a clause: 'called Mayor Ott “…”',
    'Hollis “…”' — not 'said “…”', 'told CNN “…”', 'said that “…”', 'said on Monday “…”',
    'described it as “…”', nor a whole sentence quoted ('told the paper “We will win.”')."""
    if not toks[-1].text[:1].isalnum():
        return False
    if cue is None:
        return True
    content = text[q.start : q.end].rstrip()
    between = [t.low for t in toks[cue + 1 :]]
    if not between or between[-1] in _WHOLE_AFTER:
        return False
    if toks[cue].low in TELL and len(between) <= 3:
        return False  # told reporters “…”: the hearer, not the content
    after = text[q.close_at + 1 : q.close_at + 2]
    if content[:1].isupper() and (content[-1:] in ".!?" or after in ".!?"):
        return False
    if (between[0] in _ADJUNCT_START and len(between) <= 8) or all(
        w.endswith("ly") for w in between
    ):
        return False
    # called the closure “a sad day but the right decision”: a whole description
    return not (toks[cue].low in en.NAMING_VERBS and len(content.split()) > 5)


def _cue_before(toks: list[Tok]) -> int | None:
    """The last speech verb of the words before a quote (within twelve words)."""
    seen = 0
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].text[:1].isalnum():
            seen += 1
        if seen > 12:
            return None
        if is_cue(toks[k].text) and (k == 0 or toks[k - 1].low not in _DETERMINERS):
            return k
    return None


def _tail(masked: str, start: int, limit: int) -> int:
    """Where the clause that goes on after a closing quote mark ends."""
    stop = _PARTIAL_STOP.search(masked, start, limit)
    return stop.start() if stop else limit
