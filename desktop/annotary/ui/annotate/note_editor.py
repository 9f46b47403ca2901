"""NoteEditor: write or change the note of an annotation (Ctrl+Enter saves)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class NoteEditor(QDialog):
    def __init__(self, excerpt: str, note: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noteEditor")
        self.setWindowTitle("Note")
        self.setAccessibleName("Edit note")
        short = " ".join(excerpt.split())
        if len(short) > 120:
            short = short[:117] + "…"
        label = QLabel(f"“{short}”", self)
        label.setWordWrap(True)
        label.setProperty("muted", True)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteText")
        self.edit.setAccessibleName("Note text")
        self.edit.setPlaceholderText("Your note on this passage")
        self.edit.setPlainText(note or "")
        self.edit.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(QLabel("Ctrl+Enter saves, Esc cancels", self))
        layout.addWidget(buttons)
        self.resize(420, 240)
        self.edit.setFocus()

    def note(self) -> str:
        return self.edit.toPlainText().strip()
