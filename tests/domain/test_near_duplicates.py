"""Signatures and similarity of near-duplicate texts (wire copy in several outlets)."""

from __future__ import annotations

from duplicate_texts import (
    SAME_TOPIC,
    WIRE,
    WIRE_EDITED,
    WIRE_ZH,
    WIRE_ZH_EDITED,
    ZH_SAME_TOPIC,
)

from annotary.domain import near_duplicates as nd


def test_a_wire_story_lightly_edited_by_another_outlet_is_a_near_duplicate() -> None:
    assert nd.similarity(WIRE, WIRE_EDITED) >= nd.THRESHOLD
    assert nd.estimate(nd.signature(WIRE), nd.signature(WIRE_EDITED)) >= nd.THRESHOLD - 0.1


def test_another_story_on_the_same_topic_is_not() -> None:
    assert nd.similarity(WIRE, SAME_TOPIC) < nd.THRESHOLD
    assert nd.estimate(nd.signature(WIRE), nd.signature(SAME_TOPIC)) < 0.5


def test_chinese_is_compared_by_characters() -> None:
    assert nd.tokens("新华社北京电 Port") == ["新", "华", "社", "北", "京", "电", "port"]
    assert nd.similarity(WIRE_ZH, WIRE_ZH_EDITED) >= nd.THRESHOLD
    assert nd.similarity(WIRE_ZH, ZH_SAME_TOPIC) < nd.THRESHOLD
    assert nd.similarity(WIRE, WIRE_ZH) == 0.0


def test_the_same_text_has_the_same_signature_and_shares_every_band() -> None:
    a, b = nd.signature(WIRE), nd.signature(WIRE)
    assert a == b and nd.estimate(a, b) == 1.0
    assert nd.bands(a) == nd.bands(b) and len(nd.bands(a)) == nd.BANDS
    assert nd.unpack(nd.pack(a)) == a


def test_a_near_duplicate_shares_a_band_and_a_different_story_shares_none() -> None:
    wire = set(nd.bands(nd.signature(WIRE)))
    assert wire & set(nd.bands(nd.signature(WIRE_EDITED)))
    assert not wire & set(nd.bands(nd.signature(SAME_TOPIC)))


def test_case_and_punctuation_do_not_matter_but_words_do() -> None:
    assert nd.similarity("The Port, reopened!", "the port reopened") == 1.0
    assert nd.similarity("the port reopened today", "the port closed today") < 0.5


def test_short_and_empty_texts() -> None:
    assert nd.similarity("Rain.", "Rain") == 1.0
    assert nd.similarity("", "") == 0.0
    empty = nd.signature("…")
    assert nd.bands(empty) == [] and nd.estimate(empty, empty) == 0.0
    short = nd.signature("雨")
    assert nd.estimate(short, nd.signature("雨")) == 1.0
    assert nd.unpack(b"too short") == ()
