"""Where English reported content ends and what may stand as content, with the small
helpers every English rule shares (a new candidate, the first name in a stretch, the word
after a hearer, the verbs of reporting)."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.candidate import Candidate
from annotary.suggest.english import (
    Subject,
    Tok,
)

REPORT_VERBS = en.SPEECH_VERBS - frozenset(
    [
        "call",
        "called",
        "calls",
        "describe",
        "described",
        "describes",
        "praise",
        "praised",
        "praises",
        "put",
        "laugh",
        "laughed",
        "laughs",
        "joke",
        "joked",
        "jokes",
        "talk",
        "talks",
        "talked",
        "ask",
        "asked",
        "asks",
        "answer",
        "answered",
        "answers",
        "blame",
        "blamed",
        "blames",
        "tweet",
        "tweeted",
        "tweets",
        "find",
        "found",
        "show",
    ]
)
FOUND = frozenset(["finds", "found", "shows", "showed"])


TELL = frozenset(["tell", "told", "tells", "telling"])
ADVERBIAL = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "last",
        "later",
        "afterwards",
        "again",
        "also",
        "repeatedly",
        "publicly",
        "privately",
        "earlier",
        "yesterday",
        "today",
        "for",
    ]
)


def new_candidate(start: int, end: int, qtype: str, rule: str, conf: float) -> Candidate:
    """A reported-speech candidate with no cue or speaker yet."""
    return Candidate(start, end, qtype, rule, conf)


def first_name(text: str, toks: list[Tok], upto: int) -> tuple[int, int] | None:
    """The first run of two or more capitalised words before token ``upto``."""
    k = 0
    while k < upto:
        if toks[k].text[:1].isupper() and k + 1 < upto and toks[k + 1].text[:1].isupper():
            j = k
            while j + 1 < upto and toks[j + 1].text[:1].isupper():
                j += 1
            return (toks[k].start, toks[j].end)
        k += 1
    return None


# A closing mark before a capital: the quoted sentence ended inside the marks (masked).
QUOTE_ENDS_SENTENCE = re.compile(r"[”\"»](?=[ \t]+[A-Z])")


def content_end(text: str, start: int, end: int) -> int:
    """Where reported content from ``start`` ends: its quoted sentence's end, no edge stops."""
    closing = QUOTE_ENDS_SENTENCE.search(text, start, end)
    if closing is not None:
        end = closing.end()
    initials = _INITIALS_END_SENTENCE.search(text, start, end)
    if initials is not None:
        end = initials.end()  # "… attacks in the U.S. He says …": a new sentence
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;:,"):
        end -= 1
    return end


# Initials that end a sentence: a pronoun or an article opens the next one.
_INITIALS_END_SENTENCE = re.compile(r"\b(?:[A-Z]\.){2,}(?=[ \t]+(?:He|She|They|It|We|I|The|But)\b)")


# Words that open an adjunct or an object, not the content ("said in a statement").
NOT_CONTENT = en.words(
    """in on at during about of to for with from by into after before when while as so and
    but or than through via yes no hello goodbye thanks sorry nothing something anything
    little much more a an"""
)


def plain_content(rest: list[Tok]) -> bool:
    """ "said Hollis has the potential to win": content with no auxiliary the clause test
    sees: at least three words, the first opening no adjunct, a finite verb soon after."""
    words = [t for t in rest if t.text[:1].isalnum()]
    if len(words) < 3 or not rest[0].text[:1].isalnum() or rest[0].low in NOT_CONTENT:
        return False
    first = re.split(r"[’']", rest[0].low)[0]  # "he’s", "they’d"
    # "says the only way to stop the plan from passing is …": a long subject, up to 12 words
    return first in _SUBJECT_PRONOUNS or any(_finite(w.low) for w in words[1:12])


_SUBJECT_PRONOUNS = en.words("i we he she they")


def _finite(word: str) -> bool:
    """A word that may be the verb of a clause: "has", "backed", "won", "isn’t", "it’s"."""
    if "’" in word or "'" in word:
        return _CONTRACTION.search(word) is not None  # "isn’t", "it’s", not "the trust’s"
    return word.endswith(("s", "ed")) or word in _IRREGULAR


_CONTRACTION = re.compile(r"[’'](?:t|re|ve|ll|d|m)$|^(?:it|he|she|that|there|what|who|here)[’']s$")


_IRREGULAR = en.words(
    """be got won lost went came made took gave saw knew thought felt left kept put ran
    began become became did done led met paid sent spent stood told understood wrote spoke
    broke chose drove fell fought forgot grew heard held hit hurt let meant ran rose sat sold
    stole swore taught thought threw won wore"""
)


def past_hearer(toks: list[Tok], k: int) -> int:
    """After "…, X told <hearer>": the token after the hearer ("told reporters", "told the
    Harbour Gazette", "told a Senate panel"), up to six words; else the one after the verb."""
    j = k + 1
    while j < len(toks) and j - k <= 6 and toks[j].text[:1].isalpha():
        if toks[j].low in ADVERBIAL or toks[j].low in _STOP_HEARER:
            break
        j += 1
    return j if j < len(toks) else k + 1


_STOP_HEARER = en.words("to that he she they i we it who which what how why if whether")


LINKS = en.words("but and so yet still however instead now then also")


def last_word(text: str, subj: Subject) -> str:
    """The last word of a subject, in lower case."""
    return text[subj.start : subj.end].split()[-1].lower()
