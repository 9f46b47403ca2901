"""Hard cases of real news, one by one: the suggestions a researcher would accept or fix."""

from __future__ import annotations

from annotary.suggest import QuoteSuggestion, suggest_quotes
from annotary.suggest.english_clauses import sentence_bounds


def _only(text: str, quote_type: str = "direct") -> QuoteSuggestion:
    found = [s for s in suggest_quotes(text, "en") if s.quote_type == quote_type]
    assert len(found) == 1, found
    return found[0]


def test_titles_and_initials_do_not_cut_the_speakers_name() -> None:
    text = "“Three years is not an audit. It is an archive,” said Sen. Margaret E. Voss."
    assert _only(text).speaker == "Margaret E. Voss"
    text = "“We cannot subpoena our way to an answer,” said Rep. Alan P. Greer Jr., a Democrat."
    assert _only(text).speaker == "Alan P. Greer Jr."


def test_abbreviations_never_end_a_sentence() -> None:
    text = "The F.B.I. said the U.S. Treasury lost money. Mr. Greer disagreed."
    sentences = [text[s:e] for s, e in sentence_bounds(text, 0, len(text))]
    assert sentences == ["The F.B.I. said the U.S. Treasury lost money.", "Mr. Greer disagreed."]


def test_split_quote_is_one_suggestion_in_two_segments_without_the_attribution() -> None:
    text = "“We listened,” said Councillor Nadia Rahm. “We did not like all we heard.”"
    s = _only(text)
    assert [text[a:b] for a, b in s.segments] == ["We listened,", "We did not like all we heard."]
    assert s.speaker == "Nadia Rahm"
    assert (s.start, s.end) == (s.segments[0][0], s.segments[-1][1])
    assert s.to_json()["segments"] == [list(seg) for seg in s.segments]


def test_a_quote_in_one_part_has_no_segments_in_json() -> None:
    s = _only("“Crews are working through the night,” said Jim Carver, a spokesman.")
    assert s.segments == ()
    assert "segments" not in s.to_json()


def test_quote_right_after_the_verb_without_a_comma() -> None:
    s = _only("Mayor Linda Orr said “nobody should be alone in a cold house tonight.”")
    assert s.speaker == "Linda Orr"
    assert s.exact == "nobody should be alone in a cold house tonight."


def test_partly_quoted_paraphrase_is_the_whole_reported_clause() -> None:
    text = "Dr. Helen Marsh said the fault had been “entirely avoidable” and would be fixed."
    found = suggest_quotes(text, "en")
    assert [s.quote_type for s in found] == ["indirect"]
    assert found[0].exact.startswith("the fault had been “entirely avoidable”")
    assert found[0].speaker == "Helen Marsh"


def test_short_attributed_quote_is_kept() -> None:
    s = _only("“It's empire building,” Mr. Greenfield said.")
    assert s.exact == "It's empire building,"
    assert s.speaker == "Greenfield"


def test_pronoun_resolves_to_a_person_never_an_organisation() -> None:
    text = (
        "Grace Tolliver, a picker, led the campaign with the Workers Alliance. "
        "“We were told it could never happen here,” she said."
    )
    assert _only(text).speaker == "Grace Tolliver"
    text = "Omar Haddad wrote about the Islamic State for years. “They recruit online,” he said."
    assert _only(text).speaker == "Omar Haddad"


def test_organisation_description_is_kept_whole() -> None:
    s = _only("A spokesman for Pellard said the deal would close this year.", "indirect")
    assert s.speaker == "spokesman for Pellard"


def test_others_sunday_and_determiners_are_never_speakers() -> None:
    assert _only("“We are ready,” said others at the rally.").speaker is None
    assert _only("“The vote is close,” the said.").speaker is None
    assert _only("On Sunday, “nobody expected this at all,” Sunday said.").speaker is None
    text = "Grace Tolliver spoke first. Tolliver and others said the count was wrong."
    assert _only(text, "indirect").speaker == "Grace Tolliver"


def test_chinese_quote_inside_an_english_article_is_found() -> None:
    text = (
        "Her host, the port chairman Zhou Minghai, spoke in Mandarin. "
        "他说：“我们欢迎更多的船，也欢迎更多的朋友。”\n\n"
        "A local exporter, Fang Lirong, was cautious. 她说：“运费已经涨了两次。”"
    )
    found = suggest_quotes(text, "en")
    assert [(s.exact, s.speaker) for s in found] == [
        ("我们欢迎更多的船，也欢迎更多的朋友。", "Zhou Minghai"),
        ("运费已经涨了两次。", "Fang Lirong"),
    ]


def test_english_quote_inside_a_chinese_article_keeps_the_chinese_attribution() -> None:
    text = (
        "哈洛大学校长王丽华在开幕式上用英语致辞。"
        "她说：“Education is the one export that makes both sides richer.”"
    )
    (s,) = suggest_quotes(text, "zh")
    assert s.exact == "Education is the one export that makes both sides richer."
    assert s.quote_type == "direct" and s.speaker == "王丽华"


def test_high_confidence_only_where_the_attribution_names_the_speaker() -> None:
    named = _only("“We listened,” said Nadia Rahm. “We did not like all we heard.”")
    assert named.confidence >= 0.8
    text = (
        "Nadia Rahm chairs the committee. Her deputy, Tom Reyes, was absent. "
        "“We did not like all we heard about the plan,” she said."
    )
    assert _only(text).confidence < 0.8


def test_belief_and_intent_cues_give_reported_speech() -> None:
    wants = _only("Gov. Dale Fisk wants to cut the state income tax by a third.", "indirect")
    assert (wants.exact, wants.speaker) == ("to cut the state income tax by a third", "Dale Fisk")
    called_on = _only("The union called on the company to reopen talks.", "indirect")
    assert called_on.exact == "to reopen talks" and called_on.cue is not None
    believes = _only(
        "Senator Beth Marlow believes that the tax cut cannot be paid for.", "indirect"
    )
    assert believes.speaker == "Beth Marlow"
    assert suggest_quotes("Nobody in the family wants to take on the bakery.", "en") == []


def test_she_goes_to_a_woman_not_the_man_named_last() -> None:
    text = (
        "Laura Fenwick chairs the panel. She spoke after the treasurer, Daniel Pryce, "
        "had left. “We will publish every page of it,” she said."
    )
    assert _only(text).speaker == "Laura Fenwick"


def test_a_plan_or_a_hope_as_a_noun_is_nobody_s_speech() -> None:
    text = (
        "The council on Thursday approved a 12-million-krona emergency plan to raise the "
        "sea wall along the harbour. Mayor Ilse Brandt called it overdue."
    )
    assert [s for s in suggest_quotes(text, "en") if "raise the sea wall" in s.exact] == []
    verbs = "Officials plan to reopen the quay by May. Mayor Ilse Brandt wants to widen it."
    found = {s.speaker: s.exact for s in suggest_quotes(verbs, "en")}
    assert found.get("Ilse Brandt") == "to widen it"
    assert any("reopen the quay" in exact for exact in found.values())
