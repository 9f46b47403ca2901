"""Quotes attributed by a dash after them, as pull quotes, "quotes of the week" roundups,
epigraphs and debate round-ups print them: “We will win.” — Nora Vance, at a rally in
Ohio (``dash_speaker``), or on the line below the quote (``dash_line_name``), and in
Chinese “……”——李红 (``zh_dash_name``).

The name must end its line, or be followed by a comma (its role or where it was said),
or by an opening parenthesis (a party label): “It was over” — and then the lights went
out, or “…” — Vance walked out, is narrative, not an attribution."""

from __future__ import annotations

import re
from collections.abc import Iterator

from annotary.domain.scripts import is_han
from annotary.suggest import lexicon_zh as zh
from annotary.suggest.chinese_names import zh_name_at
from annotary.suggest.english import Subject, Tok, subject_after, tokens
from annotary.suggest.english_names import en_entity, not_a_speaker
from annotary.suggest.quote_lead_in import at_sentence_start, paragraph_start
from annotary.suggest.speakers import Registry

_SPACE = "[ \t\u00a0\u202f]"
# the closing mark, then an em dash, an en dash, a horizontal bar, two or three hyphens
# typed for a dash, or a hyphen with a space on either side; then a letter (the name's
# capital is checked on the name: “…” — Émile Varga)
_DASH = re.compile(
    r"[”\"’'»]{0,2}" + _SPACE + r"*"
    r"(?:[—―]{1,2}|–|-{2,3}|(?<=[ \t\u00a0\u202f])-(?=" + _SPACE + r"))" + _SPACE + r"*(?=[^\W\d_])"
)
# after the name: its line ends (a full stop may close it), a comma, a parenthesis
_NAME_END = re.compile(_SPACE + r"*(?:[,(]|\.?" + _SPACE + r"*(?:\n|$))")
_OPEN_MARKS = '“"«„'
_WINDOW = 200  # characters of the line read after the dash
_ROLE_WORDS = 15  # more after the name's comma is a sentence going on, not a role


def dash_speaker(text: str, start: int, end: int, registry: Registry) -> Subject | None:
    """The name (span and role) printed after a dash right after the quote whose words
    are ``text[start:end]``; None when no dash follows, the quote does not open its
    sentence (“a disaster” — Vance, for one, thinks so: a fragment of the story), or what
    follows is not a name a speaker can be. A single word counts only when the article
    names that person in full elsewhere (“…” — Brandt after Tom Brandt), or it is an
    organisation."""
    dash = _DASH.match(text, end)
    if dash is None or not _opens_sentence(text, start):
        return None
    line_end = text.find("\n", dash.end())
    stop = min(len(text) if line_end < 0 else line_end, dash.end() + _WINDOW)
    # the dash stands where a speech verb stands in "said Nora Vance, …" (hyphens typed
    # for a dash would join the name's token, so the name is read from after them)
    toks = [Tok("—", dash.end() - 1, dash.end()), *tokens(text, dash.end(), stop)]
    subject = subject_after(text, toks, 0)
    if subject is None or not text[subject.start : subject.start + 1].isupper():
        return None
    after = _NAME_END.match(text, subject.end)
    if after is None or not _short_rest(text, after.end(), stop):
        return None
    phrase = text[subject.start : subject.end]
    if not_a_speaker(phrase) or not _named(phrase, subject.start, registry):
        return None
    return subject


# a quote's own paragraph, then a line that names its speaker after a dash
_DASH_LINE = re.compile(
    r"[”\"’'.!?]*[ \t]*\n\s*[-–—][ \t]*"
    r"(?P<name>[A-Z][\w’'\-]*(?:\.(?=[ \t]+[A-Z]))?(?:[ \t]+[A-Z][\w’'\-]*"
    r"(?:\.(?=[ \t]+[A-Z]))?){0,4})[ \t]*(?:[.,]|\n|$)"
)


def dash_line_name(text: str, end: int) -> tuple[int, int] | None:
    """The span of the name on the line below a quote that ends at ``end``, after a dash
    (“…”\n\n- Nora Vance, after the speech.)."""
    found = _DASH_LINE.match(text, end)
    return found.span("name") if found else None


def _opens_sentence(text: str, start: int) -> bool:
    """The quote opens its line, a sentence, or follows a colon or a list's bullet or
    number ("1. “…” — Nora Vance")."""
    line = paragraph_start(text, start)
    before = text[line:start].rstrip(" “\"«„‘'").rstrip()
    return at_sentence_start(text, start, line) or not any(c.isalpha() for c in before)


def _short_rest(text: str, start: int, stop: int) -> bool:
    """What follows the name's comma on its line is a role or a place, not a sentence that
    goes on (up to the next quote, for a roundup written in one paragraph)."""
    rest = text[start:stop]
    quote = min((i for i in (rest.find(m) for m in _OPEN_MARKS) if i >= 0), default=len(rest))
    return len(rest[:quote].split()) <= _ROLE_WORDS


def _named(phrase: str, pos: int, registry: Registry) -> bool:
    entity = en_entity(phrase)
    if entity is not None:
        return True
    words = phrase.split()
    if len(words) != 1:
        return False
    known = registry.by_token(words[0].removesuffix("’s").removesuffix("'s"), pos)
    return known is not None and (known.kind == "org" or len(known.tokens) >= 2)


# after a Chinese closing mark: a dash written as two em dashes (or one), then the name
_ZH_DASH = re.compile(r"[”」』\"]" + _SPACE + r"*(?:——|—|－－|--)" + _SPACE + r"*")
_ZH_NAME_END = "，,（(。\n"


def zh_dash_name(text: str, close_at: int) -> tuple[int, int] | None:
    """The span of the name after ``——`` right after the closing mark at ``close_at``
    (“……”——李红, “……”——李红，市人大代表), when it ends its line or a comma or a
    parenthesis follows it; else None."""
    dash = _ZH_DASH.match(text, close_at)
    if dash is None:
        return None
    start = dash.end()
    name = zh_name_at(text, start)
    if name is None:
        return None
    end = start + len(name)
    if end < len(text) and text[end] not in _ZH_NAME_END:
        return None
    if end < len(text) and text[end] == "。" and text[end + 1 : end + 2] not in ("", "\n"):
        return None
    return (start, end) if all(is_han(c) for c in name) else None


def zh_dash_names(text: str) -> Iterator[tuple[int, str, str | None]]:
    """Where each name after a quote's ``——`` starts, the name and its role when one
    follows its comma (“……”——李红，市人大代表), for the registry: a pronoun after it can
    mean 李红, and a later quote of hers keeps the role."""
    for m in _ZH_DASH.finditer(text):
        span = zh_dash_name(text, m.start())
        if span is not None:
            yield span[0], text[span[0] : span[1]], _zh_role(text, span[1])


_ZH_ROLE = re.compile(r"[，,][ \t]*(?P<role>[^\s，,。！？!?（()]{2,15})[ \t]*(?:\n|$)")
_ZH_ROLE_ENDS = (*zh.TITLES, "代表", "委员", "委員")


def _zh_role(text: str, end: int) -> str | None:
    m = _ZH_ROLE.match(text, end)
    if m is None or not all(is_han(c) for c in m.group("role")):
        return None
    return m.group("role") if m.group("role").endswith(_ZH_ROLE_ENDS) else None
