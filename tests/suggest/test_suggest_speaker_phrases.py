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
    # "add" is a speech verb in "she added", not in "helped add momentum"
    text = (
        "The newspaper ran two long articles that examined \"the gap between the mine's "
        'public promises and its private plans." The articles had helped add momentum to '
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
        "court document filed",  # a clause cut before its verb's object
        "already",  # adverbs and modals
        "should",
        "really",
        "them",  # the object of "urged them to"
        "him",
        "friend without",  # a preposition
        "can't",
        "superdelegates who’ve",
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
        "Nora Vance",
    ],
)
def test_groups_pairs_and_documents_stay_speakers(phrase: str) -> None:
    assert not not_a_speaker(phrase)
