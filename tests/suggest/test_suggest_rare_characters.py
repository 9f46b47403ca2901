"""Chinese names and labels may hold rare ideographs (extension A, B, compatibility)."""

from __future__ import annotations

import pytest

from annotary.suggest import suggest_quotes
from annotary.suggest.chinese_names import zh_name_at


@pytest.mark.parametrize("name", ["汪㛃", "李𠮷", "王明㛃"])
def test_a_name_may_end_in_a_rare_ideograph(name: str) -> None:
    assert zh_name_at(f"{name}表示", 0) == name


def test_a_name_stops_at_kana_and_punctuation() -> None:
    assert zh_name_at("汪の表示", 0) is None
    assert zh_name_at("汪明，表示", 0) == "汪明"


def test_a_transcript_label_of_rare_ideographs() -> None:
    text = (
        "记者：你怎么看今年的计划？\n\n林𠮷㛃：我们会继续努力，一定不会放弃。\n\n"
        "记者：困难在哪里？\n\n林𠮷㛃：资金还不够，人手也还不够多。"
    )
    found = suggest_quotes(text, "zh")
    assert any(s.speaker == "林𠮷㛃" for s in found), found
