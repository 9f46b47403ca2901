"""Named speakers and attributions real news loses: mixed quote marks, descriptions,
relative clauses, lead-ins across paragraphs, two statements in a row."""

from __future__ import annotations

from speaker_cases import direct_speakers

from annotary.suggest import suggest_quotes


def test_a_quote_opened_with_one_kind_of_mark_and_closed_with_the_other_is_found() -> None:
    text = (
        "The union leaders met on Friday.\n\n"
        '"We did not come here to lose this fight,” Okafor said.\n\n'
        '“It is the same every year," said Nora Vance.'
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.exact, s.speaker) for s in found] == [
        ("We did not come here to lose this fight,", "Okafor"),
        ("It is the same every year,", "Nora Vance"),
    ]


def test_a_quote_of_the_other_kind_nested_inside_is_no_closing_mark() -> None:
    text = (
        "The union leaders met on Friday.\n\n"
        '"We heard “no deal” too many times this year,” Okafor said.'
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.exact, s.speaker) for s in found] == [
        ("We heard “no deal” too many times this year,", "Okafor")
    ]


def test_a_state_abbreviation_inside_a_description_does_not_end_the_attribution() -> None:
    text = (
        "Most voters said yes.\n\n"
        "“I just don’t think she has been straight with us about this,” Mara Tolven, 67, "
        "a retired clerk in Harbourton, Pa., said in a later interview."
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.speaker, s.rule) for s in found] == [("Mara Tolven", "direct.trailing-said")]
    assert found[0].confidence < 0.8


def test_a_relative_clause_on_the_object_does_not_take_the_cue() -> None:
    text = (
        "The vote was close.\n\n"
        "Tom Brandt told listeners who called in to his show on Monday, “We are not going "
        "anywhere at all.”"
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_role_noun_after_a_place_keeps_the_name_or_the_description() -> None:
    text = (
        "Voters lined up early.\n\n"
        "“Nobody in this town trusts the count any more,” said former Harbour congressman "
        "Tom Brandt.\n\n"
        "“We have seen this before and it never ends well,” said a Freedom strategist who "
        "spoke on the condition of anonymity."
    )
    assert direct_speakers(text) == ["Tom Brandt", "Freedom strategist"]


def test_a_hyphenated_adjective_in_a_description_is_no_verb() -> None:
    text = (
        "The Harbour Gazette called on him to step aside.\n\n"
        "“He needs to stop blaming everyone else and decide what he wants,” the "
        "conservative-leaning newspaper wrote."
    )
    assert direct_speakers(text) == ["conservative-leaning newspaper"]


def test_the_main_clause_of_a_lead_in_speaks_not_the_subordinate_one() -> None:
    text = (
        "The debate was heated.\n\n"
        "After former Harbour Gov. Tom Brandt criticized Paul Okafor during a debate, "
        "Nora Vance shot back, “I chose to work and I am proud of it.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["Nora Vance"]
    assert found[0].confidence < 0.8


def test_according_to_before_a_quote_gives_its_source() -> None:
    text = (
        "Nora Vance spoke on Monday.\n\n"
        "According to Tom Brandt of the Harbour Institute, “The figures were revised three "
        "times before the vote.”"
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_paragraph_ending_in_a_colon_leads_into_the_quote_below() -> None:
    text = (
        "Critics have questioned the charity's spending.\n\n"
        "The Harbour Trust issued the following statement on Monday:\n\n"
        "“We are a charity that builds homes for families in need across the region.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["Harbour Trust"]
    assert found[0].confidence < 0.8


def test_a_quoted_title_in_the_lead_in_sentence_does_not_hide_its_subject() -> None:
    text = (
        "Nora Vance answered her critics on Sunday.\n\n"
        "Later that day, Nora Vance shared a syllabus for a class called “Perception” on her "
        "page, writing “Allow me to do the research for the reporter. Here is the proof.”"
    )
    direct = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in direct if s.exact.startswith("Allow")] == ["Nora Vance"]


def test_three_apostrophes_open_a_twin_quote_with_a_single_one_inside() -> None:
    text = (
        "Was there an old show Tom Brandt wanted back?\n\n"
        "'''Quiz Night,''' he replied. ''It is a smarter version of the rest.''"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["Tom Brandt"]
    assert found[0].exact.startswith("'Quiz Night,'")


def test_a_party_label_between_a_name_and_its_verb() -> None:
    text = (
        "At the Harbour Institute, Gov. Tom Brandt (R-Ore.), said, “The images have no "
        "place in a campaign.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["Tom Brandt"]
    assert found[0].speaker_mention is not None
    assert found[0].speaker_mention.text == "Gov. Tom Brandt"


def test_a_second_quote_with_its_own_attribution_is_its_own_quote() -> None:
    text = (
        "Many in the party hope he will change. "
        '"He will have to stop the insults," said Sen. Ada Hale. '
        '"He will have to earn it by showing the temperament," added Rep. Tom Brandt.'
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.speaker, s.segments) for s in found] == [("Ada Hale", ()), ("Tom Brandt", ())]


def test_a_second_cue_between_two_quotes_makes_two_statements() -> None:
    text = (
        "Nora Vance spoke after the vote. "
        "“We have started all those conversations,” Ms. Vance said, adding of her rival, "
        "“He cares about the party and so do I.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.exact, s.speaker) for s in found] == [
        ("We have started all those conversations,", "Nora Vance"),
        ("He cares about the party and so do I.", "Nora Vance"),
    ]


def test_a_description_of_someone_brought_in_unnamed_stays_the_description() -> None:
    text = (
        "Tom Brandt spoke in Eastfield on Monday. One man in the crowd interrupted him:\n\n"
        "“They stole the whole country,” the man shouted."
    )
    assert direct_speakers(text) == ["man"]


def test_a_lead_in_after_a_subordinate_clause_gives_the_organisation() -> None:
    text = (
        "Critics have questioned the charity's spending.\n\n"
        "When the inquiry opened in May, the Harbour Trust issued the following statement:\n\n"
        "“We are a charity that builds homes for families in need across the region.”"
    )
    assert direct_speakers(text) == ["Harbour Trust"]


def test_a_verb_right_after_the_quote_attributes_it_not_a_later_cue() -> None:
    text = (
        "Tom Brandt spoke in Eastfield.\n\n"
        "One man in Harbourton, responding to Brandt's account of the slump, interrupted "
        "the candidate:\n\n"
        "“They stole the country,” the man shouted, using an expletive to describe the old "
        "government."
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["man"]
    assert found[0].confidence <= 0.6


def test_names_joined_by_no_break_spaces_are_one_name() -> None:
    text = (
        "Gov.\u00a0Tom\u00a0Brandt visited the port on Monday.\n\n"
        "“We will rebuild the harbour wall this year,” Brandt said."
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_an_agent_noun_for_an_organisation_is_the_speaker_not_the_organisation() -> None:
    text = (
        "Police urged calm.\n\n"
        "“The scene was total chaos on the front,” a reporter for Harbour Wire said."
    )
    assert direct_speakers(text) == ["reporter for Harbour Wire"]


def test_the_noun_phrase_opening_the_sentence_speaks_for_a_participle() -> None:
    text = (
        "The deadline passed.\n\n"
        "A spokeswoman for the Harbour Services Committee emailed reporters with the text of "
        "the act, arguing, “The law is clear and the deadline was not met.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["spokeswoman for Harbour Services Committee"]
    assert found[0].confidence < 0.8


def test_a_verb_that_attributes_only_next_to_the_quote_leads_into_it() -> None:
    text = (
        "The rally went on.\n\n"
        "But six minutes in, when another man was led away, Mr. Brandt yelled, “Out, out, out!”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.exact, s.speaker) for s in found] == [("Out, out, out!", "Brandt")]
    assert found[0].confidence < 0.8


def test_a_lead_in_description_goes_on_to_the_word_before_its_verb() -> None:
    text = (
        "Nora Vance spoke at a press conference on Monday. The presidential candidate "
        "reiterated: “I did not send any secret material to anyone at all.”\n\n"
        "The clerk shot back, “We are proud of every single volunteer in this state.”"
    )
    assert direct_speakers(text) == ["presidential candidate", "clerk"]


def test_a_line_after_the_quote_naming_its_speaker_after_a_dash() -> None:
    text = (
        "The debate covered health care.\n\n"
        "“We were the ones who wrote the law that covers every family in this country.”\n\n"
        "- Paul Okafor.\n\n"
        "The claim overstates his part in it."
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.speaker, s.rule) for s in found] == [("Paul Okafor", "direct.late-said")]
    assert found[0].confidence < 0.8


def test_a_weekday_after_later_is_no_part_of_the_subject() -> None:
    text = (
        "Vance spoke on Monday.\n\n"
        "Tom Brandt later Thursday told Harbour Radio: “We need to sit down and have a good "
        "talk.”"
    )
    assert direct_speakers(text) == ["Tom Brandt"]


def test_a_digest_source_label_after_a_dash_names_the_speaker() -> None:
    text = (
        "Polls were wrong in Eastfield.\n\n"
        "Pollsters agree - Nora Vance: “One of the biggest lessons was a simple one: keep "
        "contacting voters late.”"
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [s.speaker for s in found] == ["Nora Vance"]
    assert found[0].confidence < 0.8


def test_a_retort_after_the_quote_names_its_speaker() -> None:
    text = (
        "The council argued about the budget until midnight.\n\n"
        "“You never read the report,” Okafor shot back.\n\n"
        "“I wrote half of it,” Nora Vance fired back with a laugh."
    )
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert [(s.exact, s.speaker) for s in found] == [
        ("You never read the report,", "Okafor"),
        ("I wrote half of it,", "Nora Vance"),
    ]


def test_a_document_named_after_the_quote_speaks_not_the_day_that_qualifies_it() -> None:
    text = (
        "The mayor defended the plan on Tuesday.\n\n"
        "“The plan asks too much of the poorest districts,” reads a Wednesday editorial "
        "in The Harbour Gazette."
    )
    (found,) = [s for s in suggest_quotes(text, "en") if s.quote_type == "direct"]
    assert found.speaker is not None and "editorial" in found.speaker
    assert "Wednesday" in found.speaker  # the description, whole, not "Wednesday" alone
