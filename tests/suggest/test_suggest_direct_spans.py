"""Which quoted passages become direct suggestions, and with which spans: a quote that is
only part of a clause gives the whole reported clause, a whole quote stays direct."""

from __future__ import annotations

from annotary.suggest import QuoteSuggestion, suggest_quotes


def _all(text: str) -> list[QuoteSuggestion]:
    return suggest_quotes(text, "en")


def _only(text: str) -> QuoteSuggestion:
    found = _all(text)
    assert len(found) == 1, found
    return found[0]


def test_a_naming_verb_with_a_quoted_word_gives_the_whole_clause_reported() -> None:
    text = "On Tuesday, former Gov. Carl Benning called Mayor Ott “reckless.”"
    s = _only(text)
    assert s.quote_type == "indirect"
    assert s.exact == "Mayor Ott “reckless.”"
    assert s.speaker == "Carl Benning"
    assert s.cue is not None and s.cue.text == "called"


def test_a_quoted_fragment_after_the_subject_of_the_content_is_reported() -> None:
    text = "Senator Wren Talbot says Hollis “has a long record of getting things done.”"
    s = _only(text)
    assert s.quote_type == "indirect"
    assert s.exact == "Hollis “has a long record of getting things done.”"
    assert s.speaker == "Wren Talbot"


def test_a_quote_the_clause_goes_on_after_is_reported_to_the_end_of_the_clause() -> None:
    text = "Dana Whitfield said “the wind is at our backs” despite her loss in the caucus."
    s = _only(text)
    assert s.quote_type == "indirect"
    assert s.exact == "“the wind is at our backs” despite her loss in the caucus"
    assert s.speaker == "Dana Whitfield"


def test_a_fragment_attributed_after_the_quote_takes_the_clause_before_it() -> None:
    text = "The new depot “will pay for itself within a decade,” Mayor Ilse Brandt said."
    s = _only(text)
    assert s.quote_type == "indirect"
    assert s.exact == "The new depot “will pay for itself within a decade,”"
    assert s.speaker == "Ilse Brandt"


def test_a_scare_quote_nobody_is_said_to_speak_is_no_suggestion() -> None:
    text = "The archive kept a “shadow ledger of every payment, large and small.” for years."
    assert _all(text) == []


def test_short_attributed_quotes_stay_direct() -> None:
    text = "“It’s empire building,” Mr. Greenfield said."
    s = _only(text)
    assert (s.quote_type, s.exact) == ("direct", "It’s empire building,")


def test_whole_quotes_after_the_verb_its_hearer_or_a_time_stay_direct() -> None:
    for text, quoted in [
        ("Mayor Ott told reporters “we will rebuild the bridge this year.”", "we will"),
        ("Mayor Ott said on Monday “the bridge will reopen by the spring.”", "the bridge"),
        ("Mayor Ott said that “the bridge will reopen by the spring.”", "the bridge"),
        ("Mayor Ott told the Courier “We will not be rushed.”", "We will"),
        ("Critic Lena Moss described the novel as “patient and alive.”", "patient"),
    ]:
        s = _only(text)
        assert s.quote_type == "direct", text
        assert s.exact.startswith(quoted), text


def test_a_naming_verb_with_a_long_description_stays_direct() -> None:
    text = "Its spokeswoman, Ana Ruiz, called the merger “a hard day but the right call for us.”"
    s = _only(text)
    assert s.quote_type == "direct"
    assert s.exact == "a hard day but the right call for us."


def test_a_reported_clause_with_a_quoted_part_is_one_suggestion() -> None:
    text = "Senator Wren Talbot said the plan was “a disaster” for small farms."
    found = _all(text)
    assert len(found) == 1, found
    assert found[0].quote_type == "indirect"
    assert "“a disaster” for small farms" in found[0].exact


def test_a_quote_split_by_a_long_attribution_sentence_is_one_quote_in_two_segments() -> None:
    text = (
        "“We listened to every objection,” Mayor Ilse Brandt said on Monday in a speech to "
        "the chamber of commerce in her home town of Fellbridge. “We will start building in May.”"
    )
    s = _only(text)
    assert s.quote_type == "direct"
    assert [text[a:b] for a, b in s.segments] == [
        "We listened to every objection,",
        "We will start building in May.",
    ]
    assert s.speaker == "Ilse Brandt"


def test_two_quotes_around_a_sentence_that_is_not_an_attribution_stay_apart() -> None:
    text = (
        "“We listened to every objection,” Mayor Ilse Brandt said. The council then voted "
        "against the plan by a wide margin after a long debate that went on past midnight. "
        "“It is a sad day for the town.”"
    )
    directs = [s for s in _all(text) if s.quote_type == "direct"]
    assert all(not s.segments for s in directs)


def test_a_clause_begun_before_its_attribution_and_ended_in_the_quote_is_reported() -> None:
    text = "An early slump, Ms. Nora Vale said, “would be no reason to panic.”"
    s = _only(text)
    assert s.quote_type == "indirect"
    assert [text[a:b] for a, b in s.segments] == [
        "An early slump",
        "“would be no reason to panic.”",
    ]
    assert s.speaker == "Nora Vale"


def test_a_whole_quote_after_a_time_and_an_attribution_stays_direct() -> None:
    text = "On Monday, Ms. Nora Vale said, “we will not panic over one bad month.”"
    s = _only(text)
    assert (s.quote_type, s.exact) == ("direct", "we will not panic over one bad month.")
    assert s.speaker == "Nora Vale"


def test_a_quote_that_ends_its_sentence_ends_the_reported_clause_too() -> None:
    text = (
        "Senator Wren Talbot says Hollis “has a long record of getting things done.” "
        "Her rival argues that the record is thin."
    )
    first = _all(text)[0]
    assert first.quote_type == "indirect"
    assert first.exact == "Hollis “has a long record of getting things done.”"
    assert "rival" not in first.exact


def test_two_apostrophes_are_a_double_quote_mark() -> None:
    text = (
        "''We cannot keep patching the same road,'' said Councillor Ines Mora. "
        "''It is time to rebuild it.''"
    )
    s = _only(text)
    assert s.quote_type == "direct"
    assert [text[a:b] for a, b in s.segments] == [
        "We cannot keep patching the same road,",
        "It is time to rebuild it.",
    ]
    assert s.speaker == "Ines Mora"


def test_two_apostrophe_quotes_keep_apostrophes_and_inner_quotes_inside() -> None:
    text = "''They don't listen when we say 'enough,''' said Ines Mora, a councillor."
    s = _only(text)
    assert s.exact == "They don't listen when we say 'enough,'"
    assert s.speaker == "Ines Mora"


def test_two_apostrophes_open_a_paragraph_quote_that_goes_on_in_the_next() -> None:
    text = (
        "Ines Mora said:\n\n''The road has been patched eleven times in four years.\n\n"
        "''Nobody can call that maintenance.''\n\nThe council meets on Friday."
    )
    s = _only(text)
    assert s.exact.startswith("The road has been patched")
    assert s.exact.endswith("Nobody can call that maintenance.")
    assert s.speaker == "Ines Mora"


def test_a_second_quote_that_completes_the_attributions_clause_is_not_a_second_part() -> None:
    text = (
        "“We listened to every objection,” Mayor Ilse Brandt said, adding that the plan "
        "was “a good start for the town.”"
    )
    found = _all(text)
    direct = [s for s in found if s.quote_type == "direct"]
    assert [(s.exact, s.segments) for s in direct] == [("We listened to every objection,", ())]
    reported = [s for s in found if s.quote_type == "indirect"]
    assert [s.exact for s in reported] == ["the plan was “a good start for the town.”"]
    assert reported[0].speaker == "Ilse Brandt"


def test_a_title_after_a_preposition_is_no_quote() -> None:
    text = "Ines Mora is the author of “The Road We Patched: A History of Fellbridge.”"
    assert [s for s in _all(text) if s.quote_type == "direct"] == []


def test_a_quote_that_ends_a_clause_the_writer_began_is_reported_with_its_speaker() -> None:
    text = (
        "Ines Mora runs the depot. If the snow holds off, “we could clear every road by noon,” "
        "Mora said."
    )
    found = [s for s in _all(text) if "clear every road" in s.exact]
    assert len(found) == 1
    s = found[0]
    assert s.quote_type == "indirect"
    assert s.exact == "If the snow holds off, “we could clear every road by noon,”"
    assert s.speaker == "Ines Mora"


def test_a_reported_clause_stops_where_a_whole_quote_after_a_colon_begins() -> None:
    text = (
        "In Fellbridge, Mayor Ilse Brandt argued that the town had lost its way: "
        "“Fellbridge is no longer Fellbridge,” she said."
    )
    found = _all(text)
    assert [(s.quote_type, s.exact) for s in found] == [
        ("indirect", "the town had lost its way"),
        ("direct", "Fellbridge is no longer Fellbridge,"),
    ]
    assert all(s.speaker == "Ilse Brandt" for s in found)


def test_a_quoted_fragment_after_a_colon_stays_in_the_reported_clause() -> None:
    text = "Mayor Ilse Brandt said the depot had one purpose: “to keep the roads open”."
    found = _all(text)
    assert len(found) == 1
    assert found[0].quote_type == "indirect"
    assert found[0].exact.endswith("“to keep the roads open”")


def test_a_split_quote_carried_on_by_continued_is_one_quote_of_that_speaker() -> None:
    text = (
        "Councillor Ines Mora spoke last. “Honestly,” she continued, “we are patching a road "
        "that wants rebuilding.”"
    )
    s = _only(text)
    assert s.quote_type == "direct"
    assert [text[a:b] for a, b in s.segments] == [
        "Honestly,",
        "we are patching a road that wants rebuilding.",
    ]
    assert s.cue is not None and s.cue.text == "continued"


def test_a_short_quote_after_a_participle_and_its_object_stays_direct() -> None:
    text = "Minutes later, Ines Mora sent a message saying, “done.”"
    s = _only(text)
    assert (s.quote_type, s.exact) == ("direct", "done.")


def test_programme_and_book_titles_are_not_quotes() -> None:
    text = "“The road is finished,” Ines Mora said on Channel Five's “Morning Report.”"
    assert [s.exact for s in _all(text)] == ["The road is finished,"]
    text = "In her new book, “A Long Road Home,” Ines Mora describes the flood of 1998."
    assert [s for s in _all(text) if s.quote_type == "direct"] == []


def test_a_programme_title_inside_the_attribution_does_not_split_the_quote_apart() -> None:
    text = (
        "“We expected to be questioned,” Ines Mora said on Channel Five's “Morning Report.” "
        "“But nobody expected this.”"
    )
    s = _only(text)
    assert [text[a:b] for a, b in s.segments] == [
        "We expected to be questioned,",
        "But nobody expected this.",
    ]
    assert s.speaker == "Ines Mora"
