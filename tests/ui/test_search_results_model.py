"""The search results' list model without a view: hits from a real search, roles, resets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from tests.helpers import add_article, new_project

from annotary.domain.models import SearchHit
from annotary.services import annotating, searching
from annotary.ui.library.search_results import (
    HIT_ROLE,
    HTML_ROLE,
    ID_ROLE,
    NOTE_LABEL,
    SearchResultsModel,
)


@pytest.fixture
def model(qapp):  # type: ignore[no-untyped-def]
    m = SearchResultsModel()
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return m


def hit(i: int, **kw: object) -> SearchHit:
    values: dict[str, object] = {
        "article": f"a{i}",
        "title": f"Title {i}",
        "outlet": "Coastal Herald",
        "published": "2024-03-14",
        "language": "en",
        "snippet": "the port would reopen",
        "rank": -1.0 * i,
        "marks": ((4, 8),),
    }
    values.update(kw)
    return SearchHit(**values)  # type: ignore[arg-type]


def test_hits_of_a_real_search(model: SearchResultsModel, tmp_path: Path) -> None:
    project = new_project(tmp_path)
    first = add_article(project, title="Port <script> to reopen")
    second = add_article(project, text="Nothing here about ships.", title="Other news")
    annotating.create(project, second.id, "passage", 0, 7, note="the harbour authority agrees")
    hits = searching.search(project, "harbour")
    assert {h.article for h in hits} == {first.id, second.id}
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_hits(hits)
    assert resets == [1] and model.rowCount() == len(hits) == 2
    assert model.hits() == hits
    by_article = {model.index(r).data(ID_ROLE): model.index(r) for r in range(model.rowCount())}
    text_hit = by_article[first.id]
    assert text_hit.data(HIT_ROLE) == hits[[h.article for h in hits].index(first.id)]
    assert text_hit.data().startswith("Port <script> to reopen: ")
    assert text_hit.data(Qt.ItemDataRole.AccessibleTextRole) == text_hit.data()
    markup = text_hit.data(HTML_ROLE)
    assert "<script>" not in markup and "Port &lt;script&gt; to reopen" in markup
    assert "<b>" in markup  # the matched word is bold
    note_hit = by_article[second.id]
    assert note_hit.data(HIT_ROLE).matched == "note"
    assert NOTE_LABEL in note_hit.data() and f"<i>{NOTE_LABEL}</i>" in note_hit.data(HTML_ROLE)


def test_snippets_are_escaped_around_the_marks(model: SearchResultsModel) -> None:
    model.set_hits([hit(1, snippet="a <b> port & more", marks=((6, 10),))])
    markup = model.index(0).data(HTML_ROLE)
    assert "a &lt;b&gt; <b>port</b> &amp; more" in markup
    assert model.index(0).data(Qt.ItemDataRole.ToolTipRole) is None


def test_a_new_search_replaces_the_results(model: SearchResultsModel) -> None:
    model.set_hits([hit(i) for i in range(5)])
    assert model.rowCount() == 5 and model.rowCount(model.index(0)) == 0
    model.set_hits([hit(9)])
    assert model.rowCount() == 1 and model.index(0).data(ID_ROLE) == "a9"
    model.set_hits([])
    assert model.rowCount(QModelIndex()) == 0 and model.hits() == []
