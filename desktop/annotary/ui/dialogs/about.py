"""The About box: what Annotary is, its version and licence, and what it runs on."""

from __future__ import annotations

import html
import platform

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from annotary import __version__

LICENCE = "GPL-3.0-or-later"
SUMMARY = (
    "Annotary is a reading and annotation tool for researchers who read news "
    "articles closely: mark quotes and who said them, describe speakers, and code "
    "passages with a tree of themes, offline, in one project file."
)


def about_text() -> str:
    """The About box's text (rich text)."""
    return (
        f"<h3>Annotary {html.escape(__version__)}</h3>"
        f"<p>{html.escape(SUMMARY)}</p>"
        f"<p>Licence: {LICENCE}. Annotary is free software: you may share and change it "
        "under the terms of the GNU General Public License, version 3 or later.</p>"
        f"<p style='color: gray'>Qt {html.escape(qVersion())} · "
        f"PySide6 {html.escape(PySide6.__version__)} · "
        f"Python {html.escape(platform.python_version())}</p>"
    )


def show_about(parent: QWidget | None) -> None:
    QMessageBox.about(parent, "About Annotary", about_text())
