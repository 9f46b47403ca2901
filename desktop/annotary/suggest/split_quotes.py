"""Joining the two parts of a quote split around its attribution ("…," she said. "…"):
when the text between two quotes is one attribution of both."""

from __future__ import annotations

import re

from annotary.suggest import chinese_rules, english_direct
from annotary.suggest import lexicon_en as en
from annotary.suggest.english import (
    is_cue,
    tokens,
)
from annotary.suggest.marks import Quoted


def merge_split(
    text: str, quoted: list[Quoted], lang: str
) -> list[tuple[Quoted, tuple[int, int] | None]]:
    """The quotes in order, each split quote's parts joined, with the attribution between."""
    out: list[tuple[Quoted, tuple[int, int] | None]] = []
    for q in quoted:
        if out:
            prev, between = out[-1]
            gap = text[prev.close_at + 1 : q.open_at]
            content_tail = text[prev.start : prev.end].rstrip()[-1:]
            if (
                between is None
                and "\n" not in gap
                and 0 < len(gap) <= _gap_limit(gap, content_tail)
                and (content_tail in ",，、—…" or _attribution_sentence(gap, lang))
                and not gap.rstrip().endswith((":", "："))
                and _has_cue(gap, lang)
                and not _goes_on(gap, lang)
                and not _own_attribution(text, q, lang)
                and not _second_cue(gap, lang)
            ):
                joined = Quoted(
                    prev.start,
                    q.end,
                    prev.open_at,
                    q.close_at,
                    prev.family,
                    prev.paragraphs + q.paragraphs - 1,
                )
                out[-1] = (joined, (prev.close_at + 1, q.open_at))
                continue
        out.append((q, None))
    return out


def _own_attribution(text: str, q: Quoted, lang: str) -> bool:
    """'"…," said Sen. Ada Hale. "…," added Rep. Tom Brandt.': the second quote ends
    with a comma and a cue right after its closing mark, so it has its own speaker."""
    if lang != "en" or text[q.start : q.end].rstrip()[-1:] != ",":
        return False
    after = text[q.close_at + 1 : q.close_at + 60].split("\n")[0]
    words = [t for t in tokens(after, 0, len(after)) if t.text[:1].isalnum()][:4]
    return any(is_cue(t.text) and t.low not in en.NOUNLIKE_CUES for t in words)


def _second_cue(gap: str, lang: str) -> bool:
    """'"…," Mr. Vance said, adding, "…"', '"…," she said. But she added, "…"': a second
    cue between two quotes introduces a second statement, not the rest of the first."""
    if lang != "en":
        return False
    words = tokens(gap, 0, len(gap))
    return sum(1 for t in words if is_cue(t.text) and t.low not in en.NOUNLIKE_CUES) >= 2


def _goes_on(gap: str, lang: str) -> bool:
    """'“…,” he said, adding that the plan was “…”': the second quote completes a clause
    of the attribution's, so it is no continuation of the first."""
    return lang == "en" and gap.strip()[-1:].isalnum()


def _gap_limit(gap: str, content_tail: str) -> int:
    """How long an attribution between two parts may be: '“…,” Mr. Vance said on Monday
    in a speech to the chamber of commerce in his home town. “…”' is still one quote."""
    if gap.rstrip().endswith(","):
        return 200
    inner = gap.strip()[:-1]
    one_sentence = not re.search(en.FULL_STOP + r"\s|[!?]", inner)
    return 250 if content_tail == "," and gap.rstrip().endswith(".") and one_sentence else 90


def _attribution_sentence(gap: str, lang: str) -> bool:
    """ "I am sure." she said. "We will win.": a whole sentence of attribution only, with
    the quote's own full stop inside the marks, joins the two parts."""
    inner = gap.strip()
    return (
        lang == "en"
        and inner.endswith(".")
        and len(inner.split()) <= 8
        and "." not in inner[:-1].replace("Mr.", "").replace("Ms.", "").replace("Mrs.", "")
        and not inner[:1].isdigit()
    )


def _has_cue(gap: str, lang: str) -> bool:
    if lang == "zh":
        return bool(chinese_rules.CUE_RE.search(gap))
    words = tokens(gap, 0, len(gap))
    return any(is_cue(t.text) or t.low in english_direct.GOES_ON for t in words)
