"""English sentences and clauses: where a paragraph's sentences end (``sentence_bounds``)
and whether words read as a clause with its own verb (``looks_like_clause``)."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.english import Tok

SENTENCE_END = re.compile(r"(?:" + en.FULL_STOP + r"|[!?])[.!?]*(?=[\s”\"’»]*(\s|$))")

_AUX = en.words(
    """
    would will could can should might must may had has have was were is are did does do remained
    remains expected expects wanted needed needs
    """
)
_OPENING = en.words(
    """
    the a an this that these those his her its their our my some no every he she it they we i
    there
    """
)


def looks_like_clause(toks: list[Tok]) -> bool:
    if not toks or not toks[0].text[:1].isalnum():
        return False
    words = [t.low for t in toks[:10] if t.text[:1].isalnum()]
    if len(words) < 3:
        return False
    if any(w in _AUX for w in words[1:9]):
        return True
    # a subject with a parenthetical: "a redesign of the junction, including ..., would"
    commas = [k for k, t in enumerate(toks[:24]) if t.text == ","]
    if len(commas) >= 2 and any(t.low in _AUX for t in toks[commas[1] + 1 : commas[1] + 3]):
        return True
    return words[0] in _OPENING and any(w.endswith("ed") for w in words[1:5])


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one paragraph (``text`` should have quoted passages masked)."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for m in SENTENCE_END.finditer(text, start, end):
        stop = m.end()
        while stop < end and text[stop] in '”"’»':
            stop += 1
        bounds.append((pos, stop))
        pos = stop
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        bounds.append((pos, end))
    return bounds
