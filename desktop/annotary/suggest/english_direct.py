"""English attribution of direct quotes: the speaker and cue around a quote
(``attribute_direct``)."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Subject,
    Tok,
    is_cue,
    nounlike_after,
    subject_after,
    subject_before,
    tokens,
)
from annotary.suggest.english_according import as_put_it
from annotary.suggest.english_content import (
    first_name,
    new_candidate,
)
from annotary.suggest.english_late import LATE_VERBS
from annotary.suggest.english_subject_shapes import (
    ADJUNCT_PREPOSITIONS,
    DETERMINERS,
    NOT_SUBJECTS,
    affiliation,
    appositive_name,
    beyond_object,
    coordinated_roles,
    familiar_with,
    name_before_appositive,
    name_before_role,
    name_with_aside,
    object_speaks,
    opening_subject,
    party_label,
    person_of_org,
    quoted_as,
    without_dangling,
)
from annotary.suggest.marks import CLOSE_MARKS, Quoted


def attribute_direct(
    text: str, q: Quoted, between: tuple[int, int] | None, limit_after: int, limit_before: int
) -> Candidate | None:
    """Find the cue and subject of a direct quote; None when none is found."""
    # 1. inside a split quote: “We will rebuild,” he said. “It will take years.”
    if between is not None:
        found = _after(text, between[0], between[1], "direct.split")
        if found:
            return found
    content = text[q.start : q.end].rstrip()
    fragment = len(content.split()) <= 5 and content[-1:] not in ".,!?;—…"
    # 2. before the opening mark: X said: “...” / X told reporters that “...”
    found = _before(text, limit_before, q.open_at, len(content.split()))
    if found or (fragment and text[q.close_at + 1 : q.close_at + 2] != ","):
        return found
    # 3. after the closing mark: “...,” said X / X said / he told reporters
    return _after(text, q.close_at + 1, limit_after, "direct.trailing")


# “…,” he continued, “…”: verbs that carry a split quote on (no cues for reported speech)
GOES_ON = frozenset(["continued", "continues", "elaborated", "elaborates", "quipped"])

# a full stop before a comma ends no sentence ("Mara Tolven, a clerk in Harbourton, Pa., said")
_LATE_CUES = LATE_VERBS - GOES_ON - {"according", "went"}
_RETORTS = frozenset(["shot", "fired", "snapped", "hit", "texted"])
_AFTER_STOP = re.compile(en.FULL_STOP + r"(?![,)])|[!?\n“\"«„「‘]")


def _after(text: str, start: int, limit: int, rule: str) -> Candidate | None:
    stop = _AFTER_STOP.search(text, start, limit)
    end = stop.start() if stop else max(start, limit)
    toks = tokens(text, start, end)
    words = [k for k, t in enumerate(toks) if t.text[:1].isalnum()]
    named = _name_then_comma(toks)
    for n, k in enumerate(words[: 24 if named else 12]):
        carries_on = rule == "direct.split" and toks[k].low in GOES_ON
        # "” the man shouted, using an expletive to describe …": the verb right after
        # the quote attributes it, not a later cue
        late = n <= 4 and toks[k].low in _LATE_CUES and not is_cue(toks[k].text)
        # "” Brandt shot back.", "” she fired back": a retort
        late = late or (
            n <= 4 and toks[k].low in _RETORTS and k + 1 < len(toks) and toks[k + 1].low == "back"
        )
        if (
            not carries_on
            and not late
            and (not is_cue(toks[k].text) or toks[k].low in en.NOUNLIKE_CUES)
        ) or _name_before_cue(toks, k):
            continue
        affiliated = affiliation(toks, k)
        if n >= 8 and toks[k - 1].text != "," and affiliated is None:
            break  # far from the quote unless after an appositive ("X, a forecaster, told")
        long_aside = n >= 12  # "Nora Vance, a senior fellow at … and a delegate, wrote"
        subj = _subject_between(text, toks, k, 23 if long_aside else 11)
        if subj is None and long_aside:
            break
        subj = quoted_as(toks, k) or coordinated_roles(toks, subj) or party_label(text, toks, k)
        subj = name_before_appositive(toks, subj)
        if subj is None:
            subj = affiliated or subject_after(text, toks, k)
        if subj is not None:
            subj = without_dangling(toks, subj)
        conf = (0.6 if late else 0.75 if long_aside else 0.9) if subj else 0.6 if late else 0.7
        cand = new_candidate(0, 0, "direct", rule + ("-said" if subj else ""), conf)
        cand.cue = (toks[k].start, toks[k].end)
        if subj:
            subj = familiar_with(toks, subj)
            cand.mention = (subj.start, subj.end)
            cand.role = subj.role
        return cand
    return None


def _name_before_cue(toks: list[Tok], k: int) -> bool:
    """ "” Read said.": a capitalised word that is also a verb, right before a cue, is a name."""
    return (
        toks[k].text[:1].isupper()
        and k + 1 < len(toks)
        and toks[k + 1].text.islower()
        and is_cue(toks[k + 1].text)
    )


def _subject_between(text: str, toks: list[Tok], verb: int, aside: int = 11) -> Subject | None:
    before = [t for t in toks[:verb] if t.text[:1].isalnum()]
    if not before or len(before) > (aside if toks[verb - 1].text == "," else 7):
        return None
    return subject_before(text, toks, verb)


def _name_then_comma(toks: list[Tok]) -> bool:
    """The words after a closing mark open with a capitalised name and a comma, or with
    a role and a name ("the economist Nora Vance,")."""
    k = 0
    while k < len(toks) and k < 4 and toks[k].text[:1].isupper():
        k += 1
    if 2 <= k < len(toks) and toks[k].text == ",":
        return True
    k = 1 if toks and toks[0].low in ("the", "a", "an") else 0
    role = k
    while k < len(toks) and k - role < 3 and toks[k].text.isalpha() and toks[k].text.islower():
        k += 1
    if k == role or k >= len(toks) or is_cue(toks[k - 1].text):
        return False
    first = k
    while k < len(toks) and k - first < 4 and toks[k].text[:1].isupper():
        k += 1
    return first < k < len(toks) and toks[k].text == ","


# "Pollsters agree - Nora Vance: “…”": a news digest's source label after a dash
DASH_LABEL = re.compile(r"\s[-–—]\s+(?P<np>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,4})\s*:$")


_OWN_WORDS = re.compile(
    r"(?:^|[.;:]\s+|\b(?:[Bb]ut|[Aa]nd)\s+)[Ii]n\s+(?:the\s+)?"
    r"(?P<np>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})(?:’s|'s)\s+(?:own\s+)?words\s*,$"
)
# a headline's speaker and topic: "Harbour Mayor On Ferry Cuts: “…”", "Vance To Graduates: “…”"
_HEADLINE_LABEL = re.compile(
    r"(?P<np>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}?)\s+(?:On|About|To)\s+"
    r"[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,5}\s*:"
)


def _before(text: str, start: int, open_at: int, words: int = 0) -> Candidate | None:
    snippet = text[start:open_at].rstrip()
    if en.TITLE_CONTEXT.search(snippet) or en.WHAT_CALLED.search(snippet):
        return None
    label = DASH_LABEL.search(snippet)
    if label is None:
        label = _OWN_WORDS.search(snippet)  # "In Vance’s words, “…”"
    if label is None and (start == 0 or text[start - 1] == "\n"):
        label = _HEADLINE_LABEL.fullmatch(snippet)  # "Harbour Mayor On Ferries: “…”"
    if label is not None:
        cand = new_candidate(0, 0, "direct", "direct.leading-said", 0.7)
        cand.mention = (start + label.start("np"), start + label.end("np"))
        return cand
    toks = tokens(text, start, start + len(snippet))
    as_quoted = as_put_it(text, toks)
    if as_quoted is not None:
        k, subj_as = as_quoted
        cand = new_candidate(0, 0, "direct", "direct.leading-said", 0.88)
        cand.cue, cand.mention = (toks[k].start, toks[k].end), (subj_as.start, subj_as.end)
        cand.role = subj_as.role
        return cand
    for k in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
        # "Mr. Brandt yelled, “…”": a verb that attributes only next to the quote
        late = toks[k].low in _LATE_CUES and k >= len(toks) - 2 and snippet.endswith((",", ":"))
        if not (is_cue(toks[k].text) or late) or _in_relative_clause(toks, k):
            continue
        if nounlike_after(toks, k):
            continue  # "secretary of state Nora Vance:", "two investigative reports “…”"
        tail = [t for t in toks[k + 1 :] if t.text[:1].isalnum()]
        naming = toks[k].low in en.NAMING_VERBS
        # said: "…", said that "…", called it "…", and said "…" with no comma
        ends_ok = (
            snippet.endswith((":", ",", "—", "that", " as", "it"))
            or naming
            or (not tail and words >= 3)
        )
        # "said in an op-ed before the hearing, “…”": a prepositional phrase between
        # "wrote to his 20,000 Twitter followers, “…”": who it was said to
        adjunct = (
            bool(tail)
            and (
                tail[0].low in ADJUNCT_PREPOSITIONS
                or (tail[0].low == "to" and toks[k].low in _TO_CUES)
            )
            and len(tail) <= 14
        )
        # "she told the mayors who gathered in the city of Harbourton, “…”": an object
        adjunct = adjunct or (toks[k].low in ("told", "tells", "telling") and 2 < len(tail) <= 12)
        if snippet.endswith(",") and not naming and len(tail) > 2 and not adjunct:
            return None
        if (len(tail) > 6 and not (adjunct and snippet.endswith((",", " that")))) or not ends_ok:
            return None
        # "Varga … and joked, “…”", "Varga … Brandt, saying, “…”": the clause's subject
        # "she released a statement saying, “…”": the participle after its object too
        # "… on Harbour TV’s “Morning Show,” adding, “…”": a comma inside the closing mark
        comma_before = toks[k - 1].text == "," or (
            k >= 2 and toks[k - 1].text in CLOSE_MARKS and toks[k - 2].text == ","
        )
        second = k >= 1 and (
            toks[k - 1].low == "and"
            or (
                toks[k].low.endswith("ing")
                and (comma_before or toks[k - 1].low in en.WRITTEN_NOUNS)
            )
        )
        found = (
            quoted_as(toks, k)
            or (toks[k].low.endswith("ing") and name_with_aside(toks, k))
            or (second and _clause_subject(toks, k))
            or subject_before(text, toks, k)
        )
        found = name_before_role(toks, beyond_object(text, toks, found, k))
        found = object_speaks(toks, k) or appositive_name(toks, found, k)
        found = person_of_org(toks, name_before_appositive(toks, found))
        if found is None and _opens_sentence(toks, k) and toks[k].text[:1].isupper():
            found = subject_after(text, toks, k)  # "Said Moreno, “…”"
        if found is None and (toks[k].low.endswith("ing") or toks[k - 1].low == "and"):
            found = opening_subject(toks, k)  # "The president noted that …, and added:"
        subj: Subject | tuple[int, int] | None = found if found else first_name(text, toks, k)
        if isinstance(subj, tuple):  # "a paper from the Harbour Institution had this to say"
            named = beyond_object(text, toks, Subject(subj[0], subj[1], None), k)
            subj = named if named is not None and named.start != subj[0] else subj
        at = (subj[0] if isinstance(subj, tuple) else subj.start) if subj else -1
        if (
            subj
            and text[at : at + 20].split()[:1]
            and text[at : at + 20].split()[0].lower() in _OPENERS
        ):
            # "On Facebook, she responded by saying, “…”": the pronoun after the opener
            subj = _pronoun_after(toks, at, k) or subj
        cand = new_candidate(0, 0, "direct", "direct.leading-said", 0.88 if subj else 0.7)
        cand.cue = (toks[k].start, toks[k].end)
        if subj:
            cand.mention = (subj[0], subj[1]) if isinstance(subj, tuple) else (subj.start, subj.end)
            cand.role = None if isinstance(subj, tuple) else subj.role
        return cand
    return None


_TO_CUES = frozenset(
    ["wrote", "writes", "said", "says", "posted", "tweeted", "explained", "complained"]
)


def _in_relative_clause(toks: list[Tok], k: int) -> bool:
    """ "Brandt told listeners who called in to his show, “…”": a cue right after "who"
    belongs to a relative clause on the object of an earlier cue, which speaks instead;
    "his show" is a noun."""
    if k >= 1 and toks[k].low in en.NOUNLIKE_CUES and toks[k - 1].low in DETERMINERS:
        return True  # "on his show", "in a statement": a noun
    return (
        k >= 2
        and toks[k - 1].low == "who"
        and any(is_cue(t.text) for t in toks[max(0, k - 10) : k - 1])
    )


def _clause_subject(toks: list[Tok], upto: int) -> Subject | None:
    """The last capitalised name opening a clause before ``upto`` and followed by a
    verb ("As the crowd cheered, Varga was joined on stage by …")."""
    found = None
    for j in range(upto):
        pronoun = toks[j].low in ("he", "she")
        if not (toks[j].text[:1].isupper() or pronoun) or (j and toks[j - 1].text not in ",.;:"):
            continue
        end = j
        while not pronoun and end + 1 < upto and toks[end + 1].text[:1].isupper():
            end += 1
        v = end + 1
        while v < upto and toks[v].low in ("then", "also", "later", "again"):
            v += 1  # "He then adopted a Southern accent and joked"
        after = toks[v].low if v < upto else ""
        verb = (
            after.isalpha()
            and toks[v].text.islower()
            and (
                after.endswith("ed")
                or after in ("was", "is", "has", "had")
                or is_cue(after)
                or pronoun  # "she sent an email saying"
            )
        )
        if verb and toks[j].low not in NOT_SUBJECTS:
            found = Subject(toks[j].start, toks[end].end, None)
    return found


def _opens_sentence(toks: list[Tok], k: int) -> bool:
    return k == 0 or toks[k - 1].text in (".", "!", "?", ":", ";")


def _pronoun_after(toks: list[Tok], start: int, upto: int) -> Subject | None:
    """The first "he"/"she" after ``start`` and before the cue at ``upto``."""
    return next(
        (
            Subject(t.start, t.end, None)
            for t in toks[:upto]
            if t.start >= start and t.low in ("he", "she")
        ),
        None,
    )


# adverbs and prepositions that open a sentence before its subject ("Recently she …")
_OPENERS = frozenset(
    ["along", "on", "in", "at", "recently", "later", "earlier", "after", "before", "during"]
)
