"""Suggestions become quotes only when accepted; rejected ones stay away."""

from __future__ import annotations

from pathlib import Path

from annotary.services import annotating, history, suggesting
from annotary.services import speakers as speaker_service
from helpers import add_article, new_project

TEXT = (
    "Environment Minister Ingrid Halvorsen approved the plan on Thursday.\n\n"
    "“We are not going to wait for the river to decide for us,” Halvorsen said. "
    "“Every town will have pumps by Saturday.”\n\n"
    "Tomas Brekke, director of the Water Authority, said that the forecast was uncomfortable."
)


def test_suggestions_are_not_annotations_until_accepted(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT, title="Levees")
    found = suggesting.suggest(project, article.id)
    assert annotating.for_article(project, article.id) == []
    direct = [s for s in found if s.quote_type == "direct"]
    assert direct and direct[0].speaker == "Ingrid Halvorsen"
    assert TEXT[direct[0].start : direct[0].end].startswith("We are not going to wait")
    reported = [s for s in found if s.quote_type == "indirect"]
    assert reported and reported[0].speaker == "Tomas Brekke"

    accepted = suggesting.accept(project, article.id, direct)
    (quote,) = accepted.value
    assert quote.kind == "quote" and quote.quote_type == "direct"
    halvorsen = speaker_service.find(project, "Ingrid Halvorsen")
    assert halvorsen is not None and quote.speaker == halvorsen.id
    assert "Halvorsen" in halvorsen.aliases  # the mention at the quote became an alias
    # An accepted suggestion is not proposed again; the others still are.
    again = suggesting.suggest(project, article.id)
    assert all(s.start != direct[0].start for s in again)
    assert any(s.quote_type == "indirect" for s in again)
    # Accepting is undoable, speaker included.
    history.revert(project, accepted.undo)
    assert annotating.for_article(project, article.id) == []
    assert speaker_service.find(project, "Ingrid Halvorsen") is None


def test_rejected_suggestions_are_remembered(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT, title="Levees")
    found = suggesting.suggest(project, article.id)
    suggesting.reject(project, article.id, found[:1])
    again = suggesting.suggest(project, article.id)
    assert [(s.start, s.end) for s in again] == [(s.start, s.end) for s in found[1:]]


def test_known_speakers_and_aliases_are_reused(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    known = speaker_service.create(project, "Ingrid Halvorsen", aliases=["the minister"]).value
    article = add_article(project, TEXT, title="Levees")
    direct = [s for s in suggesting.suggest(project, article.id) if s.quote_type == "direct"]
    assert direct[0].speaker_id == known.id
    suggesting.accept(project, article.id, direct)
    assert len(speaker_service.speakers(project)) == 1


def test_min_confidence_filters(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT, title="Levees")
    every = suggesting.suggest(project, article.id)
    assert suggesting.suggest(project, article.id, min_confidence=1.01) == []
    cut = sorted(s.confidence for s in every)[len(every) // 2]
    assert all(s.confidence >= cut for s in suggesting.suggest(project, article.id, cut))


def test_a_split_suggestion_is_accepted_as_one_quote_in_its_segments(tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project, TEXT, title="Levees")
    (found,) = [s for s in suggesting.suggest(project, article.id) if s.quote_type == "direct"][:1]
    # The engine gives the quote split around "Halvorsen said" as one suggestion in two parts.
    assert len(found.segments) == 2
    assert found.to_json()["segments"] == [list(p) for p in found.segments]
    assert all("Halvorsen said" not in TEXT[s:e] for s, e in found.segments)
    accepted = suggesting.accept(project, article.id, [found])
    (quote,) = annotating.for_article(project, article.id)
    assert quote.id == accepted.value[0].id
    assert [(s.start, s.end) for s in quote.segments] == list(found.segments)
    assert "Halvorsen said" not in quote.joined_exact
    history.revert(project, accepted.undo)
    assert annotating.for_article(project, article.id) == []
