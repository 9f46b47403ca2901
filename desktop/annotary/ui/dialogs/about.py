"""The About box: what Annotary is, its version and licence, and what it runs on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from annotary import __version__
from annotary.ui.i18n import QT_TRANSLATE_NOOP

LICENCE = "GPL-3.0-or-later"
SUMMARY = QT_TRANSLATE_NOOP(
    "About",
    "Annotary is a reading and annotation tool for researchers who read news "
    "articles closely: mark quotes and who said them, describe speakers, and code "
    "passages with a tree of themes, offline, in one project file.",
)


def about_text() -> str:
    """The About box's text (rich text)."""
    return (
        f"<h3>Annotary {html.escape(__version__)}</h3>"
        f"<p>{html.escape(QCoreApplication.translate('About', SUMMARY))}</p>"
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "About",
                "Licence: {0}. Annotary is free software: you may share and change it "
                "under the terms of the GNU General Public License, version 3 or later.",
            ).format(LICENCE)
        )
        + "</p>"
        f"<p style='color: gray'>Qt {html.escape(qVersion())} · "
        f"PySide6 {html.escape(PySide6.__version__)} · "
        f"Python {html.escape(platform.python_version())}</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About Annotary"), about_text())
