"""The article metadata panel: edits applied on Enter or focus-out, one undo step each,
and a bad date refused with a visible message."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from panels_world import World, build_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from annotary.services import articles
from annotary.ui.context import AppContext
from annotary.ui.panels.metadata import MetadataPanel, date_problem

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = build_world(tmp_path)
    yield w
    w.project.close()


@pytest.fixture
def panel(qtbot: QtBot, world: World) -> MetadataPanel:
    widget = MetadataPanel(AppContext(world.project))
    qtbot.addWidget(widget)
    widget.resize(360, 420)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_article(world.harbour.id)
    return widget


def retype(qtbot: QtBot, edit: QLineEdit, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, key)


def test_shows_the_article_and_disables_without_one(panel: MetadataPanel, world: World) -> None:
    assert panel.edits["title"].text() == "Terminal to hire 200"
    assert panel.edits["outlet"].text() == "Coastal Ledger"
    panel.set_article(None)
    assert all(not e.isEnabled() and e.text() == "" for e in panel.edits.values())
    assert panel.empty.isVisible()


def test_enter_applies_one_field_as_one_undo_step(
    qtbot: QtBot, panel: MetadataPanel, world: World
) -> None:
    retype(qtbot, panel.edits["author"], "Petra Lindqvist")
    assert articles.get(world.project, world.harbour.id).author == "Petra Lindqvist"
    retype(qtbot, panel.edits["published"], "2024-03-14")
    assert articles.get(world.project, world.harbour.id).published == "2024-03-14"
    assert panel.ctx.undo_stack.count() == 2
    panel.ctx.undo_stack.undo()
    assert articles.get(world.project, world.harbour.id).published is None
    assert panel.edits["published"].text() == ""
    assert panel.edits["author"].text() == "Petra Lindqvist"


def test_leaving_the_field_applies_it(qtbot: QtBot, panel: MetadataPanel, world: World) -> None:
    retype(qtbot, panel.edits["outlet"], "Harbour Gazette", key=Qt.Key.Key_Tab)
    assert articles.get(world.project, world.harbour.id).outlet == "Harbour Gazette"
    assert panel.ctx.undo_stack.count() == 1


def test_bad_date_is_refused_with_a_visible_message(
    qtbot: QtBot, panel: MetadataPanel, world: World
) -> None:
    for bad in ("14/03/2024", "2024-02-30"):
        retype(qtbot, panel.edits["published"], bad)
        assert panel.message.isVisible()
        assert bad in panel.message.text()
        assert articles.get(world.project, world.harbour.id).published is None
    assert panel.ctx.undo_stack.count() == 0
    retype(qtbot, panel.edits["published"], "2024-02-29")
    assert not panel.message.isVisible()
    assert articles.get(world.project, world.harbour.id).published == "2024-02-29"


def test_collections_comma_separated(qtbot: QtBot, panel: MetadataPanel, world: World) -> None:
    retype(qtbot, panel.edits["collections"], "port strike, coast , port strike")
    assert set(articles.get(world.project, world.harbour.id).collections) == {
        "port strike",
        "coast",
    }
    assert panel.ctx.undo_stack.count() == 1
    panel.ctx.undo_stack.undo()
    assert articles.get(world.project, world.harbour.id).collections == ()
    assert panel.edits["collections"].text() == ""


def test_empty_title_is_refused(qtbot: QtBot, panel: MetadataPanel, world: World) -> None:
    retype(qtbot, panel.edits["title"], "")
    assert panel.message.isVisible()
    assert articles.get(world.project, world.harbour.id).title == "Terminal to hire 200"
    assert panel.edits["title"].text() == "Terminal to hire 200"


def test_unchanged_field_makes_no_undo_step(qtbot: QtBot, panel: MetadataPanel) -> None:
    panel.edits["title"].setFocus()
    qtbot.keyClick(panel.edits["title"], Qt.Key.Key_Return)
    assert panel.ctx.undo_stack.count() == 0


def test_date_problem_rules() -> None:
    assert date_problem("") is None
    assert date_problem("2023-12-31") is None
    assert date_problem("2023-13-01") is not None
    assert date_problem("March 3") is not None


def test_news_database_fields_are_shown_and_the_section_can_be_corrected(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from annotary.services import importing
    from helpers import new_project

    project = new_project(tmp_path, "news.annotary")
    export = Path(__file__).parents[1] / "formats" / "fixtures" / "news" / "factiva-ferries.txt"
    report = importing.import_files(project, [export]).value
    article = next(a for a in report.imported if a.page == "A7")
    widget = MetadataPanel(AppContext(project))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_article(article.id)
    shown = {n: widget.edits[n].text() for n in ("section", "page", "length", "source_database")}
    assert shown == {
        "section": "Business",
        "page": "A7",
        "length": "154 words",
        "source_database": "Factiva",
    }
    assert widget.edits["source_id"].text() == "RVLDG00020250306el3600003"
    assert widget.edits["export_file"].text() == "factiva-ferries.txt"
    assert widget.edits["export_file"].isReadOnly()
    retype(qtbot, widget.edits["section"], "Economy")
    assert articles.get(project, article.id).section == "Economy"
    project.close()
