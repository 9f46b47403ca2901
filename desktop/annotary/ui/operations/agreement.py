"""Operations of Compare Coders: the comparison, worked out off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from annotary.services import agreement, articles
from annotary.services.agreement import Comparison
from annotary.services.project import Project
from annotary.ui.operations.operation import Operation, query


def compare(
    who: Sequence[str], theme_ids: Sequence[str] | None
) -> Operation[tuple[Comparison, list[str]]]:
    """The comparison of ``who`` and the titles of the articles it covers."""
    coders, themes = list(who), (list(theme_ids) if theme_ids else None)

    def call(project: Project) -> tuple[Comparison, list[str]]:
        result = agreement.compare_coders(project, coders, themes)
        return result, [articles.get(project, a).title for a in result.articles]

    return query(QCoreApplication.translate("Agreement", "Compare coders"), call).in_background()
