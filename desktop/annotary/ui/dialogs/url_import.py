"""Ask for the address of a web page to import; says plainly that this goes online."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotary.ui.i18n import QT_TRANSLATE_NOOP

_OTHER_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?!\d)", re.IGNORECASE)
NETWORK_NOTICE = QT_TRANSLATE_NOOP(
    "UrlImportDialog",
    "Annotary works offline. Importing from a web address is the one exception: "
    "it downloads this page from the internet, once, now. Nothing from your "
    "project is sent.",
)


def normalise_url(text: str) -> str | None:
    """The address as a full http(s) URL, or None if it cannot be one."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return None
    if "://" not in text:
        if _OTHER_SCHEME.match(text):  # mailto:, javascript:, file: ...
            return None
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.hostname or ""
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not ("." in host or host == "localhost"):
        return None
    return text


class UrlImportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from a web address"))
        self.setObjectName("urlImportDialog")
        self.setAccessibleName(self.tr("Import from a web address"))
        notice = QLabel(self.tr(NETWORK_NOTICE), self)
        notice.setWordWrap(True)
        notice.setObjectName("networkNotice")
        notice.setAccessibleName(self.tr("Network notice"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText("https://example.org/news/article")
        self.edit.setAccessibleName(self.tr("Web address"))
        label = QLabel(self.tr("&Address of the article:"), self)
        label.setBuddy(self.edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.fetch: QPushButton = self.buttons.addButton(
            self.tr("Download and import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.fetch.setDefault(True)
        self.fetch.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(
            lambda text: self.fetch.setEnabled(normalise_url(text) is not None)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)
        layout.addWidget(notice)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def url(self) -> str | None:
        return normalise_url(self.edit.text())

    def accept(self) -> None:
        if self.url() is not None:
            super().accept()


def ask_url(parent: QWidget | None) -> str | None:
    """Ask for a web address; None when the user cancels."""
    dialog = UrlImportDialog(parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.url()
        return None
    finally:
        dialog.deleteLater()
