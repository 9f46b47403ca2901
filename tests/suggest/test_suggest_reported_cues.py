"""Reported speech as real news writes it: content boundaries and the cues beyond `said`."""

from __future__ import annotations

from annotary.suggest import suggest_quotes


def _indirect(text: str):  # type: ignore[no-untyped-def]
    return [s for s in suggest_quotes(text, "en") if s.quote_type == "indirect"]


def _one(text: str):  # type: ignore[no-untyped-def]
    found = _indirect(text)
    assert len(found) == 1, [s.exact for s in found]
    return found[0]


def test_content_after_said_needs_no_auxiliary() -> None:
    s = _one("Marta Keel said Halvorsen backed the levee plan from the start.")
    assert s.exact == "Halvorsen backed the levee plan from the start"
    assert s.speaker == "Marta Keel"
    assert s.confidence < 0.8


def test_speaker_separated_by_a_long_appositive() -> None:
    text = (
        "Oskar Lind, a fundraiser close to the Fellbridge campaign for many years, says "
        "the main goal is to win back the river towns."
    )
    s = _one(text)
    assert s.exact == "the main goal is to win back the river towns"
    assert s.speaker == "Oskar Lind"


def test_said_before_an_adjunct_or_a_noun_is_not_content() -> None:
    assert _indirect("Anna Brook said goodbye to her colleagues at the depot.") == []
    assert _indirect("Anna Brook said a few words at the funeral of her friend.") == []


def test_parenthetical_attribution_gives_both_parts() -> None:
    text = "Most of the closed depots, he said, had lost money for a decade."
    s = _one(text)
    first, second = s.segments
    assert text[first[0] : first[1]] == "Most of the closed depots"
    assert text[second[0] : second[1]] == "had lost money for a decade"
    assert "he said" not in "".join(text[a:b] for a, b in s.segments)


def test_parenthetical_followed_by_a_participle_keeps_one_part() -> None:
    text = "The depot will close, she said, adding that the staff would move to Ardley."
    s = _indirect(text)[0]
    assert s.exact == "The depot will close"
    assert s.segments == ()


def test_subject_set_off_by_dashes() -> None:
    text = (
        "Harbour master Ines Vidal -- who has argued with the council for months -- said "
        "she regretted her remarks."
    )
    assert _one(text).exact == "she regretted her remarks"


def test_content_opening_with_a_pronoun() -> None:
    s = _one("Pia Lorenz said he and many of the volunteers from Ardley stayed until dawn.")
    assert s.exact == "he and many of the volunteers from Ardley stayed until dawn"


def test_attribution_after_a_linking_word_gives_what_follows() -> None:
    text = "But, he said, it is a risky plan at a time when the river is rising."
    s = _one(text)
    assert s.exact == "it is a risky plan at a time when the river is rising"
    assert s.cue is not None and s.cue.text == "said"
