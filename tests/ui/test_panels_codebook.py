"""The codebook panel, driven as a user would: dialogs answered, changes checked twice
(in the project through the services, and in what the tree shows), then undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from panels_world import World, build_world
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotary.services import annotating, codebook
from annotary.ui.context import AppContext
from annotary.ui.panels.codebook import CodebookPanel
from annotary.ui.panels.theme_model import ID_ROLE

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = build_world(tmp_path)
    yield w
    w.project.close()


@pytest.fixture
def panel(qtbot: QtBot, world: World) -> CodebookPanel:
    ctx = AppContext(world.project)
    widget = CodebookPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(360, 480)
    widget.show()
    return widget


def shown(panel: CodebookPanel) -> dict[str, tuple[str | None, str, str]]:
    """What the tree shows: theme name -> (parent name, uses, colour)."""
    model = panel.model
    rows: dict[str, tuple[str | None, str, str]] = {}

    def walk(parent: QModelIndex, parent_name: str | None) -> None:
        for r in range(model.rowCount(parent)):
            name = model.index(r, 0, parent)
            uses = model.index(r, 1, parent)
            color = str(model.data(name, ID_ROLE + 1))
            rows[str(model.data(name))] = (parent_name, str(model.data(uses)), color)
            walk(name, str(model.data(name)))

    walk(QModelIndex(), None)
    return rows


def child_names(panel: CodebookPanel, parent_name: str | None) -> list[str]:
    model = panel.model
    parent = model.index_of(_id(panel, parent_name)) if parent_name else QModelIndex()
    return [str(model.data(model.index(r, 0, parent))) for r in range(model.rowCount(parent))]


def _id(panel: CodebookPanel, name: str) -> str:
    return next(t.id for t in codebook.themes(panel.ctx.project) if t.name == name)


def answer_text(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, True))


def answer_question(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *a: object, **k: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_tree_shows_themes_with_usage_counts_and_hierarchy(panel: CodebookPanel) -> None:
    rows = shown(panel)
    assert rows["Economy"][:2] == (None, "1")
    assert rows["Jobs"][:2] == ("Economy", "2")
    assert rows["Security"][:2] == (None, "1")
    assert panel.tree.accessibleName() == "Themes"


def test_create_root_and_child_theme_then_undo(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_text(monkeypatch, "Housing")
    panel.new_action.trigger()
    assert "Housing" in {t.name for t in codebook.themes(world.project)}
    assert shown(panel)["Housing"][:2] == (None, "0")

    panel.select(world.themes["Security"])
    answer_text(monkeypatch, "Policing")
    panel.child_action.trigger()
    policing = next(t for t in codebook.themes(world.project) if t.name == "Policing")
    assert policing.parent == world.themes["Security"]
    assert shown(panel)["Policing"][0] == "Security"
    assert panel.selected_id() == policing.id

    panel.ctx.undo_stack.undo()
    assert "Policing" not in {t.name for t in codebook.themes(world.project)}
    assert "Policing" not in shown(panel)
    panel.ctx.undo_stack.undo()
    assert "Housing" not in shown(panel)


def test_rename_in_place_with_f2_then_undo(
    qtbot: QtBot, panel: CodebookPanel, world: World
) -> None:
    panel.select(world.themes["Security"])
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    editor = panel.tree.focusWidget()
    assert editor is not panel.tree and hasattr(editor, "setText")
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "Public safety")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Public safety" in shown(panel))
    theme = next(t for t in codebook.themes(world.project) if t.id == world.themes["Security"])
    assert theme.name == "Public safety"
    panel.ctx.undo_stack.undo()
    assert "Security" in shown(panel) and "Public safety" not in shown(panel)


def test_recolour_with_colour_dialog(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = next(t.color for t in codebook.themes(world.project) if t.name == "Economy")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123abc"))
    panel.select(world.themes["Economy"])
    panel.color_action.trigger()
    assert next(t.color for t in codebook.themes(world.project) if t.name == "Economy") == "#123abc"
    assert shown(panel)["Economy"][2] == "#123abc"
    panel.ctx.undo_stack.undo()
    assert shown(panel)["Economy"][2] == before


def test_edit_description(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Work, wages, hiring", True)
    )
    panel.select(world.themes["Jobs"])
    panel.describe_action.trigger()
    jobs = next(t for t in codebook.themes(world.project) if t.name == "Jobs")
    assert jobs.description == "Work, wages, hiring"
    item = panel.model.itemFromIndex(panel.model.index_of(jobs.id))
    assert item.toolTip() == "Work, wages, hiring"


def test_drop_reparents_a_theme_then_undo(qtbot: QtBot, panel: CodebookPanel, world: World) -> None:
    model = panel.model
    jobs = model.index_of(world.themes["Jobs"])
    security = model.index_of(world.themes["Security"])
    data = model.mimeData([jobs])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, security)
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, security)
    qtbot.waitUntil(lambda: shown(panel)["Jobs"][0] == "Security")
    jobs_theme = next(t for t in codebook.themes(world.project) if t.name == "Jobs")
    assert jobs_theme.parent == world.themes["Security"]
    assert shown(panel)["Jobs"][1] == "2"  # its uses travel with it
    panel.ctx.undo_stack.undo()
    assert shown(panel)["Jobs"][0] == "Economy"
    assert (
        next(t for t in codebook.themes(world.project) if t.name == "Jobs").parent
        == (world.themes["Economy"])
    )


def test_drop_between_rows_reorders_siblings(
    qtbot: QtBot, panel: CodebookPanel, world: World
) -> None:
    assert child_names(panel, None) == ["Economy", "Security"]
    model = panel.model
    data = model.mimeData([model.index_of(world.themes["Security"])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: child_names(panel, None) == ["Security", "Economy"])
    roots = [t.name for t in codebook.themes(world.project) if t.parent is None]
    assert roots == ["Security", "Economy"]
    # a child moved to the top level, between the two
    data = model.mimeData([model.index_of(world.themes["Jobs"])])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    qtbot.waitUntil(lambda: child_names(panel, None) == ["Security", "Jobs", "Economy"])
    panel.ctx.undo_stack.undo()
    assert child_names(panel, None) == ["Security", "Economy"]
    panel.ctx.undo_stack.undo()
    assert child_names(panel, None) == ["Economy", "Security"]


def test_moving_a_theme_under_its_own_child_is_refused(panel: CodebookPanel, world: World) -> None:
    failures: list[str] = []
    panel.ctx.failed.connect(lambda what, why: failures.append(why))
    assert not panel.move_theme(world.themes["Economy"], world.themes["Jobs"], 0)
    assert failures and "under itself" in failures[0]
    assert shown(panel)["Jobs"][0] == "Economy"
    assert panel.ctx.undo_stack.count() == 0


def test_merge_asks_with_count_then_moves_uses_and_undo(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Security", True))
    asked = answer_question(monkeypatch, yes=True)
    panel.select(world.themes["Jobs"])
    panel.merge_action.trigger()
    assert "2 annotations will move" in asked[0]
    assert "Jobs" not in shown(panel)
    assert shown(panel)["Security"][1] == "3"
    notes = annotating.for_article(world.project, world.harbour.id)
    assert sum(world.themes["Security"] in a.themes for a in notes) == 2
    panel.ctx.undo_stack.undo()
    assert shown(panel)["Jobs"][:2] == ("Economy", "2")
    assert codebook.usage(world.project)[world.themes["Security"]] == 1


def test_merge_declined_changes_nothing(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Security", True))
    answer_question(monkeypatch, yes=False)
    panel.select(world.themes["Jobs"])
    panel.merge_action.trigger()
    assert "Jobs" in shown(panel)
    assert panel.ctx.undo_stack.count() == 0


def test_delete_says_what_is_affected_then_undo(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_question(monkeypatch, yes=True)
    panel.select(world.themes["Economy"])
    panel.delete_action.trigger()
    assert "1 sub-theme" in asked[0] and "3 uses" in asked[0]
    assert {t.name for t in codebook.themes(world.project)} == {"Security"}
    assert set(shown(panel)) == {"Security"}
    panel.ctx.undo_stack.undo()
    assert set(shown(panel)) == {"Economy", "Jobs", "Security"}
    assert codebook.usage(world.project)[world.themes["Jobs"]] == 2


def test_delete_declined_keeps_theme(
    panel: CodebookPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_question(monkeypatch, yes=False)
    panel.select(world.themes["Security"])
    panel.delete_action.trigger()
    assert "Security" in shown(panel)
    assert "Security" in {t.name for t in codebook.themes(world.project)}
