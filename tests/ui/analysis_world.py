"""A main window on the invented corpus of tests/analysis_corpus.py, and what a test
computes on its own from the project's annotations (never from the views' code)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView

from annotary.domain.models import Annotation, Article
from annotary.services import annotating, articles
from annotary.services.project import Project


def every_annotation(project: Project) -> list[tuple[Annotation, Article]]:
    out = []
    for summary in articles.summaries(project):
        article = articles.get(project, summary.id)
        out += [(a, article) for a in annotating.for_article(project, summary.id)]
    return out


def ids_where(project: Project, keep: Callable[[Annotation, Article], bool]) -> set[str]:
    return {a.id for a, article in every_annotation(project) if keep(a, article)}


def wait_loaded(qtbot, view) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not view.busy, timeout=10000)


def wait_chart(qtbot, counts) -> None:  # type: ignore[no-untyped-def]
    """The Counts view's table is shown first; wait for its chart to be on screen too."""
    wait_loaded(qtbot, counts)
    qtbot.waitUntil(lambda: counts.chart is not None and not counts.chart_pending, timeout=10000)


def click_cell(
    view: QAbstractItemView, row: int, column: int, double: bool = False, parent: Any = None
) -> None:
    """Click (then double-click, as a hand does: press, release, press twice) a cell."""
    index = view.model().index(row, column, parent or QModelIndex())
    view.scrollTo(index)
    point: QPoint = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
