"""Speaker resolution: pronouns, surnames, roles, organisations, known speakers."""

from __future__ import annotations

from annotary.domain.models import Speaker
from annotary.suggest import suggest_quotes


def test_pronoun_resolves_to_nearest_compatible_speaker() -> None:
    text = (
        "Mr Pieter van Aalst met Ms Sharon Pitt on Monday.\n\n"
        "“We will want it in writing,” she said.\n\n"
        "“We are buying a bakery,” he said."
    )
    speakers = [s.speaker for s in suggest_quotes(text)]
    assert speakers == ["Sharon Pitt", "Pieter van Aalst"]


def test_surname_resolves_to_full_name_introduced_earlier() -> None:
    text = "Li Hongzhong chaired the meeting.\n\n“Ports are our lifeline,” Li said."
    found = suggest_quotes(text)
    assert found[0].speaker == "Li Hongzhong"
    assert found[0].speaker_mention is not None and found[0].speaker_mention.text == "Li"


def test_chinese_surname_and_pronoun_resolution() -> None:
    text = (
        "街道办事处主任方红介绍，已有三十一栋完成加装。方说，最难的是协调。她说：“大家都辛苦了。”"
    )
    found = suggest_quotes(text)
    assert [s.speaker for s in found] == ["方红", "方红", "方红"]


def test_appositive_role_after_name() -> None:
    text = "“We came in good faith,” said Marta Keel, general secretary of the Coastal Union."
    found = suggest_quotes(text)
    assert found[0].speaker == "Marta Keel"
    assert found[0].speaker_role == "general secretary of the Coastal Union"


def test_role_before_name() -> None:
    found = suggest_quotes("Tianjin party secretary Li Hongzhong said the port would grow fast.")
    assert found[0].speaker == "Li Hongzhong"
    assert found[0].speaker_role == "Tianjin party secretary"


def test_organisation_speaker_resolved_to_full_name() -> None:
    text = (
        "The Ministry of Finance issued a note on Friday. "
        "Hospital spending would rise by 2 per cent, the ministry said."
    )
    found = suggest_quotes(text)
    assert found[-1].speaker == "Ministry of Finance"


def test_known_speaker_alias_is_reused_case_insensitively() -> None:
    known = [Speaker(id="sp-1", name="Li Hongzhong", aliases=("Secretary Li", "li hz"))]
    found = suggest_quotes("“Ports are our lifeline,” said LI HZ.", known_speakers=known)
    assert found[0].speaker == "Li Hongzhong"
    assert found[0].speaker_id == "sp-1"


def test_to_json_shape() -> None:
    found = suggest_quotes("“We will rebuild,” said Tom Reid.")
    data = found[0].to_json()
    assert data["kind"] == "quote" and data["quote_type"] == "direct"
    assert data["cue"] == {"start": found[0].cue.start, "end": found[0].cue.end, "text": "said"}  # type: ignore[union-attr]
    assert data["speaker"] == "Tom Reid"


def test_deterministic() -> None:
    text = "Ken Mbeki said the line would reopen. “It is safe,” he said."
    assert suggest_quotes(text) == suggest_quotes(text)
