"""ThemePicker: a type-ahead list over the codebook ("Parent › Child").

Typing filters the list; Enter applies the highlighted theme, or creates a new
one when nothing matches ("Parent › New" creates it under Parent).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.models import Theme
from annotary.services.codebook import PATH_SEPARATOR, theme_paths
from annotary.ui.richtext import plain_label

ARROW = PATH_SEPARATOR
THEME_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class ThemeChoice:
    theme_id: str | None  # an existing theme
    new_name: str | None = None  # or a theme to create ...
    new_parent: str | None = None  # ... under this parent id (None: top level)


def swatch(color: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(color))
    return QIcon(pix)


class ThemePicker(QDialog):
    def __init__(self, themes: list[Theme], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("themePicker")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.paths = theme_paths(themes)
        self.model = QStandardItemModel(self)
        for path, t in self.paths:
            item = QStandardItem(swatch(t.color), path)
            item.setData(t.id, THEME_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.field = QLineEdit(self)
        self.field.setObjectName("themeField")
        self.field.setAccessibleName(self.tr("Theme"))
        self.field.setPlaceholderText(self.tr("Type to find a theme, or a new name"))
        self.list = QListView(self)
        self.list.setObjectName("themeList")
        self.list.setAccessibleName(self.tr("Themes"))
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(180)
        self.hint = plain_label(QLabel(self))
        self.hint.setProperty("muted", True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(360)

        self.field.textChanged.connect(self._filter)
        self.field.returnPressed.connect(self.confirm)
        self.field.installEventFilter(self)
        self.list.activated.connect(lambda _i: self.confirm())
        self._filter("")
        self.field.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Up/Down in the field move through the list, so the hands stay on the keys.
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.list.currentIndex().row()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.proxy.rowCount() - 1, row + step))
                self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))
            self.hint.setText(self.tr("Enter applies the highlighted theme"))
        elif text.strip():
            self.hint.setText(self.tr("Enter creates the theme “{0}”").format(text.strip()))
        else:
            self.hint.setText(self.tr("The codebook is empty: type a name to create a theme"))

    def choice(self) -> ThemeChoice | None:
        index = self.list.currentIndex()
        if index.isValid() and self.proxy.rowCount():
            return ThemeChoice(str(index.data(THEME_ROLE)))
        text = self.field.text().strip()
        if not text:
            return None
        *parents, name = [p.strip() for p in text.replace(">", "›").split("›")]
        parent_id = None
        if parents:
            wanted = ARROW.join(parents).casefold()
            parent_id = next((t.id for p, t in self.paths if p.casefold() == wanted), None)
        return ThemeChoice(None, name, parent_id)

    def confirm(self) -> None:
        if self.choice() is not None:
            self.accept()
