"""Which language a text is written in, and what a language tag means.

The tag rules live here and nowhere else: :func:`normalise_language` (the
primary subtag, lower-case), :func:`cjk_language` ("zh", "ja" or "ko" for any
tag of Chinese, Japanese or Korean, "cmn" and "yue" included),
:func:`is_chinese` and :func:`is_cjk`. Importers, the suggestion engine and the
reader's fonts ask these functions instead of comparing tags themselves.

The guess is cheap, from the text's scripts and words.

Import stores the guess as an article's language when the file does not say;
quote suggestions use it for an article that has none. One threshold decides:
when East Asian characters (Han, kana, Hangul) make up at least
:data:`EAST_ASIAN_SHARE` of the letters the text is Chinese, Japanese or Korean,
and when Latin letters make up the rest (at least ``1 - EAST_ASIAN_SHARE``) and
enough of its words are common English ones, it is English. Anything else is
unsure (``None``).
"""

from __future__ import annotations

import re

from annotary.domain.scripts import HAN_CLASS, HANGUL_CLASS, KANA_CLASS

# Primary subtags (BCP 47 / ISO 639) of each CJK language: the macrolanguage, its
# three-letter codes, and, for Chinese, the varieties a news text is tagged with.
CJK_TAGS: dict[str, frozenset[str]] = {
    "zh": frozenset({"zh", "zho", "chi", "cmn", "yue", "wuu", "nan", "hak", "gan", "hsn", "lzh"}),
    "ja": frozenset({"ja", "jpn"}),
    "ko": frozenset({"ko", "kor"}),
}
_TAG = re.compile(r"[a-z]{2,3}")

EAST_ASIAN_SHARE = 0.3
SAMPLE_CHARS = 20000
MIN_LETTERS = 12
KANA_SHARE_JAPANESE = 0.1  # of the East Asian characters
ENGLISH_WORD_SHARE = 0.15

_ENGLISH_WORDS = frozenset(
    {
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "not",
        "but",
        "as",
        "said",
        "says",
        "will",
        "would",
        "who",
        "which",
        "there",
        "their",
        "his",
        "her",
        "our",
    }
)
_HAN = re.compile(f"[{HAN_CLASS}]")
_KANA = re.compile(f"[{KANA_CLASS}]")
_HANGUL = re.compile(f"[{HANGUL_CLASS}]")
_LETTER = re.compile(r"[^\W\d_]")
# Latin letters: Basic Latin to Latin Extended-B, and Latin Extended Additional
_LATIN = re.compile(
    "[A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]"
)
_WORD = re.compile(r"[A-Za-z']+")


def detect_language(text: str) -> str | None:
    """A cheap guess of the language (BCP 47 primary tag), or ``None`` when unsure.

    Han ideographs make "zh", unless kana are frequent ("ja") or Hangul dominates
    ("ko"); mostly Latin letters with many common English words make "en".
    """
    sample = text[:SAMPLE_CHARS]
    letters = len(_LETTER.findall(sample))
    if letters < MIN_LETTERS:
        return None
    han, kana, hangul = (len(p.findall(sample)) for p in (_HAN, _KANA, _HANGUL))
    east = han + kana + hangul
    if east / letters >= EAST_ASIAN_SHARE:
        if hangul >= max(han, kana):
            return "ko"
        if kana >= KANA_SHARE_JAPANESE * east:
            return "ja"
        return "zh"
    if len(_LATIN.findall(sample)) / letters >= 1 - EAST_ASIAN_SHARE:
        words = [w.lower().strip("'") for w in _WORD.findall(sample)]
        if len(words) >= 4:
            share = sum(1 for w in words if w in _ENGLISH_WORDS) / len(words)
            if share >= ENGLISH_WORD_SHARE:
                return "en"
    return None


def normalise_language(value: str | None) -> str | None:
    """The primary subtag of a language tag, lower-case ("en-GB" -> "en", "zh_CN" -> "zh");
    None for no tag or one that is not a language ("x-klingon", "12")."""
    if not value:
        return None
    tag = re.split(r"[-_\s]", value.strip(), maxsplit=1)[0].lower()
    return tag if _TAG.fullmatch(tag) else None


def cjk_language(value: str | None) -> str | None:
    """ "zh", "ja" or "ko" when the tag names Chinese (any variety), Japanese or Korean."""
    tag = normalise_language(value)
    return next((lang for lang, tags in CJK_TAGS.items() if tag in tags), None)


def is_chinese(value: str | None) -> bool:
    """The tag names Chinese: "zh", "zh-Hant-TW", "cmn", "yue-HK"…"""
    return cjk_language(value) == "zh"


def is_cjk(value: str | None) -> bool:
    """The tag names Chinese, Japanese or Korean."""
    return cjk_language(value) is not None
