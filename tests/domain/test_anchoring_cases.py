"""Anchors find their text again after the article is edited, or say they cannot."""

from __future__ import annotations

import pytest

from annotary.domain.anchoring import (
    CONTEXT,
    Anchor,
    Placement,
    locate,
    make_anchor,
    reanchor_all,
)

ARTICLE = (
    "The harbour authority approved the dredging plan on Tuesday after a four-hour debate.\n\n"
    "\u201cWe cannot keep the channel open with the equipment we have,\u201d said Amara Okafor, "
    "who chairs the authority's finance committee. She added that the first contract would be "
    "signed before the end of the month.\n\n"
    "Residents of the eastern quay had asked for an independent study of the noise, and "
    "several council members supported them. The mayor said the study would be published "
    "in the spring."
)


def anchor_on(text: str, quote: str, occurrence: int = 0) -> Anchor:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return make_anchor(text, start, start + len(quote))


def placed_text(text: str, p: Placement | None) -> str | None:
    return None if p is None else text[p.start : p.end]


# --- make_anchor -------------------------------------------------------------


def test_make_anchor_keeps_quote_and_context() -> None:
    a = anchor_on(ARTICLE, "said Amara Okafor")
    assert a.exact == "said Amara Okafor"
    assert ARTICLE[a.start : a.end] == a.exact
    assert len(a.prefix) == CONTEXT and len(a.suffix) == CONTEXT
    assert ARTICLE[a.start - CONTEXT : a.start] == a.prefix
    assert ARTICLE[a.end : a.end + CONTEXT] == a.suffix


def test_make_anchor_at_the_edges_has_short_context() -> None:
    first = make_anchor(ARTICLE, 0, 11)
    last = make_anchor(ARTICLE, len(ARTICLE) - 6, len(ARTICLE))
    assert first.prefix == "" and len(first.suffix) == CONTEXT
    assert last.suffix == "" and last.exact == "pring."
    assert make_anchor("short", 1, 3, context=10) == Anchor(1, 3, "ho", "s", "rt")


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (5, 2), (0, len(ARTICLE) + 1)])
def test_make_anchor_rejects_bad_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError):
        make_anchor(ARTICLE, start, end)


# --- locate --------------------------------------------------------------------


def test_unchanged_text_places_by_position() -> None:
    a = anchor_on(ARTICLE, "independent study of the noise")
    assert locate(a, ARTICLE) == Placement(a.start, a.end, "position", 1.0)


def test_insertion_before_moves_the_placement() -> None:
    a = anchor_on(ARTICLE, "independent study of the noise")
    insert = "Editor's note: this report was corrected on Wednesday.\n\n"
    new = insert + ARTICLE
    p = locate(a, new)
    assert p == Placement(a.start + len(insert), a.end + len(insert), "exact", 1.0)


def test_edit_after_the_quote_keeps_the_position() -> None:
    a = anchor_on(ARTICLE, "dredging plan")
    new = ARTICLE.replace("in the spring", "before the summer recess")
    p = locate(a, new)
    assert p is not None and (p.start, p.end, p.method) == (a.start, a.end, "position")


REPEATED = "The ministry did not respond to a request for comment."


def test_repeated_sentence_is_told_apart_by_context() -> None:
    text = (
        f"Port fees rose by a third this year. {REPEATED} Dockworkers plan a strike.\n\n"
        f"The river ferry will stop running in March. {REPEATED} Commuters were angry.\n\n"
        f"Two new cranes arrive next week. {REPEATED} The union welcomed them."
    )
    a = anchor_on(text, REPEATED, occurrence=1)
    # Shorten the first paragraph so the old offsets now point into the second copy's area.
    new = text.replace("Port fees rose by a third this year.", "Fees rose.")
    p = locate(a, new)
    second = new.index(REPEATED, new.index("river ferry"))
    assert p is not None and (p.start, p.end) == (second, second + len(REPEATED))
    assert p.method == "exact"


def test_repeated_sentence_with_identical_context_takes_the_nearest() -> None:
    chorus = "Again the chorus sang the same refrain. "
    text = "Opening words of the programme. " + chorus * 6 + "Closing words."
    a = anchor_on(text, "the same refrain", occurrence=3)
    new = "Note. " + text
    p = locate(a, new)
    assert p is not None and (p.start, p.end) == (a.start + 6, a.end + 6)


def test_slightly_edited_quote_is_found_fuzzily() -> None:
    quote = "We cannot keep the channel open with the equipment we have"
    a = anchor_on(ARTICLE, quote)
    new = ARTICLE.replace("the equipment we have", "the machines we have")
    p = locate(a, new)
    assert p is not None and p.method == "fuzzy" and 0.7 <= p.score < 1.0
    assert placed_text(new, p) == "We cannot keep the channel open with the machines we have"


def test_deleted_text_is_not_placed() -> None:
    a = anchor_on(ARTICLE, "She added that the first contract would be signed")
    new = ARTICLE.replace(
        "She added that the first contract would be signed before the end of the month.", ""
    )
    assert locate(a, new) is None


def test_deleted_quote_is_not_moved_to_a_copy_in_other_surroundings() -> None:
    text = (
        "The budget was approved on Monday by a narrow margin of two votes.\n\n"
        "Critics said the budget left schools short of teachers for another year.\n\n"
        "A separate vote on the budget for the museum was postponed until June."
    )
    a = anchor_on(text, "the budget")
    new = text.replace(
        "Critics said the budget left schools short of teachers for another year.\n\n", ""
    )
    assert locate(a, new) is None


def test_rewritten_sentence_is_not_placed() -> None:
    a = anchor_on(ARTICLE, "several council members supported them")
    new = ARTICLE.replace(
        "several council members supported them", "the request went nowhere at first"
    )
    assert locate(a, new) is None


def test_cjk_text_without_spaces() -> None:
    text = (
        "港口管理局周二批准了疏浚计划。财务委员会主席表示，现有设备无法保持航道畅通。"
        "东码头居民要求对噪音进行独立研究，市长表示研究报告将于春季公布。"
    )
    a = anchor_on(text, "现有设备无法保持航道畅通")
    shifted = "编者按：本文已更新。" + text
    p = locate(a, shifted)
    assert p is not None and p.method == "exact" and placed_text(shifted, p) == a.exact
    edited = text.replace("现有设备无法保持航道畅通", "现有设备难以保持航道畅通")
    p = locate(a, edited)
    assert p is not None and p.method == "fuzzy"
    assert placed_text(edited, p) == "现有设备难以保持航道畅通"


def test_characters_outside_the_basic_plane_count_once() -> None:
    text = "Fans cheered 🎉🎉 as 𠮷野家 opened its first shop on the quay 🚢 near the ferry."
    a = anchor_on(text, "𠮷野家 opened its first shop")
    assert a.end - a.start == len("𠮷野家 opened its first shop") == 25
    new = "🌧️ " + text.replace("🎉🎉", "🎉🎉🎉")
    p = locate(a, new)
    assert p is not None and p.start == a.start + len("🌧️ ") + 1
    assert placed_text(new, p) == a.exact


def test_anchors_at_the_very_start_and_end() -> None:
    first = make_anchor(ARTICLE, 0, len("The harbour authority"))
    last = anchor_on(ARTICLE, "published in the spring.")
    new = ARTICLE.replace("four-hour", "long")
    assert locate(first, new) == Placement(first.start, first.end, "position", 1.0)
    p = locate(last, new)
    assert p is not None and placed_text(new, p) == last.exact and p.end == len(new)
    prefixed = "Update: " + new
    p = locate(first, prefixed)
    assert p is not None and (p.start, p.end) == (8, 8 + len(first.exact))


def test_whitespace_changes_inside_the_quote() -> None:
    quote = "Residents of the eastern quay had asked for an independent study"
    a = anchor_on(ARTICLE, quote)
    reflowed = ARTICLE.replace("eastern quay had", "eastern  quay\nhad").replace(
        "an independent", "an\nindependent"
    )
    p = locate(a, reflowed)
    assert p is not None and p.method == "fuzzy"
    got = placed_text(reflowed, p)
    assert got is not None and got.split() == quote.split()


def test_whitespace_collapsed_around_the_quote() -> None:
    text = "The mayor  said  the study  would be published in the spring."
    a = anchor_on(text, "the study  would be published")
    new = " ".join(text.split())
    p = locate(a, new)
    assert p is not None and placed_text(new, p) == "the study would be published"


def test_anchor_beyond_the_new_end_is_searched_for() -> None:
    a = anchor_on(ARTICLE, "in the spring")
    short = ARTICLE[a.start - 40 :]
    p = locate(a, short)
    assert p is not None and placed_text(short, p) == "in the spring"
    assert locate(a, "") is None


# --- reanchor_all -------------------------------------------------------------


def some_anchors(text: str) -> list[Anchor]:
    quotes = [
        "approved the dredging plan",
        "said Amara Okafor",
        "first contract would be signed",
        "independent study of the noise",
        "published in the spring.",
    ]
    return [anchor_on(text, q) for q in quotes]


def test_reanchor_all_on_unchanged_text() -> None:
    anchors = some_anchors(ARTICLE)
    expected = [Placement(a.start, a.end, "position", 1.0) for a in anchors]
    assert reanchor_all(anchors, ARTICLE) == expected
    assert reanchor_all(anchors, ARTICLE, old_text=ARTICLE) == expected


def test_reanchor_all_follows_edits_through_the_old_text() -> None:
    anchors = some_anchors(ARTICLE)
    new = "Editor's note: updated with the mayor's comments.\n\n" + ARTICLE.replace(
        "four-hour", "long"
    ).replace(
        " She added that the first contract would be signed before the end of the month.", ""
    ).replace("The mayor said", "The mayor, Ines Walder, said")
    for old in (ARTICLE, None):
        placed = reanchor_all(anchors, new, old_text=old)
        assert [placed_text(new, p) for p in placed] == [
            "approved the dredging plan",
            "said Amara Okafor",
            None,
            "independent study of the noise",
            "published in the spring.",
        ]
        assert all(p is None or p.method == "exact" for p in placed)


def test_reanchor_all_matches_locate() -> None:
    anchors = some_anchors(ARTICLE)
    new = ARTICLE.replace("the equipment we have", "the machines we have").replace(
        "Tuesday", "Wednesday"
    )
    assert reanchor_all(anchors, new, old_text=ARTICLE) == [locate(a, new) for a in anchors]


def test_an_exact_occurrence_beats_a_variant_of_itself_with_shifted_boundaries() -> None:
    """Found by the property tests: the text just before a span that starts with a line
    break was deleted; the span itself is intact and unique, so it is placed exactly."""
    from annotary.domain.anchoring import Anchor, locate, reanchor_all

    old = "。—\n\non a a the the "
    anchor = Anchor(start=3, end=8, exact="\non a", prefix="。—\n", suffix=" a the the ")
    new = "。\non a a the the "
    for placed in (locate(anchor, new), reanchor_all([anchor], new, old_text=old)[0]):
        assert placed is not None
        assert (placed.start, placed.end, placed.method) == (1, 6, "exact")


# --- a quote at the very end of the article, in text that repeats itself --------------------

CLOSING = "The mayor said the study would be published in the spring."


def test_without_the_old_text_a_quote_that_ended_the_article_is_found_at_the_end() -> None:
    """The closing passage now comes twice (say an imported copy of the article repeats
    it): at the old offset the same words stand with the same surroundings, but not at
    the end of the text, where the quote was. Without the old text to compare, the end
    is what tells the copies apart."""
    old = "Residents asked for a study. " + CLOSING
    a = anchor_on(old, "spring")
    assert len(a.suffix) < CONTEXT  # the quote ended the article
    new = "Residents asked for a study. " + CLOSING + " Residents asked for a study. " + CLOSING
    assert new[a.start : a.end] == "spring"  # the old offset still reads the same
    end_copy = new.rindex("spring")
    for p in (locate(a, new), reanchor_all([a], new)[0]):
        assert p is not None
        assert (p.start, p.end) == (end_copy, end_copy + len("spring"))


def test_with_the_old_text_a_quote_at_the_end_stays_put_when_text_is_added_after_it() -> None:
    """The same texts, compared: the diff shows an update appended after the quote."""
    old = "Residents asked for a study. " + CLOSING
    a = anchor_on(old, "spring")
    new = old + " Residents asked for a study. " + CLOSING  # an update appended
    p = reanchor_all([a], new, old_text=old)[0]
    assert p is not None
    assert (p.start, p.end) == (a.start, a.end)
