"""Find quoted passages: pair opening and closing quote marks. Handles “ ” and straight " ", «
» (with or without inner spaces), „ “ / „ ”, 「 」 and 『 』, and British single marks ‘ ’ / ' '
(an opener before a letter, a closer after punctuation or before one, never an apostrophe
inside a word), and two apostrophes used as a double mark (''…'', as in some wire and
newspaper archives). Marks of another family inside an open quote are nested quotes and are
ignored; a quote opened with one kind of double mark and closed with the other ("…” or “…")
is one quote. A paragraph that ends inside a quote continues it when the next paragraph opens
with the same mark (news style for long quotes); otherwise the unclosed quote is dropped.
"""

from __future__ import annotations

import bisect
import re
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


class _Rereads:
    """How much text the finders may read again after an opening mark that never closes.

    A passage that runs past ``_MAX_QUOTE`` is abandoned and the text after its opening
    mark is read again, so that a stray mark does not hide the quotes after it. Each
    abandonment costs up to ``_MAX_QUOTE`` characters, so a text made of opening marks
    alone would be read thousands of times over; past this allowance (a few times the
    text, never reached by real news) the reading goes on from where the abandoned
    passage stopped instead."""

    def __init__(self, n: int) -> None:
        self.left = 4 * n + 4 * _MAX_QUOTE

    def allow(self, cost: int) -> bool:
        self.left -= cost
        return self.left > 0


_TWIN = "''"
# Characters that open or close a quotation, for the attribution rules.
OPEN_MARKS = "“\"«„「『‘'"
CLOSE_MARKS = "”\"»」』’'"
_SINGLE_OPEN = "‘'"
_SINGLE_CLOSE = "’'"
_CLOSE_BEFORE = ".,!?;:…—-"
_CLOSE_AFTER = ",.;:!?)—–\n"


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
    """Quoted passages, sorted. Double marks win: a single-mark passage that
    overlaps a double-mark one is nested in it (or a misread apostrophe)."""
    double = _find_double(text)
    single = _find_single(text)
    if not single:
        return double
    # The double-mark passages are sorted and apart: the one that could overlap a
    # single-mark passage is the last that opens before it closes.
    opens = [d.open_at for d in double]
    kept = []
    for q in single:
        i = bisect.bisect_right(opens, q.close_at) - 1
        if i < 0 or double[i].close_at < q.open_at:
            kept.append(q)
    return sorted(double + kept, key=lambda q: q.open_at)


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-") and after.isalpha()


def _closes_single(text: str, j: int) -> bool:
    before = text[j - 1]
    after = text[j + 1] if j + 1 < len(text) else "\n"
    if before.isspace() or after.isalnum():
        return False
    return before in _CLOSE_BEFORE or after in _CLOSE_AFTER


def _find_single(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    n = len(text)
    rereads = _Rereads(n)
    i = 0
    while i < n:
        if text[i] not in _SINGLE_OPEN or not _opens_single(text, i):
            i += 1
            continue
        j, paragraphs = i + 1, 1
        close = -1
        while j < n and j - i < _MAX_QUOTE:
            ch = text[j]
            if ch in _SINGLE_CLOSE and _closes_single(text, j):
                close = j
                break
            if ch == "\n":
                k = j
                while k < n and text[k] in "\n \t":
                    k += 1
                if k < n and text[k] in _SINGLE_OPEN and _opens_single(text, k):
                    paragraphs += 1
                    j = k + 1
                    continue
                break
            j += 1
        if close < 0:
            i = i + 1 if rereads.allow(j - i) else max(i + 1, j)
            continue
        s, e = _strip_inner(text, i + 1, close)
        if e > s:
            found.append(Quoted(s, e, i, close, "single", paragraphs))
        i = close + 1
    return found


def _opens_twin(text: str, i: int) -> bool:
    """Two apostrophes used as a double mark (''…'', some wire archives): the opener
    stands before a word, never after one."""
    if not text.startswith(_TWIN, i):
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 2] if i + 2 < len(text) else "\n"
    if after == "'":  # '''Quiz Night,''' he replied: a single quote opens inside
        after = text[i + 3] if i + 3 < len(text) else "\n"
        if not after.isalpha():
            return False
    return not before.isalnum() and before != "'" and not after.isspace()


def mark_width(q: Quoted) -> int:
    """How many characters each mark of the quote takes (two for ''…'')."""
    return 2 if q.family == "twin" else 1


def _close_twin(text: str, i: int) -> int:
    """Where the closing '' of a twin-mark quote starts, from ``i`` on (-1: none in this
    paragraph); ''…'' may go on in the next paragraph when it opens with ''."""
    n = len(text)
    while i < n:
        if text.startswith(_TWIN, i):
            # ''He said 'no.''' : the single closer comes first
            return i + 1 if text.startswith(_TWIN + "'", i) else i
        if text[i] == "\n":
            j = i
            while j < n and text[j] in "\n \t":
                j += 1
            if not _opens_twin(text, j):
                return -1
            i = j + 2
            continue
        i += 1
    return -1


# A quote opened with one kind of double mark and closed with the other ("I know,” Henry
# said; “We won," she said), a slip common in real news: the closing mark of the other kind.
_OTHER_KIND = {"straight": "”", "curly": '"'}


def _closes_mixed(text: str, i: int) -> bool:
    """A closing mark of the other kind ends the quote when it follows a word or
    punctuation and is followed by a space, punctuation or the end of the paragraph."""
    after = text[i + 1] if i + 1 < len(text) else "\n"
    return not text[i - 1].isspace() and (after.isspace() or after in ",.;:!?)—–")


def _find_double(text: str) -> list[Quoted]:
    found: list[Quoted] = []
    n = len(text)
    rereads = _Rereads(n)
    i = 0
    family = ""
    open_at = start = paragraphs = 0
    nested = False
    while i < n:
        ch = text[i]
        if not family and ch == "'" and _opens_twin(text, i):
            close = _close_twin(text, i + 2)
            if close < 0 or close - i > _MAX_QUOTE:
                i += 2
                continue
            s, e = _strip_inner(text, i + 2, close)
            if e > s:
                paragraphs = 1 + len(re.findall(r"\n\s*", text[i:close]))
                found.append(Quoted(s, e, i, close + 1, "twin", paragraphs))
            i = close + 2
            continue
        if family:
            # “…” inside "…" (or the reverse) is a nested quote; a closing mark of the
            # other kind with no nested quote open closes this one
            mixed = False
            if family == "straight" and ch == "“":
                nested = True
            elif ch == _OTHER_KIND.get(family) and nested:
                nested = False
            elif ch == '"' and family == "curly" and text[i - 1 : i].isspace():
                nested = _opens_straight(text, i)
            elif ch == _OTHER_KIND.get(family):
                mixed = _closes_mixed(text, i)
            if (
                ch in _CLOSERS[family]
                and not (
                    family == "straight" and _opens_straight(text, i) and text[i - 1].isspace()
                )
            ) or mixed:
                s, e = _strip_inner(text, start, i)
                if e > s:
                    found.append(Quoted(s, e, open_at, i, family, paragraphs))
                family = ""
            elif ch == "\n":
                j = i
                while j < n and text[j] in "\n \t\u3000":
                    j += 1
                opener = _OPENERS.get(text[j]) if j < n else None
                # a quote goes on into the next paragraph when that one opens with its
                # mark, and only if it has said something ("““““…" is no paragraph of one)
                if (
                    opener == family
                    and (family != "straight" or _opens_straight(text, j))
                    and any(c.isalnum() for c in text[start:i])
                ):
                    paragraphs += 1
                    i = j
                else:
                    family = ""  # unclosed: not a quote we can trust
                    continue
            elif i - start > _MAX_QUOTE:
                family = ""
                if rereads.allow(i - start):
                    i = start
                continue
        else:
            fam = _OPENERS.get(ch)
            if fam and (fam != "straight" or _opens_straight(text, i)):
                family, open_at, start, paragraphs, nested = fam, i, i + 1, 1, False
        i += 1
    return found
