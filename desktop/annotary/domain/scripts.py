"""East Asian scripts: the one place that knows their Unicode ranges.

Han ideographs are the CJK Unified Ideographs, Extension A, the Compatibility
Ideographs and the supplementary ideographic planes (Extensions B to G and the
Compatibility Ideographs Supplement). Kana and Hangul have predicates of their
own. Each range is ``(first, last)`` code points, both included; the ``*_CLASS``
strings are the same ranges as the body of a regular-expression character class
(``f"[{HAN_CLASS}]"``).
"""

from __future__ import annotations

from collections.abc import Iterable

Range = tuple[int, int]

HAN_UNIFIED: Range = (0x4E00, 0x9FFF)
HAN_EXTENSION_A: Range = (0x3400, 0x4DBF)
HAN_COMPATIBILITY: Range = (0xF900, 0xFAFF)
HAN_SUPPLEMENTARY: Range = (0x20000, 0x3134F)  # Extensions B-G, Compatibility Supplement
HAN: tuple[Range, ...] = (HAN_EXTENSION_A, HAN_UNIFIED, HAN_COMPATIBILITY, HAN_SUPPLEMENTARY)

HIRAGANA_KATAKANA: Range = (0x3040, 0x30FF)
KATAKANA_EXTENSIONS: Range = (0x31F0, 0x31FF)
KANA: tuple[Range, ...] = (HIRAGANA_KATAKANA, KATAKANA_EXTENSIONS)

HANGUL_SYLLABLES: Range = (0xAC00, 0xD7A3)
HANGUL_JAMO: Range = (0x1100, 0x11FF)
HANGUL_COMPATIBILITY_JAMO: Range = (0x3130, 0x318F)
HANGUL: tuple[Range, ...] = (HANGUL_SYLLABLES, HANGUL_JAMO, HANGUL_COMPATIBILITY_JAMO)

BOPOMOFO: tuple[Range, ...] = ((0x3100, 0x312F), (0x31A0, 0x31BF))
CJK_PUNCTUATION: Range = (0x3000, 0x303F)  # CJK Symbols and Punctuation


def in_ranges(ch: str, ranges: Iterable[Range]) -> bool:
    """Whether the character ``ch`` lies in one of ``ranges``."""
    cp = ord(ch)
    return any(first <= cp <= last for first, last in ranges)


def is_han(ch: str) -> bool:
    """A Han ideograph: unified, extension A, compatibility or supplementary."""
    return in_ranges(ch, HAN)


def is_kana(ch: str) -> bool:
    return in_ranges(ch, KANA)


def is_hangul(ch: str) -> bool:
    return in_ranges(ch, HANGUL)


def character_class(ranges: Iterable[Range]) -> str:
    """``ranges`` as the body of a regular-expression character class."""
    return "".join(f"{chr(first)}-{chr(last)}" for first, last in ranges)


HAN_CLASS = character_class(HAN)
KANA_CLASS = character_class(KANA)
BOPOMOFO_CLASS = character_class(BOPOMOFO)
HANGUL_CLASS = character_class(HANGUL)
