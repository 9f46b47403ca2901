"""The export dialog writes a valid file for each scope, off the GUI thread, atomically."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from panels_world import World, build_world
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotary.domain.models import Bundle
from annotary.formats.annotary_json import read_json
from annotary.services import export_formats
from annotary.services.export_formats import FORMATS, by_key
from annotary.services.exporting import Scope
from annotary.ui.context import AppContext
from annotary.ui.dialogs.export import ExportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    w = build_world(tmp_path)
    yield w
    w.project.close()


def make_dialog(qtbot: QtBot, world: World, article: str | None = None) -> ExportDialog:
    dialog = ExportDialog(AppContext(world.project), current_article_id=article)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run(qtbot: QtBot, dialog: ExportDialog, target: Path) -> None:
    dialog.path.setText(str(target))
    assert dialog.export_button.isEnabled(), dialog.problem()
    assert dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15000)


def read_back(path: Path) -> tuple[dict[str, object], Bundle]:
    with path.open("rb") as fh:
        bundle = read_json(fh)  # raises if the file is not valid Annotary JSON
    return json.loads(path.read_text("utf-8")), bundle


def test_whole_project_json(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, world)
    target = tmp_path / "out" / "all.json"
    target.parent.mkdir()
    run(qtbot, dialog, target)
    _doc, bundle = read_back(target)
    assert len(list(bundle.articles)) == 2
    assert len(list(bundle.annotations)) == 4
    assert str(target) in dialog.report.text() and dialog.report.text().startswith("Wrote")
    assert [p.name for p in target.parent.iterdir()] == ["all.json"]  # no temporary left
    if os.name == "posix":  # an ordinary file, not a private temporary one
        umask = os.umask(0o022)
        os.umask(umask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_current_article_json(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, world, article=world.border.id)
    assert dialog.whole.isChecked()  # the whole project unless the user picks otherwise
    assert dialog.article.isEnabled() and "Patrols to double" in dialog.article.text()
    qtbot.mouseClick(dialog.article, Qt.MouseButton.LeftButton)
    assert dialog.article.isChecked()
    target = tmp_path / "border.json"
    written: list[str] = []
    dialog.exported.connect(lambda path, what: written.append(path))
    run(qtbot, dialog, target)
    _doc, bundle = read_back(target)
    assert [a.title for a in bundle.articles] == ["Patrols to double"]
    notes = list(bundle.annotations)
    assert len(notes) == 1 and notes[0].exact.startswith("Residents deserve")
    assert written == [str(target)]


def test_chosen_themes_json(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, world)
    dialog.chosen.setChecked(True)
    dialog.path.setText(str(tmp_path / "jobs.json"))
    assert not dialog.export_button.isEnabled()  # no theme ticked yet
    dialog.set_themes_checked([world.themes["Economy"]])
    assert dialog.checked_themes() == [world.themes["Economy"]]
    run(qtbot, dialog, tmp_path / "jobs.json")
    _doc, bundle = read_back(tmp_path / "jobs.json")
    notes = list(bundle.annotations)
    # Economy and its sub-theme Jobs: three annotations, none about Security
    assert len(notes) == 3
    assert all(world.themes["Security"] not in a.themes for a in notes)
    assert [a.title for a in bundle.articles] == ["Terminal to hire 200"]


def test_current_article_is_unavailable_without_one(qtbot: QtBot, world: World) -> None:
    dialog = make_dialog(qtbot, world)
    assert not dialog.article.isEnabled() and dialog.whole.isChecked()


def test_changing_format_changes_the_suffix(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, world)
    dialog.path.setText(str(tmp_path / "study.json"))
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert dialog.path.text().endswith("study.xlsx")


@pytest.mark.parametrize("key", [f.key for f in FORMATS if f.key != "json"])
def test_every_other_format_writes_a_file(
    qtbot: QtBot, world: World, tmp_path: Path, key: str
) -> None:
    dialog = make_dialog(qtbot, world)
    dialog.format.setCurrentIndex(dialog.format.findData(key))
    target = tmp_path / f"export{by_key(key).suffix}"
    run(qtbot, dialog, target)
    assert dialog.report.text().startswith("Wrote"), dialog.report.text()
    assert target.stat().st_size > 0


def test_cancelled_export_leaves_the_target_untouched(world: World, tmp_path: Path) -> None:
    target = tmp_path / "keep.json"
    target.write_text("earlier export", "utf-8")
    asked: list[int] = []

    def cancelled() -> bool:  # Cancel pressed while the file was being written
        asked.append(1)
        return len(asked) > 1

    result = export_formats.write(by_key("json"), world.project, target, Scope(), None, cancelled)
    assert result is None and len(asked) == 2
    assert target.read_text("utf-8") == "earlier export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".annotary-export")] == []


def test_missing_folder_is_refused(qtbot: QtBot, world: World, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, world)
    dialog.path.setText(str(tmp_path / "nowhere" / "x.json"))
    assert not dialog.export_button.isEnabled()
    assert not dialog.start_export()
    assert "does not exist" in dialog.report.text()


def test_labels_show_no_ampersand_and_alt_s_goes_to_the_path(qtbot: QtBot, world: World) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    dialog = make_dialog(qtbot, world)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if "Save to" in w.text()]
    assert [w.buddy() for w in labels] == [dialog.path], "the mnemonic has a buddy, no literal &"
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.format.setFocus()
    QTest.keyClick(dialog.format, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.path.hasFocus)
