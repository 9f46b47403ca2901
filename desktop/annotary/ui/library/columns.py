"""LibraryColumns: the menu of the library header's columns, and the header's remembered state.

Right-clicking the header lists the columns with check marks and "Reset columns". Title
is always shown (a row is its article's title); Similar is not listed: it shows when the
project has near-duplicates and only then (LibraryPanel._similar_column).

ColumnLayout is what the window remembers between starts (ui/settings.py, beside the
splitter): the hidden columns, the widths, the order and the sort, each column by its name
(model.KEYS), so that a state written by a version with other columns gives its columns
their widths and leaves the others at their defaults.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from annotary.ui.library.model import (
    COUNT,
    DATE,
    DEFAULT_SORT,
    KEYS,
    LANGUAGE,
    OUTLET,
    READ,
    SIMILAR,
    TITLE,
)

VERSION = 1  # of the remembered text; another version's text is not read
WIDTHS = {OUTLET: 92, DATE: 84, LANGUAGE: 44, COUNT: 52, READ: 38, SIMILAR: 56}
HIDDEN = frozenset({LANGUAGE})
CHOOSABLE = (OUTLET, DATE, LANGUAGE, COUNT, READ)  # the menu's columns, under Title
MIN_WIDTH, MAX_WIDTH = 16, 2000
MAX_TEXT = 4096  # a remembered state is a few hundred characters: a longer one is not ours
# The titles keep some room whatever the filters' labels measure (short in Chinese).
TITLE_MIN_WIDTH = 56
TABLE_MIN_WIDTH = WIDTHS[OUTLET] + WIDTHS[DATE] + WIDTHS[COUNT] + WIDTHS[READ] + TITLE_MIN_WIDTH
_COLUMN = {key: col for col, key in enumerate(KEYS)}
_ORDERS = {"ascending": Qt.SortOrder.AscendingOrder, "descending": Qt.SortOrder.DescendingOrder}


@dataclass(frozen=True)
class ColumnLayout:
    """The header as the user left it: columns by their model number (TITLE, OUTLET…)."""

    order: tuple[int, ...]  # every column once, left to right
    hidden: frozenset[int]  # among CHOOSABLE
    widths: tuple[tuple[int, int], ...]  # (column, pixels) for each column of WIDTHS
    sort: tuple[int, Qt.SortOrder]

    @classmethod
    def default(cls) -> ColumnLayout:
        return cls(tuple(range(len(KEYS))), HIDDEN, tuple(WIDTHS.items()), DEFAULT_SORT)

    def to_text(self) -> str:
        column, order = self.sort
        return json.dumps(
            {
                "version": VERSION,
                "order": [KEYS[c] for c in self.order],
                "hidden": sorted(KEYS[c] for c in self.hidden),
                "widths": {KEYS[c]: w for c, w in self.widths},
                "sort": [KEYS[column], _order_name(order)],
            }
        )

    @classmethod
    def from_text(cls, text: str) -> ColumnLayout | None:
        """The layout a to_text wrote; None for anything else (another version, a damaged
        file). Names this version does not know are left out; columns the text does not
        name keep their defaults, a new one beside its left neighbour of the default order."""
        if not text or len(text) > MAX_TEXT:
            return None
        try:
            raw = json.loads(text)
        except (ValueError, RecursionError):  # RecursionError: brackets nested too deep
            return None
        if not isinstance(raw, dict) or raw.get("version") != VERSION:
            return None
        order, hidden, widths, sort = (raw.get(k) for k in ("order", "hidden", "widths", "sort"))
        if not (
            isinstance(order, list)
            and isinstance(hidden, list)
            and isinstance(widths, dict)
            and isinstance(sort, list)
            and len(sort) == 2
        ):
            return None
        default = cls.default()
        sort_column, sort_order = _COLUMN.get(_name(sort[0])), _ORDERS.get(_name(sort[1]))
        return cls(
            order=_merged_order([_COLUMN[n] for n in map(_name, order) if n in _COLUMN]),
            hidden=frozenset(_COLUMN[n] for n in map(_name, hidden) if n in _COLUMN)
            & frozenset(CHOOSABLE),
            widths=tuple((c, _width(widths.get(KEYS[c]), w)) for c, w in default.widths),
            sort=(sort_column, sort_order)
            if sort_column is not None and sort_order is not None
            else default.sort,
        )


class LibraryColumns(QObject):
    """Shows, hides, sizes and orders the library table's columns, from the header's menu
    or a remembered ColumnLayout; Title stretches over the room the others leave."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.header = table.horizontalHeader()
        self.header.setSectionsMovable(True)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._menu_requested)
        self.header.sectionResized.connect(self._resized)
        self._widths = dict(WIDTHS)  # a hidden column's width, for when it shows again
        self.menu = QMenu(table)
        self.menu.setObjectName("libraryColumnsMenu")
        table.setMinimumWidth(TABLE_MIN_WIDTH)
        self.apply(ColumnLayout.default())

    # ---- the remembered state ---------------------------------------------------------

    def current(self) -> ColumnLayout:
        """The header as it is now (a column the project hides keeps its last width)."""
        shown = {c: self.header.sectionSize(c) for c in WIDTHS if not self._hidden(c)}
        return ColumnLayout(
            order=tuple(self.header.logicalIndex(v) for v in range(self.header.count())),
            hidden=frozenset(c for c in CHOOSABLE if self._hidden(c)),
            widths=tuple((c, shown.get(c) or self._widths[c]) for c in WIDTHS),
            sort=(self.header.sortIndicatorSection(), self.header.sortIndicatorOrder()),
        )

    def state(self) -> str:
        return self.current().to_text()

    def restore(self, text: str) -> bool:
        """Apply a remembered state; one that cannot be read gives the defaults (False)."""
        layout = ColumnLayout.from_text(text)
        self.apply(layout or ColumnLayout.default())
        return layout is not None

    def apply(self, layout: ColumnLayout) -> None:
        for visual, column in enumerate(layout.order):
            self.header.moveSection(self.header.visualIndex(column), visual)
        for column, width in layout.widths:
            self._widths[column] = width
            self.header.resizeSection(column, width)  # a hidden one takes it when shown
        for column in CHOOSABLE:
            self.table.setColumnHidden(column, column in layout.hidden)
        self.table.setColumnHidden(TITLE, False)
        self.header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        if layout.sort != (self.header.sortIndicatorSection(), self.header.sortIndicatorOrder()):
            self.table.sortByColumn(*layout.sort)

    def reset(self) -> None:
        """The default columns, widths and order; the sort stays as the user chose it."""
        default = ColumnLayout.default()
        sort = (self.header.sortIndicatorSection(), self.header.sortIndicatorOrder())
        self.apply(ColumnLayout(default.order, default.hidden, default.widths, sort))

    # ---- the menu -------------------------------------------------------------------

    def fill(self, menu: QMenu) -> QMenu:
        """Fill ``menu`` with the columns as they are now: the header's menu, and View ›
        Library Columns (the keyboard's way to it), which fills itself as it opens."""
        menu.clear()
        menu.setToolTipsVisible(True)
        model = self.table.model()
        for column in (TITLE, *CHOOSABLE):
            name = model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(str(name))
            action.setObjectName(f"{KEYS[column]}Column")
            action.setCheckable(True)
            action.setChecked(column == TITLE or not self._hidden(column))
            if column == TITLE:
                action.setEnabled(False)
                action.setToolTip(self.tr("The title is always shown"))
            else:
                tip = model.headerData(
                    column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
                )
                action.setToolTip(str(tip))
                action.toggled.connect(partial(self.show_column, column))
        menu.addSeparator()
        reset = menu.addAction(self.tr("Reset columns"))
        reset.setObjectName("resetColumns")
        reset.setToolTip(self.tr("Show the usual columns at their usual widths and places"))
        reset.triggered.connect(self.reset)
        return menu

    def show_column(self, column: int, shown: bool) -> None:
        if column in CHOOSABLE:
            self.table.setColumnHidden(column, not shown)

    def _menu_requested(self, pos: QPoint) -> None:
        self.fill(self.menu).popup(self.header.viewport().mapToGlobal(pos))

    def _hidden(self, column: int) -> bool:
        return self.header.isSectionHidden(column)

    def _resized(self, column: int, _old: int, new: int) -> None:
        if column in self._widths and new > 0:
            self._widths[column] = new


def _merged_order(saved: list[int]) -> tuple[int, ...]:
    """``saved`` without repeats, and each column it lacks after its default left neighbour."""
    order: list[int] = []
    for column in saved:
        if column not in order:
            order.append(column)
    for column in range(len(KEYS)):
        if column not in order:
            order.insert(order.index(column - 1) + 1 if column > 0 else 0, column)
    return tuple(order)


def _width(value: Any, default: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        return default
    return min(max(value, MIN_WIDTH), MAX_WIDTH)


def _name(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _order_name(order: Qt.SortOrder) -> str:
    return "descending" if order == Qt.SortOrder.DescendingOrder else "ascending"
