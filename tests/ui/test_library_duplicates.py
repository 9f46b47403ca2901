"""The library shows near-duplicates; the researcher merges a group and keeps every annotation."""

from __future__ import annotations

from duplicate_texts import SAME_TOPIC, WIRE, WIRE_EDITED
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from annotary.services import annotating, articles
from annotary.ui.library.duplicates import DuplicateGroupDialog
from annotary.ui.library.model import ID_ROLE, SIMILAR, TITLE
from helpers import add_article


def _row_of(w, title: str) -> int:  # type: ignore[no-untyped-def]
    proxy = w.library.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, TITLE).data() == title:
            return r
    raise AssertionError(f"{title} is not in the library")


def test_the_user_sees_the_flag_merges_and_keeps_every_annotation(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    project = w.ctx.project
    add_article(project, SAME_TOPIC, "A sad day")
    w.library.reload()
    assert w.library.table.isColumnHidden(SIMILAR)  # no near-duplicates: no column of blanks
    first = add_article(project, WIRE, "Council closes ferry", outlet="Ledger")
    second = add_article(project, WIRE_EDITED, "Ferry to close", outlet="Courier")
    for words in ("“We cannot keep pouring money", "furious"):
        start = WIRE_EDITED.index(words)
        annotating.create(project, second.id, "passage", start, start + len(words))
    w.library.reload()
    assert not w.library.table.isColumnHidden(SIMILAR)
    proxy = w.library.proxy
    assert proxy.index(_row_of(w, "Ferry to close"), SIMILAR).data() == "1"
    assert proxy.index(_row_of(w, "Council closes ferry"), SIMILAR).data() == "1"
    assert proxy.index(_row_of(w, "A sad day"), SIMILAR).data() == ""

    w.library.duplicates.only.trigger()  # Near-duplicates › Show Near-Duplicates Only
    assert proxy.rowCount() == 2

    w.library.table.selectRow(_row_of(w, "Ferry to close"))
    w.library.duplicates.open_group.trigger()  # Near-duplicates › Keep, Hide or Merge…
    dialog = w.library.duplicates.dialog
    assert isinstance(dialog, DuplicateGroupDialog) and dialog.isVisible()
    titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert titles == ["Council closes ferry", "Ferry to close"]
    dialog.table.selectRow(0)  # keep the first outlet's article
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    notes = project.store.query(
        "SELECT article_id, start_offset, end_offset, exact, status FROM annotations"
    )
    assert len(notes) == 2 and {n["article_id"] for n in notes} == {first.id}
    placed = [n for n in notes if n["status"] == "anchored"]
    assert [WIRE[n["start_offset"] : n["end_offset"]] for n in placed] == [placed[0]["exact"]]
    assert [n["exact"] for n in notes if n["status"] == "orphaned"] == ["furious"]
    assert "orphaned" in w.statusBar().currentMessage()
    w.open_article(first.id)
    details = w.show_panel("metadata")  # Article details: where else the story ran
    assert details.also.isVisibleTo(details) and details.also.text().startswith("Courier")

    w.library.duplicates.only.trigger()  # Near-duplicates › Show Near-Duplicates Only
    ids = [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]
    assert second.id not in ids and first.id in ids and len(ids) == 2
    assert proxy.index(_row_of(w, "Council closes ferry"), SIMILAR).data() == ""

    w.ctx.undo_stack.undo()
    QApplication.processEvents()
    assert len(articles.summaries(project)) == 3
    assert proxy.rowCount() == 3
    assert proxy.index(_row_of(w, "Ferry to close"), SIMILAR).data() == "1"


def test_hiding_the_others_and_showing_them_again(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    project = w.ctx.project
    add_article(project, WIRE, "Council closes ferry")
    add_article(project, WIRE_EDITED, "Ferry to close")
    w.library.reload()
    w.library.table.selectRow(_row_of(w, "Council closes ferry"))
    w.library.duplicates.open_group.trigger()
    dialog = w.library.duplicates.dialog
    assert dialog is not None and not dialog.show_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.hide_button, Qt.MouseButton.LeftButton)
    titles = [w.library.proxy.index(r, TITLE).data() for r in range(w.library.proxy.rowCount())]
    assert titles == ["Council closes ferry"]
    assert dialog.table.item(1, 5).text() == "hidden" and dialog.show_button.isEnabled()
    assert len(articles.summaries(project, include_hidden=True)) == 2
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    assert w.library.proxy.rowCount() == 2
    w.ctx.undo_stack.undo()  # the show
    assert w.library.proxy.rowCount() == 1


def test_find_near_duplicates_compares_older_articles_in_the_background(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    project = w.ctx.project
    add_article(project, WIRE, "Council closes ferry")
    add_article(project, WIRE_EDITED, "Ferry to close")
    with project.store.write():  # as in a project imported before near-duplicates existed
        project.store.execute("DELETE FROM near_duplicates")
        project.store.execute("DELETE FROM article_signatures")
    w.library.reload()
    assert w.library.proxy.index(_row_of(w, "Ferry to close"), SIMILAR).data() == ""
    near = w.menuBar().findChild(QMenu, "nearDuplicatesMenu")
    assert near is not None, "the Article menu has the near-duplicate actions"
    (find,) = [a for a in near.actions() if a.text() == "Find Near-Duplicates"]
    find.trigger()
    qtbot.waitUntil(
        lambda: w.library.proxy.index(_row_of(w, "Ferry to close"), SIMILAR).data() == "1",
        timeout=20_000,
    )
    assert "2 near-duplicates found" in w.statusBar().currentMessage()
