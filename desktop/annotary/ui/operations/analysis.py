"""Operations of the corpus views: rows, counts and pages, read off the GUI thread.

Each is a query (nothing to undo) on a background task with its own connection,
so a project of 100,000 annotations never freezes the window; the views keep
only the newest answer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, cast

from PySide6.QtCore import QCoreApplication

from annotary.domain.analysis import (
    AnnotationQuery,
    AnnotationRow,
    CountTable,
    Dimension,
    Measure,
    Scope,
    SortKey,
    SpeakerProfile,
    ThemeProfile,
)
from annotary.services import analysis, charts, notes
from annotary.services.project import Project
from annotary.ui.operations.operation import Operation, edit, query

Page = tuple[int, list[AnnotationRow]]  # how many the query finds (-1: not counted), a page


def rows_page(
    q: AnnotationQuery, sort: str, descending: bool, offset: int, limit: int, counted: bool
) -> Operation[Page]:
    """A page of the rows of ``q`` in the core's order ``sort``, with their number if
    ``counted`` (the first page of a view)."""

    def call(project: Project) -> Page:
        total = analysis.count(project, q) if counted else -1
        found = analysis.rows(
            project,
            q,
            sort=cast(SortKey, sort),
            descending=descending,
            limit=limit,
            offset=offset,
        )
        return total, found

    return (
        query(QCoreApplication.translate("AnalysisOperations", "List annotations"), call)
        .in_background()
        .interrupted_on_cancel()
    )


def counts(
    measure: Measure | str, by: Dimension | str, q: AnnotationQuery, scope: Scope = "annotation"
) -> Operation[CountTable]:
    """``measure`` by ``by``; "quote-types" is the voice share (types by ``by``), and
    "cooccurrence" crosses themes with themes in ``scope``."""

    def call(project: Project) -> CountTable:
        if measure == "cooccurrence":
            return analysis.cooccurrence(project, scope, q)
        if measure == "quote-types":
            return analysis.voice_share(project, by, q)  # type: ignore[arg-type]
        return analysis.counts(project, measure, by, q)  # type: ignore[arg-type]

    return (
        query(QCoreApplication.translate("AnalysisOperations", "Count annotations"), call)
        .in_background()
        .interrupted_on_cancel()
    )


def speaker_profile(speaker_id: str) -> Operation[SpeakerProfile]:
    return (
        query(
            QCoreApplication.translate("AnalysisOperations", "Read the speaker's page"),
            lambda project: analysis.speaker_profile(project, speaker_id),
        )
        .in_background()
        .interrupted_on_cancel()
    )


def theme_profile(theme_id: str, include_subthemes: bool) -> Operation[ThemeProfile]:
    return (
        query(
            QCoreApplication.translate("AnalysisOperations", "Read the theme's page"),
            lambda project: analysis.theme_profile(project, theme_id, include_subthemes),
        )
        .in_background()
        .interrupted_on_cancel()
    )


# ---- notes: each save is one edit and one undo step ------------------------------------


def set_article_note(article_id: str, text: str) -> Operation[str]:
    return edit(
        QCoreApplication.translate("AnalysisOperations", "Edit the article's note"),
        lambda p: notes.set_article_note(p, article_id, text),
    )


def set_memo(text: str) -> Operation[str]:
    return edit(
        QCoreApplication.translate("AnalysisOperations", "Edit the project memo"),
        lambda p: notes.set_memo(p, text),
    )


# ---- files: written off the GUI thread (a chart or 100,000 rows take a moment) ------------


def export_rows(q: AnnotationQuery, path: Path, sort: str = "published") -> Operation[int]:
    """Every row of ``q`` written to ``path`` (.csv or .xlsx) in the core's order ``sort``,
    with the project's quote and passage columns."""

    def call(project: Project) -> int:
        from annotary.services import view_export  # the spreadsheet writers load on first use

        fmt: Literal["csv", "xlsx"] = "xlsx" if path.suffix.lower() == ".xlsx" else "csv"
        return view_export.export_rows(project, q, path, fmt, cast(SortKey, sort))

    return query(
        QCoreApplication.translate("AnalysisOperations", "Export the rows"), call
    ).in_background()


def export_table(table: CountTable, corner: str, path: Path) -> Operation[int]:
    """The counts with their totals as CSV (``corner``: the top-left cell, what is counted)."""

    def call(project: Project) -> int:
        from annotary.services import tables  # the CSV writer loads on first use

        return tables.save_csv(project, table, path, corner)

    return query(
        QCoreApplication.translate("AnalysisOperations", "Export the table"), call
    ).in_background()


def export_chart(table: CountTable, kind: str, style: str, path: Path) -> Operation[Path]:
    return query(
        QCoreApplication.translate("AnalysisOperations", "Export the chart"),
        lambda p: charts.save(p, table, path, kind=kind, style=style),  # type: ignore[arg-type]
    ).in_background()


def prepare_charts() -> Operation[None]:
    """Load matplotlib and its fonts off the GUI thread (once the Analysis window shows its
    first answer), so the first chart does not pause the window for the import."""

    def call(_project: Project) -> None:
        import matplotlib.backends.backend_agg
        import matplotlib.figure  # noqa: F401

        charts.cjk_font()  # builds matplotlib's font list the first time

    return (
        query(QCoreApplication.translate("AnalysisOperations", "Prepare charts"), call)
        .in_background()
        .quietly()
    )
