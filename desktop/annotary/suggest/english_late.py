"""Attributions right after a quote's closing mark that the quote rules did not read:
"” mused Stu Burguiere", "” the editorial read", "” Sen. Ada Hale (R-Fla.) said"."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.english import Subject, is_cue, subject_after, subject_before, tokens

# Verbs that attribute a quote after it without being speech verbs elsewhere:
# "” mused Stu Burguiere", "” the editorial read", "” she posted".
LATE_VERBS = en.words(
    """
    mused questioned exhorted read reads posted quipped fumed interjected continued retorted
    chimed shouted yelled wondered scoffed countered boomed concluded cried exclaimed
    reacted assured chanted went sang cheered pleaded vowed demanded insisted according
    opined lamented boasted bragged gushed marveled marvelled grumbled griped groused sniffed
    mocked teased taunted deadpanned ventured rejoined implored begged pressed recounted
    """
)
_LATE_STOP = re.compile(r"[\n“\"«„「‘]|" + en.FULL_STOP + r"(?!\S)|[!?]")
_PARENTHESIS = re.compile(r"\([^()\n]{1,40}\)")


def source_after_quote(text: str, close: int) -> tuple[tuple[int, int], Subject] | None:
    """The cue and subject of an attribution right after a quote's closing mark that the
    quote rules did not read: a verb they do not know ("” Beck questioned", "” read the
    statement") or a party label in between ("” Sen. Ada Hale (R-Fla.) said")."""
    pos = close
    while pos < len(text) and pos - close < 3 and text[pos] in "”\"’' ":
        pos += 1
    window = _PARENTHESIS.sub(lambda m: " " * len(m.group(0)), text[pos : pos + 160])
    stop = _LATE_STOP.search(window)
    window = window[: stop.start()] if stop else window
    toks = tokens(window, 0, len(window))
    words = [k for k, t in enumerate(toks) if t.text[:1].isalnum()]
    for n, k in enumerate(words[:8]):
        low = toks[k].low
        if low not in LATE_VERBS and (not is_cue(low) or low in en.NOUNLIKE_CUES):
            continue
        if low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            k += 1  # "” according to Judicial Watch"
        elif low == "according" or (
            low == "went" and (k + 1 >= len(toks) or toks[k + 1].low != "on")
        ):
            continue
        subj = subject_before(window, toks, k) if n else subject_after(window, toks, k)
        if subj is None:
            return None
        cue = (pos + toks[k].start, pos + toks[k].end)
        return cue, Subject(pos + subj.start, pos + subj.end, subj.role)
    return None
