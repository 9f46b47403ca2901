"""The speakers panel's table model without a view: real speakers, roles, edits, sorting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester
from tests.helpers import add_article, new_project

from annotary.services import annotating, speakers
from annotary.services.project import Project
from annotary.ui.panels.speaker_model import COLUMNS, ID_ROLE, SORT_ROLE, SpeakerModel

NAME, ROLE, AFFILIATION, ALIASES, QUOTES = range(5)


@pytest.fixture
def world(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    project = new_project(tmp_path)
    article = add_article(project)
    li = speakers.create(project, "Li Hongzhong", role="Minister", aliases=["Li", "Mr Li"]).value
    maria = speakers.create(project, "maria <b>Okafor</b>", affiliation="Dockworkers' union").value
    speakers.create(project, "Ada Obi")
    annotating.create(project, article.id, "quote", 70, 110, speaker=li.id)
    annotating.create(project, article.id, "quote", 160, 200, speaker=li.id)
    annotating.create(project, article.id, "quote", 230, 270, speaker=maria.id)
    model = SpeakerModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    reload(model, project)
    return project, model


def reload(model: SpeakerModel, project: Project) -> None:
    """What the panel does on ``ctx.changed``."""
    model.load(speakers.speakers(project), speakers.quote_counts(project))


def column(model: QSortFilterProxyModel | SpeakerModel, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_rows_by_name_with_their_quote_counts(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    assert column(model, NAME) == ["Ada Obi", "Li Hongzhong", "maria <b>Okafor</b>"]
    assert column(model, QUOTES) == ["0", "2", "1"]
    assert column(model, ALIASES) == ["", "Li; Mr Li", ""]
    assert model.index(1, ROLE).data() == "Minister" and model.index(1, AFFILIATION).data() == ""
    li = model.speaker(1)
    assert model.index(1, NAME).data(ID_ROLE) == li.id and model.row_of(li.id) == 1
    assert model.row_of("no-such-speaker") == -1
    assert model.index(1, QUOTES).data(SORT_ROLE) == 2
    assert model.index(2, NAME).data(SORT_ROLE) == "maria <b>okafor</b>"
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.index(1, QUOTES).data(Qt.ItemDataRole.TextAlignmentRole) == right
    # a speaker's name shows literally in the tooltip, never as markup
    tip = model.index(2, QUOTES).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;Okafor&lt;/b&gt;" in tip
    assert model.index(1, QUOTES).data(Qt.ItemDataRole.ToolTipRole) == (
        "2 quotes attributed to Li Hongzhong"
    )
    assert model.index(1, NAME).data(Qt.ItemDataRole.ToolTipRole) is None


def test_headers(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == list(COLUMNS)
    assert model.headerData(len(COLUMNS), Qt.Orientation.Horizontal) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None


def test_an_edit_asks_and_changes_nothing(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    asked: list[tuple[str, str, object]] = []
    changed: list[int] = []
    model.edit_requested.connect(lambda *a: asked.append(a))
    model.dataChanged.connect(lambda *_a: changed.append(1))
    li = model.speaker(1)
    flags = model.flags(model.index(1, NAME))
    assert flags & Qt.ItemFlag.ItemIsEditable and flags & Qt.ItemFlag.ItemIsSelectable
    assert not model.flags(model.index(1, QUOTES)) & Qt.ItemFlag.ItemIsEditable
    assert model.index(1, NAME).data(Qt.ItemDataRole.EditRole) == "Li Hongzhong"
    assert model.setData(model.index(1, ROLE), "  Minister  ")  # unchanged: nothing asked
    assert model.setData(model.index(1, ROLE), "Transport minister")
    assert model.setData(model.index(1, ALIASES), "Li, H. Li,  Li ")
    assert not model.setData(model.index(1, QUOTES), "7")
    assert not model.setData(model.index(1, NAME), "X", Qt.ItemDataRole.DisplayRole)
    assert asked == [
        (li.id, "role", "Transport minister"),
        (li.id, "aliases", ("Li", "H. Li")),
    ]
    assert changed == [] and model.index(1, ROLE).data() == "Minister"


def test_reload_after_a_service_change(world) -> None:  # type: ignore[no-untyped-def]
    project, model = world
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    li = model.speaker(1)
    speakers.update(project, li.id, name="Zhong Li")
    speakers.create(project, "Bea Lund")
    reload(model, project)
    assert resets == [1]
    assert column(model, NAME) == ["Ada Obi", "Bea Lund", "maria <b>Okafor</b>", "Zhong Li"]
    assert model.index(3, QUOTES).data() == "2"
    speakers.delete(project, li.id)
    reload(model, project)
    assert model.row_of(li.id) == -1 and model.rowCount() == 3
    model.load([], {})
    assert model.rowCount(QModelIndex()) == 0


def test_the_panels_proxy_sorts_counts_as_numbers_and_filters(world) -> None:  # type: ignore[no-untyped-def]
    project, model = world
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    QAbstractItemModelTester(proxy, QAbstractItemModelTester.FailureReportingMode.Fatal)
    for i in range(10):
        speakers.create(project, f"Extra {i}")
    reload(model, project)
    proxy.sort(QUOTES, Qt.SortOrder.DescendingOrder)
    assert column(proxy, QUOTES)[:2] == ["2", "1"]
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert column(proxy, NAME)[:3] == ["Ada Obi", "Extra 0", "Extra 1"]
    assert column(proxy, NAME)[-1] == "maria <b>Okafor</b>"  # case-insensitive order
    proxy.setFilterFixedString("mr li")  # aliases are searched too
    assert column(proxy, NAME) == ["Li Hongzhong"]
