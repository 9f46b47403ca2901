"""NoteEditor: write or change the note of an annotation (Ctrl+Enter saves)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotary.domain.quote_marks import preview
from annotary.ui.richtext import plain_label


class NoteEditor(QDialog):
    def __init__(self, excerpt: str, note: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Note"))
        self.setAccessibleName(self.tr("Edit note"))
        label = plain_label(QLabel(preview(excerpt, "direct", 120), self))
        label.setWordWrap(True)
        label.setProperty("muted", True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteText")
        self.edit.setAccessibleName(self.tr("Note text"))
        self.edit.setPlaceholderText(self.tr("Your note on this passage"))
        self.edit.setPlainText(note or "")
        self.edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.edit.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(QLabel(self.tr("Ctrl+Enter saves, Esc cancels"), self))
        layout.addWidget(buttons)
        self.resize(420, 240)
        self.edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        return self.edit.toPlainText().strip()
