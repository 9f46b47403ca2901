"""Described speakers in real news: "the company", "the group" and the like stand for the
organisation the article has just named, and stay as written when it has not; a name
before its role speaks, with the role."""

from __future__ import annotations

from speaker_cases import direct_speakers

from annotary.suggest import suggest_quotes


def test_the_company_is_the_organisation_named_just_before() -> None:
    text = (
        "The filibuster drew notice from employers such as Kestrel Foods, which "
        "opposed the bill. “We call on other businesses to stand with us,” the company "
        "tweeted."
    )
    assert direct_speakers(text) == ["Kestrel Foods"]


def test_the_group_is_not_the_place_where_a_crowd_rallied() -> None:
    text = (
        "Marchers filled the streets on Tuesday.\n\n"
        "Carrying placards, the crowd, which rallied at Kestrel University before the march, "
        "was the most diverse so far.\n\n"
        "“Power to the people!” the group shouted from the street."
    )
    assert direct_speakers(text) == ["group"]


def test_the_company_stays_as_written_when_the_last_organisation_is_far_back() -> None:
    text = (
        "The ferry line was sold to Kestrel Foods in 2009.\n\n"
        "Ms. Okafor said the question was not simple.\n\n"
        "She said the island needed its own boats.\n\n"
        "The town council met again in March.\n\n"
        "“We have always sought a balance,” the company said."
    )
    assert direct_speakers(text) == ["company"]


def test_a_name_before_an_owned_role_speaks_with_the_role() -> None:
    text = (
        "The two rarely agreed.\n\n"
        "“They were rivals, but also friends,” Tom B. Kell, Governor Vance’s former chief "
        "of staff, said of their years in office. “There was respect there.”\n\n"
        "Nora Okafor, Harbour Trust’s chief strategist, said, “The vote will be close.”\n\n"
        "“We need the ferry,” Senator Mara Tolven, Democrat of Oregon, said on Monday.\n\n"
        "“It is a people’s campaign,” said Ben Ortiz, Hollis’ campaign manager."
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.speaker, s.speaker_role) for s in found] == [
        ("Tom B. Kell", "Governor Vance’s former chief of staff"),
        ("Nora Okafor", "Harbour Trust’s chief strategist"),
        ("Mara Tolven", "Democrat of Oregon"),
        ("Ben Ortiz", "Hollis’ campaign manager"),
    ]


def test_the_woman_or_the_man_is_someone_the_article_does_not_name() -> None:
    text = (
        "Nora Okafor has run the bakery on Quay Street for twenty years.\n\n"
        "At a pharmacy near the harbour, a cashier was shaken by the talk she had heard. "
        "“One customer said we should close the border,” said the woman, who spoke on "
        "condition of anonymity.\n\n"
        "Tom Brandt, a ferry pilot, said the crossing was calm. Another pilot who did not "
        "want to be named said the cuts were coming. “I do not think they will stop,” the "
        "man said."
    )
    assert direct_speakers(text) == ["woman", "man"]


def test_a_place_before_an_owned_role_is_no_name() -> None:
    text = "The council met.\n\nIn Harbour City, Vance’s aide said, “We will appeal.”"
    assert direct_speakers(text) == ["Vance’s aide"]
