"""English attributions after the content: "…, X said." / "…, said X, the …" / "…, he
said, …", and participles: "X rejected the plan, saying it would cost too much"."""

from __future__ import annotations

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Tok,
    subject_after,
    subject_before,
)
from annotary.suggest.english_clauses import looks_like_clause
from annotary.suggest.english_content import (
    ADVERBIAL,
    FOUND,
    LINKS,
    REPORT_VERBS,
    TELL,
    content_end,
    first_name,
    last_word,
    new_candidate,
    past_hearer,
    plain_content,
)
from annotary.suggest.marks import CLOSE_MARKS, OPEN_MARKS

_TRAIL_VERBS = REPORT_VERBS | FOUND


# What may follow "…, X said": "on Monday", "Thursday", "earlier", "in a statement".
_AFTER_TRAILING_VERB = en.words(
    """on in at during last after yesterday today earlier afterwards monday tuesday wednesday
    thursday friday saturday sunday"""
)
# Openers of an unnamed source after the verb: "…, said several observers", "said an aide".
_UNNAMED_OPENERS = en.words("a an several many some two three four five one other")


def participle(text: str, toks: list[Tok], k: int, s_end: int) -> Candidate | None:
    """ "Darrow rejected the plan on Monday, saying (that) it would cost too much": the
    clause after the participle, said by the name that opens the sentence."""
    if k < 1 or (toks[k - 1].text not in (",", "–", "—") and toks[k - 1].low not in _BEFORE_ING):
        return None
    subject = first_name(text, toks, 2)
    if subject is None and toks[0].low in ("he", "she", "they"):
        subject = (toks[0].start, toks[0].end)  # "He attacked the plan, saying …"
    if subject is None:
        subject = first_name(text, toks, k)  # "…, Vance saying he was encouraged"
    if subject is None:
        return None
    rest = toks[k + 1 :]
    j = 1 if rest and rest[0].low == "that" else 0
    if j == 0 and not (looks_like_clause(rest) or plain_content(rest)):
        return None
    if len([t for t in rest[j:] if t.text[:1].isalnum()]) < 3 or text[rest[j].start] in OPEN_MARKS:
        return None
    cand = new_candidate(
        rest[j].start, content_end(text, rest[j].start, s_end), "indirect", "reported.saying", 0.6
    )
    cand.cue = (toks[k].start, toks[k].end)
    cand.mention = subject
    return cand


# What may stand right before a participle cue other than a comma ("by saying", "Vance saying").
_BEFORE_ING = en.words("by after while before is was were are been also initially repeatedly")


def trailing(text: str, toks: list[Tok], k: int, s_start: int, s_end: int) -> Candidate | None:
    """..., X said. / ..., said X, the ... / ..., the ministry said on Tuesday, with ..."""
    verb = toks[k]
    if verb.low not in _TRAIL_VERBS:
        return None
    comma = None
    j = k - 1
    while j >= 0 and k - j <= 8:
        if toks[j].text == ",":
            comma = j
            break
        if toks[j].text in OPEN_MARKS + CLOSE_MARKS:
            return None
        j -= 1
    if comma is None:
        return None
    subj = None
    if comma < k - 1:
        subj = subject_before(text, toks, k)
        if subj is None or subj.start < toks[comma].end:
            return None
        if verb.low == "found" and last_word(text, subj) not in en.DOCUMENT_NOUNS:
            return None  # "…, inspectors found": a finding, not something said
    else:
        subj = subject_after(text, toks, k)
        if subj is None or verb.low.endswith("ing"):
            return None
        head = text[subj.start : subj.end].split()
        unnamed = head[0].lower() in ("the", *_UNNAMED_OPENERS)
        if not head[-1][:1].isupper() and not unnamed:
            return None
    after = [t for t in toks[k + 1 :] if t.text[:1].isalnum()]
    if comma < k - 1 and after:
        nxt = toks[past_hearer(toks, k) if verb.low in TELL else k + 1]
        if nxt.text not in ",." and nxt.low not in _AFTER_TRAILING_VERB:
            return None
    start = toks[0].start
    if text[start] in OPEN_MARKS or text[toks[comma - 1].end - 1] in CLOSE_MARKS:
        return None
    words = [t for t in toks[:comma] if t.text[:1].isalnum()]
    second = _continuation(text, toks, k, s_end) if comma < k - 1 else None
    if second is not None and len(words) == 1 and words[0].low in LINKS:
        # "But, he said, it is a risky strategy": the part after the attribution
        cand = new_candidate(second[0], second[1], "indirect", "reported.trailing-said", 0.72)
        cand.cue, cand.mention = (verb.start, verb.end), (subj.start, subj.end)
        cand.role = subj.role
        return cand
    if len(words) < (1 if second is not None else 3) or comma < 1:
        return None
    cand = new_candidate(start, toks[comma].start, "indirect", "reported.trailing-said", 0.72)
    if second is not None:
        # "Many of the closures, he said, have involved public courses": both parts
        cand.segments = ((start, toks[comma].start), second)
        cand.end = second[1]
    cand.cue = (verb.start, verb.end)
    cand.mention = (subj.start, subj.end)
    cand.role = subj.role
    return cand


def _continuation(text: str, toks: list[Tok], k: int, s_end: int) -> tuple[int, int] | None:
    """The rest of a sentence that goes on after a parenthetical "…, he said, …"."""
    j = k + 1
    while j < len(toks) and toks[j].low in ADVERBIAL and j - k <= 3:
        j += 1
    if j + 1 >= len(toks) or toks[j].text != ",":
        return None
    rest = toks[j + 1 :]
    if len([t for t in rest if t.text[:1].isalnum()]) < 2 or not rest[0].text[:1].isalnum():
        return None
    if rest[0].low in _PARTICIPLE_CUES:
        return None  # "…, he said, adding that …": the next attribution
    end = content_end(text, rest[0].start, s_end)
    return (rest[0].start, end) if end > rest[0].start else None


_PARTICIPLE_CUES = frozenset(["saying", "adding", "arguing", "insisting", "warning", "noting"])
