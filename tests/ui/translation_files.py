"""The translation files and the updater, for the translation tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_WORD = re.compile(r"[A-Za-z]{2,}")
# Names and formats that stay as they are in any language.
KEPT = (
    "REFI-QDA", "ATLAS.ti", "QualCoder", "NVivo", "MAXQDA", "Annotary", "JSON", "CSV",
    "HTML", "W3C", "GNU", "GPL", "Krippendorff", "Cohen", "PySide6", "Python", "Qt",
    "YYYY", "MM", "DD", "pt", "n/a", ".txt", ".md", ".html", ".qdpx", ".qdc", "en, de, zh",
    "https://example.org/news/article", "https://", "en、de、zh", "GPL-3.0-or-later", "English",
    "Excel", "kappa", "alpha", "JSON-LD", ".jsonld", ".json", ".csv", ".xlsx", "Nexis",
    "Factiva", "Taguette", "JSON Lines", ".jsonl", "PNG", "SVG", "PDF",
)  # fmt: skip
KEY_NAMES = {
    "Ctrl", "Shift", "Alt", "Meta", "Esc", "Del", "Up", "Down", "Left", "Right", "Enter",
    "Return", "Tab", "Backspace", "Space", "Ins", "Home", "End", "PgUp", "PgDown",
}  # fmt: skip


def update_translations() -> ModuleType:
    """packaging/update_translations.py, imported."""
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import update_translations as module
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    return module


def english_in(text: str, kept: set[str]) -> list[str]:
    """The English words left in ``text`` once names, formats and ``kept`` are taken out."""
    for word in sorted(kept | set(KEPT), key=len, reverse=True):
        text = text.replace(word, " ")
    text = re.sub(r"\bF\d+\b", " ", text)  # F2, F11
    return [w for w in ENGLISH_WORD.findall(text) if w not in KEY_NAMES]
