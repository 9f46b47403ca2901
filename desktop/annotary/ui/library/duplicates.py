"""Near-duplicates in the library: a filter, Find Near-Duplicates, and a group's choices.

The library's "Similar" column counts the other articles of an article's group.
A menu button under the table offers "Show Near-Duplicates Only" (a filter),
"Find Near-Duplicates" (compares articles imported before duplicates were looked
for, in the background with Cancel) and "Keep, Hide or Merge…", which opens the
group of the selected article: keep all, hide the others, show hidden ones again, or merge
into the article chosen in the list. Every choice is one undoable operation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotary.services.duplicates import DuplicateGroup, MergeReport, ScanReport
from annotary.ui.context import AppContext
from annotary.ui.operations import duplicates as ops

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1


class DuplicatesBar(QWidget):
    """The library's near-duplicate controls: one small menu button, so the library
    column stays as narrow as before."""

    def __init__(
        self, ctx: AppContext, selected: Callable[[], list[str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._selected = selected
        self.button = QToolButton(self)
        self.button.setObjectName("libraryNearDuplicates")
        self.button.setText(self.tr("Near-duplicates"))
        self.button.setToolTip(self.tr("Articles with nearly the same text (wire copy)"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.only = QAction(self.tr("Show Near-Duplicates Only"), self)
        self.only.setCheckable(True)
        self.only.setToolTip(self.tr("Show only articles that have near-duplicates"))
        self.open_group = QAction(self.tr("Keep, Hide or Merge…"), self)
        self.open_group.setToolTip(
            self.tr("Keep, hide or merge the near-duplicates of the selected article")
        )
        self.open_group.triggered.connect(self.show_group)
        self.find_action = QAction(self.tr("Find Near-Duplicates"), self)
        self.find_action.setToolTip(self.tr("Compare the articles imported before with each other"))
        self.find_action.triggered.connect(self.scan)
        for action in (self.only, self.open_group, self.find_action):
            menu.addAction(action)
        self.button.setMenu(menu)
        self.dialog: DuplicateGroupDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.button)

    def scan(self) -> None:
        self.ctx.operations.run(ops.scan().then(self._scanned), self)

    def _scanned(self, report: ScanReport) -> None:
        if report.cancelled:
            text = self.tr("Comparing stopped; the articles compared so far keep their results")
        elif report.flagged == 1:
            text = self.tr("One near-duplicate found")
        else:
            text = self.tr("%n near-duplicates found", "", report.flagged)
        self.ctx.status.emit(text)

    def show_group(self) -> None:
        ids = self._selected()
        if not ids:
            self.ctx.status.emit(self.tr("Select an article to see its near-duplicates"))
            return
        running = self.ctx.operations.run(ops.group_of(ids[0]))
        group = running.value if running.ok else None
        if group is None:
            self.ctx.status.emit(self.tr("This article has no near-duplicates"))
            return
        self.dialog = DuplicateGroupDialog(self.ctx, group, self)
        self.dialog.open()


class DuplicateGroupDialog(QDialog):
    """One group of near-duplicates and the choices for it."""

    def __init__(self, ctx: AppContext, group: DuplicateGroup, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.group = group
        self.setObjectName("nearDuplicatesDialog")
        self.setWindowTitle(self.tr("Near-duplicates"))
        self.explain = QLabel(
            self.tr(
                "These articles have nearly the same text. Choose the article to keep in the "
                "list, then keep all, hide the others (they stay in the project) or merge them "
                "into it (every annotation moves to it)."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("nearDuplicatesTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Outlet"),
                self.tr("Date"),
                self.tr("Similarity"),
                self.tr("Annotations"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            self.tr("Keep All"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.hide_button = buttons.addButton(
            self.tr("Hide Others"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.show_button = buttons.addButton(
            self.tr("Show Hidden"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button = buttons.addButton(
            self.tr("Merge"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_button.setToolTip(
            self.tr("Merge into the chosen article; the others' annotations move to it")
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.keep_button.clicked.connect(self.keep_all)
        self.hide_button.clicked.connect(self.hide_others)
        self.show_button.clicked.connect(self.show_hidden)
        self.merge_button.clicked.connect(self.merge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 300)
        self._fill(group)

    def _state(self, state: str) -> str:
        if state == "kept":
            return self.tr("kept")
        if state == "hidden":
            return self.tr("hidden")
        return self.tr("to decide")

    def _fill(self, group: DuplicateGroup) -> None:
        self.group = group
        self.table.setRowCount(len(group.members))
        for row, m in enumerate(group.members):
            cells = [
                m.title,
                m.outlet or "",
                m.published or "",
                f"{m.similarity:.0%}",
                str(m.annotation_count),
                self._state(m.state),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ARTICLE_ROLE, m.article_id)
                self.table.setItem(row, col, item)
        self.table.selectRow(0)
        self.show_button.setEnabled(any(m.state == "hidden" for m in group.members))

    def chosen(self) -> str:
        """The article to keep: the selected row (the first imported by default)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else 0
        item = self.table.item(row, 0)
        return (
            str(item.data(ARTICLE_ROLE)) if item is not None else self.group.members[0].article_id
        )

    def keep_all(self) -> None:
        self.ctx.operations.run(ops.keep_all(self.group.id).then(self._fill), self)

    def hide_others(self) -> None:
        self.ctx.operations.run(
            ops.hide_others(self.group.id, self.chosen()).then(self._fill), self
        )

    def show_hidden(self) -> None:
        self.ctx.operations.run(ops.show_all(self.group.id).then(self._fill), self)

    def merge(self) -> None:
        self.ctx.operations.run(ops.merge(self.group.id, self.chosen()).then(self._merged), self)

    def _merged(self, report: MergeReport) -> None:
        if report.orphaned:
            text = self.tr(
                "Merged into one article. Annotations placed: {placed}; kept as orphaned "
                "(their text was not found): {orphaned}"
            )
        else:
            text = self.tr("Merged into one article. Annotations placed: {placed}")
        self.ctx.status.emit(text.format(placed=report.placed, orphaned=report.orphaned))
        self.accept()
