"""Named and described speakers in shapes real news uses: "As X put it, …", a role
before a name, a description after the quote."""

from __future__ import annotations

from speaker_cases import direct_speakers


def test_an_as_clause_before_the_quote_names_its_speaker() -> None:
    text = (
        "The council met on Monday.\n\n"
        "As the harbour columnist Nora Vance had written a few years earlier, “We just "
        "could not keep a ferry without the night crews.”\n\n"
        "As Tom Brandt put it in his memo to the staff, “Imagine a town where the buses "
        "run on time.”"
    )
    assert direct_speakers(text) == ["Nora Vance", "Tom Brandt"]


def test_an_as_clause_that_is_only_time_leaves_the_speaker_to_the_cue() -> None:
    text = (
        "The council met on Monday.\n\n"
        "As the crowd cheered, Okafor said, “We will rebuild the pier this year.”"
    )
    assert direct_speakers(text) == ["Okafor"]


def test_capitalised_words_before_a_role_and_a_name_leave_the_name_as_speaker() -> None:
    text = (
        "The album is done.\n\n"
        "Band member Tolliver shared the news on Friday, writing “Feels great to play for "
        "someone we believe in.”\n\n"
        "The Harbour technology columnist Tom Brandt went so far as to say: “The ferry as "
        "we know it is over.”\n\n"
        "“I really do not understand how a better plan did not come up,” said Air Force "
        "1st Lt. Mara Tolven.\n\n"
        "“Republicans are so frustrated with the vote today,” said Oversight ranking "
        "Democrat Nora Okafor."
    )
    assert direct_speakers(text) == ["Tolliver", "Tom Brandt", "Mara Tolven", "Nora Okafor"]


def test_a_name_followed_by_a_plain_object_keeps_the_name() -> None:
    text = (
        "The council met on Monday.\n\n"
        "“We will rebuild the pier this year,” said Okafor, thanking supporter Nora Vance.\n\n"
        "Tom Brandt told reporters Monday: “The vote is not over.”"
    )
    assert direct_speakers(text) == ["Okafor", "Tom Brandt"]


def test_a_description_after_the_quote_with_a_number_in_it_is_the_speaker() -> None:
    text = (
        "The station confirmed the news on Monday.\n\n"
        "“Tom Kell is on indefinite leave from the station,” a WHB4 representative said in "
        "a statement.\n\n"
        "“From day one, I made the ferry the top priority,” the 71-year-old diplomat said."
    )
    assert direct_speakers(text) == ["WHB4 representative", "71-year-old diplomat"]


def test_a_number_alone_is_still_no_speaker() -> None:
    text = "Jobs came back in October.\n\n“It is a good month for the town,” 5,000 jobs said."
    assert direct_speakers(text) == [None]


def test_a_role_and_a_name_with_a_long_aside_after_the_quote_speak() -> None:
    text = (
        "Wages rose in October.\n\n"
        "“We finally may be seeing some wage acceleration,” the economist Nora Okafor, a "
        "former adviser in the Harbour city hall, wrote in a note.\n\n"
        "“On the political risk, we have assessed this deal,” Read said."
    )
    assert direct_speakers(text) == ["Nora Okafor", "Read"]


def test_a_long_description_after_the_cue_names_the_speaker() -> None:
    text = (
        "The campaign met on Monday in the city.\n\n"
        "“It may have been his first attempt to stand alone,” said his best friend at "
        "Harbour College, Mara Tolven, who, like several others, spoke.\n\n"
        "“The first line of defense is within the community,” said former secretary of "
        "state Nora Vance, who praised the plan.\n\n"
        "“It was unseemly and nobody liked it,” said one of two witnesses who relayed the "
        "same story.\n\n"
        "“Interviewers are likely to feel they are getting useful information,” concluded a "
        "2013 article in the academic journal Harbour Review."
    )
    assert direct_speakers(text) == [
        "Mara Tolven",
        "Nora Vance",
        "one of two witnesses",
        "2013 article",
    ]


def test_the_object_of_a_participle_or_of_familiar_with_is_not_the_speaker() -> None:
    text = (
        "Nora Vance spoke on Monday.\n\n"
        "Another intelligence source speaking to Harbour News said, “The agents are "
        "investigating the possible links.”\n\n"
        "Another source familiar with Kell’s thinking said, “I think he will try to be more "
        "friendly with them.”\n\n"
        "“It was not a convincing argument,” said one Democrat familiar with the discussion, "
        "who added more."
    )
    assert direct_speakers(text) == [
        "Another intelligence source",
        "Another source familiar with Kell’s thinking",
        "one Democrat familiar with the discussion",
    ]


def test_a_participle_after_a_quoted_show_name_goes_back_to_the_speaker() -> None:
    text = (
        "Nora Vance spoke on Monday.\n\n"
        "“I think Tom Kell would be the best nominee,” Okafor said on Harbour TV's "
        "“Morning Show,” adding, “Kell's problem is he is an insider in an outsider year.”\n\n"
        "As the Harbour chief executive, Mara Tolven, put it in her memo to employees "
        "explaining the deal, “Imagine a town where we are no longer looking up.”"
    )
    assert direct_speakers(text) == ["Okafor", "Okafor", "Mara Tolven"]


def test_a_name_before_its_role_and_a_clause_subject_before_an_object_speak() -> None:
    text = (
        "Tips are changing on Monday.\n\n"
        "Tom Varga, president and chief executive of Harbour Restaurant Association stated, "
        "“It is not a "
        "political problem; it is a math problem.”\n\n"
        "Even before Vance took the stage Tuesday night, his campaign sent out a text "
        "message to supporters saying: “With your help, we were just declared the winner.”\n\n"
        "Likewise, a paper from the left-leaning Harbour Institution had this to say about "
        "his plan: “Families from the top half would gain most.”"
    )
    assert direct_speakers(text) == ["Tom Varga", "campaign", "paper"]


def test_a_name_with_its_organisation_and_late_verbs_after_the_quote() -> None:
    text = (
        "Nora Vance spoke on Monday in the city.\n\n"
        "“Building a staged weapon is a hard problem,” Tom Kell of the Harbour Center for "
        "Peace Studies wrote in a blog post.\n\n"
        "“Gun owners should leave their weapons at home,” opined the Harbour Gazette.\n\n"
        "“If we want voters to support us, we must change,” wrote the authors of the "
        "“Growth Project,” giving an example."
    )
    assert direct_speakers(text) == ["Tom Kell", "Harbour Gazette", "authors"]


def test_a_name_with_an_aside_speaks_for_a_participle_later_in_its_sentence() -> None:
    text = (
        "Nora Vance spoke on Monday in the city.\n\n"
        "Mr. Brandt, who said last week that a judge in a case involving Harbour College was "
        "biased against him, issued a statement Tuesday saying, “I do not feel that heritage "
        "makes anyone unfit.”\n\n"
        "Tolliver, herself a Vance supporter during the primary, incurred a wave of boos "
        "upon saying, “Vance heard the passion of the people.”"
    )
    assert direct_speakers(text) == ["Brandt", "Tolliver"]


def test_a_headline_names_its_speaker_before_the_topic() -> None:
    text = (
        "Harbour Mayor On Ferry Cuts: ‘We Do Not Pay For Empty Boats.’\n\n"
        "The mayor of Harbourton said on Monday that the ferry would stop."
    )
    assert direct_speakers(text) == ["Harbour Mayor"]


def test_someones_own_words_are_speech_and_the_words_alone_a_term() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday to talk about the pier.\n\n"
        "In Vance’s words, “We will not close the pier this year at all.”\n\n"
        "Brandt did not mince words: “The pier is finished and everyone knows it.”\n\n"
        "He kept using the words “quiet harbour.”"
    )
    assert direct_speakers(text) == ["Nora Vance", "Tom Brandt"]


def test_a_four_word_description_after_the_cue_speaks() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday.\n\n"
        "“We will not close the pier this year at all,” said one senior administration "
        "official, speaking on condition of anonymity."
    )
    assert direct_speakers(text) == ["one senior administration official"]


def test_the_person_moved_to_speak_or_named_in_an_aside_speaks() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday to talk about the pier.\n\n"
        "That prompted Tolven to respond: “We will not close the pier this year at all.”\n\n"
        "Brandt’s comments drew a sharp rebuke from Okafor, who said: “The pier is ours.”\n\n"
        "Her opponent, state Sen. Mara Tolven, responded: “Nobody will close it.”\n\n"
        "Tom Kell, a spokesman for the Harbour Trust, said: “We will wait and see.”"
    )
    assert direct_speakers(text) == ["Mara Tolven", "Okafor", "Mara Tolven", "Tom Kell"]


def test_a_participle_aside_does_not_lend_its_name_to_the_speaker() -> None:
    text = (
        "The festival closed on Sunday.\n\n"
        "The jury, chaired by the novelist Henrik Tolven, praised the film as “patient, "
        "unsentimental and completely alive and well”."
    )
    assert direct_speakers(text) == ["jury"]


def test_the_one_quoted_speaks_not_the_one_who_quotes() -> None:
    text = (
        "Tom Brandt and Nora Vance met on Monday.\n\n"
        "The Harbour Gazette quoted Okafor as saying, “We will not close the pier this "
        "year at all.”\n\n"
        "“Nobody will close it this year,” Kell was quoted as saying by the Gazette."
    )
    assert direct_speakers(text) == ["Okafor", "Kell"]


def test_a_party_label_and_a_relative_clause_end_the_speaker() -> None:
    text = (
        "Tom Brandt and Nora Vance met on Monday.\n\n"
        '"There has been a lot of talk in the last day about the pier," Senate Majority '
        'Leader Nora Okafor, R-Ore., said. "That is not our view."\n\n'
        '"After we came here, we realized it was all lies," said one owner of a shop that '
        "sells coats who declined to be named."
    )
    assert direct_speakers(text)[0] == "Nora Okafor"
    assert direct_speakers(text)[-1] == "one owner of a shop"


def test_two_roles_of_one_person_joined_by_and_stay_one_description() -> None:
    text = (
        "The vote was close on Monday.\n\n"
        '"I have been warning throughout this campaign that the pier is failing," the '
        "Harbour senator and Freedom presidential candidate said in a statement."
    )
    assert direct_speakers(text) == ["Harbour senator and Freedom presidential candidate"]


def test_a_name_with_an_appositive_and_a_relative_clause_speaks() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday to talk about the pier.\n\n"
        "Okafor, the Harbour Trust’s longtime chairwoman, who is retiring next year, said: "
        "“We will not close the pier this year at all.”\n\n"
        "“Nobody will close it,” Kell, the ferry company’s owner, who bought it in 2009, said."
    )
    assert direct_speakers(text) == ["Okafor", "Kell"]


def test_who_it_was_written_to_does_not_hide_the_writer() -> None:
    text = (
        "Tom Brandt and Nora Vance met on Monday.\n\n"
        "Soon after Vance was booed Monday during a breakfast in the city, Okafor wrote to "
        "his 20,000 Twitter followers, “It is time to end her career for good,” and shared "
        "a link."
    )
    assert direct_speakers(text) == ["Okafor"]


def test_the_second_main_clause_of_a_lead_in_speaks() -> None:
    text = (
        "Tom Brandt and Nora Vance met on Monday.\n\n"
        "The Harbour Gazette made these same claims against the union in February, and "
        "Harbour News responded:\n\n"
        "“If there are people in this town who are believed to be dangerous, stop them.”"
    )
    assert direct_speakers(text) == ["Harbour News"]


def test_the_subject_of_a_lead_in_cue_speaks_not_the_names_after_it() -> None:
    text = (
        "Tom Brandt and Nora Vance met on Monday.\n\n"
        "In a press release earlier this month, the Freedom convention committee said about "
        "its inclusion of the Harbour Trust’s plan in the latest draft of its platform:\n\n"
        "“The platform goes further than before.”"
    )
    assert direct_speakers(text) == ["Freedom convention committee"]


def test_a_second_cue_after_and_goes_back_to_the_opening_description() -> None:
    text = (
        "The vote was close on Monday.\n\n"
        "A harbour official noted that the pier was old, and added: “We know a little "
        "about this.”"
    )
    assert direct_speakers(text) == ["harbour official"]


def test_a_person_of_an_organisation_before_the_cue_speaks() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday to talk about the pier.\n\n"
        "Tom Kell of the Harbour Center for Peace Studies said: “We will not close the pier "
        "this year at all.”\n\n"
        "The Bank of Harbour said: “We will not move the rates this year at all.”"
    )
    assert direct_speakers(text) == ["Tom Kell", "Bank of Harbour"]


def test_a_long_adjunct_before_that_keeps_the_speaker() -> None:
    text = (
        "Tom Brandt and Nora Vance met in Harbourton on Monday to talk about the pier.\n\n"
        "Okafor wrote in a letter to members in September that “We will "
        "not close the pier this year at all.”"
    )
    assert direct_speakers(text) == ["Okafor"]
