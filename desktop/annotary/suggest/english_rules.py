"""English reported speech (``reported``): "X said (that) …", "X told Y that …", "X urged
Y to …", cues beyond plain speech ("the report found that", "asked whether"), and a second
attribution of the same speaker ("…, adding that …")."""

from __future__ import annotations

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Tok,
    subject_before,
    tokens,
)
from annotary.suggest.english_according import according, as_said
from annotary.suggest.english_clauses import looks_like_clause, sentence_bounds
from annotary.suggest.english_content import (
    ADVERBIAL,
    FOUND,
    NOT_CONTENT,
    REPORT_VERBS,
    TELL,
    content_end,
    first_name,
    last_word,
    new_candidate,
    past_hearer,
    plain_content,
)
from annotary.suggest.english_trailing import participle, trailing
from annotary.suggest.marks import OPEN_MARKS


# -- reported speech -----------------------------------------------------------------
def reported(masked: str, para_start: int, para_end: int) -> list[Candidate]:
    found: list[Candidate] = []
    for s_start, s_end in sentence_bounds(masked, para_start, para_end):
        pos = s_start
        while pos < s_end:
            cand = _reported_sentence(masked, pos, s_end)
            if cand is None:
                break
            if cand.mention is None and found and pos > s_start:
                cand.mention, cand.role = found[-1].mention, found[-1].role  # "… but insists"
            found += _follow_on(masked, cand, s_end)
            if cand.rule == "reported.trailing-said":
                break  # "…, said X, chief economist at Y, adding that …": X's appositive
            # "Amos said the depot would close and Ruth Abara told reporters that …"
            pos = max(found[-1].end, *(cand.cue or ()), *(cand.mention or ())) + 1
    return found


# Participles that open a second attribution of the same speaker: "…, adding that …".
_FOLLOW_ON = en.words(
    """saying adding arguing insisting warning noting suggesting telling stating acknowledging
    claiming asserting explaining conceding admitting alleging announcing implying reminding
    complaining predicting vowing promising pledging threatening urging declaring contending
    charging maintaining"""
)


_SHARED_SUBJECT_CUES = en.words(
    """says said adds added argues argued insists insisted warns warned notes noted claims
    claimed told tells acknowledges acknowledged admits admitted concedes conceded suggests
    suggested predicts predicted"""
)


def _follow_on(text: str, cand: Candidate, s_end: int) -> list[Candidate]:
    """ "X said A, adding that B": A said, and B added, by the same speaker; the content
    of the first stops before the participle. "X said A and Y said B": the content of the
    first stops before "and" (the caller then finds the second)."""
    if cand.segments or cand.cue is None:
        return [cand]
    toks = tokens(text, max(cand.start, cand.cue[1]), cand.end)
    for k in range(2, len(toks) - 2):
        if toks[k - 1].low in ("and", "but") and toks[k].low in _SHARED_SUBJECT_CUES:
            # "She says A but insists B": B is a second attribution of hers
            end = content_end(text, cand.start, toks[k - 1].start)
            if end - cand.start >= 8:
                cand.end = end
            return [cand]
        if toks[k].low not in _CORE_SAY and toks[k].low not in TELL:
            continue
        subj = subject_before(text, toks, k)
        if subj is None or not text[subj.start : subj.start + 1].isupper():
            continue
        before = [t for t in toks[:k] if t.end <= subj.start]
        if before and before[-1].low in ("and", "but", ",", ";", "while", "whereas"):
            end = content_end(text, cand.start, before[-1].start)
            if end - cand.start >= 8:
                cand.end = end
            return [cand]
    for k in range(1, len(toks) - 1):
        if toks[k].low not in _FOLLOW_ON or toks[k - 1].text not in (",", "—", "–"):
            continue
        rest = toks[k + 1 :]
        if rest and rest[0].low == "that":
            rest = rest[1:]
        elif toks[k].low in ("urging", "vowing", "promising", "pledging", "threatening"):
            rest = rest[1:] if rest and rest[0].low == "to" else []
        elif not looks_like_clause(rest):
            continue
        if len([t for t in rest if t.text[:1].isalnum()]) < 2 or text[rest[0].start] in OPEN_MARKS:
            continue
        end = content_end(text, cand.start, toks[k - 1].start)
        if end - cand.start < 8:
            return [cand]
        second = new_candidate(
            rest[0].start,
            content_end(text, rest[0].start, s_end),
            "indirect",
            "reported.saying",
            0.6,
        )
        second.cue, second.mention, second.role = (
            (toks[k].start, toks[k].end),
            cand.mention,
            cand.role,
        )
        cand.end = end
        return [cand, second]
    return [cand]


def _reported_sentence(text: str, s_start: int, s_end: int) -> Candidate | None:
    toks = tokens(text, s_start, s_end)
    if not toks:
        return None
    acc = according(text, toks, s_start, s_end) or as_said(text, toks, s_end)
    if acc is not None:
        return acc
    for k, tok in enumerate(toks):
        called_on = tok.low in ("call", "called", "calls") and _next_is(toks, k, "on")
        if (
            tok.low not in REPORT_VERBS
            and tok.low not in ("finds", "shows")
            and tok.low not in en.REPORTED_CUES
            and not called_on
        ):
            if tok.low == "found":
                late = trailing(text, toks, k, s_start, s_end)  # "…, the poll found."
                if late is not None:
                    return late
            more = _more_cues(text, toks, k, s_end)
            if more is not None:
                return more
            continue
        if _noun_use(toks, k):
            continue  # "an emergency plan to raise levees", "the hope that": no one's speech
        cand = _leading(text, toks, k, s_end)
        if cand is None and tok.low in ("saying", "adding", "arguing", "insisting", "warning"):
            cand = participle(text, toks, k, s_end)
        if cand is not None and tok.low in en.REPORTED_CUES and cand.mention is not None:
            first = text[cand.mention[0] : cand.mention[1]].split()[0].lower()
            if first in en.NOT_SPEAKERS or first in ("no", "nobody"):
                cand = None  # "nobody in the family wants to …": nobody's speech
        if cand is None:
            cand = trailing(text, toks, k, s_start, s_end)
        if cand is None:
            cand = _more_cues(text, toks, k, s_end)
        if cand is not None:
            return cand
    return None


def _more_cues(text: str, toks: list[Tok], k: int, s_end: int) -> Candidate | None:
    """Cues beyond plain speech, each with its content: "<cue> that …" (verbs, participles,
    nouns such as "his assertion that"), evidence verbs of a person, organisation or
    document ("the report found that"), "vowed to …", "asked whether …"."""
    low = toks[k].low
    if low not in _MORE_CUE_WORDS or k + 2 >= len(toks):
        return None
    nxt = toks[k + 1].low
    if nxt == "that" and (low in en.THAT_CUES or low in en.EVIDENCE_VERBS):
        if low in en.EVIDENCE_VERBS and not _evidence_subject(text, toks, k):
            return None
        return _content_from(text, toks, k, k + 2, s_end, "reported.cue-that")
    if nxt == "to" and low in en.TO_CONTENT_VERBS:
        at = k + 2 if low.startswith(("ref", "point")) else k + 1  # "pointed to <content>"
        return _content_from(text, toks, k, at, s_end, "reported.cue-to")
    if low in _ASK and (k == 0 or toks[k - 1].low in ("when", "if", "after")):
        return None  # "Asked whether …, she said …": a reporter's question, not hers
    if (low, nxt) in en.PREPOSITION_CUES and text[toks[k + 2].start] not in OPEN_MARKS:
        return _content_from(text, toks, k, k + 2, s_end, "reported.cue-about")
    if nxt in ("if", "whether") and low in _ASK:
        return _content_from(text, toks, k, k + 1, s_end, "reported.asked")
    if (
        low in FOUND | {"show"}
        and toks[k + 1].low not in NOT_CONTENT
        and toks[k + 1].text[:1].isalnum()
        and _document_subject(text, toks, k)
    ):
        # "A Harbour Gazette poll shows Vance with 47 percent": what a poll or a study shows
        return _content_from(text, toks, k, k + 1, s_end, "reported.evidence")
    if low in ("told", "tells") and k > 0:
        # "Vance told the dockers to stay home": the request with its hearer
        j = past_hearer(toks, k)
        if j > k + 1 and toks[j].low == "to" and j + 1 < len(toks) and toks[j + 1].text.islower():
            return _content_from(text, toks, k, k + 1, s_end, "reported.urged-to")
    if low in _ASK_SOMEONE:
        # "Vidal asked the council whether …", "asked residents to stay away": the question
        # (from "whether"), the request (from its hearer)
        j = past_hearer(toks, k)
        if j > k + 1 and toks[j].low in _QUESTION_WORDS:
            # a quote after it is the answer ("asked her who would win, and she said, “…”")
            comma = next((i for i in range(j, len(toks)) if toks[i].text == ","), None)
            answered = comma is not None and any(t.text in OPEN_MARKS for t in toks[comma:])
            end = toks[comma].start if answered and comma is not None else s_end
            return _content_from(text, toks, k, j, end, "reported.asked")
        if j > k + 1 and toks[j].low == "to" and j + 1 < len(toks) and toks[j + 1].text.islower():
            return _content_from(text, toks, k, k + 1, s_end, "reported.asked")
    return None


_ASK = frozenset(["asked", "asking", "asks", "wondered", "questioned"])
_ASK_SOMEONE = frozenset(["asked", "asking", "asks"])
_QUESTION_WORDS = en.words("if whether what why how who which when where")
_MORE_CUE_WORDS = (
    frozenset(["told", "tells"])
    | en.THAT_CUES
    | en.EVIDENCE_VERBS
    | en.TO_CONTENT_VERBS
    | _ASK
    | frozenset(verb for verb, _ in en.PREPOSITION_CUES)
)


def _evidence_subject(text: str, toks: list[Tok], k: int) -> bool:
    subj = subject_before(text, toks, k)
    if subj is None:
        return False
    words = text[subj.start : subj.end].split()
    last = words[-1].lower().strip(",")
    # a name or an organisation; a capital that only opens the sentence is not one
    named = words[-1][:1].isupper() and (len(words) > 1 or subj.start != toks[0].start)
    if last in en.DOCUMENT_NOUNS or last in ("he", "she", "they") or named:
        return True
    return _document_subject(text, toks, k)  # "A survey by the trust in March found that"


def _document_subject(text: str, toks: list[Tok], k: int) -> bool:
    """Whether the subject of the verb at ``k`` is a poll, a survey, a study, a report,
    also with words after it ("A Gazette poll of Ardley released on Tuesday showed")."""
    subj = subject_before(text, toks, k)
    if subj is not None and last_word(text, subj) in en.DOCUMENT_NOUNS:
        return True
    i = k - 1
    while i >= 0 and k - i <= 12 and toks[i].text not in ",;:" and toks[i].low not in _CLAUSE:
        if toks[i].low in en.DOCUMENT_NOUNS:
            return True
        i -= 1
    return False


_CLAUSE = en.words("that which who whom and but or while after before when if as because")


def _content_from(
    text: str, toks: list[Tok], k: int, at: int, s_end: int, rule: str
) -> Candidate | None:
    rest = toks[at:]
    if len([t for t in rest if t.text[:1].isalnum()]) < 2 or text[rest[0].start] in OPEN_MARKS:
        return None
    subj = subject_before(text, toks, k)
    mention = (subj.start, subj.end) if subj else first_name(text, toks, k)
    cand = new_candidate(
        rest[0].start, content_end(text, rest[0].start, s_end), "indirect", rule, 0.6
    )
    cand.cue, cand.mention, cand.role = (
        (toks[k].start, toks[k].end),
        mention,
        subj.role if subj else None,
    )
    return cand


# What may stand before the plain form of a cue that is a verb there ("they plan to",
# "will urge", "officials hope"); anything else makes it the noun ("a plan to").
_BEFORE_PLAIN_VERB = en.words(
    """i we you they will would can could may might must shall should do does did not
    also still now to and or often never"""
)


def _noun_use(toks: list[Tok], k: int) -> bool:
    """Whether the cue at ``k`` (plan, hope, fear, promise, vow, call …) is used as a
    noun: its plain form after a word that cannot be its subject or auxiliary."""
    word = toks[k].low
    plain = word in en.TO_VERBS | en.REPORTED_CUES and not word.endswith(("s", "ed"))
    if not plain or k == 0:
        return False
    before = toks[k - 1]
    if before.low in _BEFORE_PLAIN_VERB or before.text[:1].isupper():
        return False
    return not (before.low.endswith("s") and len(before.low) > 3)  # "officials hope"


def _leading(text: str, toks: list[Tok], k: int, s_end: int) -> Candidate | None:
    """X said (that) ... / X told Y that ... / X urged Y to ..."""
    verb = toks[k]
    subj = subject_before(text, toks, k)
    loose = False
    if subj is None and k > 2 and toks[k - 1].text == ")":
        # "Hollis (who has 25 delegates) said …": the subject before the brackets
        opening = next((i for i in range(k - 2, max(-1, k - 16), -1) if toks[i].text == "("), None)
        subj = subject_before(text, toks, opening) if opening else None
    if subj is None:
        if k > 0 and toks[k - 1].low in ("but", "and"):
            first = first_name(text, toks, k)
            subj_span = first
        elif verb.low in _CORE_SAY and k > 0 and toks[k - 1].text[:1] not in ";:(":
            # "Ostrow, a fundraiser close to the campaign, says …", "Graham, who says …"
            subj_span, loose = _who_antecedent(text, toks, k) or first_name(text, toks, k), True
            if subj_span is None:
                return None
        else:
            return None
    else:
        subj_span = (subj.start, subj.end)
    rest = toks[k + 1 :]
    content_at = None
    rule = "reported.said-that"
    aside = _aside(rest)  # "said, however, that …"
    told = verb.low in TELL  # "told a crowded hall in Ardley, on Monday, that …"
    for j, t in enumerate(rest[: 18 if told else 10]):
        if t.low == "that":
            if j == 0 or verb.low in TELL or rest[0].low in ADVERBIAL or j == aside:
                content_at = j + 1
            break
        if j < aside:
            continue
        if t.text in OPEN_MARKS + ";:." or (t.text == "," and not told):
            break
    if verb.low in en.TO_VERBS or (
        verb.low in ("call", "called", "calls") and _next_is(toks, k, "on")
    ):
        # X urged Y to …, X wants to …, X called on Y to …
        to = next((j for j, t in enumerate(rest[:5]) if t.low == "to"), None)
        if to is None:
            return None
        content_at, rule = to, "reported.urged-to"
    elif content_at is None and verb.low in TELL:
        obj = _told_object(rest)
        if obj is None or not (looks_like_clause(rest[obj:]) or plain_content(rest[obj:])):
            return None
        content_at, rule, loose = obj, "reported.said-bare", True
    if content_at is None:
        # "The Gazette reported the council had …", "Officials think the ferry will …"
        believed = verb.low in ("think", "thinks") or (
            verb.low == "reported" and subj_span is not None and text[subj_span[0]].isupper()
        )
        if verb.low not in en.BARE_VERBS and not (believed and looks_like_clause(rest)):
            return None
        j = 0
        while j < len(rest) and (
            rest[j].low in ("afterwards", "later", "again", "also", "today", "yesterday")
            or rest[j].low in _DAYS_AFTER_ON(rest, j)
        ):
            j += 1
        if not looks_like_clause(rest[j:]):
            if verb.low not in _PLAIN_VERBS or not plain_content(rest[j:]):
                return None
            loose = True
        content_at, rule = j, "reported.said-bare"
    if content_at >= len(rest):
        return None
    start = rest[content_at].start
    if text[start] in OPEN_MARKS:
        return None
    end = content_end(text, start, s_end)
    if k > 0 and toks[k - 1].low == "who":
        # "Graham, who says A, spoke for an hour": the relative clause ends at its comma
        comma = next((t for t in rest[content_at + 2 :] if t.text == ","), None)
        end = content_end(text, start, comma.start) if comma is not None else end
    if len([t for t in rest[content_at:] if t.text[:1].isalnum()]) < 2:
        return None
    conf = 0.6 if loose else 0.75 if rule != "reported.said-bare" else 0.65
    cand = new_candidate(start, end, "indirect", rule, conf)
    cand.cue = (verb.start, verb.end)
    cand.mention = subj_span
    cand.role = subj.role if subj else None
    return cand


# The verbs of plain speech: whatever follows them in the sentence is what was said.
_CORE_SAY = frozenset(["say", "says", "said", "added", "adds"])
# Verbs of saying and believing whose plain content needs no auxiliary ("argued Hollis
# lacks the temperament"); not "confirmed" or "estimated", which also qualify nouns.
_PLAIN_VERBS = _CORE_SAY | en.words(
    """argues argued insists insisted warns warned claims claimed admits admitted notes noted
    stressed explained complained predicted believes believed suggested agreed denied"""
)


def _aside(rest: list[Tok]) -> int:
    """Index of "that" after a short aside set off by commas ("said, however, that"); 0."""
    if len(rest) < 4 or rest[0].text != ",":
        return 0
    close = next((j for j in range(2, min(len(rest), 9)) if rest[j].text == ","), None)
    if close is None or close + 1 >= len(rest) or rest[close + 1].low != "that":
        return 0
    return close + 1


def _who_antecedent(text: str, toks: list[Tok], k: int) -> tuple[int, int] | None:
    """ "Graham, who says …", "a young child, who said …": the noun phrase before "who"."""
    if k < 3 or toks[k - 1].low != "who" or toks[k - 2].text != ",":
        return None
    subj = subject_before(text, toks, k - 2)
    return (subj.start, subj.end) if subj is not None else None


def _told_object(rest: list[Tok]) -> int | None:
    """Where the content starts after "told <object>" with no "that": after a pronoun,
    "reporters", or a capitalised name of up to four words ("told POLITICO she …")."""
    if not rest:
        return None
    if rest[0].low in ("me", "him", "her", "us", "them", "you", "reporters", "supporters"):
        return 1
    j = 1 if rest[0].low == "the" else 0
    while j < len(rest) and j < 5 and rest[j].text[:1].isupper() and rest[j].low not in _SUBJ_UP:
        j += 1
    return j if j > 0 and rest[j - 1].low != "the" else None


_SUBJ_UP = frozenset(["i", "he", "she", "they", "we", "it"])


def _next_is(toks: list[Tok], k: int, word: str) -> bool:
    return k + 1 < len(toks) and toks[k + 1].low == word


def _DAYS_AFTER_ON(rest: list[Tok], j: int) -> tuple[str, ...]:
    if (
        rest[j].low == "on"
        and j + 1 < len(rest)
        and rest[j + 1].low
        in (
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        )
    ):
        return ("on",)
    if j > 0 and rest[j - 1].low == "on":
        return (rest[j].low,)
    return ()
