"""A suggested speaker is someone: never a verb, an adverb or an object left over from
the sentence ("helped", "already", "them"), while groups and pairs stay ("the two",
"a third", "those surveyed")."""

from __future__ import annotations

import pytest

from annotary.suggest import suggest_quotes
from annotary.suggest.english_names import not_a_speaker, without_trailing_adverb


def _speakers(text: str) -> dict[str, str | None]:
    return {text[s.start : s.end]: s.speaker for s in suggest_quotes(text, "en")}


def test_a_verb_before_a_cue_word_is_not_the_speaker() -> None:
    # "add" is a speech verb in "she added", not in "helped add weight"
    text = (
        "The newspaper ran two long articles that examined \"the gap between the mine's "
        'public promises and its private plans." The articles had helped add weight to '
        "an inquiry by the state."
    )
    speakers = list(_speakers(text).values())
    assert speakers, "the partly quoted sentence is still suggested"
    assert "helped" not in speakers


def test_an_adverb_between_subject_and_cue_is_not_part_of_the_speaker() -> None:
    text = (
        "The inquiry was announced in May. Critics of the port authority already said "
        "that the plan would fail."
    )
    assert _speakers(text)["the plan would fail"] == "Critics of the port authority"


@pytest.mark.parametrize(
    ("phrase", "trimmed"),
    [
        ("my father often", "my father"),
        ("the candidate could", "the candidate"),
        ("Critics of the port authority already", "Critics of the port authority"),
        ("often", "often"),  # nothing left to keep: the gate below refuses it
        ("Nora Vance", "Nora Vance"),
    ],
)
def test_trailing_adverbs_and_modals_are_trimmed(phrase: str, trimmed: str) -> None:
    assert without_trailing_adverb(phrase) == trimmed


@pytest.mark.parametrize(
    "phrase",
    [
        "helped",  # a verb
        "expressed",
        "harbour permit filed",  # a clause cut before its verb's object
        "already",  # adverbs and modals
        "should",
        "really",
        "them",  # the object of "urged them to"
        "him",
        "friend without",  # a preposition
        "can't",
        "superdelegates who’ve",
        "numerous",  # adjectives with no noun after them
        "coast beyond western",
        "beating rival Tom Brandt in his home state",  # a clause
    ],
)
def test_phrases_that_name_no_one_are_refused(phrase: str) -> None:
    assert not_a_speaker(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "the two",  # "the two write"
        "a third",  # "a third said": part of a poll's sample
        "those surveyed",
        "the accused",
        "most of them",
        "the daily",
        "the report",  # a cue word that is also a noun
        "officials familiar with the talks",
        "the acting director",
        "conservative-leaning newspaper",
        "Nora Vance",
    ],
)
def test_groups_pairs_and_documents_stay_speakers(phrase: str) -> None:
    assert not not_a_speaker(phrase)


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("an aide to Mr. Reyes said", "aide to Mr. Reyes"),
        ("an adviser to Mayor Reyes told reporters", "adviser to Mayor Reyes"),
        ("a lawyer for Mr. Reyes said", "lawyer for Mr. Reyes"),
        ("said an aide to the mayor", "aide to the mayor"),
        ("a longtime friend of Tom Reyes said", "longtime friend of Tom Reyes"),
    ],
)
def test_someone_named_by_whom_they_work_for_is_not_that_person(
    attribution: str, speaker: str
) -> None:
    # news quotes aides, lawyers and friends who are not named: the mayor did not speak
    text = (
        "Vote lost\n\nMayor Tom Reyes lost the vote on the harbour bridge. "
        f"“It is over and we all know it,” {attribution}."
    )
    assert _speakers(text)["It is over and we all know it,"] == speaker


def test_a_named_aide_speaks_with_the_relation_as_her_role() -> None:
    text = (
        "Vote lost\n\nMayor Tom Reyes lost the vote on the harbour bridge. "
        "“It is over and we all know it,” said Ada Kell, an aide to the mayor."
    )
    assert _speakers(text)["It is over and we all know it,"] == "Ada Kell"


def test_a_phrase_cut_short_before_a_name_is_no_speaker() -> None:
    assert not_a_speaker("chief adviser to Minister of")
    assert not_a_speaker("Bank of")
    assert not not_a_speaker("Bank of Marenia")


def test_an_office_before_a_name_is_not_a_speech_verb() -> None:
    # "state" is a speech verb ("she stated"), but not in "secretary of state"
    text = (
        "Debate night\n\nThe moderator asked about the emails.\n\n"
        "Former secretary of state Nora Vance: “We learned a lot from the review of the files.”"
    )
    assert _speakers(text)["We learned a lot from the review of the files."] == "Nora Vance"


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Two people familiar with the talks", "Two people familiar with the talks"),
        ("People briefed on the plan", "People briefed on the plan"),
        ("Aides loyal to the mayor", "Aides loyal to the mayor"),
        ("Residents opposed to the bridge", "Residents opposed to the bridge"),
    ],
)
def test_people_described_by_what_they_know_or_back_speak_not_that_thing(
    subject: str, speaker: str
) -> None:
    # "people familiar with the talks said": the talks said nothing
    text = (
        "Harbour vote\n\nThe council met on Monday. "
        f"{subject} said that the vote on the harbour bridge would be delayed until spring."
    )
    assert list(_speakers(text).values()) == [speaker]


def test_a_cue_word_used_as_a_noun_attributes_nothing() -> None:
    # "reports" is a speech verb ("she reports that"), not after "investigative"
    text = (
        "Harbour news\n\nLate last month, the mining company wrote a letter to the mayor, "
        "calling the three exhaustive investigative reports “careless and plainly unfair.”"
    )
    cues = [s.cue.text for s in suggest_quotes(text, "en") if s.cue is not None]
    assert "reports" not in cues
