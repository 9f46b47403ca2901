"""Small helpers the panels share: confirmation, tidy layouts, tool buttons."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QBoxLayout, QMessageBox, QToolButton, QWidget

MARGIN = 8
SPACING = 6


def tidy(layout: QBoxLayout, margin: int = MARGIN) -> QBoxLayout:
    """Consistent margins and spacing for a panel's layout."""
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(SPACING)
    return layout


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question; No is the default answer."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return bool(answer == QMessageBox.StandardButton.Yes)


def make_action(
    parent: QWidget,
    text: str,
    tip: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action usable from a button, a context menu and the keyboard."""
    action = QAction(text, parent)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    parent.addAction(action)
    return action


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setAccessibleName(action.text().replace("…", "").replace("&", ""))
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def swatch(color: str, size: int = 12) -> QIcon:
    """A small rounded square of ``color``, for a theme's row."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color)
    painter.setBrush(fill)
    painter.setPen(fill.darker(130))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 3.0, 3.0)
    painter.end()
    return QIcon(pixmap)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"
