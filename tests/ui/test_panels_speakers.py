"""The speakers panel: in-place edits, add, merge and delete, checked in the project
and in the table, and undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from panels_world import World, build_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from annotary.domain.models import Speaker
from annotary.services import annotating, speakers
from annotary.ui.context import AppContext
from annotary.ui.panels.speakers import SpeakersPanel

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = build_world(tmp_path)
    yield w
    w.project.close()


@pytest.fixture
def panel(qtbot: QtBot, world: World) -> SpeakersPanel:
    widget = SpeakersPanel(AppContext(world.project))
    qtbot.addWidget(widget)
    widget.resize(640, 360)
    widget.show()
    return widget


def rows(panel: SpeakersPanel) -> dict[str, list[str]]:
    """What the table shows: name -> [role, affiliation, aliases, quotes]."""
    p = panel.proxy
    out = {}
    for r in range(p.rowCount()):
        cells = [str(p.data(p.index(r, c))) for c in range(p.columnCount())]
        out[cells[0]] = cells[1:]
    return out


def stored(world: World, name: str) -> Speaker:
    return next(s for s in speakers.speakers(world.project) if s.name == name)


def answer_question(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *a: object, **k: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_table_lists_speakers_with_quote_counts(panel: SpeakersPanel) -> None:
    shown = rows(panel)
    assert set(shown) == {"Aline Moreau", "Ines Valdez", "Tomas Berg"}
    assert all(cells[3] == "1" for cells in shown.values())
    assert panel.table.accessibleName() == "Speakers"


def test_edit_role_in_place_by_keyboard_then_undo(
    qtbot, panel: SpeakersPanel, world: World
) -> None:
    panel.select(world.speakers["Ines Valdez"], column=1)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    editor = panel.table.focusWidget()
    assert editor is not panel.table
    qtbot.keyClicks(editor, "Harbour minister")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: rows(panel)["Ines Valdez"][0] == "Harbour minister")
    assert stored(world, "Ines Valdez").role == "Harbour minister"
    panel.ctx.undo_stack.undo()
    assert rows(panel)["Ines Valdez"][0] == ""
    assert stored(world, "Ines Valdez").role is None


def test_edit_aliases_and_name_through_the_model(
    qtbot: QtBot, panel: SpeakersPanel, world: World
) -> None:
    row = panel.model.row_of(world.speakers["Tomas Berg"])
    panel.model.setData(panel.model.index(row, 3), "T. Berg; Berg")
    qtbot.waitUntil(lambda: rows(panel)["Tomas Berg"][2] == "T. Berg; Berg")
    assert stored(world, "Tomas Berg").aliases == ("T. Berg", "Berg")
    panel.model.setData(panel.model.index(panel.model.row_of(world.speakers["Tomas Berg"]), 0), "")
    qtbot.wait(20)
    assert "Tomas Berg" in rows(panel)  # an empty name is refused, the old one stays
    assert panel.ctx.undo_stack.count() == 1


def test_add_speaker(panel: SpeakersPanel, world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Rosa Lind", True))
    panel.add_action.trigger()
    assert stored(world, "Rosa Lind").name == "Rosa Lind"
    assert rows(panel)["Rosa Lind"][3] == "0"
    assert panel.selected_id() == stored(world, "Rosa Lind").id
    panel.ctx.undo_stack.undo()
    assert "Rosa Lind" not in rows(panel)


def test_merge_asks_then_moves_quotes_and_undo(
    panel: SpeakersPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ines Valdez", True))
    asked = answer_question(monkeypatch, yes=True)
    panel.select(world.speakers["Tomas Berg"])
    panel.merge_action.trigger()
    assert "1 quote will be attributed to “Ines Valdez”" in asked[0]
    shown = rows(panel)
    assert "Tomas Berg" not in shown
    assert shown["Ines Valdez"][2] == "Tomas Berg" and shown["Ines Valdez"][3] == "2"
    quotes = [a for a in annotating.for_article(world.project, world.harbour.id) if a.speaker]
    assert {a.speaker for a in quotes} == {world.speakers["Ines Valdez"]}
    panel.ctx.undo_stack.undo()
    assert rows(panel)["Tomas Berg"][3] == "1"
    assert rows(panel)["Ines Valdez"][2:] == ["", "1"]


def test_merge_declined_changes_nothing(
    panel: SpeakersPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Ines Valdez", True))
    answer_question(monkeypatch, yes=False)
    panel.select(world.speakers["Tomas Berg"])
    panel.merge_action.trigger()
    assert "Tomas Berg" in rows(panel)
    assert panel.ctx.undo_stack.count() == 0


def test_delete_asks_and_keeps_the_quotes(
    panel: SpeakersPanel, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_question(monkeypatch, yes=True)
    panel.select(world.speakers["Aline Moreau"])
    panel.delete_action.trigger()
    assert "1 quote will stay" in asked[0]
    assert "Aline Moreau" not in rows(panel)
    notes = annotating.for_article(world.project, world.border.id)
    assert len(notes) == 1 and notes[0].speaker is None
    panel.ctx.undo_stack.undo()
    assert rows(panel)["Aline Moreau"][3] == "1"


def test_filter_narrows_the_table(qtbot: QtBot, panel: SpeakersPanel) -> None:
    qtbot.keyClicks(panel.filter, "berg")
    assert set(rows(panel)) == {"Tomas Berg"}
