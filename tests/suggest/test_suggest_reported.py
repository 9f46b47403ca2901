"""Reported speech in English and Chinese, with cue and mention."""

from __future__ import annotations

import pytest

from annotary.suggest import suggest_quotes


def _indirect(text: str, language: str | None = None):  # type: ignore[no-untyped-def]
    return [s for s in suggest_quotes(text, language) if s.quote_type == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        (
            "Ken Mbeki said that the line would reopen on Monday.",
            "the line would reopen on Monday",
            "said",
            "Ken Mbeki",
        ),
        (
            "Ken Mbeki said the line would reopen on Monday.",
            "the line would reopen on Monday",
            "said",
            "Ken Mbeki",
        ),
        (
            "The line would reopen on Monday, Ken Mbeki said.",
            "The line would reopen on Monday",
            "said",
            "Ken Mbeki",
        ),
        (
            "The budget is broadly credible, said Peter Santos, chief economist at Northgate Bank.",
            "The budget is broadly credible",
            "said",
            "Peter Santos",
        ),
        (
            "According to Rafael Costa, the guidance cut was smaller than feared.",
            "the guidance cut was smaller than feared",
            "According to",
            "Rafael Costa",
        ),
        (
            "Liam Doherty told MPs that the investigators would report within eight weeks.",
            "the investigators would report within eight weeks",
            "told",
            "Liam Doherty",
        ),
    ],
)
def test_english_reported_forms(text: str, content: str, cue: str, speaker: str) -> None:
    found = _indirect(text)
    assert len(found) == 1
    assert found[0].exact == content
    assert found[0].cue is not None and found[0].cue.text == cue
    assert found[0].speaker == speaker


@pytest.mark.parametrize(
    "verb",
    [
        "added",
        "noted",
        "warned",
        "stressed",
        "argued",
        "claimed",
        "insisted",
        "explained",
        "announced",
        "confirmed",
        "denied",
    ],
)
def test_english_speech_verbs_with_that(verb: str) -> None:
    text = f"Clara Lindqvist {verb} that the reserve was in effect a freeze on investment."
    found = _indirect(text)
    assert len(found) == 1 and found[0].cue is not None and found[0].cue.text == verb
    assert found[0].speaker == "Clara Lindqvist"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "外交部发言人汪明远表示，中方欢迎各国派代表出席论坛。",
            "中方欢迎各国派代表出席论坛",
            "汪明远",
        ),
        ("李红中指出，港口是城市发展的生命线。", "港口是城市发展的生命线", "李红中"),
        ("教授陈晓梅强调，应在多式联运上下功夫。", "应在多式联运上下功夫", "陈晓梅"),
        ("分析师刘畅认为，行业整合将明显加速。", "行业整合将明显加速", "刘畅"),
        ("董事长马骏透露，公司正在洽谈新一轮融资。", "公司正在洽谈新一轮融资", "马骏"),
        ("据知情人士称，公司正在洽谈新一轮融资。", "公司正在洽谈新一轮融资", "知情人士"),
        ("分析师刘畅告诉记者，产品线过于单一。", "产品线过于单一", "刘畅"),
        (
            "我们有信心建成世界一流的港口，市委书记李红中说。",
            "我们有信心建成世界一流的港口",
            "李红中",
        ),
    ],
)
def test_chinese_reported_forms(text: str, content: str, speaker: str) -> None:
    found = _indirect(text)
    assert len(found) == 1
    assert found[0].exact == content
    assert found[0].speaker == speaker


def test_language_detection_picks_chinese_rules() -> None:
    found = suggest_quotes("发言人汪明远表示，中方愿意坦诚交流。")
    assert found and found[0].speaker == "汪明远"
