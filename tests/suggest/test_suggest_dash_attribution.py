"""Quotes attributed by a dash after them, as pull quotes, "quotes of the week" roundups and
epigraphs print them: “…” — Name, role. The name after the dash is the speaker, and the
attribution stays out of the quote."""

from __future__ import annotations

import pytest

from annotary.suggest import suggest_quotes
from annotary.suggest.model import QuoteSuggestion


def _quote(text: str, opening: str, language: str = "en") -> QuoteSuggestion:
    found = [s for s in suggest_quotes(text, language) if s.exact.startswith(opening)]
    assert len(found) == 1, [s.exact for s in suggest_quotes(text, language)]
    return found[0]


def _assert_dash_speaker(text: str, opening: str, speaker: str, language: str = "en") -> None:
    s = _quote(text, opening, language)
    assert s.speaker == speaker
    assert s.rule == ("direct.dash" if language == "en" else "direct.zh-dash")
    assert s.speaker_mention is not None and s.speaker_mention.start >= s.end
    assert speaker.split()[-1] not in s.exact
    assert text[s.start - 1] == "“" and text[s.end] == "”"  # the words inside the marks


@pytest.mark.parametrize(
    "dash",
    [" — ", " —", "— ", "—", " – ", " -- ", "--"],
    ids=["em-spaced", "em-before", "em-after", "em-tight", "en", "hyphens-spaced", "hyphens"],
)
def test_the_name_after_a_dash_is_the_speaker(dash: str) -> None:
    text = (
        "Lines of the week.\n\n"
        f"“We will open the harbour bridge before the winter storms come.”{dash}Nora Vance\n"
    )
    _assert_dash_speaker(text, "We will open", "Nora Vance")


def test_a_name_that_opens_with_an_accented_capital() -> None:
    text = "Lines of the week.\n\n“The ferries will run all winter, storms or not.” — Émile Varga\n"
    _assert_dash_speaker(text, "The ferries", "Émile Varga")


def test_the_words_after_the_name_comma_are_a_role_or_a_place() -> None:
    text = (
        "Lines of the week.\n\n"
        "“Every family in this county deserves a road that does not flood.” — Ada Hale, "
        "Republican senator from Harbour County\n\n"
        "“We are going to fix the ferries, and we are going to do it this year.” "
        "— Tom Brandt, at a town hall in Eastfield\n"
    )
    _assert_dash_speaker(text, "Every family", "Ada Hale")
    assert _quote(text, "Every family").speaker_role == "Republican senator from Harbour County"
    _assert_dash_speaker(text, "We are going", "Tom Brandt")
    assert _quote(text, "We are going").speaker_role is None  # where, not who


def test_a_party_label_may_follow_the_name() -> None:
    text = "Overheard.\n\n“The budget is a fantasy and everyone knows it.” — Ada Hale (R-Ore.)\n"
    _assert_dash_speaker(text, "The budget", "Ada Hale")


def test_a_roundup_gives_each_quote_its_own_speaker() -> None:
    text = (
        "The best lines of the debate.\n\n"
        "“We are going to win so much you will get tired of winning.” — Tom Brandt, "
        "at a rally in Eastfield\n\n"
        "“Nobody builds ferries better than me.” —Nora Vance\n\n"
        "“I am not going anywhere.” – Mara Tolven, in Westport\n"
    )
    _assert_dash_speaker(text, "We are going", "Tom Brandt")
    _assert_dash_speaker(text, "Nobody builds", "Nora Vance")
    _assert_dash_speaker(text, "I am not going", "Mara Tolven")


def test_a_numbered_roundup_in_one_paragraph() -> None:
    text = (
        "Quotes of the week: 1. “The harbour bridge will open in May, on time.” — Nora Vance, "
        "mayor. 2. “Nobody asked the ferry crews what they think.” — Mara Tolven\n"
    )
    _assert_dash_speaker(text, "The harbour", "Nora Vance")
    assert _quote(text, "The harbour").speaker_role == "mayor"
    _assert_dash_speaker(text, "Nobody asked", "Mara Tolven")


def test_a_short_quote_with_a_dash_attribution_is_kept() -> None:
    text = "Quote of the day.\n\n“I am back.” — Tom Brandt\n"
    _assert_dash_speaker(text, "I am back", "Tom Brandt")


def test_a_surname_alone_after_the_dash_is_the_person_named_before() -> None:
    text = (
        "Councillor Tom Brandt spoke in Eastfield on Monday night.\n\n"
        "“The ferry will run on time, every single day of the year.” — Brandt\n"
    )
    _assert_dash_speaker(text, "The ferry", "Tom Brandt")


def test_a_pronoun_after_a_dash_attributed_quote_means_its_speaker() -> None:
    text = (
        "Lines of the week.\n\n"
        "“We will not back down from this fight, not now and not ever.” — Mayor Tom Brandt\n\n"
        "“The new bridge is going up next year, believe me,” he added.\n"
    )
    _assert_dash_speaker(text, "We will not", "Tom Brandt")
    assert _quote(text, "The new bridge").speaker == "Tom Brandt"


@pytest.mark.parametrize(
    "after",
    [
        " — and then the lights went out.",
        " — Then the lights went out in the hall.",
        " — Nora Vance walked out of the hall.",
        " — Nobody, least of all the mayor, saw it coming.",
        " — Monday, March 3",
    ],
    ids=["lowercase", "adverb", "verb-after-name", "not-a-name", "date"],
)
def test_a_dash_that_goes_on_with_the_story_names_no_speaker(after: str) -> None:
    text = f"The vote.\n\n“It was over, and everyone in the room knew it.”{after}\n"
    s = _quote(text, "It was over")
    assert s.rule != "direct.dash"
    assert s.speaker is None


def test_a_quoted_phrase_inside_a_sentence_is_not_attributed_by_a_dash() -> None:
    text = (
        "Councillor Tom Brandt spoke on Monday.\n\n"
        "The new ferry timetable, “a gift to commuters,” — Brandt, for one, is not "
        "convinced.\n"
    )
    assert [s.rule for s in suggest_quotes(text, "en") if s.rule == "direct.dash"] == []


def test_a_fragment_before_a_dash_in_a_sentence_is_no_attributed_quote() -> None:
    text = "The vote.\n\n“It was over” — and then the lights went out.\n"
    assert [s for s in suggest_quotes(text, "en") if s.speaker or s.rule == "direct.dash"] == []


def test_a_chinese_quote_followed_by_a_dash_and_a_name() -> None:
    text = (
        "两会金句。\n\n"
        "“我们一定要把农村的路修好，让农民走得顺。”——李红，市人大代表\n\n"
        "“教育是最好的投资，也是最长远的投资。”——王建国\n\n"
        "“这件事我们会继续跟进。”他补充说。\n"
    )
    _assert_dash_speaker(text, "我们一定", "李红", "zh")
    assert _quote(text, "我们一定", "zh").speaker_role == "市人大代表"
    _assert_dash_speaker(text, "教育是", "王建国", "zh")
    assert _quote(text, "这件事", "zh").speaker == "王建国"


def test_a_chinese_dash_that_goes_on_with_the_story_names_no_speaker() -> None:
    text = "两会金句。\n\n“说到底，这件事还是要靠我们自己。”——这句话让人深思。\n"
    s = _quote(text, "说到底", "zh")
    assert s.rule != "direct.zh-dash"
    assert s.speaker is None
