"""Operations of the suggestion engine: find suggestions (a query), accept, reject."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Annotation
from annotary.services import suggesting
from annotary.suggest import QuoteSuggestion
from annotary.ui.operations.operation import Operation, edit, query


def find(article_id: str) -> Operation[list[QuoteSuggestion]]:
    """The engine's suggestions for an article, worked out off the GUI thread."""
    return query(
        QCoreApplication.translate("Suggestions", "Suggest quotes"),
        lambda p: list(suggesting.suggest(p, article_id)),
    ).in_background()


def accept(
    text: str, article_id: str, chosen: Sequence[QuoteSuggestion]
) -> Operation[list[Annotation]]:
    picked = list(chosen)
    return edit(text, lambda p: suggesting.accept(p, article_id, picked))


def reject(article_id: str, chosen: Sequence[QuoteSuggestion]) -> Operation[int]:
    picked = list(chosen)
    return edit(
        QCoreApplication.translate("Suggestions", "Reject suggestion"),
        lambda p: suggesting.reject(p, article_id, picked),
    )
