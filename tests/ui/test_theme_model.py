"""The codebook's tree model without a view: parents and children, tooltips, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from tests.helpers import add_article, new_project

from annotary.services import annotating, codebook
from annotary.services.project import Project
from annotary.ui.panels.theme_model import COLOR_ROLE, ID_ROLE, THEME_MIME, ThemeModel


@pytest.fixture
def world(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Economy (Ports, Jobs <b>&</b> wages), Politics; Ports used twice."""
    project = new_project(tmp_path)
    article = add_article(project)
    economy = codebook.create(project, "Economy", color="#336699").value
    ports = codebook.create(project, "Ports", parent=economy.id, description="Harbours").value
    codebook.create(project, "Jobs <b>&</b> wages", parent=economy.id)
    codebook.create(project, "Politics")
    annotating.create(project, article.id, "passage", 0, 40, themes=[ports.id])
    annotating.create(project, article.id, "passage", 60, 90, themes=[ports.id])
    model = ThemeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    reload(model, project)
    return project, model


def reload(model: ThemeModel, project: Project) -> None:
    """What the codebook panel does on ``ctx.changed``."""
    model.load(codebook.themes(project), codebook.usage(project))


def tree(model: ThemeModel, parent: QModelIndex | None = None) -> list[object]:
    parent = parent or QModelIndex()
    out: list[object] = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        children = tree(model, index)
        out.append((index.data(), children) if children else index.data())
    return out


def theme(model: ThemeModel, name: str) -> str:
    hits = model.match(
        model.index(0, 0),
        Qt.ItemDataRole.DisplayRole,
        name,
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    assert hits, name
    return str(hits[0].data(ID_ROLE))


def mime(theme_id: str) -> QMimeData:
    data = QMimeData()
    data.setData(THEME_MIME, QByteArray(theme_id.encode("utf-8")))
    return data


def test_parents_and_children(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    assert tree(model) == [("Economy", ["Ports", "Jobs <b>&</b> wages"]), "Politics"]
    assert model.columnCount() == 2
    economy = model.index_of(theme(model, "Economy"))
    ports = model.index_of(theme(model, "Ports"))
    assert ports.parent() == economy and ports.row() == 0 and not economy.parent().isValid()
    assert ports.model() is model and model.rowCount(ports) == 0
    uses = ports.siblingAtColumn(1)
    assert (
        uses.parent() == economy
        and uses.data() == "2"
        and uses.data(ID_ROLE) == ports.data(ID_ROLE)
    )
    assert model.theme_id(uses) == model.theme_id(ports) == theme(model, "Ports")
    assert model.theme_id(QModelIndex()) is None and not model.index_of("gone").isValid()
    assert model.index_of(theme(model, "Politics")).siblingAtColumn(1).data() == "0"
    assert economy.data(COLOR_ROLE) == "#336699"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Theme"


def test_roles_the_tree_view_reads(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    ports = model.index_of(theme(model, "Ports"))
    assert ports.data(Qt.ItemDataRole.ToolTipRole) == "Harbours"
    assert not ports.data(Qt.ItemDataRole.DecorationRole).isNull()  # the colour swatch
    jobs = model.index_of(theme(model, "Jobs <b>&</b> wages"))
    tip = jobs.data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in tip and "&lt;b&gt;" in tip  # a name shows literally
    uses_tip = jobs.siblingAtColumn(1).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>" not in uses_tip and uses_tip.startswith("<qt>0 annotations use")
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert ports.siblingAtColumn(1).data(Qt.ItemDataRole.TextAlignmentRole) == right
    name_flags, uses_flags = model.flags(ports), model.flags(ports.siblingAtColumn(1))
    drag = Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
    assert name_flags & Qt.ItemFlag.ItemIsEditable and name_flags & drag == drag
    assert not uses_flags & Qt.ItemFlag.ItemIsEditable and uses_flags & drag == drag


def test_a_rename_asks_and_changes_nothing(world) -> None:  # type: ignore[no-untyped-def]
    project, model = world
    asked: list[tuple[str, str]] = []
    model.rename_requested.connect(lambda *a: asked.append(a))
    ports = model.index_of(theme(model, "Ports"))
    assert model.setData(ports, "  Harbours ")
    assert model.setData(ports, "Ports")  # the same name: nothing asked
    assert not model.setData(ports, "   ")
    assert asked == [(theme(model, "Ports"), "Harbours")] and ports.data() == "Ports"
    codebook.update(project, asked[0][0], name="Harbours")
    resets: list[int] = []
    model.rowsRemoved.connect(lambda *_a: resets.append(1))
    reload(model, project)
    assert tree(model) == [("Economy", ["Harbours", "Jobs <b>&</b> wages"]), "Politics"]
    assert resets  # a reload rebuilds the tree


def test_drag_carries_the_theme_id(world) -> None:  # type: ignore[no-untyped-def]
    _project, model = world
    ports = model.index_of(theme(model, "Ports"))
    assert model.mimeTypes() == [THEME_MIME]
    assert model.supportedDragActions() == Qt.DropAction.MoveAction
    assert model.supportedDropActions() == Qt.DropAction.MoveAction
    data = model.mimeData([ports.siblingAtColumn(1), ports])
    assert bytes(data.data(THEME_MIME).data()).decode() == theme(model, "Ports")
    assert not model.mimeData([ports.siblingAtColumn(1)]).hasFormat(THEME_MIME)
    plain = QMimeData()
    plain.setText("Ports")
    assert not model.canDropMimeData(plain, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())


def test_drops_ask_for_moves_that_the_service_makes(world) -> None:  # type: ignore[no-untyped-def]
    project, model = world
    asked: list[tuple[str, str | None, int]] = []
    model.move_requested.connect(lambda *a: asked.append(a))
    removed: list[int] = []
    model.rowsRemoved.connect(lambda *_a: removed.append(1))
    ports, economy, politics = (theme(model, n) for n in ("Ports", "Economy", "Politics"))
    move = Qt.DropAction.MoveAction
    # onto a theme: its last child (the uses column is the same theme)
    on_politics = model.index_of(politics).siblingAtColumn(1)
    assert not model.dropMimeData(mime(ports), move, -1, -1, on_politics)
    # between top-level rows: that place; within its own parent: counted without itself
    assert not model.dropMimeData(mime(ports), move, 2, 0, QModelIndex())
    assert not model.dropMimeData(mime(ports), move, 2, 0, model.index_of(economy))
    assert not model.dropMimeData(mime(ports), move, -1, -1, model.index_of(economy))
    assert not model.dropMimeData(mime(ports), Qt.DropAction.IgnoreAction, 0, 0, QModelIndex())
    assert asked == [
        (ports, politics, 0),
        (ports, None, 2),
        (ports, economy, 1),
        (ports, economy, 1),
    ]
    assert removed == [] and tree(model)[0] == ("Economy", ["Ports", "Jobs <b>&</b> wages"])
    for theme_id, parent, row in asked[:2]:
        codebook.move(project, theme_id, parent, row)
        reload(model, project)
    assert tree(model) == [("Economy", ["Jobs <b>&</b> wages"]), "Politics", "Ports"]
    assert model.index_of(ports).siblingAtColumn(1).data() == "2"  # its uses go with it
    codebook.delete(project, economy)
    reload(model, project)
    names = {t.name for t in codebook.themes(project)}
    assert "Economy" not in names and names == set(flat(tree(model)))


def flat(nodes: list[object]) -> list[str]:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, tuple):
            out.append(node[0])
            out.extend(flat(node[1]))
        else:
            out.append(str(node))
    return out
