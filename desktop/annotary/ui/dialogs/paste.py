"""Import pasted text: check the title and the text before they become an article."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

TITLE_LIMIT = 120


def guess_title(text: str) -> str:
    """The first non-empty line, shortened to a headline's length."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) <= TITLE_LIMIT:
        return first
    cut = first[:TITLE_LIMIT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


class PasteDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import pasted text"))
        self.setObjectName("pasteDialog")
        self.setAccessibleName(self.tr("Import pasted text"))
        self.title = QLineEdit(guess_title(text), self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Headline of the article"))
        self.text = QPlainTextEdit(self)
        self.text.setPlainText(text)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.setTabChangesFocus(True)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Length of the text"))
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Te&xt:"), self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok: QPushButton = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        self.title.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addLayout(form, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(640, 480)
        self._update()

    def _update(self) -> None:
        body = self.text.toPlainText()
        words = len(body.split())
        self.count.setText(
            self.tr("%n word(s)", "", words) + " · " + self.tr("%n character(s)", "", len(body))
        )
        self.ok.setEnabled(bool(body.strip()))

    def values(self) -> tuple[str, str]:
        body = self.text.toPlainText()
        return self.title.text().strip() or guess_title(body), body

    def accept(self) -> None:
        if self.text.toPlainText().strip():
            super().accept()


def ask_paste(parent: QWidget | None, text: str) -> tuple[str, str] | None:
    """Let the user check pasted ``text`` and its title; (title, text) or None."""
    dialog = PasteDialog(text, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.values()
        return None
    finally:
        dialog.deleteLater()
