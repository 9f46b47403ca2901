"""Quotes with no attribution in their own sentence: a sentence that leads into the quote."""

from __future__ import annotations

from speaker_cases import direct_speakers


def test_a_document_that_leads_into_a_quote_speaks_not_its_author() -> None:
    text = (
        "Harbour deal under fire.\n\n"
        "Councillor Tom Brandt has opposed the deal from the start.\n\n"
        "Brandt's letter to voters makes the case plainly: “Every dollar spent on the quay "
        "is a dollar taken from our schools.”"
    )
    assert direct_speakers(text) == ["Brandt's letter"]


def test_a_campaign_named_after_its_candidate_speaks_for_itself() -> None:
    text = (
        "Harbour deal under fire.\n\n"
        "Mayor Nora Vance is running for a third term. Vance has balanced every budget "
        "since 2012, and Vance says the harbour deal will pay for itself.\n\n"
        "This is how Vance has often explained the deal in the past.\n\n"
        "The Vance campaign, in a question-and-answer page on its website, phrased it "
        "with more care: “The mayor respects every voter's concerns about the budget.”"
    )
    assert direct_speakers(text) == ["Vance campaign"]


def test_a_spokesman_for_someone_is_not_the_one_he_speaks_for() -> None:
    text = (
        "Debate night.\n\n"
        "Mayor Nora Vance skipped the debate on Saturday night.\n\n"
        "The scheduling was so odd that a spokesman for Nora Vance could only quip: "
        "“I guess the calculator was broken.”"
    )
    assert direct_speakers(text) == ["spokesman for Nora Vance"]


def test_the_subject_of_a_participle_after_with_speaks() -> None:
    text = (
        "Court race.\n\n"
        "Judge Lena Varga and her backers tried to tie her rival to the governor, with "
        "one of her radio ads asking, “Who do you trust to keep the courts independent?”"
    )
    assert direct_speakers(text) == ["one of her radio ads"]


def test_a_quote_from_a_document_named_in_its_lead_in() -> None:
    text = (
        "Ferry report.\n\n"
        "Harbour director Henrik Dahl ordered the review last year. The review does not "
        "blame the crews. From the report: “In general, the delays came from the booking "
        "system, not from the ships.”"
    )
    assert direct_speakers(text) == ["report"]
