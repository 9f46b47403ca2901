"""The codebook panel: the theme tree, with every edit one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Changes, Theme
from annotary.services import codebook
from annotary.ui import keymap
from annotary.ui.context import AppContext
from annotary.ui.operations import codebook as codebook_ops
from annotary.ui.panels.common import confirm, make_action, tidy, tool_button
from annotary.ui.panels.theme_model import ThemeModel


class CodebookPanel(QWidget):
    """Create, rename, recolour, describe, move, merge and delete themes."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("codebookPanel")
        self.setAccessibleName(self.tr("Codebook"))
        self.model = ThemeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Themes"))
        self.tree.setAccessibleDescription(
            self.tr("The codebook: themes and how often each is used")
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

        self.new_action = make_action(
            self,
            self.tr("New theme…"),
            self.tr("Add a theme at the top level"),
            keymap.sequence("new_theme"),
        )
        self.child_action = make_action(
            self,
            self.tr("New sub-theme…"),
            self.tr("Add a theme under the selected one"),
            keymap.sequence("new_subtheme"),
        )
        self.rename_action = make_action(
            self,
            self.tr("Rename"),
            self.tr("Rename the selected theme"),
            keymap.sequence("rename_theme"),
        )
        self.color_action = make_action(
            self, self.tr("Colour…"), self.tr("Choose the theme's colour")
        )
        self.describe_action = make_action(
            self, self.tr("Description…"), self.tr("Edit what the theme means and when to use it")
        )
        self.merge_action = make_action(
            self,
            self.tr("Merge into…"),
            self.tr("Move this theme's uses and sub-themes into another theme"),
        )
        self.delete_action = make_action(
            self,
            self.tr("Delete…"),
            self.tr("Delete the theme and its sub-themes"),
            keymap.sequence("delete_theme"),
        )
        self.page_action = make_action(
            self,
            QCoreApplication.translate("CodebookPanel", "Theme Page"),
            QCoreApplication.translate("CodebookPanel", "Every passage and quote with this theme"),
        )
        self.page_action.triggered.connect(self.show_page)
        self.tree.setExpandsOnDoubleClick(False)  # the arrows expand; a double-click opens the page
        self.tree.doubleClicked.connect(lambda _index: self.show_page())
        self.new_action.triggered.connect(lambda: self.create_theme(None))
        self.child_action.triggered.connect(lambda: self.create_theme(self.selected_id()))
        self.rename_action.triggered.connect(self.rename_selected)
        self.color_action.triggered.connect(self.recolor_selected)
        self.describe_action.triggered.connect(self.describe_selected)
        self.merge_action.triggered.connect(self.merge_selected)
        self.delete_action.triggered.connect(self.delete_selected)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action in (self.new_action, self.child_action):
            buttons.addWidget(tool_button(action))
        more = QToolButton(self)
        more.setText(self.tr("More"))
        more.setAccessibleName(self.tr("More theme actions"))
        more.setToolTip(self.tr("Rename, recolour, describe or merge the selected theme"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more_menu = QMenu(more)
        for action in (
            self.rename_action,
            self.color_action,
            self.describe_action,
            self.merge_action,
        ):
            more_menu.addAction(action)
        more.setMenu(more_menu)
        buttons.addWidget(more)
        buttons.addStretch(1)
        buttons.addWidget(tool_button(self.delete_action))
        self.empty = QLabel(
            self.tr("No themes yet.\nNew theme… adds one; then select text and press T."), self
        )
        self.empty.setObjectName("codebookEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setProperty("muted", True)
        layout = tidy(QVBoxLayout(self))
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)

        conn = Qt.ConnectionType.QueuedConnection  # let the view finish its edit or drag first
        self.model.rename_requested.connect(self.rename_theme, conn)
        self.model.move_requested.connect(self.move_theme, conn)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        ctx.changed.connect(self._on_changed)
        ctx.project_replaced.connect(self.refresh)
        self.refresh()

    # -- reading ---------------------------------------------------------
    def themes(self) -> dict[str, Theme]:
        return {t.id: t for t in codebook.themes(self.ctx.project)}

    def selected_id(self) -> str | None:
        return self.model.theme_id(self.tree.currentIndex())

    def select(self, theme_id: str) -> None:
        index = self.model.index_of(theme_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def refresh(self) -> None:
        """Rebuild the tree from the project, keeping expansion and selection."""
        current = self.selected_id()
        expanded = {
            tid for tid in self.model._items if self.tree.isExpanded(self.model.index_of(tid))
        }
        first = not self.model._items
        self.model.load(codebook.themes(self.ctx.project), codebook.usage(self.ctx.project))
        if first:
            self.tree.expandAll()
        else:
            for tid in expanded:
                self.tree.expand(self.model.index_of(tid))
        if current:
            self.select(current)
        has = bool(self.model._items)
        self.tree.setVisible(has)
        self.empty.setVisible(not has)
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        if changes.themes or changes.annotations or changes.removed:
            self.refresh()

    def _update_actions(self, *_: object) -> None:
        has = self.selected_id() is not None
        for action in (
            self.child_action,
            self.rename_action,
            self.color_action,
            self.describe_action,
            self.merge_action,
            self.delete_action,
            self.page_action,
        ):
            action.setEnabled(has)

    def show_page(self) -> None:
        """The selected theme's page (its passages and quotes across the project)."""
        theme_id = self.selected_id()
        if theme_id:
            self.ctx.page_requested.emit("theme", theme_id)

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.page_action)
        menu.addSeparator()
        menu.addAction(self.new_action)
        menu.addAction(self.child_action)
        menu.addSeparator()
        for action in (self.rename_action, self.color_action, self.describe_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.merge_action)
        menu.addAction(self.delete_action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    # -- edits -----------------------------------------------------------
    def create_theme(self, parent_id: str | None) -> str | None:
        under = self.themes().get(parent_id) if parent_id else None
        label = (
            self.tr("Name of the new sub-theme of “{0}”:").format(under.name)
            if under
            else self.tr("Name of the theme:")
        )
        name, ok = QInputDialog.getText(self, self.tr("New theme"), label)
        if not ok or not name.strip():
            return None
        theme = self.ctx.operations.run(codebook_ops.create(name, parent_id)).value
        if theme is None:
            return None
        if parent_id:
            self.tree.expand(self.model.index_of(parent_id))
        self.select(theme.id)
        return theme.id

    def rename_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def rename_theme(self, theme_id: str, name: str) -> None:
        self.ctx.operations.run(codebook_ops.rename(theme_id, name))
        self.refresh()  # show the old name again if the rename failed

    def recolor_selected(self) -> None:
        theme = self.themes().get(self.selected_id() or "")
        if theme is None:
            return
        color = QColorDialog.getColor(
            QColor(theme.color), self, self.tr("Colour of “{0}”").format(theme.name)
        )
        if not color.isValid() or color.name() == theme.color:
            return
        self.ctx.operations.run(codebook_ops.recolor(theme.id, color.name()))

    def describe_selected(self) -> None:
        theme = self.themes().get(self.selected_id() or "")
        if theme is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Theme description"),
            self.tr("What “{0}” means and when to use it:").format(theme.name),
            theme.description or "",
        )
        if ok and (text.strip() or None) != theme.description:
            self.ctx.operations.run(codebook_ops.describe(theme.id, text.strip()))

    def move_theme(self, theme_id: str, parent_id: str | None, row: int) -> bool:
        """Put a theme under ``parent_id`` (None: top level) at ``row`` among its siblings."""
        done = self.ctx.operations.run(codebook_ops.move(theme_id, parent_id, row)).ok
        self.refresh()
        if done:
            if parent_id:
                self.tree.expand(self.model.index_of(parent_id))
            self.select(theme_id)
        return done

    def merge_selected(self) -> None:
        themes = self.themes()
        source = themes.get(self.selected_id() or "")
        if source is None:
            return
        below = codebook.descendants(themes, source.id)
        targets = [t for t in themes.values() if t.id != source.id and t.id not in below]
        if not targets:
            return
        labels = [codebook.theme_path(themes, t.id) for t in targets]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Merge theme"),
            self.tr("Merge “{0}” into:").format(source.name),
            labels,
            0,
            False,
        )
        if not ok or label not in labels:
            return
        target = targets[labels.index(label)]
        uses = codebook.usage(self.ctx.project).get(source.id, 0)
        children = len(codebook.children(themes, source.id))
        moves = self.tr("%n annotation(s) will move to “{0}”.", "", uses).format(target.name)
        if children:
            moves += " " + self.tr("%n sub-theme(s) will move with them.", "", children)
        question = self.tr("Merge “{0}” into “{1}”?").format(source.name, target.name)
        removed = self.tr("“{0}” will be removed.").format(source.name)
        text = f"{question}\n\n{moves} {removed}"
        if confirm(self, self.tr("Merge themes"), text):
            self.ctx.operations.run(codebook_ops.merge(source.id, target.id))
            self.select(target.id)

    def delete_selected(self) -> None:
        theme = self.themes().get(self.selected_id() or "")
        if theme is None:
            return
        subs, uses = codebook.affected_by_delete(self.ctx.project, theme.id)
        text = (
            self.tr("Delete the theme “{0}”?").format(theme.name)
            + "\n\n"
            + self.tr("This also deletes %n sub-theme(s).", "", subs)
            + " "
            + self.tr(
                "It removes %n use(s) of these themes from annotations "
                "(the annotations themselves stay).",
                "",
                uses,
            )
        )
        if confirm(self, self.tr("Delete theme"), text):
            self.ctx.operations.run(codebook_ops.delete(theme.id))
