"""Who is coding: asked once, on the first start, and remembered in the settings.

Every annotation records its coder, and agreement between coders is computed
from those names, so a login name such as "root" is a poor default. The dialog
is pre-filled with the login name; Preferences changes it later.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from annotary.ui.richtext import plain_label

CODER_KEY = "coder"


class CoderDialog(QDialog):
    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coderDialog")
        self.setWindowTitle(self.tr("Who is coding?"))
        self.setAccessibleName(self.tr("Your name as a coder"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = plain_label(
            QLabel(
                self.tr(
                    "Annotary stores your name on every annotation you make, so that the "
                    "work of several coders can be told apart and compared. "
                    "You can change it later in Preferences."
                ),
                self,
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(suggested, self)
        self.name.setObjectName("coderName")
        self.name.setAccessibleName(self.tr("Coder name"))
        self.name.selectAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start coding"))
        buttons.accepted.connect(self.accept)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("&Your name:"), self, buddy=self.name))  # type: ignore[call-overload]
        layout.addWidget(self.name)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)
        self.name.setFocus()

    def chosen(self) -> str:
        return self.name.text().strip()


def remembered_coder(qsettings: QSettings) -> str:
    return str(qsettings.value(CODER_KEY, "") or "").strip()


def ask_coder_once(
    qsettings: QSettings, suggested: str, parent: QWidget, done: Callable[[str], None]
) -> CoderDialog | None:
    """Open the dialog unless a coder is remembered; ``done(name)`` gets the name to use.

    Closing the dialog without a name keeps the suggested one: it is asked only once."""
    known = remembered_coder(qsettings) or os.environ.get("ANNOTARY_CODER", "").strip()
    if known:
        done(known)
        return None
    dialog = CoderDialog(suggested, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        name = dialog.chosen() or suggested
        qsettings.setValue(CODER_KEY, name)
        done(name)

    dialog.finished.connect(finished)
    dialog.open()
    dialog.activateWindow()
    return dialog
