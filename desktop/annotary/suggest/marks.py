"""Find quoted passages: pair opening and closing quote marks.

Handles “ ” and straight " ", « » (with or without inner spaces), „ “ / „ ”,
「 」 and 『 』. Marks of another family inside an open quote are nested quotes
and are ignored. A paragraph that ends inside a quote continues it when the
next paragraph opens with the same mark (news style for long quotes);
otherwise the unclosed quote is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

_OPENERS = {
    "“": "curly",
    '"': "straight",
    "«": "guillemet",
    "„": "low",
    "「": "corner",
    "『": "wcorner",
}
_CLOSERS = {
    "curly": "”",
    "straight": '"',
    "guillemet": "»",
    "low": "“”",
    "corner": "」",
    "wcorner": "』",
}
_MAX_QUOTE = 6000


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted passage: ``start``/``end`` exclude the marks, ``open_at`` and
    ``close_at`` are the positions of the outer marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    family: str
    paragraphs: int


def _strip_inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \u00a0\u202f":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f":
        end -= 1
    return start, end


def _opens_straight(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not before.isalnum() and not after.isspace()


def find_quoted(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    n = len(text)
    i = 0
    family = ""
    open_at = start = paragraphs = 0
    while i < n:
        ch = text[i]
        if family:
            if ch in _CLOSERS[family] and not (
                family == "straight" and _opens_straight(text, i) and text[i - 1].isspace()
            ):
                s, e = _strip_inner(text, start, i)
                if e > s:
                    found.append(Quoted(s, e, open_at, i, family, paragraphs))
                family = ""
            elif ch == "\n":
                j = i
                while j < n and text[j] in "\n \t\u3000":
                    j += 1
                opener = _OPENERS.get(text[j]) if j < n else None
                if opener == family and (family != "straight" or _opens_straight(text, j)):
                    paragraphs += 1
                    i = j
                else:
                    family = ""  # unclosed: not a quote we can trust
                    continue
            elif i - start > _MAX_QUOTE:
                family = ""
                i = start
                continue
        else:
            fam = _OPENERS.get(ch)
            if fam and (fam != "straight" or _opens_straight(text, i)):
                family, open_at, start, paragraphs = fam, i, i + 1, 1
        i += 1
    return found
