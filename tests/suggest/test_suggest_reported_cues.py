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


def test_that_clause_after_a_noun_cue() -> None:
    text = "The mayor repeated his assertion that the ferry would pay for itself within a decade."
    s = _one(text)
    assert s.exact == "the ferry would pay for itself within a decade"
    assert s.cue is not None and s.cue.text == "assertion"


def test_that_clause_after_other_verbs() -> None:
    s = _one("Councillor Ruth Abara noted that the depot had flooded twice since March.")
    assert s.exact == "the depot had flooded twice since March"
    assert s.speaker == "Ruth Abara"


def test_a_poll_found_that() -> None:
    text = (
        "A Harbour Gazette poll released Sunday found that most residents opposed the bridge toll."
    )
    s = _one(text)
    assert s.exact == "most residents opposed the bridge toll"
    assert s.cue is not None and s.cue.text == "found"


def test_a_finding_nobody_said_is_not_suggested() -> None:
    assert _indirect("Divers found that the hull had split below the waterline.") == []
    assert _indirect("The inquiry found that the pumps had failed twice before.") == []


def test_vowed_and_pointed_to() -> None:
    s = _one("Liesel Darrow vowed to reopen the library before the winter.")
    assert s.exact == "to reopen the library before the winter"
    s = _one("Liesel Darrow pointed to the rising cost of the new ferry.")
    assert s.exact == "the rising cost of the new ferry"


def test_asked_whether() -> None:
    s = _one("Tomas Ebbe asked whether the ferry would run on Sundays.")
    assert s.exact == "whether the ferry would run on Sundays"


def test_a_reporters_question_is_not_the_answerers_speech() -> None:
    text = "Asked whether the ferry would run on Sundays, Vera Holm said the timetable was final."
    s = _one(text)
    assert s.exact == "the timetable was final"
    assert s.speaker == "Vera Holm"


def test_declined_to_comment_is_not_a_quote() -> None:
    assert _indirect("The ferry operator declined to comment on the new timetable.") == []


def test_second_attribution_after_adding_that() -> None:
    text = (
        "Councillor Ruth Abara said the depot would close in May, adding that the staff "
        "would move to Ardley."
    )
    found = _indirect(text)
    assert [s.exact for s in found] == [
        "the depot would close in May",
        "the staff would move to Ardley",
    ]
    assert all(s.speaker == "Ruth Abara" for s in found)


def test_told_someone_without_that() -> None:
    s = _one("Councillor Ruth Abara told the Harbour Gazette she was leaning toward the plan.")
    assert s.exact == "she was leaning toward the plan"
    assert s.speaker == "Ruth Abara"


def test_content_stops_where_a_quoted_sentence_ends() -> None:
    text = 'Ruth Abara said the depot was "a lost cause." The council meets again in May.'
    s = _one(text)
    assert s.exact == 'the depot was "a lost cause."'


def test_two_attributions_in_one_sentence() -> None:
    text = (
        "Ruth Abara said the depot would close in May and Tomas Ebbe told reporters that "
        "the staff would move to Ardley."
    )
    found = _indirect(text)
    assert [(s.exact, s.speaker) for s in found] == [
        ("the depot would close in May", "Ruth Abara"),
        ("the staff would move to Ardley", "Tomas Ebbe"),
    ]


def test_according_to_inside_the_sentence_gives_both_parts() -> None:
    text = "The ferry company receives, according to one report, two million a year in subsidies."
    s = _one(text)
    assert [text[a:b] for a, b in s.segments] == [
        "The ferry company receives",
        "two million a year in subsidies",
    ]
    assert s.cue is not None and s.cue.text == "according to"


def test_according_to_a_long_source_after_a_linking_word() -> None:
    text = (
        "But according to early results of a survey carried out for the Harbour Gazette and "
        "two radio stations, most residents opposed the toll."
    )
    assert _one(text).exact == "most residents opposed the toll"


def test_participle_after_a_pronoun_subject() -> None:
    text = "She attacked the ferry plan on Monday, saying the timetable would cut off Ardley."
    s = _one(text)
    assert s.exact == "the timetable would cut off Ardley"


def test_says_one_thing_but_insists_another() -> None:
    found = _indirect("Ruth Abara says she respects the council but insists the depot must close.")
    assert [(s.exact, s.speaker) for s in found] == [
        ("she respects the council", "Ruth Abara"),
        ("the depot must close", "Ruth Abara"),
    ]


def test_called_for_and_spoke_about() -> None:
    s = _one("The dockers' union called for a full inquiry into the collapse of the pier.")
    assert s.exact == "a full inquiry into the collapse of the pier"
    assert s.cue is not None and s.cue.text == "called"
    s = _one("Liesel Darrow spoke about the cost of keeping the night ferry running.")
    assert s.exact == "the cost of keeping the night ferry running"


def test_argued_with_plain_content() -> None:
    s = _one("Liesel Darrow argued the harbour board lacks the money for a second ferry.")
    assert s.exact == "the harbour board lacks the money for a second ferry"


def test_a_participle_qualifying_a_noun_is_no_cue() -> None:
    text = (
        "There were 214 confirmed cases in March, compared with 160 in February, the agency said."
    )
    s = _one(text)
    assert s.exact == "There were 214 confirmed cases in March, compared with 160 in February"
    assert s.speaker_mention is not None and s.speaker_mention.text == "the agency"


def test_who_says_inside_a_relative_clause() -> None:
    text = "Graham Oduya, who says the harbour board should buy a second ferry, spoke for an hour."
    s = _one(text)
    assert s.exact == "the harbour board should buy a second ferry"
    assert s.speaker == "Graham Oduya"


def test_made_it_clear_and_critical_of() -> None:
    s = _one("Liesel Darrow made it clear that the night ferry would not run in winter.")
    assert s.exact == "the night ferry would not run in winter"
    s = _one("Liesel Darrow has been critical of the harbour board's spending on consultants.")
    assert s.exact == "the harbour board's spending on consultants"


def test_a_decision_is_not_speech() -> None:
    assert _indirect("The harbour board agreed to buy a second ferry for the river route.") == []


def test_a_reporters_question_about_something_is_not_speech() -> None:
    text = "Asked about the toll, Vera Holm laughed and walked on towards the quay."
    assert _indirect(text) == []


def test_subject_before_brackets() -> None:
    text = "Abara (who has led the council since 2019) said it is possible to keep the depot open."
    s = _one(text)
    assert s.exact == "it is possible to keep the depot open"
    assert s.speaker_mention is not None and s.speaker_mention.text == "Abara"


def test_that_after_an_aside() -> None:
    s = _one("Ruth Abara said, in a statement on Monday, that the depot would close.")
    assert s.exact == "the depot would close"


def test_content_opening_with_a_contraction() -> None:
    s = _one("Ruth Abara said she’s heading to Ardley next week to meet the dockers.")
    assert s.exact == "she’s heading to Ardley next week to meet the dockers"


def test_trailing_told_with_its_hearer() -> None:
    text = (
        "The ferry will run twice a day from next spring, harbour trust chair Nora Vance "
        "told the Harbour Gazette on Monday."
    )
    s = _one(text)
    assert s.exact == "The ferry will run twice a day from next spring"
    assert s.speaker == "Nora Vance"
    assert s.cue is not None and s.cue.text == "told"
    assert s.confidence < 0.8
    s = _one("Most of the river towns back the plan, council officials told reporters.")
    assert s.exact == "Most of the river towns back the plan"


def test_asked_someone_whether_or_to() -> None:
    s = _one("Mayor Ines Vidal asked the council whether the ferry could run in winter.")
    assert s.exact == "whether the ferry could run in winter"
    assert s.speaker == "Ines Vidal"
    s = _one("Ines Vidal asked residents to stay away from the quay until Friday.")
    assert s.exact == "residents to stay away from the quay until Friday"
    assert s.confidence < 0.8


def test_asked_without_a_question_or_request_is_not_speech() -> None:
    assert _indirect("Ines Vidal asked the council for a second ferry on the river route.") == []


def test_what_a_poll_found_after_the_clause() -> None:
    text = "Vance has half the town, while Brandt trails with a third, the poll found."
    s = _one(text)
    assert s.exact == "Vance has half the town, while Brandt trails with a third"
    assert s.cue is not None and s.cue.text == "found"


def test_what_inspectors_found_is_a_finding() -> None:
    text = "The depot had kept no records of the fuel it sold for years, inspectors found."
    assert _indirect(text) == []


def test_what_a_poll_shows_without_that() -> None:
    s = _one("A Harbour Gazette poll shows Vance with 47 percent against 40 for Brandt.")
    assert s.exact == "Vance with 47 percent against 40 for Brandt"
    assert s.rule == "reported.evidence"
    s = _one("The spring survey found Vance leading Brandt by seven points among older voters.")
    assert s.exact == "Vance leading Brandt by seven points among older voters"


def test_what_a_map_shows_is_no_evidence() -> None:
    assert _indirect("The map shows the river towns in blue and the ferry routes in red.") == []


def test_told_a_long_hearer_that() -> None:
    text = "Tom Brandt told a town hall in Ardley, Fellshire, on Monday that the depot would close."
    s = _one(text)
    assert s.exact == "the depot would close"
    assert s.speaker == "Tom Brandt"


def test_according_to_without_a_comma_or_after_a_quote() -> None:
    text = "Vance leads Brandt by 271 votes according to a count by the Harbour Gazette."
    s = _one(text)
    assert s.exact == "Vance leads Brandt by 271 votes"
    assert s.rule == "reported.according-to"
    text = "She later compared the meeting to a “root canal,” according to Brandt’s memoir."
    assert _one(text).exact.startswith("She later compared the meeting to a “root canal")


def test_according_to_a_plan_is_no_source() -> None:
    assert _indirect("The ferry runs to Ardley according to plan every morning.") == []


def test_according_to_a_statistics_office() -> None:
    text = "A third of dockers have no pension plan, according to the Bureau of Labour Statistics."
    assert _one(text).exact == "A third of dockers have no pension plan"
    assert _indirect("A third of dockers have no pension plan, according to the figures.") == []


def test_in_a_poll_gives_what_it_found() -> None:
    s = _one("In a Harbour Gazette poll released Monday, 50 percent of residents chose the ferry.")
    assert s.exact == "50 percent of residents chose the ferry"
    assert s.cue is not None and s.cue.text == "In"
    assert _indirect("In the old harbour, the ferry was moored beside the depot.") == []


def test_an_outlet_reported_and_officials_think() -> None:
    s = _one("The Harbour Gazette reported the council had spent twice its budget on the depot.")
    assert s.exact == "the council had spent twice its budget on the depot"
    s = _one("Some council members think Vance is at risk of losing her seat in May.")
    assert s.exact == "Vance is at risk of losing her seat in May"
    assert s.confidence < 0.8


def test_trailing_said_with_a_weekday() -> None:
    s = _one("The ferry will resume its night service next month, the harbour trust said Thursday.")
    assert s.exact == "The ferry will resume its night service next month"
    assert s.speaker_mention is not None and s.speaker_mention.text.endswith("harbour trust")


def test_trailing_said_by_an_unnamed_source() -> None:
    text = "The crossing was too risky in winter, said an official who was briefed on the plan."
    s = _one(text)
    assert s.exact == "The crossing was too risky in winter"
    assert s.confidence < 0.8
    s = _one("The ferry's return surprised the dockers more than anyone, said several observers.")
    assert s.exact == "The ferry's return surprised the dockers more than anyone"


def test_said_before_its_speaker_with_a_possessive_is_no_content() -> None:
    text = (
        "The night ferry is losing money, but it is still popular with dockers, said the "
        "trust's chief executive, Nora Vance."
    )
    s = _one(text)
    assert s.exact == "The night ferry is losing money, but it is still popular with dockers"
    assert s.speaker == "Nora Vance"


def test_initials_end_a_sentence_before_a_pronoun() -> None:
    text = (
        "Cox says Harbourton is trying to hide its debts from the U.S. He says the dockers "
        "need no more rules."
    )
    found = _indirect(text)
    assert [s.exact for s in found] == [
        "Harbourton is trying to hide its debts from the U.S",
        "the dockers need no more rules",
    ]


def test_a_long_subject_in_the_content() -> None:
    text = (
        "Sen. Ada Hale says the only way to stop the depot from closing next winter is a "
        "vote in May."
    )
    assert _one(text).exact == (
        "the only way to stop the depot from closing next winter is a vote in May"
    )


def test_as_the_outlet_reported() -> None:
    s = _one(
        "As the Harbour Gazette reported, even if the depot closes, the ferry will keep running."
    )
    assert s.exact == "even if the depot closes, the ferry will keep running"
    assert s.speaker_mention is not None and s.speaker_mention.text.endswith("Harbour Gazette")
    s = _one("As Vance told the council on Monday, the ferry has never lost money in summer.")
    assert s.exact == "the ferry has never lost money in summer"
    assert s.speaker == "Vance"
    assert _indirect("As he walked out of the hall, the depot lights went off behind him.") == []


def test_told_someone_to() -> None:
    s = _one("Tom Brandt told the dockers to stay home on Friday.")
    assert s.exact == "the dockers to stay home on Friday"
    assert s.speaker == "Tom Brandt"
    assert _indirect("Tom Brandt told the dockers about the plan for the depot.") == []


def test_a_poll_with_words_after_it_shows() -> None:
    text = "A Gazette poll of Ardley released on Tuesday showed Vance with a 16-point lead."
    assert _one(text).exact == "Vance with a 16-point lead"
    s = _one("A survey by the trust in March found that most dockers back the ferry.")
    assert s.exact == "most dockers back the ferry"
    assert _indirect("After the poll, Vance showed the crowd her new ferry ticket.") == []
