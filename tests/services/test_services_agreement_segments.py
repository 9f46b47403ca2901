"""Agreement counts the characters of every part of a quote, not the attribution between."""

from __future__ import annotations

from pathlib import Path

from annotary.services import agreement, annotating
from annotary.services.project import Project
from helpers import add_article, new_project

TEXT = (
    "Harbour talks resume\n\n"
    "“We are close to a deal,” the union's Ada Brenner said on Friday. "
    "“But the night shifts are not for sale.” Talks resume on Monday."
)
FIRST = "“We are close to a deal,”"
ATTRIBUTION = " the union's Ada Brenner said on Friday. "
SECOND = "“But the night shifts are not for sale.”"


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_a_quote_in_two_parts_against_the_same_parts_and_against_the_whole_span(
    tmp_path: Path,
) -> None:
    ana = new_project(tmp_path, coder="ana")
    article = add_article(ana, TEXT)
    ben = Project(ana.store, "ben")
    cy = Project(ana.store, "cy")
    annotating.create_segments(ana, article.id, "quote", [span(FIRST), span(SECOND)])
    annotating.create_segments(ben, article.id, "quote", [span(FIRST), span(SECOND)])
    # Cy quoted the whole stretch, attribution included.
    annotating.create(cy, article.id, "quote", span(FIRST)[0], span(SECOND)[1])

    same = agreement.compare_coders(ana, ["ana", "ben"])
    quotes = next(r for r in same.rows if r.category == "quote")
    assert quotes.percent == 1.0
    speakers = next(r for r in same.rows if r.category == "speaker")
    assert speakers.units == 1  # one quote, not one per part

    differ = agreement.disagreement_ranges(ana, article.id, ["ana", "cy"], "quote")
    gap = span(ATTRIBUTION)
    # They differ exactly on the attribution: ana's parts leave it out, cy's span has it.
    assert [(s, e) for s, e, _ in differ] == [gap]
    both = agreement.compare_coders(ana, ["ana", "cy"])
    row = next(r for r in both.rows if r.category == "quote")
    assert row.percent == 1 - len(ATTRIBUTION) / len(TEXT)
    assert next(r for r in both.rows if r.category == "speaker").units == 1
