"""Operations on near-duplicate articles: find them, keep all, hide the others, show, merge."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotary.services import duplicates
from annotary.services.duplicates import DuplicateGroup, MergeReport, ScanReport
from annotary.ui.operations.operation import Operation, edit, query


def scan() -> Operation[ScanReport]:
    """Compare the articles not compared yet, off the GUI thread, with progress and Cancel."""
    return Operation(
        QCoreApplication.translate("DuplicateOperations", "Find near-duplicates"),
        lambda p, progress, cancelled: duplicates.scan(p, progress=progress, cancelled=cancelled),
    ).in_background(QCoreApplication.translate("DuplicateOperations", "Comparing articles"))


def group_of(article_id: str) -> Operation[DuplicateGroup | None]:
    return query(
        QCoreApplication.translate("DuplicateOperations", "Read near-duplicates"),
        lambda p: duplicates.group_of_article(p, article_id),
    )


def keep_all(group_id: str) -> Operation[DuplicateGroup]:
    return edit(
        QCoreApplication.translate("DuplicateOperations", "Keep all near-duplicates"),
        lambda p: duplicates.keep_all(p, group_id),
    )


def hide_others(group_id: str, keep: str) -> Operation[DuplicateGroup]:
    return edit(
        QCoreApplication.translate("DuplicateOperations", "Hide near-duplicates"),
        lambda p: duplicates.hide_others(p, group_id, keep),
    )


def show_all(group_id: str) -> Operation[DuplicateGroup]:
    return edit(
        QCoreApplication.translate("DuplicateOperations", "Show hidden near-duplicates"),
        lambda p: duplicates.show_all(p, group_id),
    )


def merge(group_id: str, into: str) -> Operation[MergeReport]:
    return edit(
        QCoreApplication.translate("DuplicateOperations", "Merge near-duplicates"),
        lambda p: duplicates.merge(p, group_id, into),
    )
