"""Speakers named by description, relatives, businesses, British single quotes, Chinese names."""

from __future__ import annotations

from annotary.suggest import suggest_quotes


def _speakers(text: str, language: str = "en") -> list[tuple[str, str | None]]:
    return [(s.exact, s.speaker) for s in suggest_quotes(text, language)]


def test_british_single_quotes_are_quotes_and_apostrophes_are_not() -> None:
    text = (
        "'We were never consulted', say residents\n\n"
        "Ada Pike has lived on Mill Lane for years. 'It's the town's oldest park and "
        "nobody asked us,' she said."
    )
    found = _speakers(text)
    assert ("It's the town's oldest park and nobody asked us,", "Ada Pike") in found
    assert ("We were never consulted", "residents") in found


def test_age_and_descriptor_refer_to_the_sentence_subject() -> None:
    text = (
        "Mara Lind beat the second seed, Olga Brek, in three sets on Friday.\n\n"
        "“I just kept running,” the 19-year-old said."
    )
    assert _speakers(text)[0][1] == "Mara Lind"
    text = "Jon Ekberg, 71, has kept bees for decades.\n\n“They calm me down,” the pensioner said."
    assert _speakers(text)[0][1] == "Jon Ekberg"


def test_relative_introduced_by_first_name_takes_the_family_name() -> None:
    text = (
        "Irena Sokol opened the café in 1990.\n\n"
        "Her son Piotr, who lives abroad, said he would not take it over."
    )
    found = _speakers(text)
    assert found and found[0][1] == "Piotr Sokol"


def test_the_company_is_the_business_named_before_not_the_regulator() -> None:
    text = (
        "Shares in Lumora fell after the Energy Regulatory Authority opened an inquiry.\n\n"
        "The company said it would cooperate fully with the inquiry."
    )
    assert _speakers(text)[0][1] == "Lumora"
    text = (
        "The Energy Regulatory Authority fined Brightvolt Energy on Monday.\n\n"
        "The company said it would appeal against the decision."
    )
    assert _speakers(text)[0][1] == "Brightvolt Energy"


def test_headline_description_resolves_to_the_articles_subject() -> None:
    text = (
        "'I paint what I cannot say', says artist\n\n"
        "Lena Dorsch's new exhibition opens on Friday at the town gallery."
    )
    assert _speakers(text)[0] == ("I paint what I cannot say", "Lena Dorsch")


def test_chinese_role_before_name_and_running_text_names() -> None:
    text = "審判長賴美玲指出，被告人的行為情節嚴重。"
    assert _speakers(text, "zh")[0][1] == "賴美玲"
    text = (
        "六十岁的龚秋生在山上种茶。龚秋生说，今年的茶比去年好。县里的工作人员表示，将继续扶持茶农。"
    )
    found = _speakers(text, "zh")
    assert found[0][1] == "龚秋生"
    assert found[1][1] == "县里的工作人员"


def test_chinese_description_refers_back_to_the_last_person() -> None:
    text = (
        "小将邬思琪爆冷晋级\n\n年仅十九岁的邬思琪晋级八强。"
        "赛后，这位十九岁的小将表示，自己只想打出水平。"
    )
    assert _speakers(text, "zh")[0][1] == "邬思琪"
