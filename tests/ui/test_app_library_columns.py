"""The library's columns: chosen from the header's menu, remembered between starts."""

from __future__ import annotations

import pytest
from live_window import start_window
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QWidget

from annotary.services import importing
from annotary.services.project import open_project
from annotary.ui.library.model import DATE, OUTLET, TITLE
from annotary.ui.main_window import MainWindow
from annotary.ui.settings import Settings

LEFT = Qt.MouseButton.LeftButton


def new_window(qtbot, project) -> MainWindow:  # type: ignore[no-untyped-def]
    return start_window(qtbot, project, size=(1300, 820))  # type: ignore[no-any-return]


def header_menu(qtbot, w: MainWindow) -> QMenu:  # type: ignore[no-untyped-def]
    """Right-click the library's header, as a user does; the menu that opens."""
    header = w.library.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(TITLE) + 10, header.height() // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, header.viewport().mapToGlobal(at))
    QApplication.sendEvent(header.viewport(), event)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.isVisible()
    return menu


def choose(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click a menu item by what it says."""
    action = next(a for a in menu.actions() if a.text() == text)
    QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())


def shown_columns(w: MainWindow) -> list[str]:
    """The header's titles as the user sees them, left to right."""
    header = w.library.table.horizontalHeader()
    model = w.library.table.model()
    names = []
    for visual in range(header.count()):
        column = header.logicalIndex(visual)
        if not header.isSectionHidden(column) and header.sectionSize(column) > 0:
            names.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    return names


def mouse(widget: QWidget, kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
    pos = QPointF(at)
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), LEFT, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press the left button at ``start``, move to ``end`` in steps, let go."""
    mouse(widget, QEvent.Type.MouseButtonPress, start, LEFT)
    steps = 8
    for i in range(1, steps + 1):
        x = start.x() + (end.x() - start.x()) * i // steps
        mouse(widget, QEvent.Type.MouseMove, QPoint(x, end.y()), LEFT)
    mouse(widget, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def titles(w: MainWindow) -> list[str]:
    proxy = w.library.proxy
    return [proxy.index(r, TITLE).data() for r in range(proxy.rowCount())]


def test_hidden_column_width_and_sort_are_kept_for_the_next_start(
    qtbot, app_project, sample_files
) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    first = new_window(qtbot, app_project)
    header = first.library.table.horizontalHeader()
    assert shown_columns(first) == ["Title", "Outlet", "Date", "Annot.", "New"]
    title_width = header.sectionSize(TITLE)

    choose(qtbot, header_menu(qtbot, first), "Outlet")
    assert shown_columns(first) == ["Title", "Date", "Annot.", "New"]
    assert header.sectionSize(TITLE) > title_width, "the title takes the outlet's room"

    # Drag the right edge of the Date column 30 pixels to the right.
    edge = header.sectionViewportPosition(DATE) + header.sectionSize(DATE) - 1
    y = header.height() // 2
    before = header.sectionSize(DATE)
    drag(header.viewport(), QPoint(edge, y), QPoint(edge + 30, y))
    dragged = header.sectionSize(DATE)
    assert dragged > before

    # Click the Title header: the articles are listed by title.
    QTest.mouseClick(
        header.viewport(), LEFT, pos=QPoint(header.sectionViewportPosition(TITLE) + 20, y)
    )
    by_title = sorted(titles(first), key=str.casefold)
    assert titles(first) == by_title
    order = header.sortIndicatorOrder()
    first.close()

    second = new_window(qtbot, app_project)
    header = second.library.table.horizontalHeader()
    assert shown_columns(second) == ["Title", "Date", "Annot.", "New"]
    assert header.sectionSize(DATE) == dragged
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (TITLE, order)
    assert titles(second) == by_title
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch

    choose(qtbot, header_menu(qtbot, second), "Reset columns")
    assert shown_columns(second) == ["Title", "Outlet", "Date", "Annot.", "New"]
    assert header.sectionSize(DATE) == before, "the usual width again"
    assert titles(second) == by_title, "the sort the user chose stays"
    second.close()


def test_a_column_moved_by_the_user_stays_in_its_place(qtbot, app_project, sample_files) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    first = new_window(qtbot, app_project)
    header = first.library.table.horizontalHeader()
    y = header.height() // 2
    date = header.sectionViewportPosition(DATE) + header.sectionSize(DATE) // 2
    outlet = header.sectionViewportPosition(OUTLET) + 4
    drag(header.viewport(), QPoint(date, y), QPoint(outlet, y))
    assert shown_columns(first) == ["Title", "Date", "Outlet", "Annot.", "New"]
    first.close()

    second = new_window(qtbot, app_project)
    assert shown_columns(second) == ["Title", "Date", "Outlet", "Annot.", "New"]
    choose(qtbot, header_menu(qtbot, second), "Reset columns")
    assert shown_columns(second) == ["Title", "Outlet", "Date", "Annot.", "New"]
    second.close()


def test_the_title_cannot_be_hidden(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    menu = header_menu(qtbot, w)
    items = {a.text(): a for a in menu.actions() if a.text()}
    assert list(items) == ["Title", "Outlet", "Date", "Language", "Annot.", "New", "Reset columns"]
    title = items["Title"]
    assert title.isChecked() and not title.isEnabled()
    assert not items["Language"].isChecked(), "the language column starts hidden"
    QTest.mouseClick(menu, LEFT, pos=menu.actionGeometry(title).center())
    assert not w.library.table.isColumnHidden(TITLE)
    menu.close()
    for name in ("Outlet", "Date", "Annot.", "New"):  # every other column unchecked
        choose(qtbot, header_menu(qtbot, w), name)
    assert shown_columns(w) == ["Title"]
    assert w.library.table.horizontalHeader().sectionSize(TITLE) > 0


def test_the_language_column_can_be_shown(qtbot, app_window) -> None:  # type: ignore[no-untyped-def]
    w = app_window
    choose(qtbot, header_menu(qtbot, w), "Language")
    assert shown_columns(w) == ["Title", "Outlet", "Date", "Language", "Annot.", "New"]
    assert header_menu(qtbot, w).actions()[3].isChecked()
    QApplication.activePopupWidget().close()


OLD_OR_DAMAGED = {
    "not a state": "this is not a column state",
    "truncated": '{"version": 1, "order": ["title", "out',
    "another version": (
        '{"version": 7, "order": ["outlet", "title"], "hidden": ["date"],'
        ' "widths": {"date": 300}, "sort": ["outlet", "ascending"]}'
    ),
    "wrong types": '{"version": 1, "order": "title", "hidden": 3, "widths": [], "sort": null}',
    "a list": "[1, 2, 3]",
    "nested too deep": "[" * 2000 + "]" * 2000,
    "huge": '{"version": 1, "order": [' + '"title", ' * 100_000 + '"title"]}',
}


@pytest.mark.parametrize("text", OLD_OR_DAMAGED.values(), ids=OLD_OR_DAMAGED.keys())
def test_an_old_or_damaged_state_gives_the_usual_columns(
    qtbot, app_project, sample_files, text
) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    Settings().set_library_columns(text)
    w = new_window(qtbot, app_project)
    header = w.library.table.horizontalHeader()
    assert shown_columns(w) == ["Title", "Outlet", "Date", "Annot.", "New"]
    assert [header.sectionSize(c) for c in (OUTLET, DATE)] == [92, 84]
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        DATE,
        Qt.SortOrder.DescendingOrder,
    )
    w.close()
    assert '"version": 1' in Settings().library_columns(), "a readable state is written back"


def test_a_state_with_other_columns_keeps_what_it_knows(qtbot, app_project, sample_files) -> None:  # type: ignore[no-untyped-def]
    """A state from a version with another set of columns (an "author" column, no "new"):
    the columns it names keep their place and width; the others take their defaults."""
    importing.import_files(app_project, sample_files)
    Settings().set_library_columns(
        '{"version": 1, "order": ["date", "title", "author", "outlet", "language",'
        ' "annotations", "similar"], "hidden": ["outlet", "author", "title"],'
        ' "widths": {"date": 130, "author": 70, "outlet": 99999},'
        ' "sort": ["author", "ascending"]}'
    )
    w = new_window(qtbot, app_project)
    header = w.library.table.horizontalHeader()
    assert shown_columns(w) == ["Date", "Title", "Language", "Annot.", "New"]
    assert header.sectionSize(DATE) == 130
    assert header.sectionResizeMode(TITLE) == QHeaderView.ResizeMode.Stretch
    assert header.sortIndicatorSection() == DATE, "an unknown sort column gives the usual sort"
    choose(qtbot, header_menu(qtbot, w), "Outlet")
    assert header.sectionSize(OUTLET) <= 2000, "an outsized width is bounded"
    w.close()


def test_the_similar_column_follows_the_near_duplicates_after_a_restore(
    qtbot, app_project, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from duplicate_texts import SAME_TOPIC, WIRE, WIRE_EDITED

    from helpers import add_article

    add_article(app_project, WIRE, "Council closes ferry", outlet="Ledger")
    add_article(app_project, WIRE_EDITED, "Ferry to close", outlet="Courier")
    first = new_window(qtbot, app_project)
    assert shown_columns(first)[-1] == "Similar"
    menu = header_menu(qtbot, first)
    assert "Similar" not in [a.text() for a in menu.actions()], "the project decides it"
    menu.close()
    first.close()

    other = open_project(tmp_path / "other.annotary", coder="tester", backup_on_open=False)
    add_article(other, SAME_TOPIC, "A sad day")
    second = new_window(qtbot, other)
    assert shown_columns(second) == ["Title", "Outlet", "Date", "Annot.", "New"]
    second.close()
    other.close()

    third = new_window(qtbot, app_project)
    assert shown_columns(third)[-1] == "Similar"
    third.close()


def test_the_columns_are_chosen_from_the_view_menu_by_keyboard_too(
    qtbot, app_project, sample_files
) -> None:  # type: ignore[no-untyped-def]
    importing.import_files(app_project, sample_files)
    w = new_window(qtbot, app_project)
    view = next(a.menu() for a in w.menuBar().actions() if a.text().replace("&", "") == "View")
    view.popup(w.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(view.isVisible)
    QTest.keyClick(view, Qt.Key.Key_C)  # Library &Columns
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    columns = QApplication.activePopupWidget()
    assert isinstance(columns, QMenu) and columns is not view
    assert [a.text() for a in columns.actions() if a.text()][:3] == ["Title", "Outlet", "Date"]
    choose(qtbot, columns, "Outlet")
    assert "Outlet" not in shown_columns(w)
    view.close()
