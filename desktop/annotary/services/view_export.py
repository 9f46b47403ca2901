"""The rows a corpus view shows, written as CSV or an Excel workbook.

The same columns as the project's quote and passage tables
(docs/w3c-and-spreadsheets.md), with the same writers (formats/spreadsheet.py),
for the annotations of an :class:`~annotary.domain.analysis.AnnotationQuery` in
the view's order. The rows stream from the project: the file is written whole
or not at all (formats/atomic.py), in bounded memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal

from annotary.domain.analysis import AnnotationQuery, SortKey
from annotary.domain.errors import InvalidInputError
from annotary.domain.messages import message
from annotary.domain.models import Annotation, Article, Bundle
from annotary.formats import spreadsheet
from annotary.formats.atomic import atomic_path
from annotary.services.project import Project
from annotary.storage import analysis as sql
from annotary.storage import speakers as speaker_store
from annotary.storage import themes as theme_store

FileFormat = Literal["csv", "xlsx"]


def _bundle(project: Project, query: AnnotationQuery, sort: SortKey) -> Bundle:
    """The query's annotations with the small article records their rows need."""
    articles: dict[str, Article] = {}
    for annotation, meta in sql.joined(project.store, query, sort):
        if annotation.article not in articles:
            articles[annotation.article] = Article(
                id=annotation.article,
                title=meta["title"],
                text="",
                text_sha256="",
                outlet=meta["outlet"],
                published=meta["published"],
            )

    def annotations() -> Iterator[Annotation]:
        for annotation, _meta in sql.joined(project.store, query, sort):
            yield annotation

    return Bundle(
        articles=list(articles.values()),
        speakers=speaker_store.all_speakers(project.store),
        themes=theme_store.all_themes(project.store),
        annotations=annotations(),
    )


def export_rows(
    project: Project,
    query: AnnotationQuery,
    target: Path,
    file_format: FileFormat,
    sort: SortKey = "published",
) -> int:
    """Write the rows of ``query`` to ``target``; returns how many rows were written.

    CSV holds one table: quotes, unless the query asks for passages. The workbook
    has a Quotes and a Passages sheet.
    """
    project.refuse_own_files([target], message("export onto"))
    if file_format not in ("csv", "xlsx"):
        raise InvalidInputError(
            message("rows are exported as csv or xlsx, not {kind}", kind=repr(file_format))
        )
    passages = query.kind == "passage"
    with atomic_path(target, "." + file_format) as temp:
        if file_format == "csv":
            rows = (spreadsheet.passage_rows if passages else spreadsheet.quote_rows)(
                _bundle(project, query, sort)
            )
            columns = spreadsheet.PASSAGE_COLUMNS if passages else spreadsheet.QUOTE_COLUMNS
            with temp.open("wb") as fp:
                return spreadsheet.write_csv(rows, columns, fp)
        counted = [0]

        def counting(rows: Iterator[dict[str, str]]) -> Iterator[dict[str, str]]:
            for row in rows:
                counted[0] += 1
                yield row

        spreadsheet.write_xlsx(
            {
                "Quotes": (
                    spreadsheet.QUOTE_COLUMNS,
                    counting(spreadsheet.quote_rows(_bundle(project, query, sort))),
                ),
                "Passages": (
                    spreadsheet.PASSAGE_COLUMNS,
                    counting(spreadsheet.passage_rows(_bundle(project, query, sort))),
                ),
            },
            temp,
        )
        return counted[0]
