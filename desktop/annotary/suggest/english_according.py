"""English attributions to a source before or around the content: "according to X",
"As X reported, …", and what a poll, survey or report says ("In a Gazette poll …, …")."""

from __future__ import annotations

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Subject,
    Tok,
    is_cue,
    subject_before,
)
from annotary.suggest.english_clauses import looks_like_clause
from annotary.suggest.english_content import LINKS, content_end, new_candidate, plain_content
from annotary.suggest.marks import CLOSE_MARKS, OPEN_MARKS


def as_said(text: str, toks: list[Tok], s_end: int) -> Candidate | None:
    """ "As the Gazette reported, the depot …", "As Vance told the council on Monday, …":
    the clause after the comma, said by the subject of the cue."""
    at = 1 if toks and toks[0].low in LINKS else 0
    if len(toks) < at + 6 or toks[at].low != "as":
        return None
    k = next((i for i in range(at + 2, min(len(toks), at + 10)) if toks[i].low in _AS_CUES), None)
    if k is None:
        return None
    comma = next((i for i in range(k + 1, min(len(toks), k + 8)) if toks[i].text == ","), None)
    subj = subject_before(text, toks, k)
    if comma is None or subj is None or subj.start < toks[at].end:
        return None
    cand = _clause_after(text, toks, comma, s_end, "reported.said-bare")
    if cand is None:
        return None
    cand.cue, cand.mention, cand.role = (
        (toks[k].start, toks[k].end),
        (subj.start, subj.end),
        subj.role,
    )
    return cand


_AS_CUES = en.words(
    "said says told tells reported reports noted notes wrote writes explained argued"
)


def as_put_it(text: str, toks: list[Tok]) -> tuple[int, Subject] | None:
    """ "As Nora Vance put it in her memo, “…”", "As the columnist Tom Brandt had written
    years earlier, “…”": a clause opening with "as" and ending with a comma before the
    quote names the speaker; the cue's index and its subject."""
    if len(toks) < 4 or toks[-1].text != ",":
        return None
    a = next((i for i in range(min(3, len(toks))) if toks[i].low == "as"), None)
    if a is None or any(t.low not in LINKS and t.text != "," for t in toks[:a]):
        return None
    for k in range(a + 2, min(len(toks) - 1, a + 24)):
        low = toks[k].low
        nxt = toks[k + 1].low
        if not (
            low in _AS_QUOTE_CUES
            or (low in ("put", "puts") and nxt == "it")
            or (low in ("pointed", "points") and nxt == "out")
        ):
            continue
        tail = toks[k + 1 : -1]
        # "As Vance put it in her memo explaining the deal, “…”" (not "As X said, Y told")
        if len(tail) > 12 or any(
            t.text == "," or (is_cue(t.text) and not t.low.endswith("ing")) for t in tail
        ):
            return None
        subj = subject_before(text, toks, k)
        if subj is None or subj.start < toks[a].end:
            return None
        return k, subj
    return None


_AS_QUOTE_CUES = _AS_CUES | en.words(
    """
    written observed observes sang sings declared declares remarked remarks quipped quips
    stated states warned warns
    """
)


def _in_document(text: str, toks: list[Tok], s_end: int) -> Candidate | None:
    """ "In a Harbour Gazette poll released Monday, 50 percent chose the ferry": what the
    poll, survey, study or report says, from the comma on."""
    at = 1 if toks and toks[0].low in LINKS else 0
    if len(toks) < at + 6 or toks[at].low != "in":
        return None
    comma = next((j for j in range(at + 2, min(len(toks), at + 14)) if toks[j].text == ","), None)
    if comma is None or not any(t.low in en.DOCUMENT_NOUNS for t in toks[at + 1 : comma]):
        return None
    cand = _clause_after(text, toks, comma, s_end, "reported.according-to")
    if cand is None:
        return None
    cand.cue = (toks[at].start, toks[at].end)
    cand.mention = (toks[at + 1].start, toks[comma - 1].end)
    return cand


def _clause_after(
    text: str, toks: list[Tok], comma: int, s_end: int, rule: str
) -> Candidate | None:
    """The clause after the comma at ``comma`` as reported content (0.6), if it is one."""
    rest = toks[comma + 1 :]
    if not (looks_like_clause(rest) or plain_content(rest)) or text[rest[0].start] in OPEN_MARKS:
        return None
    return new_candidate(
        rest[0].start, content_end(text, rest[0].start, s_end), "indirect", rule, 0.6
    )


def according(text: str, toks: list[Tok], s_start: int, s_end: int) -> Candidate | None:
    """The content and source of "According to X, …", "…, according to X", "In a poll …, …"."""
    found = _in_document(text, toks, s_end)
    if found is not None:
        return found
    for k in range(len(toks) - 1):
        if toks[k].low != "according" or toks[k + 1].low != "to":
            continue
        j = k + 2
        while j < len(toks) and toks[j].text not in ",.;":
            j += 1
        if j == k + 2 or j - (k + 2) > 16:
            return None
        mention = (toks[k + 2].start, toks[j - 1].end)
        if toks[j - 1].low in en.NONSPEAKER_SOURCES and not toks[j - 1].text[:1].isupper():
            return None  # "according to the figures" (not "the Bureau of Labor Statistics")
        cue = (toks[k].start, toks[k + 1].end)
        opening = k == 0 or (k == 1 and toks[0].low in LINKS)  # "But according to X, …"
        second: tuple[int, int] | None = None
        if opening and j < len(toks) and toks[j].text == ",":
            start, end = toks[j].end, content_end(text, toks[j].end, s_end)
        elif k > 0 and toks[k - 1].text == ",":
            start, end = toks[0].start, toks[k - 1].start
            rest = toks[j + 1 :] if j < len(toks) and toks[j].text == "," else []
            if len([t for t in rest if t.text[:1].isalnum()]) >= 2 and rest[0].text[:1].isalnum():
                # "G4S receives, according to one report, $2 million a year": both parts
                second = (rest[0].start, content_end(text, rest[0].start, s_end))
        elif k > 2 and toks[k - 1].text in CLOSE_MARKS:
            start, end = toks[0].start, toks[k - 1].end  # "… a “root canal,” according to X"
        elif k > 2 and toks[k - 1].text[:1].isalnum() and _source_named(toks[k + 2 : j]):
            start, end = toks[0].start, toks[k - 1].end  # "… by 271 votes according to a count"
        else:
            return None
        while start < end and text[start].isspace():
            start += 1
        if end - start < (1 if second else 12) or text[start] in OPEN_MARKS:
            return None
        cand = new_candidate(start, end, "indirect", "reported.according-to", 0.7)
        if second is not None and second[1] > second[0]:
            cand.segments, cand.end = ((start, end), second), second[1]
        cand.cue, cand.mention = cue, mention
        return cand
    return None


def _source_named(source: list[Tok]) -> bool:
    """A source that is a document or has a name: "a count by the Gazette", "the poll"."""
    return any(t.low in en.DOCUMENT_NOUNS or t.text[:1].isupper() for t in source)
