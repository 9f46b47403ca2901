"""The codebook as a Qt tree model: name with colour swatch, usage count.

The model never changes the project itself: an in-place rename or a drop asks
the panel (``rename_requested``, ``move_requested``), which performs the
service call; the tree is rebuilt from the services when ``ctx.changed`` fires.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel

from annotary.domain.models import Theme
from annotary.ui.panels.common import swatch
from annotary.ui.richtext import plain_tip

THEME_MIME = "application/x-annotary-theme-id"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLOR_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class ThemeModel(QStandardItemModel):
    """Themes as a tree; column 0 the name, column 1 how many annotations use it."""

    rename_requested = Signal(str, str)  # theme id, new name
    move_requested = Signal(str, object, int)  # theme id, new parent id or None, row

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.setHorizontalHeaderLabels([self.tr("Theme"), self.tr("Uses")])
        self._items: dict[str, QStandardItem] = {}

    # -- filling ---------------------------------------------------------
    def load(self, themes: Sequence[Theme], usage: dict[str, int]) -> None:
        """Replace the tree by ``themes`` (parents before children)."""
        self.removeRows(0, self.rowCount())
        self._items = {}
        root = self.invisibleRootItem()
        for theme in themes:
            parent = self._items.get(theme.parent, root) if theme.parent else root
            name = QStandardItem(theme.name)
            name.setData(theme.id, ID_ROLE)
            name.setData(theme.color, COLOR_ROLE)
            name.setIcon(swatch(theme.color))
            name.setToolTip(plain_tip(theme.description or theme.name))
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            uses = QStandardItem(str(usage.get(theme.id, 0)))
            uses.setData(theme.id, ID_ROLE)
            uses.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            uses.setToolTip(
                plain_tip(
                    self.tr("%n annotation(s) use “{0}”", "", usage.get(theme.id, 0)).format(
                        theme.name
                    )
                )
            )
            uses.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled
                | Qt.ItemFlag.ItemIsDropEnabled
            )
            parent.appendRow([name, uses])
            self._items[theme.id] = name

    def index_of(self, theme_id: str) -> QModelIndex:
        item = self._items.get(theme_id)
        return item.index() if item is not None else QModelIndex()

    def theme_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        value = self.data(index.sibling(index.row(), 0), ID_ROLE)
        return str(value) if value else None

    # -- in-place rename -------------------------------------------------
    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == 0:
            theme_id = self.theme_id(index)
            name = str(value).strip()
            if theme_id and name and name != self.data(index):
                self.rename_requested.emit(theme_id, name)
            return bool(theme_id and name)
        return super().setData(index, value, role)

    # -- drag and drop ---------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [THEME_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.theme_id(i) for i in indexes if i.column() == 0]
        chosen = next((i for i in ids if i), None)
        if chosen:
            data.setData(THEME_MIME, QByteArray(chosen.encode("utf-8")))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(THEME_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Ask for a move of the dragged theme; the view itself changes nothing.

        Dropping on a theme makes the dragged one its last child; dropping
        between rows places it there. False is returned so that the view does
        not remove the dragged row itself: the tree is rebuilt after the move.
        """
        if not data.hasFormat(THEME_MIME) or action == Qt.DropAction.IgnoreAction:
            return False
        theme_id = bytes(data.data(THEME_MIME).data()).decode("utf-8")
        parent_id = self.theme_id(parent)
        if row < 0:
            holder = (
                self.itemFromIndex(self.index(parent.row(), 0, parent.parent()))
                if parent.isValid()
                else None
            )
            row = (holder or self.invisibleRootItem()).rowCount()
        source = self.index_of(theme_id)
        if source.isValid() and self.theme_id(source.parent()) == parent_id and source.row() < row:
            row -= 1  # the dragged row leaves its old place first
        self.move_requested.emit(theme_id, parent_id, row)
        return False
