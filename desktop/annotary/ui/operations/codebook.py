"""Operations on the codebook: add, rename, recolour, describe, move, merge, delete themes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Theme
from annotary.services import codebook
from annotary.ui.operations.operation import Operation, edit


def create(name: str, parent: str | None = None, text: str | None = None) -> Operation[Theme]:
    text = text or QCoreApplication.translate("Operations", "New theme")
    return edit(text, lambda p: codebook.create(p, name, parent=parent))


def rename(theme_id: str, name: str) -> Operation[Theme]:
    return edit(
        QCoreApplication.translate("Codebook", "Rename theme"),
        lambda p: codebook.update(p, theme_id, name=name),
    )


def recolor(theme_id: str, color: str) -> Operation[Theme]:
    return edit(
        QCoreApplication.translate("Codebook", "Recolour theme"),
        lambda p: codebook.update(p, theme_id, color=color),
    )


def describe(theme_id: str, description: str) -> Operation[Theme]:
    return edit(
        QCoreApplication.translate("Codebook", "Describe theme"),
        lambda p: codebook.update(p, theme_id, description=description),
    )


def move(theme_id: str, parent_id: str | None, row: int) -> Operation[Theme]:
    return edit(
        QCoreApplication.translate("Codebook", "Move theme"),
        lambda p: codebook.move(p, theme_id, parent_id, row),
    )


def merge(source_id: str, target_id: str) -> Operation[int]:
    return edit(
        QCoreApplication.translate("Codebook", "Merge themes"),
        lambda p: codebook.merge(p, source_id, target_id),
    )


def delete(theme_id: str) -> Operation[tuple[int, int]]:
    return edit(
        QCoreApplication.translate("Codebook", "Delete theme"),
        lambda p: codebook.delete(p, theme_id),
    )
