"""domain/language: one guess of a text's language, for import and for suggestions."""

from __future__ import annotations

import pytest

from annotary.domain.language import EAST_ASIAN_SHARE, detect_language
from annotary.suggest import suggest_quotes

ENGLISH = "The minister said that the council will meet on Monday and they agreed with her. "


def _mixed(han: int, latin: int) -> str:
    """``han`` Han characters and ``latin`` Latin letters of English prose."""
    words = (ENGLISH * (latin // len(ENGLISH) + 1)).split()
    out: list[str] = []
    count = 0
    for word in words:
        letters = sum(ch.isalpha() for ch in word)
        if count + letters > latin:
            break
        out.append(word)
        count += letters
    letters_needed = latin - count
    if letters_needed:
        out.append("x" * letters_needed)
    return " ".join(out) + " " + ("部长表示会谈将继续进行" * (han // 11 + 1))[:han]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("部长表示，双方会谈将继续进行。", "zh"),
        ("㐀㐁㐂㐃㐄㐅㐆㐇㐈㐉㐊㐋㐌", "zh"),  # extension A only
        ("豈更車賈滑串句龜龜契金喇奈", "zh"),  # compatibility ideographs only
        ("𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷", "zh"),  # extension B only
        ("東京都の知事は記者会見で説明しました。", "ja"),
        ("カタカナとひらがなだけのぶんしょうです", "ja"),
        ("서울시는 새로운 교통 계획을 발표했다", "ko"),
        (ENGLISH, "en"),
        ("Le ministre a déclaré que le gouvernement ne reculerait pas.", None),
        ("短い", None),  # too few letters to say
        ("", None),
    ],
)
def test_detect_language(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_the_threshold_decides_mixed_text() -> None:
    at = _mixed(30, 70)
    below = _mixed(29, 71)
    assert EAST_ASIAN_SHARE == 0.3
    assert detect_language(at) == "zh"
    assert detect_language(below) == "en"


def test_a_fifth_han_is_english_with_chinese_names() -> None:
    # the suggestion engine once had its own, lower threshold (a fifth): such a
    # text was Chinese for suggestions and English on import
    assert detect_language(_mixed(20, 80)) == "en"


def test_suggestions_use_the_same_guess() -> None:
    text = "发言人汪明远表示，中方愿意坦诚交流。"
    assert detect_language(text) == "zh"
    found = suggest_quotes(text)
    assert found and found[0].speaker == "汪明远"


def test_an_unsure_guess_gets_english_rules() -> None:
    text = "Der Minister erklärte: „Wir werden nicht nachgeben.“ Minister Braun sagte das."
    assert detect_language(text) is None
    suggest_quotes(text)  # English rules apply; nothing fails


# ---- what a language tag means --------------------------------------------------------


def test_a_tag_is_normalised_to_its_primary_subtag() -> None:
    from annotary.domain.language import normalise_language

    assert normalise_language("en-GB") == "en"
    assert normalise_language(" ZH_cn ") == "zh"
    assert normalise_language("yue-Hant-HK") == "yue"
    for nothing in (None, "", "   ", "x-klingon", "12", "english"):
        assert normalise_language(nothing) is None, nothing


def test_every_chinese_tag_is_chinese_and_cjk() -> None:
    from annotary.domain.language import cjk_language, is_chinese, is_cjk

    for tag in ("zh", "zh-CN", "zh-Hant-TW", "ZH_tw", "cmn", "cmn-Hans", "yue-HK", "zho"):
        assert is_chinese(tag) and is_cjk(tag) and cjk_language(tag) == "zh", tag
    for tag in ("ja", "ja-JP", "ko-KR", "kor"):
        assert not is_chinese(tag) and is_cjk(tag), tag
    assert cjk_language("ja-JP") == "ja" and cjk_language("ko") == "ko"
    for tag in (None, "", "en", "en-US", "fr", "zz", "x-zh", "chinese"):
        assert not is_chinese(tag) and not is_cjk(tag) and cjk_language(tag) is None, tag
