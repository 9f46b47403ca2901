"""The kinds of file Annotary imports as articles, by suffix (a light module: the window
builds its file dialog and drop check from it without loading the readers)."""

from __future__ import annotations

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt",
    ".md",
    ".markdown",
    ".html",
    ".htm",
    ".rtf",
    ".docx",
    ".pdf",
    ".odt",
    ".epub",
)
