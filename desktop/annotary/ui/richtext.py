"""User text in tooltips and labels shows as written, never as markup.

Qt guesses whether a tooltip or a label is rich text (``Qt::mightBeRichText``):
a speaker named ``<b>x</b>`` would show in bold, and ``<img src=…>`` would load
an image. Every tooltip built from names, notes, titles or paths goes through
:func:`plain_tip`; labels that show such text are set to plain text with
:func:`plain_label`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel

mightBeRichText = GuiQt.mightBeRichText


def plain_tip(text: str | None) -> str:
    """A tooltip showing ``text`` literally (line breaks kept).

    Text Qt would show as plain anyway is returned as it is.
    """
    if not text:
        return ""
    if not mightBeRichText(text):
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text literally, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
