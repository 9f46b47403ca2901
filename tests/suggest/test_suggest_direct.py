"""Direct quotes: marks, split and multi-paragraph quotes, nesting, scare quotes, titles."""

from __future__ import annotations

from annotary.suggest import suggest_quotes


def _direct(text: str, language: str | None = None):  # type: ignore[no-untyped-def]
    return [s for s in suggest_quotes(text, language) if s.quote_type == "direct"]


def test_split_quote_is_one_suggestion_spanning_both_parts() -> None:
    text = '"We will rebuild," he said. "It will take years."'
    found = _direct("Mayor Tom Reid visited the site. " + text)
    assert len(found) == 1
    assert found[0].exact.startswith("We will rebuild")
    assert found[0].exact.endswith("It will take years.")
    assert found[0].cue is not None and found[0].cue.text == "said"
    assert found[0].speaker == "Tom Reid"


def test_multi_paragraph_quote_is_one_suggestion() -> None:
    text = (
        "Anna Feld spoke at the meeting.\n\n"
        "“The water came at night. We had no warning at all.\n\n"
        "“By morning the school was gone,” she said."
    )
    found = _direct(text)
    assert len(found) == 1
    assert "\n\n“By morning" in found[0].exact
    assert found[0].speaker == "Anna Feld"


def test_nested_single_quotes_give_no_extra_suggestion() -> None:
    text = "“When I read the words ‘let them rent tents’ I felt sick,” Senator Ann Holt said."
    found = _direct(text)
    assert len(found) == 1
    assert found[0].speaker == "Ann Holt"


def test_scare_quote_is_not_suggested() -> None:
    text = "The plan relies on the so-called “green corridor” along the river."
    assert _direct(text) == []


def test_title_in_quotes_is_not_suggested() -> None:
    text = "The film “Red River” opened on Friday to large crowds in the capital."
    assert _direct(text) == []


def test_guillemets_with_and_without_spaces() -> None:
    text = (
        "« We are being asked to do the impossible », said Jean Morel.\n\n"
        "«We understand the anger»,  regional official Lucie Bernard told radio."
    )
    found = _direct(text)
    assert [s.exact for s in found] == [
        "We are being asked to do the impossible",
        "We understand the anger",
    ]
    assert [s.speaker for s in found] == ["Jean Morel", "Lucie Bernard"]


def test_german_low_high_quotes() -> None:
    found = _direct("„We have never seen this,“ said Georg Huber, a brewer.")
    assert len(found) == 1 and found[0].exact == "We have never seen this,"
    assert found[0].speaker == "Georg Huber"


def test_corner_brackets_and_nested_white_corners() -> None:
    text = "處長黃淑芬說：「農民只要帶著身分證來，『其他的交給我們』。」"
    found = _direct(text, "zh")
    assert len(found) == 1
    assert found[0].exact == "農民只要帶著身分證來，『其他的交給我們』。"
    assert found[0].speaker == "黃淑芬"


def test_chinese_curly_quotes_with_trailing_cue() -> None:
    text = "市委书记李红中主持会议。“企业遇到的困难，就是我们要解决的问题。”李红中说。"
    found = _direct(text)
    assert len(found) == 1 and found[0].speaker == "李红中"
    assert found[0].cue is not None and found[0].cue.text == "说"


def test_unattributed_long_quote_has_no_speaker_and_low_confidence() -> None:
    text = "The night was long.\n\n“You are angels, the pair of you, and I will never forget it.”"
    found = _direct(text)
    assert len(found) == 1
    assert found[0].speaker is None and found[0].confidence <= 0.5


def test_offsets_point_into_the_text() -> None:
    text = "Rita Conlon, the manager, was pleased. “He was magnificent,” Conlon said."
    for s in suggest_quotes(text):
        assert text[s.start : s.end] == s.exact
        if s.cue:
            assert text[s.cue.start : s.cue.end] == s.cue.text
