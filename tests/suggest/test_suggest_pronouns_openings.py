"""Pronoun speakers and how a sentence opens: a pronoun after an opening phrase is the
sentence's subject ("On Friday, he joined …"), and a name inside an opening subordinate
clause ("Although …, ") is not who a later "she said" means."""

from __future__ import annotations

from speaker_cases import direct_speakers


def test_a_name_after_a_pronoun_that_follows_an_opening_phrase_is_an_object() -> None:
    text = (
        "Speaker Carl Vance had asked for the meeting.\n\n"
        "Before the talks, Tom Brandt struck a milder note. Asked on the radio who runs the "
        "caucus, he said Vance. “Carl, for now at least,” he said."
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_woman_named_after_an_opening_pronoun_is_not_who_she_said_means() -> None:
    text = (
        "Tamsin Quill, a Harbourton native and 2009 college graduate, owes about $90,000 in "
        "loans. Now 29, she still sleeps in her old room, its walls covered with the same "
        "Marla Finch posters she hung as a teenager.\n\n"
        "“Who wants to be living with their parents at 29?” she said."
    )
    assert direct_speakers(text) == ["Tamsin Quill"]


def test_a_participle_speaks_for_a_pronoun_after_an_opening_phrase() -> None:
    text = (
        "Tom Brandt has kept up his attacks on the senator.\n\n"
        "On Friday, he joined other candidates in seizing on news that Mrs. Vance's office "
        "had mislaid files marked “private,” saying in a post on Twitter: “Nora Vance "
        "cannot be trusted with files.”"
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_name_in_an_opening_clause_is_not_the_sentence_subject() -> None:
    text = (
        "The audit of the harbour fund closed on Wednesday.\n\n"
        "Although it angered Governor Helen Brandt's allies, Mayor Nora Vance signed off on "
        "the report. “This evening I signed the order,” she said, “and the matter is "
        "closed.”"
    )
    assert direct_speakers(text) == ["Nora Vance"]


def test_a_possessive_in_an_opening_clause_is_not_who_he_said_means() -> None:
    text = (
        "Aron Telle was arrested in March.\n\n"
        "Days after Telle's arrest, Berhan Mekdes offered to take his place. “Could I stay "
        "at my desk,” he said, “while others paid the price?”"
    )
    assert direct_speakers(text) == ["Berhan Mekdes"]


def test_a_pronoun_inside_a_quote_is_not_the_subject_of_the_sentence_after_it() -> None:
    text = (
        "Tom Brandt won the primary with ease.\n\n"
        "“If we hope to win young voters back, we must listen to them,” wrote the authors "
        "of the “Youth Outreach Project,” giving the example of 2012 nominee Nora Vance’s "
        "weak showing with students. “Students who feel unwelcome will simply stay home.”"
    )
    assert direct_speakers(text) == ["authors", "authors"]
