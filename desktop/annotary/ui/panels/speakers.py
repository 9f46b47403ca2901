"""The speakers panel: who is quoted, edited in place, merged and deleted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Changes, Speaker
from annotary.services import speakers
from annotary.ui import keymap
from annotary.ui.context import AppContext
from annotary.ui.operations import speakers as speaker_ops
from annotary.ui.panels.common import confirm, make_action, tidy, tool_button
from annotary.ui.panels.speaker_model import ID_ROLE, SORT_ROLE, SpeakerModel


class SpeakersPanel(QWidget):
    """A table of speakers with their quote counts; every edit is one undo step."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("speakersPanel")
        self.setAccessibleName(self.tr("Speakers"))
        self.model = SpeakerModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter speakers"))
        self.filter.setAccessibleName(self.tr("Filter speakers"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Speakers"))
        self.table.setAccessibleDescription(
            self.tr("Name, role, affiliation, aliases and quote count")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultSectionSize(110)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

        self.add_action = make_action(
            self, self.tr("Add…"), self.tr("Add a speaker"), keymap.sequence("add_speaker")
        )
        self.edit_action = make_action(
            self,
            self.tr("Edit"),
            self.tr("Edit the selected cell"),
            keymap.sequence("edit_speaker"),
        )
        self.merge_action = make_action(
            self,
            self.tr("Merge into…"),
            self.tr("Move this speaker's quotes to another speaker and remove it"),
        )
        self.delete_action = make_action(
            self,
            self.tr("Delete…"),
            self.tr("Delete the selected speaker"),
            keymap.sequence("delete_speaker"),
        )
        self.page_action = make_action(
            self,
            QCoreApplication.translate("SpeakersPanel", "Speaker Page"),
            QCoreApplication.translate(
                "SpeakersPanel", "Everything about this speaker across the project"
            ),
        )
        self.page_action.triggered.connect(self.show_page)
        self.add_action.triggered.connect(self.add_speaker)
        self.edit_action.triggered.connect(self._edit_current)
        self.merge_action.triggered.connect(self.merge_selected)
        self.delete_action.triggered.connect(self.delete_selected)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.filter, 1)
        for action in (self.add_action, self.merge_action, self.delete_action):
            buttons.addWidget(tool_button(action))
        layout = tidy(QVBoxLayout(self))
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        self.model.edit_requested.connect(self.edit_speaker, Qt.ConnectionType.QueuedConnection)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        ctx.changed.connect(self._on_changed)
        ctx.project_replaced.connect(self.refresh)
        self.refresh()

    # -- reading ---------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        value = self.proxy.data(index, ID_ROLE)
        return str(value) if value else None

    def select(self, speaker_id: str, column: int = 0) -> None:
        row = self.model.row_of(speaker_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.table.setCurrentIndex(index)
        self.table.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def refresh(self) -> None:
        current = self.selected_id()
        column = max(self.table.currentIndex().column(), 0)
        project = self.ctx.project
        self.model.load(speakers.speakers(project), speakers.quote_counts(project))
        if current:
            self.select(current, column)
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        if changes.speakers or changes.annotations or changes.removed:
            self.refresh()

    def _update_actions(self, *_: object) -> None:
        has = self.selected_id() is not None
        for action in (self.edit_action, self.merge_action, self.delete_action, self.page_action):
            action.setEnabled(has)

    def show_page(self) -> None:
        """The selected speaker's page (quotes, outlets, themes across the project)."""
        speaker_id = self.selected_id()
        if speaker_id:
            self.ctx.page_requested.emit("speaker", speaker_id)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.page_action)
        menu.addSeparator()
        for action in (self.add_action, self.edit_action, self.merge_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index)

    def _by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in speakers.speakers(self.ctx.project)}

    # -- edits -----------------------------------------------------------
    def edit_speaker(self, speaker_id: str, field: str, value: Any) -> None:
        self.ctx.operations.run(speaker_ops.update(speaker_id, field, value))
        self.refresh()  # show the old value again if the edit failed

    def add_speaker(self) -> str | None:
        name, ok = QInputDialog.getText(
            self, self.tr("New speaker"), self.tr("Name of the speaker:")
        )
        if not ok or not name.strip():
            return None
        found = speakers.find(self.ctx.project, name)
        if found is not None:
            self.select(found.id)
            self.ctx.status.emit(
                self.tr("“{0}” is already known as {1}").format(name.strip(), found.name)
            )
            return found.id
        made = self.ctx.operations.run(speaker_ops.create(name)).value
        if made is None:
            return None
        self.filter.clear()
        self.select(made.id, 1)
        return made.id

    def merge_selected(self) -> None:
        people = self._by_id()
        source = people.get(self.selected_id() or "")
        if source is None:
            return
        targets = sorted((s for s in people.values() if s.id != source.id), key=_label)
        if not targets:
            return
        labels = [_label(s) for s in targets]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge speaker"),
            self.tr("Merge “{0}” into:").format(source.name),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        target = targets[labels.index(label)]
        quotes = speakers.quote_counts(self.ctx.project).get(source.id, 0)
        text = (
            self.tr("Merge “{0}” into “{1}”?").format(source.name, target.name)
            + "\n\n"
            + self.tr(
                "%n quote(s) will be attributed to “{0}”, “{1}” becomes one of their "
                "aliases and is removed as a speaker.",
                "",
                quotes,
            ).format(target.name, source.name)
        )
        if confirm(self, self.tr("Merge speakers"), text):
            self.ctx.operations.run(speaker_ops.merge(source.id, target.id))
            self.select(target.id)

    def delete_selected(self) -> None:
        speaker = self._by_id().get(self.selected_id() or "")
        if speaker is None:
            return
        quotes = speakers.quote_counts(self.ctx.project).get(speaker.id, 0)
        text = self.tr("Delete the speaker “{0}”?").format(speaker.name)
        if quotes:
            text += "\n\n" + self.tr("%n quote(s) will stay, without a speaker.", "", quotes)
        if confirm(self, self.tr("Delete speaker"), text):
            self.ctx.operations.run(speaker_ops.delete(speaker.id))


def _label(s: Speaker) -> str:
    extra = ", ".join(x for x in (s.role, s.affiliation) if x)
    return f"{s.name} ({extra})" if extra else s.name
