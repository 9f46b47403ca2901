"""Operations of the suggestion engine: find suggestions (a query), accept, reject."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotary.domain.models import Annotation
from annotary.services import suggesting
from annotary.services.project import Project
from annotary.services.suggestion_process import SuggestionProcess
from annotary.suggest import QuoteSuggestion
from annotary.ui.operations.operation import Cancelled, Operation, Progress, edit


def find(
    article_id: str, process: SuggestionProcess | None = None
) -> Operation[list[QuoteSuggestion]]:
    """The engine's suggestions for an article, worked out off the GUI thread, and for a
    long text in ``process`` (cancelling the operation abandons that work at once)."""

    def job(project: Project, _progress: Progress, cancelled: Cancelled) -> object:
        return list(suggesting.suggest(project, article_id, process=process, cancelled=cancelled))

    return Operation(
        QCoreApplication.translate("Suggestions", "Suggest quotes"), job, undoable=False
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
