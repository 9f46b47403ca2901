"""A name that is an object is not who a later "he said" means: after a preposition such
as "than" or "between", joined by "and" to such a name, or after a description that is
its sentence's subject ("The Ohio Republican praised Brandt on the radio")."""

from __future__ import annotations

from speaker_cases import direct_speakers


def test_a_name_after_than_is_no_subject() -> None:
    text = (
        "President Tom Brandt has named twelve judges this year.\n\n"
        "Carl Tobin, a law professor, was not optimistic.\n\n"
        "“The court can wait until January,” Tobin said.\n\n"
        "But what if Nora Vance wins? Do senators not run the risk of her naming judges more "
        "liberal than Brandt?\n\n"
        "“Nora can name whoever she likes,” he said."
    )
    assert direct_speakers(text) == ["Carl Tobin", "Carl Tobin"]


def test_a_name_joined_to_an_object_by_and_is_no_subject() -> None:
    text = (
        "Governor Tom Brandt leads the state polls.\n\n"
        "There, the district chairman Chuck Wilder declined to name the delegates. The district "
        "had 30 applicants, which he described as divided about equally between Brandt and "
        "Ray Cole.\n\n"
        "“Brandt has real backing around here,” he said."
    )
    assert direct_speakers(text) == ["Chuck Wilder"]


def test_a_name_after_a_described_subject_is_an_object() -> None:
    text = (
        "Tom Brandt will accept the nomination in July.\n\n"
        "“Unity has to come from our nominee,” Speaker Ada Moss said.\n\n"
        "The Ohio Republican praised Brandt on the radio, saying he had run a strong "
        "race, but he doubted the former host could unite the party.\n\n"
        "“Not every nominee has to be a statesman,” he said."
    )
    assert direct_speakers(text) == ["Speaker Ada Moss", "Speaker Ada Moss"]
