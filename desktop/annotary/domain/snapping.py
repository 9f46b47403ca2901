"""Snapping a sloppy selection to what the user meant, before it is tagged.

A drag rarely starts and ends exactly on a word: "r David Price," is meant as
"David Price". So a selection for tagging

* extends a partly selected word at either end to the whole word (letters and
  digits, with an apostrophe or hyphen inside: "don't", "co-operate") when at
  least half of it, and two letters or more, is selected, and drops it
  otherwise: the "r" of "minister" caught by a drag is a stray, "Pri" of
  "Price" is meant;
* leaves CJK text as it is, character by character: each CJK character is a
  whole unit (offsets are code points, so a character is never split);
* drops spaces at both ends, and punctuation at both ends: for a speaker mention
  all of it; for a passage the separators (, ; : and dashes); a quote keeps all
  its punctuation (its marks, and the comma before "she said" belong to it).

The snapped span is what is stored. A selection of only spaces and punctuation
is left alone (the user meant it, or will see it).
"""

from __future__ import annotations

import re

from annotary.domain.textsearch import has_cjk

JOINERS = "'’-‐"
SEPARATORS = ",;:–—-、，；：·"


def _is_word(ch: str) -> bool:
    return ch.isalnum() and not has_cjk(ch)


def _inside_word(text: str, i: int) -> bool:
    """True when offsets i-1 and i belong to one word (i is not a word boundary)."""
    if i <= 0 or i >= len(text):
        return False
    before, after = text[i - 1], text[i]
    if _is_word(before) and _is_word(after):
        return True
    if after in JOINERS and _is_word(before) and i + 1 < len(text) and _is_word(text[i + 1]):
        return True
    return before in JOINERS and _is_word(after) and i >= 2 and _is_word(text[i - 2])


def _extend(text: str, start: int, end: int) -> tuple[int, int]:
    a, b = start, end
    while _inside_word(text, a):
        a -= 1
    while _inside_word(text, b):
        b += 1
    first_end, last_start = _word_end(text, start), _word_start(text, end)
    # A cut word at either edge that is not the only word: a stray, or meant.
    if a < start and first_end < end and _stray(first_end - start, first_end - a):
        a = first_end
    if b > end and last_start > a and _stray(end - last_start, b - last_start):
        b = last_start
    return a, b


def _stray(selected: int, whole: int) -> bool:
    """A cut word at an edge with less than half, or only one letter, of it selected."""
    return selected * 2 < whole or selected < 2


def _word_end(text: str, i: int) -> int:
    while _inside_word(text, i):
        i += 1
    return i


def _word_start(text: str, i: int) -> int:
    while _inside_word(text, i):
        i -= 1
    return i


_SPACE = re.compile(r"\s")


def _trimmable(ch: str, kind: str) -> bool:
    if _SPACE.match(ch) or ch == "\u200b":
        return True
    if kind == "speaker":
        return not ch.isalnum()
    return kind == "passage" and ch in SEPARATORS


def snap(text: str, start: int, end: int, kind: str = "passage") -> tuple[int, int]:
    """The span [start, end) of ``text`` snapped for tagging as ``kind``
    (quote | speaker | passage)."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    if end <= start:
        return start, end
    a, b = start, end
    while a < b and _trimmable(text[a], kind):
        a += 1
    while b > a and _trimmable(text[b - 1], kind):
        b -= 1
    if a == b:
        return start, end
    a, b = _extend(text, a, b)
    while a < b and _trimmable(text[a], kind):  # what a dropped stray left behind
        a += 1
    while b > a and _trimmable(text[b - 1], kind):
        b -= 1
    if kind == "speaker" and b < len(text) and text[b] == "." and _abbreviation(text, a, b):
        b += 1  # "Jr." and "Dr." keep their full stop
    return a, b


def _abbreviation(text: str, a: int, b: int) -> bool:
    word = re.findall(r"[^\W\d_]+$", text[a:b])
    return bool(word) and word[0] in {"Jr", "Sr", "Dr", "St", "Mr", "Mrs", "Ms", "Prof"}
