"""Pronoun speakers on real news: who "he said" and "she said" mean when a sentence
names several people (subjects before objects, titles and given names giving a gender,
opening phrases that are no one)."""

from __future__ import annotations

from speaker_cases import direct_speakers

from annotary.suggest import suggest_quotes
from annotary.suggest.english_names import en_entity


def test_mrs_and_a_surname_is_not_her_husband() -> None:
    text = (
        "Bill Marrow spoke first at the dinner.\n\n"
        "Later in the evening, Mrs. Marrow took questions from the guests. Mrs. Marrow did "
        "not hesitate. “Everyone here deserves an answer,” she said."
    )
    assert direct_speakers(text) == ["Marrow"]


def test_he_said_after_a_question_asked_by_someone_else_means_the_subject() -> None:
    text = (
        "Governor Tom Brandt spoke to the station on Sunday.\n\n"
        "Brandt also did not sound certain when Dana Whitcombe asked whether the bridge would "
        "open in spring.\n\n"
        "“Nobody can promise a date for that,” he said."
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_place_before_where_is_not_a_person() -> None:
    text = (
        "At Kelso Marlow, where a membership costs a fortune, Jay Tarrant runs the club. "
        "“We are full every weekend,” he said."
    )
    assert direct_speakers(text) == ["Jay Tarrant"]


def test_he_said_means_the_recent_sentence_opener_not_a_man_named_as_an_object() -> None:
    text = (
        "The union met on Monday.\n\n"
        "Raynor Quist, a former union leader, had close ties to Governor Tom Brandt. But on "
        "Sunday he finally endorsed the mayor.\n\n"
        "“We need someone who fights for us,” he said."
    )
    assert direct_speakers(text) == ["Raynor Quist"]


def test_common_given_names_give_a_gender() -> None:
    for name, gender in (
        ("Greg Aldous", "m"),
        ("Corey Fenwick", "m"),
        ("Bonnie Quist", "f"),
        ("Dianne Marlow", "f"),
    ):
        entity = en_entity(name)
        assert entity is not None and entity.gender == gender, name


def test_a_name_before_a_role_and_another_name_is_not_who_she_means() -> None:
    text = (
        "Helen Vance spoke in Ohio on Monday.\n\n"
        "Vance spokeswoman Mary Holt criticised the report. “Nice try, but it is not true,” "
        "she said."
    )
    assert direct_speakers(text) == ["Mary Holt"]


def test_similar_opening_a_sentence_is_not_a_surname() -> None:
    text = (
        "The gun was sold online.\n\n"
        "Quist wrote in the listing that he was honoured to sell it. Similar rifles normally "
        "sell for far less.\n\n"
        "“This is the rifle I used,” he wrote."
    )
    assert direct_speakers(text) == ["Quist"]


def test_a_participle_after_a_message_speaks_for_who_sent_it() -> None:
    text = (
        "The shop closed on Friday.\n\n"
        "Nora Vale ran it for ten years. Minutes later, she sent an email saying, “We are "
        "proud of what we built here.”"
    )
    assert direct_speakers(text) == ["Nora Vale"]


def test_he_said_after_someone_elses_wish_inside_the_sentence_means_its_subject() -> None:
    text = (
        "The mill was the topic.\n\n"
        "“We will keep it open,” Tom Brandt said on Monday.\n\n"
        "The day before, at a rally in Kelso, Mr. Quade was just as blunt, claiming without "
        "any evidence that Governor Brandt wanted to close the mill. “You would have to be "
        "mad,” he said."
    )
    assert direct_speakers(text) == ["Tom Brandt", "Quade"]


def test_the_previous_speaker_carries_over_a_paragraph_that_names_nobody() -> None:
    text = (
        "“We will win this county,” said Hollis Quade, who is running against Tom Brandt.\n\n"
        "The vote is in May. The count takes a week. The last turnout was low.\n\n"
        "“It will be close, but we are ready,” he said."
    )
    assert direct_speakers(text) == ["Hollis Quade", "Hollis Quade"]


def test_a_name_after_an_opening_pronoun_is_an_object_not_the_subject() -> None:
    text = (
        "The rally drew a crowd.\n\n"
        "One voter, Guido Ferrante, 35, came in the green shirt of a farmers' group. He had "
        "protested Governor Tom Brandt at a rally in May and joined the union since.\n\n"
        "“I met a lot of good people there, and I liked them,” he said."
    )
    assert direct_speakers(text) == ["Guido Ferrante"]


def test_a_man_named_after_a_preposition_does_not_stop_the_previous_speaker() -> None:
    text = (
        "“That never happened,” Bob Hale said.\n\n"
        "While the guards who had been so dismissive of Governor Tom Brandt left the country, "
        "the base chief stayed in the capital.\n\n"
        "“We were there to find out who had attacked us,” he said."
    )
    assert direct_speakers(text) == ["Bob Hale", "Bob Hale"]


def test_an_opening_phrase_before_the_pronoun_is_not_the_speaker() -> None:
    text = (
        "Tom Brandt posted a photo of the pier.\n\n"
        "Along with the photo, he had posted: “This is what the storm left us.”\n\n"
        "Nora Vale answered the mayor.\n\n"
        "On Facebook, she responded to one of his messages by saying, “That is simply untrue.”"
    )
    assert direct_speakers(text) == ["Tom Brandt", "Nora Vale"]


def test_a_phrase_after_the_cue_that_names_no_one_is_no_speaker() -> None:
    text = (
        'Brandt, the longtime owner of the pageant and star of the show "The Harbour Hour," '
        "said in an interview with the Gazette that fairs in the past have been too dull. "
        '"It\'s very important to put some fun into a fair, to be honest with you," he said.'
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert found and all(s.speaker != "in an interview" for s in found)
    assert all(s.confidence < 0.8 for s in found if s.speaker is None)


def test_an_unnamed_source_who_told_an_outlet_speaks() -> None:
    text = (
        "Staff felt let down by the changes. As one employee told the Harbour Gazette weekly, "
        '"She wants us to be afraid, and she is doing it well."'
    )
    assert direct_speakers(text) == ["one employee"]
