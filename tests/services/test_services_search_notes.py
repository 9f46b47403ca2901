"""The library search finds the notes of annotations, and says that a note matched."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotary.services import annotating
from annotary.services.searching import SearchFilters, search
from annotary.storage import note_search
from helpers import add_article, new_project

EN = "The council voted to expand the ferry service on Tuesday."
ZH = "市政府表示，新的公交线路将于明年开通。"


@pytest.fixture
def project(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = new_project(tmp_path)
    yield p
    p.close()


def note_on(project, article, note: str):  # type: ignore[no-untyped-def]
    return annotating.create(project, article.id, "passage", 0, 5, note=note).value


def test_a_word_only_in_a_note_finds_the_article_as_a_note_hit(project) -> None:  # type: ignore[no-untyped-def]
    ferry = add_article(project, EN, title="Ferries", outlet="Harbour Daily", language="en")
    bus = add_article(project, ZH, title="公交线路", outlet="江城日报", language="zh")
    made = note_on(project, ferry, "Compare with the Ölberg survey: a Rückschritt for commuters")
    note_on(project, bus, "市民 的 反应 很 积极")

    (hit,) = search(project, "olberg")
    assert (hit.article, hit.matched, hit.annotation) == (ferry.id, "note", made.id)
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "Ölberg"
    (hit,) = search(project, "survey commuters")
    assert hit.matched == "note", "every term, anywhere in the note"
    assert search(project, "survey buses") == []
    (hit,) = search(project, "反应")
    assert hit.article == bus.id and hit.matched == "note"
    assert search(project, "olberg", SearchFilters(outlet="江城日报")) == []


def test_a_text_hit_comes_first_and_an_article_is_listed_once(project) -> None:  # type: ignore[no-untyped-def]
    ferry = add_article(project, EN, title="Ferries")
    other = add_article(project, "Nothing about boats here at all.", title="Other")
    note_on(project, ferry, "ferry numbers are doubtful")
    note_on(project, other, "ferry mentioned only in my note")
    hits = search(project, "ferry")
    assert [(h.article, h.matched) for h in hits] == [(ferry.id, "text"), (other.id, "note")]


def test_the_scan_is_bounded(project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ferry = add_article(project, EN, title="Ferries")
    note_on(project, ferry, "a note about harbours")
    note_on(project, ferry, "another note")
    assert len(search(project, "harbours")) == 1
    monkeypatch.setattr(note_search, "MAX_NOTES_SCANNED", 1)
    scanned: list[tuple[object, ...]] = []
    query = project.store.query
    monkeypatch.setattr(
        project.store, "query", lambda sql, params=(): scanned.append(params) or query(sql, params)
    )
    search(project, "harbours")
    assert scanned[-1][-1] == 1, "the notes read are capped by MAX_NOTES_SCANNED"
