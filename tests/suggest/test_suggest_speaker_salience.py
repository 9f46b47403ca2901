"""Who "he said" / "she said" means in real news: the person the sentences are about."""

from __future__ import annotations

from annotary.suggest import suggest_quotes
from annotary.suggest.english_names import en_entity


def _direct_speakers(text: str) -> list[str | None]:
    return [s.speaker for s in suggest_quotes(text, "en") if s.quote_type == "direct"]


def test_pronoun_goes_to_the_subject_not_to_the_person_named_last() -> None:
    text = (
        "Mayor Delphine Okafor spent the morning defending the budget against Councilman "
        "Raymond Tisch.\n\n"
        "“Nobody on this council has read the numbers twice,” she said."
    )
    assert _direct_speakers(text) == ["Delphine Okafor"]


def test_pronoun_skips_a_subject_of_the_other_gender() -> None:
    text = (
        "Governor Harold Quint met the striking nurses on Tuesday. Their leader, Marisol "
        "Fenwick, walked out after an hour.\n\n"
        "“He offered us a photograph and nothing else,” she said."
    )
    assert _direct_speakers(text) == ["Marisol Fenwick"]


def test_pronoun_of_a_widow_named_after_her_husband() -> None:
    text = (
        "Tobias Wren died in the crash. Wren's widow, Odile, spoke outside the court.\n\n"
        "“He was careful every single day of his life,” she said."
    )
    assert _direct_speakers(text) == ["Odile Wren"]


def test_run_together_phrases_are_not_people_a_pronoun_can_mean() -> None:
    for phrase in ("Vermont Sen.", "Okafor New Hampshire", "Senate Republicans", "Former Mayor"):
        entity = en_entity(phrase)
        assert entity is None or entity.kind != "person", phrase
    assert en_entity("Harold Quint") is not None
    convention = en_entity("Republican National Convention")
    assert convention is not None and convention.kind == "org"


def test_name_after_an_owner_and_a_role_noun_is_the_speaker() -> None:
    text = "“We counted every ballot twice,” said Halvorsen spokesman Teodor Brandt. “Twice.”"
    assert _direct_speakers(text) == ["Teodor Brandt"]
    text = "“The map favours us this year,” said Republican strategist Ines Caldwell."
    assert _direct_speakers(text) == ["Ines Caldwell"]


def test_quote_split_around_a_whole_attribution_sentence_is_one_quote() -> None:
    text = "“The road is finished.” Mayor Ilse Darrow said. “Now we pay for it.”"
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert len(found) == 1
    assert found[0].speaker == "Ilse Darrow"
    assert [text[a:b] for a, b in found[0].segments] == [
        "The road is finished.",
        "Now we pay for it.",
    ]


def test_two_quotes_with_a_sentence_of_news_between_stay_apart() -> None:
    text = "“The road is finished.” The council voted on Monday. “Now we pay for it.”"
    assert all(not s.segments for s in suggest_quotes(text, "en"))


def test_clause_after_saying_is_reported_speech_of_the_sentence_subject() -> None:
    text = "Mayor Ilse Darrow rejected the plan on Monday, saying that it would cost too much."
    found = suggest_quotes(text, "en")
    assert [(s.exact, s.speaker, s.quote_type) for s in found] == [
        ("it would cost too much", "Ilse Darrow", "indirect")
    ]
    assert suggest_quotes("The board met on Monday, saying nothing.", "en") == []


def test_person_who_leads_into_a_quote_with_a_comma_or_colon_is_its_speaker() -> None:
    text = "Councillor Ines Caldwell shot back, “You have never read the budget, not once.”"
    assert _direct_speakers(text) == ["Ines Caldwell"]
    text = "The council met Ines Caldwell. The clerk shot back, “The road will close in June.”"
    assert _direct_speakers(text) == ["clerk"]  # the unnamed source as written, not Caldwell
