"""The suggestions list model without a view: real suggestions, text order, roles, removals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from tests.helpers import add_article, new_project

from annotary.services import suggesting
from annotary.suggest import QuoteSuggestion
from annotary.suggest.model import TextSpan
from annotary.ui.suggestions.model import (
    KEY_ROLE,
    SUGGESTION_ROLE,
    SuggestionModel,
    key_of,
    key_of_highlight,
    to_highlight,
)


@pytest.fixture
def model(qapp):  # type: ignore[no-untyped-def]
    m = SuggestionModel()
    QAbstractItemModelTester(m, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return m


def made(start: int, end: int, **kw: object) -> QuoteSuggestion:
    values: dict[str, object] = {
        "start": start,
        "end": end,
        "exact": f"quote  {start}\nto {end}",
        "quote_type": "direct",
        "cue": TextSpan(end + 1, end + 5, "said"),
        "speaker": "Li",
        "speaker_mention": None,
        "speaker_role": None,
        "speaker_id": None,
        "confidence": 0.8,
        "rule": "test",
    }
    values.update(kw)
    return QuoteSuggestion(**values)  # type: ignore[arg-type]


def keys(model: SuggestionModel) -> list[tuple[int, int]]:
    return [model.index(r).data(KEY_ROLE) for r in range(model.rowCount())]


def test_suggestions_of_a_real_article(model: SuggestionModel, tmp_path: Path) -> None:
    project = new_project(tmp_path)
    article = add_article(project)
    found = suggesting.suggest(project, article.id)
    assert found, "the engine finds the report's quotes"
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_suggestions(reversed(found))
    assert resets == [1] and model.rowCount() == len(found)
    assert keys(model) == sorted(keys(model))  # text order, whatever the engine's
    for r in range(model.rowCount()):
        s = model.index(r).data(SUGGESTION_ROLE)
        assert article.text[s.start : s.end] == s.exact
        assert model.index(r).data() == " ".join(s.exact.split())
        assert model.row_of(key_of(s)) == r and model.find(key_of(s)) == s
        assert key_of_highlight(to_highlight(s).id) == key_of(s)
        assert "Confidence:" in model.index(r).data(Qt.ItemDataRole.ToolTipRole)
    suggesting.reject(project, article.id, [model.at(0)])  # type: ignore[list-item]
    model.set_suggestions(suggesting.suggest(project, article.id))
    assert model.rowCount() == len(found) - 1


def test_roles_the_list_reads(model: SuggestionModel) -> None:
    model.set_suggestions([made(40, 60, speaker=None, cue=None), made(10, 30, speaker="<b>Li</b>")])
    first, second = model.index(0), model.index(1)
    assert first.data() == "quote 10 to 30" and first.data(KEY_ROLE) == (10, 30)
    tip = first.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Li</b>" not in tip and "&lt;b&gt;Li&lt;/b&gt;" in tip  # a name shows literally
    assert "Cue: none" in second.data(Qt.ItemDataRole.ToolTipRole)
    assert second.data(Qt.ItemDataRole.AccessibleTextRole).startswith(
        "direct quote, Unknown speaker, confidence 0.80; "
    )
    assert first.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.at(2) is None and model.row_of((1, 2)) == -1 and model.find((1, 2)) is None


def test_nested_suggestions_keep_the_longer_first_and_thresholds(model: SuggestionModel) -> None:
    model.set_suggestions(
        [made(10, 20, confidence=0.5), made(10, 50, confidence=0.7), made(5, 8, confidence=0.3)]
    )
    assert keys(model) == [(5, 8), (10, 50), (10, 20)]
    assert [key_of(s) for s in model.above(0.5)] == [(10, 50), (10, 20)]
    low = replace(model.at(0), confidence=0.7 - 1e-12)  # type: ignore[type-var]
    model.set_suggestions([low])
    assert model.above(0.7) == [low]


def test_removal_signals_each_row(model: SuggestionModel) -> None:
    model.set_suggestions([made(10 * i, 10 * i + 5) for i in range(6)])
    removed: list[tuple[int, int]] = []
    model.rowsRemoved.connect(lambda _p, a, b: removed.append((a, b)))
    model.remove([(10, 15), (40, 45), (99, 100)])
    assert removed == [(4, 4), (1, 1)]
    assert keys(model) == [(0, 5), (20, 25), (30, 35), (50, 55)]
    model.remove([])
    assert removed == [(4, 4), (1, 1)]
    model.set_suggestions([])
    assert model.rowCount(QModelIndex()) == 0 and model.suggestions() == []
