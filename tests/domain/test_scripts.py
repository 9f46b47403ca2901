"""domain/scripts: Han, kana and Hangul, and the character classes made of them."""

from __future__ import annotations

import re

import pytest

from annotary.domain.scripts import (
    BOPOMOFO_CLASS,
    HAN_CLASS,
    KANA_CLASS,
    character_class,
    in_ranges,
    is_han,
    is_hangul,
    is_kana,
)

HAN = re.compile(f"[{HAN_CLASS}]")


@pytest.mark.parametrize(
    "ch",
    [
        "中",  # U+4E2D, unified
        "一",  # U+4E00, first unified
        "\u9fff",  # last unified
        "㐀",  # U+3400, first of extension A
        "䶿",  # U+4DBF, last of extension A
        "㛃",  # U+36C3, extension A, found in personal names
        "豈",  # U+F900, compatibility ideograph
        "\ufaff",  # last of the compatibility block
        "𠮷",  # U+20BB7, extension B
        "\U0002f800",  # compatibility supplement
        "\U00031300",  # extension G
    ],
)
def test_han_ideographs(ch: str) -> None:
    assert is_han(ch)
    assert HAN.fullmatch(ch)
    assert not is_kana(ch) and not is_hangul(ch)


@pytest.mark.parametrize(
    "ch", ["a", "é", "〇", "。", "，", "「", "ー", "あ", "ア", "한", "ㄅ", "\u4dc0", "\u33ff", "１"]
)
def test_not_han(ch: str) -> None:
    # "〇" is a CJK symbol, not an ideograph; U+4DC0 (hexagrams) sits between
    # extension A and the unified block
    assert not is_han(ch)
    assert not HAN.fullmatch(ch)


@pytest.mark.parametrize("ch", ["あ", "ア", "ン", "ー", "\u31f0", "ゝ"])
def test_kana(ch: str) -> None:
    assert is_kana(ch)
    assert re.fullmatch(f"[{KANA_CLASS}]", ch)
    assert not is_han(ch)


@pytest.mark.parametrize("ch", ["한", "가", "\ud7a3", "ᄀ", "ㄱ"])
def test_hangul(ch: str) -> None:
    assert is_hangul(ch)
    assert not is_han(ch) and not is_kana(ch)


def test_bopomofo_is_neither_han_nor_kana() -> None:
    assert re.fullmatch(f"[{BOPOMOFO_CLASS}]", "ㄅ")
    assert not is_han("ㄅ") and not is_kana("ㄅ")


def test_character_class_and_in_ranges_agree() -> None:
    ranges = ((0x41, 0x43), (0x4E00, 0x4E01))
    pattern = re.compile(f"[{character_class(ranges)}]")
    for ch in "ABCDZ一丁丂":
        assert bool(pattern.fullmatch(ch)) == in_ranges(ch, ranges)
