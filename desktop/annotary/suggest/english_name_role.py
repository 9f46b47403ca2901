"""Role words beside a name: "regional water official Lucie Bernard" is Lucie Bernard
with the role "regional water official" (``pre_name_role``), and "Band member Zed" or "Air
Force 1st Lt. Tom Vance" goes on past the capitalised words to the name (``name_after_role``)."""

from __future__ import annotations

import re

from annotary.suggest import lexicon_en as en
from annotary.suggest.english import Subject, is_cue, role_noun, tokens
from annotary.suggest.english_names import is_org


def name_after_role(text: str, start: int, end: int) -> int:
    """ "Band member Zed", "Air Force 1st Lt. Tom Vance", "Harbour ranking Democrat Nora
    Okafor": capitalised words that only qualify the role after them, then the name: the end
    of that name; else ``end`` unchanged."""
    words = text[start:end].split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "The Harbour technology columnist Tom Brandt"
    if not words or not words[0][:1].isupper() or words[0].lower() in _NOT_ROLE_WORDS:
        return end
    toks = tokens(text, end, min(len(text), end + 120))
    k, last_role = 0, None
    while k < min(len(toks), 4):
        low, word = toks[k].low, toks[k].text
        if low in en.TITLES or _ORDINAL.fullmatch(low) or low in ("democrat", "republican"):
            last_role = k
        elif not (
            word.islower()
            and word.replace("-", "").isalpha()
            and low not in _NOT_ROLE_WORDS
            and not is_cue(low)
            and not low.endswith(("ed", "ly"))
        ):
            break
        elif role_noun(low):
            last_role = k
        k += 1
    if last_role is None or last_role != k - 1 or k >= len(toks):
        return end
    name = toks[k]
    if not (
        name.text[:1].isupper()
        and name.text.replace("-", "").replace("’", "").isalpha()
        and name.low not in _NOT_ROLE_WORDS
        and name.low not in _NOT_NAMES
        and name.low not in en.TITLES
    ):
        return end
    while k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and toks[k + 1].text.isalpha():
        k += 1
    return toks[k].end


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def pre_name_role(text: str, subject: Subject) -> tuple[Subject, str | None]:
    """Split "regional water official Lucie Bernard" into role and name."""
    phrase = text[subject.start : subject.end]
    words = phrase.split()
    if is_org(words):
        return subject, subject.role
    if any(w.lower() in ("for", "of", "at") for w in words[1:-1]) or any(
        w == "to" and words[k] in en.RELATIONAL_NOUNS for k, w in enumerate(words[2:-1], 1)
    ):
        # "a spokesman for Harbour Studios", "an aide to Mr. Reyes": a description, kept
        # whole (the name is who it works for, not who speaks)
        return subject, subject.role
    cut = None
    for k, word in enumerate(words[:-1]):
        low = word.lower().strip(",")
        if low in en.TITLES or low in en.ROLE_NOUNS or word[:1].islower():
            cut = k
    if cut is None or not words[-1][:1].isupper():
        return subject, subject.role
    rest = words[cut + 1 :]
    if not rest or not rest[0][:1].isupper():
        return subject, subject.role
    role_words = words[: cut + 1]
    if (
        role_words[0].lower() in en.TITLES
        and len(role_words) == 1
        and role_words[0].lower() in ("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.")
    ):
        return subject, subject.role
    offset = subject.start + len(phrase) - len(" ".join(rest))
    role: str | None = " ".join(role_words)
    if role and role.lower() in ("the", "a", "an"):
        role = None
    return Subject(offset, subject.end, subject.role or role), subject.role or role


_NOT_ROLE_WORDS = en.words(
    """
    the a an this that these those his her its their our my some no every he she it they we i
    there and or but nor of in on at for from with about by to under over during who which
    whose where when as is was has had have will would not
    """
)
_NOT_NAMES = en.words("monday tuesday wednesday thursday friday saturday sunday yesterday today")
